"""`pdftotext -layout` text of a budget whose 단위사업 names wrap onto a second line below their row's figures
(`일자리 창출 및 취업 역량   4,512,300 …` over `강화 지원`), as HWP prints a row's label top-aligned or its figures
on the label's first line. Where one such line is the table's last or its page's (a page break right below it),
the table's wrapped lines all go on to the row above: before, each went to the row below (`강화 지원 소상공인 및
전통시장`) unless the label above ended in a word that goes on (`및`). Written from a made-up 푸른구 일자리경제과
report."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제305회 푸른구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n일자리경제과\n\n"

HEADER = """\
 Ⅰ. 일반현황

 4. 예산현황                                                            (단위 : 천원)

      단 위 사 업 명                   예 산 액         집 행 액       집행률(%)
            계                       9,842,115        3,512,408          35.7
"""
FIRST_WRAPPED = """\
  일자리 창출 및 취업 역량           4,512,300        1,840,221          40.8
  강화 지원
"""
FIRST_WHOLE = """\
  일자리 창출 및 취업 역량 강화      4,512,300        1,840,221          40.8
"""
SECOND_WRAPPED = """\
  소상공인 및 전통시장               3,820,415        1,322,187          34.6
  경쟁력 강화
"""
PAGE_FOOT = "                                                                                    - 3 -\n"
REST = """\
  사회적경제 활성화                  1,320,000          330,000          25.0
  기본경비                             189,400           20,000          10.6
"""


def _names(text: str) -> list[str]:
    report = extract_report(read_text("t.txt", (COVER + text).encode()))
    return [line.name for line in report.budget]


@pytest.mark.parametrize("page_break", [PAGE_FOOT + "\f", PAGE_FOOT + "\n", "\f"])
@pytest.mark.parametrize("first", [FIRST_WRAPPED, FIRST_WHOLE])
def test_a_wrapped_line_at_a_page_foot_goes_on_the_row_above_and_so_do_the_others(page_break, first):
    names = _names(HEADER + first + SECOND_WRAPPED + page_break + REST)
    first_name = "일자리 창출 및 취업 역량 강화" + (" 지원" if first == FIRST_WRAPPED else "")
    assert names[1:3] == [first_name, "소상공인 및 전통시장 경쟁력 강화"]
    assert names[3:] == ["사회적경제 활성화", "기본경비"]


def test_a_wrapped_line_at_the_table_end_takes_the_others_above_too():
    names = _names(HEADER + FIRST_WRAPPED + REST + SECOND_WRAPPED)
    assert names[1:] == ["일자리 창출 및 취업 역량 강화 지원", "사회적경제 활성화", "기본경비",
                         "소상공인 및 전통시장 경쟁력 강화"]


def test_a_label_printed_over_its_row_still_goes_on_the_row_below():
    """The label's first line alone above the row printing its second with the figures (`일자리 창출 및 취업` over
    `역량 강화 지원   4,512,300 …`), no wrapped line at the table's end or a page's: as before, the row below's."""
    text = (HEADER + REST.splitlines(keepends=True)[0] + "  일자리 창출 및 취업\n"
            + "  역량 강화 지원                     4,512,300        1,840,221          40.8\n"
            + REST.splitlines(keepends=True)[1])
    assert _names(text)[1:] == ["사회적경제 활성화", "일자리 창출 및 취업 역량 강화 지원", "기본경비"]


@pytest.mark.parametrize("at_end", ["", "  주민 참여\n"])
def test_a_label_printed_over_its_row_right_under_a_centred_total_goes_on_the_row_below(at_end):
    """Right under a `계` centred in its cell, the first line of the next row's label (`일자리 창출 및 취업`, where the
    rows' labels start) goes on the row below it, not the 계: before, it was a row of its own, and the 단위사업's
    name its second line alone (`역량 강화 지원`). A wrapped line at the table's end is its row's."""
    text = (HEADER + "  일자리 창출 및 취업\n"
            + "  역량 강화 지원                     4,512,300        1,840,221          40.8\n" + REST + at_end)
    assert _names(text) == ["계", "일자리 창출 및 취업 역량 강화 지원", "사회적경제 활성화",
                            "기본경비" + (" 주민 참여" if at_end else "")]
