"""A line break pandoc or markitdown prints as HTML inside a markdown table's cell or a line (`<br>`, `<br/>`,
`<br />`). In a cell it joins the cell's lines as a wrapped cell's are (`시비<br>(보조)`: `시비 (보조)`, the 시비 line
with its note); in a line it is a new line, so that an item printed after it (`<br>- 냉난방기 교체 포함`) is the
nested item it is, and a heading's next line goes on its title (`## 1. 주요업무<br>추진실적`). Before, the
bullet's item ran into its text, whose amount was then not read, and a source's line with its note in brackets had
no source."""

import pytest

from extractors import extract_report
from pipeline.document import Bullet, Paragraph, Table
from pipeline.read_text import read_text

REPORT = ("제318회 미르구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 25.\n\n# 2024년 주요업무보고\n\n## 자 치 행 정 과\n\n"
          "# Ⅰ. 일반현황\n\n## 2. 인 력\n\n(단위: 명)\n\n| 구 분 | 계 | 5급 | 6급 | 비 고 |\n|---|---|---|---|---|\n"
          "| 정 원 | 6 | 1 | 5 | |\n| 현 원 | 6 | 1 | 5 | 육아휴직 1<br>병가 1 |\n\n"
          "# Ⅱ. 주요업무 추진실적\n\n## 1. 동 주민센터 환경 개선 (자치행정팀)\n\n### □ 추진실적\n\n"
          "- 노후 청사 보수(3개동): 3월~5월 / 210,000천원<br>- 냉난방기 교체 포함\n- 민원실 키오스크 설치: 4월\n\n"
          "### □ 예산현황\n\n(단위: 천원)\n\n| 구 분 | 예산액 | 집행액 | 집행률(%) |\n|---|---|---|---|\n"
          "| 계 | 1,850,000 | 712,500 | 38.5 |\n| 시비<br>(보조) | 850,000 | 312,500 | 36.8 |\n"
          "| 구비 | 1,000,000 | 400,000 | 40.0 |\n")


def report(text: str):
    return extract_report(read_text("t.md", text.encode()))


def items(r):
    def walk(items, depth=0):
        for item in items:
            yield depth, item.text, item.amount_krw
            yield from walk(item.children, depth + 1)
    return [line for project in r.projects for line in walk(project.items)]


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />", "<BR>"])
def test_an_item_after_a_line_break_is_the_bullets_nested_item(br):
    r = report(REPORT.replace("<br>", br))
    assert items(r) == [(0, "노후 청사 보수(3개동): 3월~5월 / 210,000천원", 210_000_000),
                        (1, "냉난방기 교체 포함", None), (0, "민원실 키오스크 설치: 4월", None)]


def test_a_source_wrapped_over_its_note_in_a_cell_is_the_sources_line():
    [project] = report(REPORT).projects
    assert [(b.name, b.funding_source, b.budget_krw) for b in project.budget_lines] == [
        ("계", None, 1_850_000_000), ("시비 (보조)", "시비", 850_000_000), ("구비", "구비", 1_000_000_000)]


def test_a_source_with_its_note_on_one_line_is_that_sources_too():
    [project] = report(REPORT.replace("시비<br>(보조)", "시비(보조)")).projects
    assert [(b.name, b.funding_source) for b in project.budget_lines][1] == ("시비(보조)", "시비")


def test_a_cells_lines_are_joined_with_a_space():
    [staffing] = [b for b in read_text("t.md", REPORT.encode()).blocks if isinstance(b, Table)][:1]
    assert staffing.rows[2] == ("현 원", "6", "1", "5", "육아휴직 1 병가 1")


def test_a_plain_line_after_a_line_break_goes_on_the_items_text():
    r = report(REPORT.replace("<br>- 냉난방기 교체 포함", "<br>(냉난방기 교체 포함)"))
    assert items(r)[0] == (0, "노후 청사 보수(3개동): 3월~5월 / 210,000천원 (냉난방기 교체 포함)", None)


def test_an_item_after_a_line_break_in_a_paragraph_is_a_bullet_below_it():
    text = "청사 환경을 개선하고자 함<br>- 노후 청사 보수: 3월~5월 / 210,000천원<br/>- 냉난방기 교체\n"
    assert read_text("t.md", text.encode()).blocks == [
        Paragraph("청사 환경을 개선하고자 함", 1), Bullet("노후 청사 보수: 3월~5월 / 210,000천원", 0, "-", 1),
        Bullet("냉난방기 교체", 0, "-", 1)]


VEHICLES = ("# Ⅰ. 일반현황\n\n### □ 공용차량 현황<br>(총 12대)\n\n| 구 분 | 계 | 승용 | 승합 |\n|---|---|---|---|\n"
            "| 대 수 | 12 | 5 | 7 |\n\n")


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<BR />"])
def test_a_headings_line_break_goes_on_its_title(br):
    """`## 1. 주요업무<br>추진실적` is one title, its lines joined by a space, as a title wrapped onto a line is."""
    (heading,) = read_text("t.md", f"## 1. 주요업무{br}추진실적\n".encode()).blocks
    assert (heading.text, heading.level, heading.marker) == ("1. 주요업무 추진실적", 2, "")


def test_a_count_after_a_headings_line_break_is_the_fleets_total():
    """`### □ 공용차량 현황<br>(총 12대)` reads as `□ 공용차량 현황 (총 12대)` on one line: the fleet's total."""
    (fleet,) = report(REPORT.replace("# Ⅰ. 일반현황\n\n", VEHICLES)).vehicles
    assert (fleet.caption, fleet.printed_total, [(c.category, c.kind, c.count) for c in fleet.counts]) == (
        "공용차량 현황 (총 12대)", 12, [("계", "계", 12), ("공용차량현황", "승용", 5), ("공용차량현황", "승합", 7)])


def test_a_unit_after_a_headings_line_break_is_the_tables_unit():
    """`### □ 예산현황<br>(단위: 천원)` over the budget: its amounts are in thousands of won, as with the unit on a
    line of its own."""
    [project] = report(REPORT.replace("### □ 예산현황\n\n(단위: 천원)", "### □ 예산현황<br>(단위: 천원)")).projects
    assert [(b.name, b.budget_krw) for b in project.budget_lines] == [
        ("계", 1_850_000_000), ("시비 (보조)", 850_000_000), ("구비", 1_000_000_000)]


def test_an_item_after_a_headings_line_break_is_an_item_below_it():
    """`### □ 추진실적<br>- 노후 청사 보수(3개동): …` is the heading and its first item, as on lines of their own.
    Before, the item ran into the heading's title: the project had one item, the 키오스크's."""
    text = REPORT.replace("### □ 추진실적\n\n- 노후 청사 보수(3개동): 3월~5월 / 210,000천원<br>- 냉난방기 교체 포함\n",
                          "### □ 추진실적<br>- 노후 청사 보수(3개동): 3월~5월 / 210,000천원\n")
    assert items(report(text)) == [(0, "노후 청사 보수(3개동): 3월~5월 / 210,000천원", 210_000_000),
                                   (0, "민원실 키오스크 설치: 4월", None)]
