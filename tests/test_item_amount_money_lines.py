"""A dash line printing the money alone under an item of the achievements or plans (`○ 청사 방수공사 추진` over
`- 사업비 : 19,558천원(구비)`) is the amount of the item above it, which it is a field of: before, the item had none
and the line, an item of its own, held it. The line keeps its text (search finds it) but not the amount, counted
once. Under the overview such a line is the project's: `- 예산 : …` under `○ 기 간 : …` is the budget its text
states (before, only a top-level `○ 예산 : …` was)."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

HEAD = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
        "Ⅱ. 주요업무 추진실적\n\n① 청사 시설 개선 (청사관리팀)\n\n청사 시설을 개선하고자 함\n\n")
SHARES = "총사업비 : 1,200,000천원 (기투자 400,000, 2026년 300,000, 향후 400,000)"
REPORT = HEAD + (
    "□ 사업개요\n\n○ 기 간 : 2025. 1월 ~ 12월\n\n- 예산 : 2,698,307천원(구비)\n\n"
    "□ 추진실적\n\n○ 별관 대강당 영상시설 조달구매: 4월\n\n- 사업비 : 95,700천원(구비)\n\n"
    "○ 청사 방수공사 추진\n\n- 기 간 : 4월~5월\n\n- 공사비 19,558천원\n\n"
    "○ 보건소 냉난방기 설치\n\n- 국비 : 20,000천원\n\n- 구비 : 25,850천원\n\n"
    "○ 전화업무용 방음부스 조성: 4월 / 26,400천원\n\n- 사업비 : 26,400천원(구비)\n\n"
    "□ 향후계획\n\n○ 본관 외벽타일 보수: 6월\n\n- 소요예산 : 30,000천원\n\n"
    f"○ 별관 증축 추진\n\n- {SHARES}\n")


def _items(items):
    return [(item.text, item.amount_krw, _items(item.children)) for item in items]


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "without-markdown", "space-aligned", "pdf grid"])
def test_a_money_line_is_the_amount_of_the_item_above_it(layout, tmp_path):
    report = read_laid_out(REPORT, layout, tmp_path)
    [project] = report.projects
    assert _items(project.items) == [
        ("기 간 : 2025. 1월 ~ 12월", None, [("예산 : 2,698,307천원(구비)", 2_698_307_000, [])]),
        ("별관 대강당 영상시설 조달구매: 4월", 95_700_000, [("사업비 : 95,700천원(구비)", None, [])]),
        ("청사 방수공사 추진", 19_558_000, [("기 간 : 4월~5월", None, []), ("공사비 19,558천원", None, [])]),
        # two amounts below: the item's parts, each its own
        ("보건소 냉난방기 설치", None, [("국비 : 20,000천원", 20_000_000, []), ("구비 : 25,850천원", 25_850_000, [])]),
        # an item printing its own amount keeps it, and the line its own
        ("전화업무용 방음부스 조성: 4월 / 26,400천원", 26_400_000, [("사업비 : 26,400천원(구비)", 26_400_000, [])]),
        ("본관 외벽타일 보수: 6월", 30_000_000, [("소요예산 : 30,000천원", None, [])]),
        # a total with its years' shares stays the line's, which sum.project_cost checks
        ("별관 증축 추진", None, [(SHARES, 1_200_000_000, [])])]
    # the shares miss the total by 100,000천원: found on the line that prints them
    assert [(finding.rule, finding.row, finding.expected) for finding in run_checks(report)
            if finding.rule == "sum.project_cost"] == [("sum.project_cost", "총사업비", "1,100,000천원")]
    # the overview's line is the project's budget, as its text states it
    assert [(line.name, line.budget_krw, line.funding_source) for line in project.budget_lines] == [
        ("구비", 2_698_307_000, "구비")]


def test_a_money_line_of_the_part_itself_stays_an_item_of_its_own(tmp_path):
    """`- 사업비 : …` right under `□ 추진실적`, under no item: an item of its own with its amount, as before (a
    `사업비` may be over years: not the year's budget)."""
    report = HEAD + ("□ 추진실적\n\n- 사업비 : 2,698,307천원(구비)\n\n- 별관 대강당 영상시설 조달구매: 4월\n\n"
                     "- 사업비 : 95,700천원(구비)\n")
    [project] = read_laid_out(report, "tab", tmp_path).projects
    assert _items(project.items) == [
        ("사업비 : 2,698,307천원(구비)", 2_698_307_000, []),
        ("별관 대강당 영상시설 조달구매: 4월", None, []),
        ("사업비 : 95,700천원(구비)", 95_700_000, [])]
    assert project.budget_lines == []


def test_a_nested_markdown_line_under_an_item(tmp_path):
    """As the real report's converter prints its lists: `- item` over `  - 사업비 : …`."""
    report = HEAD + ("## □ 주요 추진실적\n\n- 노후 시설 개선을 통한 쾌적한 청사 환경 조성\n"
                     "  - 우리은행 건물 옥상 방수공사: 4월~5월\n    - 사업비 : 19,558천원(구비)\n"
                     "  - 별관 대강당 영상시설 조달구매: 4월 / 95,700천원\n")
    [project] = read_laid_out(report, "tab", tmp_path).projects
    assert _items(project.items) == [
        ("노후 시설 개선을 통한 쾌적한 청사 환경 조성", None, [
            ("우리은행 건물 옥상 방수공사: 4월~5월", 19_558_000, [("사업비 : 19,558천원(구비)", None, [])]),
            ("별관 대강당 영상시설 조달구매: 4월 / 95,700천원", 95_700_000, [])])]


def test_a_line_of_an_expense_or_a_share_is_the_amount_of_the_item_above_it(tmp_path):
    # before, `인건비` and `구 부담금` named no money: the lines kept their amounts (or none, without a colon)
    report = HEAD + ("□ 추진실적\n\n○ 청사 방호 인력 운영\n\n- 인건비 12,000천원\n\n"
                     "○ 민원실 환경 개선\n\n- 구 부담금 : 3,000천원\n\n"
                     "○ 청사 승강기 교체\n\n- 국 보조금 : 5,000천원\n\n- 구 부담금 : 3,000천원\n\n"
                     "○ 청사 안내 책자 제작\n\n- 홍보비 3,500천원\n\n"
                     "○ 청사 공간 재배치 연구\n\n- 연구용역비 30,000천원(구비)\n")
    [project] = read_laid_out(report, "tab", tmp_path).projects
    assert _items(project.items) == [
        ("청사 방호 인력 운영", 12_000_000, [("인건비 12,000천원", None, [])]),
        ("민원실 환경 개선", 3_000_000, [("구 부담금 : 3,000천원", None, [])]),
        # two shares below: the item's parts, each its own
        ("청사 승강기 교체", None,
         [("국 보조금 : 5,000천원", 5_000_000, []), ("구 부담금 : 3,000천원", 3_000_000, [])]),
        # before, `홍보비` and `연구용역비` named no money either
        ("청사 안내 책자 제작", 3_500_000, [("홍보비 3,500천원", None, [])]),
        ("청사 공간 재배치 연구", 30_000_000, [("연구용역비 30,000천원(구비)", None, [])])]
