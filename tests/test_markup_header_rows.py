"""A table's header as its markup marks it (a pipe table's `| --- |`, a pandoc grid table's `+===+`, an HTML
table's `<thead>` or `<th>` row): rows of words under it are the body's (a facility list whose first rows print no
figure) where it prints a label in every column, but rows printing no first label (a label's wrapped part); a
marked header leaving a cell blank (a label merged across or down) goes on below it, as one printed over several rows;
a table whose markup marks nothing (tab, HTML of `<td>` cells alone) keeps the generic rule's header."""

import pytest

from tests.layouts import read_laid_out

COVER = "제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n# 2025년 주요업무 보고\n\n## 문 화 체 육 과\n\n"
HEAD = "# Ⅰ. 일반현황\n\n## 3 주요 시설\n\n□ 문화시설 현황\n\n"
FACILITIES = [["시설명", "위치", "규모", "운영"], ["푸른아트홀", "푸른로 120", "연면적 4,820㎡", "위탁"],
              ["구민회관", "영등포로 12", "대지 1,200㎡", "직영"], ["작은도서관", "각 동", "-", "직영"]]


def _pipe(rows):
    return "\n".join(["| " + " | ".join(rows[0]) + " |", "| --- " * len(rows[0]) + "|",
                      *("| " + " | ".join(row) + " |" for row in rows[1:])]) + "\n\n"


def _bare_pipe(rows):
    return "\n".join([" | ".join(rows[0]), " | ".join(":-:" for _ in rows[0]),
                      *(" | ".join(row) for row in rows[1:])]) + "\n\n"


def _grid(rows, header=1):
    """As pandoc writes a grid table: its header above `+===+`."""
    widths = [max(len(row[c]) * 2 + 2 for row in rows) for c in range(len(rows[0]))]
    border = "+" + "+".join("-" * w for w in widths) + "+"
    lines = [border]
    for k, row in enumerate(rows):
        lines.append("|" + "|".join(" " + cell + " " * (w - 1 - _width(cell)) for cell, w in zip(row, widths,
                                                                                             strict=True)) + "|")
        lines.append(border.replace("-", "=") if k == header - 1 else border)
    return "\n".join(lines) + "\n\n"


def _width(text):
    return sum(2 if "\uac00" <= ch <= "\ud7a3" or ch == "㎡" else 1 for ch in text)


def _html(rows, head="thead"):
    """`head`: `thead` (the first row in `<thead>`), `th` (its cells `<th>`), or `td` (nothing marked)."""
    def row_html(row, tag):
        return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in row) + "</tr>"
    first = {"thead": f"<thead>{row_html(rows[0], 'td')}</thead><tbody>", "th": row_html(rows[0], "th"),
             "td": row_html(rows[0], "td")}[head]
    return "\n".join(["<table>", first, *(row_html(row, "td") for row in rows[1:]),
                      "</tbody></table>" if head == "thead" else "</table>"]) + "\n\n"


def _tab(rows):
    return "\n".join("\t".join(row) for row in rows) + "\n\n"


def _read(table_text, tmp_path):
    r = read_laid_out(COVER + HEAD + table_text, "as-printed", tmp_path)
    return [(t.caption, t.header_rows, t.rows) for t in r.tables]


@pytest.mark.parametrize("write", [_pipe, _bare_pipe, _grid, _html,
                                   lambda rows: _html(rows, "th")],
                         ids=["pipe", "bare-pipe", "grid", "html-thead", "html-th"])
def test_a_facility_list_of_words_has_the_one_header_row_its_markup_marks(write, tmp_path):
    # before: every row above the first figure (the `-` of 작은도서관) was the header, header_rows 3
    assert _read(write(FACILITIES), tmp_path) == [("문화시설 현황", 1, FACILITIES)]


@pytest.mark.parametrize("write", [_tab, lambda rows: _html(rows, "td")], ids=["tab", "html-td"])
def test_a_facility_list_whose_markup_marks_no_header_has_its_first_row_as_header(write, tmp_path):
    # the rows of words above the first figure print a cell in every column, as it does: body rows (before, the
    # header, header_rows 3; tests/test_words_rows_under_unmarked_header.py)
    assert _read(write(FACILITIES), tmp_path) == [("문화시설 현황", 1, FACILITIES)]


def test_a_grid_table_marking_two_header_rows_keeps_them(tmp_path):
    rows = [["구 분", "2024년", "", "2025년", ""], ["", "계획", "실적", "계획", "실적"],
            ["체육시설", "12", "11", "13", "6"], ["문화시설", "8", "8", "9", "4"]]
    assert _read(_grid(rows, header=2), tmp_path) == [("문화시설 현황", 1, [
        ["구 분", "2024년 계획", "2024년 실적", "2025년 계획", "2025년 실적"], *rows[2:]])]


@pytest.mark.parametrize("write", [_pipe, _bare_pipe, _grid], ids=["pipe", "bare-pipe", "grid"])
def test_a_header_of_several_rows_in_a_one_row_markup_header_goes_on_under_its_merged_first_label(write, tmp_path):
    # the converter marks the first row alone; the row under it prints no first label (`구 분` merged down)
    rows = [["구 분", "2024년", "", "2025년", ""], ["", "계획", "실적", "계획", "실적"],
            ["체육시설", "12", "11", "13", "6"], ["문화시설", "8", "8", "9", "4"]]
    assert _read(write(rows), tmp_path) == [("문화시설 현황", 1, [
        ["구 분", "2024년 계획", "2024년 실적", "2025년 계획", "2025년 실적"], *rows[2:]])]


@pytest.mark.parametrize("write", [_pipe, _grid, _html], ids=["pipe", "grid", "html-thead"])
def test_words_under_a_one_row_header_then_figures_are_body_rows(write, tmp_path):
    rows = [["구 분", "소재지", "개관", "좌석"], ["대공연장", "본관 3층", "미정", "협의 중"],
            ["소공연장", "별관 1층", "2019년", "180"]]
    # before: `대공연장 | 본관 3층 | 미정 | 협의 중` read as a second header row (header_rows 2)
    assert _read(write(rows), tmp_path) == [("문화시설 현황", 1, rows)]


@pytest.mark.parametrize("write", [_pipe, _grid], ids=["pipe", "grid"])
def test_a_full_one_row_header_goes_on_in_a_row_printing_no_first_label(write, tmp_path):
    rows = [["시설명", "연면적", "좌석", "운영"], ["", "(㎡)", "(석)", ""], ["푸른아트홀", "4,820", "320", "위탁"],
            ["구민회관", "2,100", "180", "직영"]]
    assert _read(write(rows), tmp_path) == [("문화시설 현황", 1, [
        ["시설명", "연면적(㎡)", "좌석(석)", "운영"], *rows[2:]])]

