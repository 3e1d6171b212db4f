"""`reportdb query` making a value larger than any report's text: refused in one line, where before the query
took all memory (`SELECT zeroblob(1000000000)`: killed, exit 137, no word) or minutes drawing a 400 MB table; and
a report's longest text, loaded at the largest size `--max-bytes` allows, still read in full."""

from __future__ import annotations

import csv
import io

import pytest

from pipeline.query import value_limit
from pipeline.read import MAX_BYTES
from tests.test_cli_journeys import jaemu_db, reportdb

assert jaemu_db  # a fixture of test_cli_journeys', used here too

DEFAULT_LIMIT = 78643200  # 1.5 × the 50 MiB of ingest's --max-bytes


def too_large(limit: int) -> str:
    return (f"Error: query stopped: a value is larger than the limit of {limit} bytes (1.5 × --max-bytes, more than "
            "any stored text)\n")


def test_the_limit_is_one_and_a_half_times_the_largest_report_file():
    assert value_limit(MAX_BYTES) == DEFAULT_LIMIT


@pytest.mark.parametrize("sql", [
    "SELECT zeroblob(1000000000)",
    "SELECT zeroblob(100000000)",
    "SELECT randomblob(1000000000)",
    "SELECT replace(hex(zeroblob(40000000)), '0', '00')",
    "WITH RECURSIVE doubled(text) AS (SELECT '청사' UNION ALL SELECT text || text FROM doubled) "
    "SELECT length(text) FROM doubled",
    "SELECT department, zeroblob(1000000000) FROM documents",
])
@pytest.mark.parametrize("fmt", ["--table", "--csv", "--json"])
def test_a_value_larger_than_any_report_text_is_refused_in_one_line(jaemu_db, sql, fmt):
    result = reportdb("query", sql, "--db", jaemu_db, fmt, cwd=jaemu_db.parent)
    assert (result.returncode, result.stderr) == (1, too_large(DEFAULT_LIMIT))


def test_a_value_under_the_limit_is_made(jaemu_db):
    result = reportdb("query", "SELECT length(zeroblob(70000000)) AS n", "--db", jaemu_db, "--csv",
                      cwd=jaemu_db.parent)
    assert (result.returncode, result.stdout) == (0, "n\n70000000\n")


def test_the_limit_follows_max_bytes_and_its_variable(jaemu_db):
    sql = "SELECT length(zeroblob(2000)) AS n"
    result = reportdb("query", sql, "--db", jaemu_db, "--csv", "--max-bytes", "1000", cwd=jaemu_db.parent)
    assert (result.returncode, result.stderr) == (1, too_large(1500))
    result = reportdb("query", sql, "--db", jaemu_db, "--csv", cwd=jaemu_db.parent,
                      env={"REPORTDB_MAX_BYTES": "1334"})
    assert (result.returncode, result.stdout) == (0, "n\n2000\n")


def test_max_bytes_of_none_is_a_usage_error(jaemu_db):
    result = reportdb("query", "SELECT 1", "--db", jaemu_db, "--max-bytes", "0", cwd=jaemu_db.parent)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == ("Error: Invalid value for '--max-bytes' (env var: 'REPORTDB_MAX_BYTES'): "
                                              "0 bytes refuse every value: give 1 or more")


# an item of one long paragraph, as a report written without line breaks prints it
SENTENCE = "본관 및 별관 청사 노후 냉난방기 교체와 단열 보강으로 에너지 사용량을 줄이고 민원인 편의를 높임"
LONG_ITEM = " ".join([SENTENCE] * 600)


def test_a_cp949_report_as_large_as_max_bytes_reads_in_full(tmp_path):
    """Its text in UTF-8 is larger than its file (each 한글 3 bytes, not 2): a limit of --max-bytes itself would
    refuse its own item."""
    report = (tmp_path / "2024-saesol-chongmu.txt")
    report.write_bytes(("제300회 새솔구의회 제2차 정례회\n\n2024. 11. 20. ~ 12. 5.\n\n# 2024년 주요업무 보고\n\n"
                        "## 총 무 과\n\n# Ⅱ. 주요업무 추진실적\n\n## 1 청사 에너지 효율 개선\n\n□ 사업개요\n"
                        f"  ○ {LONG_ITEM}\n").encode("cp949"))
    size = str(report.stat().st_size)
    assert reportdb("ingest", report.name, "--db", "r.db", "--max-bytes", size, cwd=tmp_path).returncode == 0
    for sql in ("SELECT text FROM project_items", "SELECT text FROM search_lines WHERE field = 'item'"):
        result = reportdb("query", sql, "--db", "r.db", "--csv", "--max-bytes", size, cwd=tmp_path)
        assert (result.returncode, result.stderr) == (0, "")
        assert list(csv.reader(io.StringIO(result.stdout))) == [["text"], [LONG_ITEM]]
    assert len(LONG_ITEM.encode()) > int(size)
