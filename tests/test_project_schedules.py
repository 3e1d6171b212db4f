"""A project's schedule of marks by month (추진일정: `구 분 | 1월 | 2월 | … | 비 고` over `청렴교육 | ● | ● | …`), as
some departments print what others print as `○ 청렴교육 : 1월~2월` bullets: each step marked is an item of the
project dated by the months its marks cover, and the grid is kept as a generic table too, each mark as printed.
Before, only the grid was kept: a question of what runs in a month found none of the steps."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.extract import extract_file
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out
from tests.test_pdf_words_variants import PLANNED, schedule_pdf

COVER = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n감 사 담 당 관\n\n"
         "Ⅱ. 주요업무 추진실적\n\n① 청렴 문화 확산 (감사팀)\n\n공직자의 청렴 의식을 높이고자 함\n\n□ 추진일정\n\n")
SCHEDULE = ("구 분\t1월\t2월\t3월\t4월\t5월\t6월\t7월\t8월\t9월\t10월\t11월\t12월\t비 고\n"
            "청렴교육\t●\t●\t\t\t\t\t\t\t\t\t\t\t\n"
            "청렴 캠페인\t\t\t●\t●\t●\t\t\t\t\t\t\t\t\n"
            "청렴도 측정\t\t\t\t\t\t\t\t\t\t\t○\t○\t외부기관\n"
            "주민 설명회\t\t\t●\t●\t\t\t\t\t●\t●\t\t\t\n")
END = "\n□ 향후계획\n\n○ 12월 : 결과 보고\n"
STEPS = [("추진일정", "청렴교육 : 1월~2월", 1, 2, 2025),
         ("추진일정", "청렴 캠페인 : 3월~5월", 3, 5, 2025),
         ("추진일정", "청렴도 측정 : 11월~12월 / 외부기관", 11, 12, 2025),
         ("추진일정", "주민 설명회 : 3월~4월, 9월~10월", 3, 10, 2025),
         ("향후계획", "12월 : 결과 보고", 12, 12, 2025)]


def items(report):
    [project] = report.projects
    return [(i.heading, i.text, i.start_month, i.end_month, i.year) for i in project.items]


@pytest.mark.parametrize("mark", ["●", "○", "■", "◎", "V", "━"])
def test_each_step_of_a_schedule_is_an_item_dated_by_its_marks(mark):
    report = extract_report(read_text("t.txt", (COVER + SCHEDULE.replace("●", mark) + END).encode()))
    assert items(report) == STEPS
    [grid] = report.tables
    assert (grid.caption, grid.project_seq) == ("추진일정", 1)
    assert grid.rows[1] == ["청렴교육", mark, mark, *[""] * 11]  # the grid as printed, nothing lost
    assert run_checks(report) == []


def test_each_step_is_at_its_row():
    report = extract_report(read_text("t.txt", (COVER + SCHEDULE + END).encode()))
    [project] = report.projects
    assert [i.source.line for i in project.items[:4]] == [18, 19, 20, 21]  # the header on line 17


@pytest.mark.parametrize("layout", ["pipe-tables", "html-tables", "grid-tables", "box-tables", "pdf grid",
                                    "pdf horizontal"])
def test_a_schedule_in_other_layouts(layout, tmp_path):
    report = read_laid_out(COVER + SCHEDULE + END, layout, tmp_path)
    assert items(report) == STEPS


# as `pdftotext -layout` prints a schedule, each mark under its month
ALIGNED = """\
  구 분          1월    2월    3월    4월    5월    6월    비 고
  위원 모집       ●      ●
  위원 교육                     ━      ━      ━
  총회 개최                                          ●     동별 개최"""


def test_a_schedule_aligned_by_spaces():
    report = extract_report(read_text("t.txt", (COVER + ALIGNED + "\n" + END).encode()))
    assert items(report)[:3] == [("추진일정", "위원 모집 : 1월~2월", 1, 2, 2025),
                                 ("추진일정", "위원 교육 : 3월~5월", 3, 5, 2025),
                                 ("추진일정", "총회 개최 : 6월 / 동별 개최", 6, 6, 2025)]


def test_a_schedule_drawn_in_a_pdf_with_its_months_shaded(tmp_path):
    """A ruled PDF schedule whose planned months are shaded cells printing nothing reads as marks (`read_pdf`):
    its steps are items as the marked one's are."""
    for marks in ("fills", "●"):
        path = tmp_path / "schedule.pdf"
        schedule_pdf(path, marks=marks)
        [project] = extract_file(path).projects
        assert [(i.text, i.start_month, i.end_month) for i in project.items] == [
            (f"{step} : {first}월~{last}월", first, last) for step, (first, last) in PLANNED.items()]


@pytest.mark.parametrize(("header", "marks", "expected"), [
    ("1/4분기\t2/4분기\t3/4분기\t4/4분기", "\t●\t●\t", ("2/4분기~3/4분기", 4, 9)),
    ("1분기\t2분기\t3분기\t4분기", "●\t\t\t●", ("1분기, 4분기", 1, 12)),
    ("상반기\t하반기", "\t●", ("하반기", 7, 12)),
    ("상 반 기\t하 반 기", "●\t●", ("상반기~하반기", 1, 12)),
])
def test_a_schedule_by_quarters_or_halves(header, marks, expected):
    text = COVER + f"구 분\t{header}\n청렴교육\t{marks}\n" + END
    report = extract_report(read_text("t.txt", text.encode()))
    step, first, last = expected
    assert items(report)[0] == ("추진일정", f"청렴교육 : {step}", first, last, 2025)


HALVES_OVER_MONTHS = ("구 분\t상반기\t\t\t\t\t\t하반기\t\t\t\t\t\t비 고\n"
                      "\t1월\t2월\t3월\t4월\t5월\t6월\t7월\t8월\t9월\t10월\t11월\t12월\t\n"
                      "청렴교육\t●\t●\t\t\t\t\t\t\t\t\t\t\t\n"
                      "청렴 캠페인\t\t\t●\t●\t●\t\t\t\t\t\t\t\t\n"
                      "청렴도 측정\t\t\t\t\t\t\t\t\t\t\t○\t○\t외부기관\n"
                      "주민 설명회\t\t\t●\t●\t\t\t\t\t●\t●\t\t\t\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "html-tables", "pdf grid", "pdf horizontal", "pdf none"])
def test_a_schedule_of_months_under_the_halves_they_make_up(layout, tmp_path):
    """`상반기 | 하반기` over the months, as HWP reports print a year's schedule: the months are its columns. Before,
    the halves' row was taken for its header (two labels of a schedule's columns): its columns, a half's first
    month's and the next's, were not one run, and the schedule gave no item."""
    report = read_laid_out(COVER + HALVES_OVER_MONTHS + END, layout, tmp_path)
    assert items(report) == STEPS


def test_a_schedule_of_months_under_halves_under_a_year():
    """A header of three rows, the year over the halves over the months: the months, the lowest, are the columns,
    each of the year printed over it."""
    text = (COVER + "구 분\t2025년\t\t\t\n\t상반기\t\t하반기\t\n\t5월\t6월\t7월\t8월\n"
            "청렴교육\t●\t●\t●\t\n")
    [project] = extract_report(read_text("t.txt", text.encode())).projects
    assert [(i.text, i.start_month, i.end_month) for i in project.items] == [("청렴교육 : 2025년 5월~2025년 7월", 5, 7)]


def test_a_schedule_of_a_plan_is_in_its_year_and_runs_over_the_new_year():
    """The months of a plan's part are its year's (`Ⅲ. 2026년 주요업무 계획`); a run from 11월 on to 2월 of a schedule
    printed from July ends in the next year."""
    text = (COVER.replace("Ⅱ. 주요업무 추진실적", "Ⅲ. 2026년 주요업무 계획")
            + "구 분\t7월\t8월\t9월\t10월\t11월\t12월\t1월\t2월\n동절기 점검\t\t\t\t\t●\t●\t●\t●\n")
    [project] = extract_report(read_text("t.txt", text.encode())).projects
    [step] = project.items
    assert (step.text, step.start_month, step.end_month, step.year, step.end_year) == (
        "동절기 점검 : 11월~2월", 11, 2, 2026, 2027)


@pytest.mark.parametrize("year", ["2025년", "’25년", "2025"])
def test_a_schedule_over_two_years_under_a_row_of_years(year):
    """A year printed over its group of months, in the group's first cell (merged), dates them: a step runs from the
    first group's months into the next's."""
    text = (COVER + f"구 분\t{year}\t\t{year.replace('25', '26')}\t\t\n\t11월\t12월\t1월\t2월\t3월\n"
            "동절기 점검\t●\t●\t●\t\t\n제설 훈련\t\t\t●\t●\t●\n")
    [project] = extract_report(read_text("t.txt", text.encode())).projects
    assert [(i.text, i.start_month, i.end_month, i.year, i.end_year) for i in project.items] == [
        ("동절기 점검 : 2025년 11월~2026년 1월", 11, 1, 2025, 2026),
        ("제설 훈련 : 2026년 1월~2026년 3월", 1, 3, 2026, None)]


@pytest.mark.parametrize("table", [
    # figures by month: a table of counts, no schedule
    "구 분\t1월\t2월\t3월\n민원 접수\t120\t130\t110\n민원 처리\t118\t131\t109\n",
    # words in a month's cell
    "구 분\t1월\t2월\t3월\n청렴교육\t신규자\t●\t\n",
    # no month marked
    "구 분\t1월\t2월\t3월\n청렴교육\t\t\t\n",
])
def test_a_table_by_month_that_is_no_schedule_gives_no_items(table):
    report = extract_report(read_text("t.txt", (COVER + table).encode()))
    assert items(report) == []
    [grid] = report.tables
    assert grid.rows[0][:2] == ["구 분", "1월"]


def test_a_total_row_and_a_dash_mark_nothing():
    text = COVER + "구 분\t1월\t2월\t3월\n청렴교육\t●\t-\t●\n계\t●\t●\t●\n"
    report = extract_report(read_text("t.txt", text.encode()))
    assert items(report) == [("추진일정", "청렴교육 : 1월, 3월", 1, 3, 2025)]


def test_the_readmes_question_of_what_runs_in_a_month_finds_the_steps(tmp_path):
    db = connect(tmp_path / "r.db")
    load_report(db, extract_report(read_text("t.txt", (COVER + SCHEDULE + END).encode())), "sha-1", [])
    in_april = db.execute("SELECT i.text FROM project_items i JOIN reports d ON d.id = i.document_id "
                          "WHERE 2025 * 12 + 4 BETWEEN i.year * 12 + i.start_month "
                          "AND coalesce(i.end_year, i.year) * 12 + i.end_month ORDER BY i.id").fetchall()
    assert in_april == [("청렴 캠페인 : 3월~5월",), ("주민 설명회 : 3월~4월, 9월~10월",)]
    assert db.execute("SELECT count(*) FROM generic_tables WHERE caption = '추진일정'").fetchone() == (1,)
