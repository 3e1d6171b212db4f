"""sum.table in money tables (rounded figures, units in findings), over groups printing 소계, a 누계 column beside
years, and the `change` check of a 증감 column (this year − last year, row by row)."""

from checks import run_checks
from tests.test_generic_variants import read, summary, tsv


def money_table(unit: str, *rows: str) -> str:
    return f"□ 세외수입 징수 현황\n\n(단위: {unit})\n\n" + "\n".join(row.replace(" | ", "\t") for row in rows) + "\n"


LEVIES = ("구 분 | 부과액 | 징수액 | 징수율", "계 | 3,458 | 2,901 | 83.9", "과태료 | 1,235 | 1,000 | 81.0",
          "사용료 | 2,100 | 1,800 | 85.7", "수수료 | 122 | 100 | 82.0")


def test_a_money_table_coarser_than_thousand_won_allows_its_parts_rounding():
    # before, 3,458 over 1,235 + 2,100 + 122 = 3,457 (each rounded from its own 천원 figure) was an error
    assert summary(money_table("백만원, %", *LEVIES)) == []
    assert summary(money_table("억원, %", *LEVIES)) == []
    one_row = money_table("백만원", "구 분 | 계 | 과태료 | 사용료", "체납액 | 3,458 | 1,235 | 2,222")
    assert summary(one_row) == []
    # beyond half a unit a figure (4 figures: 2), a finding, with the unit as budget findings show it
    wrong = money_table("백만원, %", *LEVIES).replace("3,458", "3,460")
    (finding,) = run_checks(read(wrong))
    assert (finding.rule, finding.row, finding.column, finding.expected, finding.actual) == (
        "sum.table", "계", "부과액", "3,457백만원", "3,460백만원")
    assert finding.message == "'계' 행의 부과액 값이 해당 행들의 합과 다릅니다 (표기 3,460백만원, 합계 3,457백만원)"


def test_counts_and_thousand_won_stay_exact():
    assert summary(money_table("건, %", *LEVIES)) == [("sum.table", "계", "부과액", "3,457", "3,458"),
                                                    ("sum.table", "계", "징수액", "2,900", "2,901")]
    assert summary(money_table("천원, %", *LEVIES)) == [("sum.table", "계", "부과액", "3,457천원", "3,458천원"),
                                                     ("sum.table", "계", "징수액", "2,900천원", "2,901천원")]
    # an amount beside counts: the count exact, the amount in 백만원 rounded
    mixed = money_table("건, 백만원", "구 분 | 건수 | 금액", "계 | 31 | 3,458", "과태료 | 10 | 1,235",
                        "사용료 | 20 | 2,100", "수수료 | 2 | 122")
    assert summary(mixed) == [("sum.table", "계", "건수", "32", "31")]


COMPLAINTS = tsv("총 계 | 제 증 명 |  |  | 고 충 |  | ", " | 소 계 | 등본 | 초본 | 소 계 | 방문 | 전화",
                 "{} | {} | {} | {} | {} | {} | {}")


def test_a_total_beside_groups_that_print_a_subtotal_sums_their_parts_once():
    # before, the 총 계 was summed over the 소 계s and their parts together (expected 10 over 5 printed)
    assert summary(COMPLAINTS.format(5, 3, 1, 2, 2, 1, 1)) == []
    assert summary(COMPLAINTS.format(500, 300, 100, 200, 200, 100, 100)) == []
    assert summary(COMPLAINTS.format(6, 3, 1, 2, 2, 1, 1)) == [("sum.table", "1행", "총 계", "5", "6")]
    # a group's 소 계 is its parts' sum
    assert summary(COMPLAINTS.format(5, 4, 1, 2, 2, 1, 1)) == [("sum.table", "1행", "제 증 명 소 계", "3", "4")]


CHANGES = tsv("구 분 | 2024년 | 2025년 | 증 감 | 증감률(%)", "계 | 12,500 | 13,100 | 600 | 4.8",
              "제증명 발급 | 10,000 | 10,400 | 400 | 4.0", "고충민원 | 2,500 | 2,700 | 300 | 8.0")


def test_a_wrong_change_is_found_on_its_row_not_blamed_on_the_total():
    # before, the 계 row's 증 감 (600, which is 13,100 − 12,500) was found against its rows' 700
    (finding,) = run_checks(read(CHANGES))
    assert (finding.rule, finding.severity, finding.row, finding.column, finding.expected, finding.actual) == (
        "sum.table", "error", "고충민원", "증 감", "200", "300")
    assert finding.message == "'고충민원' 행의 증 감 값이 2025년 − 2024년 값과 다릅니다 (표기 300, 2,700 − 2,500 = 200)"
    assert summary(CHANGES.replace("\t300\t", "\t200\t")) == []
    # a wrong 계 is still the 계's: its change and its column sum both miss it, one finding
    (total,) = run_checks(read(CHANGES.replace("\t300\t", "\t200\t").replace("\t600\t", "\t700\t")))
    assert (total.row, total.column, total.expected, total.actual) == ("계", "증 감", "600", "700")
    assert total.message == "'계' 행의 증 감 값이 해당 행들의 합과 다릅니다 (표기 700, 합계 600)"


def test_a_change_compares_the_later_period_with_the_earlier_as_printed():
    # `2025년 예산 | 2024년 예산 | 증감` in 천원; `증감(B-A)` after `(A)`, `(B)`; a `전년대비` of differences, `△` as −
    budget = money_table("천원", "구 분 | 2025년 예산 | 2024년 예산 | 증감", "합 계 | 3,456,789 | 3,300,000 | 156,789",
                         "도시계획 수립 | 1,234,567 | 1,200,000 | 43,567",
                         "도시경관 관리 | 2,100,000 | 2,000,000 | 100,000",
                         "기본경비 | 122,222 | 100,000 | 22,222")
    assert summary(budget) == [("sum.table", "도시계획 수립", "증감", "34,567천원", "43,567천원")]
    letters = tsv("구 분 | 계획(A) | 실적(B) | 증감(B-A)", "가 | 10 | 12 | 2", "나 | 20 | 15 | 5", "다 | 5 | 5 | -")
    assert summary(letters) == [("sum.table", "나", "증감(B-A)", "-5", "5")]
    year_on_year = tsv("구 분 | 2024년 | 2025년 | 전년대비", "계 | 12,500 | 12,100 | △500",
                       "제증명 발급 | 10,000 | 9,400 | △600", "고충민원 | 2,500 | 2,700 | 200")
    (finding,) = run_checks(read(year_on_year))
    assert (finding.rule, finding.row, finding.expected, finding.actual) == ("sum.table", "계", "-400", "-500")
    assert "(표기 △500, 12,100 − 12,500 = △400)" in finding.message
    # a change that most rows do not print so compares something else
    assert summary(tsv("구 분 | 2024년 | 2025년 | 증 감", "가 | 10 | 12 | 1", "나 | 20 | 15 | 4")) == []


PASSPORTS = tsv("구 분 | 2022년 | 2023년 | 2024년 | 누계", "계 | 30,000 | 35,000 | 40,000 | 106,000",
                "일반 | 29,000 | 34,000 | 39,000 | 102,000", "관용 | 1,000 | 1,000 | 1,000 | 4,000")


def test_a_running_total_beside_years_is_summed_down_its_column():
    # before, a 누계 beside years was left out altogether: the 계 row's 누계 against its rows' went unchecked
    assert summary(PASSPORTS) == []  # 관용's 누계 counts from before 2022: no sum of its row
    (finding,) = run_checks(read(PASSPORTS.replace("106,000", "107,000")))
    assert (finding.rule, finding.row, finding.column, finding.expected, finding.actual) == (
        "sum.table", "계", "누계", "106,000", "107,000")
    assert finding.message == "'계' 행의 누계 값이 해당 행들의 합과 다릅니다 (표기 107,000, 합계 106,000)"
    # nor is it a part of a 계 column beside it
    with_total = tsv("구 분 | 2023년 | 2024년 | 계 | 누계", "계 | 35,000 | 40,000 | 75,000 | 106,000",
                     "일반 | 34,000 | 39,000 | 73,000 | 102,000", "관용 | 1,000 | 1,000 | 2,000 | 4,000")
    assert summary(with_total) == []


FLEET = ("□ 공용차량 현황 (총 5대)\n\n(단위: 대)\n\n구 분\t정 수\t보 유\t과부족\n계\t6\t5\t△2\n승 용\t4\t3\t△1\n"
         "승 합\t2\t2\t-\n")


def test_messages_name_a_total_once_and_show_negatives_as_reports_print_them():
    # before: '계 계 과부족이 … (표기 -2대, … = -1대)'
    (finding,) = [f for f in run_checks(read(FLEET)) if f.rule == "sum.vehicles"]
    assert (finding.row, finding.column, finding.expected, finding.actual) == ("계", "과부족 계", "-1", "-2")
    assert finding.message == "계 과부족이 보유 − 정수와 다릅니다 (표기 △2대, 보유 5대 − 정수 6대 = △1대)"
    # a generic table's cell as printed, its expected figure as the table would print it
    shortfalls = tsv("구 분 | 계 | 남 | 여", "증 감 | △2 | △3 | 2")
    (finding,) = run_checks(read(shortfalls))
    assert (finding.expected, finding.actual) == ("-1", "-2")
    assert finding.message == "'증 감' 행의 계 값이 같은 행 항목들의 합과 다릅니다 (표기 △2, 합계 △1)"


def test_a_wrong_year_figure_of_a_total_row_is_not_blamed_on_its_change():
    # the 계's 2025년 (13,200) is not its rows' 13,100; its 증 감 600 is right with the right figure
    wrong = CHANGES.replace("\t13,100\t", "\t13,200\t").replace("\t300\t", "\t200\t")
    assert summary(wrong) == [("sum.table", "계", "2025년", "13,100", "13,200")]
