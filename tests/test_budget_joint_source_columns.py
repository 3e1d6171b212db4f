"""A budget's columns by source where two sources print as one (`예산액 | 국·시비 | 구비`, `구ㆍ시비`, `시·구비`,
`국시비`, under `예산액` or beside it): a source's column, so each line's sources are summed against its 예산액
(`sum.funding`). Before, `국·시비` was no source: a line's wrong one was found on the 계 alone."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제290회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n세 무 과\n\n"
BESIDE = ("Ⅰ. 일반현황\n\n3. 예산현황\n\n(단위: 천원)\n\n세부사업\t예산액\t{joint}\t구비\t집행액\t집행률\n"
          "계\t1,860,000\t620,000\t1,240,000\t744,000\t40.0%\n"
          "지방세 부과 관리\t1,200,000\t{line}\t700,000\t480,000\t40.0%\n"
          "체납액 징수\t660,000\t120,000\t540,000\t264,000\t40.0%\n")
UNDER = ("Ⅰ. 일반현황\n\n3. 예산현황\n\n(단위: 천원)\n\n세부사업\t예산액\t\t\t집행액\t집행률\n\t계\t{joint}\t구비\t\t\n"
         "계\t1,860,000\t620,000\t1,240,000\t744,000\t40.0%\n"
         "지방세 부과 관리\t1,200,000\t{line}\t700,000\t480,000\t40.0%\n"
         "체납액 징수\t660,000\t120,000\t540,000\t264,000\t40.0%\n")


def _found(text: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    return [(f.rule, f.row, f.column.replace(" ", ""), f.expected, f.actual)
            for f in run_checks(read_laid_out(COVER + text, layout, tmp_path))]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("joint", ["국·시비", "구ㆍ시비", "시·구비", "국시비"])
@pytest.mark.parametrize("table", [BESIDE, UNDER], ids=["beside", "under"])
def test_a_joint_sources_column_is_summed_against_its_lines_budget(table, joint, layout, tmp_path):
    text = table.replace("{joint}", joint)
    assert _found(text.format(line="500,000"), layout, tmp_path) == []
    column = ("예산액" if table is UNDER else "") + joint.replace("ㆍ", "·")
    assert _found(text.format(line="510,000"), layout, tmp_path) == [
        ("sum.funding", "지방세 부과 관리", column, "500,000천원", "510,000천원")]
