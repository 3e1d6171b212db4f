"""Two departments' reports in converter styles not held before, read against their text line by line (branch hunt57):
- `2023-hanbit-gongwon.txt` (공원녹지과 2023, LibreOffice's "save as text" of a .docx: a paragraph a line, each table
  a cell a line, Word's list labels followed by a tab, `•<tab>` for its first level's bullet, `o<tab>` (Courier New)
  for its second, `<tab>` (Wingdings) for its third, `1.<tab>` for its numbering): a staffing header of two rows,
  공원 현황 with group labels merged down (`도시공원` over `소 계 | 근린공원 | …`) in 개소 and m², 수목 식재 counts in
  주, 도시숲 areas in 천m² beside 사업비 in 백만원, an amount `16억 2,520만원`.
- `2022-hanbit-jaenan.md` (재난안전과 2022, marker's markdown of an HWP PDF: `<span id="page-1-0"></span>` in
  headings, bold headings and cells, the PDF's own `○` after each list's `- `, `$\\triangle$1`, `집행률<br>(%)`, and
  `--paginate_output`'s `{3}------…` between pages): 민방위 대원 by 직장/지역, a winter period `11. 15. ~ 익년 3. 15.`,
  an amount `32억 1,000만원`.
What they read wrong before: Word's second-level `o<tab>대상: …` (a tab table of one row, `o | 대상: …`, the item
lost), marker's `- ○ 기 간: …` (each item's text starting `○ `), `{3}------…` (an item of the project above it),
and `11. 15. ~ 익년 3. 15.` (March of the report's year, `[3월, 11~12월]`); in their PDFs (`tests/pdf_styles.py`),
Word's `o 대상: …` alone under a bullet (run into the bullet's text, or an item `o 대상: …`), and `2. 인 력`
(LibreOffice's `2.<tab>인 력`, a table of one row the PDF drew centred: an item nested under the bullet above, its
number lost).
Neither report has a finding; each planted error is found on its cell."""

import functools
from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.document import Bullet
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.conftest import every_item
from tests.pdf_styles import STYLES, rendered
from tests.test_pdf_parity_styles import _findings, _records

REPORTS = Path(__file__).parent / "department_reports"
PARKS, DISASTER = "2023-hanbit-gongwon.txt", "2022-hanbit-jaenan.md"


@functools.cache
def report(name: str):
    return extract_file(REPORTS / name)


def planted(name: str, old: str, new: str) -> list[tuple]:
    """The findings of the report with one printed figure changed."""
    data = (REPORTS / name).read_bytes()
    assert data.count(old.encode()) == 1
    changed = extract_file(REPORTS / name, data.replace(old.encode(), new.encode()))
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(changed)]


def items(project) -> list[tuple]:
    """Each item's text, depth, months (their years where another's) and amount, in order, nested ones too."""
    return [(item.text, item.depth, item.start_month, item.end_month, item.end_year, item.amount_krw)
            for item in every_item(project.items)]


def staffing(found, status: str) -> list[tuple]:
    return [(s.job_class, s.grade, s.headcount) for s in found.staffing if s.status == status]


def budget(lines) -> list[tuple]:
    return [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.rate_text) for b in lines]


@pytest.mark.parametrize("name", [PARKS, DISASTER])
def test_the_reports_give_no_finding(name):
    assert run_checks(report(name)) == []


def test_a_parks_departments_cover_staffing_fleet_and_budget():
    parks = report(PARKS)
    document = parks.document
    assert (document.council, document.department, document.year, document.team_count) == (
        "한빛구의회", "공원녹지과", 2023, 4)
    assert (document.session_start, document.session_end) == (date(2023, 6, 13), date(2023, 6, 28))
    assert staffing(parks, "정원") == [
        ("계", "계", 24), ("일반직", "5급", 1), ("일반직", "6급", 4), ("일반직", "7급", 7), ("일반직", "8급", 6),
        ("일반직", "9급", 3), ("공무직", "계", 3)]
    assert staffing(parks, "과부족") == [
        ("계", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -1), ("일반직", "8급", -1),
        ("일반직", "9급", 0), ("공무직", "계", 0)]
    assert {s.as_of for s in parks.staffing} == {date(2023, 5, 31)}
    [fleet] = parks.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 6), ("승용", 1), ("승합", 1), ("화물", 3), ("특수", 1)]
    assert budget(parks.budget) == [
        ("계", 12_845_600, 4_210_350, "32.8"), ("공원 조성 및 관리", 7_520_000, 2_630_200, "35.0"),
        ("녹지 조성 및 관리", 3_180_400, 985_150, "31.0"), ("도시숲 조성", 1_625_200, 412_600, "25.4"),
        ("기본경비", 520_000, 182_400, "35.1")]
    assert {b.as_of for b in parks.budget} == {date(2023, 5, 31)}


def test_a_parks_departments_tables_of_parks_trees_and_forests():
    parks, trees, forests = report(PARKS).tables
    assert (parks.caption, parks.unit, parks.as_of) == ("4. 공원 현황", "개소, m²", date(2023, 5, 31))
    assert parks.rows == [
        ["구 분", "", "개 소", "면 적"], ["계", "", "112", "3,412,580"], ["도시공원", "소 계", "98", "2,905,380"],
        ["", "근린공원", "14", "2,310,500"], ["", "어린이공원", "62", "412,880"], ["", "소공원", "22", "182,000"],
        ["녹 지", "소 계", "14", "507,200"], ["", "완충녹지", "9", "398,700"], ["", "경관녹지", "5", "108,500"]]
    assert (trees.caption, trees.unit, trees.project_seq) == ("수목 식재 실적", "주", 2)
    assert trees.rows[1:] == [["계", "48,620", "3,120", "45,500"], ["가로수", "1,240", "1,240", "-"],
                              ["공 원", "32,880", "1,380", "31,500"], ["녹 지", "14,500", "500", "14,000"]]
    assert (forests.unit, forests.project_seq) == ("천m², 백만원", 3)
    assert forests.rows == [["구 분", "면 적(천m²)", "사업비"], ["계", "12.5", "1,625"], ["한빛천변", "6.2", "806"],
                            ["새솔공원 주변", "3.8", "494"], ["나래녹지", "2.5", "325"]]


def test_a_parks_departments_projects_with_words_second_level_bullets_nested():
    first, second, third = report(PARKS).projects
    assert [(p.seq, p.title, p.team, p.continuity) for p in (first, second, third)] == [
        (1, "생활권 공원 조성", "공원조성팀", None), (2, "가로수 및 녹지 관리", "녹지관리팀", "계속"),
        (3, "도시숲 조성", "녹지관리팀", None)]
    assert first.purpose.startswith("노후 공원을 이용자 중심으로")
    assert items(first) == [
        ("기 간: 2023. 1. ~ 12.", 0, 1, 12, None, None), ("대 상: 한빛어린이공원 등 5개소", 0, None, None, None, None),
        ("사업비: 1,850,000천원(시비 900,000, 구비 950,000)", 0, None, None, None, 1_850_000_000),
        ("한빛어린이공원 리모델링 준공: 4월 / 620,000천원", 0, 4, 4, None, 620_000_000),
        ("새솔근린공원 무장애 숲길 조성 설계: 3월~5월 / 45,000천원", 0, 3, 5, None, 45_000_000),
        # `o<tab>…`: before, a tab table of one row, `o | 무장애 숲길 …`, and no item
        ("무장애 숲길 1.2km, 데크 쉼터 3개소", 1, None, None, None, None),
        ("나래어린이공원 등 3개소 착공: 7월 / 1,185,000천원", 0, 7, 7, None, 1_185_000_000),
        ("공원 이용 만족도 조사: 11월", 0, 11, 11, None, None),
        ("나래어린이공원은 ’24. 3월 준공 예정", 1, 3, 3, None, None)]
    assert [(i.text, i.depth, i.start_month, i.end_month, i.end_year, i.amount_krw) for i in second.items[2:4]] == [
        ("수목 식재 실적", 0, None, None, None, None),
        ("가로수 병해충 방제: ’23. 4월~5월, 3회 / 48,500천원", 0, 4, 5, None, 48_500_000)]
    assert [child.text for child in second.items[3].children] == ["대상: 은행나무 등 12,400주"]
    assert items(second)[-1] == ("동절기 가로수 월동 관리: 11월~익년 2월", 0, 11, 2, 2024, None)
    # three levels of Word's list: `•`, `o`, and Wingdings' `` (U+F0A7)
    assert items(third)[3:6] == [
        ("도시숲 조성 실시설계 용역: 3월~5월 / 4억 1,260만원", 0, 3, 5, None, 412_600_000),
        ("주민설명회 개최(2회) ⇒ 주민 의견 12건 반영", 1, None, None, None, None),
        ("수종 변경 5건, 산책로 선형 조정 7건", 2, None, None, None, None)]
    assert items(third)[2][-1] == 1_625_200_000  # `16억 2,520만원(국비 8억, …)`
    assert [budget(p.budget_lines) for p in (first, second, third)] == [
        [("계", 1_850_000, 665_000, "35.9")], [("계", 980_000, 360_500, "36.8")],
        [("계", 1_625_200, 412_600, "25.4")]]


def test_a_disaster_departments_cover_staffing_fleet_and_budget():
    disaster = report(DISASTER)
    document = disaster.document
    assert (document.council, document.department, document.year, document.team_count) == (
        "한빛구의회", "재난안전과", 2022, 4)
    assert document.council_session == "제270회 한빛구의회 제1차 정례회"
    assert (document.session_start, document.session_end) == (date(2022, 6, 14), date(2022, 6, 28))
    assert staffing(disaster, "현원") == [
        ("계", "계", 20), ("일반직", "5급", 1), ("일반직", "6급", 5), ("일반직", "7급", 6), ("일반직", "8급", 4),
        ("일반직", "9급", 2), ("공무직", "계", 2)]
    # `$\triangle$1`, as marker prints a PDF's `△`
    assert staffing(disaster, "과부족") == [
        ("계", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", 0), ("일반직", "7급", -1), ("일반직", "8급", 0),
        ("일반직", "9급", 0), ("공무직", "계", 0)]
    [fleet] = disaster.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 6), ("승용", 1), ("승합", 2), ("화물", 2), ("특수", 1)]
    # the bold 계 row read as any other, `집행률<br>(%)` one label
    assert budget(disaster.budget) == [
        ("계", 8_452_000, 3_108_000, "36.8"), ("재난관리 체계 구축", 2_140_000, 812_000, "37.9"),
        ("민방위 운영", 1_312_000, 596_000, "45.4"), ("안전문화 확산", 4_650_000, 1_520_000, "32.7"),
        ("기본경비", 350_000, 180_000, "51.4")]
    [civil_defence] = disaster.tables
    assert (civil_defence.caption, civil_defence.unit, civil_defence.as_of) == (
        "4. 민방위 대원 편성 현황", "명", date(2022, 5, 31))
    assert civil_defence.rows == [
        ["구 분", "계", "직장 민방위대", "지역 민방위대"], ["계", "18,420", "6,380", "12,040"],
        ["대 원", "17,950", "6,210", "11,740"], ["대 장", "470", "170", "300"]]


def test_a_disaster_departments_projects_as_marker_prints_them():
    first, second, third = report(DISASTER).projects
    assert [(p.seq, p.title, p.team, p.continuity) for p in (first, second, third)] == [
        (1, "재난안전대책본부 운영", "재난관리팀", "계속"), (2, "민방위 교육훈련", "민방위팀", "계속"),
        (3, "안전문화 확산", "안전문화팀", "확대")]
    # each item's text without the PDF's `○` marker printed after its own `- `; before, `○ 기 간: …`
    assert items(first) == [
        ("기 간: 2022. 1. ~ 12.", 0, 1, 12, None, None),
        ("내 용: 자연재난·사회재난 대비 재난안전대책본부 상시 운영", 0, 1, 12, None, None),
        ("사업비: 612,000천원(구비)", 0, None, None, None, 612_000_000),
        ("여름철 자연재난 대책기간 운영: 5. 15. ~ 10. 15.", 0, 5, 10, None, None),
        ("24시간 상황관리 체계 유지, 비상근무 3회", 1, None, None, None, None),
        ("풍수해 대비 빗물받이 준설(3,200개소): 4월~5월 / 1억 2,500만원", 0, 4, 5, None, 125_000_000),
        ("재난취약시설 안전점검(52개소): 2월~4월", 0, 2, 4, None, None),
        ("풍수해 대비 비상근무 및 상황관리: 6월~10월", 0, 6, 10, None, None),
        # before, March of 2022: `[3월, 11~12월]`
        ("겨울철 자연재난 대책기간 운영: 11. 15. ~ 익년 3. 15.", 0, 11, 3, 2023, None)]
    # marker's `{3}------…` between pages is no item of the project above it
    assert [part for part in items(second) if "---" in part[0]] == []
    assert items(second)[-2:] == [("민방위 대원 보충교육: 9월~11월", 0, 9, 11, None, None),
                                  ("을지연습 연계 민방공 대피훈련: 8월", 0, 8, 8, None, None)]
    assert items(third)[2][-1] == 3_210_000_000  # `32억 1,000만원(국비 12억, …)`
    assert items(third)[6] == ("안전체험관 2관 조성 착공: 9월 / 18억원", 0, 9, 9, None, 1_800_000_000)
    assert [budget(p.budget_lines) for p in (first, second, third)] == [
        [("구비", 612_000, 248_300, "40.6")], [("시비", 312_000, 148_250, "47.5")],
        [("계", 3_210_000, 1_105_400, "34.4")]]


@pytest.mark.parametrize(("name", "old", "new", "found"), [
    (PARKS, "현 원\n23\n1\n5\n6\n", "현 원\n23\n1\n5\n7\n", ("sum.staffing", "현원", "일반직 7급", "6", "7")),
    (PARKS, "도시공원\n소 계\n98\n", "도시공원\n소 계\n89\n", ("sum.table", "도시공원 / 소 계", "개 소", "98", "89")),
    (PARKS, "공 원\n32,880\n1,380\n", "공 원\n32,880\n1,830\n", ("sum.table", "공 원", "교 목", "1,380", "1,830")),
    (PARKS, "도시숲 조성\n1,625,200\n412,600\n25.4\n", "도시숲 조성\n1,625,200\n412,600\n24.5\n",
     ("rate", "도시숲 조성", "집행률(%)", "25.4", "24.5")),
    (PARKS, "총 계\n승 용\n승 합\n화 물\n특 수\n6\n", "총 계\n승 용\n승 합\n화 물\n특 수\n7\n",
     ("sum.vehicles", "계", "계", "6", "7")),
    (DISASTER, "| 현 원 | 20 | 1 | 5 | 6 |", "| 현 원 | 20 | 1 | 5 | 7 |",
     ("sum.staffing", "현원", "일반직 7급", "6", "7")),
    (DISASTER, "| 민방위 운영 | 1,312 | 596 | 45.4 |", "| 민방위 운영 | 1,312 | 596 | 54.4 |",
     ("rate", "민방위 운영", "집행률(%)", "45.4", "54.4")),
    (DISASTER, "| 대 원 | 17,950 |", "| 대 원 | 17,905 |", ("sum.table", "대 원", "계", "17,950", "17,905")),
], ids=["parks-staffing", "parks-subtotal", "parks-trees", "parks-rate", "parks-fleet", "disaster-staffing",
        "disaster-rate", "disaster-civil-defence"])
def test_a_planted_figure_is_found_on_its_cell(name, old, new, found):
    assert planted(name, old, new) == [found]


def bullets(text: str) -> list[tuple]:
    return [(b.text, b.depth, b.marker) for b in read_text("x.txt", text.encode()).blocks if isinstance(b, Bullet)]


def test_words_second_level_bullet_alone_is_an_item_under_the_one_above():
    # one `o<tab>` line alone: a list's label all the same, no tab table of one row
    assert bullets("□ 추진실적\n•\t가로수 병해충 방제: 4월~5월\no\t대상: 은행나무 등 12,400주\n•\t가지치기: 7월\n") == [
        ("가로수 병해충 방제: 4월~5월", 0, "•"), ("대상: 은행나무 등 12,400주", 1, "o"), ("가지치기: 7월", 0, "•")]


def test_a_letter_a_space_parts_from_its_text_is_no_mark_on_one_line():
    # `o 대상`, once, with a space: the text it prints, as `l 자형 벤치` is
    assert bullets("□ 추진실적\n- 가로수 병해충 방제: 4월~5월\no 대상 은행나무\n") == [
        ("가로수 병해충 방제: 4월~5월", 0, "-")]


def test_a_mark_the_report_typed_after_a_markdown_lists_is_the_items():
    assert bullets("### □ 추진실적\n\n- ○ 정기 점검: 3월\n    - - 대상 52개소\n- ※ 결과 공개\n") == [
        ("정기 점검: 3월", 0, "○"), ("대상 52개소", 1, "-"), ("결과 공개", 0, "※")]
    # a markdown item whose text starts with a figure or a word keeps it
    assert bullets("- 3월 점검\n- 점검 결과\n") == [("3월 점검", 0, "-"), ("점검 결과", 0, "-")]


def test_markers_page_separator_parts_pages_and_is_no_text():
    document = read_text("x.md", "## 1. 청사 관리\n\n- 점검: 3월\n\n{3}------------------------------------------------"
                                 "\n\n## 2. 인사 운영\n".encode())
    assert [getattr(b, "text", None) for b in document.blocks] == ["1. 청사 관리", "점검: 3월", "2. 인사 운영"]


UNMARKED = "수종 변경 5건, 산책로 선형 조정 7건"  # 도시숲 조성's third level, Wingdings' mark (U+F0A7) before it


def _without_unmarked(records: dict) -> dict:
    """The records without 도시숲 조성's third-level item: the test's font draws no glyph for its mark, so its PDF
    prints the line with none to tell it an item by (the item above it going on, or one at the first level, as the
    style lays it out)."""
    def kept(items):
        return [{**item, "text": item["text"].removesuffix(f" {UNMARKED}"), "children": kept(item["children"])}
                for item in items if item["text"] != UNMARKED]
    return {**records, "projects": [{**p, "items": kept(p["items"])} for p in records["projects"]]}


@pytest.mark.parametrize("name", [PARKS, DISASTER])
@pytest.mark.parametrize("style", list(STYLES))
def test_the_reports_as_pdfs_give_the_records_and_findings_of_their_text(name, style, tmp_path_factory):
    pdf = rendered(REPORTS / name, style, tmp_path_factory.mktemp("hunt57"))
    text, printed = report(name), extract_file(pdf)
    expected, read = _without_unmarked(_records(text)), _without_unmarked(_records(printed))
    assert read == expected
    assert _findings(printed) == _findings(text) == []


def test_a_word_processors_numbered_line_is_a_line_not_a_table_of_one_row():
    # LibreOffice prints a .docx's numbering as its label and a tab: before, a table of one row, `1. | 조 직`
    blocks = read_text("x.txt", "Ⅰ. 일반현황\n1.\t조 직\n•\t공원녹지과: 4개팀\n가.\t공원 현황\n".encode()).blocks
    assert [(type(b).__name__, b.text) for b in blocks[1:]] == [
        ("Paragraph", "1. 조 직"), ("Bullet", "공원녹지과: 4개팀"), ("Bullet", "공원 현황")]
    # under a tab header, numbered rows are the table's
    blocks = read_text("x.txt", "□ 사업 목록\n연번\t사 업 명\n1.\t청사 관리\n2.\t인사 운영\n".encode()).blocks
    assert [b.rows for b in blocks if hasattr(b, "rows")] == [
        (("연번", "사 업 명"), ("1.", "청사 관리"), ("2.", "인사 운영"))]
