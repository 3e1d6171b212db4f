"""rate.item: a rate an item states beside the two figures it is of (`검진 3,200명 (목표 4,000명 대비 80.0%)`,
`징수 9,500백만원 / 부과 10,000백만원 (95.0%)`, `집행률 45.3% (453/1,000백만원)`) is the one ÷ the other × 100 at its
printed precision; before, not checked, so a wrong `81.0%` was no finding. A change rate or a 대비 of other figures
is not taken. A line of the general part outside its tables is checked alike (before, only a project's items)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n보 건 소\n\n"
         "Ⅱ. 주요업무 추진실적\n\n① 국가 암검진 사업 (건강증진팀)\n\n□ 추진실적\n\n")


def found(*items: str) -> list[tuple]:
    text = COVER + "".join(f"{item}\n" for item in items)
    report = extract_report(read_text("t.txt", text.encode()))
    return [(f.rule, f.severity, f.expected, f.actual, f.source.line) for f in run_checks(report)]


def line_of(item: str, *items: str) -> int:
    return (COVER + "".join(f"{i}\n" for i in items)).splitlines().index(item) + 1


RIGHT = ["○ 검진 3,200명 (목표 4,000명 대비 80.0%)", "○ 검진 3,200명(목표 4,000명 대비 80%)",
         "○ 세외수입 징수 9,500백만원 / 부과 10,000백만원 (95.0%)", "- 징수 9,500백만원/부과 10,000백만원(95%)",
         "○ 집행률 45.3% (453/1,000백만원)", "○ 예산 집행률: 45.3%(453 / 1,000백만원)",
         "○ 접종 1,234명 (대상 5,000명 대비 24.68%)", "○ 현원 37명 / 정원 39명 (94.9%)",
         "○ 징수 9,500 / 부과 10,000백만원 (95.0%)",
         # money rounded to its unit, the rate of the figures before (45,300,000 of 100,000,000원): within half of it
         "○ 집행률 45.3% (45/100백만원)", "○ 집행 45백만원 / 예산 100백만원 (45.3%)",
         "○ 징수 9백만원 / 부과 12백만원 (78.0%)"]


@pytest.mark.parametrize("item", RIGHT)
def test_a_right_rate_gives_none(item):
    assert found("○ 사업개요", item) == []


@pytest.mark.parametrize(("item", "wrong", "expected", "actual"), [
    ("○ 검진 3,200명 (목표 4,000명 대비 80.0%)", "80.0", "80.0", "81.0"),
    ("○ 검진 3,200명(목표 4,000명 대비 80%)", "80%", "80", "78"),
    ("○ 세외수입 징수 9,500백만원 / 부과 10,000백만원 (95.0%)", "95.0", "95.0", "59.0"),
    ("○ 집행률 45.3% (453/1,000백만원)", "45.3", "45.3", "54.3"),
    ("○ 접종 1,234명 (대상 5,000명 대비 24.68%)", "24.68", "24.68", "24.86"),
    ("○ 현원 37명 / 정원 39명 (94.9%)", "94.9", "94.9", "95.9"),
    ("○ 집행 45백만원 / 예산 100백만원 (45.0%)", "45.0", "45.0", "46.0"),  # beyond any rounding of its figures
])
def test_a_wrong_rate_is_a_warning_on_its_line(item, wrong, expected, actual):
    printed = item.replace(wrong, wrong.replace(expected, actual))
    items = ("○ 사업개요", printed)
    assert found(*items) == [("rate.item", "warning", expected, actual, line_of(printed, *items))]


def test_the_finding_says_what_the_rate_is_of():
    report = extract_report(read_text("t.txt", (COVER + "○ 검진 3,200명 (목표 4,000명 대비 81.0%)\n").encode()))
    (finding,) = run_checks(report)
    assert (finding.table, finding.row) == ("Ⅱ 주요업무 추진실적 1. 국가 암검진 사업",
                                            "검진 3,200명 (목표 4,000명 대비 81.0%)")
    assert finding.message == ("'검진 3,200명 (목표 4,000명 대비 81.0%)'의 81.0%가 3,200명 ÷ 4,000명 × 100과 맞지 "
                               "않습니다 (계산 80.0%)")


@pytest.mark.parametrize("item", [
    "○ 검진 3,200명 (전년 2,900명 대비 6.7% 증가)",  # a change rate
    "○ 검진 3,200명 (전년 2,900명 대비 95.0%)",  # a 대비 of a figure named no target
    "○ 민원 처리 증가율 12.0% (1,120/1,000건)",  # a change rate named
    "○ 징수 9,500백만원 / 부과 10,000천원 (95.0%)",  # two units
    "○ 1/4분기 실적 (25.0%)",  # a quarter, no figures
    "○ 예산 집행: 1/4분기 (23.5%), 2/4분기 (48.2%)",  # quarters and their rates, no fractions
    "○ 공정률 45% (2/4분기)",
    "○ 집행률 80% (6/30 기준)",  # dates
    "○ 집행률 45.3% (5/31 현재)",
    "○ 징수율 45.3% (6/30까지)",
    "○ 추진 현황: 완료 12개소 / 추진중 8개소 (60%)",  # two parts of a whole, the first's share of both
    "○ 참여자 남 120명 / 여 80명 (60%)",
    "○ 집행 1억 5,000만원 / 2억 5,000만원 (60.0%)",  # amounts written out: `5,000만원` is none of its own
    "○ 검진 3,200명 (목표 4,000명 대비 80.0%) 및 만족도 92.1%",  # a rate of nothing printed beside it
])
def test_rates_of_other_figures_are_not_taken(item):
    assert found("○ 사업개요", item) == []


# --- the general part's lines ------------------------------------------------------------------------------

GENERAL = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 세 무 과\n\n"
           "# Ⅰ. 일반현황\n\n## 1. 조 직\n\n○ 4개팀\n\n## 2. 주요 현황\n\n□ 세외수입 징수\n\n{}\n\n"
           "# Ⅱ. 주요업무 추진실적\n\n## ① 체납 정리 (징수팀)\n\n□ 추진실적\n\n○ 체납 정리 : 연중\n")
GENERAL_LINES = ["○ 세외수입 징수 9,500백만원 / 부과 10,000백만원 (59.0%)",
                 "  - 체납 정리 1,234건 (목표 5,000건 대비 24.86%)",
                 "※ 집행률 45.3% (543/1,000백만원)",
                 "○ 현원 37명 / 정원 39명 (94.9%)"]  # right


def general_findings(report) -> list[tuple]:
    return [(f.rule, f.table, f.row, f.expected, f.actual) for f in run_checks(report) if f.rule == "rate.item"]


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "space-aligned", "without-blank-lines",
                                    "pandoc-escaped", "pdf grid"])
def test_a_rate_the_general_part_states_is_checked_in_every_layout(layout, tmp_path):
    """Before, only a project's items were: the general part's wrong rates were no finding."""
    report = read_laid_out(GENERAL.format("\n\n".join(GENERAL_LINES)), layout, tmp_path)
    assert sorted(general_findings(report)) == [
        ("rate.item", "Ⅰ 일반현황", "세외수입 징수 9,500백만원 / 부과 10,000백만원 (59.0%)", "95.0", "59.0"),
        ("rate.item", "Ⅰ 일반현황", "집행률 45.3% (543/1,000백만원)", "54.3", "45.3"),
        ("rate.item", "Ⅰ 일반현황", "체납 정리 1,234건 (목표 5,000건 대비 24.86%)", "24.68", "24.86")]


def test_a_general_parts_finding_is_on_its_line():
    text = GENERAL.format("○ 세외수입 징수 9,500백만원 / 부과 10,000백만원 (59.0%)")
    (finding,) = [f for f in run_checks(extract_report(read_text("t.txt", text.encode()))) if f.rule == "rate.item"]
    assert finding.source.line == text.splitlines().index("○ 세외수입 징수 9,500백만원 / 부과 10,000백만원 (59.0%)") + 1


@pytest.mark.parametrize("line", [*RIGHT, "○ 세수 3,200억원 (전년 2,900억원 대비 6.7% 증가)", "○ 1/4분기 징수 (25.0%)",
                                  "○ 징수 9,500백만원 / 부과 10,000천원 (95.0%)"])
def test_a_general_parts_right_rate_or_one_of_other_figures_gives_none(line):
    text = GENERAL.format(line)
    assert general_findings(extract_report(read_text("t.txt", text.encode()))) == []
