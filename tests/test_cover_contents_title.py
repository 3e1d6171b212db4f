"""A cover run into one paragraph with the title of the contents on the page after it (`pdftotext -layout` of a
PDF that parts the cover and the contents by no page break, lines without blank lines between them): the
department is still read, the contents' title (`보고 순서`, `목 차`, `차 례`) no word of its name."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제305회 새빛구의회 제2차 정례회\n\n2025. 11. 24. ~ 12. 19.\n\n2026년 주요업무 계획\n도시계획과\n{contents}\n"
BODY = "Ⅰ. 일반현황 ····· 1\n\nⅠ. 일반현황\n\n본문\n"


@pytest.mark.parametrize("contents", ["보고 순서", "보 고 순 서", "목 차", "목   차", "목차", "차 례"])
def test_the_department_above_the_contents_title_is_read(contents):
    """Before: no department (`도시계획과 보고 순서` named none)."""
    info = extract_report(read_text("t.txt", (COVER.format(contents=contents) + BODY).encode())).document
    assert (info.department, info.title, info.year) == ("도시계획과", "2026년 주요업무 계획", 2026)


def test_a_department_whose_name_holds_those_words_keeps_them():
    text = COVER.format(contents="").replace("도시계획과", "순서관리과") + BODY
    assert extract_report(read_text("t.txt", text.encode())).document.department == "순서관리과"
