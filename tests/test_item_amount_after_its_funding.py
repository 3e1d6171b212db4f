"""An item's amount after the words of its funding (`단속 결과 공개: 매월 / 국·시비 포함 2억`, `국비 포함 3억원`,
`시·구비 150,000천원`): the amount is the item's, as one after a single source is (`구비 150,000천원`) and one before
its funding in a bracket (`2억(국·시비 포함)`). Before, none: two sources printed as one (`국·시비`) were no source,
and `포함` after one was read as a word before the amount. Amounts after two sources, each right before its own,
are their sum (`국·시비 2억, 구비 1억`: 3억; before, none); after `포함`, the amount includes another's, none."""

import pytest

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "expected"), [
    ("단속 결과 공개: 매월 / 국·시비 포함 2억", (1, 12, None, None, 200_000_000)),
    ("단속 결과 공개: 매월 / 2억(국·시비 포함)", (1, 12, None, None, 200_000_000)),
    ("단속 결과 공개: 매월 / 국ㆍ시비 포함 2억원", (1, 12, None, None, 200_000_000)),
    ("단속 결과 공개: 매월 / 국 · 시비 포함 총 2억원", (1, 12, None, None, 200_000_000)),
    ("CCTV 증설: 3월~5월 / 시·구비 150,000천원", (3, 5, None, None, 150_000_000)),
    ("CCTV 증설: 3월~5월 / 국비 포함 3억원", (3, 5, None, None, 300_000_000)),
    ("CCTV 증설: 3월~5월 / 시비 포함 5,000만원", (3, 5, None, None, 50_000_000)),
    ("CCTV 증설: 3월~5월 / 국·시·구비 1,200,000천원", (3, 5, None, None, 1_200_000_000)),
    ("CCTV 증설: 3월~5월 / 국시비 포함 2억", (3, 5, None, None, 200_000_000)),
    ("CCTV 증설: 3월~5월 / 시구비 1억 5,000만원", (3, 5, None, None, 150_000_000)),
    # amounts of two sources, each a part: their sum, but where one includes the other's
    ("CCTV 증설: 3월~5월 / 국·시비 포함 2억 / 구비 1억", (3, 5, None, None, None)),
    ("CCTV 증설: 3월~5월 / 국·시비 2억, 구비 1억", (3, 5, None, None, 300_000_000)),
])
def test_an_amount_after_its_funding(text, expected):
    assert item_fields(text)[:5] == expected


REPORT = ("제285회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n주 차 관 리 과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n1. 불법주정차 단속 강화 (단속팀)\n\n□ 주요 추진실적\n\n"
          "○ 단속 결과 공개: 매월 / 국·시비 포함 2억\n\n"
          "○ 고정형 CCTV 증설: 3월~5월 / 시ㆍ구비 150,000천원\n\n"
          "○ 견인 차량 교체: 4월 / 국·시비 2억, 구비 1억\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pipe-tables", "pdf grid"])
def test_a_reports_items_so_printed(layout, tmp_path):
    report = read_laid_out(REPORT, layout, tmp_path)
    [project] = report.projects
    assert [(i.start_month, i.end_month, i.amount_krw) for i in project.items] == [
        (1, 12, 200_000_000), (3, 5, 150_000_000), (4, 4, 300_000_000)]
