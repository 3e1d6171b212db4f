"""Two gaps (branch misc77):
- a total cost's years printed after a slash, no bracket and no sources (`총사업비: 3,600,000천원 / 2024년 1,200,000,
  2025년 2,400,000`, `총사업비: 36억원 / ’24년 12억, ’25년 24억`, `총사업비 36억원 / 2024년 12억원, …`): read as its
  years' shares, as in its bracket, so a wrong year is one finding (`sum.project_cost`); before, unread, nothing
  checked. Only a total cost's (`총사업비`, `사업비`): another amount's slash may part it from another year's
  (`예산: 500,000천원 / 2024년 600,000천원`); nor a slash between dates or words (`2024. 3. / 2025. 2.`, `국·시비 /
  구비`). A total in 억 printing no `원` (`총사업비: 36억 (’24년 12억, …)`) has its shares read too (before, none);
- a caption docling prints merged across a table's first row, its text in every cell (`| □ 공용차량 - 총 3대 | □
  공용차량 - 총 3대 | … |` over the header): the table's caption line above it, as other converters print it, so
  the table is read under it (a fleet's `총 3대` checked; before, the table's caption the title above, `3. 차 량`,
  its total unchecked), any kind of table (a budget under `□ 예산현황 (단위: 천원)`: before, a generic table, no
  budget lines; a unit or a date alone so printed is the table's, as before). The rule that
  parts it from a row merged across (hunt76, a group's label in every cell): the first row, printing a caption's
  text (a `□`/`○` heading, a count `총 N대`, a bracket of a unit or a date); a label alone stays the row it is."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors.projects import cost_shares, with_breakdown_in_bracket
from pipeline.document import Bullet, Heading, Paragraph, Table
from pipeline.read_text import read_text
from tests.layouts import read_markdown
from tests.test_cost73 import ENERGY, TOTAL_LINE, findings, read, shares, sources
from tests.test_department_reports import finding_figures
from tests.test_hunt76 import GRID, PROPERTY, STAFF, STAFF_TABLE

K, E = 1_000, 100_000_000


@pytest.mark.parametrize(("block", "unit", "figures"), [
    ("- 총사업비: 3,600,000천원 / 2024년 1,200,000, 2025년 1,500,000, 2026년 900,000\n", "천원",
     [1_200_000 * K, 1_500_000 * K, 900_000 * K]),
    ("- 총사업비: 3,600,000천원 / 2024년 1,200,000 / 2025년 1,500,000 / 2026년 900,000\n", "천원",
     [1_200_000 * K, 1_500_000 * K, 900_000 * K]),
    ("- 총사업비: 36억원 / ’24년 12억, ’25년 15억, ’26년 9억\n", "억원", [12 * E, 15 * E, 9 * E]),
    ("- 총사업비 36억원 / 2024년 12억원, 2025년 15억원, 2026년 9억원\n", "억원", [12 * E, 15 * E, 9 * E]),
    ("- 총사업비: 36억 / ’24년 12억, ’25년 15억, ’26년 9억\n", "억원", [12 * E, 15 * E, 9 * E]),
    ("- 총사업비: 36억 (’24년 12억, ’25년 15억, ’26년 9억)\n", "억원", [12 * E, 15 * E, 9 * E]),
])
def test_a_totals_years_after_a_slash_are_its_shares(block, unit, figures, tmp_path):
    r = read(tmp_path, block)
    assert shares(r) == (3_600_000 * K, (unit, figures, True))
    assert findings(r) == []
    # no sources printed: the 계 alone, its years' shares beside its total (branch left90; before, no line)
    scale = K if unit == "천원" else E
    years = {f"{year}년": f"{figure // scale:,}" for year, figure in zip((2024, 2025, 2026), figures, strict=True)}
    assert [(name, columns) for name, columns, *_ in sources(r)] == [
        ("계", {"총사업비": f"{3_600_000 * K // scale:,}", **years})]


@pytest.mark.parametrize(("block", "expected"), [
    ("- 총사업비: 3,600,000천원 / 2024년 1,200,000, 2025년 1,500,000, 2026년 1,000,000\n", "3,700,000천원"),
    ("- 총사업비: 3,600,000천원 / 2024년 1,200,000 / 2025년 1,400,000 / 2026년 900,000\n", "3,500,000천원"),
    ("- 총사업비: 36억원 / ’24년 12억, ’25년 15억, ’26년 10억\n", "37억원"),
    ("- 총사업비 36억원 / 2024년 12억원, 2025년 15억원, 2026년 10억원\n", "37억원"),
])
def test_a_wrong_year_after_a_slash_is_one_finding(block, expected, tmp_path):
    # before: none, the years unread
    actual = "36억원" if "억" in block else "3,600,000천원"
    assert findings(read(tmp_path, block)) == [
        ("sum.project_cost", ENERGY, "총사업비", None, expected, actual, TOTAL_LINE)]


@pytest.mark.parametrize("block", [
    "- 총사업비: 3,600,000천원 / 2024. 3. ~ 2026. 12.\n",  # a period after the slash
    "- 총사업비: 3,600,000천원 / 국·시비 / 구비\n",  # its sources named, no figures
    "- 총사업비: 3,600,000천원 / 2024. 3. / 2025. 2.\n",
    "- 총사업비: 3,600,000천원 / 2025년 3월 착공\n",
])
def test_a_slash_before_no_years_shares_is_read_as_before(block, tmp_path):
    r = read(tmp_path, block)
    assert shares(r) == (3_600_000 * K, None)
    assert findings(r) == []


@pytest.mark.parametrize("text", [
    "예산: 500,000천원 / 2024년 600,000천원",  # not a total cost: another year's budget beside it
    "3,600,000천원 / 2024년 1,200,000, 2025년 2,400,000",  # no label saying it is a total cost
    "총사업비: 3,600,000천원 / 2024. 3. ~ 2025. 2.",
    "총사업비: 3,600,000천원 / 국·시비 / 구비",
])
def test_what_is_no_totals_years_after_a_slash_stays_as_printed(text):
    assert with_breakdown_in_bracket(text) == text
    assert cost_shares(text) is None


_YEARS = st.lists(st.sampled_from(["2024년", "2025년", "’26년", "2027년", "기투자", "향후"]), min_size=1, max_size=4,
                  unique=True)
_FIGURE = st.integers(1, 9_999_999)


@given(_YEARS, st.data(), st.sampled_from([", ", " / ", " · ", " "]), st.sampled_from(["총사업비: ", "총사업비 ",
                                                                                        "사업비 : "]))
def test_years_after_a_slash_read_as_in_a_bracket(labels, data, separator, label):
    figures = data.draw(st.lists(_FIGURE, min_size=len(labels), max_size=len(labels)))
    after = separator.join(f"{year} {figure:,}" for year, figure in zip(labels, figures, strict=True))
    text = f"{label}3,600,000천원 / {after}"
    assert with_breakdown_in_bracket(text) == f"{label}3,600,000천원 ({after})"
    assert cost_shares(text)[:2] == ("천원", [figure * K for figure in figures])
    assert cost_shares(text) == cost_shares(f"{label}3,600,000천원 ({after})")


@given(st.integers(2020, 2030), st.integers(1, 12), st.integers(1, 12), st.sampled_from([" / ", "/", " ~ "]))
def test_dates_after_a_slash_are_no_shares(year, first, last, between):
    text = f"총사업비: 3,600,000천원 / {year}. {first}. {between} {year + 1}. {last}."
    assert with_breakdown_in_bracket(text) == text
    assert cost_shares(text) is None


FLEET = """2024년 주요업무 보고

재산관리과

## Ⅰ. 일반현황

## 3. 차 량

| {c} | {c} | {c} | {c} | {c} |
|-----|-----|-----|-------|---------|
| 차 종 | 차 종 | 대 수 | 연 료   | 비 고     |
| 계   | 계   | 3   |       |         |
| 승 용 | 소형  | 1   | 전기    |         |
| 승 용 | 중형  | 1   | 하이브리드 |         |
| 화 물 | 소형  | 1   | 경유    | 내용연수 경과 |
"""
COUNTS = [("계", "계", 3), ("승용", "소형", 1), ("승용", "중형", 1), ("화물", "소형", 1)]



@pytest.mark.parametrize(("caption", "read_caption", "unit"), [
    ("□ 공용차량 - 총 3대", "공용차량 - 총 3대", None),  # docling's, as in 2024-hanbit-jaesangwalli.md
    ("□ 공용차량 - 총 3대 (단위: 대)", "공용차량 - 총 3대", "대"),
    ("○ 공용차량(총 3대)", "공용차량(총 3대)", None),
    ("공용차량 현황 (총 3대)", "공용차량 현황 (총 3대)", None),
])
def test_a_caption_merged_across_the_first_row_captions_the_fleet(caption, read_caption, unit, tmp_path):
    [fleet] = read_markdown(tmp_path, FLEET.format(c=caption), PROPERTY).vehicles
    assert (fleet.caption, fleet.printed_total, fleet.unit, fleet.source.line) == (read_caption, 3, unit, 11)
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == COUNTS


def test_a_wrong_total_in_a_caption_merged_across_is_found(tmp_path):
    # before: the fleet's caption `3. 차 량`, its `총 4대` unread, nothing found
    r = read_markdown(tmp_path, FLEET.format(c="□ 공용차량 - 총 4대"), PROPERTY)
    assert [finding_figures(f) + (f.source.line,) for f in run_checks(r)] == [
        ("header.total", "제목", "총계", "3", "4", 9)]  # on the caption's line


def test_a_staffing_table_under_a_caption_merged_across(tmp_path):
    caption = "□ 인력현황 (2024. 5. 31. 기준)"
    text = STAFF_TABLE.format(a="일반직", b="구 분", c="계", d="행정", e="시설", f="공무직").replace(
        "| 구 분 | 계 | 일반직 |", f"| {' | '.join([caption] * 9)} |\n|---|---|---|---|---|---|---|---|---|\n"
        "| 구 분 | 계 | 일반직 |", 1)
    r = read_markdown(tmp_path, text, PROPERTY)
    printed = STAFF | {"과부족": [-1, 0, 1, -1, -1, 0, 0, 0]}  # as STAFF_TABLE prints it, right
    for status, counts in printed.items():
        assert [(s.job_class, s.grade, s.headcount) for s in r.staffing if s.status == status] == [
            (*cell, count) for cell, count in zip(GRID, counts, strict=True)]
    assert {s.as_of for s in r.staffing} == {date(2024, 5, 31)}
    assert run_checks(r) == []


BUDGET = """2024년 주요업무 보고

재산관리과

## Ⅰ. 일반현황

## 4. 예산현황

| {c} | {c} | {c} | {c} |
|------------|-----------|-----------|------------------|
| 단위사업명      | 예산액       | 집행액       | 집행률(%) |
| 계          | 2,160,000 | 702,080 | 32.5             |
| 공유재산 관리    | 1,520,000 | 486,400   | 32.0             |
| 재산 취득 및 처분 | 640,000   | 215,680   | 33.9             |
"""


@pytest.mark.parametrize("caption", ["(단위: 천원)", "○ 단위사업별 예산 (단위: 천원)", "□ 예산현황 (단위: 천원)"])
def test_a_budget_under_a_unit_merged_across_the_first_row(caption, tmp_path):
    r = read_markdown(tmp_path, BUDGET.format(c=caption), PROPERTY)
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in r.budget] == [
        ("계", 2_160_000 * K, 702_080 * K, "32.5"), ("공유재산 관리", 1_520_000 * K, 486_400 * K, "32.0"),
        ("재산 취득 및 처분", 640_000 * K, 215_680 * K, "33.9")]
    # the one error planted: 215,680 ÷ 640,000 is 33.7%
    assert [finding_figures(f) + (f.source.line,) for f in run_checks(r)] == [
        ("rate", "재산 취득 및 처분", "집행률(%)", "33.7", "33.9", 14)]


def test_a_date_and_unit_merged_across_the_first_row_are_the_tables(tmp_path):
    r = read_markdown(tmp_path, BUDGET.format(c="(2024. 5. 31. 기준, 단위: 천원)"), PROPERTY)
    assert [(b.name, b.budget_krw, b.as_of) for b in r.budget][:1] == [("계", 2_160_000 * K, date(2024, 5, 31))]


def blocks(rows: str) -> list:
    return read_text("t.md", f"## 3. 차 량\n\n{rows}".encode()).blocks


def test_the_first_row_a_caption_and_a_row_merged_across_are_kept_apart():
    rows = "|---|---|\n| 차 종 | 대 수 |\n| 계 | 3 |\n"
    caption, table = blocks(f"| □ 공용차량 - 총 3대 | □ 공용차량 - 총 3대 |\n{rows}")[1:]
    assert caption == Heading("공용차량 - 총 3대", 0, "□", 3)
    assert (table.rows, table.line, table.header_rows) == ((("차 종", "대 수"), ("계", "3")), 5, None)
    # a `○` item, a paragraph
    assert blocks(f"| ○ 공용차량 | ○ 공용차량 |\n{rows}")[1] == Bullet("공용차량", 0, "○", 3)
    assert blocks(f"| 차량 현황(총 3대) | 차량 현황(총 3대) |\n{rows}")[1] == Paragraph("차량 현황(총 3대)", 3)
    # a label alone in every cell of the first row: a row merged across, as hunt76 reads it, in the table
    [_, table] = blocks(f"| 일반회계 | 일반회계 |\n{rows}")
    assert isinstance(table, Table) and table.rows[0] == ("일반회계", "")
    # a caption's text in a body row: a row merged across too, not a caption
    [_, table] = blocks("| 차 종 | 대 수 |\n|---|---|\n| □ 승용 | □ 승용 |\n| 계 | 3 |\n")
    assert table.rows == (("차 종", "대 수"), ("□ 승용", ""), ("계", "3"))
