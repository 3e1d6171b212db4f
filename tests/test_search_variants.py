"""`reportdb search` and `reportdb query` as users type them: another interpunct, other spacing, a
단위사업's name, a table's columns through a PRAGMA function, an empty query."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import regex
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.db import SCHEMA_VERSION, connect, connect_readonly
from pipeline.extract import extract_file
from pipeline.load import load_report
from pipeline.search import rebuild_index, search
from tests.corpus import as_old_schema

REPORT = """제315회 한빛구의회 제1차 정례회

2026. 6. 9. ~ 6. 23.

# 2026년 주요업무 보고

## 총 무 과

# Ⅰ. 일반현황

## 4 예산현황

(단위: 백만원)

단위사업명\t예산액\t집행액
계\t5,416\t2,426
쾌적한 청사 관리\t3,904\t1,822
인사ㆍ조직 운영\t1,512\t604

## Ⅱ. 주요업무 추진실적

### ① 청사 에너지 효율화 (청사관리팀)

노후 청사 설비를 고효율 설비로 바꾸고자 함

## □ 사업개요

- 대상: 본관ㆍ별관 청사
- 기 간 : 2026. 1. ~ 12.
- 사업기간: 2026. 3. ~ 6.
- 공용 차량 관리 강화
- 공용차량 운행일지 점검
- 공관 리모델링
- 지역제한 입찰 비율 72% 달성
"""

ENERGY = "청사 에너지 효율화 (청사관리팀)"  # a title's line names its team, as `show` prints it
SPACED_PERIOD, PERIOD = "기 간 : 2026. 1. ~ 12.", "사업기간: 2026. 3. ~ 6."
SPACED_CARS, CARS = "공용 차량 관리 강화", "공용차량 운행일지 점검"


def load(tmp_path: Path, *, indexed: bool) -> Path:
    report = tmp_path / "2026-chongmu.md"
    report.write_text(REPORT, encoding="utf-8")
    db = connect(tmp_path / "r.db")
    load_report(db, extract_file(str(report)), "sha", [])
    if indexed:
        rebuild_index(db)
    db.close()
    return tmp_path / "r.db"


@pytest.fixture(params=[True, False], ids=["indexed", "stale"])
def conn(tmp_path, request):
    """The report's database, searched through the index and, while it is stale, line by line: alike."""
    conn = connect_readonly(load(tmp_path, indexed=request.param))
    yield conn
    conn.close()


def found(conn: sqlite3.Connection, *terms: str) -> list[str]:
    return [row["text"] for row in search(conn, list(terms))]


@pytest.mark.parametrize("term", ["본관·별관", "본관ㆍ별관", "본관ᆞ별관", "본관・별관", "본관∙별관", "본관⋅별관"])
def test_a_term_is_read_with_one_interpunct_as_the_lines_are(conn, term):
    assert found(conn, term) == ["대상: 본관·별관 청사"]


@pytest.mark.parametrize(("term", "lines"), [
    ("기 간", [SPACED_PERIOD, PERIOD]),  # a short term letter-spaced finds it written together, and back
    ("기간", [SPACED_PERIOD, PERIOD]),
    ("에 너 지", [ENERGY]),
    ("본 관", ["대상: 본관·별관 청사"]),
    ("공용 차량", [SPACED_CARS, CARS]),  # spaced in any way, the term or the line
    ("공용차량", [SPACED_CARS, CARS]),
    ("공 용 차 량", [SPACED_CARS, CARS]),
    ("72%달성", ["지역제한 입찰 비율 72% 달성"]),  # `%` literal; the index asked for `달성` alone would find nothing
    ("관리", ["쾌적한 청사 관리", ENERGY, SPACED_CARS]),  # a short term never across words: not `공관 리모델링`
])
def test_spaces_in_a_term_or_a_line_do_not_matter(conn, term, lines):
    assert found(conn, term) == lines


def test_a_budget_lines_name_is_searched(conn):
    rows = search(conn, ["인사ㆍ조직"])
    assert [(r["field"], r["text"], r["line"]) for r in rows] == [("budget", "인사·조직 운영", 18)]
    assert found(conn, "청사관리") == ["쾌적한 청사 관리", ENERGY]  # and the project of the 청사관리팀


NO_SMOKING = REPORT.replace("## Ⅱ. 주요업무 추진실적", "## 5 금연구역 지정 현황\n\n(단위: 개소)\n\n"
                            "구 분\t계\t공중이용시설\t도시 공원\t버스정류소\n개소수\t2,340\t1,820\t210\t310\n\n"
                            "## Ⅱ. 주요업무 추진실적")


def test_a_table_s_column_labels_are_searched(tmp_path):
    """A table counting places by kind prints the kinds as its columns' labels alone: its header is a line to
    search, after its caption, as its rows are (before, `공중이용시설` found nothing)."""
    (tmp_path / "2026-chongmu.md").write_text(NO_SMOKING, encoding="utf-8")
    db = connect(tmp_path / "r.db")
    load_report(db, extract_file(str(tmp_path / "2026-chongmu.md")), "sha", [])
    rebuild_index(db)
    db.conn.row_factory = sqlite3.Row
    header = "5 금연구역 지정 현황 · 구 분 / 계 / 공중이용시설 / 도시 공원 / 버스정류소"
    assert [(r["field"], r["text"], r["line"]) for r in search(db.conn, ["공중이용시설"])] == [("table", header, 24)]
    assert found(db.conn, "도시공원") == [header]
    assert found(db.conn, "개소수") == ["5 금연구역 지정 현황 · 개소수 / 2,340 / 1,820 / 210 / 310"]
    db.close()


@pytest.mark.parametrize("version", [1, 9])
def test_an_older_database_gains_the_unspaced_index_and_the_budget_lines(tmp_path, version):
    """Before schema 10 the index was over the lines as printed, and no budget line was searched."""
    path = load(tmp_path, indexed=True)
    as_old_schema(path, version)
    db = connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert db.execute("SELECT count(*) FROM search_lines WHERE field = 'budget'").fetchone()[0] == 3
    db.conn.row_factory = sqlite3.Row
    assert found(db.conn, "공용차량") == [SPACED_CARS, CARS]  # the new index is stale: every line is read
    assert found(db.conn, "인사·조직") == ["인사·조직 운영"]
    assert rebuild_index(db) is True
    assert found(db.conn, "공용차량") == [SPACED_CARS, CARS]
    assert db.execute("SELECT count(*) FROM search_index WHERE text LIKE '%공용차량%'").fetchone()[0] == 2


@pytest.fixture
def cli(tmp_path, monkeypatch):
    load(tmp_path, indexed=True)
    monkeypatch.chdir(tmp_path)

    def run(*args: str):
        return CliRunner().invoke(main, [*args, "--db", "r.db"], env={"COLUMNS": "200"})

    return run


def test_search_shows_a_line_for_a_term_spaced_otherwise(cli):
    result = cli("search", "공 용 차 량")
    assert result.exit_code == 0 and "2 matches" in result.output
    assert SPACED_CARS in result.output and CARS in result.output


def test_search_exits_1_when_nothing_matches_as_its_help_says(cli):
    result = cli("search", "없는말")
    assert (result.exit_code, result.output) == (1, "no matches\n")
    assert "Exit 1 when nothing matches" in CliRunner().invoke(main, ["search", "--help"]).output


@pytest.mark.parametrize(("sql", "rows"), [
    ("SELECT name FROM pragma_table_info('documents') LIMIT 3", ["id", "path", "sha256"]),
    ("SELECT name FROM pragma_table_xinfo('budget_lines') WHERE name = 'name'", ["name"]),
    ("SELECT name FROM pragma_index_list('staffing')", ["staffing_document_id"]),
    ("SELECT name FROM pragma_index_info('staffing_document_id')", ["document_id"]),
    ("SELECT \"table\" FROM pragma_foreign_key_list('staffing')", ["documents"]),
    ("SELECT name FROM pragma_table_list WHERE name = 'search_lines'", ["search_lines"]),
    ("SELECT count(*) FROM search_index WHERE text LIKE '%공용차량%'", ["2"]),  # FTS5 connects with statements
])
def test_query_reads_the_schema_through_pragma_functions_and_the_search_index(cli, sql, rows):
    result = cli("query", sql, "--csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == rows


@pytest.mark.parametrize("sql", ["SELECT * FROM pragma_journal_mode", "SELECT * FROM pragma_user_version",
                                 "SELECT * FROM pragma_table_info('documents'); DELETE FROM documents"])
def test_query_still_refuses_other_pragmas_and_writes(cli, sql):
    result = cli("query", sql)
    assert result.exit_code == 1 and result.output.startswith("Error: query ")


@pytest.mark.parametrize("sql", ["", "   ", "/* nothing */ \n"])
def test_query_says_an_empty_query_is_empty(cli, sql):
    result = cli("query", sql)
    assert (result.exit_code, result.output) == (1, "Error: the query is empty\n")


def test_a_line_found_across_several_spaces_is_highlighted_there():
    """The search takes every space out of a line, so `공용차량` finds `공용  차량`; before, the highlight allowed
    one space between characters and marked nothing in it. A short term is found together or letter-spaced only,
    and highlighted so."""
    from pipeline.search import highlight_pattern

    assert regex.search(highlight_pattern(["공용차량"]), "- 공용  차량 관리").group() == "공용  차량"
    assert regex.search(highlight_pattern(["공 용 차 량"]), "공용   차량").group() == "공용   차량"
    assert [m.group() for m in regex.finditer(highlight_pattern(["정원"]), "정원, 정 원, 정  원")] == ["정원", "정 원"]


def test_query_help_says_which_pragmas_it_reads():
    """Before, the help read `but for the schema's as functions`."""
    text = " ".join(CliRunner().invoke(main, ["query", "--help"]).output.split())
    assert "PRAGMAs are refused, except the schema-reading ones as table-valued functions: SELECT name FROM " \
           "pragma_table_info('documents')." in text
