"""A table comparing two periods, each year's label merged over its measures, one of them dated (`2025년 |
2026년(5월말)` over `접수 | 처리`): the date is that year's columns' (kept in their labels, `2026년(5월말) 접수`), the
earlier year's standing at its year's end, so the table stands at no one date. In every text layout and in a PDF."""

import datetime as dt

import pytest

from tests.layouts import read_laid_out

COVER = "제261회 구의회 제1차 정례회\n\n2026. 6. 12. ~ 6. 27.\n\n# 2026년 주요업무 보고\n\n## 민 원 여 권 과\n\n"
TABLE = ("# Ⅰ. 일반현황\n\n## 3 주요 현황\n\n□ 민원 처리 현황\n\n(단위: 건)\n\n"
         "구 분\t{a}\t\t{b}\t\n\t{m}\t{n}\t{m}\t{n}\n계\t12,040\t11,806\t5,318\t5,102\n"
         "여권\t8,002\t8,002\t3,911\t3,874\n가족관계\t4,038\t3,804\t1,407\t1,228\n\n")
LAYOUTS_READ = ["tab", "pipe-tables", "html-tables", "grid-tables", "pdf grid"]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("years, measures, as_of", [
    # before: 2026-05-31 for the whole table, 2025's columns too
    (("2025년", "2026년(5월말)"), ("접수", "처리"), None),
    (("2025년", "2026년(5.31.기준)"), ("계획", "실적"), None),
    (("’25년", "’26년(5. 31. 현재)"), ("접 수", "처 리"), None),
    (("2025", "2026(5월말 현재)"), ("건수", "금액"), None),
    # one year's columns only, its date the table's: as before
    (("2026년 목표", "2026년 실적(5월말)"), ("접수", "처리"), dt.date(2026, 5, 31)),
])
def test_a_date_over_one_years_measures_dates_its_columns_alone(years, measures, as_of, layout, tmp_path):
    (a, b), (m, n) = years, measures
    r = read_laid_out(COVER + TABLE.format(a=a, b=b, m=m, n=n), layout, tmp_path)
    assert [(t.caption, t.header_rows, t.rows[0], t.rows[1], t.as_of) for t in r.tables] == [
        ("민원 처리 현황", 1, ["구 분", f"{a} {m}", f"{a} {n}", f"{b} {m}", f"{b} {n}"],
         ["계", "12,040", "11,806", "5,318", "5,102"], as_of)]
