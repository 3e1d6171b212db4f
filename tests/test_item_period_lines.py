"""A dash line printing the period alone under an item of the achievements or plans (`○ 청사 방수공사 추진` over
`- 기 간 : 4월~5월`) is the period of the item above it, which it is a field of: before, the item had no months and
the line, an item of its own, held them. The line keeps its text (search finds it) but not the months, counted
once, as a line printing the money alone gives the item its amount. Under the overview such a line stays the
project's field (`○ 사업명 : …` over `- 기 간 : …`)."""

import pytest

from tests.layouts import read_laid_out

HEAD = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
        "Ⅱ. 주요업무 추진실적\n\n① 청사 시설 개선 (청사관리팀)\n\n청사 시설을 개선하고자 함\n\n")
REPORT = HEAD + (
    "## □ 사업개요\n\n○ 사업명 : 청사 시설 개선\n\n- 기 간 : 2025. 1. ~ 12.\n\n"
    "## □ 예산현황\n\n(단위 : 천원)\n\n구 분\t예산액\t집행액\n구비\t120,000\t45,000\n\n"
    "## □ 추진실적\n\n○ 청사 방수공사 추진\n\n- 기 간 : 4월~5월\n\n- 사업비 : 19,558천원(구비)\n\n"
    "○ 청렴 교육 실시\n\n- 1차 : 4월\n\n- 2차 : 9월\n\n"
    "○ 구민 토론회 개최\n\n- 일 시 : 6. 12.(목)\n\n"
    "○ 별관 대강당 영상시설 조달구매: 3월\n\n- 기간 : 2025. 4. ~ 5.\n\n"
    "## □ 향후계획\n\n○ 시설 안전점검\n\n- 추진기간 : 연중\n\n"
    "○ 주민 설명회 개최\n\n- 일 시 : 9. 3.(수) 14:00\n")
YEAR = [f"2025-{month:02d}" for month in range(1, 13)]


def _items(items):
    return [(item.text, item.months, _items(item.children)) for item in items]


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "space-aligned", "space-aligned-without-markdown",
                                    "without-blank-lines", "pipe-tables"])
def test_a_period_line_is_the_period_of_the_item_above_it(layout, tmp_path):
    [project] = read_laid_out(REPORT, layout, tmp_path).projects
    assert _items(project.items) == [
        # the overview's line stays the project's field
        ("사업명 : 청사 시설 개선", None, [("기 간 : 2025. 1. ~ 12.", YEAR, [])]),
        ("청사 방수공사 추진", ["2025-04", "2025-05"], [("기 간 : 4월~5월", None, []),
                                                   ("사업비 : 19,558천원(구비)", None, [])]),
        # two periods below: the item's steps, each its own
        ("청렴 교육 실시", None, [("1차 : 4월", ["2025-04"], []), ("2차 : 9월", ["2025-09"], [])]),
        ("구민 토론회 개최", ["2025-06"], [("일 시 : 6. 12.(목)", None, [])]),
        # an item printing its own period keeps it, and the line its own
        ("별관 대강당 영상시설 조달구매: 3월", ["2025-03"], [("기간 : 2025. 4. ~ 5.", ["2025-04", "2025-05"], [])]),
        ("시설 안전점검", YEAR, [("추진기간 : 연중", None, [])]),
        # a line printing an hour too is no period alone: it stays the line's
        ("주민 설명회 개최", None, [("일 시 : 9. 3.(수) 14:00", ["2025-09"], [])])]
    [item] = [item for item in project.items if item.text == "청사 방수공사 추진"]
    assert (item.start_month, item.end_month, item.year, item.end_year, item.amount_krw) == (4, 5, 2025, None,
                                                                                            19_558_000)
    assert [(line.name, line.budget_krw) for line in project.budget_lines] == [("구비", 120_000_000)]


def test_a_period_line_under_an_item_of_a_halfs_part(tmp_path):
    """Under `□ 하반기 추진계획` an item printing no months has the part's (7–12), but a line under it printing its
    date alone is closer: the item's (9 of `일 시 : 9. 3.(수)`); one printing its half itself keeps it."""
    report = HEAD + ("□ 하반기 추진계획\n\n○ 주민 설명회 개최\n\n- 일 시 : 9. 3.(수)\n\n- 장 소 : 구청 대강당\n\n"
                     "○ 하반기 캠페인 추진\n\n- 기 간 : 10월~11월\n\n○ 청사 점검\n\n- 대 상 : 본관\n")
    [project] = read_laid_out(report, "tab", tmp_path).projects
    half = [f"2025-{month:02d}" for month in range(7, 13)]
    assert _items(project.items) == [
        ("주민 설명회 개최", ["2025-09"], [("일 시 : 9. 3.(수)", None, []), ("장 소 : 구청 대강당", half, [])]),
        ("하반기 캠페인 추진", half, [("기 간 : 10월~11월", ["2025-10", "2025-11"], [])]),
        ("청사 점검", half, [("대 상 : 본관", half, [])])]


def test_a_nested_markdown_line_under_an_item(tmp_path):
    """As the real report's converter prints its lists: `- item` over `  - 기간 : …`, at any depth."""
    report = HEAD + ("## □ 주요 추진실적\n\n- 노후 시설 개선을 통한 쾌적한 청사 환경 조성\n"
                     "  - 우리은행 건물 옥상 방수공사\n    - 공사기간 : 2025. 4. ~ 5.\n"
                     "    - 사업비 : 19,558천원(구비)\n  - 별관 대강당 영상시설 조달구매: 4월 / 95,700천원\n")
    [project] = read_laid_out(report, "tab", tmp_path).projects
    assert _items(project.items) == [
        ("노후 시설 개선을 통한 쾌적한 청사 환경 조성", None, [
            ("우리은행 건물 옥상 방수공사", ["2025-04", "2025-05"], [("공사기간 : 2025. 4. ~ 5.", None, []),
                                                               ("사업비 : 19,558천원(구비)", None, [])]),
            ("별관 대강당 영상시설 조달구매: 4월 / 95,700천원", ["2025-04"], [])])]
