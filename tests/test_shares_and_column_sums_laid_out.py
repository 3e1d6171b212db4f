"""The budget's two share columns, a share of two parts, a share under a 소계 closing its group and a column sum no
label names, as each layout and a PDF print them: each found as in a tab table (`share.budget`, `share.table`,
`sum.columns`; before, none of them was found)."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제280회 해솔구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 복 지 정 책 과\n\n"
REPORT = (COVER + "# Ⅰ. 일반현황\n\n## 1 예산현황\n\n(단위: 천원)\n\n"
          "단위사업명\t예산액\t구성비\t집행액\t구성비\n계\t1,000,000\t100.0\t400,000\t100.0\n"
          "기초생활보장\t500,000\t60.0\t100,000\t25.0\n복지 전달체계\t300,000\t30.0\t200,000\t50.0\n"
          "기본경비\t200,000\t20.0\t100,000\t25.0\n\n"
          "# Ⅱ. 주요업무 추진실적\n\n□ 성별 참여 현황\n\n구 분\t참여자\t구성비\n계\t250\t100.0\n남\t100\t40.0\n"
          "여\t150\t65.0\n\n□ 세목별 징수 실적\n\n구 분\t징수액\t구성비\n계\t900\t100\n재산세\t200\t40\n"
          "주민세\t300\t60\n소 계\t500\t55.6\n자동차세\t100\t25\n담배세\t300\t60\n소 계\t400\t44.4\n\n"
          "□ 위기가구 발굴 현황\n\n구 분\t발굴\t지원\t연계\n1분기\t100\t60\t40\n2분기\t120\t70\t60\n"
          "3분기\t80\t50\t30\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "html-tables", "grid-tables", "box-tables", "pdf grid",
           "pdf horizontal"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_planted_figure_is_found_in_every_layout(layout, tmp_path):
    found = run_checks(read_laid_out(REPORT, layout, tmp_path))
    assert sorted((f.rule, f.row, f.column.replace(" ", ""), f.expected, f.actual) for f in found) == [
        ("share.budget", "기초생활보장", "예산액구성비", "50.0", "60.0"),
        ("share.table", "담배세", "구성비", "75", "60"),
        ("share.table", "여", "구성비", "60.0", "65.0"),
        ("sum.columns", "2분기", "발굴", "130", "120")]
