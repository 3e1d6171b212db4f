"""Bullet marks as reports print them beyond the common ones: `■` items under a `□` heading (a box mark that is an
item, not a heading), and marks read by what they are (`－`, `☞`, `❖`, the letters a symbol font's bullet falls back
to, `Ÿ`, `l`, `n`, `ü`), in text of each layout and in a PDF."""

import re
from xml.sax.saxutils import escape

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Bullet, Heading, Paragraph
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.values import normalize_chars
from tests.layouts import make_pdfs

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n공원녹지과\n\nⅡ. 주요업무 추진실적\n\n"
PROJECT = ("① 공원 시설물 안전 관리 (공원관리팀)\n\n공원 시설물을 정기적으로 점검하여 이용자의 안전을 지키고자 함\n\n"
           "□ 사업개요\n  {m} 대상: 공원 42개소 시설물\n  {m} 단위사업: 공원 관리\n\n"
           "□ 주요 추진실적\n  {m} 놀이시설 정기 점검(30개소): 2월~3월\n  {m} 노후 시설 보수: 4월~5월 / 58,000천원\n\n"
           "□ 향후계획\n  {m} 하반기 안전 점검: 9월\n")
ITEMS = [("사업개요", "대상: 공원 42개소 시설물", None, None, None),
         ("사업개요", "단위사업: 공원 관리", None, None, None),
         ("주요 추진실적", "놀이시설 정기 점검(30개소): 2월~3월", 2, 3, None),
         ("주요 추진실적", "노후 시설 보수: 4월~5월 / 58,000천원", 4, 5, 58_000_000),
         ("향후계획", "하반기 안전 점검: 9월", 9, 9, None)]


def _markdown(text: str) -> str:
    """As pandoc prints it: the `□` headings markdown's, the items at the margin."""
    return re.sub(r"^□", "## □", re.sub(r"^  ", "", text, flags=re.M), flags=re.M)


def _hwp5txt(text: str) -> str:
    """As hwp5txt prints it: a line a paragraph, no indentation, no blank lines."""
    return "\n".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"


LAYOUTS = {"indented": lambda text: text, "markdown": _markdown, "hwp5txt": _hwp5txt}


def report(text: str, name: str = "t.txt"):
    return extract_report(read_text(name, text.encode()))


def items_of(project) -> list[tuple]:
    return [(i.heading, i.text, i.start_month, i.end_month, i.amount_krw) for i in project.items]


# --- a box mark that is an item ------------------------------------------------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("mark", ["■", "◼", "▣"])
def test_box_marks_under_a_box_heading_of_another_mark_are_items(mark, layout):
    # before, each `■ 대상: …` was a heading, entered as a part of no items: the project had no items, no 단위사업,
    # and the text was nowhere (not in the items, the general text or search), without a finding
    r = report(LAYOUTS[layout](COVER + PROJECT.format(m=mark)))
    (project,) = r.projects
    assert items_of(project) == ITEMS
    assert project.unit_name == "공원 관리"


def test_a_box_mark_heading_over_bullets_stays_a_heading():
    """`■ 사업개요` with `○` items under it, and the next `■` part after them: headings, as before."""
    text = (COVER + PROJECT.replace("□", "■").replace("{m}", "○")).format()
    (project,) = report(text).projects
    assert items_of(project) == ITEMS


def test_box_marks_nested_under_bullets_are_items():
    """`■` items indented under `○` items (a `□` part above them both) are that bullet's children."""
    text = COVER + ("① 공원 시설물 안전 관리 (공원관리팀)\n\n□ 주요 추진실적\n○ 안전 점검\n"
                    "  ■ 놀이시설 정기 점검(30개소): 2월~3월\n  ■ 노후 시설 보수: 4월~5월 / 58,000천원\n"
                    "○ 안내판 정비\n  ■ 안내판 교체(45개): 3월~5월\n")
    (project,) = report(text).projects
    assert [(i.text, [c.text for c in i.children]) for i in project.items] == [
        ("안전 점검", ["놀이시설 정기 점검(30개소): 2월~3월", "노후 시설 보수: 4월~5월 / 58,000천원"]),
        ("안내판 정비", ["안내판 교체(45개): 3월~5월"])]


def test_a_box_mark_above_box_headings_stays_a_heading():
    """A `■` heading above `□` parts (a higher level) stays one, and a `□` right below a `■` stays a heading."""
    text = COVER + ("① 공원 시설물 안전 관리 (공원관리팀)\n\n■ 놀이시설\n\n□ 추진실적\n  ○ 정기 점검: 2월~3월\n\n"
                    "■ 안내판\n\n□ 추진실적\n  ○ 안내판 교체: 3월~5월\n")
    blocks = read_text("t.txt", text.encode()).blocks
    assert [(b.marker, b.text) for b in blocks if isinstance(b, Heading) and b.marker in ("■", "□")] == [
        ("■", "놀이시설"), ("□", "추진실적"), ("■", "안내판"), ("□", "추진실적")]


def _mark_swapped_pdf(tmp_path, monkeypatch, mark: str):
    """The report with `-` items drawn as a PDF, each item's `-` printed as `mark` (as HWP prints its own)."""
    pdfs = make_pdfs()
    source, target = tmp_path / "park.txt", tmp_path / "park.pdf"
    source.write_text(COVER + PROJECT.format(m="-"), encoding="utf-8")
    monkeypatch.setattr(pdfs, "printed", lambda text: escape(re.sub(r"^- ", f"{mark} ", text)))
    pdfs.render(source, target)
    return extract_file(str(target))


@pytest.mark.parametrize("mark", ["■", "－"])
def test_marks_in_a_pdf_are_items(tmp_path, monkeypatch, mark):
    r = _mark_swapped_pdf(tmp_path, monkeypatch, mark)
    (project,) = r.projects
    assert items_of(project) == ITEMS
    assert project.unit_name == "공원 관리"


@pytest.mark.parametrize("mark", ["□", "■", "◼", "▣"])
def test_a_field_printed_as_a_box_heading_of_any_mark_is_an_item(mark):
    # before, `■ 예산: …` (a heading: `■` marks the parts here) was entered as a part of that name, of no items:
    # the budget it states was lost, where `□ 예산: …` is an item of the overview
    text = COVER + (f"① 공원 시설물 안전 관리 (공원관리팀)\n\n{mark} 사업개요\n○ 대상: 공원 42개소 시설물\n"
                    f"{mark} 예산: 4,000,000천원(구비)\n{mark} 주요 추진실적\n○ 정기 점검: 2월~3월\n")
    (project,) = report(text).projects
    assert items_of(project) == [("사업개요", "대상: 공원 42개소 시설물", None, None, None),
                                 ("사업개요", "예산: 4,000,000천원(구비)", None, None, 4_000_000_000),
                                 ("주요 추진실적", "정기 점검: 2월~3월", 2, 3, None)]
    assert [line.budget_krw for line in project.budget_lines] == [4_000_000_000]


# --- marks read by what they are -------------------------------------------------------------------------------------

MARKS = ["－", "―", "◯", "☞", "➢", "➤", "❖", "♦", "⁃", "§", "Ÿ", "ü", "l", "n"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("mark", MARKS)
def test_marks_of_sibling_lines_are_bullets(mark, layout):
    # before, a mark not in the list was text: each part's lines one paragraph (`－ 놀이시설 … 2월~3월 － 노후 시설
    # 보수: 4월~5월 / 58,000천원` one item of months 4-5), the 단위사업 lost in it
    r = report(LAYOUTS[layout](COVER + PROJECT.format(m=mark)))
    (project,) = r.projects
    assert items_of(project) == ITEMS
    assert project.unit_name == "공원 관리"
    assert {b.marker for b in read_text("t.txt", LAYOUTS[layout](COVER + PROJECT.format(m=mark)).encode()).blocks
            if isinstance(b, Bullet)} == {normalize_chars(mark)}  # `－` is read as the `-` it stands for


def test_marks_nest_by_indentation():
    text = COVER + ("① 공원 시설물 안전 관리 (공원관리팀)\n\n□ 주요 추진실적\n  ❖ 안전 점검\n"
                    "    ➢ 놀이시설 정기 점검: 2월~3월\n    ➢ 노후 시설 보수: 4월~5월\n  ❖ 안내판 정비\n"
                    "    ➢ 안내판 교체: 3월~5월\n")
    (project,) = report(text).projects
    assert [(i.text, [c.text for c in i.children]) for i in project.items] == [
        ("안전 점검", ["놀이시설 정기 점검: 2월~3월", "노후 시설 보수: 4월~5월"]),
        ("안내판 정비", ["안내판 교체: 3월~5월"])]


@pytest.mark.parametrize("start", ["l 자형", "n 개", "§ 3", "☞ 참고"])
def test_a_mark_starting_one_line_alone_is_text(start):
    """A letter or symbol that starts no sibling line is the text it prints: a wrapped line goes on the paragraph."""
    text = f"Ⅱ. 주요업무 추진실적\n\n공원 입구에 설치할 벤치는\n{start} 모양으로 한다\n"
    blocks = read_text("t.txt", text.encode()).blocks
    assert [(type(b), b.text) for b in blocks[1:]] == [(Paragraph, f"공원 입구에 설치할 벤치는 {start} 모양으로 한다")]


def test_letters_are_marks_only_before_hangul():
    """`l` lines followed by figures or Latin words are text, however many start so."""
    blocks = read_text("t.txt", "Ⅱ. 주요업무 추진실적\n\nl 2025\nl 2026\n\nn LED\nn LCD\n".encode()).blocks
    assert [(type(b), b.text) for b in blocks[1:]] == [(Paragraph, "l 2025 l 2026"), (Paragraph, "n LED n LCD")]


@pytest.mark.parametrize("text", ["l 가로등 정비\nl 보안등 교체\n\nl 2025\n",
                                  "l 2025\n\nl 가로등 정비\nl 보안등 교체\n"])
def test_a_letter_is_told_a_mark_line_by_line(text):
    """Whether a letter is a mark is known of the character once (`_own_mark_kind`), but whether Hangul follows
    it is asked of each line: in one report `l` marks the items before Hangul and stays text before a figure."""
    blocks = read_text("t.txt", f"Ⅱ. 주요업무 추진실적\n\n{text}".encode()).blocks
    assert sorted((type(b).__name__, b.text) for b in blocks[1:]) == [
        ("Bullet", "가로등 정비"), ("Bullet", "보안등 교체"), ("Paragraph", "l 2025")]


def test_marked_items_are_checked():
    """The items' budget and 단위사업 reach the checks: a stated budget the table contradicts is a finding."""
    stated = "단위사업: 공원 관리\n  Ÿ 예산: 4,000,000천원(구비)\n"
    text = COVER + PROJECT.format(m="Ÿ").replace("단위사업: 공원 관리\n", stated)
    text += "\n□ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n4,200,000\t1,608,000\t38.3\n"
    assert [(f.rule, f.expected, f.actual) for f in run_checks(report(text))] == [
        ("cross.project_budget", "4,000,000천원", "4,200,000천원")]


def test_a_latin_letter_beyond_ascii_is_a_mark_before_any_word():
    """`Ÿ` (Wingdings' bullet) starts no word: its sibling lines are items whatever they print (`IoT`, `AI`)."""
    text = COVER + ("① 돌봄 기기 보급 (복지정책팀)\n\n□ 주요 추진실적\n○ 스마트 돌봄 기기 보급\n"
                    "  Ÿ IoT 안부 확인 기기 설치(600가구): 3월~4월\n  Ÿ AI 안부 전화 서비스 운영: 4월~12월\n")
    (project,) = report(text).projects
    assert [(i.text, [(c.text, c.start_month, c.end_month) for c in i.children]) for i in project.items] == [
        ("스마트 돌봄 기기 보급", [("IoT 안부 확인 기기 설치(600가구): 3월~4월", 3, 4),
                             ("AI 안부 전화 서비스 운영: 4월~12월", 4, 12)])]


@pytest.mark.parametrize("mark", ["□", "■", "◼", "▣"])
def test_a_box_heading_of_any_mark_over_bullet_parts_titles_its_project(mark):
    # before, `■ 구민 축제 개최` over `○ 사업개요` was a part: the two projects one, untitled, their parts its items
    text = COVER + (f"{mark} 구민 축제 개최\n○ 사업개요\n  - 대상: 구민 전체\n○ 추진실적\n  - 축제 개최: 5월\n"
                    f"{mark} 체육 대회 운영\n○ 사업개요\n  - 대상: 구민\n")
    assert [(p.seq, p.title, [(i.heading, i.text) for i in p.items]) for p in report(text).projects] == [
        (1, "구민 축제 개최", [("사업개요", "대상: 구민 전체"), ("추진실적", "축제 개최: 5월")]),
        (2, "체육 대회 운영", [("사업개요", "대상: 구민")])]


@pytest.mark.parametrize("start", ["〃", "×", "＝", "／", "〜", "△", "「", "₩", "+"])
def test_signs_that_mark_no_item_stay_text_on_sibling_lines(start):
    """An operator, currency, bracket, tilde, minus sign, ditto or ASCII punctuation (or its full-width form) starting
    lines is the text it prints: the lines go on the paragraph above."""
    text = f"Ⅱ. 주요업무 추진실적\n\n공원 입구 정비\n{start} 벤치 설치\n{start} 화단 조성\n"
    blocks = read_text("t.txt", text.encode()).blocks
    joined = normalize_chars(f"공원 입구 정비 {start} 벤치 설치 {start} 화단 조성")  # `＝` is read as `=`
    assert [(type(b), b.text) for b in blocks[1:]] == [(Paragraph, joined)]


def test_a_capital_letter_before_hangul_on_two_lines_stays_text():
    """Only the small letters a symbol font's bullet prints as (`l`, `n`, `q`, `u`, `v`) are marks: before, the
    contents line `I 일반현황 ···· 1` and the heading `I 일반현황` (a plain `I` for `Ⅰ`) were two bullets, and the
    general part's text under the heading was lost."""
    text = "보 고 순 서\n\nI 일반현황 ············ 1\n\nI 일반현황\n\n1 조 직\n\nQ 문의\nQ 답변\n"
    assert not [b for b in read_text("t.txt", text.encode()).blocks if isinstance(b, Bullet)]


def _item_tree(items, depth=0):
    return [entry for item in items for entry in [(depth, item.text), *_item_tree(item.children, depth + 1)]]


@pytest.mark.parametrize("indent", ["", "  "], ids=["at the margin", "indented"])
def test_bullets_after_a_note_under_a_table_are_the_note_s_siblings(indent):
    """A `※` note under an item's table, the unit line above the table having ended the list, is no list's head:
    the `-` items after it go on the part's list (before, they were the note's items)."""
    r = extract_report(read_text("t.txt", (
        f"{COVER}1. 불법 주정차 단속 (주차단속팀)\n\n□ 주요 추진실적\n\n{indent}- 불법 주정차 단속 실적\n\n"
        "(단위: 건)\n\n"
        f"구 분\t계\tCCTV\t현장\n계\t30\t20\t10\n1월\t30\t20\t10\n\n{indent}※ 주민신고 포함\n\n"
        f"{indent}- 과태료 부과 및 징수: 4월\n{indent}  ※ 체납분 제외\n{indent}- 견인 실적: 5월\n").encode()))
    assert _item_tree(r.projects[0].items) == [
        (0, "불법 주정차 단속 실적"), (0, "주민신고 포함"), (0, "과태료 부과 및 징수: 4월"), (1, "체납분 제외"),
        (0, "견인 실적: 5월")]
    assert [t.rows[1] for t in r.tables] == [["계", "30", "20", "10"]]
