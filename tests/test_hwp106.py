"""`pdftotext -layout` of staffing and vehicles tables as HWP prints them to PDF, labels wrapped a syllable a line
around their rows (`_stacked_label_lines`), where the text parts the table so: at 8 pt a blank line between the rows
and between the header's lines (`구` over `계   일반직 …` over `분`, a blank line, `소계   4급 …`), bridged as tall
rows' blank lines are; and a page break with the header printed again atop the next page, no blank line before it
(`원` at the foot of a page, `구` over `계   일반직 …` over `분` atop the next), where the table parts, its part below
joined to the one above by its labels. Before, no staffing or fleet was read from either."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from pipeline.aligned import _stacked_label_lines, split_cells
from pipeline.extract import extract_file
from tests.layouts import needs_pdftotext
from tests.test_hwp105 import FLEET_ROWS_STACKED, _layout, _read, _records, _stacked_staffing
from tests.test_pdf_hwp_last_row_label_wrapped import FLEET, STAFFING, _render

STAFF_PARTED = """\
Ⅰ. 일반현황
2 인 력
                                                   (2024. 12.31.기준, 단위: 명)
        구
            계              일반직                      기능직
        분

                     소계   5급   6급   7급   8급   9급   소계   8급

        정
            28   24    1     6     9     5     3     4      4
        원

        현
            27   22    1     5     9     5     2     5      5
        원


3 주요시설 및 장비
"""

FLEET_PARTED = """\
3 주요시설 및 장비
□ 관용차량
                                                   (단위: 대)
            구
                계         승용            승합        특수
            분

                     소계   소형   중형   소계   대형       구급차

            보
                16   7    3    4    6        6    3
            유

            정
                17   7    3    4    7        7    3
            수


4 예산현황
"""

STAFF_OVER_PAGES = """\
2025년 주요업무보고
행정지원과
\fⅠ. 일반현황
2 인 력
 구
       계                 일반직                  기능직
 분
           5급    6급    7급   8급    9급   7급   8급
 정
      33     2      7     11    8     5     -     -
 원
 현
      32     2      6     11    9     4     -     -
 원
\f          구
               계                    일반직                      기능직
          분
                        5급     6급     7급    8급     9급    7급    8급
          과
          부    △1      -      △1      -     1     △1     -      -
          족

3 주요시설 및 장비
"""


def test_a_staffing_table_parted_by_blank_lines_reads_its_header_and_rows(tmp_path):
    """8 pt: a blank line under each row and under the header's first line, its labels stacked around them."""
    (rows,), _, report = _read(STAFF_PARTED, tmp_path)
    assert rows[2:] == (("정 원", "28", "24", "1", "6", "9", "5", "3", "4", "4"),
                        ("현 원", "27", "22", "1", "5", "9", "5", "2", "5", "5"))
    counts = [(c.status, c.job_class, c.grade, c.headcount) for c in report.staffing]
    assert len(counts) == 18
    assert counts[:3] == [("정원", "계", "계", 28), ("정원", "일반직", "계", 24), ("정원", "일반직", "5급", 1)]
    assert counts[9:12] == [("현원", "계", "계", 27), ("현원", "일반직", "계", 22), ("현원", "일반직", "5급", 1)]
    assert counts[-2:] == [("현원", "기능직", "계", 5), ("현원", "기능직", "8급", 5)]
    assert not [finding for finding in run_checks(report) if finding.rule.startswith("sum.")]


def test_a_fleet_parted_by_blank_lines_reads_its_kinds_and_quotas(tmp_path):
    _, _, report = _read(FLEET_PARTED, tmp_path)
    (fleet,) = report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 16), ("승용", "소계", 7), ("승용", "소형", 3), ("승용", "중형", 4), ("승합", "소계", 6),
        ("승합", "대형", 6), ("특수", "구급차", 3)]
    assert [(c.kind, c.count) for c in fleet.quotas][:2] == [("계", 17), ("소계", 7)]


def test_a_staffing_table_with_its_header_printed_again_atop_the_next_page_reads_its_rows_once(tmp_path):
    """`원` at the foot of the page, the header printed again atop the next at other columns, no blank line."""
    (rows,), _, report = _read(STAFF_OVER_PAGES, tmp_path)
    assert [row[0] for row in rows] == ["구 분", "", "정 원", "현 원", "과 부 족"]
    by_status = {}
    for count in report.staffing:
        by_status.setdefault(count.status, []).append((count.job_class, count.grade, count.headcount))
    assert list(by_status) == ["정원", "현원", "과부족"]
    assert by_status["정원"][:3] == [("계", "계", 33), ("일반직", "5급", 2), ("일반직", "6급", 7)]
    assert by_status["과부족"][:3] == [("계", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", -1)]
    assert len(report.staffing) == 24


def _stacked(text: str) -> dict[int, int]:
    lines = text.splitlines()
    texts = [line.strip() for line in lines]
    return _stacked_label_lines(lines, texts, [split_cells(line) if "  " in t else None
                                               for line, t in zip(lines, texts, strict=True)], [])


BUILDINGS = """\
     구 분        대지(m²)     건물(m²)      준공
     본관          7,622        9,682       1976
     별관          8,730        5,549       2002"""


@pytest.mark.parametrize(("second", "header"), [
    (BUILDINGS, ("구 분", "대지(m²)", "건물(m²)", "준공")),
    ("\n".join(FLEET_ROWS_STACKED.splitlines()[3:13]), ("구 분", "계", "승용", "승합", "화물", "특수")),
    ("\n".join(FLEET_PARTED.splitlines()[3:17]), ("구 분", "계", "승용", "", "", "승합", "", "특수")),
], ids=["header-of-its-own", "stacked-header", "stacked-header-parted-by-blank-lines"])
def test_two_tables_a_blank_line_apart_stay_apart(second, header, tmp_path):
    """A staffing table's last row, a blank line, then another table's header (`구 분` on its line, or stacked
    around it: `구` over `계   승용 …` over `분`, its rows a blank line apart or none): two tables, the second's
    rows not read into the staffing."""
    text = STAFF_PARTED.replace("\n\n\n3 주요시설 및 장비", f"\n\n{second}\n\n3 주요시설 및 장비")
    tables, _, report = _read(text, tmp_path)
    assert [rows[0] for rows in tables] == [("구 분", "계", "일반직", "", "", "", "", "", "기능직", ""), header]
    assert len(tables[0]) == 4 and len(report.staffing) == 18
    assert [(c.status, c.headcount) for c in report.staffing if c.job_class == c.grade == "계"] == [
        ("정원", 28), ("현원", 27)]


def test_a_page_whose_first_row_is_no_header_again_goes_on_the_table(tmp_path):
    """A page break under a row, the next page's first line a row of figures (no header printed again): one run."""
    row = " 부    △1      -      △1      -     1     △1     -      -"
    text = STAFF_OVER_PAGES.rsplit("\f", 1)[0] + f"\f 과\n{row}\n 족\n"
    (rows,), _, report = _read(text, tmp_path)
    assert [row[0] for row in rows][-1] == "과 부 족"
    assert [(c.status, c.headcount) for c in report.staffing if c.job_class == c.grade == "계"] == [
        ("정원", 33), ("현원", 32), ("과부족", -1)]


@needs_pdftotext
@pytest.mark.parametrize("ruling", ["none", "horizontal", "under rows"])
@pytest.mark.parametrize("text", [STAFFING, FLEET], ids=["staffing", "fleet"])
def test_the_layout_text_of_a_narrow_label_column_at_8_pt_reads_as_the_pdf(text, ruling, tmp_path):
    """8 pt, a blank line between the rows and the header's lines: the 30 staffing counts, or the fleet's 24
    counts, quotas and shortfalls, as the PDF's; before, none."""
    _, pdf = _render(text, tmp_path, 8, ruling)
    read = extract_file(_layout(pdf))
    assert _records(read) == _records(extract_file(pdf))
    staffing, fleets = _records(read)
    if text is STAFFING:
        assert len(staffing) == 30 and staffing[10] == ("현원", "계", "계", 38)
    else:
        assert fleets[0][:2] == [("계", "계", 30), ("승용", "소계", 12)] and len(fleets[0]) == 24


@needs_pdftotext
@pytest.mark.parametrize(("size", "ruling"), [(11, "none"), (11, "horizontal"), (8, "none")])
def test_the_real_reports_staffing_over_a_page_break_reads_its_42_counts(size, ruling, real_report_path, tmp_path):
    """11 pt: `원` at the foot of a page, the header printed again atop the next, no blank line, then `과` over
    `부   1   - …` over `족`; before, no staffing."""
    _, pdf = _render(real_report_path.read_text(encoding="utf-8"), tmp_path, size, ruling)
    read = extract_file(_layout(pdf))
    assert _records(read)[0] == _records(extract_file(pdf))[0]
    assert [(c.status, c.headcount) for c in read.staffing if c.job_class == c.grade == "계"] == [
        ("정원", 50), ("현원", 51), ("과부족", 1)]
    assert len(read.staffing) == 42


def test_stacked_labels_of_rows_parted_by_blank_lines_are_each_their_rows():
    assert _stacked(STAFF_PARTED) == {3: 4, 5: 4, 9: 10, 11: 10, 13: 14, 15: 14}


@settings(max_examples=25, deadline=None)
@given(grades=st.lists(st.integers(0, 40), min_size=3, max_size=5),
       vacancies=st.lists(st.integers(0, 3), min_size=5, max_size=5), gap=st.integers(2, 5))
def test_stacked_status_labels_a_blank_line_apart_read_as_their_rows_whatever_the_counts(grades, vacancies, gap):
    """hwp105's stacked staffing (`_stacked_staffing`) printed as 8 pt prints it, a blank line under the header and
    under each row: every count read in its grade, whatever the columns' widths."""
    quota = [sum(grades), *grades]
    present = [max(count - vacancy, 0) for count, vacancy in zip(grades, vacancies, strict=False)]
    text = "\n".join(line + "\n" if line.strip() in ("분", "원") else line
                     for line in _stacked_staffing([quota, [sum(present), *present]], gap).split("\n"))
    report = extract_file("stacked.txt", text.encode())
    assert [(c.status, c.grade, c.headcount) for c in report.staffing] == [
        (status, grade, count) for status, row in (("정원", quota), ("현원", [sum(present), *present]))
        for grade, count in zip(["계", "5급", "6급", "7급", "8급", "9급"], row, strict=False)]
