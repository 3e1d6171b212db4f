"""Vehicles tables and vehicle lists as departments print them beyond the usual layout: each test a layout that was
misread before, with the records and findings it should give."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 자 치 행 정 과\n\n"
GENERAL = "# Ⅰ. 일반현황\n\n## 2 차 량\n\n"
PROJECTS = "\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 주민자치회 운영 지원 (자치지원팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"


def report(general: str, projects: str = PROJECTS):
    return extract_report(read_text("t.md", (COVER + GENERAL + general + projects).encode()))


def counts(fleet) -> list[tuple[str, str, int]]:
    return [(c.category, c.kind, c.count) for c in fleet.counts]


def summary(r) -> list[tuple]:
    return [(f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


def test_a_vehicle_list_whose_last_vehicle_has_a_blank_cell_counts_every_vehicle():
    r = report("□ 업무용 차량 : 총 3대\n\n"
               "| 연번 | 차 종 | 차량번호 | 연식 | 용 도 |\n|---|---|---|---|---|\n"
               "| 1 | 아이오닉 | 12가3456 | 2022 | 업무용 |\n| 2 | 쏘나타 | 34나5678 | 2020 | 업무용 |\n"
               "| 3 | 스타리아 | 56다7890 | 2023 |  |\n")
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 3), ("승용", "아이오닉", 1), ("승용", "쏘나타", 1),
                             ("승합", "스타리아", 1)]
    (grid,) = r.tables
    assert (grid.records_in, grid.header_rows) == ("vehicles", 1)  # each vehicle's row is a row, not a header
    assert summary(r) == []


def test_a_vehicle_list_with_merged_categories_counts_its_models_under_the_category_above():
    r = report("□ 업무용 차량 : 총 4대\n\n"
               "| 차 종 | 차량번호 | 차 명 | 연 식 | 배기량(cc) | 용 도 |\n|---|---|---|---|---|---|\n"
               "| 승 용 | 12가3456 | 쏘나타 | 2019 | 1,999 | 업무용 |\n"
               "|  | 34나5678 | 아이오닉5 | 2022 | 전기 | 업무용 |\n"
               "| 승 합 | 56다7890 | 스타리아 | 2021 | 2,199 | 민원용 |\n"
               "|  | 78라1234 | 카니발 | 2018 | 2,199 | 민원용 |\n")
    assert counts(r.vehicles[0]) == [("계", "계", 4), ("승용", "쏘나타", 1), ("승용", "아이오닉5", 1),
                                     ("승합", "스타리아", 1), ("승합", "카니발", 1)]
    assert summary(r) == []


def test_a_vehicle_list_with_a_rowspan_kind_in_html():
    r = report("□ 업무용 차량 : 총 3대\n\n<table>\n"
               "<tr><th>차 종</th><th>차량번호</th><th>연 식</th><th>용 도</th></tr>\n"
               '<tr><td rowspan="2">승 용</td><td>12가3456</td><td>2019</td><td>업무용</td></tr>\n'
               "<tr><td>34나5678</td><td>2022</td><td>업무용</td></tr>\n"
               "<tr><td>승 합</td><td>56다7890</td><td>2021</td><td>민원용</td></tr>\n</table>\n")
    assert counts(r.vehicles[0]) == [("계", "계", 3), ("업무용차량", "승용", 2), ("업무용차량", "승합", 1)]
    assert summary(r) == []


def test_a_grand_total_printed_as_the_last_column_is_the_total():
    r = report("□ 공용차량 현황 : 총 10대\n\n(단위: 대)\n\n"
               "| 구 분 | 승 용 | 승 합 | 화 물 | 계 |\n|---|---|---|---|---|\n| 대 수 | 5 | 3 | 2 | 10 |\n")
    assert counts(r.vehicles[0]) == [("계", "계", 10), ("공용차량현황", "승용", 5), ("공용차량현황", "승합", 3),
                                     ("공용차량현황", "화물", 2)]
    assert summary(r) == []


def test_a_grand_total_printed_last_under_two_header_rows():
    r = report("□ 공용차량 - 총7대 (정수 7)\n\n(단위: 대)\n\n"
               "| 승 용 |  |  | 승 합 |  | 합 계 |\n|---|---|---|---|---|---|\n"
               "| 소 계 | 소형 | 중형 | 소 계 | 중형 |  |\n| 5 | 2 | 3 | 2 | 2 | 7 |\n")
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 7), ("승용", "소계", 5), ("승용", "소형", 2), ("승용", "중형", 3),
                             ("승합", "소계", 2), ("승합", "중형", 2)]
    assert not fleet.repaired
    assert summary(r) == []


def test_a_category_merged_down_the_header_rows_is_its_own_subtotal_not_a_repair():
    r = report("□ 공용차량 - 총9대 (정수 9)\n\n(단위: 대)\n\n"
               "| 총 계 | 승 용 |  |  | 승 합 | 화 물 |\n|---|---|---|---|---|---|\n"
               "|  | 소 계 | 소형 | 중형 |  |  |\n| 9 | 5 | 2 | 3 | 3 | 1 |\n")
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 9), ("승용", "소계", 5), ("승용", "소형", 2), ("승용", "중형", 3),
                             ("승합", "소계", 3), ("화물", "소계", 1)]
    assert (fleet.repaired, fleet.repair_note) == (False, None)
    assert summary(r) == []


def test_the_long_layout_with_kinds_beside_merged_categories():
    r = report("□ 공용차량 현황 : 총 10대\n\n(단위: 대)\n\n"
               "| 구 분 | 차 종 | 대 수 | 비 고 |\n|---|---|---|---|\n| 계 | | 10 | |\n"
               "| 승 용 | 소 계 | 5 | |\n| | 소 형 | 2 | 전기차 1 |\n| | 중 형 | 3 | |\n"
               "| 승 합 | 소 계 | 3 | |\n| | 중 형 | 3 | |\n| 화 물 | 소 계 | 2 | |\n| | 소 형 | 2 | |\n")
    assert counts(r.vehicles[0]) == [
        ("계", "계", 10), ("승용", "소계", 5), ("승용", "소형", 2), ("승용", "중형", 3), ("승합", "소계", 3),
        ("승합", "중형", 3), ("화물", "소계", 2), ("화물", "소형", 2)]
    assert summary(r) == []
    wrong = report("□ 공용차량 현황 : 총 10대\n\n(단위: 대)\n\n"
                   "| 구 분 | 차 종 | 대 수 | 비 고 |\n|---|---|---|---|\n| 계 | | 10 | |\n"
                   "| 승 용 | 소 계 | 5 | |\n| | 소 형 | 2 | |\n| | 중 형 | 2 | |\n"
                   "| 화 물 | 소 계 | 5 | |\n| | 소 형 | 5 | |\n")
    assert summary(wrong) == [("sum.vehicles", "error", "승용", "소계", "4", "5")]


def test_quota_held_and_shortfall_as_columns():
    r = report("□ 공용차량 보유현황 : 총 11대\n\n(단위: 대)\n\n"
               "| 구 분 | 정 수 | 보 유 | 과부족 | 비 고 |\n|---|---|---|---|---|\n| 계 | 12 | 11 | △1 |  |\n"
               "| 승 용 | 6 | 6 | - |  |\n| 승 합 | 4 | 3 | △1 | 25년 하반기 구매 |\n| 화 물 | 2 | 2 | - |  |\n")
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 11), ("승용", "소계", 6), ("승합", "소계", 3), ("화물", "소계", 2)]
    assert (fleet.printed_total, fleet.quota) == (11, 12)
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
    assert [t.records_in for t in r.tables] == ["vehicles"]  # the 정수, 과부족 and 비고 kept in the grid


def test_quota_and_held_as_rows():
    r = report("□ 공용차량 : 총 11대\n\n(단위: 대)\n\n"
               "| 구 분 | 계 | 승 용 | 승 합 | 화 물 |\n|---|---|---|---|---|\n"
               "| 정 수 | 12 | 6 | 4 | 2 |\n| 현 원 | 11 | 6 | 3 | 2 |\n")
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 11), ("공용차량", "승용", 6), ("공용차량", "승합", 3),
                             ("공용차량", "화물", 2)]
    assert fleet.counts[0].source.line == fleet.source.line + 3  # the 현 원 row's, after the rule and the 정 수
    assert fleet.quota == 12
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]


def test_teams_as_rows_under_categories_spanning_kinds_in_two_header_rows():
    r = report("□ 공용차량 현황 : 총 9대\n\n(단위: 대)\n\n"
               "| 구 분 | 계 | 승 용 |  | 승 합 |  |\n|---|---|---|---|---|---|\n"
               "|  |  | 소형 | 중형 | 소형 | 중형 |\n| 계 | 9 | 3 | 2 | 1 | 3 |\n"
               "| 자치지원팀 | 4 | 1 | 1 | 1 | 1 |\n| 민원여권팀 | 5 | 2 | 1 | - | 2 |\n")
    got = counts(r.vehicles[0])
    assert got[:5] == [("계", "계", 9), ("계", "승용 소형", 3), ("계", "승용 중형", 2), ("계", "승합 소형", 1),
                       ("계", "승합 중형", 3)]
    assert ("자치지원팀", "소계", 4) in got and ("민원여권팀", "승합 소형", 0) in got and len(got) == 15
    assert summary(r) == []


def test_a_projects_table_of_vehicles_bought_is_no_fleet():
    r = report("□ 공용차량 - 총 3대\n\n| 총 계 | 승 용 | 승 합 |\n|---|---|---|\n| 3 | 2 | 1 |\n",
               PROJECTS + "\n### ② 친환경 관용차량 전환 (자치지원팀)\n\n□ 추진실적\n\n"
               "○ 친환경 관용차량 구매 현황 (총 3대)\n\n"
               "| 구 분 | 대 수 | 금 액(천원) |\n|---|---|---|\n| 계 | 3 | 135,000 |\n| 전기승용 | 2 | 90,000 |\n"
               "| 수소승합 | 1 | 45,000 |\n")
    assert [fleet.caption for fleet in r.vehicles] == ["공용차량 - 총 3대"]
    (bought,) = r.tables
    assert (bought.caption, bought.project_seq, bought.records_in) == ("친환경 관용차량 구매 현황 (총 3대)", 2, None)
    assert bought.rows[1] == ["계", "3", "135,000"]
    assert summary(r) == []


def test_a_table_of_money_or_distance_about_vehicles_is_no_fleet():
    r = report("□ 관용차량 운행 실적 (2024년)\n\n"
               "| 구 분 | 운행횟수(회) | 운행거리(km) | 유류비(천원) |\n|---|---|---|---|\n"
               "| 계 | 1,250 | 38,400 | 21,300 |\n| 승 용 | 800 | 20,100 | 11,000 |\n"
               "| 승 합 | 450 | 18,300 | 10,300 |\n"
               "\n□ 관용차량 유지비 (단위: 천원)\n\n| 구 분 | 계 | 승 용 | 승 합 |\n|---|---|---|---|\n"
               "| 2024년 | 21,300 | 11,000 | 10,300 |\n")
    assert r.vehicles == []
    assert [(t.caption, t.records_in) for t in r.tables] == [
        ("관용차량 운행 실적 (2024년)", None), ("관용차량 유지비", None)]
    assert summary(r) == []


def test_a_vehicle_sum_finding_names_the_line_of_its_row():
    r = report("□ 공용차량 현황 : 총 12대 (정수 12)\n\n(단위: 대)\n\n"
               "구 분\t계\t소형\t중형\t대형\n승 용\t7\t1\t4\t1\n승 합\t3\t1\t1\t1\n화 물\t2\t1\t1\t-\n"
               "계\t12\t3\t6\t2\n")
    (finding,) = run_checks(r)
    assert (finding.rule, finding.row, finding.column, finding.expected, finding.actual) == (
        "sum.vehicles", "승용", "계", "6", "7")  # the 계 column, as printed (fleet121)
    assert finding.source.line == r.vehicles[0].source.line + 1  # the 승 용 row's, not the 계 row's below


def test_a_bullet_counting_what_the_heading_above_it_names_heads_the_fleet_with_it():
    r = report("□ 공용차량 현황\n\n○ 총 12대 (정수 12대)\n\n(단위: 대)\n\n"
               "| 구 분 | 계 | 승 용 | 승 합 | 화 물 |\n|---|---|---|---|---|\n| 대 수 | 12 | 6 | 4 | 2 |\n")
    (fleet,) = r.vehicles
    assert (fleet.caption, fleet.printed_total, fleet.quota) == ("공용차량 현황 총 12대 (정수 12대)", 12, 12)
    assert counts(fleet) == [("계", "계", 12), ("공용차량현황", "승용", 6), ("공용차량현황", "승합", 4),
                             ("공용차량현황", "화물", 2)]
    assert summary(r) == [] and r.tables == []


def test_statuses_as_columns_over_a_single_row_and_a_second_column_of_vehicles():
    r = report("□ 공용차량 : 총 11대\n\n| 구 분 | 정 수 | 보 유 | 과부족 |\n|---|---|---|---|\n| 계 | 12 | 11 | △1 |\n")
    assert counts(r.vehicles[0]) == [("계", "계", 11)] and r.vehicles[0].quota == 12
    r = report("□ 공용차량 : 총 5대\n\n| 구 분 | 보유대수 | 운행대수 |\n|---|---|---|\n| 계 | 5 | 4 |\n"
               "| 승 용 | 3 | 3 |\n| 승 합 | 2 | 1 |\n")
    assert counts(r.vehicles[0]) == [("계", "계", 5), ("승용", "소계", 3), ("승합", "소계", 2)]
    assert summary(r) == []
