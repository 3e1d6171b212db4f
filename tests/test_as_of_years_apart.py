"""A table whose columns are years, the current one dated (`2023년 | 2024년 | 2025년(5월말)`), dates its columns
apart: the table stands at no one date, as the README says. In every text layout and in a PDF."""

import datetime as dt

import pytest

from tests.layouts import read_laid_out

COVER = "제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n# 2025년 주요업무 보고\n\n## 건 강 증 진 과\n\n"
TABLE = ("# Ⅰ. 일반현황\n\n## 3 주요 현황\n\n□ 감염병 발생 현황\n\n(단위: 건)\n\n"
         "구 분\t{a}\t{b}\t{c}\n계\t1,204\t1,356\t588\n1급\t0\t1\t0\n2급\t412\t455\t201\n3급\t792\t900\t387\n\n")
LAYOUTS_READ = ["tab", "pipe-tables", "space-aligned", "space-aligned-without-markdown", "grid-tables", "pdf grid"]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("columns, as_of", [
    # years apart, the current one dated: none (before: 2025-05-31 from the one column)
    (("2023년", "2024년", "2025년(5월말)"), None),
    (("2023년", "2024년", "2025년(5.31.기준)"), None),
    (("2023", "2024", "2025(5월말 현재)"), None),
    (("’23년", "’24년", "’25년(5.31. 기준)"), None),
    (("2023년 실적", "2024년 실적", "2025년 실적(5월말)"), None),
    (("2024년 실적", "2025년 목표", "2025년 실적(5.31.기준)"), None),
    # one period, or the date on a column of another kind: the table's date, as before
    (("2025년 목표", "2025년 실적(5월말)", "달성률(%)"), dt.date(2025, 5, 31)),
    (("2024년 목표", "2025년 목표", "실적(5.31.)"), dt.date(2025, 5, 31)),
    (("목 표", "실 적", "실적(5월말)"), dt.date(2025, 5, 31)),
])
def test_a_header_dating_one_of_its_years_dates_its_columns_apart(columns, as_of, layout, tmp_path):
    a, b, c = columns
    r = read_laid_out(COVER + TABLE.format(a=a, b=b, c=c), layout, tmp_path)
    assert [(t.caption, t.rows[0], t.as_of) for t in r.tables] == [("감염병 발생 현황", ["구 분", a, b, c], as_of)]
