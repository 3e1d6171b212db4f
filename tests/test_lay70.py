"""`pdftotext -layout` of a header over one row of counts ending in a dash (`계 | 승용 | 승합 | 화물` over
`2  1  1  -`): no row ends in a figure and no cell is of words, so before, nothing told that the table lines up by
characters; read in display columns, the wide letters of the labels pushed `승합` past its count (a character left
of it in characters), which opened a column of its own and read the 승합 count as 0 (a false `sum.vehicles`). The
labels standing over the first row's cells in characters tell it now."""

import shutil
import subprocess

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.conftest import ROOT
from tests.layouts import make_pdfs, records_but_the_document
from tests.test_aligned_gaps2 import read_body

FLEET = """\
3. 장 비
                                                                                        (단위: 대)
                                                            계        승용         승합        화물

                                                            2        1        1           -
"""


def test_labels_over_counts_ending_in_a_dash_tell_the_table_lines_up_by_characters():
    tables, report = read_body(FLEET)
    assert [table.rows for table in tables] == [(("계", "승용", "승합", "화물"), ("2", "1", "1", "-"))]
    [vehicles] = report.vehicles
    assert [(count.kind, count.count) for count in vehicles.counts] == [("계", 2), ("승용", 1), ("승합", 1),
                                                                        ("화물", 0)]


def _findings(report) -> list[tuple]:
    return sorted((f.rule, str(f.expected), str(f.actual)) for f in run_checks(report))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_pdftotext_layout_of_the_gajeongbokji_fixture_reads_its_vehicles(tmp_path):
    source = ROOT / "tests" / "department_reports" / "2022-hanbit-gajeongbokji.txt"
    pdf, printed = tmp_path / "t.pdf", tmp_path / "t.txt"
    make_pdfs().render(source, pdf)
    subprocess.run(["pdftotext", "-layout", str(pdf), str(printed)], check=True)
    twin, report = extract_file(source), extract_file(printed)
    assert records_but_the_document(report)["vehicles"] == records_but_the_document(twin)["vehicles"]
    assert [(count.kind, count.count) for count in report.vehicles[0].counts] == [("계", 2), ("승용", 1),
                                                                                  ("승합", 1), ("화물", 0)]
    assert set(_findings(report)) <= set(_findings(twin))
