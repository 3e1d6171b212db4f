"""Leftovers of pdf94 in reading PDFs and their `pdftotext` renderings (branch pdf95).

a) pdfplumber, tables of two label columns whose groups' labels are centred in tall rows (test_pdf93's and
test_pdf94's) drawn in the "tables continued" style without rules inside (unruled, or ruled across under the header
alone): a label on its group's middle row stayed there where the line above its rows was the table's 계 (`체육시설` on
`야구장`, the next label then taking `체육시설`'s 소계), and its rows, 30 points apart, stood further apart than the
rows of one group were let (two paragraphs' gaps); a one-row group right under the 계 or the header (`현장직` on
`녹지원`) left the next group's label on its middle row (`생활시설` on `테니스장`). False `sum.table` errors on the
계 and the 소계 rows, a planted one misplaced. Now, as `-layout` is read: a total printed across the label and name
columns owns none of the rows below it; a group's rows may stand evenly apart however tall; and a label on a tall
row's line right under a line owning none of the rows below is a group of that row alone.

b) `pdftotext -raw`, a group a page break parts (a word processor's, not reportlab's: it breaks no merged cell), its
label printed atop the next page under the header again, no 소계 closing the group above: its rows above the break
cannot be told from that group's. With no 소계 of its own, the table fell apart at the label (a label on a line of
its own over one row, which `-raw` prints only so, read no group table: `예산 생활시설` one header label, 계 and rows
lost, a wrong 계 missed); now the rows stay where printed, the group above's (no 소계 to check them by: no false
finding), the table read. With a 소계 of its own, they were the group above's (false `생활시설 / 소계` 2 ≠ 9); now
the one run of rows at the page's foot that adds up with those below to the 소계 in a column is the group's; where
none or several do, they stay where printed.

c) `pdftotext -layout` of the doro report (its items' marks, a symbol font's private-use glyphs, drawn as blanks by
`make_pdfs` as they print nothing readable): an item set in under a field's line that ended short (`보도블록
교체ㆍ턱낮춤 : 42개소` under `1단계 정비 완료 … : 5개소, L=1.4km`, `굴착 심의 강화 : …` under `도로 굴착 복구 실명제
운영 : 연중`) went on the text of the line above, and a field's line under an item set in under it (`’19년 정비구간
…` under `◦ 점자블록 …`) on that item's: the nesting lost. A field's line set in past the text of a line above that
ended short, by four columns at most, is an item under it, its mark lost, as read_pdf's `_marks_lost` reads a PDF;
that line, printing no mark either, an item too; and a field's line at such an item's indentation below, its
sibling.

d) antiword's fixed-width `|` tables: a cell's line one column short of its column over a wide letter (`|긴급복지
지 |` over `|원 |`) was joined to the rest with a space (`긴급복지 지 원`, the 집행률 finding filed under that name);
antiword prints so a word cut where a wide letter does not fit the one column left, and a break at a space falling on
the column's last alike. Where the word they make joined is one the document prints (`지원`), it goes on without a
space; else as before (`재정 건전성` over `강화`: `건전성강화` printed nowhere). So too a line filling its column with
no space (`|지역별고용조|` over `|사 |`). A line filling every cell goes on the row above only where a cell of it
goes on a cut word, now one so told too (`|’24. 11. ~ |기본계획 최 |` over `|12. |종보고 및 |`, the document printing
`최종보고`: before, two rows); where each wrapped at a space, it is still a row of its own (as a date under a date
is: nothing in the print tells them apart).
"""

import subprocess

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from pipeline.read_text import _column_aligned_rows
from tests.conftest import ROOT
from tests.layouts import antiword_tables, make_pdfs, needs_pdftotext, records_but_the_document
from tests.test_hunt92 import REPORTS, finding_figures
from tests.test_pdf91 import _findings
from tests.test_pdf93 import ONE_ROW_GROUP_FIRST, PLANTED_SUBTOTAL
from tests.test_pdf93 import ROWS as ONE_ROW_ROWS
from tests.test_pdf94 import FACILITIES, NO_SUBTOTALS, PLANTED, PLANTED_FOUND, ROWS, TWO_ROW_GROUPS, _drawn

ONE_ROW_FOUND = [("sum.table", "생활시설 / 소계", "예산", "1,800백만원", "1,850백만원")]


@pytest.mark.parametrize("ruling", ["none", "horizontal"])
@pytest.mark.parametrize(("text", "cover_space", "rows", "found"), [
    (FACILITIES, 0, ROWS, []), (FACILITIES, 460, ROWS, []), (PLANTED, 0, None, PLANTED_FOUND),
    (PLANTED, 460, None, PLANTED_FOUND), (NO_SUBTOTALS, 0, None, []), (NO_SUBTOTALS, 400, None, []),
    (TWO_ROW_GROUPS, 490, None, []), (ONE_ROW_GROUP_FIRST, 0, ONE_ROW_ROWS, []),
    (ONE_ROW_GROUP_FIRST, 580, ONE_ROW_ROWS, []), (PLANTED_SUBTOTAL, 580, None, ONE_ROW_FOUND)])
def test_pdfplumber_groups_centred_in_tall_rows_without_rules_read_as_their_text_twin(
        text, cover_space, rows, found, ruling, tmp_path):
    source, pdf = _drawn(text, cover_space, tmp_path, ruling)
    twin = extract_file(source)
    assert _findings(twin) == found
    read = extract_file(pdf)
    assert len(read.tables) == 1
    if rows:
        assert [list(row) for row in read.tables[0].rows[1:]] == rows
    assert [list(row) for row in read.tables[0].rows[1:]] == [list(row) for row in twin.tables[0].rows[1:]]
    # before: `체육시설` on `야구장` (계 28 ≠ 21 …), `공원시설` on `어린이공원` (생활시설 / 소계 13 ≠ 9),
    # `생활시설` on `테니스장` (5 ≠ 9)
    assert _findings(read) == found
    assert records_but_the_document(read)["tables"][0]["rows"][1:] == \
        records_but_the_document(twin)["tables"][0]["rows"][1:]


HEADER, TOTAL = "구 분 개소 예산", "계 21 3,900"
SPORTS = ["체육시설", "축구장 3 300", "야구장 2 650"]
PARKS = ["공원시설", "근린공원 4 700", "어린이공원 3 500"]
BREAK = ["(계속)", HEADER]  # `(계속)` and the header printed again atop the next page


def _raw(text: str, tmp_path):
    source = tmp_path / "2025-hanbit-cheyuk.txt"
    source.write_text(text, encoding="utf-8")
    return extract_file(source)


def _raw_text(page1: list[str], page2: list[str]) -> str:
    """A report's -raw text: the cover, then the table over a page break (its running header and number between)."""
    cover = "\n".join(["2025-hanbit-cheyuk", "- 1 -", "2025년 주요업무 보고", "제301회 한빛구의회 제1차 정례회",
                       "2025년 주요업무 보고", "체 육 과 보고 순서", "Ⅰ. 일반현황", "- 체육시설 현황",
                       "(단위: 개소, 백만원)"])
    return "\n".join([cover, HEADER, *page1, "\f2025-hanbit-cheyuk", "- 2 -", *BREAK, *page2]) + "\n\f"


NO_SUBTOTAL_ROWS = [["계", "", "21", "3,900"], ["체육시설", "축구장", "3", "300"], ["", "야구장", "2", "650"],
                    ["", "수영장", "4", "800"], ["", "게이트볼장", "3", "600"], ["생활시설", "테니스장", "2", "350"],
                    ["공원시설", "근린공원", "4", "700"], ["", "어린이공원", "3", "500"]]


@pytest.mark.parametrize(("total", "found"), [
    ("계 21 3,900", []), ("계 21 3,950", [("sum.table", "계", "예산", "3,900백만원", "3,950백만원")])])
def test_raw_a_group_a_page_break_parts_with_no_subtotal_keeps_the_table_its_rows_above_where_printed(
        total, found, tmp_path):
    text = _raw_text([total, *SPORTS, "수영장 4 800", "게이트볼장 3 600"], ["생활시설", "테니스장 2 350", *PARKS])
    report = _raw(text, tmp_path)
    assert len(report.tables) == 1  # before: `계` alone, then `구 분 | 개소 | 예산 생활시설` over `테니스장`
    rows = [list(row) for row in report.tables[0].rows]
    assert rows[0] == ["구 분", "", "개소", "예산"]
    assert rows[1:] == [[*NO_SUBTOTAL_ROWS[0][:3], total.split()[-1]], *NO_SUBTOTAL_ROWS[1:]]
    # before: none, the wrong 계 missed; the label atop the page, no 소계 telling its rows, said so (test_raw99)
    assert _findings(report) == [*found, ("reading.group_unplaced", "생활시설", None, None, None)]


def test_raw_a_group_a_page_break_parts_with_the_total_last_keeps_the_table():
    lines = one_space_tables([HEADER, *SPORTS, "수영장 4 800", "게이트볼장 3 600", *BREAK, "생활시설",
                              "테니스장 2 350", *PARKS, TOTAL])
    assert [line for line in lines if line][-4:] == ["생활시설\t테니스장\t2\t350", "공원시설\t근린공원\t4\t700",
                                                     "\t어린이공원\t3\t500", "계\t\t21\t3,900"]


@pytest.mark.parametrize(("subtotal", "found"), [
    ("소계 9 1,750", []), ("소계 9 1,850", [("sum.table", "생활시설 / 소계", "예산", "1,750백만원", "1,850백만원")])])
@pytest.mark.parametrize("below", [["테니스장 2 350"], ["게이트볼장 3 600", "테니스장 2 350"]])
def test_raw_a_group_a_page_break_parts_takes_back_the_rows_its_subtotal_adds_up_with(subtotal, found, below,
                                                                                      tmp_path):
    above = ["수영장 4 800", "게이트볼장 3 600"][:3 - len(below)]
    report = _raw(_raw_text([TOTAL, *SPORTS, *above], ["생활시설", *below, subtotal, *PARKS]), tmp_path)
    rows = [list(row) for row in report.tables[0].rows[1:]]
    assert rows[3:7] == [["생활시설", "수영장", "4", "800"], ["", "게이트볼장", "3", "600"],
                         ["", "테니스장", "2", "350"], ["", "소계", "9", subtotal.split()[-1]]]
    assert rows[2] == ["", "야구장", "2", "650"]
    assert _findings(report) == found  # before: 생활시설 / 소계 개소 2 ≠ 9 (or 5 ≠ 9), 예산 350 ≠ 1,750


def test_raw_rows_above_the_break_stay_where_printed_where_no_run_adds_up_to_the_subtotal(tmp_path):
    """`소계 20 4,000` adds up with no run of the rows above the break: they stay 체육시설's, the 소계 checked as
    read."""
    report = _raw(_raw_text([TOTAL, *SPORTS, "수영장 4 800", "게이트볼장 3 600"],
                            ["생활시설", "테니스장 2 350", "소계 20 4,000", *PARKS]), tmp_path)
    rows = [list(row) for row in report.tables[0].rows[1:]]
    assert rows[3:6] == [["", "수영장", "4", "800"], ["", "게이트볼장", "3", "600"],
                         ["생활시설", "테니스장", "2", "350"]]


DORO = ROOT / "tests" / "department_reports" / "2020-hanbit-doro.txt"


@needs_pdftotext
def test_layout_items_whose_marks_print_nothing_nest_as_in_the_text_twin(tmp_path):
    pdf = tmp_path / "doro.pdf"
    make_pdfs().render(DORO, pdf)
    text = tmp_path / "2020-hanbit-doro.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(text)], check=True)
    read, twin = extract_file(text), extract_file(DORO)
    assert records_but_the_document(read)["projects"] == records_but_the_document(twin)["projects"]
    achieved = read.projects[0].items[3:5]
    assert [(item.text, [(child.text, [grand.text for grand in child.children]) for child in item.children])
            for item in achieved] == [
        ("1단계 정비 완료(’20. 3. ~ 5.) : 5개소, L=1.4km",
         [("보도블록 교체·턱낮춤 : 42개소", ["점자블록 정비 : 18개소"])]),
        ("’19년 정비구간 하자 보수 : 4월 / 3개소", [])]  # before: `1단계 … 보도블록 …`, `점자블록 … ’19년 …`
    assert [(item.text, [child.text for child in item.children]) for item in read.projects[1].items[-2:]] == [
        ("동절기 굴착 제한 : 12월~2월", []),
        ("도로 굴착 복구 실명제 운영 : 연중", ["굴착 심의 강화 : 상반기 기준 마련, 하반기 시행"])]  # before, one item


LAYOUT_ITEMS = """\
\f2020년도 제1차 정례회 주요업무보고

 도 로 과

 Ⅱ. 주요업무 추진실적

 1 노후 보도 정비 (도로관리팀)

 □ 추진실적
{body}
 □ 향후계획
  준공 및 정산 : 12월
"""


def _items(body: str, tmp_path) -> list:
    source = tmp_path / "2020-hanbit-doro.txt"
    source.write_text(LAYOUT_ITEMS.format(body=body), encoding="utf-8")

    def tree(items):
        return [(item.text, tree(item.children)) for item in items]
    return tree(extract_file(source).projects[0].items)


def test_layout_a_field_set_in_under_a_line_ended_short_is_an_item_under_it(tmp_path):
    assert _items("     도로 굴착 복구 실명제 운영 : 연중\n       굴착 심의 강화 : 상반기 기준 마련", tmp_path) == [
        ("도로 굴착 복구 실명제 운영 : 연중", [("굴착 심의 강화 : 상반기 기준 마련", [])]),
        ("준공 및 정산 : 12월", [])]


def test_layout_a_line_wrapped_from_a_full_line_or_no_field_goes_on_its_text(tmp_path):
    full = "     노후 보도블록 교체 및 점자블록 정비 공사를 한빛로 일대 12개소에서 추진하고 있으며 구간별로"
    assert _items(f"{full}\n       공사 기간 : 하반기까지", tmp_path)[0][0] == f"{full.strip()} 공사 기간 : 하반기까지"
    assert _items("     1단계 정비 완료 : 5개소\n       및 점자블록 정비", tmp_path)[0] == (
        "1단계 정비 완료 : 5개소 및 점자블록 정비", [])


BUDGET_LINES = ["|단위사업명  |예산액   |", "|긴급복지 지 |1,286,000|", "|원          |         |",
                "|재정 건전성 |50,000   |", "|강화        |         |", "|지역별고용조|20,000   |",
                "|사          |         |"]  # as antiword prints `긴급복지 지원`, `재정 건전성 강화`, `지역별고용조사`


@pytest.mark.parametrize(("spelled", "names"), [
    (frozenset(), ["긴급복지 지원", "재정 건전성 강화", "지역별고용조사"]),  # raw96: a syllable cut off alone
    (frozenset({"지원", "건전성", "강화", "지역별고용조사"}), ["긴급복지 지원", "재정 건전성 강화", "지역별고용조사"])])
def test_antiword_a_word_cut_at_its_column_goes_on_unspaced_where_the_document_prints_it(spelled, names):
    rows, _ = _column_aligned_rows(BUDGET_LINES, lambda: spelled)
    assert [row[0] for row in rows[1:]] == names
    assert [row[1] for row in rows[1:]] == ["1,286,000", "50,000", "20,000"]


def test_antiword_fixture_names_its_budget_lines_as_its_tabs_where_the_report_prints_them():
    path = REPORTS / "2025-nuri-bokjijeongchaek.txt"
    tabs = extract_file(path)
    antiword = extract_file(path, antiword_tables(path.read_text(encoding="utf-8-sig")).encode("utf-8"))
    names = {line.name for line in antiword.budget}
    assert {"긴급복지 지원", "자활사업 운영"} <= names  # before: `긴급복지 지 원`, `자활사업 운 영`
    found = sorted(map(finding_figures, run_checks(antiword)))
    assert found == sorted(map(finding_figures, run_checks(tabs)))
    assert ("rate", "긴급복지 지원", "집행률(%)", "46.0", "48.0") in found  # the planted 집행률, filed under its name


SCHEDULE = ["|일 정       |내 용       |", "|’24. 11. ~  |기본계획 최 |", "|12.         |종보고 및   |",
            "|            |확정        |", "|’25. 1월    |결과 공개   |"]  # as antiword prints a schedule's rows


@pytest.mark.parametrize(("spelled", "rows"), [
    (frozenset({"최종보고"}), [("’24. 11. ~ 12.", "기본계획 최종보고 및 확정"), ("’25. 1월", "결과 공개")]),
    # raw96: `최` a syllable cut off alone, `~` a range left open, tell it too
    (frozenset(), [("’24. 11. ~ 12.", "기본계획 최종보고 및 확정"), ("’25. 1월", "결과 공개")])])
def test_antiword_a_line_filling_every_cell_goes_on_where_a_cell_goes_on_a_word_the_document_prints(spelled, rows):
    assert list(_column_aligned_rows(SCHEDULE, lambda: spelled)[0][1:]) == rows


def test_antiword_figures_one_over_another_are_never_joined_by_the_words_printed():
    lines = ["|구 분|계|", "|가   |12|", "|     |3 |", "|다   |2 |"]
    assert list(_column_aligned_rows(lines, lambda: frozenset({"123"}))[0]) == [
        ("구 분", "계"), ("가", "12"), ("", "3"), ("다", "2")]
