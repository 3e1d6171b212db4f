"""Inputs a fuzzer (mutating every sample and fixture: lines deleted, doubled, swapped; figures garbled; `|` dropped
or doubled; stray headings) found to make extraction raise, so that the whole report failed to load (branch fuzz79).
Each is pinned by the smallest text that raised, with what is read of it now:
- a figure of more digits than any report prints (`999…9`, 16 or more): floats overflowed (`round(inf)`) and
  Decimal rates could not be quantized, in budget cells, rates, written amounts and sources' brackets. It is not
  read as a figure (its cell is blank to the checks); the rest of its table is read.
- a count that is a comma alone (`총,대`, `(정수 ,)`): `int('')` in a vehicles heading.
- a stated count that is no count (`현원 1,000,명`): a staffing record of no headcount, which its schema refuses."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors.budget import _funding_sources
from pipeline.extract import extract_file
from pipeline.values import bracketed_figure, parse_amount, parse_count, parse_decimal, parse_money_cell

REPORTS = Path(__file__).parent / "department_reports"
BUDGET = """제287회 한빛구의회 제1차 정례회
2024. 6. 11. ~ 6. 25.
2024년 주요업무보고
안전총괄과

 5. 예 산 현 황                                        (단위: 천원, 2024. 5. 31. 기준)

   단위사업명                       예 산 액           집 행 액         집행률(%)
   계                              6,842,310          2,318,904              33.9
   재난관리 체계 구축              2,115,400            804,210              38.0
   안전문화 확산                     486,700            152,380              31.3
   시설물 안전관리                 4,240,210          1,362,314              32.1
"""


def extracted(tmp_path, text: str, name: str = "t.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = extract_file(path)
    return report, [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


def budget_lines(report):
    return [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in report.budget]


def test_a_figure_of_fifteen_digits_is_read_one_of_sixteen_is_not():
    assert parse_count("1" * 15) == 111_111_111_111_111
    assert parse_count("1" * 16) is None
    assert parse_decimal("9" * 400) is None and parse_decimal("1." + "5" * 400) is None
    assert parse_decimal("45.6%") == (45.6, 1)
    assert parse_money_cell("9" * 400, 1_000) is None
    assert parse_money_cell("9,999" + ",999" * 100, 1_000) is None
    assert parse_money_cell("3,000,000(시비 1,000,000 구비 2,000,000)", 1_000) == (
        3_000_000_000, "시비1,000,000구비2,000,000")  # the digits of its sources are not the figure's
    assert parse_amount("9" * 400 + "천원") is None
    assert parse_amount("1억 2,000만원") == 120_000_000
    assert bracketed_figure("(3)") == 3 and bracketed_figure("(" + "1" * 20 + ")") is None


def test_a_source_of_a_garbled_amount_leaves_the_bracket_a_note():
    assert _funding_sources("시비1,000,000구비2,000,000") == (("시비", 1_000_000.0, None), ("구비", 2_000_000.0, None))
    garbled = "시비1,000,000구비" + "9" * 40
    assert _funding_sources(garbled) == ((garbled, None, None),)


@given(st.text(alphabet="0123456789,.△-%(천원억만구비 ", max_size=600))
def test_no_figure_parser_raises(cell):
    for value in (parse_count(cell), parse_decimal(cell), parse_money_cell(cell, 100_000_000), parse_amount(cell)):
        assert value is None or isinstance(value, (int, tuple))


def test_budget_table_with_a_garbled_figure_reads_its_other_lines(tmp_path):
    report, findings = extracted(tmp_path, BUDGET.replace("486,700", "9" * 16))
    assert budget_lines(report) == [("계", 6_842_310_000, 2_318_904_000, 33.9),
                                    ("재난관리 체계 구축", 2_115_400_000, 804_210_000, 38.0),
                                    ("안전문화 확산", None, 152_380_000, 31.3),
                                    ("시설물 안전관리", 4_240_210_000, 1_362_314_000, 32.1)]
    assert findings == [("value.unreadable", "안전문화 확산", "예 산 액", None, "9" * 16)]  # told, not checked


def test_budget_table_with_a_garbled_rate_and_figure_reads_its_budgets(tmp_path):
    """A figure of 307 digits overflowed a float; its line so long its columns no longer line up, the table's
    budgets are still read, and so are the rows' other figures, each row printing every cell (hunt94: a row of
    the table's full width holds a cell a column in order; before, the executed amounts and rates were lost), the
    garbled rate found as printed."""
    report, findings = extracted(tmp_path, BUDGET.replace("     31.3", "9" * 9).replace("804,210", "9" * 307))
    assert budget_lines(report) == [("계", 6_842_310_000, 2_318_904_000, 33.9),
                                    ("재난관리 체계 구축", 2_115_400_000, None, 38.0),
                                    ("안전문화 확산", 486_700_000, 152_380_000, 999_999_999.0),
                                    ("시설물 안전관리", 4_240_210_000, 1_362_314_000, 32.1)]
    assert findings == [("value.unreadable", "재난관리 체계 구축", "집 행 액", None, "9" * 307),
                        ("rate", "안전문화 확산", "집행률(%)", "31", "999999999")]
    report, findings = extracted(tmp_path, BUDGET.replace("           31.3", "9" * 16))
    assert [line.execution_rate for line in report.budget] == [33.9, 38.0, None, 32.1]
    assert findings == [("value.unreadable", "안전문화 확산", "집행률(%)", None, "9" * 16)]


def vehicles_report(tmp_path, heading: str):
    text = (REPORTS / "2022-hanbit-hwangyeong-pymupdf4llm.md").read_text(encoding="utf-8").splitlines()[:40]
    report, findings = extracted(tmp_path, "\n".join(text).replace("3. 공용차량 - 총6대 (정수 6)", heading), "t.md")
    fleet = report.vehicles[0]
    return (fleet.printed_total, fleet.quota, [(c.category, c.count) for c in fleet.counts]), findings


def test_a_vehicles_heading_whose_count_is_a_comma_reads_none(tmp_path):
    counts = [("계", 6), ("승용", 2), ("화물", 3), ("특수", 1)]
    assert vehicles_report(tmp_path, "3. 공용차량 - 총6대 (정수 6)") == ((6, 6, counts), [])
    assert vehicles_report(tmp_path, "3. 공용차량 - 총,대 (정수 6)") == ((None, 6, counts), [])
    assert vehicles_report(tmp_path, "3. 공용차량 - 총6대 (정수 ,)") == ((6, None, counts), [])


def stated_staffing(tmp_path, stated: str):
    head = (REPORTS / "2021-hanbit-iljarigyeongje.txt").read_text(encoding="utf-8").splitlines()[:10]
    report, findings = extracted(tmp_path, "\n".join(head).replace("정원 27명, 현원 26명", stated) + "\n")
    return [(count.status, count.headcount) for count in report.staffing], findings


def test_a_stated_count_that_is_no_count_states_no_staffing(tmp_path):
    assert stated_staffing(tmp_path, "정원 27명, 현원 26명") == ([("정원", 27), ("현원", 26)], [])
    assert stated_staffing(tmp_path, "정원 27명, 현원 1,000,명") == ([], [])
    assert stated_staffing(tmp_path, "정원 27명, 현원 " + "9" * 400 + "명") == ([], [])


def staffing_and_vehicles(tmp_path, lines: list[str]):
    report, findings = extracted(tmp_path, "\n".join(lines), "t.md")
    return ([(c.status, c.grade, c.headcount) for c in report.staffing],
            [(c.category, c.count) for fleet in report.vehicles for c in fleet.counts], findings)


def test_a_pipe_alone_in_a_table_is_no_row(tmp_path):
    """A line of a `|` alone among a pipe table's rows (a converter's stray rule) was a row of no cells, which
    reading the header and joining the rows to a table above indexed into: it is no row,
    the table read as without it."""
    lines = (REPORTS / "2022-hanbit-hwangyeong-pymupdf4llm.md").read_text(encoding="utf-8").splitlines()[:40]
    assert lines[16:19] == ["|구 분|정 원|현 원|과부족|비 고|", "|---|---|---|---|---|", "|계|26|25|△1||"]
    read = staffing_and_vehicles(tmp_path, lines)
    assert read[0][:3] == [("정원", "계", 26), ("현원", "계", 25), ("과부족", "계", -1)]
    assert read[1] == [("계", 6), ("승용", 2), ("화물", 3), ("특수", 1)] and read[2] == []
    for at in (17, 18, 20, 33):
        assert staffing_and_vehicles(tmp_path, [*lines[:at], "|", *lines[at:]]) == read
