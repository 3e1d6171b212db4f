"""Budget tables in shapes the department's 예산현황 also takes: three levels each on a row of its own with no
`소계` (`정책사업 | 단위사업 | 세부사업`, or `□ / ○ / -` marks in one name column), funding sources as columns over
rows of 예산액/집행액/집행률."""

import pytest
import regex

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import make_pdfs
from tests.test_cli_journeys import ROOT, reportdb

COVER = "제301회 한빛구의회 제1차 정례회\n2025. 6. 10. ~ 6. 24.\n2025년 주요업무 보고\n도 시 계 획 과\n"


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + "Ⅰ. 일반현황\n1. 예산현황\n" + body).encode()))


def lines(r):
    return [(b.name, b.parent, b.budget_krw and b.budget_krw // 1_000, b.executed_krw and b.executed_krw // 1_000,
             b.execution_rate) for b in r.budget]


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


# each level's line on a row of its own, its label in its level's column, and no 소계
THREE_LEVEL_ROWS = ("(단위: 천원)\n정책사업\t단위사업\t세부사업\t예산액\t집행액\t집행률(%)\n"
                    "합 계\t\t\t3,456,789\t1,234,567\t35.7\n"
                    "도시계획 체계적 관리\t\t\t3,334,567\t1,222,221\t36.7\n"
                    "\t도시계획 수립\t\t1,234,567\t456,789\t37.0\n"
                    "\t\t도시기본계획 재정비\t900,000\t300,000\t33.3\n"
                    "\t\t도시관리계획 정비\t334,567\t156,789\t46.9\n"
                    "\t도시경관 관리\t\t2,100,000\t765,432\t36.4\n"
                    "\t\t경관 심의\t{leaf}\t65,432\t{rate}\n"
                    "\t\t옥외광고물 정비\t2,000,000\t700,000\t35.0\n"
                    "행정운영경비\t\t\t122,222\t12,346\t10.1\n"
                    "\t기본경비\t\t122,222\t12,346\t10.1\n"
                    "\t\t기본경비\t122,222\t12,346\t10.1\n")
THREE_LEVEL_LINES = [
    ("계", None, 3_456_789, 1_234_567, 35.7),
    ("도시계획 체계적 관리", None, 3_334_567, 1_222_221, 36.7),
    ("도시계획 수립", "도시계획 체계적 관리", 1_234_567, 456_789, 37.0),
    ("도시기본계획 재정비", "도시계획 수립", 900_000, 300_000, 33.3),
    ("도시관리계획 정비", "도시계획 수립", 334_567, 156_789, 46.9),
    ("도시경관 관리", "도시계획 체계적 관리", 2_100_000, 765_432, 36.4),
    ("경관 심의", "도시경관 관리", 100_000, 65_432, 65.4),
    ("옥외광고물 정비", "도시경관 관리", 2_000_000, 700_000, 35.0),
    ("행정운영경비", None, 122_222, 12_346, 10.1),
    ("기본경비", "행정운영경비", 122_222, 12_346, 10.1),
    ("기본경비", "기본경비", 122_222, 12_346, 10.1),
]


def test_three_levels_each_on_a_row_of_its_own_give_each_line_its_group():
    r = report(THREE_LEVEL_ROWS.format(leaf="100,000", rate="65.4"))
    assert lines(r) == THREE_LEVEL_LINES
    assert found(r) == []


def test_a_wrong_leaf_in_three_levels_on_rows_of_their_own_is_found_on_its_group():
    r = report(THREE_LEVEL_ROWS.format(leaf="110,000", rate="59.5"))
    assert found(r) == [("sum.budget", "도시경관 관리", "예산액", "2,110,000천원", "2,100,000천원")]


MARKED_LEVELS = ("(단위: 천원)\n구 분\t예산액\t집행액\t집행률(%)\n"
                 "합 계\t3,456,789\t1,234,567\t35.7\n"
                 "□ 도시계획 체계적 관리\t3,334,567\t1,222,221\t36.7\n"
                 "○ 도시계획 수립\t1,234,567\t456,789\t37.0\n"
                 "- 도시기본계획 재정비\t900,000\t300,000\t33.3\n"
                 "- 도시관리계획 정비\t334,567\t156,789\t46.9\n"
                 "○ 도시경관 관리\t2,100,000\t765,432\t36.4\n"
                 "- 경관 심의\t{leaf}\t65,432\t{rate}\n"
                 "- 옥외광고물 정비\t2,000,000\t700,000\t35.0\n"
                 "□ 행정운영경비\t122,222\t12,346\t10.1\n"
                 "○ 기본경비\t122,222\t12,346\t10.1\n")


def test_levels_marked_in_one_name_column_give_each_line_its_group_without_the_mark():
    r = report(MARKED_LEVELS.format(leaf="100,000", rate="65.4"))
    assert lines(r) == THREE_LEVEL_LINES[:-1]
    assert found(r) == []


def test_a_wrong_leaf_in_levels_marked_in_one_name_column_is_found_on_its_group():
    r = report(MARKED_LEVELS.format(leaf="110,000", rate="59.5"))
    assert found(r) == [("sum.budget", "도시경관 관리", "예산액", "2,110,000천원", "2,100,000천원")]


def test_one_mark_on_every_line_is_no_level():
    r = report("(단위: 천원)\n구 분\t예산액\t집행액\n계\t300\t100\n- 청사 관리\t200\t50\n- 인사 운영\t100\t50\n")
    assert [b.parent for b in r.budget] == [None, None, None]
    assert found(r) == []


BY_SOURCE_COLUMNS = ("(단위: 천원)\n구 분\t계\t국비\t시비\t구비\n예산액\t3,456,789\t500,000\t1,200,000\t1,756,789\n"
                     "집행액\t1,234,567\t200,000\t400,000\t634,567\n집행률(%)\t35.7\t40.0\t33.3\t{rate}\n")


def test_the_departments_budget_by_source_as_columns_is_a_line_per_source():
    r = report(BY_SOURCE_COLUMNS.format(rate="36.1"))
    assert lines(r) == [("계", None, 3_456_789, 1_234_567, 35.7), ("국비", None, 500_000, 200_000, 40.0),
                        ("시비", None, 1_200_000, 400_000, 33.3), ("구비", None, 1_756_789, 634_567, 36.1)]
    assert [b.funding_source for b in r.budget] == [None, "국비", "시비", "구비"]
    assert r.tables == []
    assert found(r) == []


def test_a_wrong_rate_in_the_departments_budget_by_source_as_columns_is_found():
    r = report(BY_SOURCE_COLUMNS.format(rate="36.2"))
    assert found(r) == [("rate", "구비", "집행률(%)", "36.1", "36.2")]


def test_a_wrong_source_in_the_departments_budget_by_source_as_columns_is_found_on_it():
    """구비's 집행액 644,567: the 계's less the other sources' makes it 634,567, which puts its rate right too (before,
    two findings: its rate and the 계's 집행액)."""
    r = report(BY_SOURCE_COLUMNS.format(rate="36.1").replace("634,567", "644,567"))
    assert found(r) == [("sum.budget", "구비", "집행액", "634,567천원", "644,567천원")]
    assert run_checks(r)[0].message == ("구비의 집행액 값이 계의 집행액 − 다른 줄의 합과 다릅니다 "
                                        "(표기 644,567천원, 계산 634,567천원); 그 값이면 표의 다른 셈도 모두 맞습니다")


def test_budget_rows_under_columns_of_years_are_no_budget_lines():
    """`구 분 | 2023 | 2024` over 예산액 and 집행액 is a budget over years, not a line per column."""
    r = report("(단위: 천원)\n구 분\t2023\t2024\n예산액\t3,000\t3,500\n집행액\t2,900\t1,200\n")
    assert r.budget == []
    assert [len(t.rows) for t in r.tables] == [3]


# a plan's budget (an 업무계획 of November): this year's proposed 예산액 beside last year's, nothing spent yet
NO_EXECUTED = ("(단위: 백만원)\n단위사업명\t2025년 예산액(안)\t2024년 예산액\t증 감\t비 고\n"
               "계\t{total}\t7,900\t400\t\n생활폐기물 관리\t6,500\t6,200\t300\t\n식품위생 관리\t1,800\t1,700\t100\t\n")


def test_a_budget_printing_no_executed_gives_lines_of_this_years_budget():
    r = report(NO_EXECUTED.format(total="8,300"))
    assert lines(r) == [("계", None, 8_300_000, None, None), ("생활폐기물 관리", None, 6_500_000, None, None),
                        ("식품위생 관리", None, 1_800_000, None, None)]
    assert [b.other_columns for b in r.budget] == [{"2024년 예산액": "7,900", "증감": "400"},
                                                   {"2024년 예산액": "6,200", "증감": "300"},
                                                   {"2024년 예산액": "1,700", "증감": "100"}]
    assert r.tables == []
    assert found(r) == []


def test_a_wrong_total_in_a_budget_printing_no_executed_is_found():
    r = report(NO_EXECUTED.format(total="8,400"))
    assert found(r) == [("sum.budget", "계", "예산액", "8,300백만원", "8,400백만원")]


@pytest.mark.parametrize("caption", ["1. 세입예산 현황", "1. 주요 사업 현황"])
def test_a_name_beside_a_budget_alone_is_no_budget_table_under_another_caption(caption):
    """Without 집행액, only a table captioned as the budget (not 세입, the revenue) is one: a list of works
    with their 예산 is another table."""
    r = extract_report(read_text("t.txt", (COVER + f"Ⅰ. 일반현황\n{caption}\n"
                                           + NO_EXECUTED.format(total="8,300")).encode()))
    assert r.budget == []
    assert [len(t.rows) for t in r.tables] == [4]


def test_the_readmes_execution_rate_question_is_not_told_by_a_budget_printing_no_executed(tmp_path):
    """Its lines' 집행액 is null: the question finds the department by source with 25% spent, and not the plan."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    under_30 = regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)[0]
    spent = ("(단위: 천원)\n구 분\t계\t국비\t구비\n예산액\t1,000,000\t400,000\t600,000\n"
             "집행액\t250,000\t100,000\t150,000\n집행률(%)\t25.0\t25.0\t25.0\n")
    for name, department, body in (("plan.txt", "환 경 과", NO_EXECUTED.format(total="8,300")),
                                   ("spent.txt", "세 무 과", spent)):
        (tmp_path / name).write_text(COVER.replace("도 시 계 획 과", department) + "Ⅰ. 일반현황\n1. 예산현황\n" + body,
                                     encoding="utf-8")
    assert reportdb("ingest", "plan.txt", "spent.txt", cwd=tmp_path).returncode == 0
    answer = reportdb("query", under_30, "--csv", cwd=tmp_path)
    assert answer.stdout.splitlines() == ["council,office,department,year,dated_as_of,dated_by,execution_rate",
                                          "한빛구의회,,세무과,2025,,,25.0"]


def test_a_project_printing_an_executed_is_not_told_off_by_a_unit_printing_none():
    """The 단위사업 prints no 집행액 to compare (`cross.executed`): neither agrees nor contradicts the project's."""
    r = report(NO_EXECUTED.format(total="8,300") + "Ⅱ. 주요업무 추진계획\n1 생활폐기물 수거 (자원순환팀)\n"
               "생활폐기물을 수거하고자 함\n□ 사업개요\n○ 단위사업: 생활폐기물 관리\n□ 예산현황\n(단위: 백만원)\n"
               "구 분\t예산액\t집행액\n계\t6,500\t1,000\n")
    assert [(b.name, b.budget_krw, b.executed_krw) for b in r.projects[0].budget_lines] == [
        ("계", 6_500_000_000, 1_000_000_000)]
    assert found(r) == []


def test_three_levels_each_on_a_row_of_its_own_in_a_pdf(tmp_path):
    """Drawn as a PDF with its grid, the table gives the same lines and no finding."""
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(COVER + "Ⅰ. 일반현황\n1. 예산현황\n" + THREE_LEVEL_ROWS.format(leaf="100,000", rate="65.4"),
                      encoding="utf-8")
    make_pdfs().render(source, target)
    r = extract_file(target)
    assert lines(r) == THREE_LEVEL_LINES
    assert found(r) == []
