"""`pdftotext -layout` text of a table without rules whose line of group labels it sets off the labels below
(the grades up to a column right of their counts): each group label heads the group the labels below tell, a
group starting anew at a grade ranking no lower than the one before or at a total (`5급 … 9급 | 6급 7급 | 6급 7급
8급`, `소계 … 대형 | 소계 중형 대형`), not the labels it is centred over. Fixtures copied from the samples' PDFs
(scripts/make_pdfs.py, no rules) as `pdftotext -layout` prints them; poppler is not needed."""

from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text
from tests.layouts import laid_out
from tests.test_aligned_variants import _counts, _findings
from tests.test_layout_page_breaks import COVER

STAFFING_PART = " 2인력\n\n"
FACILITIES_PART = " 3 주요시설 및 장비\n\n"

# 2024-hanbit-chongmu-layout, a page break above the table: `관리운영직` centred over `9급 | 6급 | 7급`
THREE_CLASSES = """\
                             구분    계                          일반직                                    관리운영직                        별정직ㆍ임기제

                                                 5급       6급      7급          8급        9급            6급            7급               6급        7급   8급

                             정원    43        1            7       14          6         9        1                  1        1                 2    1

                             현원    41        1            8       15          5         7        1                  1        1                 1    1

                             과부족   △2        -            1       1           △1        △2       -                  -        -                 △1   -
"""

# 2025-hanbit-bokji, so: `별정직ㆍ임기제` centred over `9급 | 6급 | 7급`, `연구직` merged down beside it
A_CLASS_MERGED_DOWN = """\
                           구분     계                  일반직                             별정직ㆍ임기제                    연구직

                                           5급    6급   7급       8급        9급               6급               7급

                           정원     20   1         4    7        3         2       1                         1    1

                           현원     19   1         4    6        4         2       1                         -    1

                           과부족    △1   -         -    △1       1         -       -                         △1   -
"""

# 2024-hanbit-chongmu-layout, the header printed again over the last row alone atop the next page (the running
# header there, the file's name, left out: one page break does not tell it from text)
HEADER_AGAIN = """\
                             구분   계                 일반직                      관리운영직            별정직ㆍ임기제

                                           5급   6급   7급   8급     9급          6급      7급       6급   7급   8급

                             정원   43   1        7    14   6      9       1          1     1        2    1

                             현원   41   1        8    15   5      7       1          1     1        1    1




                                                                      -1-
\f



                             구분    계                          일반직                                    관리운영직                           별정직ㆍ임기제

                                                 5급       6급      7급          8급        9급            6급            7급                  6급        7급   8급

                             과부족   △2        -            1       1           △1        △2       -                  -           -                 △1   -

 3 주요시설 및 장비
"""


def _read(text: str, part: str = STAFFING_PART):
    document = read_text("t.txt", (COVER.replace("Ⅰ. 일반현황\n", " Ⅰ. 일반현황\n") + part + text).encode())
    return [block for block in document.blocks if isinstance(block, Table)], extract_report(document)


def test_each_class_heads_the_grades_it_counts_up():
    """Before, 일반직's 9급 (9 posts, 7 staff) went to 관리운영직, centred over `9급 | 6급 | 7급`."""
    (table,), report = _read(THREE_CLASSES)
    assert table.rows[0] == ("구분", "계", "일반직", "", "", "", "", "관리운영직", "", "별정직·임기제", "", "")
    assert _counts(report, "정원") == [
        ("계", "계", 43), ("일반직", "5급", 1), ("일반직", "6급", 7), ("일반직", "7급", 14), ("일반직", "8급", 6),
        ("일반직", "9급", 9), ("관리운영직", "6급", 1), ("관리운영직", "7급", 1), ("별정직·임기제", "6급", 1),
        ("별정직·임기제", "7급", 2), ("별정직·임기제", "8급", 1)]
    assert [(c.job_class, c.grade, c.headcount) for c in report.staffing if c.status == "과부족"][5:7] == [
        ("일반직", "9급", -2), ("관리운영직", "6급", 0)]
    assert _findings(report) == []


def test_a_class_merged_down_beside_the_runs_keeps_its_column():
    """Before, 일반직's 9급 went to 별정직ㆍ임기제; `연구직`, over no grade, heads its own column still."""
    (table,), report = _read(A_CLASS_MERGED_DOWN)
    assert table.rows[0] == ("구분", "계", "일반직", "", "", "", "", "별정직·임기제", "", "연구직")
    assert _counts(report, "현원") == [
        ("계", "계", 19), ("일반직", "5급", 1), ("일반직", "6급", 4), ("일반직", "7급", 6), ("일반직", "8급", 4),
        ("일반직", "9급", 2), ("별정직·임기제", "6급", 1), ("별정직·임기제", "7급", 0), ("연구직", "계", 1)]
    assert _findings(report) == []


def test_the_header_printed_again_over_the_last_row_heads_it_alike():
    """The part atop the next page, its header set out anew, reads as the part above, and goes on from it. Before,
    its 9급 went to 관리운영직 and the two headers differed: two tables, the 과부족 of 일반직 9급 under 관리운영직."""
    (table,), report = _read(HEADER_AGAIN)
    assert table.rows[0] == ("구분", "계", "일반직", "", "", "", "", "관리운영직", "", "별정직·임기제", "", "")
    assert [row[0] for row in table.rows[2:]] == ["정원", "현원", "과부족"]
    assert _counts(report, "과부족") == [
        ("계", "계", -2), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", 1), ("일반직", "8급", -1),
        ("일반직", "9급", -2), ("관리운영직", "6급", 0), ("관리운영직", "7급", 0), ("별정직·임기제", "6급", 0),
        ("별정직·임기제", "7급", -1), ("별정직·임기제", "8급", 0)]
    assert _findings(report) == []


# one run counting up under two classes: the count does not tell where 일반직 ends, their centres do
ONE_RUN_UNDER_TWO = "\n\n".join([
    laid_out((4, "구분"), (12, "계"), (27, "일반직"), (44, "관리운영직")),
    laid_out((18, "5급"), (26, "6급"), (34, "7급"), (44, "8급"), (52, "9급")),
    laid_out((4, "정원"), (12, "10"), (19, "1"), (27, "2"), (35, "3"), (45, "2"), (53, "2")),
    laid_out((4, "현원"), (12, "9"), (19, "1"), (27, "2"), (35, "2"), (45, "2"), (53, "2"))]) + "\n"


def test_grades_counting_up_across_classes_leave_them_centred():
    (table,), report = _read(ONE_RUN_UNDER_TWO)
    assert table.rows[0] == ("구분", "계", "일반직", "", "", "관리운영직", "")
    assert _counts(report, "정원")[3:5] == [("일반직", "7급", 3), ("관리운영직", "8급", 2)]


# 2024-hanbit-chongmu-layout, a page break above the table: `승합` centred over `대형 | 소계 | 중형`
FLEET = """\
 □ 공용차량 - 총30대 (정수 30)
                                                                                                                                                          (단위: 대)
                                        총계                             승용                                       승합                        화물

                                                     소계       소형ㆍ다목적               중형        대형        소계       중형          대형       소계    소형

                                        30           20       8                    11        1         5        4           1       5      5

"""


def test_each_kind_heads_the_vehicles_from_its_subtotal_on():
    """Before, 승합 stood over 승용's 대형 and 화물 over 소형 alone: the header did not add up, and the figures'
    sums put it right, noted as a repair."""
    (table,), report = _read(FLEET, FACILITIES_PART)
    assert table.rows[0] == ("총계", "승용", "", "", "", "승합", "", "", "화물", "")
    (fleet,) = report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 30), ("승용", "소계", 20), ("승용", "소형·다목적", 8), ("승용", "중형", 11), ("승용", "대형", 1),
        ("승합", "소계", 5), ("승합", "중형", 4), ("승합", "대형", 1), ("화물", "소계", 5), ("화물", "소형", 5)]
    assert (fleet.repaired, fleet.repair_note) == (False, None)
    assert _findings(report) == []
