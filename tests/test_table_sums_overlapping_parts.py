"""sum.table: a table saying its parts count some twice (`(중복 포함)` in its caption, `중복 포함` beside its unit,
`계(실인원)`, `계(중복 제외)`, `계(실수급자)` as its total's label: one person draws several benefits) has a 계
below its parts' sum that is no error; one above it is still found. Before, a table of one such row was an error
(expected 47,830 for 19,880; a table of two or more is left alone where no row adds up, as before)."""

import pytest

from checks import run_checks
from pipeline.values import compact
from tests.layouts import read_laid_out

COVER = "제281회 한빛구의회 제1차 정례회\n\n2026. 6. 8. ~ 6. 19.\n\n# 2026년 주요업무 보고\n\n## 복 지 정 책 과\n\n"
BENEFITS = ("구 분\t계\t생계급여\t의료급여\t주거급여\t교육급여\n"
            "인 원\t19,880\t12,310\t13,420\t18,960\t3,140\n")
SAID = {"caption": ("□ 수급자 현황 (중복 포함)", "(단위: 명)", "계"),
        "unit": ("□ 수급자 현황", "(단위: 명, 중복 포함)", "계"),
        "label": ("□ 수급자 현황", "(단위: 명)", "계(실인원)"),
        "label spaced": ("□ 수급자 현황", "(단위: 명)", "계(중복 제외)"),
        "label of recipients": ("□ 수급자 현황", "(단위: 명)", "계(실수급자)")}
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


def _report(caption: str, unit: str, total: str, table: str = BENEFITS) -> str:
    return (COVER + "# Ⅰ. 일반현황\n\n## 3 기초생활보장 수급자\n\n" + f"{caption}\n\n{unit}\n\n"
            + table.replace("\t계\t", f"\t{total}\t", 1))


def _found(report: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row.replace(" ", ""), f.column.replace(" ", ""), f.expected, f.actual)
                  for f in run_checks(read_laid_out(report, layout, tmp_path)))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("said", SAID)
def test_a_total_below_its_overlapping_parts_is_no_error(said, layout, tmp_path):
    assert _found(_report(*SAID[said]), layout, tmp_path) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_total_above_its_overlapping_parts_is_still_found(layout, tmp_path):
    report = _report(*SAID["caption"]).replace("19,880", "49,000")
    assert _found(report, layout, tmp_path) == [("sum.table", "인원", "계", "47,830", "49,000")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_total_that_says_nothing_of_overlaps_is_still_its_parts_sum(layout, tmp_path):
    assert _found(_report("□ 수급자 현황", "(단위: 명)", "계"), layout, tmp_path) == [
        ("sum.table", "인원", "계", "47,830", "19,880")]


def test_a_total_row_below_its_overlapping_rows_is_no_error(tmp_path):
    # the 계 row of people by benefit, some drawing two: 실인원 3,900 of 2,400 + 1,700 + 300
    rows = "구 분\t인 원\t지급액\n계\t3,900\t1,210,000\n생계급여\t2,400\t820,000\n" \
           "주거급여\t1,700\t310,000\n교육급여\t300\t80,000\n"
    report = COVER + "# Ⅰ. 일반현황\n\n□ 급여별 지급 현황 (중복 포함)\n\n(단위: 명, 천원)\n\n" + rows
    assert _found(report, "tab", tmp_path) == []
    # money is paid once a benefit: a 지급액 below its rows' sum is still found
    assert _found(report.replace("80,000", "90,000"), "tab", tmp_path) == [
        ("sum.table", "계", "지급액", "1,220,000천원", "1,210,000천원")]
    assert _found(report.replace(" (중복 포함)", ""), "tab", tmp_path) == [
        ("sum.table", "계", "인원", "4,400", "3,900")]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("caption", ["□ 중복수급 점검 결과", "□ 복지급여 중복 지원 방지 점검"])
def test_a_table_of_inspections_for_overlaps_still_adds_up(caption, layout, tmp_path):
    # `중복` names what the table is of, not that its figures overlap: its 계 below the parts' sum is still wrong
    inspections = "구 분\t계\t적 발\t환 수\t경 고\n건 수\t40\t20\t15\t10\n"
    assert _found(_report(caption, "(단위: 건)", "계", inspections), layout, tmp_path) == [
        ("sum.table", "건수", "계", "45", "40")]


@pytest.mark.parametrize("caption", ["□ 수급자 실인원 현황", "□ 수급자 현황 - 중복 수급자 포함",
                                     "□ 수급자 현황 [중복]"])
def test_a_caption_saying_its_figures_overlap_in_other_words(caption, tmp_path):
    assert _found(_report(caption, "(단위: 명)", "계"), "tab", tmp_path) == []


MONTHLY = ("□ 월별 체납 정리 실적 (단위: 건)\n\n구 분\t계\t1월\t2월\t3월\n{line}\t{persons}\t980\t1,120\t1,310\n"
           "정리 건수\t{cases}\t1,120\t1,240\t1,380\n")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("line", ["체납자 수(실인원)", "체납자(중복 제외)", "실인원"])
def test_a_line_saying_it_counts_each_once_has_a_total_below_its_parts(line, layout, tmp_path):
    """The line's words say so, not the 계's (`체납자 수(실인원)` beside `계 | 1월 | 2월 | 3월`): its 계 below the
    months' sum is no error (before, expected 3,410); one above it, and the other line's, still are."""
    table = MONTHLY.replace("{line}", line)
    report = COVER + "# Ⅱ. 주요업무 추진실적\n\n## 1 체납액 정리\n\n"
    assert _found(report + table.format(persons="2,840", cases="3,740"), layout, tmp_path) == []
    assert _found(report + table.format(persons="3,500", cases="3,750"), layout, tmp_path) == sorted([
        ("sum.table", compact(line), "계", "3,410", "3,500"), ("sum.table", "정리건수", "계", "3,740", "3,750")])


@pytest.mark.parametrize("line", ["중복수급 적발", "중복 점검"])
def test_a_line_naming_overlaps_it_counts_still_adds_up(line, tmp_path):
    report = COVER + "# Ⅱ. 주요업무 추진실적\n\n## 1 체납액 정리\n\n" + MONTHLY.replace("{line}", line)
    assert _found(report.format(persons="2,840", cases="3,740"), "tab", tmp_path) == [
        ("sum.table", compact(line), "계", "3,410", "2,840")]
