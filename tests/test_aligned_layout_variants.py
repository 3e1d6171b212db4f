"""Space-aligned tables (and PDFs without vertical rules, read as such) laid out otherwise than right-aligned
figures under labels at their cells' left: labels centred in wide cells over left-aligned figures, and a table
going on after a blank line with its header printed again."""

from datetime import date

import pytest

from extractors import extract_report
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.records import records_data
from tests.layouts import make_pdfs
from tests.test_aligned_reach import _full_width_table
from tests.test_aligned_variants import _counts, _findings
from tests.test_pdf_headers import FUNDING_SPAN_BUDGET

COVER = "제290회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n공원녹지과\n\n"
STAFFING_PART = "Ⅰ. 일반현황\n\n2 인 력\n\n"


def _read(text: str):
    document = read_text("t.txt", (COVER + text + "\n").encode())
    return [block for block in document.blocks if isinstance(block, Table)], extract_report(document)


# HWP's full-width table laid out as text: each label centred in its wide cell, each figure at its cell's left,
# so every label stands right of its own column's figures and over none
CENTRED_OVER_LEFT_ALIGNED = """\
                                                   (단위: 명)

      구 분            계              일반직           관리운영직          공무직
      정 원        30              24               2                   4
      현 원        29              22               3                   4
      과부족       △1              △2               1                   -"""


def test_labels_centred_over_left_aligned_figures_head_the_figures_on_their_left():
    """`계` stands right of `30` and over no figure: read as heading the column on its right (as a label at the
    left of its cell over right-aligned figures does), each label went one column right: 정원 계 24, 공무직 and
    the 30 lost, three false sum.staffing errors. No other label stands over `30`: it is 계's."""
    (table,), report = _read(STAFFING_PART + CENTRED_OVER_LEFT_ALIGNED)
    assert table.rows[0] == ("구 분", "계", "일반직", "관리운영직", "공무직")
    assert _counts(report, "정원") == [("계", "계", 30), ("일반직", "계", 24), ("관리운영직", "계", 2),
                                       ("공무직", "계", 4)]
    assert _counts(report, "현원") == [("계", "계", 29), ("일반직", "계", 22), ("관리운영직", "계", 3),
                                       ("공무직", "계", 4)]
    assert _findings(report) == []


FULL_WIDTH_REPORT = COVER + """\
Ⅰ. 일반현황

2 인 력

(단위: 명)

구 분\t계\t일반직\t관리운영직\t공무직
정 원\t30\t24\t2\t4
현 원\t29\t22\t3\t4
과부족\t△1\t△2\t1\t-

3 예산현황

(단위: 천원)

""" + FUNDING_SPAN_BUDGET + """
Ⅱ. 주요업무 추진실적
"""


@pytest.mark.parametrize("ruling", ["none", "horizontal"])
def test_a_full_width_pdf_with_left_aligned_figures_reads_as_its_text(ruling, tmp_path, monkeypatch):
    """HWP's full-width tables with no vertical rules, figures at their cells' left: each centred label (`계`
    over 30, `계 국비 시비 구비` under 예산액) was moved one column right, 정원 계 read as 24 and 공무직 lost, with
    false sum.staffing errors. `예산액`, centred over `계 … 구비` but right of the centre of their figures (each
    at its cell's left), was kept off 계 and put over 국비: the budget read 1,000,000 (국비) for 5,780,000."""
    pdfs = make_pdfs()
    monkeypatch.setattr(pdfs, "ruled_table", _full_width_table(pdfs, halfway=False, figures="left"))
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(FULL_WIDTH_REPORT, encoding="utf-8")
    pdfs.render(source, target, ruling)
    text, pdf = extract_file(source), extract_file(target)
    assert _counts(pdf, "정원") == [("계", "계", 30), ("일반직", "계", 24), ("관리운영직", "계", 2),
                                    ("공무직", "계", 4)]
    assert [(line.name, line.budget_krw, line.executed_krw) for line in pdf.budget] == [
        ("계", 5_780_000_000, 2_312_000_000), ("푸른 녹지 조성", 4_200_000_000, 1_680_000_000),
        ("공원 관리", 1_500_000_000, 600_000_000), ("기본경비", 80_000_000, 32_000_000)]
    data, text_data = records_data(pdf, with_sources=False), records_data(text, with_sources=False)
    assert data["staffing"] == text_data["staffing"]
    assert data["budget"] == text_data["budget"]
    assert _findings(pdf) == _findings(text) == []


# a table continued after one blank line with its header printed again, as a page break in converted text leaves it
HEADER_PRINTED_AGAIN = """\
Ⅰ. 일반현황

2 민원 현황

                                                          (단위: 건)
  동 별            접 수        처 리      처리중     처리율(%)
  계                5,000       4,900       100         98.0
  여의동            1,210       1,180        30         97.5
  당산1동             980         950        30         96.9

  동  별           접 수        처 리      처리중     처리율(%)
  양평1동             760         740        20         97.4
  양평2동           2,050       2,030        20         99.0

4 예산현황

(단위: 천원)

  단위사업명            예산액        집행액     집행률(%)
  계                 2,500,000     1,000,000        40.0
  공원 관리          1,000,000       400,000        40.0
  녹지 조성            500,000       200,000        40.0

  단위사업명            예산액        집행액     집행률(%)
  도시숲 조성          600,000       250,000        41.7
  공원 조명            400,000       150,000        37.5"""


def test_a_table_whose_header_is_printed_again_after_a_blank_line_goes_on():
    """The repeated header row was read as another table's: its rows lost the (단위: 천원) above (amounts read
    in won) and both parts got false sum errors (the 계 rows summing half their rows)."""
    tables, report = _read(HEADER_PRINTED_AGAIN)
    assert [table.rows[0] for table in tables] == [("동 별", "접 수", "처 리", "처리중", "처리율(%)"),
                                                    ("단위사업명", "예산액", "집행액", "집행률(%)")]
    assert [(line.table_no, line.name, line.budget_krw, line.executed_krw) for line in report.budget] == [
        (1, "계", 2_500_000_000, 1_000_000_000), (1, "공원 관리", 1_000_000_000, 400_000_000),
        (1, "녹지 조성", 500_000_000, 200_000_000), (1, "도시숲 조성", 600_000_000, 250_000_000),
        (1, "공원 조명", 400_000_000, 150_000_000)]
    assert _findings(report) == []


RECIPIENTS = """\
Ⅰ. 일반현황

□ 기초생활수급자 현황

                                         (단위: 가구, 명)
   구  분              가구        인원
   계                 14,210      18,920
   일반수급자          12,800      17,200
   - 조건부수급자       1,120       1,700
   시설수급자           1,410       1,720
"""


def test_an_of_which_row_printed_as_a_bullet_is_a_row_of_its_table():
    """`- 조건부수급자  1,120  1,700` under the row it breaks down: before, a bullet that ended the table (시설수급자
    went to the text and the 계 gave two false errors)."""
    tables, report = _read(RECIPIENTS)
    assert [table.rows for table in tables] == [(
        ("구 분", "가구", "인원"), ("계", "14,210", "18,920"), ("일반수급자", "12,800", "17,200"),
        ("- 조건부수급자", "1,120", "1,700"), ("시설수급자", "1,410", "1,720"))]
    assert _findings(report) == []
    planted = _read(RECIPIENTS.replace("1,410       1,720", "1,510       1,720"))[1]
    assert _findings(planted) == [("sum.table", "계", "가구", "14,310", "14,210")]


def test_a_bullet_with_one_figure_is_no_row():
    tables, _ = _read("Ⅰ. 일반현황\n\n□ 현황\n\n   구  분        가구\n   계           1,200\n   일반          1,000\n"
                      "   - 주요 내용: 청사 관리   2025\n")
    assert [len(table.rows) for table in tables] == [3]


NOVEMBER_BUDGETS = """\
제305회 한빛구의회 제2차 정례회

2025. 11. 20. ~ 12. 16.

2025년도 행정사무감사
주요업무 추진상황 보고

징 수 과

Ⅰ. 일반현황

3. 예산 현황

가. 2025년 예산 집행 현황 (2025. 10. 31. 기준)

(단위: 천원)

단위사업\t예산액\t집행액\t집행률(%)
계\t1,482,000\t1,120,400\t75.6
지방세 징수 관리\t820,000\t640,200\t78.1
세외수입 관리\t412,000\t301,500\t73.2
기본경비\t250,000\t178,700\t71.5

나. 2026년 예산(안)

(단위: 천원)

단위사업\t2026년 예산(안)\t2025년 예산\t증감\t증감률(%)
계\t1,560,000\t1,482,000\t78,000\t5.3
지방세 징수 관리\t880,000\t820,000\t60,000\t7.3
세외수입 관리\t420,000\t412,000\t8,000\t1.9
기본경비\t260,000\t250,000\t10,000\t4.0

Ⅱ. 2025년 주요업무 추진실적
"""


@pytest.mark.parametrize("ruling", ["none", "horizontal"])
def test_a_caption_of_a_year_below_a_table_at_the_margin_is_no_cell_of_it(ruling, tmp_path):
    """The PDF's words laid out as text, `나. 2026년 예산(안)` at the margin right below the first table's last row
    (`기본경비  250,000  178,700  71.5`), far left of its columns: the next table's caption, as `나. 세출` is. Before,
    only a Hangul word after the list's mark made one, so the line was the first table's wrapped row label, its
    caption a cell (`1열`) of the 계 line, and the table below took `(2025. 10. 31. 기준)` for its date."""
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(NOVEMBER_BUDGETS, encoding="utf-8")
    make_pdfs().render(source, target, ruling)
    text, pdf = extract_file(source), extract_file(target)
    assert [(line.name, line.budget_krw, line.as_of, line.other_columns) for line in pdf.budget] == [
        ("계", 1_482_000_000, date(2025, 10, 31), None), ("지방세 징수 관리", 820_000_000, date(2025, 10, 31), None),
        ("세외수입 관리", 412_000_000, date(2025, 10, 31), None), ("기본경비", 250_000_000, date(2025, 10, 31), None),
        ("계", 1_482_000_000, None, {"2026년 예산(안)": "1,560,000", "증감": "78,000", "증감률(%)": "5.3"}),
        ("지방세 징수 관리", 820_000_000, None, {"2026년 예산(안)": "880,000", "증감": "60,000", "증감률(%)": "7.3"}),
        ("세외수입 관리", 412_000_000, None, {"2026년 예산(안)": "420,000", "증감": "8,000", "증감률(%)": "1.9"}),
        ("기본경비", 250_000_000, None, {"2026년 예산(안)": "260,000", "증감": "10,000", "증감률(%)": "4.0"}),
        ("계", 1_560_000_000, None, None), ("지방세 징수 관리", 880_000_000, None, None),
        ("세외수입 관리", 420_000_000, None, None), ("기본경비", 260_000_000, None, None)]
    assert [line.budget_year for line in pdf.budget] == [None] * 8 + [2026] * 4
    assert records_data(pdf, with_sources=False)["budget"] == records_data(text, with_sources=False)["budget"]


PROJECT_OF_WORDS = COVER + """\
Ⅱ. 주요업무 추진실적

② 한솔 거리예술 축제 개최 (문화예술팀)

구민이 함께 즐기는 거리예술 축제로 지역 문화를 활성화하고자 함

□ 사업개요

구 분\t내 용
사업기간\t2025. 3. ~ 10.
사업량\t거리공연 40회, 축제 1회(2일)

□ 추진실적

일 자\t내 용\t비 고
’25. 3. 24.\t거리예술 공연단 공모(28팀 응모)\t
’25. 4. 15.\t공연단 선정 심사\t12팀 선정
’25. 5. 3. ~ 5. 31.\t주말 거리공연(8회)\t관람 3,400명
"""


@pytest.mark.parametrize("ruling", ["none", "horizontal"])
def test_a_dated_table_whose_first_row_leaves_its_last_cell_blank_reads_as_its_text(ruling, tmp_path):
    """The first row's `내용`, longer than the others', reaches into the blank column between `내용` and `비고` that the
    rows of three cells leave, but not across it. Before, that made its rows no table of words: the header and the
    first row were read as one paragraph (`일 자 내 용 비 고 ’25. 3. 24. …`) and the first dated item lost."""
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(PROJECT_OF_WORDS, encoding="utf-8")
    make_pdfs().render(source, target, ruling)
    [text], [pdf] = extract_file(source).projects, extract_file(target).projects
    assert [(item.text, item.year, item.start_month) for item in pdf.items][2:] == [
        ("’25. 3. 24. : 거리예술 공연단 공모(28팀 응모)", 2025, 3),
        ("’25. 4. 15. : 공연단 선정 심사 / 12팀 선정", 2025, 4),
        ("’25. 5. 3. ~ 5. 31. : 주말 거리공연(8회) / 관람 3,400명", 2025, 5)]
    assert [item.text for item in pdf.items] == [item.text for item in text.items]
