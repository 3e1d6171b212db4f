"""`pdftotext -layout` of a header over one row of counts ending in a dash (`계 | 승용 | 승합 | 화물` over
`2  1  1  -`): no row ends in a figure and no cell is of words, so before, nothing told that the table lines up by
characters; read in display columns, the wide letters of the labels pushed `승합` past its count (a character left
of it in characters), which opened a column of its own and read the 승합 count as 0 (a false `sum.vehicles`). The
labels standing over the first row's cells in characters tell it now.

A budget's 단위사업 printed only as labels centred between two tall rows (`대기질 개선` between `미세먼지 저감` and
`대기측정망 운영`), starting left of every row: laid out in display columns its wide letters ran past the rows' start,
so it was a row of its own, and the 소계 above it went to the next group (two false `sum.budget`). It is the label
of the first row it is centred on now, as one ending left of the rows was."""



from checks import run_checks
from pipeline.extract import extract_file
from tests.conftest import ROOT
from tests.layouts import needs_pdftotext, pdftotext_reading, records_but_the_document
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


BUDGET = """\
 4. 예산현황
                                                  (’22. 5. 31. 기준, 단위: 천원)
                                           단위사업         세부사업         예산액          집행액       집행률(%)

                                                                   3,210,000    1,020,000   31.8
                                         총계
                                                   소계              2,000,000    700,000     35.0

                                                   미세먼지 저감         1,500,000    560,000     37.3
                                         대기질 개선
                                                   대기측정망 운영        500,000      140,000     28.0

                                                   소계              1,210,000    320,000     26.4
                                         생활환경 관리
                                                   소음ㆍ진동 관리        1,210,000    320,000     26.4
"""


def test_a_group_label_centred_between_tall_rows_labels_the_first_of_them():
    tables, report = read_body(BUDGET)
    assert tables[0].rows[1:] == (
        ("총계", "", "3,210,000", "1,020,000", "31.8"), ("", "소계", "2,000,000", "700,000", "35.0"),
        ("대기질 개선", "미세먼지 저감", "1,500,000", "560,000", "37.3"),
        ("", "대기측정망 운영", "500,000", "140,000", "28.0"),
        ("생활환경 관리", "소계", "1,210,000", "320,000", "26.4"),
        ("", "소음·진동 관리", "1,210,000", "320,000", "26.4"))
    assert [(line.name, line.parent) for line in report.budget] == [
        ("계", None), ("대기질 개선", None), ("미세먼지 저감", "대기질 개선"), ("대기측정망 운영", "대기질 개선"),
        ("생활환경 관리", None), ("소음·진동 관리", "생활환경 관리")]
    assert not [f for f in run_checks(report) if f.rule == "sum.budget"]


def _findings(report) -> list[tuple]:
    return sorted((f.rule, str(f.expected), str(f.actual)) for f in run_checks(report))


def _layout_text(name: str, tmp_path):
    """The fixture and what `pdftotext -layout` prints of it rendered as a PDF."""
    source = ROOT / "tests" / "department_reports" / name
    return extract_file(source), pdftotext_reading(source, "-layout", tmp_path)


@needs_pdftotext
def test_pdftotext_layout_of_the_gajeongbokji_fixture_reads_its_vehicles(tmp_path):
    twin, report = _layout_text("2022-hanbit-gajeongbokji.txt", tmp_path)
    assert records_but_the_document(report)["vehicles"] == records_but_the_document(twin)["vehicles"]
    assert [(count.kind, count.count) for count in report.vehicles[0].counts] == [("계", 2), ("승용", 1),
                                                                                  ("승합", 1), ("화물", 0)]
    assert set(_findings(report)) <= set(_findings(twin))


@needs_pdftotext
def test_pdftotext_layout_of_the_hwangyeong_fixture_reads_its_budget(tmp_path):
    twin, report = _layout_text("2022-hanbit-hwangyeong-pymupdf4llm.md", tmp_path)
    assert records_but_the_document(report)["budget"] == records_but_the_document(twin)["budget"]
    assert set(_findings(report)) <= set(_findings(twin))
