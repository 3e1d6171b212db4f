"""Leftovers of pdf92 in reading PDFs and their `pdftotext` renderings (branch pdf93).

a) test_pdf92's table of a one-row group right under the 계 (`현장직 | 녹지원`), then a group of three whose label is
centred (`생활시설`), drawn in the "tables continued" style: the table breaks over a page after its 계 row, and goes
on under `(계속)` and its header printed again. pdfplumber read it as the text does; the two `pdftotext` readings did
not.
- `-layout` lays each page out apart: the 계 row alone above the break prints three cells, one under each label
  (`계` in the label columns merged across), the rows below four, their label columns closed up there. The 계's
  figures were set under the next page's columns, a column off (`계 | 12 | | 2,100`: false `sum.table` errors). A
  header printed again over a row printing more cells than it has labels, where no row above the break printed as
  many, now starts a part read at its page's own columns, which `add_table` joins by the labels
  (`_merged_column_added`: the 계 at the left of the label columns).
- `-raw`: the `(계속)` mark over the header printed again ended the table of two label columns at the break, and the
  part below, no total among its rows, told no groups (the table ended at `생활시설`). A table of two label columns
  now goes on past `(계속)` over its header printed again as past the header alone.
b) `-raw` prints a one-row group's label on its row's line (`현장직 녹지원 3 300`); right under the table's 계 it was
read as one label in the name column. Such a row is parted (as pdf92 did below a group) where the rows of the
groups below are a word each: the rows from the total on count, not only those below the first group.
c) `2020-hanbit-doro.txt` drawn as a PDF lost `기 간 :`, `위 치 :`, `2단`, `준공` and `굴착` after its items' mark ``
(U+F06C, Wingdings' bullet as HWP's text keeps it) in all three readings: the PDF's text was whole, but
`make_pdfs` drew the private-use character in a CID font that has no glyph for it, under a CMap (UniKS-UCS2-H) by
which poppler and pdfminer alike misread it and the characters after it (`ㅤ`, `堀`, `가 씀`). The readers were
right; `make_pdfs` now draws such a mark as a blank of its width, a mark printing nothing readable, as U+F0A7 was
already read (the item's text whole, its mark lost). With the items' text read, `-layout` showed the next project's
numbered title (`2 도로 굴착 복구 및 관리 (도로굴착팀)`) run onto the last item of the project above, its mark lost
(a paragraph's line): project 2 was lost, its budget checked against project 1's 사업비 (three false
`cross.project_budget`). A numbered title printing its team in brackets goes on from no paragraph it is set left
of, as from no bullet already (one as far left may still be a part's name run into it: test_parts62).
"""

import subprocess

import pytest

from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from tests.conftest import ROOT
from tests.layouts import make_pdfs, needs_pdftotext, records_but_the_document
from tests.pdf_styles import rendered
from tests.test_pdf91 import _findings
from tests.test_pdf92 import ONE_ROW_GROUP_FIRST, PLANTED_SUBTOTAL, _source


def _read(pdf, reading: str, tmp_path):
    if reading == "pdfplumber":
        return extract_file(pdf)
    text = tmp_path / f"{reading}.txt"
    subprocess.run(["pdftotext", reading, str(pdf), str(text)], check=True)
    return extract_file(text)


ROWS = [["계", "", "12", "2,100"], ["현장직", "녹지원", "3", "300"], ["생활시설", "수영장", "4", "800"],
        ["", "테니스장", "5", "1,000"], ["", "소계", "9", "1,800"]]


@needs_pdftotext
@pytest.mark.parametrize("reading", ["-layout", "-raw", "pdfplumber"])
@pytest.mark.parametrize(("style", "text", "found"), [
    ("tables continued", ONE_ROW_GROUP_FIRST, []),
    ("tables continued", PLANTED_SUBTOTAL, [("sum.table", "생활시설 / 소계", "예산", "1,800백만원", "1,850백만원")]),
    ("grid", ONE_ROW_GROUP_FIRST, [])])
def test_a_one_row_group_under_the_total_reads_as_its_text_twin(style, text, found, reading, tmp_path):
    twin = extract_file(_source(tmp_path, text))
    assert _findings(twin) == found
    read = _read(rendered(_source(tmp_path, text), style, tmp_path), reading, tmp_path)
    assert len(read.tables) == 1
    assert [list(row) for row in read.tables[0].rows[1:]] == [list(row) for row in twin.tables[0].rows[1:]]
    if text == ONE_ROW_GROUP_FIRST:
        assert [list(row) for row in read.tables[0].rows[1:]] == ROWS
    # before, continued: -layout `계 | 12 | | 2,100` (계 개소 3 ≠ 12, 예산 300 ≠ 2,100), -raw the table ended at
    # 생활시설 (the same two); grid: -raw `| 현장직 녹지원 | 3 | 300` in the name column
    assert _findings(read) == found
    assert records_but_the_document(read)["tables"][0]["rows"][1:] == \
        records_but_the_document(twin)["tables"][0]["rows"][1:]


# the 체육과 report's cover as `pdftotext -layout` prints it, down to the table's caption
LAYOUT_COVER = """\
2025-hanbit-cheyuk




 2025년 주요업무 보고

 제301회 한빛구의회 제1차 정례회

 2025년 주요업무 보고

 체 육 과 보고 순서

 Ⅰ. 일반현황
  - 체육시설 현황
"""

LAYOUT = LAYOUT_COVER + """\
                                               (단위: 개소, 백만원)
                       구분         개소   예산


                       계          12   2,100




                            -1-
\f2025-hanbit-cheyuk



                                                (계속)
                     구분            개소   예산


                     현장직    녹지원    3    300



                            수영장    4    800



                     생활시설   테니스장   5    1,000



                            소계     9    1,800




                             -2-
"""


def test_layout_a_header_again_over_rows_wider_than_those_above_the_break_starts_a_part_of_its_own(tmp_path):
    source = tmp_path / "2025-hanbit-cheyuk.txt"
    source.write_text(LAYOUT, encoding="utf-8")
    table = extract_file(source).tables[0]
    assert [list(row) for row in table.rows] == [["구분", "", "개소", "예산"], *ROWS]  # before: 계 | 12 | | 2,100


def test_layout_rows_parted_by_three_blank_lines_atop_a_page_go_on_under_a_row_closer_to_the_header(tmp_path):
    """The 계 printing its name column too (`계  전체  12  2,100`): the rows above the break as wide as those below,
    one table throughout; the 계 two blank lines under the header, the rows atop the next page three apart, which
    the rows a page break parts say nothing against (before, the table ended at `현장직`)."""
    source = tmp_path / "2025-hanbit-cheyuk.txt"
    source.write_text(LAYOUT.replace("계          12   2,100", "계    전체   12   2,100"), encoding="utf-8")
    table = extract_file(source).tables[0]
    assert [list(row) for row in table.rows[:3]] == [
        ["구분", "", "개소", "예산"], ["계", "전체", "12", "2,100"], ["현장직", "녹지원", "3", "300"]]
    assert [row[1] for row in table.rows[3:]] == ["수영장", "테니스장", "소계"]


HEADER, TOTAL = "구 분 개소 예산", "계 12 2,100"
BELOW = ["현장직 녹지원 3 300", "생활시설", "수영장 4 800", "테니스장 5 1,000", "소계 9 1,800"]
RAW_ROWS = ["계\t\t12\t2,100", "현장직\t녹지원\t3\t300", "생활시설\t수영장\t4\t800", "\t테니스장\t5\t1,000",
            "\t소계\t9\t1,800"]


@pytest.mark.parametrize("again", [[HEADER], ["(계속)", HEADER], ["<표 계속>", HEADER]])
def test_raw_a_table_of_two_label_columns_goes_on_past_its_header_printed_again(again):
    lines = one_space_tables([HEADER, TOTAL, *again, *BELOW])
    assert [line for line in lines if line] == ["구 분\t\t개소\t예산", *RAW_ROWS]  # before, after (계속): 3 columns


def test_raw_a_continued_mark_over_another_header_ends_the_table():
    lines = one_space_tables([HEADER, TOTAL, "(계속)", "구 분 면적 예산", *BELOW])
    assert lines[:3] == ["구 분\t개소\t예산", "계\t12\t2,100", "(계속)"]


def test_raw_a_one_row_group_right_under_the_total_is_parted():
    # before: `\t현장직 녹지원\t3\t300`
    assert one_space_tables([HEADER, TOTAL, *BELOW]) == ["구 분\t\t개소\t예산", *RAW_ROWS, ""]


def test_raw_a_row_of_two_words_under_the_total_stays_one_where_the_groups_rows_are_words_too():
    """No word tells where the two label columns part (`생활 체육 시설` under `생활시설`): the label stays one."""
    lines = one_space_tables([HEADER, TOTAL, "현장직 녹지원 3 300", "생활시설", "수영장 시설 4 800",
                              "테니스장 시설 5 1,000", "소계 9 1,800"])
    assert lines[2] == "\t현장직 녹지원\t3\t300"


DORO = ROOT / "tests" / "department_reports" / "2020-hanbit-doro.txt"


@needs_pdftotext
@pytest.mark.parametrize("reading", ["-layout", "-raw", "pdfplumber"])
def test_a_reports_items_after_a_private_use_mark_read_whole_from_its_pdf(reading, tmp_path):
    pdf = tmp_path / "doro.pdf"
    make_pdfs().render(DORO, pdf)
    read = _read(pdf, reading, tmp_path)
    # before: `ㅤ ’20. 1. ~ 12.`, `堀 한빛로 …`, `가 씀 : …` (-raw), the caption `허가 현황 (…)`
    assert [item.text for item in read.projects[0].items[:3]] == [
        "기 간 : ’20. 1. ~ 12.", "위 치 : 한빛로 등 12개소 (L=3.2km)",
        "사 업 비 : 1,820.4백만원 (시비 910.2, 구비 910.2)"]
    assert [table.caption for table in read.tables] == ["굴착 허가 현황 (2019. 12. 31. 현재)"]
    assert [project.title for project in read.projects] == [
        "노후 보도 정비", "도로 굴착 복구 및 관리", "가로등 LED 교체"]
    assert _findings(read) == _findings(extract_file(DORO)) == []


def test_layout_a_numbered_title_with_its_team_goes_on_from_no_paragraph_it_is_set_left_of(tmp_path):
    """Items whose marks printed nothing (`-layout` of a symbol font's glyph): each a paragraph's line, the next
    project's title right below the last (before, run onto it: `준공 및 정산 : 12월 2 도로 굴착 복구 및 관리
    (도로굴착팀)`, the project lost)."""
    source = tmp_path / "2020-hanbit-doro.txt"
    source.write_text(LAYOUT_TITLES, encoding="utf-8")
    report = extract_file(source)
    assert [(project.title, [item.text for item in project.items]) for project in report.projects] == [
        ("노후 보도 정비", ["2단계 공사 : 7월~10월 / 7개소 / 11억 6,510만원", "준공 및 정산 : 12월"]),
        ("도로 굴착 복구 및 관리", ["동절기 굴착 제한 : 12월~2월"])]


LAYOUT_TITLES = """\
2020년도 제1차 정례회 주요업무보고

 도 로 과

 Ⅱ. 주요업무 추진실적

 1 노후 보도 정비 (도로관리팀)

 □ 향후계획
  2단계 공사 : 7월~10월 / 7개소 / 11억 6,510만원
  준공 및 정산 : 12월
 2 도로 굴착 복구 및 관리 (도로굴착팀)

 □ 향후계획
  동절기 굴착 제한 : 12월~2월
"""
