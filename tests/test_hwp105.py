"""`pdftotext -layout` of staffing and vehicles tables as HWP prints them to PDF, a label wrapped a syllable a line in
a narrow label column and no blank line between the rows: `정` over the row's figures over `원`, `구` over the
header's line over `분`, a fleet's `총` over its header's first line over `계` and `소` over its second over `계`.
Each label's lines are joined to the row (or header line) they are stacked around, so the text reads as the PDF
itself does. Before, each syllable went to the nearer row (`정 원 현`, then `원`: no status read, no staffing), the
`구` over the table's first line was a paragraph and a fleet's header lines rows of their own (no fleet)."""

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from pipeline.aligned import _stacked_label_lines, split_cells
from pipeline.document import Paragraph, Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.layouts import needs_pdftotext
from tests.test_pdf_hwp_last_row_label_wrapped import FLEET, STAFFING, _render
from tests.test_pdf_hwp_shaded import VEHICLES, render_as_hwp

STAFF_STACKED = """\
Ⅰ. 일반현황
2 인 력
                                         (2024. 6.30.기준, 단위: 명)
      구
          계            일반직                     공무직
      분
               소계   5급   6급   7급   8급   9급   소계   운전
      정
          26   22    1     5     8     5     3     4      4
      원
      현
          25   21    1     4     8     6     2     4      4
      원

3 주요시설 및 장비
"""

FLEET_HEADER_STACKED = """\
3 주요시설 및 장비
□ 관용차량 - 총14대
                                                  (단위: 대)
총
          승용               승합               화물        특수
계
     소                 소                 소
          소형   중형          중형   대형          소형        구급차
     계                 계                 계
14   5    2     3      4     3     1      3     3          2

4 예산현황
"""

FLEET_ROWS_STACKED = """\
3 주요시설 및 장비
□ 공용차량 - 총12대 (정수 13)
                                   (단위: 대)
      구
          계     승용   승합   화물   특수
      분
      보
          12     5     4     2     1
      유
      정
          13     5     4     3     1
      수

4 예산현황
"""


def _read(text: str, tmp_path: Path, name: str = "report.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    blocks = read_document(path).blocks
    report = extract_file(path)
    return ([block.rows for block in blocks if isinstance(block, Table)],
            [block.text for block in blocks if isinstance(block, Paragraph)], report)


def test_a_staffing_tables_labels_stacked_around_their_rows_read_as_its_rows(tmp_path):
    (rows,), paragraphs, report = _read(STAFF_STACKED, tmp_path)
    assert rows == (("구 분", "계", "일반직", "", "", "", "", "", "공무직", ""),
                    ("", "", "소계", "5급", "6급", "7급", "8급", "9급", "소계", "운전"),
                    ("정 원", "26", "22", "1", "5", "8", "5", "3", "4", "4"),
                    ("현 원", "25", "21", "1", "4", "8", "6", "2", "4", "4"))
    assert "구" not in paragraphs
    counts = [(c.status, c.job_class, c.grade, c.headcount) for c in report.staffing]
    assert counts[:3] == [("정원", "계", "계", 26), ("정원", "일반직", "계", 22), ("정원", "일반직", "5급", 1)]
    assert [count for count in counts if count[0] == "현원" and count[3] != 4] == [
        ("현원", "계", "계", 25), ("현원", "일반직", "계", 21), ("현원", "일반직", "5급", 1),
        ("현원", "일반직", "7급", 8), ("현원", "일반직", "8급", 6), ("현원", "일반직", "9급", 2)]
    assert len(counts) == 18
    assert not [finding for finding in run_checks(report) if finding.rule.startswith("sum.")]


def test_a_fleets_header_labels_stacked_around_its_lines_head_its_kinds(tmp_path):
    """`총` over the groups' line over `계`; `소` over the kinds' line over `계` under each group."""
    (rows,), paragraphs, report = _read(FLEET_HEADER_STACKED, tmp_path)
    assert rows[:2] == (("총 계", "승용", "", "", "승합", "", "", "화물", "", "특수"),
                        ("", "소 계", "소형", "중형", "소 계", "중형", "대형", "소 계", "소형", "구급차"))
    assert "총" not in paragraphs
    (fleet,) = report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 14), ("승용", "소계", 5), ("승용", "소형", 2), ("승용", "중형", 3), ("승합", "소계", 4),
        ("승합", "중형", 3), ("승합", "대형", 1), ("화물", "소계", 3), ("화물", "소형", 3), ("특수", "구급차", 2)]
    assert not [finding for finding in run_checks(report) if finding.rule.startswith("sum.")]


def test_a_fleets_status_labels_stacked_around_their_rows_read_as_its_rows(tmp_path):
    (rows,), _, report = _read(FLEET_ROWS_STACKED, tmp_path)
    assert rows == (("구 분", "계", "승용", "승합", "화물", "특수"), ("보 유", "12", "5", "4", "2", "1"),
                    ("정 수", "13", "5", "4", "3", "1"))
    (fleet,) = report.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 12), ("승용", 5), ("승합", 4), ("화물", 2),
                                                          ("특수", 1)]
    assert [(c.kind, c.count) for c in fleet.quotas] == [("계", 13), ("승용", 5), ("승합", 4), ("화물", 3),
                                                          ("특수", 1)]
    # the caption's 정수 13 against the 12 held: told, as the rows say
    assert [(f.rule, f.expected, f.actual) for f in run_checks(report) if f.rule.startswith(("sum.", "header."))] == [
        ("header.quota", "13", "12")]


def _stacked(text: str) -> dict[int, int]:
    lines = text.splitlines()
    texts = [line.strip() for line in lines]
    cells = [split_cells(line) if "  " in text else None for line, text in zip(lines, texts, strict=True)]
    return _stacked_label_lines(lines, texts, cells, [])


def test_labels_stacked_around_rows_are_told_by_the_rows_they_centre_on():
    """Each row takes the syllables right above it and as many right below it: `현` is the next row's."""
    assert _stacked(STAFF_STACKED) == {3: 4, 5: 4, 7: 8, 9: 8, 10: 11, 12: 11}


@pytest.mark.parametrize("text", [
    # a group label down two rows, its middle syllables printed on them: a syllable under a row is left over
    "       구 분       계     5급   6급\n       계          20     2     8\n관\n리     정 원       12     1     5\n"
    "운     현 원        8     1     3\n영\n",
    # a group's label around a row of figures printing a label of its own (`계`): the group's, not the row's
    "     구 분      대지(m²)   건물(m²)\n본\n     계          7,622     15,667\n관\n"
    "     본관        7,622      9,682\n",
    # a syllable over a row with no line of it below: no label stacked around the row
    "     구 분     계    승용\n총\n     보 유      12     5\n     정 수      13     5\n",
    # syllables at different columns: no label column
    "      구 분     계    승용\n  보\n          12     5\n        유\n",
], ids=["group-down-two-rows", "row-of-its-own-label", "nothing-below", "off-column"])
def test_syllables_not_stacked_around_one_row_are_left_as_read_before(text):
    assert _stacked(text) == {}


def _layout(pdf: Path) -> Path:
    text = pdf.with_suffix(".layout.txt")
    subprocess.run(["pdftotext", "-layout", str(pdf), str(text)], check=True)
    return text


def _records(report):
    return ([(c.status, c.job_class, c.grade, c.headcount) for c in report.staffing],
            [[(c.category, c.kind, c.count) for c in fleet.counts + fleet.quotas + fleet.shortfalls]
             for fleet in report.vehicles])


@needs_pdftotext
@pytest.mark.parametrize("ruling", ["none", "horizontal", "under rows"])
@pytest.mark.parametrize("size", [9, 10, 11])
@pytest.mark.parametrize("text", [STAFFING, FLEET], ids=["staffing", "fleet"])
def test_the_layout_text_of_a_narrow_label_column_reads_as_the_pdf(text, size, ruling, tmp_path):
    """Every label a syllable a line (`정` over `원`, `보` over `유`, `과` over `부` over `족`): the text's 30
    staffing counts, or the fleet's counts, quotas and shortfalls, as the PDF's and its source text's."""
    source, pdf = _render(text, tmp_path, size, ruling)
    read = extract_file(_layout(pdf))
    assert _records(read) == _records(extract_file(pdf)) == _records(extract_file(source))
    staffing, fleets = _records(read)
    if text is STAFFING:
        assert len(staffing) == 30
        assert staffing[0] == ("정원", "계", "계", 40) and staffing[10] == ("현원", "계", "계", 38)
    else:
        assert fleets[0][:2] == [("계", "계", 30), ("승용", "소계", 12)] and len(fleets[0]) == 24


@needs_pdftotext
@pytest.mark.parametrize("shaded", [True, False])
def test_the_layout_text_of_a_fleet_header_stacked_a_syllable_a_line_reads_as_the_pdf(shaded, tmp_path):
    source, pdf = tmp_path / "fleet.txt", tmp_path / "fleet.pdf"
    source.write_text(VEHICLES, encoding="utf-8")
    render_as_hwp(source, pdf, shaded)
    (fleet,) = extract_file(_layout(pdf)).vehicles
    (printed,) = extract_file(pdf).vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        (c.category, c.kind, c.count) for c in printed.counts]
    assert [(c.category, c.kind, c.count) for c in fleet.counts][:3] == [
        ("계", "계", 236), ("승용", "소계", 65), ("승용", "소형·다목적", 17)]


@needs_pdftotext
def test_the_real_reports_layout_text_reads_its_staffing_and_fleet_as_the_pdf(real_report_path, tmp_path):
    """The real report printed as HWP prints it: its fleet's header (`총` over `계`, `소` over `계`) heads its 18
    kinds, read as the PDF reads them; before, no fleet and a false `sum.table` on a table captioned `총`."""
    pdf = tmp_path / "report.pdf"
    render_as_hwp(real_report_path, pdf)
    read, printed = extract_file(_layout(pdf)), extract_file(pdf)
    assert _records(read) == _records(printed)
    staffing, (fleet,) = _records(read)
    assert len(staffing) == 42 and len(fleet) == 18 and fleet[0] == ("계", "계", 236)
    assert not [f for f in run_checks(read) if f.rule == "sum.table" and f.table == "총"]


@needs_pdftotext
@pytest.mark.parametrize("size", [9, 10])
def test_the_real_reports_staffing_in_a_narrow_label_column_reads_its_42_counts(size, real_report_path, tmp_path):
    """`정` over `50   1   6 …` over `원`, `현` over `51   1   13 …` over `원`: before, `정 원 현` and `원`."""
    source, pdf = _render(real_report_path.read_text(encoding="utf-8"), tmp_path, size, "none")
    read = extract_file(_layout(pdf))
    assert _records(read)[0] == _records(extract_file(pdf))[0]
    assert len(read.staffing) == 42
    assert [(c.status, c.headcount) for c in read.staffing if c.job_class == c.grade == "계"] == [
        ("정원", 50), ("현원", 51), ("과부족", 1)]


def _stacked_staffing(counts: list[list[int]], gap: int) -> str:
    """A staffing table as `pdftotext -layout` prints a narrow label column: `구` over `계   5급 …` over `분`, each
    status's two syllables over and under its figures, each figure set right in a column `gap` wider than it."""
    grades = ["계", "5급", "6급", "7급", "8급", "9급"][:len(counts[0])]
    width = max(3, *(len(str(count)) for row in counts for count in row)) + gap  # `5급` two characters apart

    def line(cells: list[str]) -> str:
        return "    " + "".join(cell.rjust(width) for cell in cells)

    lines = ["Ⅰ. 일반현황", "2 인 력", "  구", line(grades), "  분"]
    for (top, bottom), row in zip((("정", "원"), ("현", "원")), counts, strict=False):
        lines += [f"  {top}", line([str(count) for count in row]), f"  {bottom}"]
    return "\n".join([*lines, "", "3 주요시설 및 장비", ""])


@settings(max_examples=25, deadline=None)
@given(grades=st.lists(st.integers(0, 40), min_size=3, max_size=5), vacancies=st.lists(st.integers(0, 3), min_size=5,
                                                                                      max_size=5),
       gap=st.integers(2, 5))
def test_stacked_status_labels_read_as_their_rows_whatever_the_counts(grades, vacancies, gap):
    """However wide the columns and whatever the counts (a `계` the sum of its grades), each status's syllables are
    its own row's label and every count is read in its grade."""
    quota = [sum(grades), *grades]
    present = [max(count - vacancy, 0) for count, vacancy in zip(grades, vacancies, strict=False)]
    text = _stacked_staffing([quota, [sum(present), *present]], gap)
    report = extract_file("stacked.txt", text.encode())
    assert [(c.status, c.grade, c.headcount) for c in report.staffing] == [
        (status, grade, count) for status, row in (("정원", quota), ("현원", [sum(present), *present]))
        for grade, count in zip(["계", "5급", "6급", "7급", "8급", "9급"], row, strict=False)]
