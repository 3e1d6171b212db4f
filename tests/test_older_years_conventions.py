"""Reports of older years (2014–2021) as district officials typed them, bulk-imported beside this year's: a
행정사무감사's cover titled by the session alone (`2020년 행정사무감사 보고`), a session's number letter-spaced
digit by digit (`제 2 9 6 회`), table labels in hanja (`豫算額`, `執行率`, `定 員`), and dates closed up without
their last point (`20.03.02 ~ 21.12.31`, `’18.5.31`)."""

import datetime as dt

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import compact, parse_period

BODY = "\n\nⅠ. 일반현황\n\n1. 조직\n\n도시계획과 - (3)개팀\n"


def report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


@pytest.mark.parametrize(("title_lines", "title", "year"), [
    ("2020년 행정사무감사 보고", "2020년 행정사무감사 보고", 2020),
    ("2019년도 행정사무감사 자료", "2019년도 행정사무감사 자료", 2019),
    ("2018년도 행정사무감사", "2018년도 행정사무감사", 2018),
    ("’17년 행정사무감사 업무현황", "’17년 행정사무감사 업무현황", 2017),
    ("       2016년도  행 정 사 무 감 사", "2016년도 행 정 사 무 감 사", 2016),
    # printing more of the title: as before
    ("2020년도 행정사무감사 업무보고", "2020년도 행정사무감사 업무보고", 2020),
    ("2019년도 행정사무감사\n\n주요업무 추진상황 보고", "2019년도 행정사무감사 주요업무 추진상황 보고", 2019),
])
def test_an_audits_cover_titled_by_the_session_alone(title_lines, title, year):
    """Before: no title, and neither the year nor the department below it (`cover.missing`)."""
    info = report(f"제296회 영등포구의회 정례회\n\n{title_lines}\n\n도 시 계 획 과{BODY}").document
    assert (info.title, info.year, info.department) == (title, year, "도시계획과")


def test_a_line_telling_of_the_audit_is_no_title():
    """Only a line that is the title: not a sentence naming the audit."""
    info = report(f"2020년 주요업무 보고\n\n도시계획과\n\n2020년 행정사무감사 지적사항 처리{BODY}").document
    assert info.title == "2020년 주요업무 보고"


@pytest.mark.parametrize(("session_line", "session"), [
    ("제2 9 6회 영등포구의회 제1차 정례회", "제296회 영등포구의회 제1차 정례회"),
    ("제 2 8 9 회 영등포구의회 정례회", "제289회 영등포구의회 정례회"),
    ("                 제 2 7 1 회  영등포구의회  정례회", "제271회 영등포구의회 정례회"),
])
def test_a_sessions_number_spaced_digit_by_digit(session_line, session):
    """Before: no session, no council."""
    info = report(f"{session_line}\n\n2019년 주요업무 보고\n\n도시계획과{BODY}").document
    assert (info.council_session, info.council) == (session, "영등포구의회")


BUDGET = """2018년 주요업무 보고

총무과

Ⅰ. 일반현황

3. 예산현황

(단위: 천원)

{header}
{total}\t2,310,500\t1,020,300\t44.2
청사 관리\t1,510,000\t700,100\t46.4
인사 운영\t800,500\t320,200\t40.0
"""


@pytest.mark.parametrize(("header", "total", "as_of"), [
    ("단위사업명\t豫算額 (단위:천원)\t집행액\t집행율(%) (’18.5.31.기준)", "계", dt.date(2018, 5, 31)),
    ("區 分\t豫 算 額(천원)\t執行額\t執行率(%)", "合 計", None),
    ("사업명\t豫算\t執行\t%", "計", None),
])
def test_a_budget_table_labelled_in_hanja(header, total, as_of):
    """Before: no budget lines, the table kept as a generic one. A total is stored as `계`, as printed in Hangul."""
    records = report(BUDGET.format(header=header, total=total))
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate, line.as_of)
            for line in records.budget] == [
        ("계", 2_310_500_000, 1_020_300_000, 44.2, as_of), ("청사 관리", 1_510_000_000, 700_100_000, 46.4, as_of),
        ("인사 운영", 800_500_000, 320_200_000, 40.0, as_of)]
    assert records.tables == []


def test_a_staffing_table_labelled_in_hanja_with_pre_reform_classes():
    records = report("2017년 주요업무 보고\n\n재무과\n\nⅠ. 일반현황\n\n2. 인 력\n\n"
                     "區 分\t計\t일반직\t\t기능직\t무기계약직\n\t\t6급\t7급\t기능8급\t\n"
                     "定 員\t12\t4\t5\t1\t2\n現 員\t11\t4\t4\t1\t2\n過不足\t△1\t-\t△1\t-\t-\n")
    shortfall = [(row.job_class, row.grade, row.headcount) for row in records.staffing if row.status == "과부족"]
    assert shortfall == [("계", "계", -1), ("일반직", "6급", 0), ("일반직", "7급", -1), ("기능직", "기능8급", 0),
                         ("무기계약직", "계", 0)]


@pytest.mark.parametrize(("label", "read"), [
    ("豫 算 額", "예산액"), ("執行率(%)", "집행률(%)"), ("過 不 足", "과부족"), ("小 計", "소계"),
    ("舊 청사관리", "舊청사관리"),  # a former name's mark is no label's word
])
def test_hanja_labels_compact_to_hangul(label, read):
    assert compact(label) == read


@pytest.mark.parametrize(("text", "span"), [
    ("기간: 20.03.02 ~ 21.12.31", (3, 12, 2020, 2021)),
    ("용역 착수: 20.05.11", (5, 5, 2020, None)),
    ("2020.03.02 ~ 2021.12.31", (3, 12, 2020, 2021)),
    ("점검 : ’18.5.31", (5, 5, 2018, None)),
    ("준공 : 2020.5.31", (5, 5, 2020, None)),
])
def test_a_date_closed_up_without_its_last_point(text, span):
    """Before: no period (the last point was needed)."""
    period = parse_period(text, 2020)
    assert (period.start, period.end, period.year, period.end_year) == span


@pytest.mark.parametrize("text", ["3.5% 증가", "12.5.3 개정", "1.2.3", "2020. 3. 2", "2020. 3. 2 ~ 5"])
def test_figures_with_points_that_are_no_date(text):
    """A list's number or a decimal stays no period; so does a date spaced out without its points but before a
    range's end (`tests/test_item_range_ends_and_slash_days.py`: `2020. 3. 2 ~ 5. 3` is March to May)."""
    assert parse_period(text, 2020) is None


def test_a_date_spaced_out_without_its_points_before_a_range_end():
    """Before: no period."""
    period = parse_period("2020. 3. 2 ~ 5. 3", 2020)
    assert (period.start, period.end, period.year, period.end_year) == (3, 5, 2020, None)


LAID_OUT = """2014년도 행정사무감사

도시계획과

Ⅰ. 일반현황

 1. 인 력
    區  分      計       일반직                   기능직      별정직
                       5급   6급   7급   8급     기능8급
    定  員      14       1     3     5     2        2          1
    現  員      13       1     3     4     2        2          1
    過不足     △1        -     -    △1     -        -          -

 2. 예산현황
                                                               (단위 : 천원)
    사 업 명           豫  算  額       執  行  額       執行率(%)
    合  計             950,000          720,000           75.8
    도시계획 수립        600,000          480,000           80.0
    도시관리            350,000          240,000           68.6
"""


def test_hanja_labels_letter_spaced_in_space_aligned_text():
    """`pdftotext -layout`'s `區  分`, `定  員`, `合  計` are one cell each, as `구  분` is; before, two cells: the
    staffing table a generic grid and the budget's total `合`, its lines that total's children."""
    records = report(LAID_OUT)
    assert [(row.status, row.job_class, row.grade, row.headcount) for row in records.staffing
            if row.status == "과부족"] == [
        ("과부족", "계", "계", -1), ("과부족", "일반직", "5급", 0), ("과부족", "일반직", "6급", 0),
        ("과부족", "일반직", "7급", -1), ("과부족", "일반직", "8급", 0), ("과부족", "기능직", "기능8급", 0),
        ("과부족", "별정직", "계", 0)]
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate, line.parent)
            for line in records.budget] == [
        ("계", 950_000_000, 720_000_000, 75.8, None), ("도시계획 수립", 600_000_000, 480_000_000, 80.0, None),
        ("도시관리", 350_000_000, 240_000_000, 68.6, None)]
    assert records.tables == []
