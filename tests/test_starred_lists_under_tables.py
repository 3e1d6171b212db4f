"""A markdown list written with `*` right under a table, as markitdown prints a .docx's bullets, is a list, not the
table's notes, though `*` marks a note too, where items are nested right under one of its lines (markitdown's `*` over
`  * …` or `  + …`; see also tests/test_markdown_nested_lists.py: wherever the document marks its list items `*`). A `*`
line alone, or `*` lines one below another nesting nothing, in a document marking no list items `*`, are the table's
notes whatever they say: a note may end in a deed as an item does (`* 국비 50%, 시비 50% 지원`, `* 2025. 1. 1. 시행`),
and a report typed in 한글 marks its notes so; pandoc and markitdown print a .docx's literal star as `\\*`, a note.
Before, the list's items were the table's `note`, and one saying `중복 포함` or `실인원` took its parts for overlapping
(no `sum.table`)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from pipeline.document import Table
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제281회 한빛구의회 제1차 정례회\n\n2026. 6. 8. ~ 6. 19.\n\n# 2026년 주요업무 보고\n\n## 복 지 정 책 과\n\n"
BENEFITS = ("구 분\t계\t생계급여\t의료급여\t주거급여\t교육급여\n"
            "인 원\t19,880\t12,310\t13,420\t18,960\t3,140\n")
PIPE_BENEFITS = ("| 구 분 | 계 | 생계급여 | 의료급여 | 주거급여 | 교육급여 |\n|---|---|---|---|---|---|\n"
                 "| 인 원 | 19,880 | 12,310 | 13,420 | 18,960 | 3,140 |\n")
OVERLAP_ERROR = ("sum.table", "47,830", "19,880")  # the 계 counts each recipient once: an error unless a note says so


def _general(under: str, table: str = BENEFITS) -> str:
    return (COVER + "# Ⅰ. 일반현황\n\n## 3 기초생활보장 수급자\n\n□ 수급자 현황\n\n(단위: 명)\n\n" + table + under
            + "\n\n□ 자활사업 현황\n\n- 자활근로 참여자 412명\n")


def _read(markdown: str):
    document = read_text("t.md", markdown.encode())
    return document, [block for block in document.blocks if isinstance(block, Table)]


def _sums(report) -> list[tuple[str, str, str]]:
    return [(f.rule, f.expected, f.actual) for f in run_checks(report)]


# markitdown's bullets: `* ` items, nested by two spaces, no blank line between
MARKITDOWN_LIST = "* 자활사업 참여자 412명 관리\n* 수급자 실인원 조사 실시\n  * 중복 수급자 포함 전수 조사\n"


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_starred_list_under_a_table_is_no_note_of_it(layout, tmp_path):
    report = read_laid_out(_general(MARKITDOWN_LIST), layout, tmp_path)
    assert [(t.caption, t.note) for t in report.tables] == [("수급자 현황", None)]
    assert _sums(report) == [OVERLAP_ERROR]  # `실인원`, `중복 … 포함` are the list's words, not the table's note
    texts = [part.text for part in report.general_text[0].parts]
    assert {"자활사업 참여자 412명 관리", "수급자 실인원 조사 실시", "중복 수급자 포함 전수 조사"} <= set(texts)


def test_markitdowns_list_under_a_pipe_table_and_its_escaped_star_note():
    _, [table] = _read(_general(MARKITDOWN_LIST, PIPE_BENEFITS))
    assert table.note is None
    # a .docx's literal star, escaped by markitdown, is a note; the list under it is not
    _, [table] = _read(_general("\\* 급여별 중복 수급자 포함\n\n" + MARKITDOWN_LIST, PIPE_BENEFITS))
    assert table.note == "급여별 중복 수급자 포함"


def test_pandocs_escaped_star_note_over_its_dash_list():
    pandoc = "\\* 급여별 중복 수급자 포함\n\n-   자활사업 참여자 412명 관리\n    -   자활근로 사업단 운영\n"
    _, [table] = _read(_general(pandoc, PIPE_BENEFITS))
    assert table.note == "급여별 중복 수급자 포함"


def test_a_starred_list_printed_in_a_pdf_is_the_tables_notes(tmp_path):
    # a PDF keeps no markdown nesting: its `*` lines are printed stars, a note's mark
    report = read_laid_out(_general(MARKITDOWN_LIST), "pdf grid", tmp_path)
    assert [t.note for t in report.tables] == [
        "자활사업 참여자 412명 관리, 수급자 실인원 조사 실시, 중복 수급자 포함 전수 조사"]


@pytest.mark.parametrize("line", [
    "* 자활사업 참여자 412명 관리",  # the work named last: an item's words, but alone under a table a note's mark
    "* 자활근로 사업단 운영(3개소)",
    "* 국비 50%, 시비 50% 지원",  # a note ending in a deed
    "* 2025. 1. 1. 시행",
    "* 2024. 7월부터 시행",
    "* 기초생활수급자 및 차상위계층 지원",
    "* 상반기 실적은 6월 말 기준 조사",
])
def test_a_star_line_alone_is_the_tables_note_whatever_it_names_last(line):
    _, [table] = _read(_general(line))
    assert table.note == line[2:]


def test_items_nested_right_under_a_star_make_a_list_whatever_they_say():
    _, [table] = _read(_general("* 자활사업 참여자\n  * 근로 412명\n  * 중복 포함\n"))
    assert table.note is None


@pytest.mark.parametrize(("under", "note"), [
    ("* 교육급여는 3월 기준 인원", "교육급여는 3월 기준 인원"),
    ("* 교육급여는 3월 기준 인원\n* 시비는 서울시 보조금", "교육급여는 3월 기준 인원, 시비는 서울시 보조금"),
    ("* 급여별 중복 수급자 포함\n\n- 수급자 관리 강화", "급여별 중복 수급자 포함"),  # a dash list after a blank line
    ("※ 급여별 중복 수급자 포함\n* 자활사업 참여자 412명 관리", "급여별 중복 수급자 포함, 자활사업 참여자 412명 관리"),
    ("주) 급여별 중복 수급자 포함\n* 자활근로 사업단 운영", "급여별 중복 수급자 포함, 자활근로 사업단 운영"),
    ("* 자활사업 참여자 412명\n* 급여별 중복 수급자 포함", "자활사업 참여자 412명, 급여별 중복 수급자 포함"),
    ("* 교육급여는 3월 기준 인원\n* 2025. 1. 1. 시행", "교육급여는 3월 기준 인원, 2025. 1. 1. 시행"),
    ("* 급여별 중복 수급자 포함\n* 자활사업 참여자 412명 관리", "급여별 중복 수급자 포함, 자활사업 참여자 412명 관리"),
])
def test_a_star_note_says_what_the_figures_are_and_stays_the_tables(under, note):
    document, [table] = _read(_general(under))
    assert table.note == note


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
def test_a_star_note_saying_the_parts_overlap_still_leaves_the_sum_no_error(layout, tmp_path):
    report = read_laid_out(_general("* 급여별 중복 수급자 포함\n\n- 자활사업 참여자 412명 관리"), layout, tmp_path)
    assert [t.note for t in report.tables] == ["급여별 중복 수급자 포함"]
    assert _sums(report) == []


# the words before a line's last: a count, `실인원`, `중복` or none of them
_WORDS = st.lists(st.sampled_from(["자활사업", "참여자", "412명", "수급자", "실인원", "중복", "사업단", "근로"]),
                  min_size=1, max_size=4).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(words=_WORDS, deed=st.sampled_from(["관리", "운영", "실시", "점검", "지원", "추진", "개최", "조사"]),
       bracket=st.sampled_from(["", "(3개소)", " (412명)"]))
def test_a_star_line_naming_the_work_last_is_a_note_where_stars_mark_no_items(words, deed, bracket):
    _, [table] = _read(_general(f"* {words} {deed}{bracket}"))
    assert table.note == f"{words} {deed}{bracket}"


@settings(max_examples=40, deadline=None)
@given(words=_WORDS, said=st.sampled_from(["포함", "제외", "기준 인원", "별도", "누계", "보조금"]))
def test_a_star_line_saying_what_the_figures_are_is_the_tables_note(words, said):
    _, [table] = _read(_general(f"* {words} {said}"))
    assert table.note == f"{words} {said}"
