"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of a staffing table whose header is two lines, the lower one
of grades opening with a digit (`6급    7급  8급  9급` under `구 분  계       일 반 직       공무직`) (branch
mupdf114).

PyMuPDF counts the blanks before each word in its own letters' average width: a line of grades (a digit and a
syllable each) is indented by more blanks than a line of syllables drawn from the same edge, and its gaps are
counted in narrower blanks than the class line's above it. In display columns or in characters the grades then
stand off their figures and their classes, and the table was read with its grades a column off (`일반직 계 1`,
`공무직 6급 …`). Such a table is now measured in its letters' widths (`_measured_in_letter_widths`), where its grades
each stand over a figure of their own more often than measured otherwise (`_labels_over_own_figures`) and as evenly
off them (`_offsets_spread`; `pdftotext -layout`'s grades stand evenly off their figures as typed). The lines
here are set by PyMuPDF's rule (tests/test_mupdf105.py) from a table drawn as a word processor draws it: header
labels centred in their cells, row labels and figures at their cells' left."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tests.test_mupdf105
from pipeline.aligned import _in_letter_widths, _labels_over_own_figures, split_cells
from pipeline.extract import extract_file
from pipeline.records import records_data
from pipeline.values import label_groups
from tests.test_mupdf99 import line
from tests.test_mupdf105 import EM, sorted_line, word_width
from tests.test_mupdf106 import short


def glyph_width(char: str) -> float:
    """A glyph's width in points as a Korean font draws it: a syllable or `△` a full em, a digit some 0.63 of it,
    `-` 0.84, a blank a third."""
    if char == " ":
        return EM / 3
    return EM * (0.84 if char == "-" else 0.63 if char.isascii() else 1)


@pytest.fixture(autouse=True)
def korean_font(monkeypatch):
    monkeypatch.setattr(tests.test_mupdf105, "glyph_width", glyph_width)


PADDING = 6.0  # a cell's text from its left edge, in points
MARGIN = 36.0  # the page's left text edge
# the columns' edges in points: row labels, 계, four grades, 공무직
EDGES = (312.7, 349.2, 372.6, 414.1, 440.3, 466.5, 492.7, 529.2)
FIVE_GRADES = (300.7, 337.2, 363.4, 399.9, 426.1, 452.3, 478.5, 504.7, 541.3)  # row labels, 계, 5급 … 9급, 공무직


def words_from(x: float, text: str) -> list[tuple[float, str]]:
    """A text's words from x, a blank between them."""
    words = []
    for word in text.split(" "):
        words.append((x, word))
        x += word_width(word) + glyph_width(" ")
    return words


def centred(left: float, right: float, text: str) -> list[tuple[float, str]]:
    width = sum(map(word_width, text.split(" "))) + glyph_width(" ") * text.count(" ")
    return words_from((left + right - width) / 2, text)


def staffing_lines(edges: tuple[float, ...], classes: list[tuple[int, int, str]], grades: list[str],
                   rows: dict[str, list[str]]) -> list[str]:
    """The header's class line (each label centred over columns j..k), its grade line (a grade a column from the
    third) and the rows (a label, then a figure a column), as PyMuPDF's sorted text prints them."""
    upper = [word for j, k, text in classes for word in centred(edges[j], edges[k + 1], text)]
    lower = [word for j, grade in enumerate(grades, 2) for word in centred(edges[j], edges[j + 1], grade)]
    body = [words_from(edges[0] + PADDING, label) + [word for j, figure in enumerate(figures, 1)
                                                      for word in words_from(edges[j] + PADDING, figure)]
            for label, figures in rows.items()]
    return [sorted_line(words, MARGIN) for words in (upper, lower, *body)]


def report_text(lines: list[str]) -> str:
    date = " " * 140 + "(2023. 5. 31. 기준, 단위: 명)"
    return "\n\n".join(["2023년 주요업무 보고", " 1. 일반현황", " 2. 인 력", date, *lines, " 3. 청사 현황",
                        " ○ 동 청사 : 지하1층 ~ 지상4층"]) + "\n"


def read_staffing(tmp_path: Path, text: str) -> set[tuple[str, str, str, int]]:
    path = tmp_path / "2023-hanbit-saemmaeul-pymupdf-sort.txt"
    path.write_text(text, encoding="utf-8")
    return {(record["status"], record["job_class"], record["grade"], record["headcount"])
            for record in records_data(extract_file(path), with_sources=False)["staffing"]}


def with_shortfall(quota: list[str], now: list[str]) -> dict[str, list[str]]:
    """The rows 정 원 and 현 원 and the 과부족 row under them (`△1` one short, `-` none)."""
    return {"정 원": quota, "현 원": now, "과부족": [short(int(a), int(b)) for a, b in zip(quota, now, strict=True)]}


def headcount(figure: str) -> int:
    return 0 if figure == "-" else -int(figure[1:]) if figure.startswith("△") else int(figure)


def expected(grades: list[str], rows: dict[str, list[str]]) -> set[tuple[str, str, str, int]]:
    """The records of a table of 계, 일반직's grades and 공무직, each row's figures in that order."""
    out = set()
    for label, (total, *figures, other) in rows.items():
        status = label.replace(" ", "")
        out |= {(status, "계", "계", headcount(total)), (status, "공무직", "계", headcount(other))}
        out |= {(status, "일반직", grade, headcount(figure)) for grade, figure in zip(grades, figures, strict=True)}
    return out


CLASSES = [(0, 0, "구 분"), (1, 1, "계"), (2, 5, "일 반 직"), (6, 6, "공무직")]
GRADES = ["6급", "7급", "8급", "9급"]
ROWS = with_shortfall(["15", "2", "4", "3", "3", "3"], ["14", "2", "3", "4", "2", "3"])


def test_the_grade_line_is_indented_by_more_blanks_than_the_rows():
    upper, lower, quota, *_ = staffing_lines(EDGES, CLASSES, GRADES, ROWS)
    assert upper.index("구") == quota.index("정")  # the corner label and the row labels from one edge
    first, (_, _, own, next_one, *_) = split_cells(lower)[0], split_cells(quota)
    assert (own.text, next_one.text) == ("2", "4")
    assert abs(first.centre - next_one.centre) < abs(first.centre - own.centre)  # `6급` nearer 7급's `4`


def test_grades_stand_over_their_own_figures_in_letter_widths():
    _, lower, quota, *_ = staffing_lines(EDGES, CLASSES, GRADES, ROWS)
    grades, figures = split_cells(lower), split_cells(quota)
    assert _labels_over_own_figures(grades, figures) == 3  # `6급` nearer `4` than `2`: 7급 loses its figure
    assert _labels_over_own_figures(_in_letter_widths(grades), _in_letter_widths(figures)) == 4


def test_a_two_line_header_of_grades_reads_each_grade_its_figures(tmp_path: Path):
    text = report_text(staffing_lines(EDGES, CLASSES, GRADES, ROWS))
    assert read_staffing(tmp_path, text) == expected(GRADES, ROWS)


def test_five_grades_under_a_class_of_three_letters_read_alike(tmp_path: Path):
    grades = ["5급", "6급", "7급", "8급", "9급"]
    rows = with_shortfall(["31", "1", "6", "9", "5", "4", "6"], ["29", "1", "5", "8", "6", "3", "6"])
    classes = [(0, 0, "구 분"), (1, 1, "계"), (2, 6, "일반직"), (7, 7, "공무직")]
    lines = staffing_lines(FIVE_GRADES, classes, grades, rows)
    assert read_staffing(tmp_path, report_text(lines)) == expected(grades, rows)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.integers(0, 9).map(str), min_size=4, max_size=4), min_size=2, max_size=2),
       st.lists(st.integers(1, 9).map(str), min_size=2, max_size=2))
def test_grades_of_any_figures_of_one_digit_read_their_own(tmp_path_factory, grades_figures, others):
    rows = with_shortfall(*([str(sum(map(int, figures)) + int(other)), *figures, other]
                            for figures, other in zip(grades_figures, others, strict=True)))
    text = report_text(staffing_lines(EDGES, CLASSES, GRADES, rows))
    read = read_staffing(tmp_path_factory.mktemp("staff"), text)

    def grades_figures(records: set[tuple[str, str, str, int]]) -> set[tuple[str, str, int]]:
        return {(status, grade, count) for status, _, grade, count in records if grade in GRADES}

    # each grade its own figures (a gap's rounding in letters' widths may still set `공무직` over 9급's figures:
    # its class then read 공무직)
    assert grades_figures(read) == grades_figures(expected(GRADES, rows))


def test_the_same_table_typed_in_display_columns_reads_alike(tmp_path: Path):
    """Typed with each grade over its figures (`pdftotext -layout`'s columns), the table is read as typed: its
    grades stand over their own figures there already."""
    lines = [line((36, "구 분"), (43, "계"), (55, "일 반 직"), (75, "공무직")),
             line((49, "6급"), (55, "7급"), (61, "8급"), (67, "9급")),
             *(line((36, label), (44, total), (50, a), (56, b), (62, c), (68, d), (76, other))
               for label, (total, a, b, c, d, other) in ROWS.items())]
    assert read_staffing(tmp_path, report_text(lines)) == expected(GRADES, ROWS)


def test_named_grades_of_another_series_start_a_group_of_their_own():
    """`연구관` ranks as 5급 and `지도관` above `연구사`: each opens its class's grades, as a numbered grade
    ranking no lower than the one before does."""
    labels = ["5급", "6급", "7급", "8급", "연구관", "연구사", "지도관", "지도사"]
    assert label_groups(labels, 0, len(labels)) == [range(0, 4), range(4, 6), range(6, 8)]
    assert label_groups(["사무관", "주사", "주사보", "서기", "서기보"], 0, 5) == [range(0, 5)]


# row labels, 계, 5급 … 8급, 연구관, 연구사, 지도관, 지도사, 공무직
SERIES = (260.0, 296.5, 322.7, 358.2, 384.4, 410.6, 436.8, 476.3, 515.8, 555.3, 594.8, 631.3)


def test_named_grades_under_their_classes_beside_numbered_ones(tmp_path: Path):
    grades = ["5급", "6급", "7급", "8급", "연구관", "연구사", "지도관", "지도사"]
    classes = [(0, 0, "구 분"), (1, 1, "계"), (2, 5, "일 반 직"), (6, 7, "연 구 직"), (8, 9, "지 도 직"),
               (10, 10, "공무직")]
    rows = with_shortfall(["20", "1", "3", "4", "2", "1", "2", "1", "3", "3"],
                          ["19", "1", "4", "3", "2", "1", "1", "1", "3", "3"])
    read = read_staffing(tmp_path, report_text(staffing_lines(SERIES, classes, grades, rows)))
    classes_of = dict.fromkeys(grades[:4], "일반직") | dict.fromkeys(grades[4:6], "연구직") | dict.fromkeys(
        grades[6:], "지도직")
    assert {(status, job_class, grade, count) for status, job_class, grade, count in read if grade in grades} == {
        (label.replace(" ", ""), classes_of[grade], grade, headcount(figure))
        for label, figures in rows.items() for grade, figure in zip(grades, figures[1:-1], strict=True)}
