"""Share columns (`구성비`, `비중`, `점유율`) of any other table: a row's share is its figure's part of the 계 row's, ×
100 (`share.table`). Before, a share was neither summed nor compared (`rate.table` leaves shares out, as no ratio of
a row's own figures), so a wrong one, `43.3` where 3,000 of 9,000 is 33.3, was found by nothing."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제280회 해솔구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 징 수 과\n\n"


def findings(table: str, name: str = "t.txt") -> list[tuple[str, str, str, str, str]]:
    body = "# Ⅱ. 주요업무 추진실적\n\n□ 세목별 징수 실적\n\n" + table
    return [(f.rule, f.row, f.column, f.expected, f.actual)
            for f in run_checks(extract_report(read_text(name, (COVER + body).encode())))]


SHARES = ("(단위: 백만원, %)\n\n구 분\t징수액\t구성비\n계\t9,000\t{total}\n재산세\t3,000\t{first}\n"
          "자동차세\t3,000\t33.3\n주민세\t3,000\t33.3\n")


def test_shares_rounded_each_are_right_though_they_make_99_9():
    assert findings(SHARES.format(total="100.0", first="33.3")) == []


def test_a_wrong_share_is_found_on_its_row():
    assert findings(SHARES.format(total="100.0", first="43.3")) == [("share.table", "재산세", "구성비", "33.3", "43.3")]


def test_the_total_row_s_share_is_100():
    assert findings(SHARES.format(total="99.0", first="33.3")) == [("share.table", "계", "구성비", "100.0", "99.0")]


def test_the_message_shows_the_figures_as_printed():
    found = run_checks(extract_report(read_text("t.txt", (
        COVER + "# Ⅱ. 주요업무 추진실적\n\n" + SHARES.format(total="100.0", first="43.3")).encode())))
    assert [f.message for f in found] == [
        "'재산세' 행의 구성비 값이 징수액 ÷ 계 행의 징수액 × 100과 맞지 않습니다 "
        "(표기 43.3%, 계산 3,000 ÷ 9,000 × 100 = 33.3%)"]


def test_each_share_is_of_the_figure_column_before_it():
    table = ("구 분\t접수\t구성비\t처리\t구성비\n계\t1,000\t100\t400\t100\n"
             "여권\t600\t60\t100\t{share}\n등록\t200\t20\t100\t25\n기타\t200\t20\t200\t50\n")
    assert findings(table.format(share="25")) == []
    assert findings(table.format(share="15")) == [("share.table", "여권", "구성비", "25", "15")]


def test_in_markdown_with_a_percent_sign():
    table = ("| 구 분 | 인원 | 비중(%) |\n|---|---|---|\n| 계 | 400 | 100% |\n| 20대 | 150 | 37.5% |\n"
             "| 30대 | 200 | 50.0% |\n| 40대 이상 | 50 | 22.5% |\n")
    assert findings(table, "t.md") == [("share.table", "40대 이상", "비중(%)", "12.5", "22.5")]


def test_figures_rounded_to_their_unit_may_make_a_share_a_digit_off():
    # 12 of 9,000 is 0.13, but figures in won of 12.4 and 9,000.2 백만원 make 0.14
    table = "(단위: 백만원, %)\n\n구 분\t징수액\t구성비\n계\t9,000\t100.00\n재산세\t8,988\t99.87\n기타\t12\t0.14\n"
    assert findings(table) == []


def test_no_share_is_checked_where_most_rows_agree_with_no_column():
    # shares of something the table does not print: nothing to compare them with
    table = "구 분\t건수\t구성비\n계\t100\t100.0\n가\t20\t35.0\n나\t30\t25.0\n다\t50\t40.0\n"
    assert findings(table) == []


def test_in_a_table_with_subtotals_a_row_s_share_may_be_of_its_group_s():
    # each group's 소계 100.0, its rows' shares of it: before, a table printing 소계s was not checked at all
    table = ("구 분\t\t건수\t구성비\n계\t\t100\t100.0\n보조\t소계\t60\t100.0\n\t가\t30\t50.0\n\t나\t30\t50.0\n"
             "자체\t소계\t40\t100.0\n\t다\t40\t100.0\n")
    assert [f for f in findings(table) if f[0] == "share.table"] == []


SUBTOTALS = ("구 분\t세 목\t징수액\t구성비\n계\t\t1,000\t100\n보통세\t소계\t600\t60\n\t재산세\t200\t{}\n"
             "\t주민세\t400\t{}\n목적세\t소계\t400\t40\n\t지역자원\t100\t{}\n\t교육세\t300\t{}\n")


def test_rows_shares_of_the_whole_or_of_their_subtotal_are_right():
    assert findings(SUBTOTALS.format("20", "40", "10", "30")) == []
    assert findings(SUBTOTALS.format("33.3", "66.7", "25", "75")) == []


def test_a_wrong_share_is_expected_of_what_most_rows_shares_are_of():
    assert findings(SUBTOTALS.format("43.3", "66.7", "25", "75")) == [
        ("share.table", "재산세", "구성비", "33.3", "43.3")]  # 200 of the 소계's 600
    assert findings(SUBTOTALS.format("43.3", "40", "10", "30")) == [
        ("share.table", "재산세", "구성비", "20.0", "43.3")]  # 200 of the 계's 1,000


def test_a_row_s_share_of_the_subtotal_closing_its_group():
    table = ("구 분\t징수액\t구성비\n계\t1,000\t100\n재산세\t200\t40\n주민세\t300\t60\n소 계\t500\t50\n"
             "자동차세\t100\t20\n담배세\t400\t{}\n소 계\t500\t50\n")
    assert findings(table.format("80")) == []
    found = run_checks(extract_report(read_text("t.txt", (
        COVER + "# Ⅱ. 주요업무 추진실적\n\n" + table.format("70")).encode())))
    assert [(f.row, f.expected, f.actual, f.message) for f in found] == [
        ("담배세", "80", "70", "'담배세' 행의 구성비 값이 징수액 ÷ 소 계 행의 징수액 × 100과 맞지 않습니다 "
                             "(표기 70%, 계산 400 ÷ 500 × 100 = 80%)")]


def test_a_change_of_shares_in_points_is_no_share():
    table = ("구 분\t징수액\t구성비\t전년 대비(%p)\n계\t1,000\t100.0\t-\n가\t600\t60.0\t2.0\n나\t400\t40.0\t△2.0\n")
    assert findings(table) == []
