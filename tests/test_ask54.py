"""What users ask of years of reports: a team's name found by `search` (a project's `(청사관리팀)`, a staffing
table's row by team, a 담당 column), a budget's `as_of` where the report dates its whole general part (not where
only another table prints a date), and the README's questions answered right on the samples."""

import datetime as dt
from pathlib import Path

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import LAYOUTS

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DEPARTMENT_REPORTS = Path(__file__).resolve().parent / "department_reports"
MAY_31 = dt.date(2025, 5, 31)

COVER = "제262회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
STAFF = "구 분\t계\t5급\t6급\n정 원\t10\t1\t9\n현 원\t9\t1\t8\n"
BUDGET = "(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n계\t1,000\t200\t20.0\n청사 관리\t1,000\t200\t20.0\n"
PROJECTS = ("Ⅱ. 주요업무 추진실적\n\n1. 본관 청사 리모델링 (청사관리팀)\n\n○ 기 간 : 2025. 1월 ~ 12월\n\n"
            "□ 추진 일정\n\n구 분\t내 용\t담 당\n설계\t실시설계 용역\t시설팀\n공사\t리모델링 공사\t청사관리팀\n")


def general_part(part_title: str = "Ⅰ. 일반현황", under_title: str = "", staffing_date: str = "",
                 budget_title: str = "3. 예산현황") -> str:
    return (COVER + f"{part_title}\n\n{under_title}1. 조 직 : 3팀\n\n2. 인 력\n\n{staffing_date}" + STAFF
            + f"\n{budget_title}\n\n" + BUDGET + "\n" + PROJECTS)


def extract(text: str, layout: str = "tab"):
    return extract_report(read_text("t.md", (LAYOUTS[layout](text) if layout in LAYOUTS else text).encode()))


def dates(report) -> tuple[set, set]:
    return {c.as_of for c in report.staffing}, {b.as_of for b in report.budget}


# --- a date stated for the whole general part, or over the budget's heading -------------------------------------

@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
@pytest.mark.parametrize(("part_title", "under_title"), [
    ("Ⅰ. 일반현황 (2025. 5. 31. 기준)", ""),  # at the part's title
    ("Ⅰ. 일반현황", "(5.31.기준)\n\n"),  # on a line of a date alone right under it
    ("Ⅰ. 일반현황", "※ 2025. 5. 31. 기준\n\n"),
    ("Ⅰ. 일반현황", "(2025. 5월말 현재)\n\n"),
])
def test_a_date_stated_for_the_whole_general_part_dates_its_budget_and_staffing(part_title, under_title, layout):
    report = extract(general_part(part_title, under_title), layout)
    assert [(b.name, b.budget_krw, b.executed_krw) for b in report.budget] == [
        ("계", 1_000_000, 200_000), ("청사 관리", 1_000_000, 200_000)]
    assert dates(report) == ({MAY_31}, {MAY_31})  # before, ({None}, {None})


def test_the_part_s_date_dates_a_staffing_line_too():
    report = extract(COVER + "Ⅰ. 일반현황 (2025. 5. 31. 기준)\n\n2. 인 력 : 정원 10명 / 현원 9명\n\n3. 예산현황\n\n"
                     + BUDGET + "\n" + PROJECTS)
    assert [(c.status, c.headcount, c.as_of) for c in report.staffing] == [("정원", 10, MAY_31), ("현원", 9, MAY_31)]


def test_a_date_in_the_title_over_the_budget_s_sub_heading_dates_it():
    report = extract(general_part(budget_title="3. 예산 및 결산 현황 (5.31.기준)\n\n□ 일반회계"))
    assert dates(report) == ({None}, {MAY_31})


def test_another_table_s_date_does_not_date_the_budget():
    """The staffing's date (`2. 인 력` over `(2025. 5. 31. 기준)`) is the staffing's: the budget printing none
    has none, as the test reports print it (도시계획과, 건축과, 세무과)."""
    report = extract(general_part(staffing_date="(2025. 5. 31. 기준)\n\n"))
    assert dates(report) == ({MAY_31}, {None})


def test_the_budget_s_own_date_goes_before_the_part_s():
    report = extract(general_part("Ⅰ. 일반현황 (2025. 5. 31. 기준)", budget_title="3. 예산현황 (2025. 4. 30. 기준)"))
    assert dates(report) == ({MAY_31}, {dt.date(2025, 4, 30)})


def test_a_dated_line_in_the_part_under_its_first_heading_is_no_date_of_the_part():
    """A date's line under `1. 조 직`'s line dates nothing of the budget: only one right under the part's title
    is the part's."""
    text = general_part().replace("1. 조 직 : 3팀\n\n", "1. 조 직 : 3팀\n\n※ 2025. 5. 31. 기준 팀 신설\n\n")
    assert dates(extract(text)) == ({None}, {None})


def test_the_test_reports_printing_a_staffing_date_alone_keep_their_budget_undated():
    path = DEPARTMENT_REPORTS / "2025-hanbit-dosigyehoek.txt"
    report = extract_report(read_text(str(path), path.read_bytes()))
    assert dates(report) == ({MAY_31}, {None})


# --- search: a team's name -----------------------------------------------------------------------------------

def lines_found(cli, *terms: str) -> list[str]:
    code, output = cli("search", *terms)
    assert code == 0, output
    return output


def test_a_team_s_name_finds_its_project_its_staffing_row_and_its_담당_cell(cli, tmp_path):
    by_team = "팀 별\t계\t5급\t6급\n계\t9\t1\t8\n청사관리팀\t5\t1\t4\n시설팀\t4\t\t4\n"
    (tmp_path / "2025-chongmu.txt").write_text(
        general_part().replace(STAFF, by_team), encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.txt", "--workers", "1")[0] == 0
    code, output = cli("query", "SELECT field, text, line FROM search_lines WHERE text LIKE '%청사관리팀%' "
                                "ORDER BY id", "--csv")
    assert code == 0
    assert output.splitlines() == [
        "field,text,line",
        "staffing,인력 · 청사관리팀: 현원 5,17",  # the row of the table by team
        "title,본관 청사 리모델링 (청사관리팀),30",  # the project's title as `show` prints it
        "table,추진 일정 · 공사 / 리모델링 공사 / 청사관리팀,38",  # a 담당 column's cell, as before
    ]
    shown = lines_found(cli, "청사관리팀")
    assert "3 matches" in shown and "1. 본관 청사 리모델링" in shown and "staffing line 17" in shown
    assert "인력 · 시설팀: 현원 4" in lines_found(cli, "시설팀")


def test_a_project_s_continuity_and_team_are_both_on_its_title_line(cli, tmp_path):
    (tmp_path / "2026-chongmu.md").write_text((SAMPLES / "2026-hanbit-chongmu.md").read_text(encoding="utf-8"),
                                              encoding="utf-8")
    assert cli("ingest", tmp_path / "2026-chongmu.md", "--workers", "1")[0] == 0
    code, output = cli("query", "SELECT text, line FROM search_lines WHERE field = 'title' ORDER BY id", "--csv")
    assert code == 0 and output.splitlines() == [
        "text,line", "청사 에너지 효율화 (청사관리팀),64", "공정하고 투명한 인사 운영 (인사팀),95",
        "직원 디지털 역량 강화 [계속] (교육후생팀),124"]
    assert "직원 디지털 역량 강화 [계속] (교육후생팀)" in lines_found(cli, "교육후생팀")


# --- the README's questions on the samples -------------------------------------------------------------------

def test_the_readme_s_questions_answer_right_on_the_samples(cli):
    from tests.test_council import readme_queries

    assert cli("ingest", SAMPLES, "--workers", "1")[0] == 0
    under_30, staffing = readme_queries()

    def rows(sql: str) -> list[str]:
        code, output = cli("query", sql, "--csv")
        assert code == 0, output
        return output.splitlines()

    # 건강증진과 2023 spent 1,200,000 of 4,500,000천원 by 5.31 (26.7%): the only one under 30%
    assert rows(under_30) == ["council,office,department,year,dated_as_of,dated_by,execution_rate",
                              "서해구의회,,건강증진과,2023,2023-05-31,budget table,26.7"]
    # 총무과's staffing 2024 and 2026 as printed (`정 원 43 / 현 원 41 / △2`, `44 / 41 / △3`), neither dated
    assert rows(staffing) == ["council,office,year,department,as_of,정원,현원,과부족",
                              "한빛구의회,,2024,총무과,,43,41,-2",
                              "한빛구의회,,2026,총무과,,44,41,-3"]
    # the rows dated in March: both years' 본관 (2024 prints its column `준공일자 (증축)`: before, 2026's alone)
    assert rows("SELECT d.year, n.text, c.text AS date FROM table_cells c JOIN table_cells n ON n.table_id = "
                "c.table_id AND n.row = c.row AND n.col = 0 JOIN generic_tables t ON t.id = c.table_id JOIN reports d "
                "ON d.id = t.document_id WHERE EXISTS (SELECT 1 FROM json_each(c.months) WHERE substr(value, -2) = "
                "'03') ORDER BY d.year") == ["year,text,date", "2024,본관,1988. 3. 2.", "2026,본관,1988. 3. 2."]
