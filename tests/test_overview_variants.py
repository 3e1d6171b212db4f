"""A project's overview as departments print it beyond the samples: fields as `□` headings of their own, the
budget as a line of text, the 단위사업 named in other spellings or beside the title."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제290회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n재무과\n\n"


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + body).encode()))


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


def items(project):
    return [(item.heading, item.text, item.start_month, item.end_month, item.amount_krw) for item in project.items]


def budget(project):
    return [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.funding_source, b.unit, b.source.line)
            for b in project.budget_lines]


def unit_table(*lines: str) -> str:
    return ("Ⅰ. 일반현황\n\n4. 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n" + "\n".join(lines)
            + "\n\nⅡ. 주요업무 추진실적\n\n")


BOX_FIELDS = unit_table("계\t900,000\t300,000\t33.3", "공유재산 관리\t900,000\t300,000\t33.3") + (
    "① 공유재산 효율적 관리 (재산관리팀)\n\n공유재산을 효율적으로 관리하여 재정수입을 늘리고자 함\n\n"
    "□ 기    간 : 2025. 1. ~ 12.\n□ 대    상 : 공유재산 토지 1,240필지, 건물 86동\n"
    "□ 예    산 : 1,100,000천원(구비)\n□ 단위사업 : 공유재산 관리\n□ 추진실적\n"
    "  ○ 공유재산 실태조사 : 3월~5월 / 1,240필지\n\n"
    "□ 예산현황 (단위: 천원)\n\n예산액\t집행액\t집행률(%)\n1,100,000(구비)\t300,000(구비)\t27.3\n")


def test_overview_fields_printed_as_box_headings_are_the_overview_items():
    """`□ 기 간 : …` gives the project a field each, as `○ 기간: …` under `□ 사업개요` would: nothing printed is
    lost, and the 단위사업 it names is read."""
    r = report(BOX_FIELDS)
    project = r.projects[0]
    assert items(project) == [
        ("사업개요", "기 간 : 2025. 1. ~ 12.", 1, 12, None),
        ("사업개요", "대 상 : 공유재산 토지 1,240필지, 건물 86동", None, None, None),
        ("사업개요", "예 산 : 1,100,000천원(구비)", None, None, 1_100_000_000),
        ("사업개요", "단위사업 : 공유재산 관리", None, None, None),
        ("추진실적", "공유재산 실태조사 : 3월~5월 / 1,240필지", 3, 5, None)]
    assert project.unit_name == "공유재산 관리"
    assert budget(project) == [("구비", 1_100_000_000, 300_000_000, 27.3, "구비", "천원", 35)]
    assert found(r) == [("cross.project_over_unit", "공유재산 관리", "예산액", "≤ 900,000천원", "1,100,000천원")]


def test_a_field_heading_named_as_a_part_is_that_part():
    """`□ 예산현황 : …` is the 예산현황 part, its text the item; the budget it states is the project's."""
    r = report(unit_table("계\t2,000,000\t900,000\t45.0", "음식물 자원화\t2,000,000\t900,000\t45.0") + (
        "① 음식물 폐기물 자원화 (자원순환팀)\n\n음식물 폐기물을 자원화하고자 함\n\n"
        "□ 단위사업 : 음식물 자원화\n\n"
        "□ 예산현황 : 2,400,000천원(국 800,000 시 400,000 구 1,200,000), 집행 900,000천원(37.5%)\n"))
    project = r.projects[0]
    assert items(project)[1:] == [
        ("예산현황", "예산현황 : 2,400,000천원(국 800,000 시 400,000 구 1,200,000), 집행 900,000천원(37.5%)",
         None, None, None)]  # a budget and a spending figure: the item's amount is neither (its budget lines hold them)
    assert budget(project) == [("계", 2_400_000_000, 900_000_000, 37.5, None, "천원", 27),
                               ("국비", 800_000_000, None, None, "국비", "천원", 27),
                               ("시비", 400_000_000, None, None, "시비", "천원", 27),
                               ("구비", 1_200_000_000, None, None, "구비", "천원", 27)]
    assert found(r) == [("cross.project_over_unit", "음식물 자원화", "예산액", "≤ 2,000,000천원", "2,400,000천원")]


def test_a_project_budget_printed_as_a_line_is_its_budget():
    """`○ 예산액 : 1,000,000천원(구비) / 집행액 : 450,000천원 (45.0%)` reads as the table `1,000,000(구비)` would, so
    the cross checks run on it."""
    r = report(unit_table("계\t3,000,000\t1,300,000\t43.3", "재활용 활성화\t1,000,000\t400,000\t40.0",
                          "음식물 자원화\t2,000,000\t900,000\t45.0") + (
        "① 재활용 분리배출 활성화 (자원순환팀)\n\n재활용률을 높이고자 함\n\n"
        "□ 주요 추진실적\n\n○ 재활용 정거장 운영 : 연중 / 45개소\n\n"
        "□ 예산현황\n\n○ 예산액 : 1,000,000천원(구비) / 집행액 : 450,000천원 (45.0%)\n"))
    assert budget(r.projects[0]) == [("구비", 1_000_000_000, 450_000_000, 45.0, "구비", "천원", 32)]
    assert found(r) == [("cross.executed", "재활용 활성화", "집행액", "400,000천원", "450,000천원")]


@pytest.mark.parametrize("rate", ["(45.0%)", "(집행률 45.0%)", "(집행률 : 45.0%)", "(집행 45.0%)"])
def test_a_rate_named_in_the_brackets_after_the_spending_is_its_rate(rate):
    """Before, `(집행률 45.0%)` was no rate: the line was named and funded `집행률45.0%`, its rate unchecked."""
    r = report(unit_table("계\t1,000,000\t400,000\t40.0", "재활용 활성화\t1,000,000\t400,000\t40.0") + (
        "① 재활용 분리배출 활성화 (자원순환팀)\n\n재활용률을 높이고자 함\n\n"
        f"□ 사업개요\n\n- 예산액 : 1,000,000천원, 집행액 : 400,000천원{rate}\n"))
    assert budget(r.projects[0]) == [("계", 1_000_000_000, 400_000_000, 45.0, None, "천원", 27)]
    assert found(r) == [("rate", "계", "집행률(%)", "40.0", "45.0")]


def test_a_project_budget_stated_only_in_its_overview_is_checked_against_its_unit():
    """`예산: 400,000천원(구비)` with no budget table is the project's budget line; above its 단위사업 it warns."""
    r = report(unit_table("계\t300,000\t100,000\t33.3", "지방세 부과 관리\t300,000\t100,000\t33.3") + (
        "① 지방세 정기분 부과 (세무1팀)\n\n정확한 과세로 세입 기반을 확충하고자 함\n\n"
        "□ 사업개요\n\n- 예산: 총 400,000천원(구비)\n- 단위사업: 지방세 부과 관리\n\n"
        "□ 주요 추진실적\n\n- 자동차세 정기분 부과: 6월 / 48,200건\n"))
    assert budget(r.projects[0]) == [("구비", 400_000_000, None, None, "구비", "천원", 27)]
    assert found(r) == [("cross.project_over_unit", "지방세 부과 관리", "예산액", "≤ 300,000천원", "400,000천원")]


def test_items_that_only_mention_a_budget_are_no_budget_line():
    """An item whose first field is no budget in won (`예산 편성: 12월`, `구비 예산 확보: …`) states none."""
    r = report("Ⅱ. 주요업무 추진실적\n\n① 세입 확충 (세무1팀)\n\n세입을 늘리고자 함\n\n□ 주요 추진실적\n\n"
               "- 예산 편성: 12월\n- 구비 예산 확보: 500,000천원\n- 예산: 미정\n")
    assert r.projects[0].budget_lines == []


UNITS = unit_table("계\t2,500,000\t1,000,000\t40.0", "공원 관리\t1,500,000\t600,000\t40.0",
                   "녹지 조성\t1,000,000\t400,000\t40.0")
PROJECT_BUDGET = "□ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n{}(구비)\t{}(구비)\t{}\n"


@pytest.mark.parametrize("printed", ["공원 관리 / 세부사업: 공원 시설 유지보수", "「공원 관리」", "공원 관리 외 1",
                                     "『공원 관리』 외 2개, 세부사업: 공원 시설 유지보수"])
def test_a_unit_project_named_with_more_beside_it(printed):
    """`단위사업: 공원 관리 / 세부사업: …`, in quotes or `외 1`: the 단위사업 is the name alone."""
    r = report(UNITS + "① 근린공원 시설 정비 (공원관리팀)\n\n공원 시설을 정비하고자 함\n\n"
               f"□ 사업개요\n\n- 단위사업: {printed}\n\n" + PROJECT_BUDGET.format("1,800,000", "700,000", "38.9"))
    assert r.projects[0].unit_name == "공원 관리"
    assert found(r) == [("cross.project_over_unit", "공원 관리", "예산액", "≤ 1,500,000천원", "1,800,000천원")]


def test_a_unit_project_named_in_brackets_after_the_title():
    """`② 가로변 녹지 조성 (녹지조성팀) (단위사업: 녹지 조성)`: the title and team as without it, and the 단위사업."""
    r = report(UNITS + "② 가로변 녹지 조성 (녹지조성팀) (단위사업: 녹지 조성)\n\n가로변 녹지를 늘리고자 함\n\n"
               + PROJECT_BUDGET.format("1,300,000", "500,000", "38.5"))
    project = r.projects[0]
    assert (project.title, project.team, project.unit_name) == ("가로변 녹지 조성", "녹지조성팀", "녹지 조성")
    assert found(r) == [("cross.project_over_unit", "녹지 조성", "예산액", "≤ 1,000,000천원", "1,300,000천원")]


def test_the_budget_a_project_states_and_its_budget_table_must_agree():
    """`예산: 1,560,000천원(시비 560,000 구비 1,000,000)` in the 사업개요 against a table whose 계 is 1,660,000 and
    whose 구비 is 1,100,000."""
    r = report(unit_table("계\t1,700,000\t610,000\t35.9", "공동주택 관리 지원\t1,700,000\t610,000\t35.9") + (
        "① 공동주택 관리 지원 강화 (공동주택팀)\n\n공동주택 관리의 투명성을 높이고자 함\n\n"
        "□ 사업개요\n\n- 예산: 1,560,000천원(시비 560,000 구비 1,000,000)\n- 단위사업: 공동주택 관리 지원\n\n"
        "□ 예산현황\n\n(단위: 천원)\n\n구 분\t예산액\t집행액\t집행률(%)\n계\t1,660,000\t610,000\t36.7\n"
        "시비\t560,000\t210,000\t37.5\n구비\t1,100,000\t400,000\t36.4\n"))
    findings = run_checks(r)
    table = "Ⅱ 주요업무 추진실적 1. 공동주택 관리 지원 강화 예산현황"
    assert [(f.rule, f.severity, f.table, f.row, f.column, f.expected, f.actual, f.source.line)
            for f in findings] == [("cross.project_budget", "warning", table, "계", "예산액", "1,560,000천원",
                                    "1,660,000천원", 35),
                                   ("cross.project_budget", "warning", table, "구비", "예산액", "1,000,000천원",
                                    "1,100,000천원", 37)]
    assert findings[0].message == ("사업 '공동주택 관리 지원 강화'의 예산액이 본문과 예산 표에서 다릅니다 "
                                   "(본문 1,560,000천원, 예산 표 계 1,660,000천원)")


@pytest.mark.parametrize("stated", ["예산: 1,660,000천원(시비 560,000 구비 1,100,000)", "예산: 16.6억원",
                                    "예산: 1,660백만원"])
def test_a_stated_budget_that_agrees_with_the_table_is_no_finding(stated):
    r = report("Ⅱ. 주요업무 추진실적\n\n① 공동주택 관리 지원 강화 (공동주택팀)\n\n"
               "공동주택 관리의 투명성을 높이고자 함\n\n"
               f"□ 사업개요\n\n- {stated}\n\n"
               "□ 예산현황\n\n(단위: 천원)\n\n구 분\t예산액\t집행액\t집행률(%)\n계\t1,660,000\t610,000\t36.7\n"
               "시비\t560,000\t210,000\t37.5\n구비\t1,100,000\t400,000\t36.4\n")
    assert found(r) == []


@pytest.mark.parametrize("stated", ["사업비: 5,000,000천원(’23~’26)", "총사업비: 5,000,000천원",
                                    "총예산: 5,000,000천원"])
def test_a_project_cost_that_may_span_years_is_no_budget_of_the_year(stated):
    """A 사업비 or 총사업비 may be the whole project's, over its years: neither its budget line nor checked."""
    r = report("Ⅱ. 주요업무 추진실적\n\n① 공동주택 관리 지원 강화 (공동주택팀)\n\n"
               f"공동주택 관리의 투명성을 높이고자 함\n\n□ 사업개요\n\n- {stated}\n")
    assert r.projects[0].budget_lines == []


def test_a_project_that_prints_no_executed_figure_is_not_compared_by_it():
    """`예산: 400,000천원(구비)` alone, the 예산액 of a 단위사업 whose 집행액 is 150,000: no 집행액 to disagree with."""
    r = report(unit_table("계\t400,000\t150,000\t37.5", "기후변화 대응\t400,000\t150,000\t37.5") + (
        "① 탄소중립 생활 실천 확산 (기후변화팀)\n\n탄소중립 생활 실천을 넓히고자 함\n\n"
        "□ 사업개요\n\n- 기간: 연중\n- 예산: 400,000천원(구비)\n"))
    assert budget(r.projects[0]) == [("구비", 400_000_000, None, None, "구비", "천원", 28)]
    assert found(r) == []


def test_a_stated_budget_whose_bracket_is_no_funding_read_as_such_is_the_whole():
    """`5억원(시비 2억원, 자부담 2억원)`: other funding (`자부담`) not adding up to the 계, the bracket is not read:
    the line is the 계 (the item keeps it). Before, so was `5억원(시비 2억원, 자부담 3억원)`, now a line each
    (`test_stated_budget_sources`)."""
    r = report("Ⅱ. 주요업무 추진실적\n\n① 청년 창업 지원 (일자리팀)\n\n청년 창업을 돕고자 함\n\n"
               "□ 사업개요\n\n- 예산: 5억원(시비 2억원, 자부담 2억원)\n")
    assert budget(r.projects[0]) == [("계", 500_000_000, None, None, None, "억원", 17)]
    assert r.projects[0].items[0].text == "예산: 5억원(시비 2억원, 자부담 2억원)"


def test_a_stated_executed_figure_is_checked_against_the_table_too():
    """`예산: 1,100,000천원(구비) / 집행: 350,000천원` against a table that spent 300,000: the 집행액 differs."""
    r = report("Ⅱ. 주요업무 추진실적\n\n① 공유재산 효율적 관리 (재산관리팀)\n\n공유재산을 관리하고자 함\n\n"
               "□ 사업개요\n\n- 예산: 1,100,000천원(구비) / 집행: 350,000천원\n\n"
               "□ 예산현황 (단위: 천원)\n\n예산액\t집행액\t집행률(%)\n1,100,000(구비)\t300,000(구비)\t27.3\n")
    assert found(r) == [("cross.project_budget", "구비", "집행액", "350,000천원", "300,000천원")]


def test_sources_shortened_to_their_first_letter_in_a_budget_table_cell():
    """`2,400,000(국 800,000 시 400,000 구 1,200,000)`: a 계 and a line per source, as `(국비 800,000 …)` gives."""
    r = report("Ⅱ. 주요업무 추진실적\n\n① 음식물 폐기물 자원화 (자원순환팀)\n\n음식물 폐기물을 자원화하고자 함\n\n"
               "□ 예산현황 (단위: 천원)\n\n예산액\t집행액\n2,400,000(국 800,000 시 400,000 구 1,200,000)\t900,000\n")
    assert [(b.name, b.budget_krw, b.funding_source) for b in r.projects[0].budget_lines] == [
        ("계", 2_400_000_000, None), ("국비", 800_000_000, "국비"), ("시비", 400_000_000, "시비"),
        ("구비", 1_200_000_000, "구비")]
