"""A line starting with a table's number in brackets (`<표 1> 관용차량 현황`, `‹표 2>`, `[표 3]`, `【표 1】`) is
a caption of its own: in text whose paragraphs are parted by blank lines but whose headings are not
(`pdftotext -layout`, `pandoc -t plain`), it went on from the heading above it (`2 공용차량 <표 1> 관용차량
현황`), the caption of its table."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = ("제300회 새빛구의회 제1차 정례회\n\n2026. 6. 10. ~ 6. 24.\n\n2026년 주요업무 보고\n\n보건소 건강증진과\n\n"
         "Ⅰ. 일반현황\n\n")
FLEET = "\n\n구 분\t정 수\t보 유\t과부족\n승용\t2\t2\t-\n승합\t3\t2\t△1\n계\t5\t4\t△1\n\nⅡ. 주요업무 추진실적\n"


def read(text):
    return extract_report(read_text("t.txt", text.encode()))


@pytest.mark.parametrize("caption", ["<표 1> 관용차량 현황", "‹표 1> 관용차량 현황", "〈표 1〉 관용차량 현황",
                                     "[표 1] 관용차량 현황", "【표 1】 관용차량 현황", "< 표 1-2 > 관용차량 현황"])
def test_a_caption_numbered_as_a_table_does_not_go_on_from_the_heading_above(caption):
    r = read(COVER + "2 공용차량\n" + caption + FLEET)
    [fleet] = r.vehicles
    assert fleet.caption == caption
    assert [(c.category, c.count) for c in fleet.counts] == [("승용", 2), ("승합", 2), ("계", 4)]


@pytest.mark.parametrize("line", ["<신규> 사업 안내", "표 1의 내용을 보완", "[붙임] 세부 계획"])
def test_other_lines_still_go_on(line):
    """Only a table's number: a bracketed word that is no table's number, or `표` not in brackets, go on."""
    r = read(COVER + "2 공용차량\n" + line + FLEET)
    [fleet] = r.vehicles
    assert fleet.caption == "2 공용차량 " + line
