"""Staffing tables counting one status that restate another staffing table's figures, whichever is printed
first: kept as grids, so that a sum over the report's staffing counts nobody twice."""

import pytest
import regex

from checks import run_checks
from tests.test_cli_journeys import ROOT, reportdb
from tests.test_staffing_onestatus import CAPTION, COVER, PART, TAB, report

FULL = ("□ 인력 현황\n\n(단위: 명)\n\n구 분\t정 원\t현 원\t과부족\n계\t31\t30\t△1\n행정\t20\t20\t-\n"
        "세무\t7\t6\t△1\n전산\t4\t4\t-\n\n")
FULL_COUNTS = [
    (1, "정원", "계", "계", 31), (1, "현원", "계", "계", 30), (1, "과부족", "계", "계", -1),
    (1, "정원", "행정", "계", 20), (1, "현원", "행정", "계", 20), (1, "과부족", "행정", "계", 0),
    (1, "정원", "세무", "계", 7), (1, "현원", "세무", "계", 6), (1, "과부족", "세무", "계", -1),
    (1, "정원", "전산", "계", 4), (1, "현원", "전산", "계", 4), (1, "과부족", "전산", "계", 0)]
BY_GRADE = CAPTION + TAB + "\n"
ORDERS = pytest.mark.parametrize("body", [FULL + BY_GRADE, BY_GRADE + FULL], ids=["after", "before"])


def numbered(r) -> list[tuple[int, str, str, str, int]]:
    return [(c.table_no, c.status, c.job_class, c.grade, c.headcount) for c in r.staffing]


def findings(r) -> list[tuple[str, str, str, str, str, str]]:
    return sorted((f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


@ORDERS
def test_a_one_status_table_restating_the_staffing_table_is_a_grid_whichever_comes_first(body):
    r = report(body)
    assert numbered(r) == FULL_COUNTS
    (grid,) = r.tables
    assert grid.caption.startswith("직렬별 현원") and grid.records_in is None
    assert grid.rows[:2] == [["구 분", "계", "4급", "5급", "6급", "7급", "8급", "9급"],
                             ["계", "30", "1", "3", "8", "10", "5", "3"]]
    assert findings(r) == []


@ORDERS
def test_the_restating_grid_is_checked_by_its_sums_whichever_comes_first(body):
    planted = report(body.replace("계\t30\t1\t3\t8", "계\t30\t1\t3\t9"))
    # the 계 row's 6급 alone: its 계, 30, is the rows' (before, also found, as no sum of its row's 31)
    assert sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(planted)) == [
        ("sum.table", "계", "6급", "8", "9")]


@ORDERS
def test_the_readmes_staffing_question_counts_the_restated_staff_once(body, tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    staffing = regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)[1]
    (tmp_path / "2024-chongmu.txt").write_text(COVER + PART + body, encoding="utf-8")
    assert reportdb("ingest", "2024-chongmu.txt", cwd=tmp_path).returncode == 0
    answer = reportdb("query", staffing, "--csv", cwd=tmp_path)
    assert answer.stdout.splitlines() == [
        "council,office,year,department,as_of,정원,현원,과부족", "한빛구의회,,2024,총무과,,31,30,-1"]


def test_tables_after_a_restating_one_are_numbered_as_if_it_were_none():
    """`직렬별 현원` (with a 비고 column, its grid kept beside its records) and `직급별 정원` above the 공무원's
    인력 table, and the 공무직's below it: the two above are grids, the 공무직's table is table 2."""
    noted = CAPTION + "구 분\t계\t5급\t6급\t비 고\n계\t30\t3\t27\t\n행정\t30\t3\t27\t휴직 1\n\n"
    quota = "□ 직급별 정원\n\n구 분\t정 원\n계\t31\n5급\t3\n6급\t28\n\n"
    others = "□ 공무직 등\n\n구 분\t정 원\t현 원\t과부족\n계\t2\t2\t-\n공무직\t2\t2\t-\n"
    r = report(noted + quota + FULL + others)
    assert numbered(r) == FULL_COUNTS + [
        (2, "정원", "계", "계", 2), (2, "현원", "계", "계", 2), (2, "과부족", "계", "계", 0),
        (2, "정원", "공무직", "계", 2), (2, "현원", "공무직", "계", 2), (2, "과부족", "공무직", "계", 0)]
    assert [(t.caption[:6], t.records_in, t.rows[-1][-1]) for t in r.tables] == [
        ("직렬별 현원", None, "휴직 1"), ("직급별 정원", None, "28")]
    assert findings(r) == []


def test_a_one_status_table_before_a_table_counting_other_statuses_stays_staffing():
    """A 정원 table above a table of 현원 and 과부족 only restates none of its figures."""
    quota = "□ 직렬별 정원\n\n구 분\t정 원\n계\t31\n행정\t20\n세무\t7\n전산\t4\n\n"
    current = "□ 인력 현황\n\n구 분\t현 원\t과부족\n계\t30\t△1\n행정\t20\t-\n세무\t6\t△1\n전산\t4\t-\n"
    r = report(quota + current)
    assert sorted({(c.table_no, c.status) for c in r.staffing}) == [(1, "정원"), (2, "과부족"), (2, "현원")]
    assert r.tables == []


BY_SEX = {  # staff counted by labels the tool does not know as 직렬 or 직급: 남 and 여
    "caption": "□ 직렬별 현원\n\n구 분\t계\t남\t여\n계\t30\t10\t20\n행정\t20\t5\t15\n세무\t10\t5\t5\n\n",
    "column": "□ 인력 현황\n\n구 분\t현 원\n계\t30\n남\t10\n여\t20\n\n",
    "row": "□ 인력 현황\n\n구 분\t계\t남\t여\n현 원\t30\t10\t20\n\n",
    "status-over-sexes": "□ 인력 현황\n\n구 분\t현 원\t\t\n\t계\t남\t여\n계\t30\t10\t20\n행정\t20\t5\t15\n"
                         "세무\t10\t5\t5\n\n",
}


@pytest.mark.parametrize("where", ["alone", "before", "after"])
@pytest.mark.parametrize("layout", BY_SEX)
def test_a_one_status_table_by_sex_is_a_grid_wherever_it_is_printed(layout, where):
    """Its counts take no 직렬 or 직급: no staffing record, no finding, and the 인력 table beside it is table 1."""
    body = {"alone": BY_SEX[layout], "before": BY_SEX[layout] + FULL, "after": FULL + BY_SEX[layout]}[where]
    r = report(body)
    assert numbered(r) == ([] if where == "alone" else FULL_COUNTS)
    (grid,) = r.tables
    assert grid.records_in is None and grid.rows[-1][-1] in {"5", "20"}
    assert findings(r) == []


def test_a_one_status_table_by_sex_is_checked_by_its_sums():
    r = report(BY_SEX["column"].replace("계\t30", "계\t31"))
    assert findings(r) == [("sum.table", "인력 현황", "계", "현 원", "30", "31")]
