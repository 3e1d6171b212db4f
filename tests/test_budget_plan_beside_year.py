"""A November report's plan printed beside the report's year's budget: the department's `단위사업 | 2026년 예산(안) |
2025년 예산 | 증감 | 증감률(%)`, a project's `구 분 | 2026년 예산(안) | 2025년 예산 | 증감`. Each row gives its line of
the report's year (the plan kept beside it, as its 증감 compares them) and its line of the plan's year
(`budget_year` 2026), a table of its own after the year's: `WHERE budget_year = 2026` finds the plan, a sum by year
adds each year's, and the project's plan is compared with the text's and its 단위사업's of 2026. Before, the plan
was kept beside alone."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.corpus import invoke, report_folder
from tests.test_budget_revisions import printed

COVER = ("제290회 새빛구의회 제2차 정례회\n\n2025. 11. 20. ~ 12. 5.\n\n# 2025년도 행정사무감사 업무보고\n\n"
         "## 총 무 과\n\n# Ⅰ. 일반현황\n\n## 1 예산현황\n\n□ 2026년 예산(안)\n\n(단위: 천원)\n\n")
HEADER = ("단위사업", "2026년 예산(안)", "2025년 예산", "증감", "증감률(%)")
ROWS = [("계", "5,800,000", "5,000,000", "800,000", "16.0"),
        ("청사 관리", "3,300,000", "3,000,000", "300,000", "10.0"),
        ("인사 운영", "1,400,000", "1,200,000", "200,000", "16.7"),
        ("직원 교육", "800,000", "800,000", "-", "-"),
        ("청사 안전", "300,000", "-", "300,000", "순증")]
EXECUTION = ("\n\n□ 2025년 예산 집행현황 (2025. 10. 31. 기준)\n\n(단위: 천원)\n\n"
             "단위사업명\t예산액\t집행액\t집행률(%)\n"
             "계\t5,000,000\t4,000,000\t80.0\n청사 관리\t3,000,000\t2,400,000\t80.0\n"
             "인사 운영\t1,200,000\t960,000\t80.0\n직원 교육\t800,000\t640,000\t80.0\n")
PROJECT = ("\n\n# Ⅲ. 2026년 주요업무 계획\n\n① 본관 청사 리모델링 (청사관리팀)\n\n"
           "노후 청사를 고쳐 민원 편의를 높이고자 함\n\n"
           "□ 사업개요\n\n○ 단위사업: 청사 관리\n\n{stated}□ 소요예산\n\n(단위: 천원)\n\n{table}\n")
PROJECT_TABLE = ("구 분\t2026년 예산(안)\t2025년 예산\t증 감\n계\t{total}\t1,200,000\t{change}\n"
                 "국비\t500,000\t400,000\t100,000\n시비\t300,000\t300,000\t-\n구비\t{own}\t500,000\t{own_change}")


def read(text):
    return extract_report(read_text("t.txt", text.encode()))


def department(layout="tab", rows=ROWS):
    return COVER + printed(HEADER, layout, rows)


def project(total="1,500,000", own="700,000", stated=""):
    change, own_change = (f"{int(figure.replace(',', '')) - base:,}" for figure, base in
                          ((total, 1_200_000), (own, 500_000)))
    return PROJECT.format(stated=stated, table=PROJECT_TABLE.format(total=total, change=change, own=own,
                                                                    own_change=own_change))


def found(r):
    return [(f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", ["tab", "pipe", "space"])
def test_the_department_s_table_gives_the_year_s_lines_and_the_plan_s(layout):
    lines = read(department(layout)).budget
    assert [(b.name, b.budget_krw, b.budget_year, b.table_no) for b in lines] == [
        ("계", 5_000_000_000, None, 1), ("청사 관리", 3_000_000_000, None, 1), ("인사 운영", 1_200_000_000, None, 1),
        ("직원 교육", 800_000_000, None, 1),
        ("계", 5_800_000_000, 2026, 2), ("청사 관리", 3_300_000_000, 2026, 2), ("인사 운영", 1_400_000_000, 2026, 2),
        ("직원 교육", 800_000_000, 2026, 2), ("청사 안전", 300_000_000, 2026, 2)]
    # the year's lines keep the plan beside, as printed; the plan's lines are the plan's figure alone, on its row
    assert lines[1].other_columns == {"2026년 예산(안)": "3,300,000", "증감": "300,000", "증감률(%)": "10.0"}
    assert [(b.other_columns, b.executed_krw, b.source) for b in lines[5:6]] == [(None, None, lines[1].source)]
    # 청사 안전, new in the plan (`-` in 2025), has the plan's line alone, keeping its row's other cells, as a new
    # project's plan does (before, also a 2025 line of 0)
    assert lines[-1].other_columns == {"2025년 예산": "-", "증감": "300,000", "증감률(%)": "순증"}


def test_the_department_s_table_is_checked_once_as_printed():
    assert found(read(department())) == []
    # the plan's 계 off its lines' sum (5,900,000 for 5,800,000) is found once, in its column; a wrong 증감 and
    # 증감률 on their line, as before
    rows = [("계", "5,900,000", *ROWS[0][2:]), ROWS[1], ("인사 운영", "1,400,000", "1,200,000", "250,000", "16.7"),
            ("직원 교육", "800,000", "800,000", "-", "-"), ("청사 안전", "300,000", "-", "300,000", "순증")]
    assert found(read(department(rows=rows))) == [
        ("sum.budget", "예산현황", "계", "2026년 예산(안)", "5,800,000천원", "5,900,000천원"),
        ("sum.budget", "예산현황", "인사 운영", "증감", "200,000천원", "250,000천원")]
    rows = [*ROWS[:2], ("인사 운영", "1,400,000", "1,200,000", "200,000", "17.6"), *ROWS[3:]]
    assert found(read(department(rows=rows))) == [
        ("rate.budget_change", "예산현황", "인사 운영", "증감률(%)", "16.7", "17.6")]


def test_a_new_unit_s_row_is_checked_with_the_year_s_rows():
    # its 증감 (350,000 where the plan is 300,000 over nothing) is found on its row; the 계's plan and 증감 add up
    # over every row, the new one's too
    rows = [*ROWS[:4], ("청사 안전", "300,000", "-", "350,000", "순증")]
    assert found(read(department(rows=rows))) == [
        ("sum.budget", "예산현황", "청사 안전", "증감", "300,000천원", "350,000천원")]
    # its plan of 400,000 adds up in the 계's plan (5,900,000), but not in its 증감 nor the 계's
    rows = [("계", "5,900,000", *ROWS[0][2:]), *ROWS[1:4], ("청사 안전", "400,000", "-", "300,000", "순증")]
    assert found(read(department(rows=rows))) == [
        ("sum.budget", "예산현황", "계", "증감", "900,000천원", "800,000천원"),
        ("sum.budget", "예산현황", "청사 안전", "증감", "400,000천원", "300,000천원")]


def test_a_plan_s_table_beside_a_later_table_names_each_by_its_number():
    # the plan's lines are of the first table: the execution table is the second printed, `표 3` as its lines say
    text = department() + EXECUTION.replace("960,000\t80.0", "960,000\t70.0")
    assert found(read(text)) == [("rate", "예산현황 (표 3)", "인사 운영", "집행률(%)", "80.0", "70.0")]


def test_the_database_finds_the_plan_by_its_year_and_sums_each_year(tmp_path):
    folder = report_folder(tmp_path, plan=department() + EXECUTION + project())
    assert invoke(tmp_path, "ingest", "--db", "r.db", str(folder)).exit_code == 0

    def query(sql):
        return invoke(tmp_path, "query", "--db", "r.db", "--csv", sql).output.splitlines()

    assert query("SELECT name, budget_krw FROM budget_lines WHERE budget_year = 2026 AND project_id IS NULL") == [
        "name,budget_krw", "계,5800000000", "청사 관리,3300000000", "인사 운영,1400000000", "직원 교육,800000000",
        "청사 안전,300000000"]
    assert query("SELECT budget_year, sum(budget_krw) FROM budget_lines WHERE project_id IS NULL AND table_no < 3 "
                 "AND name <> '계' GROUP BY budget_year ORDER BY budget_year") == [
        "budget_year,sum(budget_krw)", ",5000000000", "2026,5800000000"]
    assert query("SELECT name, budget_krw, table_no FROM budget_lines WHERE budget_year = 2026 "
                 "AND project_id IS NOT NULL") == [
        "name,budget_krw,table_no", "계,1500000000,2", "국비,500000000,2", "시비,300000000,2", "구비,700000000,2"]
    # the year's execution (table 3) is the department's budget and spending: the plans print no 집행액
    assert query("SELECT table_no, budget_krw, executed_krw, execution_rate FROM budget_totals") == [
        "table_no,budget_krw,executed_krw,execution_rate", "3,5000000000,4000000000,80.0"]


def test_a_project_s_plan_is_compared_with_its_unit_s_plan():
    # the project's plan (3,500,000) over its 단위사업's of 2026 (3,300,000); its 2025 lines (1,200,000) under 2025's
    r = read(department() + project(total="3,500,000", own="2,700,000"))
    assert found(r) == [("cross.project_over_unit", "Ⅲ 2026년 주요업무 계획 1. 본관 청사 리모델링 예산현황",
                         "청사 관리", "예산액", "≤ 3,300,000천원", "3,500,000천원")]


@pytest.mark.parametrize("stated, expected", [("2026년 예산(안) : 1,600,000천원", "1,600,000천원"),
                                              ("예산: 1,300,000천원(2025년)", "1,300,000천원")])
def test_each_year_of_a_project_s_table_is_compared_with_the_text_s_of_that_year(stated, expected):
    r = read(department() + project(stated=f"○ {stated}\n\n"))
    [finding] = found(r)
    assert finding[0] == "cross.project_budget" and finding[4] == expected
    assert finding[5] == ("1,500,000천원" if "2026" in stated else "1,200,000천원")
    right = stated.replace("1,600,000", "1,500,000").replace("1,300,000", "1,200,000")
    assert found(read(department() + project(stated=f"○ {right}\n\n"))) == []


def test_the_june_report_s_tables_print_no_plan_and_are_as_before(real_report):
    # a June report prints the year's budget and spending alone: one table of the year's lines, no plan
    assert {(b.table_no, b.budget_year) for b in real_report.budget} == {(1, None)}
    assert [(b.name, b.budget_krw) for b in real_report.budget][:2] == [
        ("계", 137_351_335_000), ("쾌적한 행정환경 조성", 3_701_804_000)]
    assert {(b.table_no, b.budget_year) for p in real_report.projects for b in p.budget_lines} == {(1, None)}


# 청사 안전 ends with the year: 200,000 in 2025, `-` in the plan; the plan's 계 is the other three's
ENDING = [("계", "5,500,000", "5,200,000", "300,000", "5.8"), *ROWS[1:4],
          ("청사 안전", "-", "200,000", "△200,000", "순감")]


@pytest.mark.parametrize("layout", ["tab", "pipe", "space"])
def test_a_unit_ending_with_the_year_has_the_year_s_line_alone(layout):
    """As a unit new in the plan has the plan's line alone; before, it also had a 2026 line of 0."""
    r = read(department(layout, ENDING))
    assert [(b.name, b.budget_krw // 1_000, b.budget_year, b.table_no) for b in r.budget] == [
        ("계", 5_200_000, None, 1), ("청사 관리", 3_000_000, None, 1), ("인사 운영", 1_200_000, None, 1),
        ("직원 교육", 800_000, None, 1), ("청사 안전", 200_000, None, 1),
        ("계", 5_500_000, 2026, 2), ("청사 관리", 3_300_000, 2026, 2), ("인사 운영", 1_400_000, 2026, 2),
        ("직원 교육", 800_000, 2026, 2)]
    # its year's line keeps the plan's `-` and its 증감 beside, which are checked with the year's rows
    assert r.budget[4].other_columns == {"2026년 예산(안)": "-", "증감": "△200,000", "증감률(%)": "순감"}
    assert found(r) == []


def test_a_unit_ending_with_the_year_is_checked_with_the_year_s_rows():
    rows = [*ENDING[:4], ("청사 안전", "-", "200,000", "△250,000", "순감")]
    assert found(read(department(rows=rows))) == [
        ("sum.budget", "예산현황", "청사 안전", "증감", "-200,000천원", "-250,000천원")]
    # the plan's 계 is its column's sum, the ending unit's `-` none of it
    rows = [("계", "5,700,000", *ENDING[0][2:]), *ENDING[1:]]
    assert found(read(department(rows=rows))) == [
        ("sum.budget", "예산현황", "계", "2026년 예산(안)", "5,500,000천원", "5,700,000천원")]


ENDING_SOURCE = {  # 시비 ends with the year: 300,000 in 2025, `-` in the plan
    "columns": "구 분\t2026년 예산(안)\t2025년 예산\t증 감\n계\t1,200,000\t1,200,000\t-\n국비\t400,000\t400,000\t-\n"
               "시비\t-\t300,000\t△300,000\n구비\t800,000\t500,000\t300,000",
    "rows": "구 분\t계\t국비\t시비\t구비\n2025년 예산\t1,200,000\t400,000\t300,000\t500,000\n"
            "2026년 예산(안)\t1,200,000\t400,000\t-\t800,000\n증 감\t-\t-\t△300,000\t300,000",
}


@pytest.mark.parametrize("table", ENDING_SOURCE.values(), ids=ENDING_SOURCE)
def test_a_project_s_source_ending_with_the_year_has_the_year_s_line_alone(table):
    r = read(department() + PROJECT.format(stated="", table=table))
    (project,) = r.projects
    assert [(b.name, b.budget_krw // 1_000, b.budget_year) for b in project.budget_lines] == [
        ("계", 1_200_000, None), ("국비", 400_000, None), ("시비", 300_000, None), ("구비", 500_000, None),
        ("계", 1_200_000, 2026), ("국비", 400_000, 2026), ("구비", 800_000, 2026)]
    assert found(r) == []


def test_a_project_s_plan_year_of_a_dash_gives_the_year_s_line_alone():
    """`구 분 | 2025년 | 2026년(안)` over `예산액 | 1,200,000 | -`: the project ends with the year; before, a 2026
    line of 0."""
    table = "구 분\t2025년\t2026년(안)\n예산액\t1,200,000\t-\n집행액\t600,000\t-"
    r = read(department() + PROJECT.format(stated="", table=table))
    (project,) = r.projects
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.budget_year)
            for b in project.budget_lines] == [("계", 1_200_000, 600_000, None)]


def test_the_database_s_plan_of_2026_leaves_out_the_ending_unit(tmp_path):
    folder = report_folder(tmp_path, plan=department(rows=ENDING) + EXECUTION)
    assert invoke(tmp_path, "ingest", "--db", "r.db", str(folder)).exit_code == 0

    def query(sql):
        return invoke(tmp_path, "query", "--db", "r.db", "--csv", sql).output.splitlines()

    assert query("SELECT budget_year, count(*), sum(budget_krw) FROM budget_lines WHERE table_no < 3 "
                 "AND name <> '계' GROUP BY budget_year ORDER BY budget_year") == [
        "budget_year,count(*),sum(budget_krw)", ",4,5200000000", "2026,3,5500000000"]
    assert query("SELECT table_no, budget_krw, executed_krw FROM budget_totals") == [
        "table_no,budget_krw,executed_krw", "3,5000000000,4000000000"]
