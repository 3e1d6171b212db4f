"""An item's period over two years (`project_items.end_year`, schema 19): `11월 ~ 익년 2월` in a 2025 report runs
from November 2025 to February 2026. Before, it kept the months in the report's year (11–12), so a question for
2026's first quarter missed it."""

import sqlite3

import pytest
from click.testing import CliRunner

from extractors import extract_report
from pipeline.cli import main
from pipeline.db import SCHEMA_VERSION, connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from pipeline.values import parse_period
from tests.corpus import as_old_schema
from tests.periods import span

APOSTROPHES = ["’", "'", "`", "‘"]


@pytest.mark.parametrize("mark", APOSTROPHES)
@pytest.mark.parametrize(("printed", "expected"), [
    ("{a}25. 11월 ~ {a}26. 2월", (11, 2, 2025, 2026)),
    ("{a}25.11월~{a}26.2월", (11, 2, 2025, 2026)),
    ("{a}25. 11. ~ {a}26. 2.", (11, 2, 2025, 2026)),
    ("{a}24. 12월 ~ {a}25. 3월", (12, 3, 2024, 2025)),  # from the year before into the report's
    ("열람공고 : 7월 / 결정고시 : {a}26. 3월", (7, 3, 2025, 2026)),
    ("열람공고 : 7월 ㆍ 결정고시 : {a}26. 3월", (7, 3, 2025, 2026)),
    ("착수 {a}25. 9월, 준공 {a}27. 6월", (9, 6, 2025, 2027)),  # over three years
])
def test_a_period_over_two_years_ends_in_its_year(printed, mark, expected):
    """Before, each kept its months in the report's year: `’25. 11월 ~ ’26. 2월` was 11–12, `’24. 12월 ~ ’25. 3월`
    1–3, `열람공고 : 7월 / 결정고시 : ’26. 3월` 7–12."""
    assert span(parse_period(printed.format(a=mark), 2025)) == expected


@pytest.mark.parametrize(("printed", "expected"), [
    ("2025. 11월 ~ 2026. 2월", (11, 2, 2025, 2026)), ("2025년 11월 ~ 2026년 2월", (11, 2, 2025, 2026)),
    ("2025.11.~2026.2.", (11, 2, 2025, 2026)), ("2025. 11. 15. ~ 2026. 2. 28.", (11, 2, 2025, 2026)),
    ("11월 ~ 익년 2월", (11, 2, 2025, 2026)), ("11월~익년 2월", (11, 2, 2025, 2026)),
    ("11월 ~ 익년도 2월", (11, 2, 2025, 2026)), ("11월 ~ 내년 2월", (11, 2, 2025, 2026)),
    ("11월 ~ 차년도 2월", (11, 2, 2025, 2026)), ("11월~차년도 2월", (11, 2, 2025, 2026)),
    ("11월 ~ 다음 해 2월", (11, 2, 2025, 2026)), ("11월~다음해 2월", (11, 2, 2025, 2026)),
    ("11월 ~ 이듬해 2월", (11, 2, 2025, 2026)), ("11월～익년 2월", (11, 2, 2025, 2026)),
    ("11월부터 익년 2월까지", (11, 2, 2025, 2026)), ("’25.11.~’26.2.", (11, 2, 2025, 2026)),
    ("동절기(11월~익년 3월)", (11, 3, 2025, 2026)), ("동절기 (11월 ~ 익년 3월) 운영", (11, 3, 2025, 2026)),
    ("11월~2월", (11, 2, 2025, 2026)),  # a range back to an earlier month runs into the next year, as it did
    ("12월 ~ 익년 1월 (2개월)", (12, 1, 2025, 2026)),
])
def test_a_period_into_the_next_year_ends_in_it(printed, expected):
    """Before, `11월 ~ 익년 2월` was 11–12 of 2025, and `11월 ~ 차년도 2월`, `11월 ~ 다음 해 2월` 2–12 (`차년도`,
    `다음 해` were not read as a year)."""
    assert span(parse_period(printed, 2025)) == expected


@pytest.mark.parametrize(("printed", "expected"), [
    ("2차년도 3월 착수", (3, 3, 2025, None)),  # a plan's second year, not the next
    ("3월 ~ 11월", (3, 11, 2025, None)), ("’26. 1월 ~ 2월", (1, 2, 2026, None)),  # within one year: no end year
    ("11월~2월", (11, 12, None, None)),  # no year known: its part in the year it starts, as before
])
def test_a_period_in_one_year_has_no_end_year(printed, expected):
    year = None if printed == "11월~2월" else 2025
    assert span(parse_period(printed, year)) == expected


COVER = "2025년 주요업무 보고\n\n총무과\n\n"
PROJECT = "Ⅱ. 주요업무 추진실적\n\n① 도시계획 재정비 (도시계획팀)\n\n재정비하고자 함\n\n□ 향후계획\n\n"
ITEMS = ["열람공고 : 7월 / 결정고시 : ’26. 3월", "주민공람: 11월 ~ 익년 2월", "제설 대책: 동절기(11월~차년도 3월)",
         "정기점검: 3월"]
# (text, start_month, end_month, year, end_year) of each
PERIODS = [("열람공고 : 7월 / 결정고시 : ’26. 3월", 7, 3, 2025, 2026), ("주민공람: 11월 ~ 익년 2월", 11, 2, 2025, 2026),
           ("제설 대책: 동절기(11월~차년도 3월)", 11, 3, 2025, 2026), ("정기점검: 3월", 3, 3, 2025, None)]
BULLETS = {"dash": "- {}\n", "circle": "○ {}\n", "markdown": "* {}\n", "numbered": "{n}. {}\n\n",
           "middle dot": "· {}\n", "hangul dot": "ㆍ {}\n"}


def report_text(bullet: str) -> str:
    return COVER + PROJECT + "".join(bullet.format(item, n=n) for n, item in enumerate(ITEMS, 1))


@pytest.mark.parametrize("bullet", BULLETS)
def test_an_items_period_over_two_years(bullet):
    report = extract_report(read_text("t.txt", report_text(BULLETS[bullet]).encode()))
    assert [(item.text, item.start_month, item.end_month, item.year, item.end_year)
            for project in report.projects for item in project.items] == PERIODS


def test_the_database_keeps_the_end_year_and_show_prints_it(tmp_path):
    database = tmp_path / "r.db"
    db = connect(database)
    load_report(db, extract_report(read_text("t.txt", report_text(BULLETS["dash"]).encode())), "sha-1", [])
    assert db.execute("SELECT text, start_month, end_month, year, end_year FROM project_items ORDER BY id"
                      ).fetchall() == PERIODS
    # what is planned for 2026's first quarter (the README's question): the items running into it, by their span
    # and by their months alike, but the steps of July and March: by their months, none of them runs in January
    quarter = db.execute("SELECT text FROM project_items WHERE year * 12 + start_month <= 2026 * 12 + 3 "
                         "AND coalesce(end_year, year) * 12 + end_month >= 2026 * 12 + 1 ORDER BY id").fetchall()
    assert quarter == [(text,) for text, *_ in PERIODS[:3]]
    quarter = db.execute("SELECT text FROM project_items WHERE EXISTS (SELECT 1 FROM json_each(months) "
                         "WHERE value BETWEEN '2026-01' AND '2026-03') ORDER BY id").fetchall()
    assert quarter == [(text,) for text, *_ in PERIODS[:3]]
    in_january = db.execute("SELECT text FROM project_items WHERE '2026-01' IN (SELECT value FROM json_each(months)) "
                            "ORDER BY id").fetchall()
    assert in_january == [(text,) for text, *_ in PERIODS[1:3]]
    db.close()
    shown = CliRunner().invoke(main, ["show", "총무과", "--db", str(database)], terminal_width=200)
    assert shown.exit_code == 0, shown.output
    assert "열람공고 : 7월 / 결정고시 : ’26. 3월  [7월, 2026년 3월]" in shown.output  # its months, a step's each
    assert "주민공람: 11월 ~ 익년 2월  [11월~2026년 2월]" in shown.output
    assert "정기점검: 3월  [3월]" in shown.output


def test_a_schema_18_database_gains_the_column_and_an_ingest_reads_the_periods_again(tmp_path):
    """A database an older reportdb made holds the months of one year (`11월 ~ 익년 2월` as 11–12); migrated, it
    has the column, null, and the next ingest reads the document again (another reportdb's extraction)."""
    report = tmp_path / "2025-chongmu.txt"
    report.write_text(report_text(BULLETS["dash"]), encoding="utf-8")
    database = tmp_path / "r.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(report), "--db", str(database), "--workers", "1"]).exit_code == 0
    as_old_schema(database, 18)
    with sqlite3.connect(database) as conn:  # as an older reportdb extracted it
        conn.execute("UPDATE documents SET extracted_by = 'an older reportdb'")
        conn.execute("UPDATE project_items SET end_month = 12 WHERE text GLOB '*[익차’]*'")
    db = connect(database)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert db.execute("SELECT text, start_month, end_month, year, end_year FROM project_items ORDER BY id"
                      ).fetchall() == [(text, start, 12 if end_year else end, year, None)
                                       for text, start, end, year, end_year in PERIODS]
    db.close()
    again = runner.invoke(main, ["ingest", str(report), "--db", str(database), "--workers", "1"])
    assert "re-read 1 (reportdb changed)" in again.output
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT text, start_month, end_month, year, end_year FROM project_items ORDER BY id"
                            ).fetchall() == PERIODS
