"""`pdftotext -layout` of a PDF's table without vertical rules whose header labels are centred in their cells over
cells printed at their left (as a word processor sets figures and words alike), tall rows parted by blank lines:
each label stands right of its column's cells. A 비고 column no row fills, right of the last column's label that
stands beyond every cell too, was joined to it (`과부족 비고`: the 과부족 lost); a header of two labels and 비고 over
a `계` row of two cells was read as text (joined to the caption: the vehicles lost)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_aligned_gaps2 import COVER, read_body, staffing_of

STAFFING = {
    "tall rows": """\
2 인 력
                                                           (2025. 5. 31. 기준, 단위: 명)
         구분    정원    현원       과부족     비고

         계     28    27       △1

         4급    1     1        -

         6급    27    26       △1
""",
    "a note in the last row": """\
2 인 력
                                                           (단위: 명)
         구 분    정 원    현 원       과부족      비 고

         계      28     27        ▲1

         4급     1      1         -

         6급     27     26        ▲1        육아휴직 1
""",
}


@pytest.mark.parametrize("body", STAFFING.values(), ids=STAFFING.keys())
def test_an_unfilled_note_column_right_of_a_label_beyond_every_cell_is_a_column_of_its_own(body):
    tables, report = read_body(body)
    assert [len(row) for row in tables[0].rows] == [5] * 4
    assert tables[0].rows[0][3:] in (("과부족", "비고"), ("과부족", "비 고"))
    assert [r for r in staffing_of(report) if r[0] == "과부족"] == [
        ("과부족", "계", "계", -1), ("과부족", "계", "4급", 0), ("과부족", "계", "6급", -1)]
    assert run_checks(report) == []


VEHICLES = {
    "tall rows": """\
4 공용차량 - 총 9대 (정수 9)
                                                               (단위: 대)
             차종          대수         비고

            계        9

            승용       2             전기차 2

            화물       5             청소차 4

            특수       2             살수차
""",
    "spaced labels": """\
3 공용차량 - 총 3대
                                                   (단위: 대)
            차 종        대 수         비 고

           계        3

           승 용     1             전기차

           화 물     2
""",
}


@pytest.mark.parametrize("body", VEHICLES.values(), ids=VEHICLES.keys())
def test_a_header_of_two_labels_and_a_note_over_a_total_row_of_two_cells_heads_its_table(body):
    tables, report = read_body(body)
    assert len(tables) == 1 and len(tables[0].rows[0]) == 3
    fleet = report.vehicles[0]
    counts = {(c.category, c.kind): c.count for c in fleet.counts}
    total = counts.pop(("계", "계"))
    assert total == fleet.printed_total == sum(counts.values())
    assert run_checks(report) == []


def test_two_words_over_a_row_of_two_cells_are_still_no_header():
    """Two labels over two cells, no note column: as before, not read as a header (three cells are needed)."""
    tables, _report = read_body("""\
3 공용차량
             차종          대수

            계        9

            승용       9
""")
    assert all(row[0] != "차종" for table in tables for row in table.rows)


FACILITIES = """\
3 주요시설 현황
                               구분               위치           면적(㎡)          개관        비고

                          계                                  18,400

                          한빛구민체육센터            한빛로 120        9,800      2012. 5.      수영장

                          한빛아트홀               중앙로 45         4,600      2016. 3.      512석

                          생활체육공원              강변로 8          4,000      2019. 9.
"""


def test_a_header_over_a_total_row_of_fewer_cells_heads_its_table_laid_out_by_characters():
    """The `계` row prints its area alone; the rows below it head the table as before, and their cells line up by
    characters (`pdftotext -layout`): `개관` starting where one row's `2012. 5.` does in display columns is chance.
    Before, the header was a paragraph, and with it the table was read in display columns (`18,400` under 위치)."""
    tables, _report = read_body(FACILITIES)
    assert tables[0].rows == (("구분", "위치", "면적(㎡)", "개관", "비고"), ("계", "", "18,400", "", ""),
                              ("한빛구민체육센터", "한빛로 120", "9,800", "2012. 5.", "수영장"),
                              ("한빛아트홀", "중앙로 45", "4,600", "2016. 3.", "512석"),
                              ("생활체육공원", "강변로 8", "4,000", "2019. 9.", ""))


# `pdftotext -layout` of a PDF drawn by scripts/make_pdfs.py: a project's overview of two-syllable labels and one of
# three (`사업비`), whose text starts where the others' does in characters alone
OVERVIEW = (
    "1 주민자치회 운영 자치협력팀\n"
    "\n"
    "□ 사업개요\n"
    + " " * 34 + "구분                      내용\n"
    "\n"
    + " " * 34 + "기간    2025. 1. ~ 12.\n"
    "\n"
    + " " * 34 + "대상    18개 동 주민자치회 (위원 612명)\n"
    "\n"
    + " " * 34 + "사업비   3,120백만원 (시비 1,200, 구비 1,920)\n"
    "\n"
    "\n"
    "□ 추진실적\n"
    "\n"
    "○ 주민총회 개최 : 4~5월, 18개 동\n")


def test_an_overviews_header_heads_rows_whose_blank_column_runs_down_in_characters_alone():
    """Before, `구분 내용` was left as the overview's first item (its blank column is two wide in display columns)."""
    document = read_text("t.txt", (COVER + "# Ⅱ. 주요업무 추진실적\n\n" + OVERVIEW).encode())
    [project] = extract_report(document).projects
    assert [(item.text, item.amount_krw) for item in project.items][:4] == [
        ("기간 : 2025. 1. ~ 12.", None), ("대상 : 18개 동 주민자치회 (위원 612명)", None),
        ("사업비 : 3,120백만원 (시비 1,200, 구비 1,920)", 3_120_000_000), ("주민총회 개최 : 4~5월, 18개 동", None)]
