"""Space-aligned tables whose header underlines a merged label with a typed rule (`─────` under `일 반 직`, on the
line of `구 분  계` or a line of its own; `━━ 일 반 직 ━━`), as text typed or converted with box characters prints
it: the rule marks the label's span and is no label. Before, the grades under it were its class (`─────` 5급)
or its label's (`━━━━일반직━━━━`), and a budget's sources under `예 산 액` were the rule's."""

import pytest

from checks import run_checks
from extractors import extract_report
from tests.layouts import read_first_part, tables_of

COVER = "제296회 한빛구의회 제1차 정례회\n\n# 2024년 주요업무 보고\n\n## 일자리경제과\n\n# Ⅰ. 일반현황\n\n"


def read_body(body: str):
    document = read_first_part(COVER, body)
    report = extract_report(document)
    return tables_of(document), report, run_checks(report)


ROWS = """\
     정  원    27     1     6     9     5          4         2
     현  원    26     1     6     8     5          4         2
"""
HEADERS = {
    "rule beside the corner": """\
                       일 반 직                  공무직    기간제
     구  분    계    ─────────────────────
                     5급   6급   7급   8급
""",
    "rule on a line of its own": """\
     구  분    계          일 반 직              공무직    기간제
                     ─────────────────────
                     5급   6급   7급   8급
""",
    "label between rules": """\
     구  분    계    ━━━━ 일 반 직 ━━━━      공무직    기간제
                     5급   6급   7급   8급
""",
    "double rule": """\
     구  분    계          일 반 직              공무직    기간제
                     ═════════════════════
                     5급   6급   7급   8급
""",
}


@pytest.mark.parametrize("header", HEADERS.values(), ids=HEADERS.keys())
def test_a_rule_under_a_merged_class_is_no_class(header):
    _, report, findings = read_body("   2. 인    력\n" + header + ROWS)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "현원"] == [
        ("계", "계", 26), ("일반직", "5급", 1), ("일반직", "6급", 6), ("일반직", "7급", 8), ("일반직", "8급", 5),
        ("공무직", "계", 4), ("기간제", "계", 2)]
    assert [f for f in findings if f.severity == "error"] == []


SUBSIDIES = """\
   4. 보조금 현황
                                                         (단위 : 천원)
     사 업 명                  예 산 액                    비  고
                     ─────────────────────────
                       계       국비      시비      구비
     통신망 구축     900,000   420,000   180,000   300,000    계속
     대피시설 정비   320,000         -   120,000   200,000    신규
"""


@pytest.mark.parametrize("rule", ["─" * 25, "━" * 25, "═" * 25, "──────  ──────"])
def test_a_rule_under_a_merged_amount_leaves_its_sources_under_it(rule):
    tables, _, _ = read_body(SUBSIDIES.replace("─" * 25, rule))
    assert tables[0].rows[:3] == (("사 업 명", "예 산 액", "", "", "", "비 고"), ("", "계", "국비", "시비", "구비", ""),
                                  ("통신망 구축", "900,000", "420,000", "180,000", "300,000", "계속"))


TWO_TABLES = """\
   2. 민원 처리 및 인력 현황
     구  분           계          7월     8월
     제증명 발급      18,400      9,200   9,200
     전입신고         1,240       620     620
     {rule}
     구  분           인원        비고
     총무팀           5           상근
     민원팀           4           상근
"""


@pytest.mark.parametrize("rule", ["─" * 38, "━" * 38])
def test_a_rule_under_figures_over_another_tables_header_parts_the_two(rule):
    # before, the rule was the first table's and the second's header one of its rows
    tables, _, _ = read_body(TWO_TABLES.format(rule=rule))
    assert [table.rows[0] for table in tables] == [("구 분", "계", "7월", "8월"), ("구 분", "인원", "비고")]


def test_a_rule_over_a_total_row_keeps_it_in_the_table():
    total = "     합  계           19,640      9,820   9,820\n"
    body = TWO_TABLES.split("     {rule}")[0] + "     " + "─" * 38 + "\n" + total
    tables, _, findings = read_body(body)
    assert tables[0].rows[-1] == ("합 계", "19,640", "9,820", "9,820")
    assert [f.rule for f in findings if f.severity == "error"] == []
