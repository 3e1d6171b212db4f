"""A project's work printed as a table by date (`일 자 | 내 용 | 비 고` under `□ 추진실적`), as some departments print
what others print as `○ 2. 3. : …` bullets: each row is an item dated by its first cell, its other cells after it.
Before, the table was kept as a generic grid and the project had no 추진실적 items (no months to ask by)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n문 화 체 육 과\n\n"
         "Ⅱ. 주요업무 추진실적\n\n① 생활체육 교실 운영 (체육진흥팀)\n\n"
         "구민 누구나 가까운 곳에서 체육 활동을 즐기도록 생활체육 교실을 운영하고자 함\n\n")
WORK = ("□ 추진실적\n\n{date}\t내 용\t비 고\n’25. 2. 3.\t생활체육 지도자 채용(15명)\t\n"
        "’25. 3. 10.\t생활체육 교실 개강(12개 종목)\t수강생 1,240명\n"
        "’25. 5. 3. ~ 5. 31.\t주말 거리공연(8회)\t관람 3,400명\n\n"
        "□ 향후계획\n\n○ 7월 : 하반기 생활체육 교실 수강생 모집\n")
ITEMS = [("추진실적", "’25. 2. 3. : 생활체육 지도자 채용(15명)", 2, 2, 2025),
         ("추진실적", "’25. 3. 10. : 생활체육 교실 개강(12개 종목) / 수강생 1,240명", 3, 3, 2025),
         ("추진실적", "’25. 5. 3. ~ 5. 31. : 주말 거리공연(8회) / 관람 3,400명", 5, 5, 2025),
         ("향후계획", "7월 : 하반기 생활체육 교실 수강생 모집", 7, 7, 2025)]


def items(r):
    [project] = r.projects
    return [(i.heading, i.text, i.start_month, i.end_month, i.year) for i in project.items]


@pytest.mark.parametrize("date", ["일 자", "일시", "추진일자", "추진 기간"])
def test_a_table_of_work_by_date_gives_the_projects_items(date):
    r = extract_report(read_text("t.txt", (COVER + WORK.format(date=date)).encode()))
    assert items(r) == ITEMS
    assert r.tables == []
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", ["pipe-tables", "html-tables", "grid-tables", "pdf grid", "pdf open sides"])
def test_a_table_of_work_by_date_in_other_layouts(layout, tmp_path):
    r = read_laid_out(COVER + WORK.format(date="일 자"), layout, tmp_path)
    assert [item[1:] for item in items(r)] == [item[1:] for item in ITEMS]


def test_each_item_of_the_table_is_at_its_row():
    r = extract_report(read_text("t.txt", (COVER + WORK.format(date="일 자")).encode()))
    [project] = r.projects
    assert [i.source.line for i in project.items[:3]] == [18, 19, 20]  # the header on line 17


@pytest.mark.parametrize("table", [
    # a column of counts: a table of figures by date, kept with its columns
    "기 간\t교육명\t인원\n3. 10. ~ 3. 14.\t생활체육 지도자 연수\t15\n4. 7. ~ 4. 11.\t안전 교육\t20\n",
    # a first column of no dates (a schedule's stages)
    "일 정\t내 용\n1단계\t지도자 채용\n2단계\t교실 개강\n",
])
def test_a_table_by_date_that_is_not_a_list_of_work_stays_a_table(table):
    r = extract_report(read_text("t.txt", (COVER + "□ 추진실적\n\n" + table).encode()))
    [grid] = r.tables
    assert grid.rows[1][0] in {"3. 10. ~ 3. 14.", "1단계"}
    assert items(r) == []


# the period in a column after what is done (`구 분 | 추진기간 | 대 상 | 비 고`), as a table of a project's stages
# prints it
STAGES = ("□ 감사 추진일정\n\n구 분\t{period}\t대 상\t비 고\n상반기 종합감사\t3월~5월\t10개 기관\t완료\n"
          "특정감사\t6월\t보조금\t완료\n재무감사\t11월~12월\t회계부서\t\n")
STAGE_ITEMS = [("감사 추진일정", "상반기 종합감사 : 3월~5월 / 10개 기관 / 완료", 3, 5, 2025),
               ("감사 추진일정", "특정감사 : 6월 / 보조금 / 완료", 6, 6, 2025),
               ("감사 추진일정", "재무감사 : 11월~12월 / 회계부서", 11, 12, 2025)]


@pytest.mark.parametrize("period", ["추진기간", "추 진 기 간", "기 간", "일정", "추진시기"])
def test_a_table_of_stages_by_period_gives_the_projects_items(period):
    """Before, the table was kept as a generic grid: the project had no items for its stages, and a question of
    what runs in June did not find the 특정감사."""
    r = extract_report(read_text("t.txt", (COVER + STAGES.format(period=period)).encode()))
    assert items(r) == STAGE_ITEMS
    assert r.tables == []
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", ["pipe-tables", "html-tables", "space-aligned", "pdf grid", "pdf horizontal"])
def test_a_table_of_stages_by_period_in_other_layouts(layout, tmp_path):
    r = read_laid_out(COVER + STAGES.format(period="추진기간"), layout, tmp_path)
    assert [item[1:] for item in items(r)] == [item[1:] for item in STAGE_ITEMS]


@pytest.mark.parametrize("table", [
    # a column of counts beside the period: a table of figures, kept with its columns
    "구 분\t추진기간\t인원\n지도자 연수\t3월\t15\n안전 교육\t4월\t20\n",
    # a period column whose cells are no periods (`감사 종료 후`)
    "구 분\t추진기간\n감사계획 수립\t1월\n결과 공개\t감사 종료 후\n",
])
def test_a_table_of_stages_that_is_not_a_list_of_work_stays_a_table(table):
    r = extract_report(read_text("t.txt", (COVER + "□ 추진실적\n\n" + table).encode()))
    [grid] = r.tables
    assert grid.rows[0][:2] == ["구 분", "추진기간"]
    assert items(r) == []
