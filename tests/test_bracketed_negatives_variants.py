"""Accounting negatives in brackets (`(1)` for −1) in a difference column, read where the arithmetic says so: a
staffing table's 과부족 (`증감`, `차이`) where 현원 − 정원 of its line is that negative. A bracket may hold a count
"of which" too (`37(3)`, `(3)` under 현원): there, and where the arithmetic disagrees, it is not read as one."""

import pytest

from checks import run_checks
from pipeline.load import document_rows
from pipeline.values import as_negative
from tests.layouts import read_laid_out
from tests.test_headcount_units_variants import (
    BODY,
    COVER,
    EXPECTED,
    HEADER,
    PART,
    RULINGS,
    TEXT_LAYOUTS,
    findings,
    records,
)

LAYOUTS = TEXT_LAYOUTS + [f"pdf {ruling}" for ruling in RULINGS]


def bracketed(cell: str, unit: str = "") -> str:
    """A negative as accounting prints it: `△1` → `(1)`, `(1명)`."""
    return f"({cell[1:]}{unit})" if cell[:1] == "△" else cell


def statuses_as_rows(shortfall: tuple[str, ...], word: str = "과부족") -> str:
    rows = [*BODY[:2], (word, *shortfall)]
    return COVER + PART + HEADER + "".join("\t".join(row) + "\n" for row in rows)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_shortfall_row_in_brackets_reads_as_negatives(layout, tmp_path):
    # before, each `(1)` went unread: no 과부족 of 계, 7급 … (only the `-` and `1` ones), and the grid kept as well
    r = read_laid_out(statuses_as_rows(tuple(map(bracketed, BODY[2][1:]))), layout, tmp_path)
    assert records(r) == EXPECTED
    assert findings(r) == []
    assert r.tables == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("word", ["증 감", "차이"])
@pytest.mark.parametrize("unit", ["", "명"])
def test_a_shortfall_so_labelled_or_printing_its_unit_in_brackets(word, unit, layout, tmp_path):
    r = read_laid_out(statuses_as_rows(tuple(bracketed(c, unit) for c in BODY[2][1:]), word), layout, tmp_path)
    assert records(r) == EXPECTED


STATUS_COLUMNS_OF = (COVER + PART + "(단위: 명)\n\n구 분\t정 원\t현 원\t과부족\n계\t40\t37\t{}\n"
                     "행정직\t30\t28\t{}\n사회복지직\t10\t9\t{}\n")
COLUMN_LAYOUTS = ["tab", "pipe-tables", "bare-pipe-tables", "html-tables", "grid-tables", "space-aligned",
                  "space-aligned-ruled", "pdf grid", "pdf horizontal", "pdf none"]


@pytest.mark.parametrize("layout", COLUMN_LAYOUTS)
def test_a_shortfall_column_in_brackets_reads_as_negatives(layout, tmp_path):
    r = read_laid_out(STATUS_COLUMNS_OF.format("(3)", "(2)", "(1)"), layout, tmp_path)
    assert [(c.status, c.job_class, c.headcount, c.note) for c in r.staffing] == [
        ("정원", "계", 40, None), ("현원", "계", 37, None), ("과부족", "계", -3, None),
        ("정원", "행정", 30, None), ("현원", "행정", 28, None), ("과부족", "행정", -2, None),  # `행정직`: a series
        ("정원", "사회복지", 10, None), ("현원", "사회복지", 9, None), ("과부족", "사회복지", -1, None)]
    assert run_checks(r) == []
    assert r.tables == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize(("shortfalls", "read_as", "found"), [
    # one finding each (before, two: the 계 also as its parts' sum, or as no sum of the wrong part's)
    (("(4)", "(2)", "(1)"), (-4, -2, -1), [("shortfall", "-3", "-4")]),
    (("(3)", "(2)", "(2)"), (-3, -2, -2), [("shortfall", "-1", "-2")]),
])
def test_a_wrong_bracket_among_agreeing_ones_is_read_and_found(shortfalls, read_as, found, layout, tmp_path):
    """Where two of a 과부족 column's brackets at least are 현원 − 정원 as negatives, and more than are not, its
    brackets are its negatives: the one that is not is a wrong figure, found."""
    r = read_laid_out(STATUS_COLUMNS_OF.format(*shortfalls), layout, tmp_path)
    assert [c.headcount for c in r.staffing if c.status == "과부족"] == list(read_as)
    assert findings(r) == found
    assert r.tables == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize(("shortfalls", "read_as"), [
    (("(4)", "(2)", "(2)"), {"행정": -2}),
    (("(4)", "(3)", "(2)"), {}),
])
def test_a_bracket_the_arithmetic_does_not_make_a_negative_stays_unread(shortfalls, read_as, layout, tmp_path):
    """A bracket beside 정원 and 현원 it is no difference of (`(2)` beside 10 and 9), with no two others agreeing
    as negatives, is not read: what it is the tool cannot tell. The grid is kept as printed, as before."""
    r = read_laid_out(STATUS_COLUMNS_OF.format(*shortfalls), layout, tmp_path)
    assert {c.job_class: c.headcount for c in r.staffing if c.status == "과부족"} == read_as
    assert findings(r) == []
    assert [t.records_in for t in r.tables] == ["staffing"]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_brackets_in_count_columns_stay_counts_of_which(layout, tmp_path):
    """`37(3)` under 현원 is 37, of which 3; a `(3)` alone there is no negative count."""
    text = (COVER + PART + "(단위: 명)\n\n구 분\t정 원\t현 원\t과부족\n계\t40\t37(3)\t△3\n"
            "행정직\t30\t28(2)\t△2\n사회복지직\t10\t(1)\t△1\n")
    r = read_laid_out(text, layout, tmp_path)
    assert [(c.status, c.job_class, c.headcount, c.note) for c in r.staffing if c.status == "현원"] == [
        ("현원", "계", 37, "3"), ("현원", "행정", 28, "2")]
    assert [t.records_in for t in r.tables] == ["staffing"]


# --- a staffing line (`정원 29명 / 현원 27명 (과부족 (2)명)`) ---------------------------------------------------------

STATED = (COVER + "# Ⅰ. 일반현황\n\n1. 조 직 : 3개팀 (총무팀, 인사팀, 청사관리팀)\n\n2. 인 력 : {}\n\n"
          "3. 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\n계\t3,800,000\t1,100,000\n"
          "쾌적한 청사 관리\t3,800,000\t1,100,000\n")
STATED_LAYOUTS = ["tab", "without-markdown", "without-blank-lines", "pdf grid"]


@pytest.mark.parametrize("layout", STATED_LAYOUTS)
@pytest.mark.parametrize("line", ["정원 29명 / 현원 27명 (과부족 (2)명)", "정원 29명 / 현원 27명 (과부족 (2명))",
                                  "정원 29명, 현원 27명, 과부족 (2)", "정 원 29명 / 현 원 27명 / 과 부 족 : (2)명",
                                  "정원 29명 / 현원 27명 (증감 （2）)",
                                  "정원 29명 / 현원 27명 (과부족 (2)명, 휴직 (1)명)"])
def test_a_stated_shortfall_in_brackets_reads_as_its_negative(line, layout, tmp_path):
    """A line's 과부족 alone in brackets is −2 where 현원 − 정원 says so. Before: only 정원 and 현원 were read."""
    r = read_laid_out(STATED.format(line), layout, tmp_path)
    assert records(r) == [("정원", "계", "계", 29), ("현원", "계", "계", 27), ("과부족", "계", "계", -2)]
    assert findings(r) == []


@pytest.mark.parametrize("layout", STATED_LAYOUTS)
@pytest.mark.parametrize("line", ["정원 29명 / 현원 27명 (과부족 (3)명)", "정원 29명 / 현원 31명 (과부족 (2))",
                                  "정원 29명 / 현원 27명 (결원 (2)명)"])
def test_a_stated_bracket_its_arithmetic_does_not_make_a_shortfall_stays_unread(line, layout, tmp_path):
    """A bracket that is no 현원 − 정원 as a negative (`(3)` beside 29 and 27, `(2)` beside 29 and 31) may be a count
    "of which": only 정원 and 현원 are read, as before, and nothing is found; a 결원 (정원 − 현원) is no negative."""
    r = read_laid_out(STATED.format(line), layout, tmp_path)
    present = 31 if "31" in line else 27
    assert records(r) == [("정원", "계", "계", 29), ("현원", "계", "계", present)]
    assert findings(r) == []


# --- a generic table's change column (`증 감` after the two periods it compares) ----------------------------------

CHANGES = (COVER + "# Ⅰ. 일반현황\n\n## 3. 민원 처리 현황\n\n(단위: 건)\n\n구 분\t{head}\n계\t{total}\n"
           "여권\t{passports}\n등본\t700\t400\t(300)\n초본\t500\t400\t(100)\n")
HEADS = {"years": "2024년\t2025년\t증 감", "letters": "실적(A)\t실적(B)\t증감(B-A)", "last year": "전년\t금년\t증감"}
CHANGE_LAYOUTS = ["tab", "pipe-tables", "bare-pipe-tables", "space-aligned", "space-aligned-ruled", "pdf grid",
                  "pdf none"]


def table_findings(r) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


@pytest.mark.parametrize("layout", CHANGE_LAYOUTS)
@pytest.mark.parametrize("head", HEADS)
def test_a_wrong_total_of_a_change_column_in_brackets_is_found(head, layout, tmp_path):
    # before, the change column was no column of figures: its 계 went unchecked
    text = CHANGES.format(head=HEADS[head], total="2,000\t1,400\t(500)", passports="800\t600\t(200)")
    column = HEADS[head].split("\t")[-1]
    assert table_findings(read_laid_out(text, layout, tmp_path)) == [("sum.table", "계", column, "-600", "-500")]


@pytest.mark.parametrize("layout", CHANGE_LAYOUTS)
def test_a_wrong_change_in_brackets_among_right_ones_is_found(layout, tmp_path):
    text = CHANGES.format(head=HEADS["years"], total="2,000\t1,400\t(600)", passports="800\t600\t(250)")
    r = read_laid_out(text, layout, tmp_path)
    assert table_findings(r) == [("sum.table", "여권", "증 감", "-200", "-250")]
    (finding,) = run_checks(r)
    assert finding.message == "'여권' 행의 증 감 값이 2025년 − 2024년 값과 다릅니다 (표기 △250, 600 − 800 = △200)"


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_changes_in_brackets_that_add_up_find_nothing(layout, tmp_path):
    text = CHANGES.format(head=HEADS["years"], total="2,000\t1,400\t(600)", passports="800\t600\t(200)")
    assert table_findings(read_laid_out(text, layout, tmp_path)) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_brackets_no_arithmetic_makes_negatives_stay_unread(layout, tmp_path):
    """Brackets of a change column that are no differences as negatives (`(3)` where 2025 − 2024 is 2 or −4) but
    one: the column is no column of figures, as before; and brackets under no change stay counts "of which"."""
    text = (COVER + "# Ⅰ. 일반현황\n\n## 3. 교육 현황\n\n(단위: 명)\n\n구 분\t2024년\t2025년\t증 감\n"
            "계\t30(3)\t32(4)\t(5)\n직무\t20(2)\t22(3)\t(2)\n교양\t10(1)\t10(1)\t(3)\n")
    assert table_findings(read_laid_out(text, layout, tmp_path)) == []


def change_values(r) -> list[tuple[str, str, int | float | None]]:
    """The last column of each generic table as the database stores it: each cell's text and its `value`."""
    (table,) = [t for t in r.tables if t.records_in is None]
    values = document_rows(r, "0" * 64, []).tables["table_cells"]
    cells = list(zip(*[iter(values)] * 6, strict=True))  # its rows of (table_id, row, col, text, value, months)
    last = max(col for _, _, col, _, _, _ in cells)
    return [(text, value) for _, row, col, text, value, _ in cells if col == last and row >= table.header_rows]


@pytest.mark.parametrize("layout", CHANGE_LAYOUTS)
@pytest.mark.parametrize("head", HEADS)
def test_a_change_in_brackets_that_its_arithmetic_reads_stores_its_negative(head, layout, tmp_path):
    """A cell keeps its text as printed; its `value` is the figure its table's arithmetic reads. Before: None for
    every `(300)`, though `sum.table` read it as −300."""
    text = CHANGES.format(head=HEADS[head], total="2,000\t1,400\t(600)", passports="800\t600\t(200)")
    r = read_laid_out(text, layout, tmp_path)
    assert change_values(r) == [("(600)", -600), ("(200)", -200), ("(300)", -300), ("(100)", -100)]
    assert table_findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_a_change_in_brackets_that_its_arithmetic_does_not_read_stores_no_value(layout, tmp_path):
    """Brackets no arithmetic makes negatives (`(5)` where 2025 − 2024 is 2) store no figure, as before; a count
    "of which" (`30(3)`) none either."""
    text = (COVER + "# Ⅰ. 일반현황\n\n## 3. 교육 현황\n\n(단위: 명)\n\n구 분\t2024년\t2025년\t증 감\n"
            "계\t30(3)\t32(4)\t(5)\n직무\t20(2)\t22(3)\t(2)\n교양\t10(1)\t10(1)\t(3)\n")
    assert change_values(read_laid_out(text, layout, tmp_path)) == [("(5)", None), ("(2)", None), ("(3)", None)]


# --- a budget table's change (`증감` beside `전년도 예산액` and `금년도 예산액`) -------------------------------------

BUDGET = (COVER + "# Ⅰ. 일반현황\n\n## 1 예산현황\n\n(단위: 천원)\n\n"
          "단위사업명\t전년도 예산액\t금년도 예산액\t증 감\t집행액\n계\t5,000,000\t4,500,000\t{}\t4,000,000\n"
          "청사 관리\t3,000,000\t2,700,000\t{}\t2,400,000\n"
          "인사 운영\t1,200,000\t1,000,000\t{}\t960,000\n직원 교육\t800,000\t800,000\t-\t640,000\n")
BUDGET_LAYOUTS = ["tab", "pipe-tables", "html-tables", "grid-tables", "space-aligned", "pdf grid", "pdf none"]


@pytest.mark.parametrize("layout", BUDGET_LAYOUTS)
@pytest.mark.parametrize(("changes", "found"), [
    (("(600,000)", "(300,000)", "(200,000)"), [("sum.budget", "계", "증감", "-500,000천원", "-600,000천원")]),
    (("(500,000)", "(350,000)", "(200,000)"), [("sum.budget", "청사 관리", "증감", "-300,000천원", "-350,000천원")]),
    (("(500,000)", "(300,000)", "(200,000)"), []),
], ids=["a wrong total", "a wrong line", "right"])
def test_a_budget_change_in_brackets_reads_as_its_negative(changes, found, layout, tmp_path):
    """A 증감 of `(25,000)` beside 전년도 예산액 and 금년도 예산액 is −25,000 천원 where 금년도 − 전년도 of its line is
    that negative, or two of the column's brackets so agree and more than do not. Before: each bracket went
    unread, and a wrong 계 or line was not found."""
    assert table_findings(read_laid_out(BUDGET.format(*changes), layout, tmp_path)) == found


PROJECT_BUDGET = (COVER + "# Ⅱ. 주요업무 추진실적\n\n### ① 동 복지허브화 (맞춤형복지팀)\n\n"
                  "찾아가는 복지상담으로 복지 사각지대를 해소하고자 함\n\n## □ 사업개요\n\n- 대 상 : 위기가구\n\n"
                  "## □ 예산현황\n\n(단위: 천원)\n\n구 분\t전년도 예산액\t예산액\t증 감\t집행액\n"
                  "계\t100,000\t75,000\t{}\t30,000\n구비\t60,000\t45,000\t{}\t20,000\n시비\t40,000\t30,000\t{}\t10,000\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
@pytest.mark.parametrize(("changes", "found"), [
    (("(30,000)", "(15,000)", "(10,000)"), [("sum.project_budget", "계", "증감", "-25,000천원", "-30,000천원")]),
    (("(25,000)", "(20,000)", "(10,000)"), [("sum.project_budget", "구비", "증감", "-15,000천원", "-20,000천원")]),
    (("(25,000)", "(15,000)", "(10,000)"), []),
], ids=["a wrong total", "a wrong source", "right"])
def test_a_project_budget_change_in_brackets_reads_as_its_negative(changes, found, layout, tmp_path):
    """A project's budget by source, `(25,000)` for −25,000 천원 beside 전년도 예산액 and 예산액, as the unit
    table's."""
    assert table_findings(read_laid_out(PROJECT_BUDGET.format(*changes), layout, tmp_path)) == found


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("changes", [("(600,000)", "(250,000)", "(200,000)"), ("(100)", "(20)", "(10)")])
def test_budget_brackets_no_arithmetic_makes_negatives_stay_unread(changes, layout, tmp_path):
    """Brackets of which one at most is the difference as a negative are not read (what they hold the tool cannot
    tell): no figure, no finding, as before; the budget lines as printed."""
    r = read_laid_out(BUDGET.format(*changes), layout, tmp_path)
    assert table_findings(r) == []
    assert [(b.name, b.budget_krw, b.other_columns["증감"]) for b in r.budget] == [
        ("계", 4_500_000_000, changes[0]), ("청사 관리", 2_700_000_000, changes[1]),
        ("인사 운영", 1_000_000_000, changes[2]), ("직원 교육", 800_000_000, "-")]


TWO_BRACKETS = (COVER + "# Ⅰ. 일반현황\n\n## 1 예산현황\n\n(단위: 천원)\n\n"
                "단위사업명\t전년도 예산액\t금년도 예산액\t증 감\t집행액\n계\t5,000,000\t4,900,000\t{}\t4,000,000\n"
                "청사 관리\t3,000,000\t2,700,000\t{}\t2,400,000\n"
                "인사 운영\t1,200,000\t1,400,000\t{}\t960,000\n직원 교육\t800,000\t800,000\t-\t640,000\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize(("changes", "found"), [
    (("(100,000)", "(350,000)", "200,000"), [("sum.budget", "청사 관리", "증감", "-300,000천원", "-350,000천원")]),
    (("(150,000)", "(300,000)", "200,000"), [("sum.budget", "계", "증감", "-100,000천원", "-150,000천원")]),
    (("(100,000)", "(300,000)", "200,000"), []),
], ids=["a wrong line", "a wrong total", "right"])
def test_a_wrong_one_of_two_budget_changes_in_brackets_is_found(changes, found, layout, tmp_path):
    """Two brackets, one of them wrong (the 계's `(100,000)` right over `(350,000)` where 2,700,000 − 3,000,000 is
    −300,000, and `200,000` for a rise): the one that agrees is a negative, and so is the other, its line's
    budget having fallen too. Before: the wrong one was no figure, and neither it nor the 계 was found."""
    r = read_laid_out(TWO_BRACKETS.format(*changes), layout, tmp_path)
    assert table_findings(r) == found
    assert [b.other_columns["증감"] for b in r.budget] == [*changes, "-"]  # kept as printed


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("changes", [("△100,000", "(300,000)", "(20)"), ("(100,000)", "(20)", "200,000"),
                                     ("(5)", "(3)", "200,000")])
def test_one_of_two_budget_brackets_no_fall_makes_stays_unread(changes, layout, tmp_path):
    """A second bracket on a line whose budget rose (`(20)` where 1,400,000 − 1,200,000 is 200,000) or fell by a
    figure of another order (`(20)` by 300,000), or two of which neither agrees, may hold something else, a count
    "of which": not read, no finding, as before."""
    assert table_findings(read_laid_out(TWO_BRACKETS.format(*changes), layout, tmp_path)) == []


# --- a vehicles table's 과부족 (보유 − 정수) ------------------------------------------------------------------------

VEHICLES = ("# Ⅰ. 일반현황\n\n## 3 차 량 (총 9대)\n\n구 분\t계\t업무용\t\t\t특수용\t\n"
            "\t\t소계\t승용\t승합\t소계\t화물\n보 유\t9\t6\t4\t2\t3\t3\n정 수\t10\t7\t4\t3\t3\t3\n"
            "과부족\t{}\t{}\t-\t{}\t-\t-\n")
BY_CATEGORY = ("# Ⅰ. 일반현황\n\n## 3 차 량 (총 9대)\n\n구 분\t정 수\t보 유\t과부족\n계\t10\t9\t{}\n"
               "승 용\t6\t6\t-\n승 합\t3\t2\t{}\n화 물\t1\t1\t{}\n")
VEHICLE_LAYOUTS = ["tab", "pipe-tables", "html-tables", "space-aligned", "space-aligned-ruled", "pdf grid",
                   "pdf horizontal", "pdf none"]


def vehicle_records(r) -> list[tuple]:
    return [[(c.category, c.kind, c.count) for c in counts] for f in r.vehicles
            for counts in (f.counts, f.quotas, f.shortfalls)]


@pytest.mark.parametrize("layout", VEHICLE_LAYOUTS)
@pytest.mark.parametrize(("table", "printed"), [
    (VEHICLES, ("(1)", "(1)", "(1)")), (VEHICLES, ("(2)", "(1)", "(1)")), (VEHICLES, ("(1대)", "(1대)", "(1대)")),
    (BY_CATEGORY, ("(1)", "(1)", "-")), (BY_CATEGORY, ("(1)", "(1)", "(1)")),
], ids=["kinds", "kinds, a wrong total", "kinds, with a unit", "categories", "categories, a wrong figure"])
def test_a_vehicles_shortfall_in_brackets_reads_as_the_one_printing_its_sign(table, printed, layout, tmp_path):
    # before, each `(1)` was read as 0 (or left out): `sum.vehicles` found the 과부족's 계 0 where 보유 − 정수 is −1
    signed = tuple(f"△{cell[1:-1]}" if cell.startswith("(") else cell for cell in printed)
    brackets, signs = (read_laid_out(COVER + table.format(*cells), layout, tmp_path) for cells in (printed, signed))
    assert vehicle_records(brackets) == vehicle_records(signs)
    assert any(count < 0 for counts in vehicle_records(brackets) for _, _, count in counts)
    # the layouts print `(1)` at a column's left as words (`△1` at its right): the space-aligned reader may put
    # the header right by the figures' sums (`repair.header`), as it does other tables so printed
    assert [f for f in findings(brackets) if f[0] != "repair.header"] == findings(signs)


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("printed", [("(2)", "(2)", "-"), ("(3)", "(2)", "(1)"), ("(1)", "(2)", "-")])
def test_vehicle_brackets_no_arithmetic_makes_negatives_are_not_read_so(printed, layout, tmp_path):
    r = read_laid_out(COVER + BY_CATEGORY.format(*printed), layout, tmp_path)
    assert all(c.count >= 0 for f in r.vehicles for c in f.shortfalls)


@pytest.mark.parametrize(("cell", "read_as"), [
    ("(3)", "△3"), ("( 1,200 )", "△1,200"), ("（2）", "△2"), ("(3명)", "△3명"),
    ("37(3)", "37(3)"), ("(잠정)", "(잠정)"), ("", ""), ("3", "3"), ("△3", "△3")])
def test_a_figure_alone_in_brackets_is_the_negative_every_reader_of_brackets_takes(cell, read_as):
    """One reading of a bracket as a negative, for the vehicles' 과부족 and a generic table's change alike."""
    assert as_negative(cell) == read_as
