"""`pdftotext -layout` text of a PDF table that goes on over a page, its header printed again atop the next page
with its columns laid out elsewhere (a table centred on each page at its own width): the parts are one table,
the part below joined to the one above by its header's labels, not by where its characters stand."""

import pytest

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_report
from pipeline.read_text import parse_lines, read_text
from tests.layouts import laid_out

COVER = "제312회 새빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n 2025년 주요업무 보고\n\n 건축과\n\n Ⅰ. 일반현황\n"
PAGE_BREAK = ["", "", "", laid_out((61, "-1-")), "\f", "", ""]  # the foot of a page, a form feed, the next page's top

# 2025-saebit-geonchuk: only the `계` row under the header on the first page
BUDGET_PAGES = [
    " 5. 예산현황", laid_out((120, "(2025. 5. 31. 기준, 단위: 천원)")),
    laid_out((29, "단위사업"), (42, "예산액"), (58, "이월액"), (74, "예산현액"), (92, "집행액"), (108, "집행률(%)")),
    "",
    laid_out((25, "계"), (38, "5,300,000"), (56, "1,200,000"), (73, "6,500,000"), (90, "2,600,000"), (105, "40.0")),
    *PAGE_BREAK,
    laid_out((46, "단위사업"), (59, "예산액"), (76, "이월액"), (87, "예산현액"), (102, "집행액"), (117, "집행률(%)")),
    "",
    laid_out((41, "건축행정 관리"), (57, "800,000"), (72, "-"), (86, "800,000"), (100, "360,000"), (117, "45.0")), "",
    laid_out((41, "공공건축물 조성"), (57, "4,000,000"), (72, "1,200,000"), (86, "5,200,000"), (100, "2,080,000"),
             (117, "40.0")), "",
    laid_out((41, "빈집 정비"), (57, "500,000"), (72, "-"), (86, "500,000"), (100, "160,000"), (117, "32.0")), "", "",
    " Ⅱ. 주요업무 추진실적"]
# 2025-saebit-geonchuk2: its labels say which figures a rate is of
LETTERED_PAGES = [
    " 5. 예산현황", laid_out((116, "(2025. 5. 31. 기준, 단위: 천원)")),
    laid_out((29, "단위사업"), (37, "예산액(A)"), (54, "이월액(B)"), (74, "계(A+B)"), (86, "집행액(C)"),
             (98, "집행률(C/(A+B))")), "",
    laid_out((25, "계"), (37, "5,300,000"), (54, "1,200,000"), (71, "6,500,000"), (86, "2,600,000"), (98, "40.0")),
    *PAGE_BREAK,
    laid_out((41, "단위사업"), (53, "예산액(A)"), (69, "이월액(B)"), (81, "계(A+B)"), (93, "집행액(C)"),
             (106, "집행률(C/(A+B))")), "",
    laid_out((39, "건축행정 관리"), (53, "800,000"), (66, "-"), (80, "800,000"), (93, "360,000"), (106, "45.0")), "",
    laid_out((39, "공공건축물 조성"), (53, "4,000,000"), (66, "1,200,000"), (80, "5,200,000"), (93, "2,080,000"),
             (106, "40.0")), "",
    laid_out((39, "빈집 정비"), (53, "500,000"), (66, "-"), (80, "500,000"), (93, "160,000"), (106, "32.0")), "", "",
    " Ⅱ. 주요업무 추진실적"]
BUDGET_LINES = [("계", 6_500_000, 2_600_000, 40.0, "천원"), ("건축행정 관리", 800_000, 360_000, 45.0, "천원"),
                ("공공건축물 조성", 5_200_000, 2_080_000, 40.0, "천원"), ("빈집 정비", 500_000, 160_000, 32.0, "천원")]


# the budget the pages of a wrapped `집행률(%` label print, in millions of won, however the header is laid out
WRAPPED_LABEL_BUDGET = [
    (1, "계", 18_420, 6_215, 33.7, "백만원"), (1, "문화예술 진흥", 4_860, 1_705, 35.1, "백만원"),
    (1, "지역축제 운영", 1_250, 310, 24.8, "백만원"), (1, "생활체육 활성화", 3_920, 1_480, 37.8, "백만원"),
    (1, "체육시설 운영·관리", 8_180, 2_650, 32.4, "백만원"), (1, "기본경비", 210, 70, 33.3, "백만원")]


def _in_millions(r) -> list[tuple]:
    return [(b.table_no, b.name, b.budget_krw // 1_000_000, b.executed_krw // 1_000_000, b.execution_rate, b.unit)
            for b in r.budget]


# the budget with a carry-over beside it the pages of rows laid out anew print, in thousands of won
CARRIED_OVER_BUDGET = [
    ("계", 12_846_500, 4_102_300, 31.9, {"이월액": "320,000"}),
    ("탄소중립 실천", 1_520_000, 402_100, 26.5, {"이월액": "120,000", "비고": "국비 포함"}),
    ("대기질 개선", 9_840_000, 3_301_800, 33.6, {"이월액": "200,000"}),
    ("생활환경 관리", 1_346_500, 352_400, 26.2, None), ("기본경비", 140_000, 46_000, 32.9, None)]


def _in_thousands(r) -> list[tuple]:
    return [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate, b.other_columns)
            for b in r.budget]


@pytest.mark.parametrize("pages", [BUDGET_PAGES, LETTERED_PAGES], ids=["labels", "lettered labels"])
def test_a_budget_going_on_over_a_page_under_its_header_laid_out_anew_is_one_table(pages):
    """Before: the part above was a table of its own, its first labels run into one (`단위사업 예산액`: the label
    stood between the `계` and its figures), the rest a table without the 계 and the unit (its figures taken as
    won); or, where the rows were bridged over the break, one table read at the first page's columns, each row
    below a column off (`계(A+B)` 800,000, a `rate` error)."""
    r = extract_report(read_text("t.txt", (COVER + "\n".join(pages) + "\n").encode()))
    assert [(b.table_no, b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate, b.unit)
            for b in r.budget] == [(1, *line) for line in BUDGET_LINES]
    assert [f.rule for f in run_checks(r)] == []


# a table of words alone so broken (rendered by scripts/make_pdfs.py, as the budget above)
FACILITIES_PAGES = [
    " 5. 주요 시설 현황", "",
    laid_out((35, "시설명"), (50, "위치"), (66, "운영 부서"), (81, "비고")), "",
    laid_out((31, "구민회관"), (46, "중앙로 120"), (64, "공공건축팀"), (80, "증축 중")), "",
    laid_out((31, "청소년센터"), (46, "새빛로 45"), (64, "공공건축팀"), (80, "신축 중")),
    *PAGE_BREAK,
    laid_out((55, "시설명"), (69, "위치"), (81, "운영 부서"), (94, "비고")), "",
    laid_out((53, "경로당"), (67, "동서로 12"), (79, "건축안전팀"), (92, "리모델링")), "",
    laid_out((53, "주민쉼터"), (67, "남문로 8"), (79, "건축안전팀"), (92, "운영 중")), "", "",
    " Ⅱ. 주요업무 추진실적"]


def test_a_table_of_words_going_on_over_a_page_under_its_header_laid_out_anew_is_one_table():
    """Before: the part above stayed text (`시설명 위치 운영 부서 비고` a paragraph), the rest a table of no header."""
    blocks = read_text("t.txt", ("\n".join(FACILITIES_PAGES) + "\n").encode()).blocks
    assert [getattr(b, "rows", None) or b.text for b in blocks] == [
        "5. 주요 시설 현황",
        (("시설명", "위치", "운영 부서", "비고"), ("구민회관", "중앙로 120", "공공건축팀", "증축 중"),
         ("청소년센터", "새빛로 45", "공공건축팀", "신축 중"), ("경로당", "동서로 12", "건축안전팀", "리모델링"),
         ("주민쉼터", "남문로 8", "건축안전팀", "운영 중")),
        "Ⅱ. 주요업무 추진실적"]
    assert blocks[1].row_line(3) == 17  # the 경로당 row's line, atop the next page


# the 인력 table of 2026-hanbit-chongmu, rendered by scripts/make_pdfs.py (without vertical rules or with, its header
# not printed again) so that the page breaks between its header's two lines: `pdftotext -layout` lays the line at
# the foot of the page out apart from the page below it, its group labels nearer the left than the PDF draws them
# (`일반직` over `5급` alone, `관리운영직` over `8급  9급`), the rows below as tall rows, a blank line between
STAFF_PAGES = [
    " 2. 인력현황", laid_out((62, "(단위: 명)")),
    laid_out((23, "구분"), (28, "계"), (32, "일반직"), (44, "관리운영직"), (52, "별정직ㆍ임기제")),
    *PAGE_BREAK,
    laid_out((37, "5급"), (42, "6급"), (47, "7급"), (52, "8급"), (57, "9급"), (68, "6급"), (73, "7급"), (82, "6급"),
             (87, "7급"), (92, "8급")), "",
    laid_out((22, "정원"), (28, "44"), (33, "1"), (42, "7"), (47, "15"), (52, "6"), (57, "9"), (63, "1"), (73, "1"),
             (78, "1"), (87, "2"), (92, "1")), "",
    laid_out((22, "현원"), (28, "41"), (33, "1"), (42, "9"), (47, "14"), (52, "7"), (57, "5"), (63, "1"), (73, "-"),
             (78, "1"), (87, "2"), (92, "1")), "",
    laid_out((22, "과부족"), (28, "△3"), (33, "-"), (42, "2"), (47, "△1"), (52, "1"), (57, "△4"), (63, "-"), (73, "△1"),
             (78, "-"), (87, "-"), (92, "-")), "", "",
    " Ⅱ. 주요업무 추진실적"]


def test_a_header_of_two_lines_parted_by_a_page_break_over_tall_rows_heads_them():
    """Before: the two header lines were one paragraph (`구분 계 일반직 … 5급 6급 …`), the rows a table under no
    labels (staffing lost); with only the header's blank line bridged, each group label headed the column it stood
    over (`관리운영직` over 6급 and 7급 of 일반직: false `sum.staffing` errors)."""
    r = extract_report(read_text("t.txt", (COVER + "\n".join(STAFF_PAGES) + "\n").encode()))
    assert [(count.job_class, count.grade, count.headcount) for count in r.staffing if count.status == "정원"] == [
        ("계", "계", 44), ("일반직", "5급", 1), ("일반직", "6급", 7), ("일반직", "7급", 15), ("일반직", "8급", 6),
        ("일반직", "9급", 9), ("관리운영직", "6급", 1), ("관리운영직", "7급", 1), ("별정직·임기제", "6급", 1),
        ("별정직·임기제", "7급", 2), ("별정직·임기제", "8급", 1)]
    assert [count.headcount for count in r.staffing if count.status == "현원"][:2] == [41, 1]
    assert [f.rule for f in run_checks(r)] == []


# the vehicles table of 2023-hanbit-jaemu, rendered without rules (scripts/make_pdfs.py) a page break below its
# header's first line: `pdftotext -layout` lays that line out narrower than the page below it, `총계` left of the
# figures' first column and `화물` over the first group's `중형`
FLEET_GROUP_PAGES = [
    " □ 공용차량 - 총5대 (정수 6)", laid_out((82, "(단위: 대)")),
    laid_out((29, "총계"), (43, "승용"), (70, "화물")),
    *PAGE_BREAK,
    laid_out((56, "소계"), (63, "소형"), (72, "중형"), (80, "소계"), (88, "소형"), (98, "중형")), "",
    laid_out((46, "5"), (56, "3"), (63, "1"), (72, "2"), (80, "2"), (88, "2"), (98, "0")), "", "",
    " 4 예산현황"]


def test_a_line_of_group_labels_at_the_foot_of_a_page_laid_out_narrower_heads_the_columns_in_order():
    """Before: the line stood right of none of the figures' columns, so it was no header's: a paragraph, the rows a
    table under no group (the fleet lost)."""
    document = read_text("t.txt", (COVER + "\n".join(FLEET_GROUP_PAGES) + "\n").encode())
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.rows == (("총계", "승용", "", "", "화물", "", ""),
                          ("", "소계", "소형", "중형", "소계", "소형", "중형"),
                          ("5", "3", "1", "2", "2", "2", "0"))
    r = extract_report(document)
    assert [(c.category, c.kind, c.count) for c in r.vehicles[0].counts] == [
        ("계", "계", 5), ("승용", "소계", 3), ("승용", "소형", 1), ("승용", "중형", 2), ("화물", "소계", 2),
        ("화물", "소형", 2), ("화물", "중형", 0)]
    assert not r.vehicles[0].repaired
    assert [f.rule for f in run_checks(r)] == ["header.quota"]


# 2025-nuri-munhwa (hunt7): cells in HYGothic, `집행률(%)` wrapped over three lines of the header (`집행률(%` over
# it, `)` under it), the header printed again atop the next page at the width of the rows below it
WRAPPED_LABEL_PAGES = [
    " 4. 예산 현황", laid_out((125, "(5.31.기준, 단위: 백만원)")),
    laid_out((107, "집행률(%")),
    laid_out((41, "단위사업"), (61, "예산액"), (77, "집행액"), (93, "잔액")),
    laid_out((109, ")")), "",
    laid_out((38, "합 계"), (61, "18,420"), (77, "6,215"), (92, "12,205"), (107, "33.7")), "",
    laid_out((38, "문화예술 진흥"), (61, "4,860"), (77, "1,705"), (92, "3,155"), (107, "35.1")), "",
    laid_out((38, "지역축제 운영"), (61, "1,250"), (77, "310"), (92, "940"), (107, "24.8")), "",
    laid_out((38, "생활체육 활성화"), (61, "3,920"), (77, "1,480"), (92, "2,440"), (107, "37.8")),
    *PAGE_BREAK,
    laid_out((85, "집행률(%")),
    laid_out((48, "단위사업"), (59, "예산액"), (69, "집행액"), (77, "잔액")),
    laid_out((87, ")")), "",
    laid_out((46, "체육시설 운영ㆍ관리"), (59, "8,180"), (69, "2,650"), (77, "5,530"), (85, "32.4")), "",
    laid_out((46, "기본경비"), (59, "210"), (69, "70"), (77, "140"), (85, "33.3")), "", "",
    " Ⅱ. 주요업무 추진실적"]


def test_a_budget_going_on_over_a_page_under_its_header_of_a_wrapped_label_laid_out_anew_is_one_table():
    """Before: the header's first line atop the next page (`집행률(%`), taken for a label wrapped from the row above the
    break, was left a paragraph when the table did not go on over the break by columns; the part below was a table
    of its own with no unit (`체육시설 운영ㆍ관리` 8,180 won, its rate under a column `)`), false sum.budget errors."""
    r = extract_report(read_text("t.txt", (COVER + "\n".join(WRAPPED_LABEL_PAGES) + "\n").encode()))
    assert _in_millions(r) == WRAPPED_LABEL_BUDGET
    assert [f.rule for f in run_checks(r)] == []


# 2025-nuri-munhwa and 2025-nuri-hwangyeong (hunt7): no header printed again atop the next page, its rows laid out
# there anew, centred at their own width, their figures nearer one another than the columns above the break
LAST_ROW_PAGES = [
    " 4. 예산 현황", laid_out((122, "(5.31.기준, 단위: 백만원)")),
    laid_out((41, "단위사업"), (61, "예산액"), (72, "집행액"), (87, "잔액"), (100, "집행률(%)")), "",
    laid_out((39, "합계"), (61, "18,420"), (72, "6,215"), (86, "12,205"), (100, "33.7")), "",
    laid_out((39, "문화예술 진흥"), (61, "4,860"), (72, "1,705"), (86, "3,155"), (100, "35.1")), "",
    laid_out((39, "지역축제 운영"), (61, "1,250"), (72, "310"), (86, "940"), (100, "24.8")), "",
    laid_out((39, "생활체육 활성화"), (61, "3,920"), (72, "1,480"), (86, "2,440"), (100, "37.8")), "",
    laid_out((39, "체육시설 운영ㆍ관리"), (61, "8,180"), (72, "2,650"), (86, "5,530"), (100, "32.4")),
    *PAGE_BREAK,
    laid_out((48, "기본경비"), (55, "210"), (62, "70"), (67, "140"), (73, "33.3")), "", "",
    " Ⅱ. 주요업무 추진실적"]
FUNDING_PAGES = [
    " 4. 예산현황", laid_out((130, "(2025. 5. 31. 기준, 단위: 천원)")),
    laid_out((29, "단위사업"), (41, "예산액"), (57, "국비"), (77, "시비"), (94, "구비"), (110, "집행액"),
             (121, "집행률(%)")), "",
    laid_out((28, "합계"), (39, "12,846,500"), (55, "5,120,000"), (75, "3,410,000"), (92, "4,316,500"),
             (108, "4,102,300"), (121, "31.9")),
    *PAGE_BREAK,
    laid_out((37, "탄소중립 실천"), (48, "1,520,000"), (60, "600,000"), (72, "300,000"), (84, "620,000"),
             (96, "402,100"), (108, "26.5")), "",
    laid_out((37, "대기질 개선"), (48, "9,840,000"), (60, "4,520,000"), (72, "3,110,000"), (84, "2,210,000"),
             (96, "3,301,800"), (108, "33.6")), "",
    laid_out((37, "생활환경 관리"), (48, "1,346,500"), (60, "-"), (72, "-"), (84, "1,346,500"), (96, "352,400"),
             (108, "26.2")), "",
    laid_out((37, "기본경비"), (48, "140,000"), (60, "-"), (72, "-"), (84, "140,000"), (96, "46,000"), (108, "32.9")),
    "", "",
    " Ⅱ. 주요업무 추진실적"]


def test_rows_atop_the_next_page_laid_out_anew_without_the_header_go_under_its_columns_in_their_order():
    """Before: set under the columns above the break, their figures ran into one another by twos (`기본경비` 70140
    백만원, its 210 under a column of its own; `'국비': '1,520,000 600,000'`, every line read as `계`)."""
    r = extract_report(read_text("t.txt", (COVER + "\n".join(LAST_ROW_PAGES) + "\n").encode()))
    assert [(b.name, b.budget_krw // 1_000_000, b.executed_krw // 1_000_000, b.execution_rate, b.unit)
            for b in r.budget][-2:] == [("체육시설 운영·관리", 8_180, 2_650, 32.4, "백만원"),
                                        ("기본경비", 210, 70, 33.3, "백만원")]
    assert [f.rule for f in run_checks(r)] == []
    blocks = read_text("t.txt", ("\n".join(FUNDING_PAGES) + "\n").encode()).blocks
    assert [b.rows for b in blocks if isinstance(b, Table)] == [(
        ("단위사업", "예산액", "국비", "시비", "구비", "집행액", "집행률(%)"),
        ("합계", "12,846,500", "5,120,000", "3,410,000", "4,316,500", "4,102,300", "31.9"),
        ("탄소중립 실천", "1,520,000", "600,000", "300,000", "620,000", "402,100", "26.5"),
        ("대기질 개선", "9,840,000", "4,520,000", "3,110,000", "2,210,000", "3,301,800", "33.6"),
        ("생활환경 관리", "1,346,500", "-", "-", "1,346,500", "352,400", "26.2"),
        ("기본경비", "140,000", "-", "-", "140,000", "46,000", "32.9"))]


# 2025-nuri-munhwa as a PDF with horizontal rules alone (hunt7), its lines as the PDF reader lays them out in display
# columns: `집행률(%)` wrapped over three lines of the header on the first page, printed on one line of the header
# printed again atop the next (the page starts on the line after the blank one)
PDF_HEADER_AGAIN_LINES = [
    laid_out((125, "집행률(%")),
    laid_out((73, "단 위 사 업"), (88, "예 산 액"), (96, "집 행 액"), (105, "잔 액")),
    laid_out((129, ")")),
    laid_out((68, "합 계"), (89, "18,420"), (101, "6,215"), (113, "12,205"), (122, "33.7")),
    laid_out((68, "생활체육 활성화"), (84, "3,920"), (96, "1,480"), (108, "2,440"), (117, "37.8")), "",
    laid_out((73, "단 위 사 업"), (88, "예 산 액"), (96, "집 행 액"), (105, "잔 액"), (113, "집행률(% )")),
    laid_out((68, "체육시설 운영·관리"), (82, "8,180"), (94, "2,650"), (106, "5,530"), (115, "32.4")),
    laid_out((68, "기본경비"), (87, "210"), (99, "70"), (111, "140"), (120, "33.3"))]


def test_a_header_printed_again_on_one_line_where_a_label_of_it_wrapped_over_three_above_is_no_row():
    """Before: the header printed again stayed a row between the budget's rows (`단 위 사 업 | 예 산 액 | …`), in
    the grid kept beside the budget."""
    (table,) = parse_lines(PDF_HEADER_AGAIN_LINES, page_starts=[6], display_columns=True)
    assert table.rows == (("단 위 사 업", "예 산 액", "집 행 액", "잔 액", "집행률(% )"),
                          ("합 계", "18,420", "6,215", "12,205", "33.7"),
                          ("생활체육 활성화", "3,920", "1,480", "2,440", "37.8"),
                          ("체육시설 운영·관리", "8,180", "2,650", "5,530", "32.4"),
                          ("기본경비", "210", "70", "140", "33.3"))


# rendered by scripts/make_pdfs.py without rules, the header not printed again: rows atop the next page that leave a
# column blank (no 국비 nor 시비, no 이월액 and no 비고), laid out anew there at their own width, none of them full
FUNDING_ABOVE = [
    " 4. 예산현황", laid_out((104, "(2025. 5. 31. 기준, 단위: 천원)")),
    laid_out((25, "단위사업"), (36, "예산액"), (49, "국비"), (61, "시비"), (73, "구비"), (85, "집행액"),
             (95, "집행률(%)")), "",
    laid_out((24, "합계"), (34, "12,846,500"), (47, "5,120,000"), (59, "3,410,000"), (71, "4,316,500"),
             (83, "4,102,300"), (95, "31.9")), "",
    laid_out((24, "탄소중립 실천"), (34, "1,520,000"), (47, "600,000"), (59, "300,000"), (71, "620,000"),
             (83, "402,100"), (95, "26.5"))]
FUNDING_BLANKS_PAGES = [
    *FUNDING_ABOVE, "",
    laid_out((24, "대기질 개선"), (34, "9,840,000"), (47, "4,520,000"), (59, "3,110,000"), (71, "2,210,000"),
             (83, "3,301,800"), (95, "33.6")),
    *PAGE_BREAK,
    laid_out((16, "생활환경 관리"), (26, "1,346,500"), (44, "1,346,500"), (56, "352,400"), (66, "26.2")), "",
    laid_out((16, "기본경비"), (26, "140,000"), (44, "140,000"), (56, "46,000"), (66, "32.9")), "", "",
    " Ⅱ. 주요업무 추진실적"]
# the same a row earlier: a full row atop the next page beside them
FUNDING_BLANKS_BESIDE_A_FULL_ROW_PAGES = [
    *FUNDING_ABOVE,
    *PAGE_BREAK,
    laid_out((16, "대기질 개선"), (26, "9,840,000"), (38, "4,520,000"), (50, "3,110,000"), (62, "2,210,000"),
             (74, "3,301,800"), (86, "33.6")), "",
    laid_out((16, "생활환경 관리"), (26, "1,346,500"), (62, "1,346,500"), (74, "352,400"), (86, "26.2")), "",
    laid_out((16, "기본경비"), (26, "140,000"), (62, "140,000"), (74, "46,000"), (86, "32.9")), "", "",
    " Ⅱ. 주요업무 추진실적"]
CARRIED_OVER_PAGES = [
    " 4. 예산현황", laid_out((86, "(2025. 5. 31. 기준, 단위: 천원)")),
    laid_out((25, "단위사업"), (36, "예산액"), (48, "이월액"), (59, "집행액"), (69, "집행률(%)"), (79, "비고")), "",
    laid_out((24, "합계"), (34, "12,846,500"), (47, "320,000"), (57, "4,102,300"), (69, "31.9")), "",
    laid_out((24, "탄소중립 실천"), (34, "1,520,000"), (47, "120,000"), (57, "402,100"), (69, "26.5"),
             (78, "국비 포함")), "",
    laid_out((24, "대기질 개선"), (34, "9,840,000"), (47, "200,000"), (57, "3,301,800"), (69, "33.6")),
    *PAGE_BREAK,
    laid_out((16, "생활환경 관리"), (26, "1,346,500"), (44, "352,400"), (54, "26.2")), "",
    laid_out((16, "기본경비"), (26, "140,000"), (44, "46,000"), (54, "32.9")), "", "",
    " Ⅱ. 주요업무 추진실적"]
FUNDING_ROWS = (("단위사업", "예산액", "국비", "시비", "구비", "집행액", "집행률(%)"),
                ("합계", "12,846,500", "5,120,000", "3,410,000", "4,316,500", "4,102,300", "31.9"),
                ("탄소중립 실천", "1,520,000", "600,000", "300,000", "620,000", "402,100", "26.5"),
                ("대기질 개선", "9,840,000", "4,520,000", "3,110,000", "2,210,000", "3,301,800", "33.6"),
                ("생활환경 관리", "1,346,500", "", "", "1,346,500", "352,400", "26.2"),
                ("기본경비", "140,000", "", "", "140,000", "46,000", "32.9"))


@pytest.mark.parametrize("pages", [FUNDING_BLANKS_PAGES, FUNDING_BLANKS_BESIDE_A_FULL_ROW_PAGES],
                         ids=["alone", "beside a full row"])
def test_rows_atop_the_next_page_laid_out_anew_with_blank_cells_go_under_the_columns_they_fill(pages):
    """Their blank columns go where the rows keep the rate and the sum the rows above keep (`집행률 = 집행액 ÷ 예산액`,
    `예산액 = 국비 + 시비 + 구비`), the rest as the page's gaps say (`1,346,500` right before `352,400`: 구비), or
    under the columns of the full row beside them. Before: set where they stood, `생활환경 관리` made a column of its
    own, every line's label `합계` (or its figures under the columns before: `1,346,500` as 국비, `26.2` as 집행액)."""
    (table,) = [b for b in read_text("t.txt", ("\n".join(pages) + "\n").encode()).blocks if isinstance(b, Table)]
    assert table.rows == FUNDING_ROWS


def test_rows_atop_the_next_page_laid_out_anew_with_a_blank_column_and_no_note_keep_their_rates():
    """Before: `생활환경 관리` 1,346,500 read as the 예산액 of a line labelled `합계` beside the one above, its rate and
    spending under 이월액 and 집행액 (a false sum.budget error)."""
    r = extract_report(read_text("t.txt", (COVER + "\n".join(CARRIED_OVER_PAGES) + "\n").encode()))
    assert _in_thousands(r) == CARRIED_OVER_BUDGET
    assert [f.rule for f in run_checks(r)] == []


# the header on one line above the break, printed again over three lines atop the next page, its labels wrapped
# (`집행률(%` over the header's line, `)` under it; `예산액` over `(A)`), laid out anew there or where it stood
def _header_wrapped_again(header: str, *header_again: str) -> list[str]:
    return [
        " 4. 예산 현황", laid_out((110, "(5.31.기준, 단위: 백만원)")), header, "",
        laid_out((38, "합 계"), (61, "18,420"), (77, "6,215"), (92, "12,205"), (107, "33.7")), "",
        laid_out((38, "문화예술 진흥"), (61, "4,860"), (77, "1,705"), (92, "3,155"), (107, "35.1")), "",
        laid_out((38, "지역축제 운영"), (61, "1,250"), (77, "310"), (92, "940"), (107, "24.8")), "",
        laid_out((38, "생활체육 활성화"), (61, "3,920"), (77, "1,480"), (92, "2,440"), (107, "37.8")),
        *PAGE_BREAK, *header_again, "",
        laid_out((46, "체육시설 운영ㆍ관리"), (59, "8,180"), (69, "2,650"), (77, "5,530"), (85, "32.4")), "",
        laid_out((46, "기본경비"), (59, "210"), (69, "70"), (77, "140"), (85, "33.3")), "", "",
        " Ⅱ. 주요업무 추진실적"]


ONE_LABEL_WRAPPED_AGAIN = _header_wrapped_again(
    laid_out((41, "단위사업"), (61, "예산액"), (77, "집행액"), (93, "잔액"), (105, "집행률(%)")),
    laid_out((85, "집행률(%")), laid_out((48, "단위사업"), (59, "예산액"), (69, "집행액"), (77, "잔액")),
    laid_out((87, ")")))
LETTERED_LABELS_WRAPPED_AGAIN = _header_wrapped_again(
    laid_out((41, "단위사업"), (59, "예산액(A)"), (75, "집행액(B)"), (93, "잔액"), (103, "집행률(B/A)")),
    laid_out((59, "예산액"), (69, "집행액"), (85, "집행률")), laid_out((48, "단위사업"), (77, "잔액")),
    laid_out((60, "(A)"), (70, "(B)"), (85, "(B/A)")))


@pytest.mark.parametrize(("pages", "header"), [
    (ONE_LABEL_WRAPPED_AGAIN, ("단위사업", "예산액", "집행액", "잔액", "집행률(%)")),
    (LETTERED_LABELS_WRAPPED_AGAIN, ("단위사업", "예산액(A)", "집행액(B)", "잔액", "집행률(B/A)"))],
    ids=["a label wrapped", "lettered labels wrapped"])
def test_a_header_printed_again_atop_the_next_page_over_three_lines_is_the_table_s_header(pages, header):
    """Before: the part below the break was a table of its own, read by display columns (`집행률(% 잔액 )` one label)
    and without the unit (`체육시설 운영ㆍ관리` 8,180 won, false sum.budget errors), or its header's lines were rows of
    the table between the budget's (`예산액 (A) 8,180`)."""
    document = read_text("t.txt", (COVER + "\n".join(pages) + "\n").encode())
    assert [b.rows[0] for b in document.blocks if isinstance(b, Table)] == [header]
    r = extract_report(document)
    assert _in_millions(r) == WRAPPED_LABEL_BUDGET
    assert [f.rule for f in run_checks(r)] == []


def test_a_header_printed_again_over_three_lines_where_it_stood_is_the_table_s_header():
    """The same lines set where the header stood above the break. Before: the two parts were tables of their own
    (`집행률(% )` against `집행률(%)`), the part below without the unit."""
    pages = [" 4. 예산 현황", laid_out((110, "(5.31.기준, 단위: 백만원)")),
             laid_out((41, "단위사업"), (61, "예산액"), (77, "집행액"), (93, "잔액"), (105, "집행률(%)")), "",
             laid_out((38, "합 계"), (61, "18,420"), (77, "6,215"), (92, "12,205"), (107, "33.7")), "",
             laid_out((38, "문화예술 진흥"), (61, "4,860"), (77, "1,705"), (92, "3,155"), (107, "35.1")),
             *PAGE_BREAK,
             laid_out((105, "집행률(%")), laid_out((41, "단위사업"), (61, "예산액"), (77, "집행액"), (93, "잔액")),
             laid_out((107, ")")), "",
             laid_out((38, "기본경비"), (61, "210"), (77, "70"), (92, "140"), (107, "33.3")), "", "",
             " Ⅱ. 주요업무 추진실적"]
    r = extract_report(read_text("t.txt", (COVER + "\n".join(pages) + "\n").encode()))
    assert [(b.table_no, b.name, b.budget_krw // 1_000_000, b.unit) for b in r.budget] == [
        (1, "계", 18_420, "백만원"), (1, "문화예술 진흥", 4_860, "백만원"), (1, "기본경비", 210, "백만원")]


# the header alone at the foot of the page, laid out narrower than its rows atop the next page, a label a column
HEADER_ALONE_PAGES = [
    " 4. 예산현황", laid_out((68, "(2025. 5. 31. 기준, 단위: 천원)")),
    laid_out((24, "단위사업"), (31, "예산액"), (37, "국비"), (43, "시비"), (48, "구비"), (53, "집행액"),
             (59, "집행률(%)")),
    *PAGE_BREAK,
    laid_out((16, "합계"), (26, "12,846,500"), (39, "5,120,000"), (51, "3,410,000"), (63, "4,316,500"),
             (75, "4,102,300"), (87, "31.9")), "",
    laid_out((16, "탄소중립 실천"), (26, "1,520,000"), (39, "600,000"), (51, "300,000"), (63, "620,000"),
             (75, "402,100"), (87, "26.5")), "",
    laid_out((16, "대기질 개선"), (26, "9,840,000"), (39, "4,520,000"), (51, "3,110,000"), (63, "2,210,000"),
             (75, "3,301,800"), (87, "33.6")), "",
    laid_out((16, "생활환경 관리"), (26, "1,346,500"), (63, "1,346,500"), (75, "352,400"), (87, "26.2")), "",
    laid_out((16, "기본경비"), (26, "140,000"), (63, "140,000"), (75, "46,000"), (87, "32.9")), "", "",
    " Ⅱ. 주요업무 추진실적"]
NOTED_HEADER_ALONE_PAGES = [
    " 4. 예산현황", laid_out((65, "(2025. 5. 31. 기준, 단위: 천원)")),
    laid_out((24, "단위사업"), (31, "예산액"), (37, "이월액"), (45, "집행액"), (51, "집행률(%)"), (60, "비고")),
    *PAGE_BREAK,
    laid_out((16, "합계"), (26, "12,846,500"), (39, "320,000"), (49, "4,102,300"), (61, "31.9")), "",
    laid_out((16, "탄소중립 실천"), (26, "1,520,000"), (39, "120,000"), (49, "402,100"), (61, "26.5"),
             (68, "국비 포함")), "",
    laid_out((16, "대기질 개선"), (26, "9,840,000"), (39, "200,000"), (49, "3,301,800"), (61, "33.6")), "",
    laid_out((16, "생활환경 관리"), (26, "1,346,500"), (49, "352,400"), (61, "26.2")), "",
    laid_out((16, "기본경비"), (26, "140,000"), (49, "46,000"), (61, "32.9")), "", "",
    " Ⅱ. 주요업무 추진실적"]


def test_a_header_alone_at_the_foot_of_the_page_narrower_than_its_rows_atop_the_next_heads_them_in_order():
    """Before: the header's labels were set by where they stood over the rows laid out wider (`국비 시비` one label,
    the rate read as 구비), or the header left a paragraph and the rows a table under no labels."""
    (table,) = [b for b in read_text("t.txt", ("\n".join(HEADER_ALONE_PAGES) + "\n").encode()).blocks
                if isinstance(b, Table)]
    assert table.rows == FUNDING_ROWS
    r = extract_report(read_text("t.txt", (COVER + "\n".join(NOTED_HEADER_ALONE_PAGES) + "\n").encode()))
    assert _in_thousands(r) == CARRIED_OVER_BUDGET
    assert [f.rule for f in run_checks(r)] == []


# 2023-hanbit-jaemu rendered without rules, the header not printed again: the `계` row alone above the break, the
# header's first label right of its `계`, the rows atop the next page laid out anew there
TOTAL_ALONE_ABOVE_PAGES = [
    " 4 예산현황", laid_out((126, "(단위: 천원)")),
    laid_out((26, "단위사업명"), (39, "전년도 예산액"), (61, "예산액"), (80, "증감"), (94, "집행액"),
             (107, "집행률(%) (5.31.기준)")), "",
    laid_out((22, "계"), (36, "1,702,300"), (57, "1,686,100"), (76, "△16,200"), (90, "693,400"), (107, "41.1")),
    *PAGE_BREAK,
    laid_out((32, "건전한 재정 운영"), (46, "1,187,000"), (62, "1,204,500"), (75, "17,500"), (87, "512,300"),
             (97, "42.5")), "",
    laid_out((32, "세입 확충 기반 강화"), (46, "420,900"), (62, "385,200"), (75, "△35,700"), (87, "140,100"),
             (97, "36.4")), "",
    laid_out((32, "기본경비"), (46, "94,400"), (62, "96,400"), (75, "2,000"), (87, "41,000"), (97, "42.5")), "", "",
    " Ⅱ. 주요업무 추진실적"]


def test_a_header_over_a_total_alone_above_the_break_heads_the_columns_in_order():
    """The columns are the `계` row's alone (the rows below the break laid out anew), the header's labels one over
    each of them. Before: `단위사업명 전년도 예산액` one label over the second column, the first under none, and the
    budget lost (no 단위사업 column)."""
    r = extract_report(read_text("t.txt", (COVER + "\n".join(TOTAL_ALONE_ABOVE_PAGES) + "\n").encode()))
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate, b.other_columns)
            for b in r.budget] == [
        ("계", 1_686_100, 693_400, 41.1, {"전년도 예산액": "1,702,300", "증감": "△16,200"}),
        ("건전한 재정 운영", 1_204_500, 512_300, 42.5, {"전년도 예산액": "1,187,000", "증감": "17,500"}),
        ("세입 확충 기반 강화", 385_200, 140_100, 36.4, {"전년도 예산액": "420,900", "증감": "△35,700"}),
        ("기본경비", 96_400, 41_000, 42.5, {"전년도 예산액": "94,400", "증감": "2,000"})]
    assert [f.rule for f in run_checks(r)] == []


# 2025-hanbit-bokji rendered without rules, the header not printed again: the `계` row alone above the break leaves
# its 세부사업 cell blank, the rows atop the next page laid out anew there, a group's 소계 its 단위사업 cell blank
BLANK_TOTAL_ALONE_ABOVE_PAGES = [
    " 4 예산현황", laid_out((119, "(단위: 천원)")),
    laid_out((32, "단위사업"), (49, "세부사업"), (71, "예산액"), (87, "집행액"), (100, "집행률(%) (5.31.기준)")), "",
    laid_out((23, "계"), (67, "13,423,000"), (85, "6,251,300"), (100, "46.6")),
    *PAGE_BREAK,
    laid_out((47, "소계"), (65, "12,480,500"), (79, "5,905,300"), (91, "47.3")), "",
    laid_out((32, "촘촘한 복지안전망 구축"), (47, "기초생활 보장"), (65, "9,120,000"), (79, "4,400,000"),
             (91, "48.2")), "",
    laid_out((47, "위기가구 긴급 지원"), (65, "3,360,500"), (79, "1,505,300"), (91, "44.8")), "",
    laid_out((32, "복지 공동체 활성화"), (47, "나눔 문화 확산"), (65, "840,200"), (79, "301,900"), (91, "35.9")), "",
    laid_out((32, "기본경비"), (65, "102,300"), (79, "44,100"), (91, "43.1")), "", "",
    " Ⅱ. 주요업무 추진실적"]


def test_rows_laid_out_anew_under_a_total_alone_above_the_break_that_leaves_a_column_blank_stand_under_its_header():
    """The header's labels make the columns (the rows below print one a label, the `계` row fewer). Before: the
    columns of both pages made seven, `1열` held the `계`, and the executed figures stood under `5열`."""
    r = extract_report(read_text("t.txt", (COVER + "\n".join(BLANK_TOTAL_ALONE_ABOVE_PAGES) + "\n").encode()))
    assert [(b.name, b.parent, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate, b.other_columns)
            for b in r.budget] == [
        ("계", None, 13_423_000, 6_251_300, 46.6, None),
        ("촘촘한 복지안전망 구축", None, 12_480_500, 5_905_300, 47.3, None),
        ("기초생활 보장", "촘촘한 복지안전망 구축", 9_120_000, 4_400_000, 48.2, None),
        ("위기가구 긴급 지원", "촘촘한 복지안전망 구축", 3_360_500, 1_505_300, 44.8, None),
        ("나눔 문화 확산", "복지 공동체 활성화", 840_200, 301_900, 35.9, None),
        ("기본경비", None, 102_300, 44_100, 43.1, None)]
    assert [f.rule for f in run_checks(r)] == []


# 2023-hanbit-jaemu rendered without rules: the staffing table's header of two lines alone at the foot of a page,
# its rows atop the next laid out anew there, wider
STAFF_HEADER_ALONE_PAGES = [
    " 2 인 력",
    laid_out((24, "구분"), (29, "계"), (40, "일반직"), (60, "공무직")), "",
    laid_out((33, "5급"), (38, "6급"), (45, "7급"), (50, "8급"), (55, "9급")),
    *PAGE_BREAK,
    laid_out((39, "정원"), (48, "24"), (58, "1"), (72, "5"), (82, "9"), (91, "4"), (99, "3"), (108, "2")), "",
    laid_out((39, "현원"), (48, "23"), (58, "1"), (72, "6"), (82, "8"), (91, "5"), (99, "1"), (108, "2")), "",
    laid_out((39, "과부족"), (48, "△1"), (58, "-"), (72, "1"), (82, "△1"), (91, "1"), (99, "△2"), (108, "-")), "", "",
    " 3 주요시설 및 장비"]


def test_a_header_of_two_lines_alone_at_the_foot_of_the_page_heads_rows_laid_out_wider_atop_the_next():
    """The labels merged down and the second line's, in their order, one over each cell of the rows, `일반직` over
    `5급 … 9급`. Before: the header's two lines were paragraphs over a table of no labels, the staffing lost."""
    r = extract_report(read_text("t.txt", (COVER + "\n".join(STAFF_HEADER_ALONE_PAGES) + "\n").encode()))
    grades = ["계", "5급", "6급", "7급", "8급", "9급", "계"]
    classes = ["계", "일반직", "일반직", "일반직", "일반직", "일반직", "공무직"]
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in r.staffing] == [
        (status, job_class, grade, count) for status, counts in (("정원", [24, 1, 5, 9, 4, 3, 2]),
                                                                 ("현원", [23, 1, 6, 8, 5, 1, 2]),
                                                                 ("과부족", [-1, 0, 1, -1, 1, -2, 0]))
        for job_class, grade, count in zip(classes, grades, counts, strict=True)]
    assert [f.rule for f in run_checks(r)] == []


# 2024-hanbit-chongmu-layout rendered without rules, the header not printed again: the staffing table's last row
# alone atop the next page, laid out anew there, wider
LAST_ROW_ALONE_PAGES = [
    " 2 인 력",
    laid_out((29, "구분"), (34, "계"), (52, "일반직"), (77, "관리운영직"), (94, "별정직ㆍ임기제")), "",
    laid_out((43, "5급"), (48, "6급"), (53, "7급"), (58, "8급"), (65, "9급"), (77, "6급"), (85, "7급"), (94, "6급"),
             (99, "7급"), (104, "8급")), "",
    laid_out((29, "정원"), (34, "43"), (39, "1"), (48, "7"), (53, "14"), (58, "6"), (65, "9"), (73, "1"), (84, "1"),
             (90, "1"), (99, "2"), (104, "1")), "",
    laid_out((29, "현원"), (34, "41"), (39, "1"), (48, "8"), (53, "15"), (58, "5"), (65, "7"), (73, "1"), (84, "1"),
             (90, "1"), (99, "1"), (104, "1")),
    *PAGE_BREAK,
    laid_out((29, "과부족"), (35, "△2"), (45, "-"), (58, "1"), (66, "1"), (78, "△1"), (88, "△2"), (97, "-"), (116, "-"),
             (128, "-"), (144, "△1"), (149, "-")), "", "",
    " 3 주요시설 및 장비"]


def test_a_last_row_alone_atop_the_next_page_laid_out_wider_goes_on_under_the_columns_above():
    """As many cells as the row above the break, a cell a column. Before: the row left the table, a paragraph of
    the section's text, and the 과부족 counts were lost."""
    r = extract_report(read_text("t.txt", (COVER + "\n".join(LAST_ROW_ALONE_PAGES) + "\n").encode()))
    assert [(s.job_class, s.grade, s.headcount) for s in r.staffing if s.status == "과부족"] == [
        ("계", "계", -2), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", 1), ("일반직", "8급", -1),
        ("일반직", "9급", -2), ("관리운영직", "6급", 0), ("관리운영직", "7급", 0), ("별정직·임기제", "6급", 0),
        ("별정직·임기제", "7급", -1), ("별정직·임기제", "8급", 0)]
    assert len(r.staffing) == 33
    assert [f.rule for f in run_checks(r)] == []
