"""Budget tables as departments print them beyond the samples: merged `구 분` headers, 회계 groups, mixed units,
funding in brackets, as-of dates, funding columns beside 예산액."""

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from extractors.budget import _breakdown
from pipeline.read_text import read_text
from pipeline.values import parse_date
from schemas.budget import is_funding

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 공 원 녹 지 과\n\n"
UNIT_PART = "# Ⅰ. 일반현황\n\n## 1 조 직\n\n### 공 원 녹 지 과 - ( 4 )개팀\n\n## 2 예산현황\n\n"


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + body).encode()))


def lines(r):
    return [(b.name, b.parent, b.budget_krw // 1000, b.other_columns) for b in r.budget]


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


MERGED_GUBUN_TWO_LEVELS = [
    ("계", None, 5_780_000, None), ("푸른 녹지 조성", None, 4_200_000, None),
    ("가로녹지 조성", "푸른 녹지 조성", 3_000_000, None), ("띠녹지 조성", "푸른 녹지 조성", 1_200_000, None),
    ("공원 유지보수", "공원 관리", 1_500_000, None), ("기본경비", None, 80_000, None)]


@pytest.mark.parametrize("table", [
    "구 분\t\t예산액\t집행액\t집행률(%)\n계\t\t5,780,000\t2,312,000\t40.0\n"
    "푸른 녹지 조성\t소계\t4,200,000\t1,680,000\t40.0\n\t가로녹지 조성\t3,000,000\t1,200,000\t40.0\n"
    "\t띠녹지 조성\t1,200,000\t480,000\t40.0\n공원 관리\t공원 유지보수\t1,500,000\t600,000\t40.0\n"
    "기본경비\t\t80,000\t32,000\t40.0\n",
    "<table>\n<tr><th colspan=\"2\">구 분</th><th>예산액</th><th>집행액</th><th>집행률(%)</th></tr>\n"
    "<tr><td colspan=\"2\">계</td><td>5,780,000</td><td>2,312,000</td><td>40.0</td></tr>\n"
    "<tr><td rowspan=\"3\">푸른 녹지 조성</td><td>소 계</td><td>4,200,000</td><td>1,680,000</td><td>40.0</td></tr>\n"
    "<tr><td>가로녹지 조성</td><td>3,000,000</td><td>1,200,000</td><td>40.0</td></tr>\n"
    "<tr><td>띠녹지 조성</td><td>1,200,000</td><td>480,000</td><td>40.0</td></tr>\n"
    "<tr><td>공원 관리</td><td>공원 유지보수</td><td>1,500,000</td><td>600,000</td><td>40.0</td></tr>\n"
    "<tr><td colspan=\"2\">기본경비</td><td>80,000</td><td>32,000</td><td>40.0</td></tr>\n</table>\n",
])
def test_a_gubun_merged_over_both_name_columns_gives_two_levels(table):
    r = report(f"{UNIT_PART}(단위: 천원)\n\n{table}")
    assert lines(r) == MERGED_GUBUN_TWO_LEVELS
    assert found(r) == []


def test_sein_and_sechul_groups_under_a_merged_gubun_are_summed_each_on_its_own():
    r = report(f"{UNIT_PART}(단위: 천원)\n\n구 분\t\t예산액\t집행액\t집행률(%)\n"
               "세 입\t계\t350,000\t120,000\t34.3\n\t공원 사용료\t300,000\t100,000\t33.3\n"
               "\t과태료\t50,000\t20,000\t40.0\n"
               "세 출\t계\t5,780,000\t2,312,000\t40.0\n\t푸른 녹지 조성\t4,200,000\t1,680,000\t40.0\n"
               "\t공원 관리\t1,500,000\t600,000\t40.0\n\t기본경비\t80,000\t32,000\t40.0\n")
    assert [(b.name, b.parent) for b in r.budget] == [
        ("세입", None), ("공원 사용료", "세입"), ("과태료", "세입"), ("세출", None), ("푸른 녹지 조성", "세출"),
        ("공원 관리", "세출"), ("기본경비", "세출")]
    assert found(r) == []


HOEGYE_GROUPS = ("{header}\n총 계\t\t5,980,000\t2,392,000\t40.0\n일반회계\t소 계\t5,780,000\t2,312,000\t40.0\n"
                 "\t푸른 녹지 조성\t4,200,000\t1,680,000\t40.0\n\t공원 관리\t1,500,000\t600,000\t40.0\n"
                 "\t기본경비\t80,000\t32,000\t40.0\n특별회계\t소 계\t200,000\t80,000\t40.0\n"
                 "\t공원조성 특별회계\t210,000\t84,000\t40.0\n")


@pytest.mark.parametrize("header", ["구 분\t\t예산액\t집행액\t집행률(%)",
                                    "회계구분\t단위사업\t예산액\t집행액\t집행률(%)"])
def test_a_hoegye_group_is_the_sum_of_its_unit_projects(header):
    """일반회계/특별회계 over their 단위사업, the second name column merged under `구 분` or saying 단위사업: the
    group's 소계 is checked against its lines (a planted 200,000 against 210,000)."""
    r = report(f"{UNIT_PART}(단위: 천원)\n\n" + HOEGYE_GROUPS.format(header=header))
    assert [(b.name, b.parent) for b in r.budget] == [
        ("계", None), ("일반회계", None), ("푸른 녹지 조성", "일반회계"), ("공원 관리", "일반회계"),
        ("기본경비", "일반회계"), ("특별회계", None), ("공원조성 특별회계", "특별회계")]
    assert found(r) == [("sum.budget", "특별회계", "예산액", "210,000천원", "200,000천원"),
                        ("sum.budget", "특별회계", "집행액", "84,000천원", "80,000천원")]


UNITS_TABLE = ("(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n계\t5,207,845\t2,953,136\t56.7\n"
               "쾌적한 행정환경 조성\t3,701,804\t2,569,470\t69.4\n"
               "구정목표 달성을 위한 조직운영\t1,426,041\t383,666\t26.9\n"
               "기본경비\t80,000\t0\t0.0\n\n")


@pytest.mark.parametrize(("again", "expected"), [
    ("3,702\t2,569", []),
    ("3,701.80\t2,569.47", []),
    ("3,701.9\t2,569", [("cross.repeated", "쾌적한 행정환경 조성", "예산액", "3,701,804천원", "3,701.9백만원")]),
    ("3,703\t2,570", [("cross.repeated", "쾌적한 행정환경 조성", "예산액", "3,701,804천원", "3,703백만원"),
                      ("cross.repeated", "쾌적한 행정환경 조성", "집행액", "2,569,470천원", "2,570백만원")]),
])
def test_a_unit_project_repeated_in_millions_agrees_to_the_millions(again, expected):
    """3,701,804천원 printed again as 3,702백만원 is the same figure; 3,703백만원 (or 3,701.9) is not."""
    r = report(f"{UNIT_PART}{UNITS_TABLE}## 3 주요 단위사업 집행현황\n\n(단위: 백만원)\n\n"
               f"단위사업명\t예산액\t집행액\n쾌적한 행정환경 조성\t{again}\n"
               "구정목표 달성을 위한 조직운영\t1,426\t384\n")
    assert r.budget[-1].table_no == 2
    assert found(r) == expected


@pytest.mark.parametrize(("project", "expected"), [
    ("3,702(구비)\t2,569(구비)", []),
    ("3,702(구비)\t2,570(구비)",
     [("cross.executed", "쾌적한 행정환경 조성", "집행액", "2,569,470천원", "2,570백만원")]),
    ("3,703(구비)\t2,570(구비)",
     [("cross.project_over_unit", "쾌적한 행정환경 조성", "예산액", "≤ 3,701,804천원", "3,703백만원")]),
])
def test_a_project_in_millions_against_its_unit_project_in_thousands(project, expected):
    r = report(f"{UNIT_PART}{UNITS_TABLE}# Ⅱ. 주요업무 추진실적\n\n### ① 안전하고 쾌적한 청사환경 조성 (청사관리팀)\n\n"
               "청사 시설물을 안전하고 쾌적하게 유지·관리하고자 함\n\n"
               "## □ 사업개요\n\n- 단위사업: 쾌적한 행정환경 조성\n\n"
               f"## □ 예산현황\n\n(단위: 백만원)\n\n예산액\t집행액\n{project}\n")
    assert r.projects[0].unit_name == "쾌적한 행정환경 조성"
    assert found(r) == expected


PROJECT_PART = ("# Ⅱ. 주요업무 추진실적\n\n### ① 공원 시설 정비 (공원관리팀)\n\n공원 시설을 정비하고자 함\n\n"
                "## □ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n{budget}\t1,862,509\t69\n")


@pytest.mark.parametrize(("budget", "expected", "findings"), [
    ("2,698,307(구비)", [("구비", 2_698_307, 1_862_509, "구비")], []),
    ("2,698,307(구비 100%)", [("구비", 2_698_307, 1_862_509, "구비")], []),
    ("2,698,307(국비 50%, 구비 50%)",  # shares adding up to 100%: a line each, the 천원 rounding left over to one
     [("계", 2_698_307, 1_862_509, None), ("국비", 1_349_154, None, "국비"), ("구비", 1_349_153, None, "구비")], []),
    ("2,698,307(국비 50%, 구비 40%)", [("계", 2_698_307, 1_862_509, "국비·구비")], []),
    ("2,698,307(시비 1,000,000 구비 1,698,307)",
     [("계", 2_698_307, 1_862_509, None), ("시비", 1_000_000, None, "시비"), ("구비", 1_698_307, None, "구비")], []),
    ("2,698,307(시비 1,000,000, 구비 1,600,000)",
     [("계", 2_698_307, 1_862_509, None), ("시비", 1_000_000, None, "시비"), ("구비", 1_600_000, None, "구비")],
     [("sum.project_budget", "계", "예산액", "2,600,000천원", "2,698,307천원")]),
])
def test_a_project_budget_with_its_funding_in_brackets(budget, expected, findings):
    """The sources after a project's 예산액: one source names the line; each with its amount, or its share where
    they add up to 100%, is a line of its own under the 계, as a 계/국비/시비/구비 table prints them, and is
    summed."""
    r = report(UNIT_PART + PROJECT_PART.format(budget=budget))
    assert [(b.name, b.budget_krw // 1000, b.executed_krw and b.executed_krw // 1000, b.funding_source)
            for b in r.projects[0].budget_lines] == expected
    assert found(r) == findings


def test_a_unit_project_with_its_funding_in_brackets_stays_one_line():
    r = report(f"{UNIT_PART}(단위: 천원)\n\n단위사업명\t예산액\t집행액\n"
               "공원 관리\t1,500,000(시비 1,000,000 구비 500,000)\t600,000\n")
    assert [(b.name, b.budget_krw, b.funding_source) for b in r.budget] == [("공원 관리", 1_500_000_000, "시비·구비")]


@given(st.text(alphabet="국시구비도 0123456789,.%()·/+:추경", max_size=30))
@example("구0구시비")
def test_funding_in_brackets_never_fails_and_names_known_sources(bracket):
    """Sources beside other names (`추경`) only where they add up to the figure (1,000 in the table's unit); two
    printed as one (`구시비`, after `구0`) are a source's name too."""
    sources, amounts = _breakdown((1_000, bracket), 1)
    assert (len(sources) <= 1 or all(is_funding(source) for source, _, _ in sources)
            or amounts is not None and sum(amounts.values()) == 1_000)


@pytest.mark.parametrize(("basis", "header"), [
    ("(기준일: 2025. 5. 31. / 단위: 천원)", "집행액"),
    ("(기준: 2025.5.31., 단위: 천원)", "집행액"),
    ("(단위: 천원)", "집행액(5.31.)"),
    ("(단위: 천원)", "집행액(’25.5.31.)"),
    ("(단위: 천원)", "집행액(2025. 5. 31.)"),
    ("(2025년 5월 31일 기준, 단위: 천원)", "집행액"), ("(단위: 천원)", "집행액(5월 31일 현재)"),
])
def test_the_date_a_budget_stands_at_before_it_or_alone_in_brackets(basis, header):
    r = report(f"{UNIT_PART}{basis}\n\n단위사업명\t예산액\t{header}\t집행률(%)\n계\t1,500\t600\t40.0\n")
    assert [(b.as_of, b.unit) for b in r.budget] == [(dt.date(2025, 5, 31), "천원")]


def test_a_date_with_a_two_digit_year():
    assert parse_date("’24. 5. 31.", 2025) == dt.date(2024, 5, 31)
    assert parse_date("'25.12.1.", None) == dt.date(2025, 12, 1)


FUNDING_COLUMNS = ("구 분\t{header}\n계\t5,780,000\t1,000,000\t780,000\t4,000,000\t2,312,000\n"
                   "푸른 녹지 조성\t4,200,000\t1,000,000\t700,000\t2,500,000\t1,680,000\n"
                   "공원 관리\t1,500,000\t-\t80,000\t1,400,000\t600,000\n기본경비\t80,000\t-\t-\t100,000\t32,000\n")


def test_a_unit_projects_budget_is_the_sum_of_its_funding_columns():
    r = report(f"{UNIT_PART}(단위: 천원)\n\n" + FUNDING_COLUMNS.format(header="예산액\t국비\t시비\t구비\t집행액"))
    assert [(f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("sum.funding", "error", "공원 관리", "예산액", "1,480,000천원", "1,500,000천원"),
        ("sum.funding", "error", "기본경비", "예산액", "100,000천원", "80,000천원")]


def test_funding_columns_that_do_not_split_the_budget_are_not_summed_against_it():
    """Sources of the 집행액 printed before it: most lines' sources do not add up to the 예산액."""
    r = report(f"{UNIT_PART}(단위: 천원)\n\n구 분\t예산액\t국비\t시비\t구비\t집행액\n"
               "계\t5,780,000\t400,000\t312,000\t1,600,000\t2,312,000\n"
               "푸른 녹지 조성\t4,200,000\t400,000\t280,000\t1,000,000\t1,680,000\n"
               "공원 관리\t1,500,000\t-\t32,000\t568,000\t600,000\n기본경비\t80,000\t-\t-\t32,000\t32,000\n")
    assert found(r) == []
    line = r.budget[2]  # read all the same
    assert (line.name, line.budget_krw // 1000, line.other_columns["구비"]) == ("공원 관리", 1_500_000, "568,000")


def test_an_expected_rate_is_rounded_half_up_as_reports_print_it():
    r = report(f"{UNIT_PART}(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률\n기본경비\t80,000\t32,500\t40.36%\n")
    assert found(r) == [("rate", "기본경비", "집행률(%)", "40.63", "40.36")]


def test_a_project_naming_its_unit_project_with_a_bracket_after_it_is_checked_against_it():
    r = report(f"{UNIT_PART}(단위: 천원)\n\n단위사업명\t예산액\t집행액\n공원 관리\t1,500,000\t600,000\n\n"
               "# Ⅱ. 주요업무 추진실적\n\n### ① 생활권 녹지 확충 (녹지조성팀)\n\n생활권 녹지를 넓히고자 함\n\n"
               "## □ 사업개요\n\n- 단위사업: 공원 관리(공원 유지보수)\n\n"
               "## □ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\n1,600,000(구비)\t600,000(구비)\n")
    assert found(r) == [("cross.project_over_unit", "공원 관리", "예산액", "≤ 1,500,000천원", "1,600,000천원")]


def test_figures_in_millions_are_rounded_each_so_their_sums_and_rates_may_be_off_by_the_rounding():
    """Lines and their 계 each rounded from 천원 to 백만원, the 집행률 worked out from the exact figures."""
    table = ("단위사업명\t예산액\t집행액\t집행률(%)\n계\t5,208\t{executed}\t57.5\n"
             "쾌적한 행정환경 조성\t3,702\t2,569\t69.4\n조직운영 기본경비\t1,427\t384\t26.9\n"
             "대외교류 활성화\t79\t39\t{rate}\n")
    r = report(f"{UNIT_PART}(단위: 백만원)\n\n" + table.format(executed="2,993", rate="49.6"))
    assert found(r) == []
    r = report(f"{UNIT_PART}(단위: 백만원)\n\n" + table.format(executed="2,995", rate="52.0"))  # off by more
    assert [f[:3] for f in found(r)] == [("sum.budget", "계", "집행액"), ("rate", "대외교류 활성화", "집행률(%)")]


def test_a_rate_printed_with_its_percent_sign_is_shown_as_the_expected_rate_is():
    """Before, `actual` kept the cell's `%` beside an `expected` without, and the message printed `37.1%%`."""
    r = report(UNIT_PART + "(단위: 천원)\n\n| 단위사업명 | 예산액 | 집행액 | 집행률(B/A) |\n|---|---|---|---|\n"
                           "| 공원 관리 | 1,234,567 | 456,789 | 37.1% |\n\n")
    [finding] = run_checks(r)
    assert (finding.rule, finding.row, finding.expected, finding.actual) == ("rate", "공원 관리", "37.0", "37.1")
    assert "(표기 37.1%, 계산 456,789천원 ÷ 1,234,567천원 = 37.0%)" in finding.message


BUDGET_TABLE = "단위사업명\t예산액\t집행액\t집행률(%)\n계\t1,500\t600\t40.0\n"
BUDGET_PIPES = "| 단위사업명 | 예산액 | 집행액 | 집행률(%) |\n|---|---|---|---|\n| 계 | 1,500 | 600 | 40.0 |\n"


@pytest.mark.parametrize("table", [BUDGET_TABLE, BUDGET_PIPES])
@pytest.mark.parametrize("note", ["※ 2025. 5. 31. 기준", "※2025.5.31.기준", "* ’25. 5. 31. 현재", "※ 5. 31. 기준",
                                  "＊ 2025. 5. 31. 기준"])
@pytest.mark.parametrize("where", ["above", "below", "below, a part after it"])
def test_a_note_of_the_date_alone_above_or_below_a_budget_table_dates_it(table, note, where):
    """Before, `※ 2025. 5. 31. 기준` on a line of its own (a note mark, no brackets) dated no table: the
    budget's as_of stayed null, above the table as below it."""
    if where == "above":
        body = f"{UNIT_PART}{note}\n\n(단위: 천원)\n\n{table}"
    else:
        body = f"{UNIT_PART}(단위: 천원)\n\n{table}\n{note}\n"
        body += "\n# Ⅱ. 주요업무 추진실적\n" if where.endswith("after it") else ""
    r = report(body)
    assert [(b.name, b.as_of, b.budget_krw) for b in r.budget] == [("계", dt.date(2025, 5, 31), 1_500_000)]
    assert not any("기준" in t.text or "현재" in t.text for t in r.general_text)


def test_a_note_of_a_date_between_two_tables_dates_the_one_below_it():
    body = (f"{UNIT_PART}(단위: 천원)\n\n{BUDGET_TABLE}\n※ 2025. 4. 30. 기준\n\n(단위: 천원)\n\n"
            f"{BUDGET_TABLE.replace('단위사업명', '구 분')}")
    r = report(body)
    assert [(b.table_no, b.as_of) for b in r.budget] == [(1, None), (2, dt.date(2025, 4, 30))]


@pytest.mark.parametrize("note", ["※ 친환경차 2대 포함", "※ 2025. 5. 31. 기준 잠정치", "※ 정원 2명 기준"])
def test_a_note_that_is_not_a_date_alone_stays_text(note):
    r = report(f"{UNIT_PART}(단위: 천원)\n\n{BUDGET_TABLE}\n{note}\n")
    assert [(b.name, b.as_of) for b in r.budget] == [("계", None)]
    assert note.removeprefix("※").strip() in " ".join(t.text for t in r.general_text)  # a paragraph of its own
