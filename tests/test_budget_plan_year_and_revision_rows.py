"""A project's budget table of another year than the report's (a November plan's `2026년 예산(안)`) is read as the
project's budget of that year (`budget_year`), told apart from the report's year's figures; a budget table with its
fields as rows printing its revisions as rows (`본예산`, `1회 추경`, `2회 추경`, `집행액` over `계 | 국비 | 시비 |
구비`) is read as the columns form is, the latest revision's figures the 예산액. A budget the project's text states
for another year (`2026년 예산(안) : 1,500,000천원`) is that year's, compared with its tables and 단위사업 alone. In
every layout and in a PDF."""

import pytest
import regex

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.conftest import ROOT
from tests.corpus import invoke, report_folder
from tests.layouts import read_laid_out

COVER = ("제290회 새빛구의회 제2차 정례회\n\n2025. 11. 20. ~ 12. 5.\n\n# 2025년도 행정사무감사 업무보고\n\n"
         "## 총 무 과\n\n")
GENERAL = ("# Ⅰ. 일반현황\n\n## 1 예산현황 (2025. 10. 31. 기준)\n\n(단위: 천원)\n\n"
           "단위사업명\t예산액\t집행액\t집행률(%)\n계\t5,000,000\t4,000,000\t80.0\n"
           "청사 관리\t5,000,000\t4,000,000\t80.0\n\n")
PLAN = ("# Ⅲ. 2026년 주요업무 계획\n\n① 본관 청사 리모델링 (청사관리팀)\n\n노후 청사를 고쳐 민원 편의를 높이고자 함\n\n"
        "□ 사업개요\n\n○ 기간: 2026. 1. ~ 12.\n\n○ 내용: 본관 승강기 교체 및 외벽 보수\n\n"
        "□ 소요예산\n\n(단위: 천원)\n\n{table}\n\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"]


def read_laid_out_text(text):
    """The report as written (tab tables), read from its text alone."""
    return extract_report(read_text("t.txt", text.encode()))

SOURCES = ("계", "국비", "시비", "구비")
PLANNED = ("1,500,000", "500,000", "300,000", "700,000")


def plan_as_rows(label="2026년 예산(안)", figures=PLANNED):
    return "구 분\t" + "\t".join(SOURCES) + f"\n{label}\t" + "\t".join(figures)


def plan_as_columns(label="2026년 예산(안)", figures=PLANNED):
    return f"구 분\t{label}\n" + "\n".join(f"{s}\t{f}" for s, f in zip(SOURCES, figures, strict=True))


def lines_of(report):
    [project] = report.projects
    return [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.funding_source, b.budget_year)
            for b in project.budget_lines]


PLAN_LINES = [("계", 1_500_000_000, None, None, None, 2026), ("국비", 500_000_000, None, None, "국비", 2026),
              ("시비", 300_000_000, None, None, "시비", 2026), ("구비", 700_000_000, None, None, "구비", 2026)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("table", [plan_as_rows, plan_as_columns])
def test_a_plan_of_next_year_is_the_project_s_budget_of_that_year(table, layout, tmp_path):
    r = read_laid_out(COVER + GENERAL + PLAN.format(table=table()), layout, tmp_path)
    assert lines_of(r) == PLAN_LINES
    assert [t.caption for t in r.tables] == []  # no grid kept beside
    assert run_checks(r) == []
    # the report's year's 단위사업 table has none
    assert [(b.name, b.budget_year) for b in r.budget] == [("계", None), ("청사 관리", None)]


@pytest.mark.parametrize("label, year", [("2026년 예산(안)", 2026), ("2026년도 예산안", 2026), ("’26년 예산(안)", 2026),
                                         ("2026 예산액", 2026), ("2026년 예산", 2026), ("내년도 예산(안)", 2026),
                                         ("2026년 예산（안）", 2026), ("2026년도 예산 (안)", 2026),
                                         ("2026년 예 산(안)", 2026), ("2026년 소요예산", 2026),
                                         ("2025년 예산", None), ("예산액", None)])
@pytest.mark.parametrize("table", [plan_as_rows, plan_as_columns])
def test_the_year_a_plan_names_is_its_budget_year(label, year, table, tmp_path):
    r = read_laid_out(COVER + GENERAL + PLAN.format(table=table(label)), "tab", tmp_path)
    assert [(b.name, b.budget_krw, b.budget_year) for b in r.projects[0].budget_lines] == [
        (name, budget, year) for name, budget, *_ in PLAN_LINES]


def test_a_plan_beside_the_report_s_year_keeps_the_report_s_year_as_budget_and_gives_the_plan_s_lines(tmp_path):
    # before, the plan was kept beside alone: `budget_year = 2026` found nothing
    table = ("구 분\t계\t국비\t시비\t구비\n2026년 예산(안)\t1,500,000\t500,000\t300,000\t700,000\n"
             "2025년 예산\t1,200,000\t400,000\t300,000\t500,000")
    r = read_laid_out(COVER + GENERAL + PLAN.format(table=table), "tab", tmp_path)
    assert [(b.name, b.budget_krw, b.budget_year, b.table_no, b.other_columns)
            for b in r.projects[0].budget_lines] == [
        ("계", 1_200_000_000, None, 1, {"2026년 예산(안)": "1,500,000"}),
        ("국비", 400_000_000, None, 1, {"2026년 예산(안)": "500,000"}),
        ("시비", 300_000_000, None, 1, {"2026년 예산(안)": "300,000"}),
        ("구비", 500_000_000, None, 1, {"2026년 예산(안)": "700,000"}),
        ("계", 1_500_000_000, 2026, 2, None), ("국비", 500_000_000, 2026, 2, None),
        ("시비", 300_000_000, 2026, 2, None), ("구비", 700_000_000, 2026, 2, None)]
    assert run_checks(r) == []


def test_a_plan_row_beside_a_year_of_dashes_is_the_project_s_budget_alone(tmp_path):
    # a new project: nothing in 2025, so no line of that year (before, lines of 0 and the plan beside)
    table = ("구 분\t계\t국비\t시비\t구비\n2026년 예산(안)\t1,500,000\t500,000\t300,000\t700,000\n"
             "2025년 예산\t-\t-\t-\t-")
    r = read_laid_out(COVER + GENERAL + PLAN.format(table=table), "tab", tmp_path)
    assert [(b.name, b.budget_krw, b.budget_year, b.table_no, b.other_columns)
            for b in r.projects[0].budget_lines] == [
        ("계", 1_500_000_000, 2026, 1, {"2025년 예산": "-"}), ("국비", 500_000_000, 2026, 1, {"2025년 예산": "-"}),
        ("시비", 300_000_000, 2026, 1, {"2025년 예산": "-"}), ("구비", 700_000_000, 2026, 1, {"2025년 예산": "-"})]
    assert run_checks(r) == []


def test_a_plan_s_wrong_total_is_found():
    table = plan_as_rows(figures=("1,600,000", *PLANNED[1:]))
    r = read_laid_out_text(COVER + GENERAL + PLAN.format(table=table))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("sum.project_budget", "계", "예산액", "1,500,000천원", "1,600,000천원")]


def test_a_plan_larger_than_this_year_s_unit_or_stated_budget_is_no_contradiction():
    # the project names its 단위사업 (5,000,000 this year) and states this year's budget in its text: next year's
    # plan of 6,000,000 is compared with neither
    plan = PLAN.replace("○ 기간: 2026. 1. ~ 12.", "○ 단위사업: 청사 관리\n\n○ 예산: 1,200,000천원(구비)")
    table = plan_as_rows(figures=("6,000,000", "2,000,000", "1,000,000", "3,000,000"))
    assert run_checks(read_laid_out_text(COVER + GENERAL + plan.format(table=table))) == []


def test_a_plan_is_no_line_of_the_spent_under_30_percent_question(tmp_path):
    folder = report_folder(tmp_path, plan=COVER + GENERAL + PLAN.format(table=plan_as_rows()))
    assert invoke(tmp_path, "ingest", "--db", "r.db", str(folder)).exit_code == 0
    result = invoke(tmp_path, "query", "--db", "r.db", "--csv",
                    "SELECT p.title, b.name, b.budget_krw, b.executed_krw, b.budget_year FROM budget_lines b "
                    "JOIN projects p ON p.id = b.project_id WHERE b.budget_year = 2026")
    assert result.output.splitlines() == [
        "title,name,budget_krw,executed_krw,budget_year", "본관 청사 리모델링,계,1500000000,,2026",
        "본관 청사 리모델링,국비,500000000,,2026", "본관 청사 리모델링,시비,300000000,,2026",
        "본관 청사 리모델링,구비,700000000,,2026"]
    result = invoke(tmp_path, "query", "--db", "r.db", "--csv", "SELECT budget_krw, executed_krw, execution_rate "
                    "FROM budget_totals")
    assert result.output.splitlines() == ["budget_krw,executed_krw,execution_rate", "5000000000,4000000000,80.0"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [planned] = [q for q in regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)
                 if "coalesce(b.budget_year" in q]
    assert invoke(tmp_path, "query", "--db", "r.db", "--csv", planned).output.splitlines() == [
        "council,department,year,title,name,budget_krw", "새빛구의회,총무과,2025,본관 청사 리모델링,계,1500000000"]
    shown = invoke(tmp_path, "show", "--db", "r.db", "총무과 2025").output
    assert "2026년 예산 계: 1,500,000,000원" in shown and "2026년 예산 국비: 500,000,000원 (국비)" in shown


@pytest.mark.parametrize("evidence", [
    "구 분\t내 용\n기 간\t2026. 1. ~ 12.\n2026년 예산(안)\t1,500,000",  # an overview: no sources, no 계
    "구 분\t2026년 목표\n계\t15\n국비\t5\n시비\t3\n구비\t7",  # no budget named
])
def test_a_table_without_evidence_of_a_budget_stays_a_grid(evidence, tmp_path):
    r = read_laid_out(COVER + GENERAL + PLAN.format(table=evidence), "tab", tmp_path)
    assert r.projects[0].budget_lines == [] and len(r.tables) == 1


REVISIONS = ("구 분\t계\t국비\t시비\t구비\n"
             "본예산\t1,000,000\t400,000\t200,000\t400,000\n"
             "{first}\t1,200,000\t400,000\t300,000\t500,000\n"
             "{second}\t1,500,000\t500,000\t300,000\t700,000\n"
             "집행액\t900,000\t300,000\t200,000\t400,000\n"
             "집행률(%)\t60.0\t60.0\t66.7\t57.1")
PROJECT = (PLAN.replace("# Ⅲ. 2026년 주요업무 계획", "# Ⅱ. 주요업무 추진실적")
           .replace("2026. 1. ~ 12.", "2025. 1. ~ 12."))
REVISED = [("계", 1_500_000_000, 900_000_000, 60.0, None, None),
           ("국비", 500_000_000, 300_000_000, 60.0, "국비", None),
           ("시비", 300_000_000, 200_000_000, 66.7, "시비", None),
           ("구비", 700_000_000, 400_000_000, 57.1, "구비", None)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("first, second", [("1회 추경", "2회 추경"), ("제1회 추경예산", "제2회 추경예산"),
                                           ("1차 추경", "2차 추경"), ("추경(1회)", "추경(2회)"),
                                           ("제1회 추가경정예산", "제2회 추가경정예산"), ("1 회 추 경", "2 회 추 경")])
def test_revisions_as_rows_give_the_latest_as_the_project_s_budget(first, second, layout, tmp_path):
    r = read_laid_out(COVER + GENERAL + PROJECT.format(table=REVISIONS.format(first=first, second=second)),
                      layout, tmp_path)
    assert lines_of(r) == REVISED
    # kept by label, a letter-spaced one as its word, as a column's is
    assert r.projects[0].budget_lines[1].other_columns == {"본예산": "400,000", first.replace("1 회 추 경", "1회추경"):
                                                           "400,000"}
    assert r.tables == []
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_revisions_as_rows_give_the_latest_as_the_department_s_budget(layout, tmp_path):
    general = GENERAL.split("단위사업명")[0] + REVISIONS.format(first="1회 추경", second="2회 추경") + "\n\n"
    r = read_laid_out(COVER + general + PROJECT.format(table=plan_as_rows("예산액", PLANNED)), layout, tmp_path)
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.funding_source) for b in r.budget] == [
        line[:5] for line in REVISED]
    assert run_checks(r) == []


def test_a_letter_spaced_row_is_kept_by_its_word():
    table = REVISIONS.format(first="1회 추경", second="2회 추경").replace("본예산", "본 예 산")
    lines = read_laid_out_text(COVER + GENERAL + PROJECT.format(table=table)).projects[0].budget_lines
    assert lines[0].other_columns == {"본예산": "1,000,000", "1회 추경": "1,200,000"}


def test_revisions_as_rows_printed_latest_first_give_the_latest():
    rows = REVISIONS.format(first="1회 추경", second="2회 추경").split("\n")
    table = "\n".join([rows[0], rows[3], rows[2], rows[1], *rows[4:]])
    assert lines_of(read_laid_out_text(COVER + GENERAL + PROJECT.format(table=table))) == REVISED


def test_revisions_as_rows_are_checked_as_the_columns_form():
    # the 2회 추경's 계 off the sources' sum, and 국비's 집행률 off its figures: each on its row, in the order printed
    table = (REVISIONS.format(first="1회 추경", second="2회 추경").replace("\t1,500,000\t", "\t1,600,000\t")
             .replace("60.0\t60.0\t66.7", "56.3\t61.0\t66.7"))
    r = read_laid_out_text(COVER + GENERAL + PROJECT.format(table=table))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("sum.project_budget", "계", "예산액", "1,500,000천원", "1,600,000천원"),
        ("rate", "국비", "집행률(%)", "60.0", "61.0")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_plan_of_details_under_a_caption_of_the_budget_is_read_and_summed(layout, tmp_path):
    table = "세부내역\t2026년 예산(안)\n계\t1,500,000\n승강기 교체\t1,000,000\n외벽 보수\t600,000"
    r = read_laid_out(COVER + GENERAL + PLAN.format(table=table), layout, tmp_path)
    assert [(b.name, b.budget_krw, b.budget_year) for b in r.projects[0].budget_lines] == [
        ("계", 1_500_000_000, 2026), ("승강기 교체", 1_000_000_000, 2026), ("외벽 보수", 600_000_000, 2026)]
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("sum.project_budget", "계", "예산액", "1,600,000천원", "1,500,000천원")]


DETAILS = "세부내역\t{label}\n계\t1,500,000\n승강기 교체\t1,000,000\n외벽 보수\t500,000"


@pytest.mark.parametrize("caption", ["□ 추진계획", "□ 주민참여예산 사업 현황", "□ 총사업비"])
@pytest.mark.parametrize("label", ["2026년 예산(안)", "2025년 예산"])
def test_lines_under_another_caption_stay_a_grid(caption, label):
    # a plan of details is a budget only under a caption of the budget alone (`□ 총사업비` is over the years)
    table = DETAILS.format(label=label)
    r = read_laid_out_text(COVER + GENERAL + PLAN.replace("□ 소요예산", caption).format(table=table))
    assert r.projects[0].budget_lines == [] and len(r.tables) == 1


def test_lines_naming_no_year_stay_a_grid():
    # `예산액` alone under `□ 소요예산` might be another subject's figures: the year names the lines a budget
    r = read_laid_out_text(COVER + GENERAL + PLAN.format(table=DETAILS.format(label="예산액")))
    assert r.projects[0].budget_lines == [] and len(r.tables) == 1


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("caption", ["□ 소요예산", "□ 2026년 예산(안)", "□ 사업비", "□ 예산", "□ 소요사업비"])
@pytest.mark.parametrize("label, year", [("2026년 예산(안)", 2026), ("2025년 예산", None)])
def test_lines_under_a_caption_of_the_budget_are_the_project_s_budget_of_the_year_named(
        caption, label, year, layout, tmp_path):
    # before, `□ 사업비` kept a grid, and so did any caption over lines of the report's year (`2025년 예산`)
    text = COVER + GENERAL + PLAN.replace("□ 소요예산", caption).format(table=DETAILS.format(label=label))
    r = read_laid_out(text, layout, tmp_path)
    assert [(b.name, b.budget_krw, b.budget_year) for b in r.projects[0].budget_lines] == [
        ("계", 1_500_000_000, year), ("승강기 교체", 1_000_000_000, year), ("외벽 보수", 500_000_000, year)]
    assert r.tables == [] and run_checks(r) == []


BOTH_YEARS = ("구 분\t2025년 예산\t2026년 예산(안)\t증 감\n계\t1,200,000\t1,500,000\t300,000\n"
              "승강기 교체\t800,000\t1,000,000\t200,000\n외벽 보수\t400,000\t500,000\t100,000")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("next_first", [False, True])
def test_lines_of_both_years_give_the_report_s_year_and_the_plan_s(next_first, layout, tmp_path):
    # before, a grid where the report's year's column came first (the first 예산 column was asked for its year);
    # then the plan kept beside alone, no line of 2026
    table = BOTH_YEARS
    if next_first:
        table = "\n".join("\t".join([cells[0], cells[2], cells[1], cells[3]])
                          for cells in (row.split("\t") for row in table.split("\n")))
    r = read_laid_out(COVER + GENERAL + PLAN.format(table=table), layout, tmp_path)
    assert [(b.name, b.budget_krw, b.budget_year, b.table_no, b.other_columns)
            for b in r.projects[0].budget_lines] == [
        ("계", 1_200_000_000, None, 1, {"2026년 예산(안)": "1,500,000", "증감": "300,000"}),
        ("승강기 교체", 800_000_000, None, 1, {"2026년 예산(안)": "1,000,000", "증감": "200,000"}),
        ("외벽 보수", 400_000_000, None, 1, {"2026년 예산(안)": "500,000", "증감": "100,000"}),
        ("계", 1_500_000_000, 2026, 2, None), ("승강기 교체", 1_000_000_000, 2026, 2, None),
        ("외벽 보수", 500_000_000, 2026, 2, None)]
    assert r.tables == [] and run_checks(r) == []


def test_a_wrong_plan_total_beside_the_year_s_is_found_once():
    # the plan's 계 (1,600,000 for 1,500,000) is checked among the year's table's columns, not again as its lines
    table = BOTH_YEARS.replace("계\t1,200,000\t1,500,000\t300,000", "계\t1,200,000\t1,600,000\t300,000")
    r = read_laid_out_text(COVER + GENERAL + PLAN.format(table=table))
    assert [(f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("sum.project_budget", "Ⅲ 2026년 주요업무 계획 1. 본관 청사 리모델링 예산현황", "계", "2026년 예산(안)",
         "1,500,000천원", "1,600,000천원")]


def test_a_new_project_printing_dashes_for_the_report_s_year_has_the_plan_s_lines_alone(tmp_path):
    # `구 분 | 2026년 예산(안) | 2025년 예산 | 증감`: before, lines of 2025 with a budget of 0
    table = ("구 분\t2026년 예산(안)\t2025년 예산\t증 감\n계\t1,500,000\t-\t1,500,000\n"
             "승강기 교체\t1,000,000\t-\t1,000,000\n외벽 보수\t500,000\t-\t500,000")
    r = read_laid_out_text(COVER + GENERAL + PLAN.format(table=table))
    assert [(b.name, b.budget_krw, b.budget_year, b.table_no, b.other_columns)
            for b in r.projects[0].budget_lines] == [
        ("계", 1_500_000_000, 2026, 1, {"2025년 예산": "-", "증감": "1,500,000"}),
        ("승강기 교체", 1_000_000_000, 2026, 1, {"2025년 예산": "-", "증감": "1,000,000"}),
        ("외벽 보수", 500_000_000, 2026, 1, {"2025년 예산": "-", "증감": "500,000"})]
    assert run_checks(r) == []


def test_lines_of_the_report_s_year_are_checked_against_the_unit_and_the_text():
    # this year's lines (5,600,000) over the 단위사업 the project names (5,000,000), and off the text's budget
    plan = PLAN.replace("○ 기간: 2026. 1. ~ 12.", "○ 단위사업: 청사 관리\n\n○ 예산: 5,500,000천원")
    table = "세부내역\t2025년 예산\n계\t5,600,000\n승강기 교체\t5,000,000\n외벽 보수\t600,000"
    r = read_laid_out_text(COVER + GENERAL + plan.format(table=table))
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(r)] == [
        ("cross.project_budget", "계", "5,500,000천원", "5,600,000천원"),
        ("cross.project_over_unit", "청사 관리", "≤ 5,000,000천원", "5,600,000천원")]


@pytest.mark.parametrize("header, budget, year, other", [
    ("구 분\t2025년\t2026년(안)", "1,200,000\t1,500,000", None, {"2026년(안) 예산액": "1,500,000"}),
    ("구 분\t2026년(안)", "1,500,000", 2026, None),
    ("구 분\t2026년", "1,500,000", 2026, None),
])
def test_years_as_columns_give_the_year_of_the_column_read(header, budget, year, other):
    r = read_laid_out_text(COVER + GENERAL + PLAN.format(table=f"{header}\n예산액\t{budget}"))
    # and a plan's column beside the report's year's gives the plan's line too
    planned = [("계", 1_500_000_000, 2026, None)] if year is None else []
    assert [(b.name, b.budget_krw, b.budget_year, b.other_columns) for b in r.projects[0].budget_lines] == [
        ("계", 1_200_000_000 if year is None else 1_500_000_000, year, other), *planned]


@pytest.mark.parametrize("header, budget, other", [
    ("구 분\t2025년\t2026년(안)", "-\t1,500,000", {"2025년 예산액": "-"}),
    ("구 분\t2025년\t2026년(안)\t증 감", "-\t1,500,000\t1,500,000", {"2025년 예산액": "-", "증감 예산액": "1,500,000"}),
])
def test_years_as_columns_of_a_new_project_give_the_plan_s_line_alone(header, budget, other):
    # before, a 2025 line of 0 with the plan beside, and the plan's line after it
    r = read_laid_out_text(COVER + GENERAL + PLAN.format(table=f"{header}\n예산액\t{budget}"))
    assert [(b.name, b.budget_krw, b.budget_year, b.table_no, b.other_columns)
            for b in r.projects[0].budget_lines] == [("계", 1_500_000_000, 2026, 1, other)]
    assert run_checks(r) == []


def test_the_department_s_plan_of_next_year_gives_its_year(tmp_path):
    general = GENERAL.replace("단위사업명\t예산액\t집행액\t집행률(%)\n계\t5,000,000\t4,000,000\t80.0\n"
                              "청사 관리\t5,000,000\t4,000,000\t80.0",
                              "단위사업명\t2026년 예산(안)\n계\t5,500,000\n청사 관리\t5,500,000")
    r = read_laid_out_text(COVER + general)
    assert [(b.name, b.budget_krw, b.executed_krw, b.budget_year) for b in r.budget] == [
        ("계", 5_500_000_000, None, 2026), ("청사 관리", 5_500_000_000, None, 2026)]
    assert run_checks(r) == []


def test_the_department_s_plan_beside_its_year_s_table_is_no_repeated_line():
    plan = ("\n\n□ 2026년 예산(안)\n\n(단위: 천원)\n\n단위사업명\t2026년 예산(안)\n"
            "계\t5,500,000\n청사 관리\t5,500,000\n\n")
    r = read_laid_out_text(COVER + GENERAL + plan)
    assert [(b.name, b.budget_krw, b.table_no, b.budget_year) for b in r.budget] == [
        ("계", 5_000_000_000, 1, None), ("청사 관리", 5_000_000_000, 1, None),
        ("계", 5_500_000_000, 2, 2026), ("청사 관리", 5_500_000_000, 2, 2026)]
    assert run_checks(r) == []


STATED_NEXT_YEAR = ["○ 사업비 : 1,500,000천원(2026년)", "○ 2026년 예산(안) : 1,500,000천원", "○ 예산: 15억원(’26년)",
                    "○ 2026년도 예산안 : 1,500,000천원(구비)", "○ 예산: 1,500,000천원(2026년)"]


def stating(stated, table=None):
    """The plan, its overview stating `stated` (and naming its 단위사업), with the budget table `table` or none."""
    plan = PLAN.replace("○ 기간: 2026. 1. ~ 12.", f"○ 단위사업: 청사 관리\n\n{stated}")
    return plan.split("□ 소요예산")[0] if table is None else plan.format(table=table)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("stated", STATED_NEXT_YEAR)
def test_a_budget_the_text_states_for_next_year_is_compared_with_the_plan_of_that_year(stated, layout, tmp_path):
    # before, such a text was not read: a plan's table off it was not found
    r = read_laid_out(COVER + GENERAL + stating(stated, plan_as_rows()), layout, tmp_path)
    assert run_checks(r) == []
    wrong = plan_as_rows(figures=("1,600,000", "500,000", "400,000", "700,000"))
    r = read_laid_out(COVER + GENERAL + stating(stated, wrong), layout, tmp_path)
    in_text = "15억원" if "15억원" in stated else "1,500,000천원"
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("cross.project_budget", "계", "예산액", in_text, "1,600,000천원")]


@pytest.mark.parametrize("stated", STATED_NEXT_YEAR)
def test_a_budget_the_text_states_for_next_year_is_not_compared_with_this_year_s_table(stated):
    table = plan_as_rows("2025년 예산", ("1,200,000", "400,000", "300,000", "500,000"))
    r = read_laid_out_text(COVER + GENERAL + stating(stated, table))
    assert [(b.name, b.budget_year) for b in r.projects[0].budget_lines][:1] == [("계", None)]
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("stated", STATED_NEXT_YEAR)
def test_a_budget_the_text_states_for_next_year_alone_is_the_project_s_of_that_year(stated, layout, tmp_path):
    r = read_laid_out(COVER + GENERAL + stating(stated), layout, tmp_path)
    name = "구비" if "(구비)" in stated else "계"
    assert [(b.name, b.budget_krw, b.budget_year) for b in r.projects[0].budget_lines] == [
        (name, 1_500_000_000, 2026)]
    assert run_checks(r) == []  # this year's 단위사업 (5,000,000) is another year's


PLANNED_UNITS = ("\n□ 2026년 예산(안)\n\n(단위: 천원)\n\n단위사업명\t2026년 예산(안)\n"
                 "계\t1,400,000\n청사 관리\t1,400,000\n\n")


@pytest.mark.parametrize("stated", STATED_NEXT_YEAR)
def test_a_budget_the_text_states_for_next_year_is_compared_with_that_year_s_unit(stated):
    r = read_laid_out_text(COVER + GENERAL + PLANNED_UNITS + stating(stated))
    in_text = "15억원" if "15억원" in stated else "1,500,000천원"
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(r)] == [
        ("cross.project_over_unit", "청사 관리", "≤ 1,400,000천원", in_text)]


@pytest.mark.parametrize("stated", ["○ 예산(안) : 1,500,000천원", "○ 사업비 : 1,500,000천원",
                                    "○ 총사업비 : 1,500,000천원(2026년)", "○ 사업비 : 4,500,000천원(2026~2028년)"])
def test_a_draft_or_a_cost_naming_no_one_year_is_no_budget(stated):
    # of which year a draft is, and whether a 사업비 is the project's over its years, the text does not say
    r = read_laid_out_text(COVER + GENERAL + stating(stated))
    assert r.projects[0].budget_lines == []


@pytest.mark.parametrize("first, second", [
    ("○ 예산: 1,200,000천원(2025년)", "○ 2026년 예산(안) : 1,500,000천원"),
    ("○ 2026년 예산(안) : 1,500,000천원", "○ 예산: 1,200,000천원"),
])
def test_budgets_of_two_years_are_each_compared_with_its_year_s(first, second):
    stated = f"{first}\n\n{second}"
    r = read_laid_out_text(COVER + GENERAL + stating(stated))
    assert [(b.name, b.budget_krw, b.budget_year) for b in r.projects[0].budget_lines] == [
        ("계", 1_200_000_000, None)]  # alone, the report's year's is the project's
    this_year = plan_as_rows("2025년 예산", ("1,300,000", "400,000", "300,000", "600,000"))
    next_year = plan_as_rows(figures=("1,600,000", "500,000", "400,000", "700,000"))
    for table, expected in ((this_year, "1,200,000천원"), (next_year, "1,500,000천원")):
        r = read_laid_out_text(COVER + GENERAL + stating(stated, table))
        assert [(f.rule, f.expected) for f in run_checks(r)] == [("cross.project_budget", expected)]


# 국비 printing `-` for 2025 beside the others' figures, the fields as columns or as rows: before, a 2025 line of 0
# beside the 2026 line; its 증감 is still checked with the year's
NEW_SOURCE_TABLES = {
    "columns": ("구 분\t2026년 예산(안)\t2025년 예산\t증 감\n계\t1,500,000\t800,000\t700,000\n"
                "국비\t500,000\t-\t500,000\n시비\t300,000\t300,000\t-\n구비\t700,000\t500,000\t200,000",
                ("국비\t500,000\t-\t500,000", "국비\t500,000\t-\t600,000")),
    "rows": ("구 분\t계\t국비\t시비\t구비\n2026년 예산(안)\t1,500,000\t500,000\t300,000\t700,000\n"
             "2025년 예산\t800,000\t-\t300,000\t500,000\n증 감\t700,000\t500,000\t-\t200,000",
             ("증 감\t700,000\t500,000", "증 감\t700,000\t600,000")),
}


@pytest.mark.parametrize("fields_as", NEW_SOURCE_TABLES)
def test_a_source_new_in_the_plan_has_the_plan_s_line_alone(fields_as):
    table, (right, wrong) = NEW_SOURCE_TABLES[fields_as]
    r = read_laid_out_text(COVER + GENERAL + PLAN.format(table=table))
    assert [(b.name, b.budget_krw, b.budget_year, b.table_no, b.other_columns)
            for b in r.projects[0].budget_lines] == [
        ("계", 800_000_000, None, 1, {"2026년 예산(안)": "1,500,000", "증감": "700,000"}),
        ("시비", 300_000_000, None, 1, {"2026년 예산(안)": "300,000", "증감": "-"}),
        ("구비", 500_000_000, None, 1, {"2026년 예산(안)": "700,000", "증감": "200,000"}),
        ("계", 1_500_000_000, 2026, 2, None), ("국비", 500_000_000, 2026, 2, {"2025년 예산": "-", "증감": "500,000"}),
        ("시비", 300_000_000, 2026, 2, None), ("구비", 700_000_000, 2026, 2, None)]
    assert run_checks(r) == []
    wrong_table = table.replace(right, wrong)
    assert [(f.rule, f.row, f.column, f.expected, f.actual)
            for f in run_checks(read_laid_out_text(COVER + GENERAL + PLAN.format(table=wrong_table)))] == [
        ("sum.project_budget", "국비", "증감", "500,000천원", "600,000천원")]
