"""A budget printing last year's carry-over (이월액) beside the year's budget and their total (`예산액 | 이월액 | 계 |
집행액 | 집행률`, `예산액(A) | 이월액(B) | 계(A+B)`, `예 산 액` over `본예산 | 이월 | 합 계`): the total is the budget
as it stands, of which the 집행률 is, as a `예산현액` column is; before, the 예산액 left of the carry-over was taken,
and every rate of a line with a carry-over was found wrong. Without that total (`예산액 | 이월액 | 집행액 | 집행률`)
the rates of the lines that carried money over tell whether the budget is the sum or the 예산액 alone."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import TEXT_LAYOUTS, make_pdfs

COVER = "제312회 새빛구의회 제1차 정례회\n2025. 6. 11. ~ 6. 25.\n2025년 주요업무 보고\n건 축 과\n"
ROWS = ("계\t5,300,000\t1,200,000\t6,500,000\t2,600,000\t40.0\n"
        "건축행정 관리\t800,000\t-\t800,000\t360,000\t45.0\n"
        "공공건축물 조성\t4,000,000\t1,200,000\t5,200,000\t2,080,000\t40.0\n"
        "빈집 정비\t500,000\t-\t500,000\t160,000\t32.0\n")
TAB = "\t"
HEADERS = {  # the header, and the two columns kept beside each line: the budget before its carry-over, the carry-over
    "plain": ("단위사업\t예산액\t이월액\t계\t집행액\t집행률(%)", "예산액", "이월액"),
    "lettered": ("단위사업\t예산액(A)\t이월액(B)\t계(A+B)\t집행액(C)\t집행률(C/(A+B))", "예산액(A)", "이월액(B)"),
    "original": ("단위사업\t본예산\t전년도 이월액\t합 계\t집행액\t집행률(%)", "본예산", "전년도 이월액"),
    "carried budget": ("단위사업\t예산액\t이월예산\t계\t집행액\t집행률(%)", "예산액", "이월예산"),
}


def report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def lines(r):
    return [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate, b.other_columns)
            for b in r.budget]


def expected(budget: str, carried: str):
    return [("계", 6_500_000, 2_600_000, 40.0, {budget: "5,300,000", carried: "1,200,000"}),
            ("건축행정 관리", 800_000, 360_000, 45.0, {budget: "800,000", carried: "-"}),
            ("공공건축물 조성", 5_200_000, 2_080_000, 40.0, {budget: "4,000,000", carried: "1,200,000"}),
            ("빈집 정비", 500_000, 160_000, 32.0, {budget: "500,000", carried: "-"})]


def text(header: str) -> str:
    return f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n{header}\n{ROWS}"


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("labels", HEADERS.values(), ids=HEADERS)
def test_the_total_with_the_carry_over_is_the_budget_its_rate_is_of(labels, layout):
    header, budget, carried = labels
    r = report(TEXT_LAYOUTS[layout](text(header)))
    assert lines(r) == expected(budget, carried)
    assert run_checks(r) == []


@pytest.mark.parametrize("ruling", ["grid", "open sides", "horizontal", "none"])
def test_in_a_pdf_too(tmp_path, ruling):
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(text(HEADERS["lettered"][0]), encoding="utf-8")
    make_pdfs().render(source, target, ruling)
    r = extract_file(target)
    assert lines(r) == expected("예산액(A)", "이월액(B)")
    assert run_checks(r) == []


def test_under_a_group_label_of_the_budget():
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n\n"
               "| 단위사업 | 예 산 액 | | | 집행액 | 집행률(%) |\n|---|---|---|---|---|---|\n"
               "| | 본예산 | 이월 | 계 | | |\n"
               + "".join(f"| {row.replace(TAB, ' | ')} |\n" for row in ROWS.splitlines()))
    assert lines(r) == expected("예산액 본예산", "예산액 이월")  # before, 계 was the 집행액's (`집행액 계`)
    assert run_checks(r) == []


def test_a_project_budget_by_source_with_its_carry_over():
    r = report(f"{COVER}Ⅱ. 주요업무 추진실적\n\n1. 구민회관 증축 (공공건축팀)\n\n가. 사업개요\n\n"
               "1) 위 치 : 새빛구 중앙로 120\n\n라. 예산현황\n\n(단위: 천원)\n\n"
               "구 분\t본예산\t이월액\t합 계\t집행액\t집행률(%)\n"
               "계\t2,500,000\t1,200,000\t3,700,000\t1,850,000\t50.0\n"
               "시비\t1,000,000\t-\t1,000,000\t500,000\t50.0\n"
               "구비\t1,500,000\t1,200,000\t2,700,000\t1,350,000\t50.0\n")
    (project,) = r.projects
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate, b.other_columns)
            for b in project.budget_lines] == [
        ("계", 3_700_000, 1_850_000, 50.0, {"본예산": "2,500,000", "이월액": "1,200,000"}),
        ("시비", 1_000_000, 500_000, 50.0, {"본예산": "1,000,000", "이월액": "-"}),
        ("구비", 2_700_000, 1_350_000, 50.0, {"본예산": "1,500,000", "이월액": "1,200,000"})]
    assert run_checks(r) == []


def test_a_total_after_another_column_is_no_budget():
    """A 계 right after the 집행액's columns, or no carry-over before it, stays what it was."""
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n단위사업\t예산액\t집행액\t계\t집행률(%)\n"
               "계\t5,000\t2,000\t2,000\t40.0\n청사 관리\t5,000\t2,000\t2,000\t40.0\n")
    assert [(b.budget_krw // 1_000, b.other_columns) for b in r.budget] == [(5_000, {"계": "2,000"})] * 2


# Without the total: 공공건축물 조성 and 빈집 정비 carried money over, their rates of the sum (40.0, not 52.0 and
# 48.0 of the 예산액 alone), as the 계's (40.6, not 50.6); 건축행정 관리 carried none, its rate both ways
NO_TOTAL = ("계\t5,300,000\t1,300,000\t2,680,000\t40.6\n"
            "건축행정 관리\t800,000\t-\t360,000\t45.0\n"
            "공공건축물 조성\t4,000,000\t1,200,000\t2,080,000\t40.0\n"
            "빈집 정비\t500,000\t100,000\t240,000\t40.0\n")


def without_total(carried: str = "이월액", rows: str = NO_TOTAL) -> str:
    return f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n단위사업\t예산액\t{carried}\t집행액\t집행률(%)\n{rows}"


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("carried", ["이월액", "전년도 이월액", "이월예산"])
def test_without_the_total_the_budget_is_the_sum_where_the_rates_are_of_it(carried, layout):
    """Before, the 예산액 was the budget and `rate` found 공공건축물 조성's, 빈집 정비's and the 계's rates wrong; a
    `이월예산` column was taken for the budget itself (계 1,300,000)."""
    r = report(TEXT_LAYOUTS[layout](without_total(carried)))
    assert lines(r) == [
        ("계", 6_600_000, 2_680_000, 40.6, {"예산액": "5,300,000", carried: "1,300,000"}),
        ("건축행정 관리", 800_000, 360_000, 45.0, {"예산액": "800,000", carried: "-"}),
        ("공공건축물 조성", 5_200_000, 2_080_000, 40.0, {"예산액": "4,000,000", carried: "1,200,000"}),
        ("빈집 정비", 600_000, 240_000, 40.0, {"예산액": "500,000", carried: "100,000"})]
    assert run_checks(r) == []


def test_without_the_total_a_wrong_rate_of_the_sum_is_found():
    """빈집 정비 prints 41.0, of neither figure: the two other lines that tell say the sum, of which it is wrong."""
    r = report(without_total(rows=NO_TOTAL.replace("240,000\t40.0", "240,000\t41.0")))
    assert [b.budget_krw // 1_000 for b in r.budget] == [6_600_000, 800_000, 5_200_000, 600_000]
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(r)] == [("rate", "빈집 정비", "40.0", "41.0")]


def test_without_the_total_rates_of_the_budget_alone_keep_it_the_budget():
    """Rates of the 예산액 alone (52.0 and 48.0 of the lines that carried money over, the 계's 50.6): the 예산액 is the
    budget, the carry-over a column kept beside it, as before."""
    rows = NO_TOTAL.replace("40.6", "50.6").replace("2,080,000\t40.0", "2,080,000\t52.0").replace(
        "240,000\t40.0", "240,000\t48.0")
    r = report(without_total(rows=rows))
    assert lines(r) == [
        ("계", 5_300_000, 2_680_000, 50.6, {"이월액": "1,300,000"}),
        ("건축행정 관리", 800_000, 360_000, 45.0, {"이월액": "-"}),
        ("공공건축물 조성", 4_000_000, 2_080_000, 52.0, {"이월액": "1,200,000"}),
        ("빈집 정비", 500_000, 240_000, 48.0, {"이월액": "100,000"})]
    assert run_checks(r) == []


def test_without_the_total_a_project_budget_by_source():
    r = report(f"{COVER}Ⅱ. 주요업무 추진실적\n\n1. 구민회관 증축 (공공건축팀)\n\n가. 사업개요\n\n"
               "1) 위 치 : 새빛구 중앙로 120\n\n라. 예산현황\n\n(단위: 천원)\n\n"
               "구 분\t예산액\t이월액\t집행액\t집행률(%)\n"
               "계\t2,500,000\t1,200,000\t1,850,000\t50.0\n"
               "시비\t1,000,000\t-\t500,000\t50.0\n"
               "구비\t1,500,000\t1,200,000\t1,350,000\t50.0\n")
    (project,) = r.projects
    assert [(b.name, b.budget_krw // 1_000, b.other_columns) for b in project.budget_lines] == [
        ("계", 3_700_000, {"예산액": "2,500,000", "이월액": "1,200,000"}),
        ("시비", 1_000_000, {"예산액": "1,000,000", "이월액": "-"}),
        ("구비", 2_700_000, {"예산액": "1,500,000", "이월액": "1,200,000"})]
    assert run_checks(r) == []


# the fields as rows, the funding sources as columns: 시비 carried nothing over, 구비 1,200,000, of which the rates are
ROWS_BY_SOURCE = {
    "no total": ("예산액\t2,500,000\t1,000,000\t1,500,000\n이월액\t1,200,000\t-\t1,200,000\n", "예산액", "이월액"),
    "total": ("예산액\t2,500,000\t1,000,000\t1,500,000\n전년도 이월액\t1,200,000\t-\t1,200,000\n"
              "계\t3,700,000\t1,000,000\t2,700,000\n", "예산액", "전년도 이월액"),
}


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("printed", ROWS_BY_SOURCE.values(), ids=ROWS_BY_SOURCE)
def test_a_carry_over_printed_as_a_row(printed, layout):
    """Before, the 예산액 row was the budget (계 2,500,000, 구비 1,500,000) and `rate` found the 계's and 구비's
    rates wrong (74.0 and 90.0 for 50.0): the rows are read as the columns are."""
    rows, budget, carried = printed
    r = report(TEXT_LAYOUTS[layout](
        f"{COVER}Ⅱ. 주요업무 추진실적\n\n1. 구민회관 증축 (공공건축팀)\n\n가. 사업개요\n\n"
        "1) 위 치 : 새빛구 중앙로 120\n\n라. 예산현황\n\n(단위: 천원)\n\n"
        f"구 분\t계\t시비\t구비\n{rows}집행액\t1,850,000\t500,000\t1,350,000\n집행률(%)\t50.0\t50.0\t50.0\n"))
    (project,) = r.projects
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate, b.other_columns)
            for b in project.budget_lines] == [
        ("계", 3_700_000, 1_850_000, 50.0, {budget: "2,500,000", carried: "1,200,000"}),
        ("시비", 1_000_000, 500_000, 50.0, {budget: "1,000,000", carried: "-"}),
        ("구비", 2_700_000, 1_350_000, 50.0, {budget: "1,500,000", carried: "1,200,000"})]
    assert run_checks(r) == []


def test_a_carry_over_row_of_the_department_s_budget_by_source():
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n구 분\t계\t국비\t시비\t구비\n"
               "예산액\t5,300,000\t800,000\t4,000,000\t500,000\n이월액\t1,300,000\t-\t1,200,000\t100,000\n"
               "집행액\t2,680,000\t360,000\t2,080,000\t240,000\n집행률(%)\t40.6\t45.0\t40.0\t40.0\n")
    assert [(b.name, b.budget_krw // 1_000) for b in r.budget] == [
        ("계", 6_600_000), ("국비", 800_000), ("시비", 5_200_000), ("구비", 600_000)]
    assert run_checks(r) == []


def test_a_carry_over_row_whose_rates_are_of_the_budget_alone_stays_beside():
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n구 분\t계\t국비\t시비\t구비\n"
               "예산액\t5,300,000\t800,000\t4,000,000\t500,000\n이월액\t1,300,000\t-\t1,200,000\t100,000\n"
               "집행액\t2,680,000\t360,000\t2,080,000\t240,000\n집행률(%)\t50.6\t45.0\t52.0\t48.0\n")
    assert [(b.name, b.budget_krw // 1_000, b.other_columns) for b in r.budget] == [
        ("계", 5_300_000, {"이월액": "1,300,000"}), ("국비", 800_000, {"이월액": "-"}),
        ("시비", 4_000_000, {"이월액": "1,200,000"}), ("구비", 500_000, {"이월액": "100,000"})]
    assert run_checks(r) == []


# no 집행률: a 잔액 of the sum (3,920,000 = 5,300,000 + 1,300,000 − 2,680,000) tells the budget is the sum
WITH_REMAINING = ("계\t5,300,000\t1,300,000\t2,680,000\t3,920,000\n"
                  "건축행정 관리\t800,000\t-\t360,000\t440,000\n"
                  "공공건축물 조성\t4,000,000\t1,200,000\t2,080,000\t3,120,000\n"
                  "빈집 정비\t500,000\t100,000\t240,000\t360,000\n")


def with_remaining(rows: str) -> str:
    return f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n단위사업\t예산액\t이월액\t집행액\t잔액\n{rows}"


def test_without_a_rate_a_remaining_of_the_sum_makes_the_sum_the_budget():
    """Before, the 예산액 was the budget and `remaining` found the 잔액s of the 계, 공공건축물 조성 and 빈집 정비
    wrong."""
    r = report(with_remaining(WITH_REMAINING))
    assert [(b.name, b.budget_krw // 1_000, b.remaining_krw // 1_000) for b in r.budget] == [
        ("계", 6_600_000, 3_920_000), ("건축행정 관리", 800_000, 440_000), ("공공건축물 조성", 5_200_000, 3_120_000),
        ("빈집 정비", 600_000, 360_000)]
    assert run_checks(r) == []
    # the others still say the sum: this one is wrong, one finding (its right figure makes the 계 its lines' sum too)
    wrong = WITH_REMAINING.replace("3,120,000", "3,100,000")
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(report(with_remaining(wrong)))] == [
        ("remaining", "공공건축물 조성", "3,120,000천원", "3,100,000천원")]


def test_without_a_rate_or_a_remaining_the_printed_budget_is_the_budget():
    """Nothing tells whether the 집행액 is of the sum: the 예산액 is the budget as printed, the carry-over beside."""
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n단위사업\t예산액\t이월액\t집행액\n"
               + "".join(row.rsplit("\t", 1)[0] + "\n" for row in WITH_REMAINING.splitlines()))
    assert [(b.name, b.budget_krw // 1_000, b.other_columns) for b in r.budget] == [
        ("계", 5_300_000, {"이월액": "1,300,000"}), ("건축행정 관리", 800_000, {"이월액": "-"}),
        ("공공건축물 조성", 4_000_000, {"이월액": "1,200,000"}), ("빈집 정비", 500_000, {"이월액": "100,000"})]
    assert run_checks(r) == []


# the carry-over printed elsewhere than right after the 예산액: after the 집행액, or after the budget's sources
ELSEWHERE = {
    "after the spending": (
        "단위사업\t예산액\t집행액\t이월액\t집행률(%)",
        "계\t5,300,000\t2,680,000\t1,300,000\t{}\n건축행정 관리\t800,000\t360,000\t-\t45.0\n"
        "공공건축물 조성\t4,000,000\t2,080,000\t1,200,000\t{}\n빈집 정비\t500,000\t240,000\t100,000\t{}\n", {}),
    "after the sources": (
        "단위사업\t예산액\t국비\t구비\t이월액\t집행액\t집행률",
        "계\t5,300,000\t1,000,000\t4,300,000\t1,300,000\t2,680,000\t{}\n"
        "건축행정 관리\t800,000\t-\t800,000\t-\t360,000\t45.0\n"
        "공공건축물 조성\t4,000,000\t1,000,000\t3,000,000\t1,200,000\t2,080,000\t{}\n"
        "빈집 정비\t500,000\t-\t500,000\t100,000\t240,000\t{}\n",
        {"국비": ("1,000,000", "-", "1,000,000", "-"), "구비": ("4,300,000", "800,000", "3,000,000", "500,000")}),
}
OF_THE_SUM, OF_THE_BUDGET = ("40.6", "40.0", "40.0"), ("50.6", "52.0", "48.0")


def elsewhere(printed, rates) -> str:
    header, rows, _ = printed
    return f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n{header}\n{rows.format(*rates)}"


def beside(sources, k: int, **printed) -> dict[str, str]:
    return printed | {source: figures[k] for source, figures in sources.items()}


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("printed", ELSEWHERE.values(), ids=ELSEWHERE)
def test_a_carry_over_elsewhere_is_read_as_right_after_the_budget(printed, layout):
    """Before, the carry-over was kept beside alone whatever the rates said, and `rate` found the 계's, 공공건축물
    조성's and 빈집 정비's rates wrong (50.6, 52.0 and 48.0 for 40.6, 40.0 and 40.0)."""
    sources = printed[2]
    r = report(TEXT_LAYOUTS[layout](elsewhere(printed, OF_THE_SUM)))
    assert lines(r) == [
        ("계", 6_600_000, 2_680_000, 40.6, beside(sources, 0, 예산액="5,300,000", 이월액="1,300,000")),
        ("건축행정 관리", 800_000, 360_000, 45.0, beside(sources, 1, 예산액="800,000", 이월액="-")),
        ("공공건축물 조성", 5_200_000, 2_080_000, 40.0, beside(sources, 2, 예산액="4,000,000", 이월액="1,200,000")),
        ("빈집 정비", 600_000, 240_000, 40.0, beside(sources, 3, 예산액="500,000", 이월액="100,000"))]
    assert run_checks(r) == []
    # rates of the 예산액 alone keep it the budget, the carry-over beside, as right after it
    r = report(TEXT_LAYOUTS[layout](elsewhere(printed, OF_THE_BUDGET)))
    assert [(b.budget_krw // 1_000, b.other_columns) for b in r.budget] == [
        (5_300_000, beside(sources, 0, 이월액="1,300,000")), (800_000, beside(sources, 1, 이월액="-")),
        (4_000_000, beside(sources, 2, 이월액="1,200,000")), (500_000, beside(sources, 3, 이월액="100,000"))]
    assert run_checks(r) == []


def test_a_wrong_rate_beside_a_carry_over_elsewhere_is_found_against_the_sum():
    r = report(elsewhere(ELSEWHERE["after the spending"], ("40.6", "40.0", "41.0")))
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(r)] == [("rate", "빈집 정비", "40.0", "41.0")]


def test_a_remaining_before_a_carry_over_tells_the_sum():
    """`예산액 | 집행액 | 잔액 | 이월액`: the 잔액s are of the sum. Before, `remaining` found three of them wrong."""
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n단위사업\t예산액\t집행액\t잔액\t이월액\n"
               + "".join("\t".join(cells[i] for i in (0, 1, 3, 4, 2)) + "\n"
                         for cells in (row.split("\t") for row in WITH_REMAINING.splitlines())))
    assert [(b.name, b.budget_krw // 1_000, b.remaining_krw // 1_000) for b in r.budget] == [
        ("계", 6_600_000, 3_920_000), ("건축행정 관리", 800_000, 440_000), ("공공건축물 조성", 5_200_000, 3_120_000),
        ("빈집 정비", 600_000, 360_000)]
    assert run_checks(r) == []


def test_a_carry_over_row_elsewhere_of_a_budget_by_source():
    """`예산액`, `집행액`, `이월액`, `집행률(%)` over the sources: before, 계 5,300,000 and three rates found wrong."""
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n구 분\t계\t국비\t시비\t구비\n"
               "예산액\t5,300,000\t800,000\t4,000,000\t500,000\n집행액\t2,680,000\t360,000\t2,080,000\t240,000\n"
               "이월액\t1,300,000\t-\t1,200,000\t100,000\n집행률(%)\t40.6\t45.0\t40.0\t40.0\n")
    assert [(b.name, b.budget_krw // 1_000, b.other_columns) for b in r.budget] == [
        ("계", 6_600_000, {"예산액": "5,300,000", "이월액": "1,300,000"}),
        ("국비", 800_000, {"예산액": "800,000", "이월액": "-"}),
        ("시비", 5_200_000, {"예산액": "4,000,000", "이월액": "1,200,000"}),
        ("구비", 600_000, {"예산액": "500,000", "이월액": "100,000"})]
    assert run_checks(r) == []


def test_a_carry_over_s_own_budget_and_spending_are_kept_beside():
    """`이월액` over `예산 | 집행` beside the year's: the carry-over's own figures, kept by their labels, none added
    to the budget. Before, they were taken for the line's budget and spending (1,000 and 500)."""
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n\n"
               "| 단위사업 | 예산액 | 집행액 | 집행률(%) | 이월액 | |\n|---|---|---|---|---|---|\n"
               "| | | | | 예산 | 집행 |\n"
               "| 계 | 5,000 | 2,000 | 40.0 | 1,000 | 500 |\n| 청사 관리 | 5,000 | 2,000 | 40.0 | 1,000 | 500 |\n")
    assert [(b.budget_krw // 1_000, b.executed_krw // 1_000, b.other_columns) for b in r.budget] == [
        (5_000, 2_000, {"이월액 예산": "1,000", "이월액 집행": "500"})] * 2
    assert run_checks(r) == []


def test_a_carry_over_elsewhere_in_a_pdf(tmp_path):
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(elsewhere(ELSEWHERE["after the sources"], OF_THE_SUM), encoding="utf-8")
    make_pdfs().render(source, target, "grid")
    assert [(b.name, b.budget_krw // 1_000) for b in extract_file(target).budget] == [
        ("계", 6_600_000), ("건축행정 관리", 800_000), ("공공건축물 조성", 5_200_000), ("빈집 정비", 600_000)]
    assert run_checks(extract_file(target)) == []


# the 단위사업 as columns over the fields' rows, as a funding source's budget is printed
UNITS_AS_COLUMNS = ("구 분\t계\t건축행정 관리\t공공건축물 조성\t빈집 정비\n"
                    "예산액\t5,300,000\t800,000\t4,000,000\t500,000\n{carried}"
                    "집행액\t2,680,000\t360,000\t2,080,000\t240,000\n집행률(%)\t{rates}\n")


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_units_as_columns_with_a_carry_over_row(layout):
    """Before, a grid: no budget line, the rates checked by `rate.table` alone."""
    table = UNITS_AS_COLUMNS.format(carried="이월액\t1,300,000\t-\t1,200,000\t100,000\n",
                                    rates="40.6\t45.0\t40.0\t40.0")
    r = report(TEXT_LAYOUTS[layout](f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n{table}"))
    assert lines(r) == [
        ("계", 6_600_000, 2_680_000, 40.6, {"예산액": "5,300,000", "이월액": "1,300,000"}),
        ("건축행정 관리", 800_000, 360_000, 45.0, {"예산액": "800,000", "이월액": "-"}),
        ("공공건축물 조성", 5_200_000, 2_080_000, 40.0, {"예산액": "4,000,000", "이월액": "1,200,000"}),
        ("빈집 정비", 600_000, 240_000, 40.0, {"예산액": "500,000", "이월액": "100,000"})]
    assert run_checks(r) == []


def test_units_as_columns_without_a_carry_over():
    table = UNITS_AS_COLUMNS.format(carried="", rates="50.6\t45.0\t52.0\t48.0")
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n{table}")
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.funding_source) for b in r.budget] == [
        ("계", 5_300_000, 2_680_000, None), ("건축행정 관리", 800_000, 360_000, None),
        ("공공건축물 조성", 4_000_000, 2_080_000, None), ("빈집 정비", 500_000, 240_000, None)]
    assert run_checks(r) == []
    # a 계 off its columns' sum is found as a 단위사업 table's
    wrong = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n{table.replace('5,300,000', '5,400,000')}")
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(wrong)] == [
        ("sum.budget", "계", "예산액", "5,300,000천원", "5,400,000천원")]  # its rate is right by the lines' sum


@pytest.mark.parametrize("periods", ["1분기\t2분기\t3분기", "2023년\t2024년\t2025년"])
def test_periods_as_columns_stay_a_grid(periods):
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n구 분\t{periods}\n예산액\t100\t200\t300\n"
               "집행액\t50\t100\t150\n")
    assert r.budget == []
    assert [t.rows[0][1:] for t in r.tables] == [periods.split("\t")]


@pytest.mark.parametrize("ruling", ["grid", "none"])
def test_units_as_columns_in_a_pdf(tmp_path, ruling):
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    table = UNITS_AS_COLUMNS.format(carried="이월액\t1,300,000\t-\t1,200,000\t100,000\n",
                                    rates="40.6\t45.0\t40.0\t40.0")
    source.write_text(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n{table}", encoding="utf-8")
    make_pdfs().render(source, target, ruling)
    r = extract_file(target)
    assert [(b.name, b.budget_krw // 1_000) for b in r.budget] == [
        ("계", 6_600_000), ("건축행정 관리", 800_000), ("공공건축물 조성", 5_200_000), ("빈집 정비", 600_000)]
    assert run_checks(r) == []



def test_without_a_rate_or_a_remaining_spending_above_the_budget_alone_tells_the_sum():
    """No 집행률 nor 잔액, but the 계 and 공공건축물 조성 spent more than their 예산액 alone and within the sum with
    the carry-over: what was spent was budgeted, so the sum is the budget. Before, the 예산액 was, below the
    spending."""
    rows = ("계\t5,300,000\t1,300,000\t5,360,000\n건축행정 관리\t800,000\t-\t360,000\n"
            "공공건축물 조성\t4,000,000\t1,200,000\t4,500,000\n빈집 정비\t500,000\t100,000\t500,000\n")
    r = report(f"{COVER}Ⅰ. 일반현황\n5. 예산현황\n(단위: 천원)\n단위사업\t예산액\t이월액\t집행액\n{rows}")
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.other_columns) for b in r.budget] == [
        ("계", 6_600_000, 5_360_000, {"예산액": "5,300,000", "이월액": "1,300,000"}),
        ("건축행정 관리", 800_000, 360_000, {"예산액": "800,000", "이월액": "-"}),
        ("공공건축물 조성", 5_200_000, 4_500_000, {"예산액": "4,000,000", "이월액": "1,200,000"}),
        ("빈집 정비", 600_000, 500_000, {"예산액": "500,000", "이월액": "100,000"})]
    assert run_checks(r) == []


@pytest.mark.parametrize("header, rows, expected", [
    # the total right after the carry-over, a line's 계 wrong, no rate to tell: before, the 계 row's 계
    ("단위사업\t예산액\t이월액\t계\t집행액",
     "계\t5,300,000\t1,200,000\t6,500,000\t2,600,000\n건축행정 관리\t800,000\t-\t810,000\t360,000\n"
     "공공건축물 조성\t4,000,000\t1,200,000\t5,200,000\t2,080,000\n빈집 정비\t500,000\t-\t500,000\t160,000\n",
     ("sum.funding", "건축행정 관리", "예산액", "800,000천원", "810,000천원")),
    # the budget as it stands before its parts, a 본예산 wrong: before, the 계 row's 본예산
    ("단위사업\t예산현액\t본예산\t이월액\t예비비\t집행액\t집행률(%)",
     "계\t6,550,000\t5,300,000\t1,200,000\t50,000\t2,620,000\t40.0\n"
     "건축행정 관리\t850,000\t780,000\t-\t50,000\t380,000\t44.7\n"
     "공공건축물 조성\t5,200,000\t4,000,000\t1,200,000\t-\t2,080,000\t40.0\n"
     "빈집 정비\t500,000\t500,000\t-\t-\t160,000\t32.0\n",
     ("sum.funding", "건축행정 관리", "본예산", "800,000천원", "780,000천원")),
], ids=["total after", "total before"])
def test_the_budget_as_it_stands_is_the_sum_of_its_parts_line_by_line(header, rows, expected):
    r = report(COVER + "# Ⅰ. 일반현황\n\n## 4. 예산현황\n\n(단위: 천원)\n\n" + header + "\n" + rows)
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [expected]
