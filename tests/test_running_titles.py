"""Page furniture in converted text: a running title repeating the cover's (`2016년 주요업무 보고` atop each page,
under its number `- 3 -`) is dropped however few pages print it; before, it was kept in the general part's text."""

import pytest

from tests.layouts import read_laid_out

COVER = "제271회 영등포구의회 정례회\n\n2016. 6. 14. ~ 6. 28.\n\n{title}\n\n재 무 과\n\nⅠ. 일반현황\n\n"
BODY = ("1. 인 력\n\n구 분\t계\t6급\t7급\n정 원\t20\t8\t12\n현 원\t19\t8\t11\n\n2. 예산현황\n\n(단위: 백만원)\n\n"
        "단위사업명\t예산액\t집행액\t집행률\n계\t1,250\t480\t38.4\n세입 관리\t850\t300\t35.3\n"
        "계약 관리\t400\t180\t45.0\n\n"
        "{page}\n\n{running}\n\nⅡ. 주요업무 추진실적\n\n① 체납 지방세 징수 강화 (세무1팀)\n\n□ 사업개요\n"
        " ○ 기 간: 2016. 1. ~ 12.\n\n- 4 -\n")


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "without-markdown", "space-aligned-without-markdown",
                                    "pipe-tables"])
@pytest.mark.parametrize("title, running, page", [
    ("2016년 주요업무 보고", "2016년 주요업무 보고", "- 3 -"),
    ("# 2016년 주요업무 보고", "2016년 주요업무 보고", "- 3 -"),  # a markdown heading on the cover, plain atop the page
    ("2016년 주요업무 보고", "   2016년   주요업무  보고", "                 - 3 -"),  # spaced as `pdftotext -layout`
    ("2016년 주요업무 보고", "2016년 주요업무 보고", "- 3 -\n\f"),  # a form feed after the page number
])
def test_a_running_title_repeating_the_covers_is_dropped(title, running, page, layout, tmp_path):
    r = read_laid_out(COVER.format(title=title) + BODY.format(page=page, running=running), layout, tmp_path)
    assert r.document.title == "2016년 주요업무 보고"
    assert [t.text for t in r.general_text] == ["1. 인 력 2. 예산현황"]
    assert [(b.name, b.budget_krw) for b in r.budget] == [
        ("계", 1_250_000_000), ("세입 관리", 850_000_000), ("계약 관리", 400_000_000)]
    assert [p.title for p in r.projects] == ["체납 지방세 징수 강화"]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_line_atop_a_page_that_the_cover_does_not_print_stays(layout, tmp_path):
    """Only the cover's lines are a running title's: another line atop a page once is text, as before."""
    text = COVER.format(title="2016년 주요업무 보고") + BODY.format(page="- 3 -", running="2. 세부 현황")
    assert [t.text for t in read_laid_out(text, layout, tmp_path).general_text] == ["1. 인 력 2. 예산현황 2. 세부 현황"]
