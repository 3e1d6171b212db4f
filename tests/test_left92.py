"""Leftovers of earlier passes (branch left92), each with a small text report: a budget row naming no level
(`비고`) among named or marked levels was the group of every line after it."""

from pathlib import Path

from checks import run_checks
from pipeline.extract import extract_file
from tests.test_department_reports import finding_figures
from tests.test_hunt91 import BUDGET, JAEMU, PLANTED, REPORTS, budget_of, the_report_with


def read(text: str):
    return extract_file(Path("2023-t.txt"), text.encode())


# a) a row naming no level among named ones groups no line ---------------------------------------------------------

def test_a_note_row_among_named_levels_groups_nothing():
    text = the_report_with("세부사업: 체납액 징수\t94,000", "비고\t-\t-\t-\n세부사업: 체납액 징수\t94,000")
    report = read(text)
    # before: `체납액 징수` and `공유재산 관리` the lines of `비고`, found against it (324,000천원, 116,900천원)
    assert budget_of(report.budget) == BUDGET[:7] + [("비고", None, 0, 0, "-")] + BUDGET[7:]
    assert [finding_figures(f) for f in run_checks(report)] == PLANTED


def _marked(note: str) -> str:
    """The fixture's budget with its levels marked (`□` 단위사업, `○` 세부사업) and `note` after the first 세부사업."""
    text = (REPORTS / JAEMU).read_text(encoding="utf-8")
    start = text.index("계\t390,000")
    table = "\n".join(["계\t390,000\t145,400\t37.3",
                       "□ 재정관리\t160,000\t72,900\t45.6",
                       "○ 세외수입 관리\t68,000\t28,500\t41.9",
                       note,
                       "○ 체납액 징수\t92,000\t44,400\t48.3",
                       "□ 공유재산 관리\t230,000\t72,500\t31.5",
                       "○ 공유재산 실태조사\t180,000\t54,000\t30.0",
                       "○ 납세자 권익보호\t50,000\t18,500\t37.0"])
    return text[:start] + table + text[text.index("\n\n", start):]


def test_a_note_row_among_marked_levels_groups_nothing():
    report = read(_marked("비고\t-\t-\t-"))
    assert [(b.name, b.parent, b.budget_krw) for b in report.budget] == [
        ("계", None, 390_000_000), ("재정관리", None, 160_000_000), ("세외수입 관리", "재정관리", 68_000_000),
        ("비고", None, 0), ("체납액 징수", "재정관리", 92_000_000), ("공유재산 관리", None, 230_000_000),
        ("공유재산 실태조사", "공유재산 관리", 180_000_000), ("납세자 권익보호", "공유재산 관리", 50_000_000)]
    assert [finding_figures(f) for f in run_checks(report)] == [PLANTED[2]]


def test_a_plain_line_among_marked_levels_is_one_of_the_total():
    # `기본경비` printed without a mark between two 단위사업: a line of the 계, no group of the 단위사업 after it
    report = read(_marked("기본경비\t10,000\t4,000\t40.0").replace("계\t390,000\t145,400", "계\t400,000\t149,400"))
    assert [(b.name, b.parent) for b in report.budget][3:6] == [
        ("기본경비", None), ("체납액 징수", "재정관리"), ("공유재산 관리", None)]
    assert [finding_figures(f) for f in run_checks(report)] == [PLANTED[2]]
    wrong = read(_marked("기본경비\t10,000\t4,000\t40.0"))
    assert [finding_figures(f) for f in run_checks(wrong)][:2] == [
        ("sum.budget", "계", "예산액", "400,000천원", "390,000천원"),
        ("sum.budget", "계", "집행액", "149,400천원", "145,400천원")]


def test_unmarked_groups_over_one_mark_still_group():
    # one mark under lines printed without (`재정관리` over `- 세외수입 관리`): the unmarked lines are the groups
    text = _marked("").replace("□ ", "").replace("○ ", "- ").replace("\n\n- 체납액", "\n- 체납액")
    assert [(b.name, b.parent) for b in read(text).budget][:4] == [
        ("계", None), ("재정관리", None), ("세외수입 관리", "재정관리"), ("체납액 징수", "재정관리")]
