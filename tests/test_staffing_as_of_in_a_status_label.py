"""A staffing table whose 현원 row prints the date it stands at in its label (`현원(5.31.기준)`, `현 원 (2024. 5. 31.
현재)`, `현원(5월말)`), its header and the lines around it none: the table's counts stand at that date (before, none:
`staffing_totals.as_of` was null, and "as of when?" had no answer)."""

import datetime as dt

import pytest

from tests.layouts import read_laid_out

COVER = "제283회 한빛구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 25.\n\n2024년 주요업무 보고\n\n아 동 청 소 년 과\n\n"
STAFF = ("Ⅰ. 일반현황\n\n1 인 력\n\n구 분\t계\t5급\t6급\t7급\t8급\t9급\n정 원\t22\t1\t5\t8\t6\t2\n"
         "{label}\t21\t1\t5\t7\t6\t2\n과부족\t△1\t-\t-\t△1\t-\t-\n\n2 예산현황\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "grid-tables", "pdf grid"])
@pytest.mark.parametrize(("label", "as_of"), [
    ("현원(5.31.기준)", dt.date(2024, 5, 31)), ("현 원 (2024. 5. 31. 현재)", dt.date(2024, 5, 31)),
    ("현원(5월말)", dt.date(2024, 5, 31)), ("현원 (’24. 4. 30. 기준)", dt.date(2024, 4, 30))])
def test_a_date_in_the_status_label_dates_the_table(label, as_of, layout, tmp_path):
    r = read_laid_out(COVER + STAFF.format(label=label), layout, tmp_path)
    assert {(c.status, c.headcount, c.as_of) for c in r.staffing if c.grade == "계"} == {
        ("정원", 22, as_of), ("현원", 21, as_of), ("과부족", -1, as_of)}


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
def test_as_before_a_label_of_no_date_and_a_header_date_first(layout, tmp_path):
    plain = read_laid_out(COVER + STAFF.format(label="현 원"), layout, tmp_path)
    assert {c.as_of for c in plain.staffing} == {None}
    headed = read_laid_out(COVER + STAFF.format(label="현원(5.31.기준)").replace(
        "구 분\t계", "구 분(2024. 4. 30. 기준)\t계"), layout, tmp_path)
    assert {c.as_of for c in headed.staffing} == {dt.date(2024, 4, 30)}
