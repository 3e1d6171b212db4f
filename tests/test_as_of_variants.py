"""The date a table's figures stand at (`(2025. 5. 31. 기준)` above it, `※ 2025. 5. 31. 기준` below it, `[5.31.기준,
단위: 명]`, pandoc's `: 2025. 5. 31. 기준` after it, or the heading's own `1. 인력현황 (2025. 5. 31. 기준)`), read for
staffing, vehicle fleets and other tables as for budget lines. Before, only budget lines kept it: the others' date
was neither in their records nor in the general part's text."""

import datetime as dt
import sqlite3

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.corpus import as_old_schema
from tests.layouts import LAYOUTS, make_pdfs
from tests.test_council import readme_queries

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
STAFF = "구 분\t계\t5급\t6급\t7급\n정 원\t10\t1\t4\t5\n현 원\t9\t1\t3\t5\n과부족\t△1\t-\t△1\t-\n"
FLEET = "총 계\t승 용\t승 합\t화 물\n12\t6\t2\t4\n"
TWINS = "도시명\t국가\t결연일\n계\t2\t\n춘천시\t한국\t2001. 5. 1.\n하얼빈시\t중국\t2005. 9. 2.\n"
NEXT = "## 9 주요 행사\n\n구민의 날 행사를 개최함\n"
MAY_31 = dt.date(2025, 5, 31)


def extract(text: str, layout: str = "tab"):
    return extract_report(read_text("t.md", (LAYOUTS[layout](text) if layout in LAYOUTS else text).encode()))


def staffing_dates(r) -> set:
    return {(count.table_no, count.as_of) for count in r.staffing}


STAFF_DATED = [  # (what is printed above the table, what is printed below it)
    ("(2025. 5. 31. 기준)\n(단위: 명)\n\n", ""),
    ("(단위: 명)\n(2025. 5. 31. 기준)\n\n", ""),
    ("(2025. 5. 31. 기준, 단위: 명)\n\n", ""),
    ("[5.31.기준, 단위: 명]\n\n", ""),
    ("(5.31.기준)\n\n", ""),
    ("<’25. 5. 31. 현재>\n\n", ""),
    ("※ 2025. 5. 31. 기준\n\n", ""),
    ("", "\n※ 2025. 5. 31. 기준\n"),
    ("", "\n: 2025. 5. 31. 기준\n"),
]
# each in the text layouts, but pandoc's caption after its table (`: …`) in markdown only, as pandoc prints it
DATED_IN_LAYOUTS = [(above, below, layout) for above, below in STAFF_DATED
                    for layout in ("tab", "space-aligned", "pipe-tables") if layout == "tab" or below[:2] != "\n:"]


@pytest.mark.parametrize(("above", "below", "layout"), DATED_IN_LAYOUTS)
def test_a_staffing_table_keeps_the_date_printed_beside_it(above, below, layout):
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n" + above + STAFF + below + "\n" + NEXT, layout)
    assert [(c.status, c.grade, c.headcount) for c in r.staffing[:3]] == [
        ("정원", "계", 10), ("정원", "5급", 1), ("정원", "6급", 4)]
    assert staffing_dates(r) == {(1, MAY_31)}
    assert all("기준" not in t.text and "현재" not in t.text for t in r.general_text)  # read once, as the date


@pytest.mark.parametrize("heading", ["2. 인력현황 (2025. 5. 31. 기준)", "2 인 력(’25. 5. 31. 현재)",
                                     "2. 인력 현황 (5. 31. 기준)", "2. 인력 현황 (2025. 5월말 기준)"])
def test_a_staffing_heading_that_prints_its_own_date_dates_the_table(heading):
    r = extract(COVER + f"# Ⅰ. 일반현황\n\n## {heading}\n\n" + STAFF + "\n" + NEXT)
    assert len(r.staffing) == 12 and staffing_dates(r) == {(1, MAY_31)}


def test_a_staffing_table_printing_no_date_has_none():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n(단위: 명)\n\n" + STAFF + "\n" + NEXT)
    assert staffing_dates(r) == {(1, None)}


def test_each_staffing_table_keeps_its_own_date():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n□ 공무원\n\n(2025. 5. 31. 기준)\n\n" + STAFF
                + "\n□ 공무직\n\n(2025. 4. 30. 기준)\n\n" + STAFF + "\n" + NEXT)
    assert staffing_dates(r) == {(1, MAY_31), (2, dt.date(2025, 4, 30))}


def test_a_header_dating_its_columns_apart_gives_the_table_no_date():
    """`’21. 12. 31. 기준 | ’25. 5. 31. 기준`: the figures stand at two dates, the table at none."""
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 3 주요 지표\n\n"
                "구 분\t’21. 12. 31. 기준\t’25. 5. 31. 기준\n인구\t380,000\t372,000\n세대\t170,000\t175,000\n\n" + NEXT)
    (table,) = r.tables
    assert table.rows[1] == ["인구", "380,000", "372,000"] and table.as_of is None


@pytest.mark.parametrize("heading", ["3. 공용차량 현황(’25. 5. 31. 현재)", "3. 공용차량 현황 (2025. 5. 31. 기준)",
                                     "□ 공용차량 - 총12대 (5.31.기준)"])
@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_fleet_keeps_the_date_its_heading_prints(heading, layout):
    r = extract(COVER + f"# Ⅰ. 일반현황\n\n### {heading}\n\n(단위: 대)\n\n" + FLEET + "\n" + NEXT, layout)
    (fleet,) = r.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 12), ("승용", 6), ("승합", 2), ("화물", 4)]
    assert fleet.as_of == MAY_31


@pytest.mark.parametrize(("above", "below"), STAFF_DATED)
def test_a_fleet_keeps_the_date_printed_beside_it(above, below):
    r = extract(COVER + "# Ⅰ. 일반현황\n\n### □ 공용차량 - 총12대\n\n" + above.replace("명", "대") + FLEET + below
                + "\n" + NEXT)
    assert [fleet.as_of for fleet in r.vehicles] == [MAY_31]


def test_a_vehicle_list_keeps_its_date():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n### □ 관용차량 목록 (2025. 5. 31. 기준)\n\n"
                "연번\t차 종\t차량번호\t연식\n1\t승용\t12가3456\t2020\n2\t승합\t34나5678\t2021\n\n" + NEXT)
    (fleet,) = r.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 2), ("승용", 1), ("승합", 1)]
    assert fleet.as_of == MAY_31


@pytest.mark.parametrize(("above", "below", "layout"), DATED_IN_LAYOUTS)
def test_another_table_keeps_the_date_printed_beside_it(above, below, layout):
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 5 상호결연도시 현황\n\n" + above.replace("명", "개") + TWINS + below
                + "\n" + NEXT, layout)
    (table,) = r.tables
    assert table.rows[2][:2] == ["춘천시", "한국"] and table.as_of == MAY_31


@pytest.mark.parametrize(("heading", "as_of"), [
    ("5. 상호결연도시 현황 (2025. 5. 31. 기준)", MAY_31), ("5. 상호결연도시 현황 (5월말 현재)", MAY_31),
    ("5. 상호결연도시 현황 (2025. 5. 31.)", None),  # a heading's date alone may be the day of what it names
    ("5. 상호결연도시 현황", None),
])
def test_another_table_keeps_the_date_its_heading_prints(heading, as_of):
    r = extract(COVER + f"# Ⅰ. 일반현황\n\n## {heading}\n\n" + TWINS + "\n" + NEXT)
    assert [t.as_of for t in r.tables] == [as_of]


def test_a_pdf_gives_each_kind_of_table_its_date(tmp_path):
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(COVER.replace("# ", "").replace("## ", "") + "Ⅰ. 일반현황\n2. 인력 현황 (2025. 5. 31. 기준)\n"
                      + STAFF + "\n3. 공용차량 현황 (’25. 4. 30. 현재)\n" + FLEET
                      + "\n5. 상호결연도시 현황\n(2025. 3. 31. 기준)\n" + TWINS, encoding="utf-8")
    make_pdfs().render(source, target)
    r = extract_file(target)
    assert staffing_dates(r) == {(1, MAY_31)}
    assert [(f.counts[0].count, f.as_of) for f in r.vehicles] == [(12, dt.date(2025, 4, 30))]
    assert [(t.rows[2][0], t.as_of) for t in r.tables] == [("춘천시", dt.date(2025, 3, 31))]


# --- the database and `reportdb show` --------------------------------------------------------------------------

DATED = (COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n(2025. 5. 31. 기준, 단위: 명)\n\n" + STAFF
         + "\n## 3 공용차량 현황(’25. 4. 30. 현재)\n\n(단위: 대)\n\n" + FLEET
         + "\n## 5 상호결연도시 현황\n\n" + TWINS + "\n※ 2025. 3. 31. 기준\n\n" + NEXT)


def query(cli, sql: str) -> list[str]:
    code, output = cli("query", sql, "--csv")
    assert code == 0, output
    return output.splitlines()


def test_the_dates_are_stored_given_by_the_views_and_shown(cli, tmp_path):
    (tmp_path / "2025-chongmu.md").write_text(DATED, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.md", "--workers", "1")[0] == 0
    assert query(cli, "SELECT DISTINCT table_no, as_of FROM staffing") == ["table_no,as_of", "1,2025-05-31"]
    assert query(cli, "SELECT status, headcount, as_of FROM staffing_totals ORDER BY status") == [
        "status,headcount,as_of", "과부족,-1,2025-05-31", "정원,10,2025-05-31", "현원,9,2025-05-31"]
    assert query(cli, "SELECT as_of FROM vehicle_fleets") == ["as_of", "2025-04-30"]
    assert query(cli, "SELECT caption, held, as_of FROM vehicle_totals") == [
        "caption,held,as_of", "3 공용차량 현황(’25. 4. 30. 현재),12,2025-04-30"]
    assert query(cli, "SELECT caption, as_of FROM generic_tables") == [
        "caption,as_of", "5 상호결연도시 현황,2025-03-31"]
    _, staffing = readme_queries()  # how did 총무과's staffing change, and as of when?
    assert query(cli, staffing) == ["council,office,year,department,as_of,정원,현원,과부족",
                                    "한빛구의회,,2025,총무과,2025-05-31,10,9,-1"]
    code, shown = cli("show", "1")
    assert code == 0
    assert "인력 (as of 2025-05-31)" in shown and "as of 2025-04-30" in shown and "as of 2025-03-31" in shown


def test_a_schema_16_database_gains_the_columns_and_an_ingest_reads_the_dates(cli, tmp_path):
    (tmp_path / "2025-chongmu.md").write_text(DATED, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.md", "--workers", "1")[0] == 0
    as_old_schema(tmp_path / "reports.db", 16)
    with sqlite3.connect(tmp_path / "reports.db") as conn:  # as an older reportdb extracted it
        conn.execute("UPDATE documents SET extracted_by = 'an older reportdb'")
    assert query(cli, "SELECT DISTINCT as_of IS NULL FROM staffing_totals") == ["as_of IS NULL", "1"]
    assert query(cli, "SELECT as_of IS NULL AS dateless FROM vehicle_totals "
                      "UNION ALL SELECT as_of IS NULL FROM generic_tables") == ["dateless", "1", "1"]
    assert cli("ingest", tmp_path / "2025-chongmu.md", "--workers", "1")[0] == 0
    assert query(cli, "SELECT DISTINCT as_of FROM staffing_totals") == ["as_of", "2025-05-31"]
    assert query(cli, "SELECT as_of FROM vehicle_totals UNION ALL SELECT as_of FROM generic_tables") == [
        "as_of", "2025-04-30", "2025-03-31"]


# --- staffing stated as a line of the general part ----------------------------------------------------------------

APRIL_30 = dt.date(2025, 4, 30)
LINES_DATED = [  # (the line, the date it prints)
    ("2. 인 력 : 정원 39명 / 현원 37명 (5.31. 기준)", MAY_31),
    ("○ 인 력 : 정원 39명, 현원 37명 (과부족 △2명) [2025. 5. 31. 현재]", MAY_31),
    ("○ 인력 : 정원 39명, 현원 37명 (’25. 4. 30. 현재)", APRIL_30),
    ("○ 인력(2025. 4. 30. 기준) : 정원 39명, 현원 37명", APRIL_30),
    ("○ 인력 : 정원 39명, 현원 37명 (기준일: 2024. 12. 31.)", dt.date(2024, 12, 31)),
    ("○ 인력 : 정원 39명, 현원 37명 (5월말 기준)", MAY_31),
    ("○ 인력 : 정원 39명, 현원 37명 (2025. 5. 31.)", MAY_31),
    ("2. 인 력 : 정원 39명 / 현원 37명 (과부족 △2명)", None),
]


def line_dates(r) -> list[tuple]:
    return [(c.table_no, c.status, c.job_class, c.headcount, c.as_of) for c in r.staffing]


@pytest.mark.parametrize(("line", "as_of"), LINES_DATED)
def test_a_staffing_line_keeps_the_date_it_prints(line, as_of):
    """Before, the line's counts had no `as_of`, whatever it printed: `(5.31. 기준)` was left in the text only."""
    r = extract(COVER + "# Ⅰ. 일반현황\n\n1. 조 직 : 3개팀\n\n" + line + "\n\n" + NEXT)
    assert line_dates(r)[:2] == [(1, "정원", "계", 39, as_of), (1, "현원", "계", 37, as_of)]
    assert {c.as_of for c in r.staffing} == {as_of}


@pytest.mark.parametrize("heading", ["## 2. 인력 현황 (2025. 5. 31. 기준)", "2. 인 력 (’25. 5. 31. 현재)"])
def test_a_staffing_line_under_a_dated_staffing_heading_takes_its_date(heading):
    """`○ 정원 39명, 현원 37명` and `○ 공무원 : …` beside `○ 공무직 : …` print no date: the 인력 heading above does,
    as it dates a table under it."""
    r = extract(COVER + f"# Ⅰ. 일반현황\n\n{heading}\n\n○ 정원 39명, 현원 37명\n\n" + NEXT)
    assert line_dates(r) == [(1, "정원", "계", 39, MAY_31), (1, "현원", "계", 37, MAY_31)]
    r = extract(COVER + f"# Ⅰ. 일반현황\n\n{heading}\n\n  ○ 공무원 : 정원 39명 / 현원 37명\n\n"
                "  ○ 공무직 : 정원 6명 / 현원 6명\n\n" + NEXT)
    assert {(c.table_no, c.job_class, c.as_of) for c in r.staffing} == {(1, "계", MAY_31), (2, "공무직", MAY_31)}


def test_a_heading_that_is_no_staffing_title_gives_a_line_no_date():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 1. 조직 현황 (2025. 1. 1. 기준)\n\n"
                "○ 인력 : 정원 39명, 현원 37명\n\n" + NEXT)
    assert {c.as_of for c in r.staffing} == {None}


def test_the_classes_under_a_dated_line_take_its_date():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n2. 인 력 : 정원 45명 / 현원 43명 (2025. 5. 31. 현재)\n\n"
                "  ○ 공무원 : 정원 39명 / 현원 37명\n\n  ○ 공무직 : 정원 6명 / 현원 6명\n\n" + NEXT)
    assert line_dates(r) == [(1, "정원", "계", 45, MAY_31), (1, "현원", "계", 43, MAY_31),
                             (1, "정원", "공무원", 39, MAY_31), (1, "현원", "공무원", 37, MAY_31),
                             (1, "정원", "공무직", 6, MAY_31), (1, "현원", "공무직", 6, MAY_31)]


def test_lines_beside_a_dated_line_that_add_up_to_it_take_its_date():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n2. 인력 현황\n○ 인 력 : 정원 45명 / 현원 43명 (5.31. 기준)\n"
                "○ 공무원 : 정원 39명 / 현원 37명\n○ 공무직 : 정원 6명 / 현원 6명\n\n" + NEXT)
    assert {(c.table_no, c.job_class, c.as_of) for c in r.staffing} == {
        (1, "계", MAY_31), (1, "공무원", MAY_31), (1, "공무직", MAY_31)}


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pipe-tables"])
def test_a_dated_line_beside_a_table_dated_otherwise_is_still_compared_with_it(layout):
    """The table is the staffing, the line (its own date kept) is compared with it: the rule allows the two
    dates to differ, and its message, as the budget's, names no date."""
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n○ 인 력 : 정원 39명, 현원 9명 [2025. 4. 30. 현재]\n\n"
                "(2025. 5. 31. 기준)\n\n" + STAFF + "\n" + NEXT, layout)
    assert staffing_dates(r) == {(1, MAY_31)}
    assert {(c.status, c.headcount, c.as_of) for c in r.stated_staffing} == {
        ("정원", 39, APRIL_30), ("현원", 9, APRIL_30)}
    [finding] = [f for f in run_checks(r) if f.rule == "cross.staffing_line"]
    assert (finding.row, finding.expected, finding.actual) == ("정원", "39", "10")


def test_a_pdf_staffing_line_keeps_its_date(tmp_path):
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(COVER.replace("# ", "").replace("## ", "") + "Ⅰ. 일반현황\n1. 조 직 : 3개팀\n"
                      "2. 인 력 : 정원 40명, 현원 37명 (과부족 △3명) [2025. 5. 31. 현재]\n", encoding="utf-8")
    make_pdfs().render(source, target)
    assert line_dates(extract_file(target)) == [(1, "정원", "계", 40, MAY_31), (1, "현원", "계", 37, MAY_31),
                                                (1, "과부족", "계", -3, MAY_31)]


def test_a_line_restating_an_undated_one_dates_its_table():
    """The 개요's line, printing no date, and the 인력 section's restating it with one are one table: at that date."""
    r = extract(COVER + "# Ⅰ. 일반현황\n\n1. 개 요\n\n○ 인력 : 정원 39명, 현원 37명\n\n"
                "2. 인 력 : 정원 39명 / 현원 37명 (’25. 5. 31. 현재)\n\n" + NEXT)
    assert line_dates(r) == [(1, "정원", "계", 39, MAY_31), (1, "현원", "계", 37, MAY_31)]


LINE_ONLY = COVER + "# Ⅰ. 일반현황\n\n2. 인 력 : 정원 39명 / 현원 37명 (과부족 △2명) (5.31. 기준)\n\n" + NEXT


def test_a_dated_line_is_stored_given_by_the_view_and_shown(cli, tmp_path):
    (tmp_path / "2025-chongmu.md").write_text(LINE_ONLY, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.md", "--workers", "1")[0] == 0
    assert query(cli, "SELECT DISTINCT table_no, as_of FROM staffing") == ["table_no,as_of", "1,2025-05-31"]
    assert query(cli, "SELECT status, headcount, as_of FROM staffing_totals ORDER BY status") == [
        "status,headcount,as_of", "과부족,-2,2025-05-31", "정원,39,2025-05-31", "현원,37,2025-05-31"]
    code, shown = cli("show", "1")
    assert code == 0 and "인력 (as of 2025-05-31)" in " ".join(shown.split())  # a one-column table wraps its title
