"""Tables that print 정원 and 현원 but count no staff: a committee's members, a facility's residents, a daycare's
children. They stay generic grids, checked by `sum.table`, and the department's staffing is its 인력 table's."""

import pytest

from tests.test_staffing_gaps_variants import STAFF, findings, report

PROJECT = ("# Ⅱ. 주요업무 추진실적\n\n### ① 국공립어린이집 확충 (보육정책팀)\n\n"
           "국공립어린이집 확충을 통해 구민 편의를 높이고자 함\n\n## □ 주요 추진실적\n\n"
           "- 유형별 어린이집 현황 ('25. 5월말)\n\n")


def totals(r) -> list[tuple[int, str, int]]:
    """Each staffing table's printed grand totals: (table, status, headcount)."""
    return [(c.table_no, c.status, c.headcount) for c in r.staffing if c.job_class == "계" and c.grade == "계"]


STAFF_TOTALS = [(1, "정원", 40), (1, "현원", 39), (1, "과부족", -1)]


def committees(total: str = "68") -> str:
    return ("## 3 위원회 현황\n\n#### □ 소관 위원회 운영 현황\n\n"
            "| 연번 | 위원회명 | 정 원 | 현 원 | 개최 횟수 | 비 고 |\n|---|---|---:|---:|---:|---|\n"
            f"| 계 | 5개 위원회 | {total} | 61 | 14 | |\n| 1 | 인사위원회 | 9 | 9 | 6 | |\n"
            "| 2 | 공적심사위원회 | 15 | 13 | 3 | |\n| 3 | 지방보조금심의위원회 | 15 | 12 | 2 | |\n"
            "| 4 | 정보공개심의회 | 14 | 13 | 2 | |\n| 5 | 청사관리위원회 | 15 | 14 | 1 | |\n\n")


def test_a_committee_table_counts_members_not_staff():
    """Before, the committees' 68/61 members were the department's staffing table 2 (`인사위원회` a grade)."""
    r = report(STAFF + committees())
    assert totals(r) == STAFF_TOTALS and {c.table_no for c in r.staffing} == {1}
    (table,) = r.tables
    assert table.records_in is None and table.rows[0] == ["연번", "위원회명", "정 원", "현 원", "개최 횟수", "비 고"]
    assert table.rows[2] == ["1", "인사위원회", "9", "9", "6", ""]
    assert findings(r) == []
    assert findings(report(STAFF + committees("69"))) == [
        ("sum.table", "소관 위원회 운영 현황", "계 / 5개 위원회", "정 원", "68", "69")]


def facilities(workers: str = "640") -> str:
    return ("## 2 복지 대상자 현황\n\n#### □ 복지시설 현황\n\n<table>\n"
            "<tr><th>구 분</th><th>시설수</th><th>정원</th><th>현원</th><th>종사자</th></tr>\n"
            f"<tr><td>계</td><td>52</td><td>2,310</td><td>2,050</td><td>{workers}</td></tr>\n"
            "<tr><td>노인요양시설</td><td>18</td><td>1,200</td><td>1,080</td><td>410</td></tr>\n"
            "<tr><td>장애인거주시설</td><td>6</td><td>310</td><td>270</td><td>120</td></tr>\n"
            "<tr><td>지역아동센터</td><td>28</td><td>800</td><td>700</td><td>110</td></tr>\n</table>\n\n")


def test_a_facility_table_counts_residents_not_staff():
    """Before, the residents were the department's staffing (2,310/2,050; `노인요양시설` a class, its 18
    facilities a grade) and the 종사자 column was checked by nothing."""
    r = report(facilities())
    assert r.staffing == []
    (table,) = r.tables
    assert table.records_in is None and table.rows[1] == ["계", "52", "2,310", "2,050", "640"]
    assert findings(r) == []
    assert findings(report(facilities("650"))) == [("sum.table", "복지시설 현황", "계", "종사자", "640", "650")]


def daycare(places: str = "8,400") -> str:
    return ("(단위: 개소, 명)\n\n| 구 분 | 시설수 | 정 원 | 현 원 | 충족률(%) |\n|---|---:|---:|---:|---:|\n"
            f"| 계 | 210 | {places} | 7,150 | 85.1 |\n| 국공립 | 82 | 4,100 | 3,800 | 92.7 |\n"
            "| 민간 | 48 | 2,700 | 2,150 | 79.6 |\n| 가정 | 80 | 1,600 | 1,200 | 75.0 |\n\n")


def test_a_projects_daycare_table_counts_children_not_staff():
    """Before, the project's 8,400 places were the department's staffing table 2."""
    staff = ("## 2 인 력\n\n| 구 분 | 계 | 6급 | 7급 | 8급 | 9급 |\n|---|---:|---:|---:|---:|---:|\n"
             "| 정 원 | 22 | 4 | 8 | 6 | 4 |\n| 현 원 | 22 | 4 | 9 | 5 | 4 |\n| 과부족 | - | - | 1 | △1 | - |\n\n")
    r = report(staff + PROJECT + daycare())
    assert totals(r) == [(1, "정원", 22), (1, "현원", 22), (1, "과부족", 0)]
    (table,) = r.tables
    assert table.project_seq == 1 and table.records_in is None and table.rows[1][:4] == ["계", "210", "8,400", "7,150"]
    assert findings(r) == []
    assert findings(report(staff + PROJECT + daycare("8,500"))) == [
        ("sum.table", "유형별 어린이집 현황 ('25. 5월말)", "계", "정 원", "8,400", "8,500")]


@pytest.mark.parametrize("body", [
    "□ 위원회 현황\n\n구 분\t정 원\t현 원\n계\t24\t22\n인사위원회\t9\t9\n공적심사위원회\t15\t13\n",
    "□ 시설 현황\n\n구 분\t정 원\t현 원\n계\t1,510\t1,350\n노인요양시설\t1,200\t1,080\n장애인거주시설\t310\t270\n",
    "□ 시설 현황\n\n구 분\t정 원\t현 원\n계\t1,100\t980\n한빛어린이집\t300\t280\n지역아동센터\t800\t700\n",
    "□ 어린이집 현황\n\n구 분\t계\t국공립\t민간\n시설수\t130\t82\t48\n정 원\t6,800\t4,100\t2,700\n"
    "현 원\t5,950\t3,800\t2,150\n",
], ids=["committees", "facilities", "centres", "daycare-turned"])
def test_tables_of_facilities_or_committees_stay_grids(body):
    """Rows named by a committee or facility, or a row of another measure beside the statuses (`시설수`), count
    no staff, however short the table."""
    r = report(STAFF + body)
    assert totals(r) == STAFF_TOTALS and {c.table_no for c in r.staffing} == {1}
    (table,) = r.tables
    assert table.records_in is None and findings(r) == []


@pytest.mark.parametrize(("body", "printed"), [
    ("□ 청소차량 운전원 현황\n\n구 분\t정 원\t현 원\t과부족\n계\t30\t28\t△2\n압축진개차 운전원\t20\t19\t△1\n"
     "노면청소차 운전원\t10\t9\t△1\n", [("정원", 30), ("현원", 28), ("과부족", -2)]),
    ("## 2 인 력\n\n구 분\t정 원\t현 원\t과부족\t휴직\n계\t12\t11\t△1\t1\n환경공무관\t8\t8\t-\t1\n"
     "시설관리원\t4\t3\t△1\t-\n", [("정원", 12), ("현원", 11), ("과부족", -1)]),
], ids=["unknown-classes", "a-column-of-leave-in-the-staffing-section"])
def test_staff_of_classes_the_tool_does_not_know_are_staffing(body, printed):
    """Classes it has no word for stay staffing where nothing says the rows are something else, or where the
    인력 section says they are staff whatever stands beside them."""
    r = report(body)
    assert [(status, n) for _table, status, n in totals(r)] == printed
