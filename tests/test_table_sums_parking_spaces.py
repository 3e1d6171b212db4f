"""A table of parking lots printing each figure with its unit (`14개소`, `1,286면`: 면, parking spaces, as a
주차관리과 counts them), or its label's bracket (`면 수(면)`): its 계 is checked as any count's. Before, `면` was no
unit: the column's cells were no figures, and a wrong 계 of spaces was not found."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

REPORT = ("제285회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n주 차 관 리 과\n\n"
          "Ⅰ. 일반현황\n\n1 공영주차장 현황\n\n구 분\t개 소\t{label}\n계\t14개소\t{total}\n노외\t9개소\t1,012{unit}\n"
          "노상\t5개소\t274{unit}\n\n2 예산현황\n")


def findings(layout, tmp_path, label="면 수", total="1,286면", unit="면"):
    r = read_laid_out(REPORT.format(label=label, total=total, unit=unit), layout, tmp_path)
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "grid-tables", "pdf grid"])
def test_a_wrong_total_of_spaces_is_found(layout, tmp_path):
    assert findings(layout, tmp_path) == []
    assert findings(layout, tmp_path, total="1,296면") == [("sum.table", "계", "면 수", "1,286", "1,296")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
def test_spaces_under_a_label_printing_their_unit(layout, tmp_path):
    assert findings(layout, tmp_path, label="면 수(면)", total="1,296", unit="") == [
        ("sum.table", "계", "면 수(면)", "1,286", "1,296")]
