"""`pdftotext -layout` text of two conventions the PDF of hunt76's `2024-hanbit-jaesangwalli.md` showed (branch
layout77), read as the text twin reads them:
- a row merged across a table, its label alone on its line at the rows' spacing (`토지` over `대지   312   9   41`, as
  many blank lines above and below it as between the rows): before, the table parted there, the rows below a table
  of their own captioned by it; now one table, the label a row (in the first cell, the rest blank);
- a fleet's `계` row printed by characters (`계         계       3`, the label merged over both label columns and
  printed in each), its `3` two display columns left of the `1`s under it: no row nor the header told how the
  table lines up, so it was read in display columns, the `3` a column of its own and the 계 row lost to the vehicle
  records; now the 계 row, the first row of figures, tells by the first row of more cells below it, as a 계 row
  under such a row does; and a `계` merged across both label columns printed once, centred over neither (`계` over
  `승용 | 소형`), is the first column's, no column of its own (before, `승용` was raised to its row).
Left as before: a label alone right between two rows (no blank line) may be a row label's wrapped line, and is
joined to the row below; one standing over the figure columns is text, and the table parts there.
The snippets are lines copied from the fixture's render (scripts/make_pdfs.py) or laid out as it lays them."""

import functools
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import laid_out, needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.test_department_reports import finding_figures, planted

REPORTS = Path(__file__).parent / "department_reports"
PROPERTY = "2024-hanbit-jaesangwalli.md"
PLANTED = [("shortfall", "과부족", "행정 8·9급", "-1", "-2"),
           ("rate", "재산 취득 및 처분", "집행률(%)", "33.7", "33.9"),
           ("sum.table", "토 지 / 소 계", "면적(㎡)", "2,402,150", "2,412,150")]
SURVEY_ROWS = [["구분", "조사 건수", "무단점유", "대부"], ["계", "1,342", "24", "86"], ["토지", "", "", ""],
               ["대지", "312", "9", "41"], ["도로", "845", "11", "12"], ["기타", "127", "2", "18"],
               ["건물", "", "", ""], ["청사", "12", "-", "3"], ["복지시설", "46", "2", "12"]]
FLEET = [("계", "계", 3), ("승용", "소형", 1), ("승용", "중형", 1), ("화물", "소형", 1)]


def unspaced(value):
    """A record's or finding's texts without their spaces: `-layout` prints letter-spaced labels closer (`토지`)."""
    if isinstance(value, str):
        return value.replace(" ", "")
    if isinstance(value, dict):
        return {key: unspaced(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(unspaced(item) for item in value)
    return value


@functools.cache
def twin():
    return extract_file(REPORTS / PROPERTY)


def layout_reading(tmp_path: Path, printed: str = "", wrong: str = ""):
    """The report's `-layout` reading, one figure printed wrong where asked."""
    source = tmp_path / PROPERTY
    text = (REPORTS / PROPERTY).read_text(encoding="utf-8")
    assert text.count(printed) == 1 or not printed
    source.write_text(text.replace(printed, wrong) if printed else text, encoding="utf-8")
    return pdftotext_reading(source, "-layout", tmp_path)


@needs_pdftotext
def test_the_layout_text_reads_the_fleet_and_the_projects_as_the_twin(tmp_path):
    read = layout_reading(tmp_path)
    read_records, twin_records = records_but_the_document(read), records_but_the_document(twin())
    for name in ("staffing", "budget", "vehicles", "projects"):  # before: vehicles (no 계) and projects differed
        assert read_records[name] == twin_records[name], name
    assert unspaced(read_records["tables"]) == unspaced(twin_records["tables"])
    [fleet] = read.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == FLEET
    [survey] = [t for t in read.tables if t.project_seq == 1]  # before: three tables, `토지` and `건물` items
    assert (survey.caption, survey.rows) == ("실태조사 결과", SURVEY_ROWS)
    assert [tuple(map(unspaced, finding_figures(f))) for f in run_checks(read)] == unspaced(PLANTED)


@needs_pdftotext
@pytest.mark.parametrize(("printed", "wrong"), [
    ("| 24   | 86  |", "| 24   | 87  |"),  # the survey's 계 of 대부: before, its rows were in three tables
    ("| 9    | 41  |", "| 9    | 40  |"),  # a row under `토 지`, merged across
    ("| 계   | 계   | 3   |", "| 계   | 계   | 4   |"),  # the fleet's 계: before, no 계 row, nothing found
])
def test_an_error_planted_reads_alike_in_the_layout_text(printed, wrong, tmp_path):
    found = [finding_figures(f) for f in run_checks(layout_reading(tmp_path, printed, wrong))]
    expected = [key for key in planted(PROPERTY, printed, wrong) if key not in PLANTED]
    assert expected
    assert [key for key in unspaced(found) if key not in unspaced(PLANTED)] == unspaced(expected)


COVER = "2024년 주요업무 보고\n\n재산관리과\n\nⅠ. 일반현황\n"


def read_lines(tmp_path: Path, caption: str, lines: list[str], name: str = "t.txt"):
    path = tmp_path / name
    path.write_text(COVER + f"□ {caption}\n" + "\n".join(lines) + "\n\n\nⅡ. 주요업무 추진실적\n", encoding="utf-8")
    return extract_file(path)


def parted(rows: list[list[tuple[int, str]]], blanks: int = 1) -> list[str]:
    """Rows laid out as `pdftotext -layout` prints them (each text from its character column), `blanks` lines apart."""
    lines = []
    for row in rows:
        lines += [""] * blanks * bool(lines) + [laid_out(*row)]
    return lines


SURVEY = [[(44, "구분"), (57, "조사 건수"), (71, "무단점유"), (80, "대부")],
          [(44, "계"), (57, "1,342"), (71, "24"), (80, "86")], [(44, "토지")],
          [(44, "대지"), (57, "312"), (71, "9"), (80, "41")], [(44, "도로"), (57, "845"), (71, "11"), (80, "12")],
          [(44, "기타"), (57, "127"), (71, "2"), (80, "18")], [(44, "건물")],
          [(44, "청사"), (57, "12"), (71, "-"), (80, "3")], [(44, "복지시설"), (57, "46"), (71, "2"), (80, "12")]]


@pytest.mark.parametrize("blanks", [1, 2])
def test_a_row_merged_across_keeps_the_table_one(blanks, tmp_path):
    # the fixture's lines (one blank line apart), or rows twice as tall
    read = read_lines(tmp_path, "실태조사 결과", parted(SURVEY, blanks))
    assert [t.rows for t in read.tables] == [SURVEY_ROWS]
    assert run_checks(read) == []


def test_a_label_merged_across_centred_in_the_labels_column_is_a_row_too(tmp_path):
    rows = [[(column + 2 * (label in ("토지", "건물")), label), *cells] for (column, label), *cells in SURVEY]
    assert [t.rows for t in read_lines(tmp_path, "실태조사 결과", parted(rows)).tables] == [SURVEY_ROWS]


GROUPS = [[(44, "구분"), (58, "면적(㎡)")], [(44, "계"), (60, "900")], [(44, "토지")], [(44, "대지"), (60, "250")],
          [(44, "도로"), (60, "{road}")], [(44, "소계"), (60, "600")], [(44, "건물")], [(44, "청사"), (60, "300")],
          [(44, "소계"), (60, "300")]]
GROUPS_MD = """| 구 분 | 면적(㎡) |
|---|---|
| 계 | 900 |
| 토 지 | |
| 대 지 | 250 |
| 도 로 | {road} |
| 소 계 | 600 |
| 건 물 | |
| 청 사 | 300 |
| 소 계 | 300 |"""


@pytest.mark.parametrize(("road", "found"), [("350", []), ("360", [("sum.table", "소계", "면적(㎡)", "610", "600")])])
def test_a_groups_subtotal_under_a_row_merged_across_checks_as_in_the_twin(road, found, tmp_path):
    # before: `토지` and `건물` captioned tables of their own, the 소계 adding up their rows alone
    lines = [line.format(road=road) for line in parted(GROUPS)]
    read = read_lines(tmp_path, "공유재산", lines)
    text_twin = read_lines(tmp_path, "공유재산", GROUPS_MD.format(road=road).split("\n"), "t.md")
    assert unspaced([t.rows for t in read.tables]) == unspaced([t.rows for t in text_twin.tables])
    assert [finding_figures(f) for f in run_checks(read)] == found
    assert unspaced([finding_figures(f) for f in run_checks(text_twin)]) == found


def test_a_label_alone_right_between_two_rows_is_still_a_wrapped_label(tmp_path):
    # no blank line around it: as a row label's line wrapped over its figures', it goes on the row below (ambiguous)
    lines = [line.format(road="350") for line in parted(GROUPS, 0)]
    assert [t.rows for t in read_lines(tmp_path, "공유재산", lines).tables] == [
        [["구분", "면적(㎡)"], ["계", "900"], ["토지 대지", "250"], ["도로", "350"], ["소계", "600"],
         ["건물 청사", "300"], ["소계", "300"]]]


def test_a_label_alone_over_the_figure_columns_still_parts_the_table(tmp_path):
    # centred across the table, over figures: no row label's column tells it a row (read as text, as before)
    rows = [[(62, label)] if len(cells) == 0 and label in ("토지", "건물") else [(column, label), *cells]
            for (column, label), *cells in SURVEY]
    read = read_lines(tmp_path, "실태조사 결과", parted(rows))
    assert [t.rows[0] for t in read.tables] == [SURVEY_ROWS[0], SURVEY_ROWS[3], SURVEY_ROWS[7]]


# the fixture's fleet as `pdftotext -layout` prints it: words at their character columns, the `3` under the `1`s
FLEET_LINES = [laid_out((116, "(단위: 대)")),
               laid_out((43, "차종"), (53, "차종"), (62, "대수"), (75, "연료"), (92, "비고")), "",
               laid_out((43, "계"), (53, "계"), (61, "3")), "",
               laid_out((43, "승용"), (53, "소형"), (61, "1"), (73, "전기")), "",
               laid_out((43, "승용"), (53, "중형"), (61, "1"), (73, "하이브리드")), "",
               laid_out((43, "화물"), (53, "소형"), (61, "1"), (73, "경유"), (85, "내용연수 경과"))]


def fleet_counts(tmp_path: Path, lines: list[str], total: int = 3):
    read = read_lines(tmp_path, f"공용차량 - 총 {total}대", lines)
    return [(c.category, c.kind, c.count) for v in read.vehicles for c in v.counts], run_checks(read)


def test_a_fleets_total_row_printed_by_characters_first_reads_its_count(tmp_path):
    # before: `['계', '계', '3', '', '', '']`, the 3 a column of its own, and the 계 row read as no vehicles
    assert fleet_counts(tmp_path, FLEET_LINES) == (FLEET, [])
    counts, findings = fleet_counts(tmp_path, FLEET_LINES, total=4)
    assert counts == FLEET
    assert [(f.rule, f.expected, f.actual) for f in findings] == [("header.total", "3", "4")]


def test_a_fleets_total_row_printed_by_characters_last_reads_as_before(tmp_path):
    lines = [FLEET_LINES[0], FLEET_LINES[1], *FLEET_LINES[4:], "", FLEET_LINES[3]]
    assert fleet_counts(tmp_path, lines) == ([*FLEET[1:], FLEET[0]], [])


def test_a_fleets_total_merged_over_both_label_columns_printed_once_reads_alike(tmp_path):
    # `계` centred over `차종 | 차종`, as a PDF prints a label merged across them: before, a column of its own, `승용`
    # raised to the 계 row, the counts `승용 / 소계` 5 and a false `header.total` (6 where the caption says 3)
    lines = [*FLEET_LINES[:3], laid_out((48, "계"), (61, "3")), *FLEET_LINES[4:]]
    assert fleet_counts(tmp_path, lines) == (FLEET, [])
    read = read_lines(tmp_path, "공용차량 - 총 3대", lines)
    assert read.tables[0].rows[:3] == [["차종", "차종", "대수", "연료", "비고"], ["계", "", "3", "", ""],
                                       ["승용", "소형", "1", "전기", ""]]


PROPERTY_LINES = [laid_out((47, "구분"), (57, "구분"), (70, "수량"), (83, "면적(㎡)")), "",
                  laid_out((52, "계"), (70, "1,342"), (83, "2,486,310")), "",
                  laid_out((47, "토지"), (57, "소계"), (70, "1,284"), (83, "2,402,150")), "",
                  laid_out((47, "토지"), (57, "대지"), (72, "312"), (85, "486,200")), "",
                  laid_out((47, "토지"), (57, "기타"), (72, "972"), (83, "1,915,950")), "",
                  laid_out((47, "건물"), (57, "소계"), (73, "58"), (86, "84,160")), "",
                  laid_out((47, "건물"), (57, "청사"), (73, "58"), (86, "84,160"))]
PROPERTY_MD = """| 구 분 | 구 분 | 수 량 | 면적(㎡) |
|---|---|---|---|
| 계 | | 1,342 | {total} |
| 토 지 | 소 계 | 1,284 | 2,402,150 |
| 토 지 | 대 지 | 312 | 486,200 |
| 토 지 | 기 타 | 972 | 1,915,950 |
| 건 물 | 소 계 | 58 | 84,160 |
| 건 물 | 청 사 | 58 | 84,160 |"""


@pytest.mark.parametrize(("total", "found"), [
    ("2,486,310", []), ("2,496,310", [("sum.table", "계", "면적(㎡)", "2,486,310", "2,496,310")])])
def test_a_total_merged_over_two_label_columns_printed_once_checks_as_in_the_twin(total, found, tmp_path):
    # before: `계` a column of its own, `토지` raised to its row: ['토지', '계', '', '1,342', …], no 계 row checked
    lines = [line.replace("2,486,310", total) for line in PROPERTY_LINES]
    read = read_lines(tmp_path, "공유재산", lines)
    text_twin = read_lines(tmp_path, "공유재산", PROPERTY_MD.format(total=total).split("\n"), "t.md")
    assert unspaced([t.rows for t in read.tables]) == unspaced([t.rows for t in text_twin.tables])
    assert read.tables[0].rows[1] == ["계", "", "1,342", total]
    assert [finding_figures(f) for f in run_checks(read)] == found
    assert unspaced([finding_figures(f) for f in run_checks(text_twin)]) == unspaced(found)


LEADING = [[(44, "구분"), (58, "면적(㎡)")], [(44, "계"), (60, "900")], [(44, "토지")], [(44, "소계"), (60, "600")],
           [(44, "대지"), (60, "250")], [(44, "도로"), (60, "{road}")], [(44, "건물")], [(44, "소계"), (60, "300")],
           [(44, "청사"), (60, "300")]]
LEADING_MD = """| 구 분 | 면적(㎡) |
|---|---|
| 계 | 900 |
| 토 지 | |
| 소 계 | 600 |
| 대 지 | 250 |
| 도 로 | {road} |
| 건 물 | |
| 소 계 | 300 |
| 청 사 | 300 |"""


@pytest.mark.parametrize(("road", "found"), [("350", []), ("360", [("sum.table", "소계", "면적(㎡)", "610", "600")])])
def test_a_subtotal_leading_its_rows_under_a_row_merged_across_sums_those_below_it(road, found, tmp_path):
    # the merged row prints no figure, so the 소계 right under it leads its rows: before, in the text too, each 소계
    # summed the rows above it (`0` expected of the first, `610` of the second) and the 계 was found wrong
    read = read_lines(tmp_path, "공유재산", [line.format(road=road) for line in parted(LEADING)])
    text_twin = read_lines(tmp_path, "공유재산", LEADING_MD.format(road=road).split("\n"), "t.md")
    assert unspaced([t.rows for t in read.tables]) == unspaced([t.rows for t in text_twin.tables])
    assert [finding_figures(f) for f in run_checks(read)] == found
    assert unspaced([finding_figures(f) for f in run_checks(text_twin)]) == found
