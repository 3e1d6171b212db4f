"""The notes printed right under a table, one after another (`※ 급여별 중복 수급자 포함`, `* …`, `주) …`), are the
table's `note` (a generic table's, after what its unit's bracket says), in every layout, in the general part and under
a project; the lines stay in the text too (an item of the part above, the general part's text), where they are
searched. So `sum.table` reads a note saying the parts overlap: a one-row 수급자 table whose 계 counts each recipient
once is no error. Before, such a note was the text's alone and the table an error (expected 47,830 for 19,880)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제281회 한빛구의회 제1차 정례회\n\n2026. 6. 8. ~ 6. 19.\n\n# 2026년 주요업무 보고\n\n## 복 지 정 책 과\n\n"
BENEFITS = ("구 분\t계\t생계급여\t의료급여\t주거급여\t교육급여\n"
            "인 원\t19,880\t12,310\t13,420\t18,960\t3,140\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "grid-tables", "html-tables", "box-tables", "pdf grid", "pdf none"]


def _general(notes: str) -> str:
    return (COVER + "# Ⅰ. 일반현황\n\n## 3 기초생활보장 수급자\n\n□ 수급자 현황\n\n(단위: 명)\n\n" + BENEFITS + notes
            + "\n\n□ 자활사업 현황\n\n- 자활근로 참여자 412명\n")


def _sums(report) -> list[tuple[str, str, str]]:
    return [(f.rule, f.expected, f.actual) for f in run_checks(report)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_note_under_a_table_saying_its_parts_overlap_is_its_note(layout, tmp_path):
    report = read_laid_out(_general("※ 급여별 중복 수급자 포함\n※ 교육급여는 3월 기준 인원"), layout, tmp_path)
    assert [(t.caption, t.note) for t in report.tables] == [
        ("수급자 현황", "급여별 중복 수급자 포함, 교육급여는 3월 기준 인원")]
    assert _sums(report) == []
    # kept in the general part's text too, where it is searched
    assert "급여별 중복 수급자 포함" in " ".join(part.text for part in report.general_text)


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
def test_a_note_saying_nothing_of_overlaps_leaves_the_sum_an_error(layout, tmp_path):
    report = read_laid_out(_general("* 교육급여는 3월 기준 인원"), layout, tmp_path)
    assert [t.note for t in report.tables] == ["교육급여는 3월 기준 인원"]
    assert _sums(report) == [("sum.table", "47,830", "19,880")]


def test_a_note_beside_the_unit_comes_first_then_those_under_the_table(tmp_path):
    report = read_laid_out(_general("※ 급여별 중복 수급자 포함").replace("(단위: 명)", "(단위: 명, 잠정치)"), "tab",
                           tmp_path)
    assert [t.note for t in report.tables] == ["잠정치, 급여별 중복 수급자 포함"]


def test_a_date_under_a_table_dates_it_and_the_note_after_it_is_its_note(tmp_path):
    report = read_laid_out(_general("※ 2026. 5. 31. 기준\n※ 급여별 중복 수급자 포함"), "tab", tmp_path)
    assert [(t.as_of.isoformat(), t.note) for t in report.tables] == [("2026-05-31", "급여별 중복 수급자 포함")]
    assert _sums(report) == []


def test_the_notes_end_at_a_line_of_text(tmp_path):
    text = _general("※ 급여별 중복 수급자 포함\n\n- 수급자 관리 강화\n\n※ 자활 참여자는 별도")
    assert [t.note for t in read_laid_out(text, "tab", tmp_path).tables] == ["급여별 중복 수급자 포함"]


PROJECT = ("# Ⅱ. 주요업무 추진실적\n\n## 1. 주민자치회 운영 지원 (자치행정팀)\n\n### □ 추진실적\n\n"
           "- 주민자치회 위원 교육(18개동): 3월~4월\n\n### □ 예산현황\n\n(단위: 천원)\n\n"
           "| 구 분 | 예산액 | 집행액 | 집행률(%) |\n|---|---|---|---|\n| 계 | 1,850,000 | 712,500 | 38.5 |\n"
           "| 시비 | 850,000 | 312,500 | 36.8 |\n| 구비 | 1,000,000 | 400,000 | 40.0 |\n\nNOTE\n")


def _project(notes: str):
    return read_text("t.md", (COVER + PROJECT.replace("NOTE", notes)).encode())


@pytest.mark.parametrize(("notes", "note"), [
    ("※ 시비는 서울시 보조금", "시비는 서울시 보조금"),
    ("주) 시비는 서울시 보조금", "시비는 서울시 보조금"),
    ("주1) 시비는 서울시 보조금\n주2) 구비는 자체재원", "시비는 서울시 보조금, 구비는 자체재원"),
    ("* 시비는 서울시 보조금\n* 구비는 자체재원\n\n- 주민 의견 수렴", "시비는 서울시 보조금, 구비는 자체재원"),
    ("＊ 시비는 서울시 보조금", "시비는 서울시 보조금"),
])
def test_a_note_under_a_projects_table_is_its_note_and_an_item_still(notes, note):
    document = _project(notes)
    [table] = [block for block in document.blocks if isinstance(block, Table)]
    assert table.note == note
    [project] = extract_report(document).projects
    assert "시비는 서울시 보조금" in [item.text for item in project.items]
    assert {line.name for line in project.budget_lines} >= {"시비", "구비"}
    assert extract_report(document).tables == []  # a budget's grid is not kept for a note the text holds


def test_a_note_under_a_projects_generic_table_is_the_generic_tables_note():
    table = ("(단위: 명)\n\n| 구 분 | 계 | 남 | 여 |\n|---|---|---|---|\n| 위원 | 412 | 180 | 232 |\n"
             "※ 중복 위촉 포함\n\n- 위원 교육 실시\n")
    document = read_text("t.md", (COVER + PROJECT.replace("### □ 예산현황", "### □ 위원 현황").replace(
        PROJECT[PROJECT.index("(단위: 천원)"):], table)).encode())
    [generic] = extract_report(document).tables
    assert (generic.caption, generic.note) == ("위원 현황", "중복 위촉 포함")


def test_a_note_over_the_next_table_parted_from_the_one_above_is_not_its_note():
    # a `※` line after a blank line over another table may caption that one (`※ 해외유입 현황`): not the note above
    two = "| 구 분 | 계 |\n|---|---|\n| 국내 | 12 |\n\n※ 해외유입 현황\n\n| 구 분 | 계 |\n|---|---|\n| 해외 | 3 |\n"
    document = read_text("t.md", (COVER + "# Ⅰ. 일반현황\n\n□ 감염병 현황\n\n" + two).encode())
    assert [block.note for block in document.blocks if isinstance(block, Table)] == [None, None]
    # right under it, no blank line between, it is
    document = read_text("t.md", (COVER + "# Ⅰ. 일반현황\n\n□ 감염병 현황\n\n" + two.replace("\n\n※", "\n※")).encode())
    assert [block.note for block in document.blocks if isinstance(block, Table)] == ["해외유입 현황", None]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("mark", ["주)", "(주)", "※", "＊"])
def test_a_note_under_a_table_is_its_note_whatever_its_mark(mark, layout, tmp_path):
    report = read_laid_out(_general(f"{mark} 급여별 중복 수급자 포함"), layout, tmp_path)
    assert [t.note for t in report.tables] == ["급여별 중복 수급자 포함"]
    assert _sums(report) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_a_note_over_the_next_tables_unit_parted_from_the_one_above_is_not_its_note(layout, tmp_path):
    table = "(단위: 건)\n\n구 분\t2024년\t2025년\n계\t30\t20\n1급\t10\t5\n2급\t20\t15\n\n"
    report = read_laid_out(COVER + "# Ⅰ. 일반현황\n\n□ 감염병 발생 현황\n\n" + table + "※ 해외유입\n\n" + table, layout,
                           tmp_path)
    assert [(t.caption, t.note) for t in report.tables] == [("감염병 발생 현황", None), ("해외유입", None)]
