"""Funding columns printed under a group label (`예 산 액` over `계 | 국비 | 시비 | 구비`, `재 원 별` over the
sources, `집 행 액` over its own), the common two-row way reports print 재원: each group's sources add up to the
group's figure, in a tab-separated, markdown or HTML table."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제301회 한빛구의회 제1차 정례회\n2025. 6. 10. ~ 6. 24.\n2025년 주요업무 보고\n도 시 계 획 과\n"
HEAD = "Ⅰ. 일반현황\n1. 예산현황\n(단위: 천원)\n"
# 도시계획 수립's 구비 is {gubi}: 334,567 adds up to its 예산액 1,234,567, 334,576 does not (nor the 계's 구비)
ROWS = (("계", "3,456,789", "500,000", "1,200,000", "1,756,789", "1,234,567", "35.7"),
        ("도시계획 수립", "1,234,567", "500,000", "400,000", "{gubi}", "456,789", "37.0"),
        ("도시경관 관리", "2,100,000", "-", "800,000", "1,300,000", "765,432", "36.4"),
        ("기본경비", "122,222", "-", "-", "122,222", "12,346", "10.1"))


def tab_table(header: str) -> str:
    return HEAD + header + "".join("\t".join(row) + "\n" for row in ROWS)


BUDGET_GROUP = "단위사업명\t예 산 액\t\t\t\t집행액\t집행률(%)\n\t계\t국비\t시비\t구비\t\t\n"
MARKDOWN = (HEAD + "| 단위사업명 | 예 산 액 | | | | 집행액 | 집행률(%) |\n|---|---|---|---|---|---|---|\n"
            "| | 계 | 국비 | 시비 | 구비 | | |\n" + "".join(f"| {' | '.join(row)} |\n" for row in ROWS))
HTML = (HEAD + '<table>\n<tr><th rowspan="2">단위사업명</th><th colspan="4">예 산 액</th><th rowspan="2">집행액</th>'
        '<th rowspan="2">집행률(%)</th></tr>\n<tr><th>계</th><th>국비</th><th>시비</th><th>구비</th></tr>\n'
        + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in ROWS) + "</table>\n")
JAEWON_GROUP = "단위사업명\t예산액\t재 원 별\t\t\t집행액\t집행률(%)\n\t\t국비\t시비\t구비\t\t\n"
FLAT = "단위사업명\t예산액\t국비\t시비\t구비\t집행액\t집행률(%)\n"


def report(body: str, name: str = "t.txt"):
    return extract_report(read_text(name, (COVER + body).encode()))


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize(("table", "name", "group"), [
    (tab_table(BUDGET_GROUP), "t.txt", "예산액"), (MARKDOWN, "t.md", "예산액"), (HTML, "t.md", "예산액"),
    (tab_table(JAEWON_GROUP), "t.txt", "재원별"), (tab_table(FLAT), "t.txt", None)])
def test_a_lines_sources_under_a_group_label_add_up_to_its_budget(table, name, group):
    consistent = report(table.replace("{gubi}", "334,567"), name)
    assert found(consistent) == []
    planted = report(table.replace("{gubi}", "334,576"), name)
    gubi = f"{group} 구비" if group else "구비"
    # the source alone, whose right figure makes its line's 예산액 and the 계's column add up (before, those two)
    assert found(planted) == [("sum.funding", "도시계획 수립", gubi, "334,567천원", "334,576천원")]


# 집 행 액 split by source as well: 도시계획 수립's 구비 of it is {gubi}, 156,789 adds up to its 456,789
EXECUTED_GROUP = (HEAD + "단위사업명\t예 산 액\t\t\t\t집 행 액\t\t\t\t집행률(%)\n"
                  "\t계\t국비\t시비\t구비\t계\t국비\t시비\t구비\t\n"
                  "계\t3,456,789\t500,000\t1,200,000\t1,756,789\t1,234,567\t200,000\t400,000\t634,567\t35.7\n"
                  "도시계획 수립\t1,234,567\t500,000\t400,000\t334,567\t456,789\t200,000\t100,000\t{gubi}\t37.0\n"
                  "도시경관 관리\t2,100,000\t-\t800,000\t1,300,000\t765,432\t-\t300,000\t465,432\t36.4\n"
                  "기본경비\t122,222\t-\t-\t122,222\t12,346\t-\t-\t12,346\t10.1\n")


@pytest.mark.parametrize("source", ["구비", "특별교부세"])  # a grant's kind is read as the group's too
def test_the_sources_of_the_executed_add_up_to_the_executed_not_to_the_budget(source):
    table = EXECUTED_GROUP.replace("\t구비\t", f"\t{source}\t")
    assert found(report(table.replace("{gubi}", "156,789"))) == []
    assert found(report(table.replace("{gubi}", "156,798"))) == [
        ("sum.funding", "도시계획 수립", f"집행액 {source}", "156,789천원", "156,798천원")]


# last year's 예산액 split by source beside this year's: its sources add up to its own 계, not to the 예산액
PREVIOUS_GROUP = (HEAD + "단위사업명\t전년도 예산액\t\t\t예 산 액\t\t\t\t집행액\t집행률(%)\n"
                  "\t계\t국비\t시비\t계\t국비\t시비\t구비\t\t\n"
                  "계\t3,000,000\t500,000\t2,500,000\t3,456,789\t500,000\t1,200,000\t1,756,789\t1,234,567\t35.7\n"
                  "도시계획 수립\t1,000,000\t500,000\t{prev}\t1,234,567\t500,000\t400,000\t334,567\t456,789\t37.0\n"
                  "도시경관 관리\t1,900,000\t-\t1,900,000\t2,100,000\t-\t800,000\t1,300,000\t765,432\t36.4\n"
                  "기본경비\t100,000\t-\t100,000\t122,222\t-\t-\t122,222\t12,346\t10.1\n")


def test_the_sources_of_last_years_budget_add_up_to_its_own_total():
    assert found(report(PREVIOUS_GROUP.replace("{prev}", "500,000"))) == []
    assert found(report(PREVIOUS_GROUP.replace("{prev}", "600,000"))) == [
        ("sum.funding", "도시계획 수립", "전년도 예산액 시비", "500,000천원", "600,000천원")]


# a project whose 사업개요 states its budget split by source ({split}) beside its budget table, which prints
# 국비 500,000 and 시비 400,000
PROJECT = ("Ⅱ. 주요업무 추진실적\n① 2030 도시기본계획 재정비 (도시계획팀)\n도시기본계획을 재정비하고자 함\n"
           "□ 사업개요\n- 단위사업: 도시계획 수립\n- 예산: {split}\n□ 주요 추진실적\n- 기초조사 용역 착수: 3월\n"
           "□ 예산현황\n(단위: 천원)\n{table}")
SOURCES = ("구 분\t예산액\t집행액\t집행률(%)\n계\t900,000\t300,000\t33.3\n국비\t500,000\t200,000\t40.0\n"
           "시비\t400,000\t100,000\t25.0\n")


@pytest.mark.parametrize(("split", "expected"), [
    ("900,000천원(국비 500,000, 시비 400,000)", []),
    ("9억원(국비 5억원, 시비 4억원)", []),
    ("900,000천원(국비)", []),
    ("900,000천원(국비 550,000, 시비 350,000)",
     [("cross.project_budget", "국비", "예산액", "550,000천원", "500,000천원"),
      ("cross.project_budget", "시비", "예산액", "350,000천원", "400,000천원")]),
    ("1,000,000천원(국비 500,000, 시비 500,000)",
     [("cross.project_budget", "계", "예산액", "1,000,000천원", "900,000천원"),
      ("cross.project_budget", "시비", "예산액", "500,000천원", "400,000천원")]),
])
def test_the_split_by_source_a_project_states_is_its_tables(split, expected):
    r = report(tab_table(FLAT).replace("{gubi}", "334,567") + PROJECT.format(split=split, table=SOURCES))
    assert found(r) == expected


def test_a_stated_source_is_not_compared_with_a_detail_line_funded_from_it():
    table = ("구분\t세부내역\t예산액\t집행액\n계\t\t900,000\t300,000\n국비\t기초조사\t300,000\t100,000\n"
             "국비\t자문\t200,000\t100,000\n시비\t용역\t400,000\t100,000\n")
    r = report(tab_table(FLAT).replace("{gubi}", "334,567")
               + PROJECT.format(split="900,000천원(국비 500,000, 시비 400,000)", table=table))
    assert [(b.name, b.funding_source) for b in r.projects[0].budget_lines] == [
        ("계", None), ("기초조사", "국비"), ("자문", "국비"), ("용역", "시비")]
    assert found(r) == []


def markdown_of(table: str) -> str:
    """A tab-separated table after `HEAD` as a markdown one, its header's two rows kept as rows."""
    rows = [line.split("\t") for line in table.removeprefix(HEAD).splitlines()]
    lines = [f"| {' | '.join(row)} |" for row in rows]
    return HEAD + "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]) + "\n"


@pytest.mark.parametrize("layout", ["tab", "markdown"])
@pytest.mark.parametrize("total", ["계(A)", "계 (A)", "합 계(A)", "소계(A+B)", "계（A）", "계[A]", "계①"])
def test_last_years_total_printed_with_a_formula_mark_is_what_its_sources_add_up_to(total, layout):
    """Before, `전년도 예산액` over `계(A) | 국비 | 시비` was split against this year's 예산액 (its own 계 was matched
    only as `계`), where most lines did not add up, so a wrong source went unreported."""
    table = PREVIOUS_GROUP.replace("\t계\t국비\t시비\t계\t", f"\t{total}\t국비\t시비\t계(A)\t")
    table, name = (markdown_of(table), "t.md") if layout == "markdown" else (table, "t.txt")
    consistent = report(table.replace("{prev}", "500,000"), name)
    (line,) = [line for line in consistent.budget if line.name == "도시계획 수립"]
    own = f"전년도 예산액 {total.replace('（', '(').replace('）', ')')}"
    assert (line.budget_krw, line.other_columns[own]) == (1_234_567_000, "1,000,000")
    assert found(consistent) == []
    assert found(report(table.replace("{prev}", "600,000"), name)) == [
        ("sum.funding", "도시계획 수립", "전년도 예산액 시비", "500,000천원", "600,000천원")]


@pytest.mark.parametrize("total", ["계(A)", "계 (A)", "합 계(A)"])
def test_this_years_total_printed_with_a_formula_mark_is_its_budget(total):
    table = tab_table(BUDGET_GROUP.replace("\t계\t국비", f"\t{total}\t국비"))
    assert found(report(table.replace("{gubi}", "334,567"))) == []
    assert found(report(table.replace("{gubi}", "334,576"))) == [
        ("sum.funding", "도시계획 수립", "예산액 구비", "334,567천원", "334,576천원")]
