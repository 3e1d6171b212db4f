"""Tables of 정원 and 현원 outside the 인력 section that count no staff (a daycare's places by type, 통·반장, the
council's members): grids, checked by `sum.table` and `shortfall`, wherever the 인력 table stands; and a 공무직
table numbering its rows (`연번`), whose classes are its labels, not its serials."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = ("제290회 서해구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n{department}\n\n"
         "Ⅰ. 일반현황\n\n")
STAFF = ("{n}. 인 력\n\n구 분\t계\t5급\t6급\t7급\t8급\t9급\n정 원\t24\t1\t5\t8\t6\t4\n현 원\t24\t1\t5\t9\t5\t4\n"
         "과부족\t-\t-\t-\t1\t△1\t-\n\n")
STAFF_COUNTS = [("정원", "계", 24), ("정원", "5급", 1), ("정원", "6급", 5), ("정원", "7급", 8), ("정원", "8급", 6),
                ("정원", "9급", 4), ("현원", "계", 24), ("현원", "5급", 1), ("현원", "6급", 5), ("현원", "7급", 9),
                ("현원", "8급", 5), ("현원", "9급", 4), ("과부족", "계", 0), ("과부족", "5급", 0), ("과부족", "6급", 0),
                ("과부족", "7급", 1), ("과부족", "8급", -1), ("과부족", "9급", 0)]


def report(body: str, department: str = "가 족 정 책 과"):
    return extract_report(read_text("t.txt", (COVER.format(department=department) + body).encode()))


def staffing(r) -> list[tuple[int, str, str, str, int]]:
    return [(c.table_no, c.status, c.job_class, c.grade, c.headcount) for c in r.staffing]


def findings(r) -> list[tuple[str, str, str, str, str, str]]:
    return sorted((f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


def daycare(caption: str, total: str = "6,420") -> str:
    return (f"2. {caption}\n\n(’25. 5. 31. 기준, 단위: 명)\n\n구 분\t정 원\t현 원\n계\t{total}\t5,310\n"
            "국공립\t3,100\t2,850\n민 간\t2,200\t1,720\n가 정\t970\t620\n직 장\t150\t120\n\n")


@pytest.mark.parametrize("caption", ["보육시설 현황", "어린이집 현황"])
def test_daycare_places_by_type_below_the_staffing_are_a_grid(caption):
    """Before, the 6,420 places were staffing table 2 (classes `국공립`, `민간` …): 가족정책과's 정원 6,444."""
    r = report(STAFF.format(n=1) + daycare(caption))
    assert staffing(r) == [(1, status, "계", grade, n) for status, grade, n in STAFF_COUNTS]
    (grid,) = r.tables
    assert (grid.caption, grid.records_in) == (f"2. {caption}", None)
    assert grid.rows[1:3] == [["계", "6,420", "5,310"], ["국공립", "3,100", "2,850"]]
    assert findings(r) == []
    assert findings(report(STAFF.format(n=1) + daycare(caption, "6,430"))) == [
        ("sum.table", f"2. {caption}", "계", "정 원", "6,420", "6,430")]


def tongjang(vacant: str = "7") -> str:
    return ("2. 통·반장 현황\n\n(’25. 5. 31. 기준, 단위: 명)\n\n구 분\t정 원\t현 원\t결 원\n계\t2,722\t2,655\t67\n"
            f"통 장\t412\t405\t{vacant}\n반 장\t2,310\t2,250\t60\n\n")


def test_tongjang_and_banjang_below_the_staffing_are_a_grid():
    """Before, 2,722 통장 and 반장 were 자치행정과's staffing table 2."""
    r = report(STAFF.format(n=1) + tongjang(), "자 치 행 정 과")
    assert {table_no for table_no, *_ in staffing(r)} == {1} and len(r.staffing) == 18
    (grid,) = r.tables
    assert (grid.caption, grid.records_in) == ("2. 통·반장 현황", None)
    assert grid.rows[2] == ["통 장", "412", "405", "7"]
    assert findings(r) == []
    # the 계 row's 결 원 adds up over 통 장's right 7 (412 − 405): not blamed (before, sum.table, expected 68)
    assert findings(report(STAFF.format(n=1) + tongjang("8"), "자 치 행 정 과")) == [
        ("shortfall", "2. 통·반장 현황", "결원", "통 장", "7", "8")]


def tongjang_by_rows(vacant: str, total: str) -> str:
    return ("2. 통·반장 현황\n\n(’25. 5. 31. 기준, 단위: 명)\n\n구 분\t계\t통 장\t반 장\n정 원\t2,722\t412\t2,310\n"
            f"현 원\t2,655\t405\t2,250\n결 원\t{total}\t{vacant}\t60\n\n")


@pytest.mark.parametrize(("vacant", "total", "found"), [
    ("7", "67", []),
    # the 계 column adds up over 통 장's right 7 (before, also sum.table on the 계, expected 68)
    ("8", "67", [("shortfall", "2. 통·반장 현황", "결원", "통 장", "7", "8")]),
    # the 계 wrong both ways, said once (before, also sum.table on it, expected 67)
    ("7", "68", [("shortfall", "2. 통·반장 현황", "결원", "계", "67", "68")]),
])
def test_a_wrong_vacancy_of_a_grid_by_rows_is_one_finding_on_its_cell(vacant, total, found):
    r = report(STAFF.format(n=1) + tongjang_by_rows(vacant, total), "자 치 행 정 과")
    assert [(grid.caption, grid.records_in) for grid in r.tables] == [("2. 통·반장 현황", None)]
    assert findings(r) == found


@pytest.mark.parametrize(("grid", "printed", "wrong", "found"), [
    # a line a row: 통 장's 현원 404, which the 계's 2,655 and its 결원 7 both make 405 (before, also sum.table on
    # the 계 row's 현 원, expected 2,654, and shortfall on 통 장's 결원, expected 8)
    (tongjang(), "통 장\t412\t405", "통 장\t412\t404",
     ("sum.table", "통 장", "현 원", "405", "404",
      "'통 장' 행의 현 원 값이 계 행과 결 원 열이 함께 맞는 값과 다릅니다 (표기 404, 맞는 값 405)")),
    (tongjang(), "통 장\t412\t405", "통 장\t413\t405",
     ("sum.table", "통 장", "정 원", "412", "413",
      "'통 장' 행의 정 원 값이 계 행과 결 원 열이 함께 맞는 값과 다릅니다 (표기 413, 맞는 값 412)")),
    # a line a column: the 현 원 row's 계 and the 결 원 row make it so
    (tongjang_by_rows("7", "67"), "2,655\t405", "2,655\t404",
     ("sum.table", "현 원", "통 장", "405", "404",
      "'현 원' 행의 통 장 값이 결 원 행과 계 열이 함께 맞는 값과 다릅니다 (표기 404, 맞는 값 405)")),
    (tongjang_by_rows("7", "67"), "2,722\t412", "2,722\t413",
     ("sum.table", "정 원", "통 장", "412", "413",
      "'정 원' 행의 통 장 값이 결 원 행과 계 열이 함께 맞는 값과 다릅니다 (표기 413, 맞는 값 412)")),
    # the 계's own 현원, which its rows make 2,655, its 결원 67 right of that: the sum's finding alone (before, also
    # shortfall on the 계's 결원, expected 66)
    (tongjang(), "계\t2,722\t2,655", "계\t2,722\t2,656",
     ("sum.table", "계", "현 원", "2,655", "2,656",
      "'계' 행의 현 원 값이 해당 행들의 합과 다릅니다 (표기 2,656, 합계 2,655)")),
])
def test_a_wrong_count_of_a_grids_line_is_one_finding_on_its_cell(grid, printed, wrong, found):
    assert grid.count(printed) == 1
    r = report(STAFF.format(n=1) + grid.replace(printed, wrong), "자 치 행 정 과")
    assert [(f.rule, f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(r)] == [found]


def members(note: str = "", total: str = "17") -> str:
    head, cell = ("\t비 고", "\t임기 4년") if note else ("", "")
    return (f"1. 의원 현황\n\n(단위: 명)\n\n구 분\t계\t지역구\t비례대표{head}\n정 원\t{total}\t15\t2{cell}\n"
            f"현 원\t17\t15\t2{cell}\n\n")


COUNCIL_STAFF = ("2. 인 력\n\n구 분\t계\t4급\t5급\t6급\t7급\n정 원\t14\t1\t4\t5\t4\n현 원\t13\t1\t4\t5\t3\n"
                 "과부족\t△1\t-\t-\t-\t△1\n\n")
COUNCIL_COUNTS = [(1, "정원", "계", "계", 14), (1, "정원", "계", "4급", 1), (1, "정원", "계", "5급", 4),
                  (1, "정원", "계", "6급", 5), (1, "정원", "계", "7급", 4), (1, "현원", "계", "계", 13),
                  (1, "현원", "계", "4급", 1), (1, "현원", "계", "5급", 4), (1, "현원", "계", "6급", 5),
                  (1, "현원", "계", "7급", 3), (1, "과부족", "계", "계", -1), (1, "과부족", "계", "4급", 0),
                  (1, "과부족", "계", "5급", 0), (1, "과부족", "계", "6급", 0), (1, "과부족", "계", "7급", -1)]


@pytest.mark.parametrize("note", ["", "비고"], ids=["plain", "with-a-note-column"])
def test_council_members_above_the_staffing_are_a_grid(note):
    """The members' table comes first: it is read as staffing until the 인력 table below says it is the staffing,
    then it is a grid where it was printed and the 인력 table is table 1. Before, 의회사무국's 정원 was 31 (the
    17 members and the 14 staff)."""
    r = report(members(note) + COUNCIL_STAFF + "3. 청사 현황\n\n구 분\t면적\n본관\t1,200\n\n", "의 회 사 무 국")
    assert staffing(r) == COUNCIL_COUNTS
    assert [(grid.caption, grid.records_in) for grid in r.tables] == [("1. 의원 현황", None), ("3. 청사 현황", None)]
    assert r.tables[0].rows[1][:4] == ["정 원", "17", "15", "2"]
    assert findings(r) == []
    assert findings(report(members(note, "18") + COUNCIL_STAFF, "의 회 사 무 국")) == [
        ("sum.table", "1. 의원 현황", "정 원", "계", "17", "18")]


def test_a_one_status_table_after_the_members_is_the_staffing():
    """The members' 현원 held as staffing does not make the 직렬별 현원 below a restatement of it."""
    body = members() + "2. 직렬별 현원\n\n구 분\t계\t행정\t속기\n현 원\t14\t12\t2\n\n"
    r = report(body, "의 회 사 무 국")
    assert staffing(r) == [(1, "현원", "계", "계", 14), (1, "현원", "행정", "계", 12), (1, "현원", "속기", "계", 2)]
    assert [grid.caption for grid in r.tables] == ["1. 의원 현황"]


@pytest.mark.parametrize(("body", "second"), [
    ("2. 인력 및 차량 현황\n\n구 분\t계\t5급\t6급\n정 원\t6\t1\t5\n현 원\t6\t1\t5\n\n□ 청소차량 운전원 현황\n\n"
     "구 분\t정 원\t현 원\t과부족\n계\t30\t28\t△2\n압축진개차 운전원\t20\t19\t△1\n노면청소차 운전원\t10\t9\t△1\n\n",
     [("정원", "계", 30), ("현원", "계", 28), ("과부족", "계", -2), ("정원", "압축진개차운전원", 20),
      ("현원", "압축진개차운전원", 19), ("과부족", "압축진개차운전원", -1), ("정원", "노면청소차운전원", 10),
      ("현원", "노면청소차운전원", 9), ("과부족", "노면청소차운전원", -1)]),
    ("2. 인 력\n\n구 분\t계\t5급\t6급\n정 원\t6\t1\t5\n현 원\t6\t1\t5\n\n3. 공무직 현황\n\n"
     "구 분\t정 원\t현 원\n계\t12\t11\n환경공무관\t8\t8\n시설관리원\t4\t3\n\n",
     [("정원", "계", 12), ("현원", "계", 11), ("정원", "환경공무관", 8), ("현원", "환경공무관", 8),
      ("정원", "시설관리원", 4), ("현원", "시설관리원", 3)]),
], ids=["under-the-staffing-title", "a-caption-naming-staff"])
def test_staff_beside_the_staffing_table_stay_staffing(body, second):
    """A table of classes the tool has no word for under the 인력 title (`□ 청소차량 운전원 현황`), or under a
    caption naming a kind of staff (`3. 공무직 현황`), is staffing table 2 beside the 인력 table."""
    r = report(body, "청 소 과")
    assert [(status, job_class, n) for table_no, status, job_class, _grade, n in staffing(r) if table_no == 2] == second
    assert r.tables == [] and findings(r) == []


def others(total: str = "7") -> str:
    return (f"□ 공무직 등\n\n연번\t구 분\t정 원\t현 원\n계\t\t{total}\t6\n1\t환경공무관\t4\t4\n"
            "2\t청사관리원\t3\t2\n\n")


def test_a_staff_table_numbering_its_rows_takes_its_labels_as_classes():
    """Before, the 공무직 table under `2. 인력 현황` had classes `1` and `2` (the serials) and grades
    `환경공무관`, `청사관리원`."""
    body = "2. 인력 현황\n\n□ 공무원\n\n구 분\t계\t5급\t6급\n정 원\t10\t1\t9\n현 원\t10\t1\t9\n\n"
    r = report(body + others(), "총 무 과")
    assert [count for count in staffing(r) if count[0] == 2] == [
        (2, "정원", "계", "계", 7), (2, "현원", "계", "계", 6), (2, "정원", "환경공무관", "계", 4),
        (2, "현원", "환경공무관", "계", 4), (2, "정원", "청사관리원", "계", 3), (2, "현원", "청사관리원", "계", 2)]
    assert r.tables == [] and findings(r) == []
    assert findings(report(body + others("8"), "총 무 과")) == [
        ("sum.staffing", "인력 (표 2)", "정원", "계", "7", "8")]
