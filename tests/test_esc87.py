"""Escaped markdown, struck text over lines, a generic table's wrong cells, long figures in text (branch esc87).

pandoc escapes a character it prints as itself where it would be markup: `\\~\\~250,000\\~\\~` is printed tildes, not
struck text; `3\\~5월` a range; `\\*국비\\*` stars, not emphasis; `<br>\\*` in a cell a star starting a line, not a
list's mark; `\\|` a pipe in a cell. Before, the readers unescaped them first and then read them as markup. A
`<del>` closed on the next line of its cell or paragraph strikes both; one never closed strikes nothing.
"""


import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import clean_cell, clean_text
from tests.conftest import audit_with, every_item

K = 1_000  # 천원


def blocks_of(name: str, *lines: str):
    return read_text(name, "\n".join(lines).encode()).blocks


def test_escaped_tildes_are_printed_tildes_and_a_range():
    report = audit_with(("* 예 산: 286,000천원(구비)", "* 예 산: \\~\\~250,000천원\\~\\~ 286,000천원(구비)"),
                        ("1. 1/4분기 추진상황 점검: 4월", "1. 1/4분기 추진상황 점검: 3\\~5월"))
    items = [(i.text, i.months, i.amount_krw) for i in every_item(report.projects[0].items)]
    # two amounts printed: which one it costs is not told (before, `250,000천원` was struck and 286,000천원 read)
    assert items[3] == ("예 산: ~~250,000천원~~ 286,000천원(구비)", None, None)
    assert items[5] == ("1/4분기 추진상황 점검: 3~5월", ["2026-03", "2026-04", "2026-05"], None)


def test_escaped_markup_in_a_cell_is_its_text_read_again_too():
    report = audit_with(("| 69.0 | 위원회 수당<br>포함 |",
                         "| 69.0 | \\~\\~위원회\\~\\~ \\*수당\\* \\| 기타<br>\\* 회의 운영비 포함 |"))
    # the budget's other columns are cleaned twice (the document's cells, then the extractor's): read as printed
    assert report.budget[4].other_columns == {"비고": "~~위원회~~ *수당* | 기타 * 회의 운영비 포함"}


def test_an_escaped_star_or_dash_after_a_cells_line_break_is_its_text():
    table = blocks_of("t.md", "| 구 분 | 내 용 |", "| :---- | :---- |", "| 교육 | * 전 직원<br>* 연 2회 |",
                      "| 비고 | 국비 포함<br>\\* 시비 별도 |", "| 방법 | 집합<br>\\- 온라인 |",
                      "| 예산 | \\_\\_10,000\\_\\_ \\<del\\>x\\</del\\> |")[0]
    assert table.rows[1:] == (("교육", "전 직원 연 2회"), ("비고", "국비 포함 * 시비 별도"), ("방법", "집합 - 온라인"),
                              ("예산", "__10,000__ <del>x</del>"))


def test_a_lines_escaped_star_is_still_a_note():
    report = audit_with(("| 기본경비 | 96,400 | 38,210 | 39.6 |  |",
                         "| 기본경비 | 96,400 | 38,210 | 39.6 |  |\n\n\\* 집행액은 5. 31. 기준"))
    assert not [f for f in run_checks(report) if f.rule == "sum.budget"]
    assert "4. 예산현황 집행액은 5. 31. 기준 인력운영비는" in report.general_text[0].text  # a note's, as before


@pytest.mark.parametrize(("markdown", "read"), [
    ("\\~\\~250,000\\~\\~ 3\\~5월", "~~250,000~~ 3~5월"), ("\\*국비\\* 포함", "*국비* 포함"),
    ("\\_\\_강조\\_\\_ a\\_b \\_숲 해설\\_", "__강조__ a_b _숲 해설_"),
    ("\\<del\\>가\\</del\\> 나", "<del>가</del> 나"),
    ("\\# 제목 \\[붙임\\]", "# 제목 [붙임]"), ("2026\\. 1\\. \\- 12\\.", "2026. 1. - 12."),
    ("~~250,000~~ 3\\~5월", "3~5월")])
def test_what_escaped_markdown_reads_as(markdown, read):
    assert [block.text for block in blocks_of("t.md", "□ 사업개요", "", f"○ 내 용: {markdown}")][1:] == [
        f"내 용: {read}"]


@given(st.text(alphabet="~*_<>[]#|가1 ", min_size=1, max_size=12))
def test_a_text_of_escaped_markup_reads_as_printed_and_again_as_itself(printed):
    escaped = "".join("\\" + char if char in "~*_<>[]#|" else char for char in printed)
    line = [block.text for block in blocks_of("t.md", "□ 사업개요", "", f"○ 내 용: 가{escaped}가")][1:]
    assert line == [" ".join(f"내 용: 가{printed}가".split())]
    assert [clean_text(text) for text in line] == line and [clean_cell(text) for text in line] == line


def test_struck_html_over_two_lines_of_a_paragraph_or_cell():
    blocks = blocks_of("t.html", "<html><body>", "<p>□ 사업개요</p>",
                       "<p>○ 예 산: <del>10,000<br>천원</del> 12,000천원</p>",
                       "<p>○ 기 간: <s>3월\n~ 4월</s> 5월</p>",
                       "<table><tr><td>구 분</td><td>예산</td></tr>",
                       "<tr><td>교육</td><td><s>10,000<br>천원</s> 12,000</td></tr></table>", "</body></html>")
    assert [getattr(block, "rows", None) or block.text for block in blocks] == [
        "사업개요", "예 산: 12,000천원", "기 간: 5월", (("구 분", "예산"), ("교육", "12,000"))]
    table = blocks_of("t.md", "| 구 분 | 예산 |", "| --- | --- |", "| 교육 | <del>10,000<br>천원</del> 12,000 |")[0]
    assert table.rows == (("구 분", "예산"), ("교육", "12,000"))


def test_an_unclosed_strike_strikes_nothing_and_ends_with_its_cell():
    blocks = blocks_of("t.html", "<html><body>", "<p>□ 사업개요</p>", "<p>○ 예 산: <del>10,000천원 12,000천원</p>",
                       "<p>○ 기 간: 연중</p>", "<table><tr><td>구 분</td><td>예산</td></tr>",
                       "<tr><td>교육</td><td><s>10,000</td></tr>", "<tr><td>홍보</td><td>6,000</td></tr></table>",
                       "<p>○ 끝</p>", "</body></html>")
    # before, the table's `<s>` swallowed the rows after its cell
    assert [getattr(block, "rows", None) or block.text for block in blocks] == [
        "사업개요", "예 산: 10,000천원 12,000천원", "기 간: 연중",
        (("구 분", "예산"), ("교육", "10,000"), ("홍보", "6,000")), "끝"]
    assert [block.text for block in blocks_of("t.md", "□ 사업개요", "", "○ 예 산: <del>10,000천원",
                                              "○ 기 간: 연중 </del>")][1:] == ["예 산: 10,000천원", "기 간: 연중"]


COUNSEL = ("제312회 새빛구의회 제1차 정례회\n2025. 6. 11. ~ 6. 25.\n2025년 주요업무 보고\n재 무 과\n\n"
           "Ⅱ 주요업무 추진실적\n\n1. 상담 운영\n\n□ 추진실적\n(단위: 건)\n구 분\t접수\t처리\t처리율(%)\n")
OTHER_ROWS = "온라인 상담\t400\t200\t50.0\n서면 상담\t200\t100\t50.0\n기 타\t200\t50\t25.0\n"


def table_findings(rows: str) -> list[tuple]:
    report = extract_report(read_text("t.txt", (COUNSEL + rows).encode()))
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


def test_two_wrong_figures_of_a_generic_table_are_a_finding_each():
    """The 계's 접수 and 방문 상담's 처리율 make its 접수 1,000, the 계's 처리 and 전화 상담's 처리율 its 처리 250:
    before, the 계's 접수 and 처리 and the two rates were found, as the budget's were before left80."""
    report = extract_report(read_text("t.txt", (COUNSEL + "계\t2,300\t1,000\t43.5\n방문 상담\t1,100\t400\t40.0\n"
                                                "전화 상담\t500\t260\t50.0\n" + OTHER_ROWS).encode()))
    assert [(f.rule, f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(report)] == [
        ("sum.table", "방문 상담", "접수", "1,000", "1,100",
         "'방문 상담' 행의 접수 값이 계 행과 처리율(%) 열이 함께 맞는 값과 다릅니다 (표기 1,100, 맞는 값 1,000)"),
        ("sum.table", "전화 상담", "처리", "250", "260",
         "'전화 상담' 행의 처리 값이 계 행과 처리율(%) 열이 함께 맞는 값과 다릅니다 (표기 260, 맞는 값 250)")]


def test_one_wrong_figure_of_a_generic_table_is_still_one_finding():
    assert table_findings("계\t2,300\t1,000\t43.5\n방문 상담\t1,000\t400\t40.0\n전화 상담\t500\t260\t50.0\n"
                          + OTHER_ROWS) == [("sum.table", "전화 상담", "처리", "250", "260")]


def test_two_wrong_figures_no_rate_tells_stand_as_found():
    """No rate to tell which line is wrong (or too few rows agreeing to read the rate column by): the 계's two stand."""
    assert table_findings("계\t2,300\t1,000\t\n방문 상담\t1,100\t400\t\n전화 상담\t500\t260\t\n"
                          "온라인 상담\t400\t200\t\n서면 상담\t200\t100\t\n기 타\t200\t50\t\n") == [
        ("sum.table", "계", "접수", "2,400", "2,300"), ("sum.table", "계", "처리", "1,010", "1,000")]
    assert table_findings("계\t1,700\t700\t41.2\n방문 상담\t1,100\t400\t40.0\n전화 상담\t500\t260\t50.0\n"
                          "기 타\t200\t50\t25.0\n") == [
        ("sum.table", "계", "접수", "1,800", "1,700"), ("sum.table", "계", "처리", "710", "700")]


def test_an_amount_of_16_digits_in_a_projects_line_is_told_where_it_is():
    """Read as no amount, as a table's cell of such a figure is read blank (left80's `value.unreadable`); before,
    nothing told it."""
    report = audit_with(("* 예 산: 286,000천원(구비)", "* 예 산: 2,860,000,000,000,000천원(구비)"),
                        ("1. 1/4분기 추진상황 점검: 4월", "1. 1/4분기 추진상황 점검: 4월 / 문서 1234567890123456호"))
    item = list(every_item(report.projects[0].items))[3]
    assert (item.text, item.amount_krw) == ("예 산: 2,860,000,000,000,000천원(구비)", None)
    assert [(f.rule, f.severity, f.table, f.row, f.column, f.actual, f.source.line, f.message)
            for f in run_checks(report) if f.rule == "value.unreadable"] == [
        ("value.unreadable", "info", "구정 주요업무 평가 및 관리", "예 산", None, "2,860,000,000,000,000천원", 91,
         "예 산의 금액 2,860,000,000,000,000천원이 어떤 보고서도 쓰지 않는 자릿수라 금액으로 읽지 않았습니다: "
         "그 금액이 든 합계는 검사하지 않았습니다")]


@pytest.mark.parametrize(("text", "garbled"), [
    ("예 산: 95,700천원", []), ("예 산: 999,999,999,999,999천원", []), ("1234567890123456원", ["1234567890123456원"]),
    ("총 1,000,000,000,000,000억원 중 5,000만원", ["1,000,000,000,000,000억원"]), ("문서 1234567890123456호", [])])
def test_which_amounts_of_a_line_are_garbled(text, garbled):
    from pipeline.values import garbled_amounts, parse_amount

    assert garbled_amounts(text) == garbled
    assert all(parse_amount(amount) is None for amount in garbled)


def test_an_escaped_bracket_or_a_tables_number_stays_what_the_lines_readers_read():
    """`\\[평가팀\\]` a team's brackets and `\\<표 1\\>` a table's number, as before: a bracket is no markup once
    links are read, nor a `<` before no tag's letter."""
    title = "## **1\\. 구정 주요업무 평가 및 관리 (평가팀)**"
    report = audit_with((title, title.replace("(평가팀)", "\\[평가팀\\]")))
    assert (report.projects[0].title, report.projects[0].team) == ("구정 주요업무 평가 및 관리", "평가팀")
    assert [block.text for block in blocks_of("t.md", "□ 사업개요", "", "○ 내 용: \\<표 1\\> 참조 \\<br\\>")][1:] == [
        "내 용: <표 1> 참조 <br>"]
