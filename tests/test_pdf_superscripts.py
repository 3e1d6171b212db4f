"""Footnote marks HWP prints in smaller type raised after a word (`현 원¹⁾`, `51*`, `95,700천원¹⁾`) and a unit's
power (`m²`) printed so: pdfplumber reads the raised glyphs as a line of their own above their word."""

import pytest

from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.layouts import make_pdfs

REPORT = """Ⅰ. 일반현황

2 인 력

구 분\t계\t5급\t6급\t7급
정 원\t11\t1\t4\t6
현 원\t10\t1\t5\t4
과부족\t△1\t-\t1\t△2

3 주요시설

□ 구 청사

구 분\t대지(m²)\t건물(m²)\t비 고
본 관\t6,480\t14,020\t지상5층

Ⅱ. 주요업무 추진실적

1. 청사 환경 개선 (청사관리팀)

청사를 쾌적하게 관리하고자 함

□ 주요 추진실적

○ 노후 시설 개선
  - 별관 대강당 영상시설 구매: 4월 / 95,700천원
  - 우리은행 건물 옥상 방수공사: 4월~5월 / 19,558천원
○ 안전한 청사 환경 조성: 3월~12월
"""


@pytest.mark.parametrize("marks", [{"현 원": "1)", "95,700천원": "*"}, {"10": "*", "4월~5월": "주)"},
                                   {"과부족": "2)", "19,558천원": "1)"}])
def test_footnote_marks_raised_after_a_word_are_no_text_of_it(marks, tmp_path):
    """Before, `1) 현 원`: the 현원 row no status's, its counts lost; `* 10`: no figure, the 계 lost; an item's mark
    an item of its own over it (`1)`), its list parted there."""
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    pdfs = make_pdfs.__wrapped__()  # its `printed` changed apart from the module the tests share
    plain = pdfs.printed

    def printed(text: str) -> str:
        marked = plain(text).replace("m²", "m<super>2</super>")
        for word, mark in marks.items():
            marked = marked.replace(plain(word), f"{plain(word)}<super>{mark}</super>", 1)
        return marked

    pdfs.printed = printed
    target = tmp_path / "report.pdf"
    pdfs.render(source, target)
    pdf = extract_file(target)
    assert [(s.status, s.grade, s.headcount) for s in pdf.staffing if s.status == "현원"] == [
        ("현원", "계", 10), ("현원", "5급", 1), ("현원", "6급", 5), ("현원", "7급", 4)]
    assert pdf.tables[0].rows[0] == ["구 분", "대지(m²)", "건물(m²)", "비 고"]
    assert records_data(pdf, with_sources=False) == records_data(extract_file(source), with_sources=False)
