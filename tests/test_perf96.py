"""perf96: pre-checks before a former name's pattern and a count after a date's, and a finding's figure read as an
amount once, read and check every input as before (each pre-check holds wherever its pattern matches)."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checks import _amount, run_checks
from extractors import extract_report
from extractors.document_info import _FORMER_MARK_RE, _FORMER_NAME_RE
from pipeline.aligned import (
    _COUNT_AFTER_DATE_RE,
    _DASH_AFTER_FIGURE_RE,
    _LABEL_THEN_LABEL_RE,
    Cell,
    _figures_apart,
    _runs_together,
    split_cells,
)
from pipeline.patterns import HANGUL
from pipeline.read_text import read_text
from tests.test_department_renames import cover_names

former_lines = st.lists(st.sampled_from([
    "(", ")", "（", "）", "[", "]", "［", "］", "〔", "〕", "※", " ", "  ", "구", "전", "舊", "前", "종", "종전", "청",
    "민", "원", ".", ":", "：", "에서", "명칭", "변경", "총무과", "행정지원과", "2024. 1. 1.", "-", "/", "\n", "비",
]), max_size=12).map("".join)


@settings(max_examples=5000)
@given(former_lines)
def test_a_former_names_pattern_matches_only_past_its_pre_check(text):
    if _FORMER_NAME_RE.search(text):
        assert _FORMER_MARK_RE.search(text)


def test_a_former_name_is_still_read_and_a_bracket_printing_gu_elsewhere_is_none():
    assert cover_names("행정지원과 ※ 종전: 총무과", "○ 5개팀") == ("행정지원과", "총무과")
    assert cover_names("행정지원과 (구 총무과)", "○ 5개팀") == ("행정지원과", "총무과")
    assert cover_names("행정지원과", "행정지원과 - 5개팀 (구비 전액, 전년 대비 증)") == ("행정지원과", None)


dated_cells = st.text(alphabet="0123456789,. ~-년월일기준", max_size=30)


@settings(max_examples=5000)
@given(dated_cells)
def test_a_count_after_a_date_is_matched_only_past_its_pre_check(text):
    if _COUNT_AFTER_DATE_RE.fullmatch(text):
        assert text[-1].isdigit() and ". " in text


def test_a_count_after_a_date_is_still_parted_and_a_period_is_not():
    assert [c.text for c in _figures_apart([Cell(0, 16, "2020. 9. 1. 480")])] == ["2020. 9. 1.", "480"]
    assert [c.text for c in _figures_apart([Cell(0, 21, "2024. 6. 11. ~ 6. 25.")])] == ["2024. 6. 11. ~ 6. 25."]


def test_a_findings_figure_is_read_as_an_amount_each_time_alike():
    assert [_amount("4억원"), _amount("4억원"), _amount("400백만원"), _amount("12명"), _amount(None)] == [
        400_000_000, 400_000_000, 400_000_000, "12명", None]


def test_a_planted_reports_cross_warnings_are_kept_beside_its_errors_as_before():
    """`_said_once` compares each finding's figures as amounts: the park report's planted cross warnings stay, each
    on a figure no error finds wrong alike."""
    with open("samples/2025-hanbit-park-planted.txt", "rb") as sample:
        findings = run_checks(extract_report(read_text("p.txt", sample.read())))
    assert [(f.rule, f.expected, f.actual) for f in findings if f.rule.startswith("cross.")] == [
        ("cross.staffing_line", "27", "26"), ("cross.repeated", "600,000천원", "650,000천원"),
        ("cross.project_over_unit", "≤ 1,500,000천원", "1,900,000천원"),
        ("cross.executed", "1,680,000천원", "1,608,000천원"),
        ("cross.project_budget", "4,000,000천원", "4,200,000천원")]
    errors = [(f.rule, f.expected, f.actual) for f in findings if f.severity == "error"]
    assert ("sum.project_budget", "1,800,000천원", "1,900,000천원") in errors


# main's patterns, each searched whole: `_runs_together` and a figure cell's hint search their ways apart
_GLUE_HINT_BEFORE = re.compile(r" |,\d{3}[\d(-]|\.\d+[\d,]*\.\d|\d-$")
_RUN_TOGETHER_BEFORE = re.compile(r",\d{3}[\d(]|\.\d+[\d,]*\.\d")
figure_words = st.text(alphabet="0123456789,.()- 구비%△\n", max_size=24)


@settings(max_examples=5000)
@given(figure_words)
def test_figures_run_together_are_found_way_by_way_as_by_the_whole_pattern(text):
    assert _runs_together(text) == bool(_RUN_TOGETHER_BEFORE.search(text))
    hinted = " " in text or _runs_together(text) or "-" in text and bool(_DASH_AFTER_FIGURE_RE.search(text))
    assert hinted == bool(_GLUE_HINT_BEFORE.search(text))


def test_figures_run_together_still_parted_and_a_grouped_figure_whole():
    cells = [Cell(0, 2, "계"), Cell(4, 20, "1,500,000650,000"), Cell(22, 32, "1,500,000-"), Cell(34, 38, "41.2")]
    assert [c.text for c in _figures_apart(cells)] == ["계", "1,500,000", "650,000", "1,500,000", "-", "41.2"]
    assert [c.text for c in _figures_apart([Cell(0, 11, "118,510,200")])] == ["118,510,200"]
    assert [c.text for c in _figures_apart([Cell(0, 12, "2,104.8896.3")])] == ["2,104.8", "896.3"]


# main's pattern of labels one blank apart, its lookbehind first (`\\p{Hangul}` as `patterns` gives it to `re`; a
# middle dot joining, as hunt96 has it)
_LABEL_THEN_LABEL_BEFORE = re.compile(
    r"(?:\([A-Z](?:/[A-Z])?\)|(?<!\S)(?:[가-힣] ){2,}[가-힣]) (?=[" + HANGUL + r"])(?![가-힣](?:\s|$)|ㆍ)")
label_lines = st.text(alphabet="운전직공무 집행액률ㆍ()AB/%1,.\n\t", max_size=40)


@settings(max_examples=5000)
@given(label_lines)
def test_labels_one_blank_apart_are_found_where_the_lookbehind_first_found_them(line):
    assert [m.span() for m in _LABEL_THEN_LABEL_RE.finditer(line)] == [
        m.span() for m in _LABEL_THEN_LABEL_BEFORE.finditer(line)]


def test_labels_one_blank_apart_still_parted():
    assert [c.text for c in split_cells("집 행 액 (B) 집행률(%)  운 전 직 공무직  12")] == [
        "집 행 액 (B)", "집행률(%)", "운 전 직", "공무직", "12"]
