"""sum.table: a 소계 printed after its group's name in one cell (`보통세 소계`, `목적세 소 계`), leading its rows or
closing them, is a 소계 as `소 계` alone is: it sums its group, and the 계 sums the 소계s. Before, it was a row of
its own, so the 계 was said to be twice itself (expected 248,600백만원 for 124,300)."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제262회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 세 무 1 과\n\n"
HEADER = "세 목\t부과액\t징수액\t징수율\n"
TOTAL = "계\t124,300\t106,900\t86.0\n"
ORDINARY = ["보통세 소계\t98,200\t86,120\t87.7\n", "재산세\t66,800\t60,800\t91.0\n",
            "등록면허세\t4,980\t4,950\t99.4\n", "지방소득세\t26,420\t20,370\t77.1\n"]
EARMARKED = ["목적세 소계\t26,100\t20,780\t79.6\n", "지역자원시설세\t16,100\t13,780\t85.6\n",
             "지방교육세\t10,000\t7,000\t70.0\n"]
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


def _report(rows: str) -> str:
    return (COVER + "# Ⅰ. 일반현황\n\n## 4 세입 현황\n\n□ 구세 징수 실적 (2025. 5. 31. 기준)\n\n(단위: 백만원, %)\n\n"
            + HEADER + rows)


LEADING = _report(TOTAL + "".join(ORDINARY) + "".join(EARMARKED))
CLOSING = _report(TOTAL + "".join(ORDINARY[1:] + ORDINARY[:1]) + "".join(EARMARKED[1:] + EARMARKED[:1]))


def _found(report: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row.replace(" ", ""), f.column.replace(" ", ""), f.expected, f.actual)
                  for f in run_checks(read_laid_out(report, layout, tmp_path)))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("report", [LEADING, CLOSING, LEADING.replace("소계", "소 계")], ids=["leading", "closing",
                                                                                           "spaced"])
def test_a_subtotal_after_its_groups_name_sums_its_group(report, layout, tmp_path):
    assert _found(report, layout, tmp_path) == []
    # a wrong part: its 소계 and its rate make it 4,980, one finding on it (before, its rate and the 소계), the 계
    # (the 소계s' sum) is not found
    assert _found(report.replace("4,980", "5,980"), layout, tmp_path) == [
        ("sum.table", "등록면허세", "부과액", "4,980백만원", "5,980백만원")]
    # a wrong 소계: found on itself alone, the 계 being the sum of the 소계s its rows make (before, the 계 as the
    # 소계s' sum too, expected 125,100백만원)
    assert _found(report.replace("26,100", "26,900"), layout, tmp_path) == [
        ("sum.table", "목적세소계", "부과액", "26,100백만원", "26,900백만원")]
    # and the 계 wrong too: each found, the 계 expected its rows' sum (the right 소계s'; before, the printed 소계s'
    # 125,100)
    assert _found(report.replace("26,100", "26,900").replace("124,300", "125,000"), layout, tmp_path) == [
        ("sum.table", "계", "부과액", "124,300백만원", "125,000백만원"),
        ("sum.table", "목적세소계", "부과액", "26,100백만원", "26,900백만원")]


SHARES = (COVER + "# Ⅰ. 일반현황\n\n□ 세목별 징수액\n\n(단위: 백만원)\n\n구 분\t징수액\t구성비\n계\t900\t100\n"
          "재산세\t200\t40\n주민세\t300\t60\n보통세 소계\t500\t55.6\n자동차세\t100\t25\n담배세\t300\t75\n"
          "목적세 소계\t400\t44.4\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_share_may_be_of_its_groups_named_subtotal(layout, tmp_path):
    # as of `소 계` alone (share.table): 재산세's 40 is of its 소계's 500; before, `보통세 소계` was no 소계: no share
    # was compared (most rows' are of no 계), and the 소계s were parts of the 계 (expected 1,800 for 900)
    assert _found(SHARES, layout, tmp_path) == []
    assert _found(SHARES.replace("\t300\t75", "\t300\t70"), layout, tmp_path) == [
        ("share.table", "담배세", "구성비", "75", "70")]


def test_a_row_ending_in_a_total_of_no_group_of_rows_is_not_made_one():
    # `회계` ends in 계 after no space: no 소계
    from checks.tables import row_total
    assert row_total("일반회계") is None
    assert row_total("보통세 소계") == "소계"
    assert row_total("목적세 소 계") == "소계"
    assert row_total("소 계") == "소 계"


MARKED = [("보통세 소계(A)", "목적세 소 계(B)"), ("보통세 소계①", "목적세 소계②"),
          ("보통세 소계 (A)", "목적세 소계 (B)")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("ordinary, earmarked", MARKED)
def test_a_named_subtotal_with_its_formulas_mark_is_one(ordinary, earmarked, layout, tmp_path):
    # as `소계(A)` alone is a total: before, `보통세 소계(A)` was a row of its own (the 계 said to be twice itself)
    report = LEADING.replace("보통세 소계", ordinary).replace("목적세 소계", earmarked)
    assert _found(report, layout, tmp_path) == []
    assert _found(report.replace("26,100", "26,900"), layout, tmp_path) == [
        ("sum.table", earmarked.replace(" ", ""), "부과액", "26,100백만원", "26,900백만원")]


def test_a_named_subtotal_keeps_its_formulas_mark_only():
    from checks.tables import row_total
    assert row_total("보통세 소계(A)") == row_total("목적세 소 계 (B)") == row_total("보통세 소계①") == "소계"
    assert row_total("보통세 소계(본관)") is None  # a word in the bracket: no formula's mark
