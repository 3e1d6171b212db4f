"""A header label of two lines in the last column of a header of labels of one, printed without vertical rules:
centred on the header's line, its first line stands above the other labels and its last below them (`집행률(%`
over `구분  예산액  집행액  집행잔액`, `)` under them, as `pdftotext -layout` prints a PDF's narrow column and a
word processor draws it). Before, the first line was read as text above the table and the last as the column's
label alone (`)`), so no 집행률 was read (each line's rate kept as a column named `)`); in a PDF without rules of a
budget by funding source, the first line stood over `국비`, whose figures were read as the rate (5,120,000%)."""

import pytest

from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import make_pdfs

COVER = "제272회 누리구의회 제2차 정례회\n\n2025년도 행정사무감사 업무보고\n\n의회사무국\n\nⅠ. 일반현황\n\n"

# pdftotext -layout of the budget table of a PDF drawn without rules (HYGothic cells), trimmed
LAID_OUT = """\
 3. 예산현황
                                                                                     (2025. 10. 31. 기준, 단위: 천원)
                                                                        집행률(%
            구분               예산액            집행액           집행잔액
                                                                          )

     총 계                    3,284,610      2,401,520      883,090       73.1

     의정활동 지원                2,106,400      1,621,300      485,100       77.0

     의회 운영                  1,178,210      780,220        397,990       66.2
"""

# the same of a budget by 정책사업 and 단위사업 in 백만원: `)` ends left of where `집행액` ends in display columns
LAID_OUT_BY_PROGRAMME = """\
 3. 예산현황
                                                                                        (단위: 백만원)
                                                                    집행률(%
             정책사업            단위사업        예산액           집행액
                                                                      )

         합 계                             9,876.4       3,210.8      32.5

                         소 계             8,120.0       2,804.3      34.5

         주거안정 지원         주거급여 지원         6,500.0       2,480.0      38.2

                         임차인 보호          1,620.0       324.3        20.0
"""

RATES = [("계", 3284610000, 2401520000, 73.1), ("의정활동 지원", 2106400000, 1621300000, 77.0),
         ("의회 운영", 1178210000, 780220000, 66.2)]


def lines(r):
    return [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in r.budget]


def test_pdftotext_layout_of_a_label_wrapped_around_the_header_line():
    r = extract_report(read_text("t.txt", (COVER + LAID_OUT).encode()))
    assert lines(r) == RATES
    assert [b.other_columns for b in r.budget] == [None] * 3


def test_pdftotext_layout_of_a_wrapped_label_whose_last_line_is_short():
    r = extract_report(read_text("t.txt", (COVER + LAID_OUT_BY_PROGRAMME).encode()))
    assert [(b.name, b.parent, b.budget_krw, b.execution_rate) for b in r.budget] == [
        ("계", None, 9876400000, 32.5), ("주거안정 지원", None, 8120000000, 34.5),
        ("주거급여 지원", "주거안정 지원", 6500000000, 38.2), ("임차인 보호", "주거안정 지원", 1620000000, 20.0)]


BY_SOURCE = ("3. 예산현황\n\n(단위: 천원)\n\n"
             "단위사업\t예산액\t국비\t시비\t구비\t집행액\t집행률(%)\n"
             "합계\t12,846,500\t5,120,000\t3,410,000\t4,316,500\t4,102,300\t31.9\n"
             "대기질 개선\t9,840,000\t4,520,000\t3,110,000\t2,210,000\t3,301,800\t33.6\n"
             "탄소중립 실천\t3,006,500\t600,000\t300,000\t2,106,500\t800,500\t26.6\n")


@pytest.mark.parametrize("ruling", ["none"])
def test_a_pdf_without_vertical_rules_reads_the_wrapped_label_as_the_rate(ruling, monkeypatch, tmp_path):
    pdfs = make_pdfs()
    for style in (pdfs.BODY, pdfs.CELL):  # in the Gothic CID font `집행률(%)` wraps: `집행률(%` over `)`
        monkeypatch.setattr(style, "fontName", "HYGothic-Medium")
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(COVER + BY_SOURCE, encoding="utf-8")
    pdfs.render(source, target, ruling)
    r = extract_file(target)
    assert lines(r) == [("계", 12846500000, 4102300000, 31.9), ("대기질 개선", 9840000000, 3301800000, 33.6),
                        ("탄소중립 실천", 3006500000, 800500000, 26.6)]
    assert [b.other_columns for b in r.budget][0] == {"국비": "5,120,000", "시비": "3,410,000", "구비": "4,316,500"}
