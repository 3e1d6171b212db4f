"""`pdftotext -layout` of HWP's staffing and vehicles tables in narrow columns, left unread by hwp108:
- a narrow label column beside a narrow column of figures, a label of two syllables and a figure of two characters
  each stacked around their row: the label's syllable and the figure's character share a line (`정   6` over
  `54   3 …` over `원   2`), read apart, each its column's stack (`AlignedRows._read_stacks`): `정 원`, 62;
  before, no staffing and no fleet (the row's line printed neither);
- a lone row whose label of two syllables stands on its upper line as the header's corner label does (`구   계 …`
  over `분`, then `정   24 …` over `원`): the corner label tells the lean (`_lean_of_corner`); before, read centred,
  `구` alone the header's and `분 정 원` the row's, no staffing;
- labels of two syllables leaning so and one of three centred on its row in one table (`결` over `원   4 …` over
  `수`), read where the run then parts one way alone; before, none of the run's labels."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.aligned import AlignedRows
from tests.layouts import needs_pdftotext
from tests.test_hwp105 import _read, _records, _stacked
from tests.test_hwp108 import _pdf_records
from tests.test_pdf_hwp_last_row_label_wrapped import FLEET, STAFFING

STAFF_SHARED = """\
Ⅰ. 일반현황
2 인 력
                                        (2025. 6.30.기준, 단위: 명)
        구
            계          일반직                공무직
        분
                소계   5급   6급   7급   8급   소계   운전
        정   6
                54    3    12   21   18    8      8
        원   2
        현   5
                51    3    11   20   17    7      7
        원   8

3 주요시설 및 장비
"""

FLEET_SHARED = """\
3 주요시설 및 장비
□ 관용차량
                                       (단위: 대)
           구
               계        승용         승합   화물   특수
           분
                   소형   중형   중형   소형   구급차
           보   1
                   3     5     4     3     2
           유   7
           정   1
                   3     5     5     3     2
           수   8

4 예산현황
"""


def test_a_label_and_a_figure_stacked_side_by_side_in_narrow_columns_read_as_their_row(tmp_path):
    (rows,), paragraphs, report = _read(STAFF_SHARED, tmp_path)
    assert rows[2:] == (("정 원", "62", "54", "3", "12", "21", "18", "8", "8"),
                        ("현 원", "58", "51", "3", "11", "20", "17", "7", "7"))
    assert not {"정", "원", "6", "2"} & set(paragraphs)
    staffing, _ = _records(report)
    assert len(staffing) == 16
    assert [count for count in staffing if count[1:3] == ("계", "계")] == [("정원", "계", "계", 62),
                                                                          ("현원", "계", "계", 58)]


def test_a_fleets_status_and_total_stacked_side_by_side_read_as_its_rows(tmp_path):
    (rows,), _, report = _read(FLEET_SHARED, tmp_path)
    assert [row[:3] for row in rows[2:]] == [("보 유", "17", "3"), ("정 수", "18", "3")]
    (fleet,) = report.vehicles
    assert [(c.kind, c.count) for c in fleet.counts][:2] == [("계", 17), ("소형", 3)]
    assert [(c.kind, c.count) for c in fleet.quotas][:2] == [("계", 18), ("소형", 3)]


STAFF_LONE_ROW = """\
Ⅰ. 일반현황
2 인 력
                                      (2025. 5.31.기준, 단위: 명)
                  구   계    5급   6급   7급   8급
                  분
                  정   24   2    6    9    7
                  원

3 주요시설 및 장비
"""


def test_a_lone_rows_label_of_two_syllables_leans_as_the_headers_corner_label(tmp_path):
    (rows,), paragraphs, report = _read(STAFF_LONE_ROW, tmp_path)
    assert rows == (("구 분", "계", "5급", "6급", "7급", "8급"), ("정 원", "24", "2", "6", "9", "7"))
    staffing, _ = _records(report)
    assert staffing == [("정원", "계", "계", 24), ("정원", "계", "5급", 2), ("정원", "계", "6급", 6),
                        ("정원", "계", "7급", 9), ("정원", "계", "8급", 7)]


def test_the_corner_label_stacked_over_its_line_tells_the_other_lean():
    """`구` over `분   계 …`: each label's second syllable on its row's line (`정` over `원   24 …`)."""
    text = "      구\n      분   계    5급\n      정\n      원   24    2\n"
    assert _stacked(text) == {0: 1, 2: 3}


STAFF_MIXED = """\
Ⅰ. 일반현황
2 인 력
                                       (2025. 6.30.기준, 단위: 명)
           구   계              일반직               공무직
           분
                    소계   5급   6급    7급   8급이하   소계      운전
           정   6
                    54   3     12   21    18    8        8
           원   2
           현   5
                    51   3     11   20    17    7        7
           원   8
           결
           원   4    3    -     1    1     1     1        1
           수

3 주요시설 및 장비
"""


def test_labels_of_two_and_three_syllables_in_one_table_read_where_they_part_one_way(tmp_path):
    """`구   계 …` over `분` leans; `정`, `원` stacked around their figures' line; `결` over `원   4 …` over `수`
    centred: one way alone."""
    (rows,), _, report = _read(STAFF_MIXED, tmp_path)
    assert [row[:3] for row in rows] == [("구 분", "계", "일반직"), ("", "", "소계"), ("정 원", "62", "54"),
                                         ("현 원", "58", "51"), ("결 원 수", "4", "3")]
    staffing, _ = _records(report)
    assert len(staffing) == 16  # 정원 and 현원: 결원수 is no status the staffing reads, printed whole either


@pytest.mark.parametrize("text", [
    # `정` / `원 현 원 결` / `원 수` parts the run as well as `정 원` / `현 원` / `결 원 수`
    "      구   계    5급\n      분\n      정   62    3\n      원\n      현   58    3\n      원\n      결\n"
    "      원   4     -\n      수\n",
    # a row printing a label of its own right under a syllable beside a character: a group's label, not stacked
    "      구분   계    5급\n      정   1\n      현원   3     1\n",
], ids=["mixed-two-ways", "own-label-below"])
def test_runs_that_part_more_ways_than_one_are_left_as_read_before(text):
    assert _stacked(text) == {}


def test_a_table_of_one_syllable_labels_and_one_digit_figures_keeps_its_rows():
    """Guard: `가   5` rows under a wider header are rows, no syllable nor digit stacked on another row."""
    lines = ["   구분   인원   비고", "   가       5    -", "   나      12    -", "   다       3    -",
             "   라       7    -"]
    aligned = AlignedRows(lines, [])
    assert [[cell.text for cell in cells] for cells in aligned.cells] == [
        ["구분", "인원", "비고"], ["가", "5", "-"], ["나", "12", "-"], ["다", "3", "-"], ["라", "7", "-"]]
    lines = ["   구분   인원", "   가       5", "   나      12", "   다       3"]
    aligned = AlignedRows(lines, [])
    assert aligned._stacked == {}
    assert [[cell.text for cell in cells] for cells in aligned.cells] == [
        ["구분", "인원"], ["가", "5"], ["나", "12"], ["다", "3"]]


def _shared_staffing(rows: list[tuple[str, int, int, int]]) -> str:
    """A staffing table as `pdftotext -layout` prints a narrow label column beside a narrow 계 column: each
    status's syllables and each total's digits a line each over and under its row's other figures."""
    lines = ["Ⅰ. 일반현황", "2 인 력", "        구", "            계     5급   6급", "        분"]
    for label, total, fifth, sixth in rows:
        lines += [f"        {label[0]}   {str(total)[0]}", f"                  {fifth:<6}{sixth}",
                  f"        {label[1]}   {str(total)[1]}"]
    return "\n".join([*lines, "", "3 주요시설 및 장비", ""])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["정원", "현원", "보유", "정수", "결원"]), st.integers(10, 99),
                          st.integers(0, 9), st.integers(0, 99)), min_size=1, max_size=4))
def test_labels_and_totals_stacked_side_by_side_read_whatever_the_figures(rows):
    lines = _shared_staffing(rows).splitlines()
    aligned = AlignedRows(lines, [])
    header, *read = [[cell.text for cell in cells] for cells in aligned.cells if cells and len(cells) == 4]
    assert header == ["구 분", "계", "5급", "6급"]
    assert read == [[" ".join(label), str(total), str(fifth), str(sixth)] for label, total, fifth, sixth in rows]


STAFF_TENS = STAFFING  # 40, 38: two digits beside `정`/`원` in a narrow 계 column
STAFF_THIRTY_FIVE = """# Ⅰ. 일반현황

## 2 인 력

(2025. 6.30.기준, 단위: 명)

구 분\t계\t일 반 직\t\t\t\t\t공 무 직\t
\t\t소 계\t5급\t6급\t7급\t8급이하\t소 계\t운전
정 원\t62\t54\t3\t12\t21\t18\t8\t8
현 원\t58\t51\t3\t11\t20\t17\t7\t7
결 원\t4\t3\t-\t1\t1\t1\t1\t1

## 3 주요시설 및 장비

○ 교육인원: 연간 1,200명
"""
FLEET_SEVENTEEN = """# Ⅰ. 일반현황

## 3 주요시설 및 장비

#### □ 관용차량

(단위: 대)

구 분\t계\t승 용\t\t승 합\t화 물\t특 수
\t\t소형\t중형\t중형\t소형\t구급차
보 유\t17\t3\t5\t4\t3\t2
정 수\t18\t3\t5\t5\t3\t2

## 4 예산현황

○ 교육인원: 연간 1,200명
"""


@needs_pdftotext
@pytest.mark.parametrize("ruling", ["none", "horizontal"])
@pytest.mark.parametrize("size", [9, 10, 11])
@pytest.mark.parametrize(("name", "text"), [("staffing", STAFF_TENS), ("fleet", FLEET),
                                            ("staffing-with-vacancies", STAFF_THIRTY_FIVE),
                                            ("small-fleet", FLEET_SEVENTEEN)])
def test_the_layout_text_of_narrow_label_and_total_columns_reads_as_the_pdf(name, text, size, ruling, tmp_path):
    """`정   4` over `35   1 …` over `원   0`, `보   3` over `12   5 …` over `유   0`: the source's counts (before,
    none of a staffing table, a fleet's shortfalls alone)."""
    read, printed = _pdf_records(text, tmp_path, size, ruling, (0, 1))
    assert read == printed
    staffing, fleets = read
    expected = {"staffing": (30, 40), "fleet": (24, 30), "staffing-with-vacancies": (24, 62), "small-fleet": (12, 17)}
    counts = staffing or fleets[0]
    assert (len(counts), counts[0][-1]) == expected[name]


STAFF_ONE_ROW = """# Ⅰ. 일반현황

## 2 인 력

(2025. 5.31.기준, 단위: 명)

구 분\t계\t5급\t6급\t7급\t8급
정 원\t24\t2\t6\t9\t7

## 3 주요시설 및 장비

○ 교육인원: 연간 1,200명
"""
FLEET_ONE_ROW = """# Ⅰ. 일반현황

## 3 주요시설 및 장비

#### □ 공용차량

(단위: 대)

구 분\t계\t승용\t승합\t화물\t특수
보 유\t12\t5\t4\t2\t1

## 4 예산현황

○ 교육인원: 연간 1,200명
"""


@needs_pdftotext
@pytest.mark.parametrize("narrow", [(0,), (0, 1)], ids=["label-column", "label-and-total-columns"])
@pytest.mark.parametrize("size", [9, 10, 11])
@pytest.mark.parametrize("text", [STAFF_ONE_ROW, FLEET_ONE_ROW], ids=["staffing", "fleet"])
def test_the_layout_text_of_a_lone_row_set_tight_reads_as_the_pdf(text, narrow, size, tmp_path):
    """The label column's lines a point closer than the figures': `정   24 …` over `원` under `구   계 …` over `분`
    (before, `분 정 원` and no count)."""
    read, printed = _pdf_records(text, tmp_path, size, "horizontal", narrow, size + 1)
    assert read == printed
    staffing, fleets = read
    assert len(staffing) == 5 if text is STAFF_ONE_ROW else [count for *_, count in fleets[0]] == [12, 5, 4, 2, 1]


@needs_pdftotext
@pytest.mark.parametrize("size", [10, 11])
def test_the_layout_text_of_two_and_three_syllables_set_tight_reads_as_the_pdf(size, tmp_path):
    """`정` over `6` over `54   3 …` over `원` over `2`, then `결` over `원   4   3 …` over `수` (before, none)."""
    read, printed = _pdf_records(STAFF_THIRTY_FIVE.replace("결 원\t", "결 원 수\t"), tmp_path, size, "horizontal",
                                 (0, 1), size + 1)
    assert read == printed
    assert len(read[0]) == 16  # 정원 and 현원: 결원수 is no status the staffing reads, in the source either


def _leaning_staffing(rows: list[tuple[str, int, int]]) -> list[str]:
    """A staffing table as `pdftotext -layout` prints a narrow label column set tight: `구   계   5급` over `분`,
    each label of two syllables on its first line (`정   24   2` over `원`), one of three centred (`과` over
    `부   △1   -` over `족`)."""
    lines = ["      구   계      5급", "      분"]
    for label, total, fifth in rows:
        figures = f"{total:<7}{fifth}"
        if len(label) == 2:
            lines += [f"      {label[0]}   {figures}", f"      {label[1]}"]
        else:
            lines += [f"      {label[0]}", f"      {label[1]}   {figures}", f"      {label[2]}"]
    return lines


_TWO_SYLLABLES = st.sampled_from(["정원", "현원", "보유", "정수", "결원"])


@settings(max_examples=40, deadline=None)
@given(st.one_of(
    st.lists(st.tuples(_TWO_SYLLABLES, st.integers(1, 999), st.integers(0, 99)), min_size=1, max_size=4),
    st.tuples(st.sampled_from(["과부족", "결원수", "정원계"]), st.integers(1, 999), st.integers(0, 99)).map(
        lambda row: [row])))
def test_labels_leaning_as_the_corner_label_read_whatever_the_rows(rows):
    """Labels of two syllables leaning as `구` over `분` does, any number of rows; a lone row's of three centred."""
    aligned = AlignedRows(_leaning_staffing(rows), [])
    read = [[cell.text for cell in cells] for cells in aligned.cells if cells]
    header, *body = read
    assert header == ["구 분", "계", "5급"]
    assert body == [[" ".join(label), str(total), str(fifth)] for label, total, fifth in rows]
