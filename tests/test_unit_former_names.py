"""A 단위사업 printed with its former name after it, `청사 관리(종전: 청사 유지관리)`, `(종전 …)`, `(구: …)`: its name
is the name before the bracket, the former kept apart (`former_name`), so that it is compared with the same
단위사업 printed without it in another of the report's budget tables (`cross.repeated`) and across the years.
Before, `(종전 …)` and `(구: …)` stayed in the name, and the two printings were two 단위사업 (never compared)."""

from __future__ import annotations

import pytest

from checks import run_checks
from extractors.former_names import split_former_name
from tests.layouts import read_laid_out
from tests.test_budget_variants import COVER, UNIT_PART

FIRST = ("(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n계\t5,100,000\t2,800,000\t54.9\n"
         "{name}\t3,700,000\t2,500,000\t67.6\n인사 행정\t1,400,000\t300,000\t21.4\n\n")
AGAIN = ("## 3 주요 단위사업 집행현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\n{name}\t3,700,000\t{executed}\n"
         "인사 행정\t1,400,000\t300,000\n")


def budget_report(first: str, again: str, executed: str, layout: str, tmp_path):
    body = UNIT_PART + FIRST.format(name=first) + AGAIN.format(name=again, executed=executed)
    return read_laid_out(COVER + body, layout, tmp_path)


@pytest.mark.parametrize(("printed", "name", "former"), [
    ("청사 관리(종전: 청사 유지관리)", "청사 관리", "청사 유지관리"),
    ("청사 관리 (종전 청사 유지관리)", "청사 관리", "청사 유지관리"),
    ("청사 관리(종 전 : 청사 유지관리)", "청사 관리", "청사 유지관리"),
    ("청사 관리 (구: 청사 유지관리)", "청사 관리", "청사 유지관리"),
    ("청사 관리(구. 청사 유지관리)", "청사 관리", "청사 유지관리"),
    ("청사 관리（종전：청사 유지관리）", "청사 관리", "청사 유지관리"),
    ("폭염 대비 대책 (종전: 폭염 대비 증가 대책)", "폭염 대비 대책", "폭염 대비 증가 대책"),  # a colon: a name
    ("청년 일자리 확대 (구 청년 일자리 확대 지원)", "청년 일자리 확대", "청년 일자리 확대 지원"),  # `구`: a name
    ("노인일자리 사업 (종전 노인일자리 통합지원)", "노인일자리 사업", "노인일자리 통합지원"),  # a word, no change
])
def test_a_former_name_after_jongjeon_or_a_marks_colon_is_kept_apart(printed, name, former):
    assert split_former_name(printed) == (name, former)


@pytest.mark.parametrize("printed", [
    "청사 관리 (종전 대비 증)",  # a comparison with before, no name of the 단위사업's
    "청사 관리(종전)",  # a mark and no name
    "청사 관리 (종전: 청사 관리)",  # the name itself
    "청사 관리 (구: 전역)",  # no letters of the name now
    # `종전` without a colon before a comparison or change (before, `청사 관리 대비 증가`, `사업 통합`)
    "청사 관리 (종전 청사 관리 대비 증가)", "노인일자리 사업 (종전 사업 통합)",
    "청사 관리 (종전 청사 관리 대비 10% 감소)", "노인일자리 사업 (종전 노인일자리 사업 폐지)",
    "청사 관리 (종전 청사 관리 분리)", "청사 관리 (종 전 청사 관리 확대)", "청사 관리 (종전 청사 관리 축소됨)",
    "청사 관리 (종전 청사 관리)",
])
def test_nothing_else_after_jongjeon_is_a_former_name(printed):
    assert split_former_name(printed) == (printed, None)


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pipe-tables", "html-tables", "pdf grid"])
@pytest.mark.parametrize(("first", "again"), [
    ("청사 관리(종전: 청사 유지관리)", "청사 관리"), ("청사 관리", "청사 관리 (종전 청사 유지관리)"),
    ("청사 관리 (구 청사 유지관리)", "청사 관리(구: 청사 유지관리)"),
])
def test_a_unit_printed_with_its_former_name_is_the_same_unit_in_both_tables(first, again, layout, tmp_path):
    """The same 단위사업 printed twice agrees where its figures do, and is found where they do not (before, two
    단위사업 of two names: its wrong 집행액 in the second table went unseen)."""
    agreeing = budget_report(first, again, "2,500,000", layout, tmp_path)
    assert [(line.name, line.former_name, line.table_no) for line in agreeing.budget if line.name != "계"] == [
        ("청사 관리", "청사 유지관리" if "유지" in first else None, 1), ("인사 행정", None, 1),
        ("청사 관리", "청사 유지관리" if "유지" in again else None, 2), ("인사 행정", None, 2)]
    assert [f.rule for f in run_checks(agreeing) if f.rule.startswith("cross.")] == []
    differing = budget_report(first, again, "2,600,000", layout, tmp_path)
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(differing)
            if f.rule == "cross.repeated"] == [
        ("cross.repeated", "청사 관리", "집행액", "2,500,000천원", "2,600,000천원")]
