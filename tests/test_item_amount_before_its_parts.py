"""An item's amount printed with its parts by source in a bracket right after it (`5억원(시비 3억, 구비 2억)`,
`총 5억원 (국비 3억원, 구비 2억원)`, `1,200,000천원(국비 600,000천원, 구비 600,000천원)`): the amount is the item's,
the bracket its note (before, its parts were read as the item's fields too, three amounts, and it had none, where
the parts print their scale: `(시비 3억, …)`; parts printing bare figures, `(국 2,500, 구 2,500)`, were read). Parts
printed alone (`(국비 100,000천원, 구비 50,000천원)`) are the item's money by its sources, their sum (before, none); a
second amount after the bracket still gives none."""

import pytest

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "expected"), [
    ("노면 표시 정비: 2025년 하반기 / 5억원(시비 3억, 구비 2억)", (7, 12, 2025, None, 500_000_000)),
    ("노면 표시 정비: 하반기 / 5억원(시비 3억원, 구비 2억원)", (7, 12, 2025, None, 500_000_000)),
    ("노면 표시 정비: 하반기 / 총 5억원 (시비 3억, 구비 2억)", (7, 12, 2025, None, 500_000_000)),
    ("노면 표시 정비: 4월~5월 / 5억(시비 3억, 구비 2억)", (4, 5, 2025, None, 500_000_000)),
    ("노면 표시 정비: 하반기 / 사업비 32억 1,000만원(시비 20억, 구비 12억 1,000만원)",
     (7, 12, 2025, None, 3_210_000_000)),
    ("공영주차장 건립: 3월~10월 / 1,200,000천원(국비 600,000천원, 구비 600,000천원)",
     (3, 10, 2025, None, 1_200_000_000)),
    # read so before too: the parts print bare figures, or a funding note
    ("노면 표시 정비: 하반기 / 5억원(국 3억, 구 2억)", (7, 12, 2025, None, 500_000_000)),
    ("노면 표시 정비: 하반기 / 500,000천원(시비 300,000, 구비 200,000)", (7, 12, 2025, None, 500_000_000)),
    # the parts alone: their sum; none: a second amount after the bracket
    ("노면 표시 정비(시비 3억원, 구비 2억원): 하반기", (7, 12, 2025, None, 500_000_000)),
    ("노면 표시 정비: 하반기 / 5억원(시비 3억, 구비 2억) / 7억원", (7, 12, 2025, None, None)),
])
def test_an_amount_before_its_parts_by_source(text, expected):
    assert item_fields(text, 2025)[:5] == expected


REPORT = ("제285회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n주 차 관 리 과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n1. 불법주정차 단속 강화 (단속팀)\n\n□ 주요 추진실적\n\n"
          "○ 노면 표시 정비: 2025년 하반기 / 5억원(시비 3억, 구비 2억)\n\n"
          "○ 고정형 CCTV 증설: ’25.2월~3월 / 총 32억 1,000만원 (국비 16억, 구비 16억 1,000만원)\n\n"
          "○ 단속 차량 교체: 3월~4월 / (시비 1억원, 구비 5,000만원)\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pipe-tables", "pdf grid"])
def test_a_reports_items_so_printed(layout, tmp_path):
    report = read_laid_out(REPORT, layout, tmp_path)
    [project] = report.projects
    assert [(i.start_month, i.end_month, i.year, i.amount_krw) for i in project.items] == [
        (7, 12, 2025, 500_000_000), (2, 3, 2025, 3_210_000_000), (3, 4, 2025, 150_000_000)]
