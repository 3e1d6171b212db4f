"""Group labels merged down three rows under a 계 row (branch fix91b).

`pdftotext -layout` prints a label centred down an odd number of rows on the middle row's line (`체육시설` on
`야구장`, between `축구장` and `소계`); under a 계 row printed across the label and name columns, the rows above it
were taken for the 계's, so the label stayed on the middle row: `축구장` no group's, `야구장` and `소계` a group
that does not add up (false `sum.table` errors) and the planted 소계 of the group below missed. The 계 is a row of
its own; the rows between it and the label are the label's group, as many again below it, as the text twin reads
them. A one-row group (`현장직 녹지원`) still keeps its label."""

import subprocess

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.pdf_styles import rendered
from tests.test_aligned_gaps2 import read_body
from tests.test_pdf91 import COVER  # the same 체육과 report's cover and table head

SUBTOTALS = COVER + """\
|계||17|3,050|
|체육시설|축구장|3|300|
||야구장|2|650|
||소계|5|950|
|생활시설|수영장|4|800|
||테니스장|5|700|
||게이트볼장|3|600|
||소계|12|2,100|
"""

PLANTED = SUBTOTALS.replace("||테니스장|5|700|", "||테니스장|5|750|")
FOUND = [("sum.table", "생활시설 / 소계", "예산", "2,150백만원", "2,100백만원")]


def _source(tmp_path, text):
    source = tmp_path / "2025-hanbit-cheyuk.md"
    source.write_text(text, encoding="utf-8")
    return source


def _findings(report) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


def _labels(report) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in report.tables[0].rows[1:]]


@needs_pdftotext
@pytest.mark.parametrize(("text", "found"), [(SUBTOTALS, []), (PLANTED, FOUND)])
def test_layout_reads_the_groups_as_the_twin_and_finds_the_planted_subtotal(text, found, tmp_path):
    twin = extract_file(_source(tmp_path, text))
    assert _findings(twin) == found
    read = pdftotext_reading(_source(tmp_path, text), "-layout", tmp_path)
    assert _labels(read) == _labels(twin) == [
        ("계", ""), ("체육시설", "축구장"), ("", "야구장"), ("", "소계"), ("생활시설", "수영장"), ("", "테니스장"),
        ("", "게이트볼장"), ("", "소계")]
    assert _findings(read) == found
    assert records_but_the_document(read)["tables"][0]["rows"][1:] == \
        records_but_the_document(twin)["tables"][0]["rows"][1:]


@needs_pdftotext
@pytest.mark.parametrize("style", ["grid", "tight", "unruled"])
def test_every_style_finds_the_planted_subtotal_alone_under_pdftotext_layout(style, tmp_path):
    pdf = rendered(_source(tmp_path, PLANTED), style, tmp_path)
    text = tmp_path / "layout.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(text)], check=True)
    assert _findings(extract_file(text)) == FOUND, style


# two groups of three laid out by hand as `pdftotext -layout` prints them, each label on its middle row, then a
# group of one row
LAID_OUT = """\
  - 체육시설 현황
                       구분               개소   예산

                       계                 17   3,050

                              수영장        4    800
                       생활시설   테니스장       5    700
                              게이트볼장      3    600

                              축구장        3    300
                       체육시설   야구장        2    650
                              배드민턴장      0    0

                       현장직    녹지원        0    0
"""


def test_labels_on_the_middle_rows_of_groups_of_three_go_to_their_first_rows():
    tables, _report = read_body(LAID_OUT)
    assert [row[:2] for row in tables[0].rows[1:]] == [
        ("계", ""), ("생활시설", "수영장"), ("", "테니스장"), ("", "게이트볼장"), ("체육시설", "축구장"),
        ("", "야구장"), ("", "배드민턴장"), ("현장직", "녹지원")]


def test_a_one_row_group_right_under_the_total_keeps_its_label():
    """`현장직 녹지원` right under the 계: no rows above it, so it is a group of its own (the rows under it may as well
    be its, so the next label, on `테니스장`, stays where it is printed)."""
    tables, _report = read_body(LAID_OUT.replace("""
                              수영장        4    800""", """
                       현장직    녹지원        0    0
                              수영장        4    800""").rsplit("\n\n", 1)[0] + "\n")
    assert [row[:2] for row in tables[0].rows[1:4]] == [("계", ""), ("현장직", "녹지원"), ("", "수영장")]
