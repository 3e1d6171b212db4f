"""Budget tables in shapes the department's 예산현황 also takes: three levels each on a row of its own with no
`소계` (`정책사업 | 단위사업 | 세부사업`, or `□ / ○ / -` marks in one name column), funding sources as columns over
rows of 예산액/집행액/집행률."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

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


def test_a_wrong_source_in_the_departments_budget_by_source_as_columns_is_found_on_the_total():
    r = report(BY_SOURCE_COLUMNS.format(rate="36.1").replace("634,567", "644,567"))
    assert found(r) == [("rate", "구비", "집행률(%)", "36.7", "36.1"),
                        ("sum.budget", "계", "집행액", "1,244,567천원", "1,234,567천원")]
    assert run_checks(r)[1].message == "계의 집행액이 재원별 합계와 다릅니다 (표기 1,234,567천원, 합계 1,244,567천원)"


def test_budget_rows_under_columns_of_years_are_no_budget_lines():
    """`구 분 | 2023 | 2024` over 예산액 and 집행액 is a budget over years, not a line per column."""
    r = report("(단위: 천원)\n구 분\t2023\t2024\n예산액\t3,000\t3,500\n집행액\t2,900\t1,200\n")
    assert r.budget == []
    assert [len(t.rows) for t in r.tables] == [3]
