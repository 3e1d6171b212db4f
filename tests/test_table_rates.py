"""rate.table: a generic table's rate column (`징수율`, `달성률(%)`, `처리율(%)`, `증감률(%)`) against the ratio of two
figure columns before it (or after it) that most of its rows print, and a rate row (`처리율(%)` under `접수 | 처리`)
against two figure rows alike. Before, no rate of a generic table was compared with the figures beside it: a wrong
징수율 went unreported."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제301회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n세 무 과\n\n"


def table(caption: str, unit: str, *rows: str) -> str:
    unit_line = f"(단위: {unit})\n\n" if unit else ""
    return (COVER + f"Ⅰ. 일반현황\n\n□ {caption}\n\n{unit_line}"
            + "\n".join(row.replace(" | ", "\t") for row in rows) + "\n")


def findings(text: str, layout: str = "tab", tmp_path=None) -> list[tuple]:
    r = extract_report(read_text("t.txt", text.encode())) if layout == "tab" else read_laid_out(text, layout, tmp_path)
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


# 2,901 ÷ 3,457 = 83.92 %, 1,001 ÷ 1,235 = 81.05 %, 1,800 ÷ 2,100 = 85.71 %, 100 ÷ 122 = 81.97 %
LEVIES = ("구 분 | 부과액 | 징수액 | 징수율(%)", "계 | 3,457 | 2,901 | 83.9", "과태료 | 1,235 | 1,001 | 81.1",
          "사용료 | 2,100 | 1,800 | 85.7", "수수료 | 122 | 100 | 82.0")


def levies(*rows: str, unit: str = "백만원, %") -> str:
    return table("세외수입 징수 현황", unit, *(rows or LEVIES))


def test_right_rates_give_no_finding():
    assert findings(levies()) == []
    assert findings(levies(unit="")) == []


def test_a_wrong_rate_is_one_finding_on_its_row():
    wrong = levies().replace("85.7", "87.5")
    (finding,) = run_checks(extract_report(read_text("t.txt", wrong.encode())))
    assert (finding.rule, finding.severity, finding.table, finding.row, finding.column, finding.expected,
            finding.actual) == ("rate.table", "error", "세외수입 징수 현황", "사용료", "징수율(%)", "85.7", "87.5")
    assert finding.message == ("'사용료' 행의 징수율(%) 값이 징수액 ÷ 부과액 × 100과 맞지 않습니다 "
                               "(표기 87.5%, 계산 1,800백만원 ÷ 2,100백만원 × 100 = 85.7%)")
    assert finding.source.line == wrong.splitlines().index("사용료\t2,100\t1,800\t87.5") + 1


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pipe-tables", "box-tables", "pdf grid", "pdf none"])
def test_a_wrong_rate_is_found_in_every_layout(layout, tmp_path):
    assert findings(levies(), layout, tmp_path) == []
    assert findings(levies().replace("81.1", "18.1"), layout, tmp_path) == [
        ("rate.table", "과태료", "징수율(%)", "81.1", "18.1")]


def test_a_rate_printed_with_its_percent_sign_and_a_label_without_one():
    with_signs = [LEVIES[0].replace("징수율(%)", "징수율")] + [row + "%" for row in LEVIES[1:]]
    assert findings(levies(*with_signs)) == []
    with_signs[3] = with_signs[3].replace("85.7%", "75.7%")
    assert findings(levies(*with_signs)) == [("rate.table", "사용료", "징수율", "85.7", "75.7")]


def test_the_pair_is_the_one_the_rows_agree_with():
    # 처리 ÷ 접수, not 처리중 ÷ 접수 nor 처리 ÷ 처리중: 1,160 ÷ 1,250 = 92.8 %, 650 ÷ 700 = 92.86 %, 510 ÷ 550 = 92.73 %
    complaints = ("동 별 | 접 수 | 처 리 | 처리중 | 처리율(%)", "계 | 1,250 | 1,160 | 90 | 92.8",
                  "신길동 | 700 | 650 | 50 | 92.9", "대림동 | 550 | 510 | 40 | 92.7")
    assert findings(table("민원 처리 현황", "건, %", *complaints)) == []
    wrong = table("민원 처리 현황", "건, %", *complaints).replace("92.9", "93.9")
    assert findings(wrong) == [("rate.table", "신길동", "처리율(%)", "92.9", "93.9")]


def test_an_achievement_above_a_hundred_and_the_expected_rounded_half_up():
    # 1,300 ÷ 800 = 162.5 %, 325 ÷ 800 = 40.625 % → 40.63 (half up), 90 ÷ 120 = 75 %
    goals = ("구 분 | 목표 | 실적 | 달성률(%)", "교육 | 800 | 1,300 | 162.50", "상담 | 800 | 325 | 40.00",
             "점검 | 120 | 90 | 75.00")
    assert findings(table("2025년 목표 대비 실적", "회, %", *goals)) == [
        ("rate.table", "상담", "달성률(%)", "40.63", "40.00")]


def test_money_coarser_than_thousand_won_is_the_rate_of_any_figures_it_stands_for():
    # 1 of 2 백만원 may be 1.4 of 1.6: 62.5 % is within; in 천원, exact, 1 of 2 is 50.0 %
    rows = ("구 분 | 부과액 | 징수액 | 징수율(%)", "과태료 | 1,235 | 1,001 | 81.1", "사용료 | 2,100 | 1,800 | 85.7",
            "수수료 | 2 | 1 | 62.5")
    assert findings(levies(*rows)) == []
    assert findings(levies(*rows, unit="천원, %")) == [("rate.table", "수수료", "징수율(%)", "50.0", "62.5")]


def test_a_base_of_nothing_is_not_compared():
    # the 계 over 2,906: 84.06 %; 변상금's 100.0 of no 부과액 is no ratio to compare
    rows = (LEVIES[0], "계 | 3,457 | 2,906 | 84.1", *LEVIES[2:], "기부금 | - | - | -", "과징금 | 0 | 0 | 0.0",
            "변상금 | - | 5 | 100.0")
    assert findings(levies(*rows)) == []


def test_a_share_is_no_rate_of_its_row():
    # 구성비 is a row's part of the 계 row's 징수액 (1,001 ÷ 2,901), no ratio of its own figures
    shares = ("구 분 | 부과액 | 징수액 | 구성비(%)", "계 | 3,457 | 2,901 | 100.0", "과태료 | 1,235 | 1,001 | 34.5",
              "사용료 | 2,100 | 1,800 | 62.0", "수수료 | 122 | 100 | 3.4")
    assert findings(levies(*shares)) == []
    assert findings(levies(*(row.replace("구성비(%)", "비중(%)") for row in shares))) == []


def test_a_rate_of_a_figure_the_table_does_not_print_is_not_compared():
    # 체납률 of a 체납액 the table does not print: no two columns make it on most rows
    arrears = ("구 분 | 부과액 | 징수액 | 체납률(%)", "계 | 3,457 | 2,901 | 11.2", "과태료 | 1,235 | 1,001 | 14.0",
               "사용료 | 2,100 | 1,800 | 9.8", "수수료 | 122 | 100 | 13.1")
    assert findings(levies(*arrears)) == []


def test_a_wrong_part_is_the_sums_finding_not_the_rates_too():
    # the 계 row's 징수액 misprinted: its rate, 83.9, is that of the rows' sum (2,901), so only sum.table finds it
    assert findings(levies().replace("3,457 | 2,901", "3,457 | 2,910").replace("3,457\t2,901", "3,457\t2,910")) == [
        ("sum.table", "계", "징수액", "2,901백만원", "2,910백만원")]


# 13,100 − 12,500 = 600: 4.8 %; 10,400 − 10,000 = 400: 4.0 %; 2,700 − 2,500 = 200: 8.0 %
CHANGES = ("구 분 | 2024년 | 2025년 | 증 감 | 증감률(%)", "계 | 12,500 | 13,100 | 600 | 4.8",
           "제증명 발급 | 10,000 | 10,400 | 400 | 4.0", "고충민원 | 2,500 | 2,700 | 200 | 8.0")


def changes(*rows: str) -> str:
    return table("민원 처리 실적", "건, %", *(rows or CHANGES))


def test_a_change_rate_is_the_change_over_the_earlier_year():
    assert findings(changes()) == []
    assert findings(changes().replace("\t4.0", "\t4.4")) == [
        ("rate.table", "제증명 발급", "증감률(%)", "4.0", "4.4")]
    falling = changes(CHANGES[0], "계 | 12,500 | 11,900 | △600 | △4.8", "제증명 발급 | 10,000 | 9,600 | △400 | △4.0",
                      "고충민원 | 2,500 | 2,300 | △200 | △8.0")
    assert findings(falling) == []
    assert findings(falling.replace("\t△4.8", "\t4.8")) == [("rate.table", "계", "증감률(%)", "-4.8", "4.8")]


def test_a_change_rate_without_its_change_column():
    rows = [row.rsplit(" | ", 2)[0] + " | " + row.rsplit(" | ", 1)[1] for row in CHANGES]
    assert findings(changes(*rows)) == []
    assert findings(changes(*rows).replace("\t8.0", "\t0.8")) == [("rate.table", "고충민원", "증감률(%)", "8.0", "0.8")]


def test_a_wrong_change_is_the_sums_finding_alone():
    # the change misprinted, its rate that of the years: one finding, the change's
    assert findings(changes().replace("2,700\t200", "2,700\t300")) == [
        ("sum.table", "고충민원", "증 감", "200", "300")]


# A rate printed as a row, months as the columns: 110 ÷ 120 = 91.67 %, 141 ÷ 150 = 94.0 %, 117 ÷ 130 = 90.0 %, and
# the 계 column's 368 ÷ 400 = 92.0 %
MONTHS = ("구 분 | 1월 | 2월 | 3월 | 계", "접 수 | 120 | 150 | 130 | 400", "처 리 | 110 | 141 | 117 | 368",
          "처리율(%) | 91.7 | 94.0 | 90.0 | 92.0")


def months(*rows: str) -> str:
    return table("월별 민원 처리 현황", "건, %", *(rows or MONTHS))


def test_a_rate_row_is_checked_column_by_column():
    assert findings(months()) == []
    wrong = months().replace("\t90.0\t", "\t99.0\t")
    (finding,) = run_checks(extract_report(read_text("t.txt", wrong.encode())))
    assert (finding.rule, finding.table, finding.row, finding.column, finding.expected, finding.actual) == (
        "rate.table", "월별 민원 처리 현황", "처리율(%)", "3월", "90.0", "99.0")
    assert finding.message == ("'처리율(%)' 행의 3월 값이 처 리 ÷ 접 수 × 100과 맞지 않습니다 "
                               "(표기 99.0%, 계산 117 ÷ 130 × 100 = 90.0%)")
    assert finding.source.line == wrong.splitlines().index("처리율(%)\t91.7\t94.0\t99.0\t92.0") + 1


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pipe-tables", "box-tables", "pdf grid", "pdf none"])
def test_a_wrong_rate_row_is_found_in_every_layout(layout, tmp_path):
    assert findings(months(), layout, tmp_path) == []
    assert findings(months(*MONTHS[:3], "처리율(%) | 91.7 | 49.0 | 90.0 | 92.0"), layout, tmp_path) == [
        ("rate.table", "처리율(%)", "2월", "94.0", "49.0")]


def test_a_rate_rows_total_column_is_compared_as_a_total_row_is():
    assert findings(months().replace("\t92.0", "\t93.0")) == [("rate.table", "처리율(%)", "계", "92.0", "93.0")]
    # the 계 column's 처리 misprinted (the months add up to 368): its rate, 92.0, is that of their sum, so only
    # sum.table finds it
    assert findings(months().replace("\t368", "\t386")) == [("sum.table", "처 리", "계", "368", "386")]


def test_a_rate_row_of_its_rows_either_way_round():
    # 달성률 = 실적 ÷ 목표 with 실적 printed first: 1,300 ÷ 800 = 162.5 %, 325 ÷ 800 = 40.625 % (half up: 40.63)
    goals = ("구 분 | 교육 | 상담 | 점검", "실 적 | 1,300 | 325 | 90", "목 표 | 800 | 800 | 120",
             "달성률(%) | 162.50 | 40.00 | 75.00")
    assert findings(table("2025년 목표 대비 실적", "회, %", *goals)) == [
        ("rate.table", "달성률(%)", "상담", "40.63", "40.00")]


def test_a_rate_row_no_two_rows_make_is_not_compared():
    # a 체납률 of a 체납액 the table does not print (1 − 징수 ÷ 부과, also misprinted): no two rows make it
    arrears = ("구 분 | 과태료 | 사용료 | 수수료", "부과액 | 1,235 | 2,100 | 122", "징수액 | 1,001 | 1,800 | 100",
               "체납률(%) | 18.9 | 14.3 | 27.0")
    assert findings(levies(*arrears)) == []


def test_rate_rows_of_two_groups_each_of_its_own_rows():
    # 민원: 650 ÷ 700 = 92.86 %, 510 ÷ 550 = 92.73 %, 90 ÷ 100 = 90.0 %; 고충: 45 ÷ 50 = 90.0 %, 38 ÷ 40 = 95.0 %,
    # 7 ÷ 10 = 70.0 %
    groups = ("구 분 |  | 신길동 | 대림동 | 문래동", "민 원 | 접수 | 700 | 550 | 100", " | 처리 | 650 | 510 | 90",
              " | 처리율(%) | 92.9 | 92.7 | 90.0", "고 충 | 접수 | 50 | 40 | 10", " | 처리 | 45 | 38 | 7",
              " | 처리율(%) | 90.0 | 59.0 | 70.0")
    assert findings(table("민원 처리 현황", "건, %", *groups)) == [
        ("rate.table", "고 충 / 처리율(%)", "대림동", "95.0", "59.0")]


def test_a_change_line_prints_a_change_of_rates_not_compared():
    # the 처리율 row's 증감 is in points (92.0 − 90.0), no ratio of the changes (26 ÷ 20); 285 ÷ 300 = 95.0 %,
    # 342 ÷ 380 = 90.0 %, 368 ÷ 400 = 92.0 %
    years = ("구 분 | 2023년 | 2024년 | 2025년 | 증 감", "접 수 | 300 | 380 | 400 | 20", "처 리 | 285 | 342 | 368 | 26",
             "처리율(%) | 95.0 | 90.0 | 92.0 | 2.0")
    assert findings(table("민원 처리 현황", "건, %", *years)) == []
    misprinted = table("민원 처리 현황", "건, %", *years).replace("\t92.0\t2.0", "\t82.0\t△8.0")
    assert findings(misprinted) == [
        ("rate.table", "처리율(%)", "2025년", "92.0", "82.0")]
    # so a 증감 row's rate column, across
    rows = ("구 분 | 접 수 | 처 리 | 처리율(%)", "2023년 | 300 | 285 | 95.0", "2024년 | 380 | 342 | 90.0",
            "2025년 | 400 | 368 | 92.0", "증 감 | 20 | 26 | 2.0")
    assert findings(table("민원 처리 현황", "건, %", *rows)) == []


def test_a_rate_printed_before_its_figures():
    first = ("구 분 | 징수율(%) | 부과액 | 징수액", "과태료 | 81.1 | 1,235 | 1,001", "사용료 | 85.7 | 2,100 | 1,800",
             "수수료 | 28.0 | 122 | 100")
    assert findings(levies(*first)) == [("rate.table", "수수료", "징수율(%)", "82.0", "28.0")]
    above = ("구 분 | 1월 | 2월 | 3월 | 계", "처리율(%) | 91.7 | 94.0 | 90.0 | 92.0", *MONTHS[1:3])
    assert findings(months(*above)) == []
    assert findings(months(*above).replace("\t91.7", "\t97.1")) == [
        ("rate.table", "처리율(%)", "1월", "91.7", "97.1")]


# 처리율 = 처리 ÷ (접수 − 취하): 1,100 ÷ 1,150 = 95.65, 580 ÷ 580, 350 ÷ 380 = 92.11, 170 ÷ 190 = 89.47
WITHDRAWN = ("구 분 | 접수 | 취하 | 처리 | 처리율(%)", "계 | 1,200 | 50 | 1,100 | 95.7",
             "여권 | 600 | 20 | 580 | 100.0", "가족관계 | 400 | 20 | 350 | 92.1", "토지 | 200 | 10 | 170 | 89.5")


def complaints(*rows: str) -> str:
    return table("민원 처리 현황", "건, %", *rows)


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pipe-tables"])
def test_a_rate_of_three_figures_is_checked(layout, tmp_path):
    """Before, no two columns made most rows' 처리율, and nothing was compared: a wrong one went unreported."""
    assert findings(complaints(*WITHDRAWN), layout, tmp_path) == []
    wrong = [row.replace("92.1", "93.1") for row in WITHDRAWN]
    assert findings(complaints(*wrong), layout, tmp_path) == [("rate.table", "가족관계", "처리율(%)", "92.1", "93.1")]


def test_a_rate_of_three_figures_says_what_it_is_of():
    wrong = complaints(*(row.replace("92.1", "93.1") for row in WITHDRAWN))
    (finding,) = run_checks(extract_report(read_text("t.txt", wrong.encode())))
    assert finding.message == ("'가족관계' 행의 처리율(%) 값이 처리 ÷ (접수 − 취하) × 100과 맞지 않습니다 "
                               "(표기 93.1%, 계산 350 ÷ (400 − 20) × 100 = 92.1%)")


def test_a_sum_as_the_part():
    # (처리 + 이송) ÷ 접수: 1,100 ÷ 1,200 = 91.67, 570 ÷ 600 = 95.0, 350 ÷ 400 = 87.5, 180 ÷ 200 = 90.0
    rows = ("구 분 | 접수 | 처리 | 이송 | 처리율(%)", "계 | 1,200 | 1,000 | 100 | 91.7", "여권 | 600 | 550 | 20 | 95.0",
            "가족관계 | 400 | 300 | 50 | 87.5", "토지 | 200 | 150 | 30 | 90.0")
    assert findings(complaints(*rows)) == []
    assert findings(complaints(*(row.replace("87.5", "85.7") for row in rows))) == [
        ("rate.table", "가족관계", "처리율(%)", "87.5", "85.7")]


def test_a_rate_row_of_a_budget_with_its_carry_over():
    """A budget printed as rows over its 단위사업 (a generic grid): the 집행률 of the 예산액 and the 이월액; before,
    빈집 정비's wrong rate went unreported (and had most 단위사업 carried nothing over, those that did were found
    wrong)."""
    rows = ("구 분 | 계 | 건축행정 관리 | 공공건축물 조성 | 빈집 정비",
            "예산액 | 5,300,000 | 800,000 | 4,000,000 | 500,000", "이월액 | 1,300,000 | - | 1,200,000 | 100,000",
            "집행액 | 2,680,000 | 360,000 | 2,080,000 | 240,000",
            "집행률(%) | 40.6 | 45.0 | 40.0 | 41.0")
    assert findings(table("단위사업별 집행 현황", "천원", *rows)) == [
        ("rate.table", "집행률(%)", "빈집 정비", "40.0", "41.0")]


def test_a_carry_over_of_one_row_of_many_is_no_wrong_rate():
    """Four rows carried nothing over, their rates of the 교부액 alone as of the sum: the ratio of two explains them,
    but the one of three explains every row. Before, the 계's and 다's rates were found wrong (60.0 and 100.0)."""
    rows = ("구 분 | 교부액 | 이월액 | 사용액 | 사용률(%)", "계 | 2,500 | 500 | 1,500 | 50.0",
            "가 | 500 | - | 250 | 50.0", "나 | 500 | - | 250 | 50.0", "다 | 500 | 500 | 500 | 50.0",
            "라 | 500 | - | 250 | 50.0", "마 | 500 | - | 250 | 50.0")
    assert findings(table("보조금 정산 현황", "백만원", *rows)) == []


def test_no_combination_most_rows_print_is_not_compared():
    # rates of no two or three figures the table prints (체납 of another year's levy): nothing is found
    rows = [WITHDRAWN[0], "계 | 1,200 | 50 | 1,100 | 97.7", "여권 | 600 | 20 | 580 | 99.0",
            "가족관계 | 400 | 20 | 350 | 93.1", "토지 | 200 | 10 | 170 | 85.5"]
    assert findings(complaints(*rows)) == []
