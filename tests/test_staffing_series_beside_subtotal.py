"""A staffing header of three rows whose middle row prints a class's 소계 beside its series, over their grades
(`일 반 직` over `소계 | 행 정 | 전 산` over `| 6급 | 7급 | 6급 | 7급`): the 소계 is the class's count (`일반직`, `계`),
each series' grades the class's, of that series (`일반직`, `6급`, series `행정`), so that the 계 counts them once
(`sum.staffing`). Before, the 소계 was read as a second 계 (`계`/`계`, the 계 row blamed: 정원 계 22 against 20) and
each series as a class of its own (`행정`)."""

import pytest

from tests.layouts import read_laid_out
from tests.test_staffing_class_parts import findings, report

OPENING = ("구 분\t계\t일 반 직\t\t\t\t\t공무직\n\t\t소계\t행 정\t\t전 산\t\t\n\t\t\t6급\t7급\t6급\t7급\t\n"
           "정 원\t22\t20\t4\t6\t5\t5\t2\n현 원\t20\t18\t4\t5\t5\t4\t2\n과부족\t△2\t△2\t-\t△1\t-\t△1\t-\n")
# the 소계 after its series, as a group closes
CLOSING = ("구 분\t계\t일 반 직\t\t\t\t\t공무직\n\t\t행 정\t\t전 산\t\t소계\t\n\t\t6급\t7급\t6급\t7급\t\t\n"
           "정 원\t22\t4\t6\t5\t5\t20\t2\n현 원\t20\t4\t5\t5\t4\t18\t2\n과부족\t△2\t-\t△1\t-\t△1\t△2\t-\n")
READ = [("계", "", "계", 22), ("공무직", "", "계", 2), ("일반직", "", "계", 20), ("일반직", "전산", "6급", 5),
        ("일반직", "전산", "7급", 5), ("일반직", "행정", "6급", 4), ("일반직", "행정", "7급", 6)]
LAYOUTS = ["tab", "pipe-tables", "html-tables", "grid-tables", "space-aligned", "space-aligned-tall-rows",
           "pdf grid", "pdf none"]


def counts(r, status: str = "정원") -> list[tuple[str, str, str, int]]:
    return sorted((c.job_class, c.series or "", c.grade, c.headcount) for c in r.staffing if c.status == status)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("table", [OPENING, CLOSING], ids=["opening", "closing"])
@pytest.mark.parametrize("subtotal", ["소계", "소 계", "계"])
def test_a_classs_subtotal_beside_its_series_is_its_count_and_the_series_are_its(subtotal, table, layout,
                                                                                 tmp_path):
    r = read_laid_out(report(table.replace("소계", subtotal)), layout, tmp_path)
    assert counts(r) == READ
    assert ("일반직", "행정", "7급", 5) in counts(r, "현원") and ("일반직", "", "계", 18) in counts(r, "현원")
    assert r.tables == [] and findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "html-tables", "pdf grid"])
@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # the 소계 printed 21 where its series make 20: one finding, not also the 계 it breaks nor the 과부족 under it
    ("정 원\t22\t20", "정 원\t22\t21", [("sum.staffing", "정원", "일반직 계", "20", "21")]),
    ("정 원\t22", "정 원\t23", [("sum.staffing", "정원", "계", "22", "23")]),
])
def test_a_wrong_subtotal_or_total_is_found_once(printed, wrong, found, layout, tmp_path):
    r = read_laid_out(report(OPENING.replace(printed, wrong)), layout, tmp_path)
    assert findings(r) == found


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "html-tables", "pdf grid"])
def test_series_under_a_class_printing_no_subtotal_are_still_read_as_classes(layout, tmp_path):
    """With no 소계 beside them the series are read as before: each its own class (`행정`, `기술`), the 계 their sum."""
    table = ("구 분\t계\t일 반 직\t\t\t\t공무직\n\t\t행 정\t\t기 술\t\t\n\t\t6급\t7급\t6급\t7급\t\n"
             "정 원\t22\t4\t6\t5\t5\t2\n현 원\t20\t4\t5\t5\t4\t2\n")
    r = read_laid_out(report(table), layout, tmp_path)
    assert counts(r) == [("계", "", "계", 22), ("공무직", "", "계", 2), ("기술", "", "6급", 5), ("기술", "", "7급", 5),
                         ("행정", "", "6급", 4), ("행정", "", "7급", 6)]
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "pdf grid"])
def test_teams_beside_a_subtotal_under_a_class_are_no_series(layout, tmp_path):
    """Only series the tool knows beside a 소계 are the class's series: teams there (`소계 | 총무팀 | 재무팀`) are read
    as before series were, each a class of its own, the 소계 a second 계 (`sum.staffing` says the 계 is not their
    sum), not series `총무팀` of the 일반직."""
    table = OPENING.replace("행 정", "총무팀").replace("전 산", "재무팀")
    r = read_laid_out(report(table), layout, tmp_path)
    assert counts(r) == [("계", "", "계", 20), ("계", "", "계", 22), ("공무직", "", "계", 2),
                         ("재무팀", "", "6급", 5), ("재무팀", "", "7급", 5), ("총무팀", "", "6급", 4),
                         ("총무팀", "", "7급", 6)]
    assert [(check, status, column) for check, status, column, *_ in findings(r)] == [
        ("sum.staffing", "정원", "계"), ("sum.staffing", "현원", "계")]
