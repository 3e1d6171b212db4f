"""A table of words whose first rows print no figure (a facility list, `시설명 | 위치 | 규모 | 운영` over
`푸른아트홀 | 푸른로 120 | 연면적 4,820㎡ | 위탁` …), in a layout that marks no header (tab-separated, space-aligned,
HTML of `<td>` cells alone, a PDF): its header is its first row where the rows of words below it are alike, a cell
in every column as its first row of figures (`작은도서관 | 각 동 | - | 직영`) prints. Before, every row above that
one was counted as header (`header_rows` 3), and space-aligned text joined them into one row. A real header of two
rows (group labels over labels, a row of units) stays two."""

import pytest

from tests.layouts import NOVEMBER_COVER, read_laid_out

COVER = (NOVEMBER_COVER
         + "# Ⅰ. 일반현황\n\n## 1. 시설 현황\n\n")
LAYOUTS = ["tab", "space-aligned", "space-aligned-without-markdown", "html-tables", "pdf grid"]
FACILITIES = [["시설명", "위치", "규모", "운영"],
              ["푸른아트홀", "푸른로 120", "연면적 4,820㎡", "위탁"],
              ["구민회관", "중앙로 5", "연면적 3,100㎡", "직영"],
              ["작은도서관", "각 동", "-", "직영"]]


def grids(rows: list[list[str]], layout: str, tmp_path) -> list[tuple[int, list[list[str]]]]:
    text = COVER + "\n".join("\t".join(row) for row in rows) + "\n"
    return [(table.header_rows, table.rows) for table in read_laid_out(text, layout, tmp_path).tables]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_rows_of_words_alike_are_the_body(layout, tmp_path):
    assert grids(FACILITIES, layout, tmp_path) == [(1, FACILITIES)]


@pytest.mark.parametrize("layout", ["tab", "html-tables", "pdf grid"])
def test_rows_of_words_without_digits(layout, tmp_path):
    rows = [["시설명", "위치", "운영"], ["중앙도서관", "당산동", "직영"], ["구민체육관", "문래동", "위탁"],
            ["작은도서관", "각 동", "-"]]
    assert grids(rows, layout, tmp_path) == [(1, rows)]


@pytest.mark.parametrize("layout", ["tab", "html-tables"])
@pytest.mark.parametrize("rows, n_body", [
    # group labels over labels: a label merged across leaves a cell blank
    ([["구 분", "2024년", "", "2025년", ""], ["", "계획", "실적", "계획", "실적"],
      ["교육", "10", "9", "12", "11"]], 1),
    # a row of units under the labels
    ([["시설명", "면적", "인원"], ["", "(㎡)", "(명)"], ["본관", "4,820", "120"]], 1),
    ([["시설명", "면적", "인원"], ["(명칭)", "(㎡)", "(명)"], ["본관", "4,820", "120"]], 1),
    # a row of words with a cell blank is no body row alike the figures'
    ([["시설명", "위치", "규모", "운영"], ["푸른아트홀", "푸른로 120", "", "위탁"],
      ["작은도서관", "각 동", "-", "직영"]], 1),
])
def test_real_headers_of_two_rows_stay_two(rows, n_body, layout, tmp_path):
    """The grid's body is the row of figures alone (a header of two rows kept as one row of each column's label,
    or as printed)."""
    ((header_rows, grid),) = grids(rows, layout, tmp_path)
    assert grid[header_rows:] == rows[-n_body:]
