"""Markdown lists nested as converters print them: markitdown marks a .docx's bullets `*`, `+`, `-` and `*` again by
level, two spaces deeper each (`* 자활사업 참여자` over `  + 근로 412명`); pandoc marks them `-   `, four spaces deeper
each; hand-typed markdown mixes them, `*   ` with three spaces after the mark, and numbers an ordered list `1.` under
a bullet. A `+ ` or `1. ` line is an item only inside a list (indented under an item, or a sibling of one of its
mark), or, for `+`, starting sibling lines right under an item or a heading; elsewhere it is the text it prints
(`+ 200천원`, `1. ~ 12. 31.`). Before, `  + 근로 412명` and `  1. 근로 412명` were text of the item above
(`자활사업 참여자 + 근로 412명`)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Bullet, Table
from pipeline.read_text import read_text

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n복지정책과\n\nⅡ. 주요업무 추진실적\n\n"
TITLE = {"markdown": "## 1. 자활 지원 (자활팀)\n\n### □ 추진실적\n\n", "text": "1. 자활 지원 (자활팀)\n\n□ 추진실적\n"}
NESTED = [(0, "자활사업 참여자 관리"), (1, "근로 412명"), (1, "중복 수급자 포함"), (0, "수급자 실태 조사")]


def _items(text: str, title: str = "markdown"):
    (project,) = extract_report(read_text("t.md", (COVER + TITLE[title] + text).encode())).projects
    return _tree(project.items)


def _tree(items, depth=0):
    return [entry for item in items for entry in [(depth, item.text), *_tree(item.children, depth + 1)]]


@pytest.mark.parametrize("title", TITLE)
@pytest.mark.parametrize("text", [
    "* 자활사업 참여자 관리\n  + 근로 412명\n  + 중복 수급자 포함\n* 수급자 실태 조사\n",  # markitdown
    "-   자활사업 참여자 관리\n    -   근로 412명\n    -   중복 수급자 포함\n-   수급자 실태 조사\n",  # pandoc
    "*   자활사업 참여자 관리\n    +   근로 412명\n    +   중복 수급자 포함\n*   수급자 실태 조사\n",
    "- 자활사업 참여자 관리\n  + 근로 412명\n  + 중복 수급자 포함\n- 수급자 실태 조사\n",
    "* 자활사업 참여자 관리\n  1. 근로 412명\n  2. 중복 수급자 포함\n* 수급자 실태 조사\n",  # an ordered list in it
    "- 자활사업 참여자 관리\n    1.  근로 412명\n    2.  중복 수급자 포함\n- 수급자 실태 조사\n",  # pandoc's
    "* 자활사업 참여자 관리\n+ 근로 412명\n+ 중복 수급자 포함\n* 수급자 실태 조사\n",  # `+` siblings right under
    "* 자활사업 참여자 관리\n\t+ 근로 412명\n\t+ 중복 수급자 포함\n* 수급자 실태 조사\n",  # indented by a tab
], ids=["markitdown", "pandoc", "three spaces", "dash and plus", "numbered", "pandoc numbered", "plus at the margin",
        "tab"])
def test_items_nested_under_a_markdown_item_are_its_children(text, title):
    assert _items(text, title) == NESTED


@pytest.mark.parametrize("text", [
    # markitdown: `*`, `+`, `-`, then `*` again, two spaces deeper each
    "* 가 사업\n  + 나 세부\n    - 다 내용\n      * 라 일정\n  + 나 둘째\n* 가 둘째\n",
    # pandoc: `-` at every level, four spaces deeper each
    "-   가 사업\n    -   나 세부\n        -   다 내용\n            -   라 일정\n    -   나 둘째\n-   가 둘째\n",
], ids=["markitdown", "pandoc"])
def test_lists_nested_four_levels_deep(text):
    assert _items(text) == [(0, "가 사업"), (1, "나 세부"), (2, "다 내용"), (3, "라 일정"), (1, "나 둘째"),
                            (0, "가 둘째")]


@pytest.mark.parametrize("text", [
    "* 가 사업\n  + 나 세부\n    - 다 내용\n* 가 둘째\n",
    "-   가 사업\n    -   나 세부\n        -   다 내용\n-   가 둘째\n",
], ids=["markitdown", "pandoc"])
def test_lists_nested_three_levels_deep(text):
    assert _items(text) == [(0, "가 사업"), (1, "나 세부"), (2, "다 내용"), (0, "가 둘째")]


@pytest.mark.parametrize("title", TITLE)
def test_a_plus_list_under_a_project_part_is_its_items(title):
    assert _items("+ 자활근로 사업단 운영: 3월\n+ 수급자 실태 조사: 4월\n", title) == [
        (0, "자활근로 사업단 운영: 3월"), (0, "수급자 실태 조사: 4월")]


def test_markitdowns_levels_keep_their_depth_in_the_document():
    blocks = read_text("t.md", "* 자활사업 참여자\n  + 근로 412명\n    - 중복 포함\n  + 사업단 3개\n".encode()).blocks
    assert [(b.marker, b.depth, b.text) for b in blocks if isinstance(b, Bullet)] == [
        ("*", 0, "자활사업 참여자"), ("+", 1, "근로 412명"), ("-", 2, "중복 포함"), ("+", 1, "사업단 3개")]


@pytest.mark.parametrize(("text", "items"), [
    # one `+` line at the item's indentation: an amount added, the item's text
    ("* 자활사업 보조금 1,000천원\n+ 200천원 증액\n", [(0, "자활사업 보조금 1,000천원 + 200천원 증액")]),
    # a date wrapped on under a bullet, its number no list's
    ("- 사업기간: 2025.\n  1. ~ 12. 31.\n", [(0, "사업기간: 2025. 1. ~ 12. 31.")]),
    # under a paragraph, `+` lines are its text
    ("자활사업 보조금 1,000천원\n+ 200천원 증액\n+ 100천원 추가\n",
     [(0, "자활사업 보조금 1,000천원 + 200천원 증액 + 100천원 추가")]),
], ids=["one plus line", "a wrapped date", "under a paragraph"])
def test_a_plus_or_number_outside_a_list_stays_text(text, items):
    assert _items(text) == items


def test_a_star_list_nesting_plus_items_under_a_table_is_no_note_of_it():
    """`* 자활사업 참여자` over `  + 근로 412명` under a table: a list nested as markitdown prints it, not the table's
    note (before, `+ 근로 412명` went on the `*` line, one line of no work named, read as a note)."""
    text = (COVER.replace("Ⅱ. 주요업무 추진실적", "Ⅰ. 일반현황") + "□ 수급자 현황\n\n(단위: 명)\n\n"
            "| 구 분 | 계 | 생계급여 | 의료급여 |\n|---|---|---|---|\n| 인 원 | 25,730 | 12,310 | 13,420 |\n\n"
            "* 자활사업 참여자\n  + 근로 412명\n  + 중복 포함\n")
    (table,) = [b for b in read_text("t.md", text.encode()).blocks if isinstance(b, Table)]
    assert table.note is None


# --- a `*` list under a table, where the document marks its list items `*` ------------------------------------------

GENERAL = (COVER.replace("Ⅱ. 주요업무 추진실적", "# Ⅰ. 일반현황") + "## □ 수급자 현황\n\n(단위: 명)\n\n"
           "| 구 분 | 계 | 생계급여 | 의료급여 |\n|---|---|---|---|\n| 인 원 | 19,880 | 12,310 | 13,420 |\n\n"
           "{under}\n\n"
           "# Ⅱ. 주요업무 추진실적\n\n## 1. 자활 지원 (자활팀)\n\n### □ 추진실적\n\n{items}")
FLAT_LIST = "* 자활사업 참여자 412명\n* 수급자 실인원 3,140명"  # names no work last, nests nothing


def _table_and_sums(under: str, items: str):
    report = extract_report(read_text("t.md", GENERAL.format(under=under, items=items).encode()))
    return [t.note for t in report.tables], [f.rule for f in run_checks(report) if f.rule == "sum.table"]


@pytest.mark.parametrize("items", [
    "* 자활근로 사업단 운영: 3월\n* 수급자 실태 조사: 4월\n",  # markitdown's flat list under a heading
    "* 자활근로 사업단 운영\n  + 사업단 3개소\n",  # a `*` item nesting one
    "-   자활근로 사업단 운영\n\n\\* 국비 50% 포함\n",  # a star the converter escaped, a note's
], ids=["star items", "nested star items", "an escaped star"])
def test_a_star_list_under_a_table_is_a_list_where_the_document_marks_items_with_stars(items):
    """Where the document's lists are marked `*` elsewhere (markitdown prints every bullet of a .docx `*`, and a star
    of its own `\\*`), a `*` list under a table is a list too, whatever its items say: the table has no note, and
    its 계 is checked against its parts (before, `실인원` in the note took them for overlapping)."""
    assert _table_and_sums(FLAT_LIST, items) == ([None], ["sum.table"])


def test_an_escaped_star_under_a_table_stays_its_note_where_stars_mark_items():
    notes, sums = _table_and_sums("\\* 수급자 실인원 기준\n\n" + FLAT_LIST, "* 자활근로 사업단 운영: 3월\n"
                                  "* 수급자 실태 조사: 4월\n")
    assert (notes, sums) == (["수급자 실인원 기준"], [])


@pytest.mark.parametrize("items", [
    "- 자활근로 사업단 운영: 3월\n- 수급자 실태 조사: 4월\n",  # a dash list: `*` marks no item elsewhere
    "* 자활근로 사업단 운영: 3월\n",  # one star line alone, no list of stars
], ids=["dash items", "one star line"])
def test_a_star_list_under_a_table_stays_its_notes_where_stars_mark_no_items_elsewhere(items):
    assert _table_and_sums(FLAT_LIST, items) == (["자활사업 참여자 412명, 수급자 실인원 3,140명"], [])
