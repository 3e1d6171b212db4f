"""The department fixtures' PDFs (drawn by scripts/make_pdfs.py, as the samples' are) read through pdfplumber as
their text twins: a note alone between two tables ends short of the page's text right edge, so the numbered title
under it (`※ 공무직: …` over `3. 차량현황`) is a line of its own, the fleet's caption; a table's unit on a line of its
own over the table (`(단위: 건)`) keeps the list above open, so a note set in under the table is an item under the
item it goes with; a note at the margin left of a list is no level of it (the next item keeps its level); a PDF's
`- 예 산` over a table is an item, not a markdown list's part heading; an item whose mark printed nothing readable
(a symbol font's glyph), set in past the text of the bullet above it, is an item under that bullet, not its text."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Bullet, Paragraph
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.read_pdf import _Line, _marks_lost
from pipeline.read_text import BulletNesting, parse_lines
from tests.conftest import ROOT
from tests.layouts import make_pdfs, records_but_the_document

FIXTURES = ROOT / "tests" / "department_reports"


def _findings(report):
    return sorted((f.rule, f.expected, f.actual) for f in run_checks(report))


@pytest.mark.parametrize(("fixture", "records"), [
    ("2025-hanbit-chisu.txt", ("vehicles", "staffing", "tables")),
    ("2025-hanbit-gamsa.txt", ("vehicles", "projects", "tables")),
    ("2025-hanbit-iljari.txt", ("vehicles", "projects", "tables")),
    ("2023-hanbit-gongwon.txt", ("projects",)),
    ("2025-hanbit-minwon.md", ("projects",)),
    ("2025-hanbit-budongsan.txt", ("projects", "budget")),
    ("2024-hanbit-gihuhwangyeong.txt", ("projects",))])
def test_a_fixtures_pdf_reads_as_its_twin(fixture, records, tmp_path):
    source, pdf = FIXTURES / fixture, tmp_path / "t.pdf"
    make_pdfs().render(source, pdf)
    twin, read = extract_file(source), extract_file(pdf)
    assert _findings(read) == _findings(twin)
    twin_records, read_records = records_but_the_document(twin), records_but_the_document(read)
    for name in records:
        assert read_records[name] == twin_records[name], name


def _pdf(tmp_path, text: str):
    source, pdf = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(text, encoding="utf-8")
    make_pdfs().render(source, pdf)
    return read_document(pdf)


NOTE_OVER_NUMBERED_TITLE = """2025년 주요업무보고

치 수 과

Ⅰ. 일반현황

{purpose}

2. 인 력

(2025. 5. 31. 기준, 단위: 명)

구 분\t계\t행정직\t공무직
정 원\t5\t2\t3
현 원\t5\t2\t3

※ 공무직: 빗물펌프장 관리원 3명

3. 차량현황

(단위: 대)

구 분\t계\t승 용\t화 물
보 유\t3\t1\t2
""".format(purpose="1. 조 직 : 3팀 (하천관리팀, 빗물관리팀, 하수시설팀). 집중호우에 따른 주택 침수 피해를 막기 "
           "위해 빗물 저류ㆍ배제 시설을 확충하고 하천 준설과 수변 산책로 정비, 하천 수질 관리를 연중 추진하며 "
           "하수관로를 정비함")


def test_a_note_between_two_tables_ends_short_of_the_pages_text_and_the_title_under_it_captions_the_fleet(tmp_path):
    document = _pdf(tmp_path, NOTE_OVER_NUMBERED_TITLE)
    [twin] = extract_report(read_document(tmp_path / "report.txt")).vehicles
    texts = [(type(block).__name__, block.text) for block in document.blocks if isinstance(block, Bullet | Paragraph)]
    assert ("Bullet", "공무직: 빗물펌프장 관리원 3명") in texts
    assert ("Paragraph", "3. 차량현황") in texts
    [fleet] = extract_report(document).vehicles
    assert (fleet.caption, fleet.name) == ("3. 차량현황", "차량현황")
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 3), ("차량현황", "승용", 1), ("차량현황", "화물", 2)]
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        (c.category, c.kind, c.count) for c in twin.counts]


LOST_MARK = """2023년 주요업무보고

공 원 과

□ 추진실적
• 도시숲 조성 실시설계 용역: 3월~5월 / 4억 1,260만원
o\t주민설명회 개최(2회) ⇒ 주민 의견 12건 반영
\uf0a7\t수종 변경 5건, 산책로 선형 조정 7건
\uf0a7\t보행로 폭 확대 3건
• {wrapped}
""".format(wrapped="도시숲 조성 공사 착공: 8월, 수목 식재와 산책로 포장, 야간 조명 설치, 쉼터 조성과 안내판 설치를 "
                   "한 번에 발주하여 공기를 줄이고, 준공 뒤에는 주민참여 정원 가꾸기와 숲 해설 프로그램을 운영하여 "
                   "도시숲을 주민의 쉼터로 가꿈")


def test_an_item_whose_mark_prints_nothing_set_in_past_the_bullets_text_is_an_item_under_it(tmp_path):
    document = _pdf(tmp_path, LOST_MARK)
    assert [(block.text, block.depth) for block in document.blocks if isinstance(block, Bullet)] == [
        ("도시숲 조성 실시설계 용역: 3월~5월 / 4억 1,260만원", 0),
        ("주민설명회 개최(2회) ⇒ 주민 의견 12건 반영", 1),
        ("수종 변경 5건, 산책로 선형 조정 7건", 2),
        ("보행로 폭 확대 3건", 2),
        # a bullet's text wrapped onto the next line starts left of its text: it goes on
        ("도시숲 조성 공사 착공: 8월, 수목 식재와 산책로 포장, 야간 조명 설치, 쉼터 조성과 안내판 설치를 한 번에 "
         "발주하여 공기를 줄이고, 준공 뒤에는 주민참여 정원 가꾸기와 숲 해설 프로그램을 운영하여 도시숲을 주민의 "
         "쉼터로 가꿈", 0)]


def test_a_pdfs_unit_line_over_a_table_keeps_the_list_open_for_a_note_set_in_under_the_table():
    nesting = BulletNesting()
    above = parse_lines(["□ 추진실적", "", " - 민원 유형별 처리 현황", "", "                    (단위: 건)"], nesting,
                        display_columns=True)
    below = parse_lines(["    ※ 진행: 2025. 5. 31. 현재 처리 중인 민원", " - 추진 일정"], nesting, display_columns=True)
    assert [(block.text, block.depth) for block in above + below if isinstance(block, Bullet)] == [
        ("민원 유형별 처리 현황", 0), ("진행: 2025. 5. 31. 현재 처리 중인 민원", 1), ("추진 일정", 0)]


def test_a_texts_unit_line_still_ends_the_list():
    nesting = BulletNesting()
    above = parse_lines(["□ 추진실적", "", "  - 민원 유형별 처리 현황", "", "  (단위: 건)"], nesting)
    below = parse_lines(["  ※ 진행: 2025. 5. 31. 현재 처리 중인 민원"], nesting)
    assert [(block.text, block.depth) for block in above + below if isinstance(block, Bullet)] == [
        ("민원 유형별 처리 현황", 0), ("진행: 2025. 5. 31. 현재 처리 중인 민원", 0)]


def test_a_note_at_the_margin_left_of_a_list_is_no_level_of_it():
    nesting = BulletNesting()
    assert nesting.depth(1, "-") == 0
    assert nesting.depth(0, "※") == 0
    assert nesting.depth(1, "-") == 0  # before, 1: an item under the note
    assert nesting.depth(5, "ㆍ") == 1
    assert nesting.depth(3, "※") == 1  # a note set in under an item is an item under it


def test_a_pdfs_dash_item_naming_a_part_over_a_table_is_an_item():
    lines = ["□ 사업개요", "", " - 기 간: 2025. 1. 1. ~ 5. 30.", "", " - 예 산", "", "        (단위: 천원)"]
    [_, *items, _] = parse_lines(lines, BulletNesting(), display_columns=True)
    assert [(type(block).__name__, block.text) for block in items] == [
        ("Bullet", "기 간: 2025. 1. 1. ~ 5. 30."), ("Bullet", "예 산")]


def test_a_markdown_lists_item_naming_a_part_is_still_its_heading():
    [heading, item] = parse_lines(["- 사업개요", "- 기 간: 연중"])
    assert (type(heading).__name__, heading.text, heading.marker) == ("Heading", "사업개요", "□")
    assert (type(item).__name__, item.text) == ("Bullet", "기 간: 연중")


def _line(x0: float, top: float, *words: tuple[float, float, str]) -> _Line:
    return _Line(" ".join(word for _x0, _x1, word in words), x0, top, 9.0, words, font="HYSMyeongJo-Medium")


def test_a_line_set_in_under_a_bullets_text_is_an_item_only_where_the_bullet_ended_short():
    bullet = _line(62.0, 61.4, (62.0, 67.2, "o"), (70.2, 115.2, "주민설명회"), (118.2, 159.9, "개최(2회)"))
    under = _line(79.0, 74.4, (79.0, 97.0, "수종"), (100.0, 118.0, "변경"))
    value = _line(89.0, 74.4, (89.0, 107.0, "구비"), (110.0, 150.0, "316,380)"))
    labelled = _line(62.0, 61.4, (62.0, 67.2, "o"), (70.2, 88.0, "예산:"), (89.0, 780.0, "412,380(국비 …"))
    assert _marks_lost([bullet, under], [False, False], {1}, 9.0) == {1}
    # a value wrapped under itself after its label: the bullet's line ran to the text's right edge
    assert _marks_lost([labelled, value], [False, False], set(), 9.0) == set()
    centred = _line(400.0, 74.4, (400.0, 418.0, "수종"))
    assert _marks_lost([bullet, centred], [False, False], {1}, 9.0) == set()
