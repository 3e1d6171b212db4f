"""A markdown `|` table a page break parted, as markitdown, MinerU and marker print it in a text marking no page:
each page's part a `|` table of its own, one right after the other, blank lines alone between, the part below
promoting its first row to a header (`| 7월 | 1,649 | 1,625 |` over `|---|---|---|`) or repeating the header. The
part below goes on from the part above, as two such HTML tables do (`add_table`); before, two tables, the 계 at
the end found wrong against the lower part's rows alone."""

from pathlib import Path

from checks import run_checks
from pipeline.extract import extract_file

PATH = Path("2025-hanbit-test.md")
HEADER = "| 구 분 | 접수 | 처리 |\n|---|---|---|\n"
MONTHS = [(f"{month}월", 1600 + month * 7, 1590 + month * 5) for month in range(1, 13)]
TOTAL = ("계", 19_746, 19_470)  # the months' sums


def _row(label: str, received: int, handled: int) -> str:
    return f"| {label} | {received:,} | {handled:,} |\n"


def _report(lower_part: str, upper_part: str = HEADER + "".join(_row(*month) for month in MONTHS[:6])) -> str:
    return f"# 2025년 주요업무 보고\n\n민원여권과\n\n# 1. 민원 처리 현황\n\n(단위 : 건)\n\n{upper_part}\n{lower_part}"


LOWER_ROWS = [_row(*month) for month in MONTHS[6:]] + [_row(*TOTAL)]
PROMOTED = _report(LOWER_ROWS[0] + "|---|---|---|\n" + "".join(LOWER_ROWS[1:]))  # its first row over `|---|`
REPEATED = _report(HEADER + "".join(LOWER_ROWS))


def _findings(text: str) -> list[tuple[str, str, str, str, str]]:
    report = extract_file(PATH, text.encode())
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


def _grid(text: str) -> list[list[str]]:
    return [table.rows for table in extract_file(PATH, text.encode()).tables]


def _months_grid() -> list[list[str]]:
    return [["구 분", "접수", "처리"]] + [[label, f"{a:,}", f"{b:,}"] for label, a, b in [*MONTHS, TOTAL]]


def test_a_pipe_table_parted_after_june_its_lower_part_promoting_a_row_to_header_is_one_table():
    # before, two tables: `계` found wrong against 7월~12월 alone (expected 9,999 of 19,746; 9,825 of 19,470)
    assert _grid(PROMOTED) == [_months_grid()]
    assert _findings(PROMOTED) == []


def test_a_pipe_table_parted_after_june_repeating_its_header_below_is_one_table():
    assert _grid(REPEATED) == [_months_grid()]  # the header printed again below is left out
    assert _findings(REPEATED) == []


def test_a_figure_planted_wrong_in_a_parted_pipe_table_is_one_finding_on_its_cell():
    for text in (PROMOTED, REPEATED):
        wrong = text.replace("| 9월 | 1,663 |", "| 9월 | 1,673 |")
        assert wrong != text
        assert _findings(wrong) == [("sum.table", "계", "접수", "19,756", "19,746")]


def test_a_pipe_table_right_after_another_printing_its_own_header_stays_apart():
    # as wide as the table above, but labelling its columns: a table of its own, each 계 its own rows' sum
    apart = _report("| 구 분 | 건수 | 금액 |\n|---|---|---|\n| 계 | 4 | 120 |\n| 지원 | 4 | 120 |\n",
                    HEADER + "| 계 | 30 | 52 |\n| 수급 | 30 | 52 |\n")
    assert _grid(apart) == [[["구 분", "접수", "처리"], ["계", "30", "52"], ["수급", "30", "52"]],
                            [["구 분", "건수", "금액"], ["계", "4", "120"], ["지원", "4", "120"]]]
    assert _findings(apart) == []


def test_a_pipe_table_below_a_line_of_text_stays_apart():
    # a line of text between the two: no page break a converter printed no mark of
    text = PROMOTED.replace("| 6월 | 1,642 | 1,620 |\n\n", "| 6월 | 1,642 | 1,620 |\n\n하반기 실적\n\n")
    assert [len(rows) for rows in _grid(text)] == [7, 7]


def test_a_pipe_table_parted_at_a_marked_page_break_is_one_table_as_before():
    # a form feed between the parts: joined over the page break it marks, as before
    for text in (PROMOTED, REPEATED):
        marked = text.replace("| 6월 | 1,642 | 1,620 |\n\n", "| 6월 | 1,642 | 1,620 |\n\f\n")
        assert _grid(marked) == [_months_grid()]
        assert _findings(marked) == []
