"""A wrong part beside its share (`분 야 | 건 수 | 비율(%)` under a 계): the share, printed of the right figure, says
which part is wrong, and the one-cell search of `checks.tables` takes share findings with the sums'. Before, such a
part was two findings: `sum.table` on the 계 (expected the parts' sum) and `share.table` on the part's share."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_department_reports import planted
from tests.test_table_shares import COVER, findings

PRESS = ("(단위: 건)\n\n분 야\t건 수\t비율(%)\n계\t240\t100.0\n복지ㆍ건강\t{first}\t25.8\n문화ㆍ체육\t48\t20.0\n"
         "도시ㆍ안전\t55\t22.9\n경제ㆍ일자리\t35\t14.6\n행정ㆍ기타\t40\t16.7\n")
PRESS_MD = ("| 분 야 | 건 수 | 비율(%) |\n|---|---|---|\n| 계 | 240 | 100.0 |\n| 복지ㆍ건강 | {first} | 25.8 |\n"
            "| 문화ㆍ체육 | 48 | 20.0 |\n| 도시ㆍ안전 | 55 | 22.9 |\n| 경제ㆍ일자리 | 35 | 14.6 |\n"
            "| 행정ㆍ기타 | 40 | 16.7 |\n")


def test_a_wrong_part_its_share_tells_is_one_finding_on_it_in_tab_separated_text():
    assert findings(PRESS.format(first="62")) == []
    assert findings(PRESS.format(first="63")) == [("sum.table", "복지·건강", "건 수", "62", "63")]


def test_a_wrong_part_its_share_tells_is_one_finding_on_it_in_markdown():
    assert findings(PRESS_MD.format(first="63"), "t.md") == [("sum.table", "복지·건강", "건 수", "62", "63")]


def test_the_message_names_the_total_and_the_share_that_make_it():
    found = run_checks(extract_report(read_text("t.md", (
        COVER + "# Ⅱ. 주요업무 추진실적\n\n" + PRESS_MD.format(first="63")).encode())))
    assert [f.message for f in found] == ["'복지·건강' 행의 건 수 값이 계 행과 비율(%) 열이 함께 맞는 값과 다릅니다 "
                                          "(표기 63, 맞는 값 62)"]


def test_a_wrong_share_beside_a_wrong_total_stays_two_findings():
    # the share of no right figure: 63 ÷ 240 is 26.3, 62 ÷ 240 25.8; the 계 and the share are each wrong
    wrong = PRESS.format(first="62").replace("계\t240\t", "계\t241\t").replace("20.0", "30.0")
    assert findings(wrong) == [("sum.table", "계", "건 수", "240", "241"),
                               ("share.table", "문화·체육", "비율(%)", "19.9", "30.0")]


def test_the_press_releases_of_the_public_relations_report():
    assert planted("2025-hanbit-hongbo.md", "| 복지ㆍ건강 | 62 | 25.8 |", "| 복지ㆍ건강 | 63 | 25.8 |") == [
        ("sum.table", "복지·건강", "건 수", "62", "63")]


def test_a_dong_s_children_beside_its_share_in_the_children_s_report():
    # its 계 column misses its 남 and 여 too: before, that and its 구성비 (22.8 expected)
    assert planted("2025-hanbit-adong.md", "<td>한빛2동</td><td>2,025</td>", "<td>한빛2동</td><td>2,052</td>") == [
        ("sum.table", "한빛2동", "아 동 수 계", "2,025", "2,052")]


def test_a_table_read_with_no_line_a_row_as_a_pdf_s_is_searched_by_its_rows_names():
    # a PDF's table has no line per row: each row's findings have the table's source, so a wrong share is known by
    # its row's name too (before, by its source alone: every row of the table was a cell to try, each in vain)
    text = COVER + "# Ⅱ. 주요업무 추진실적\n\n" + PRESS.format(first="63")
    report = extract_report(read_text("t.txt", text.encode()))
    report.tables = [table.model_copy(update={"row_lines": []}) for table in report.tables]
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)] == [
        ("sum.table", "복지·건강", "건 수", "62", "63")]
