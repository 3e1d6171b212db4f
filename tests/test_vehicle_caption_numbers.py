"""A vehicles table's caption numbered as a table (`<표 2>`, `[표 2]`, `표 2.`) or set in brackets (`【 차량 보유
현황 】`) names its fleet without the number and brackets; a row label naming a fleet (`관용차량`) names it, as any
category label does, though `차량` alone says only what the figures are."""

import pytest

from tests.layouts import read_laid_out

COVER = "2025년 주요업무 보고\n\n총무과\n\nⅠ. 일반현황\n\n1. 차량 현황\n\n"
LIST = "차량번호\t차 종\t연 료\t연 식\n12가3456\t승용\t하이브리드\t2021\n34나5678\t승합\t경유\t2019\n"


def categories(report):
    return [(c.category, c.kind, c.count) for fleet in report.vehicles for c in fleet.counts]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pipe-tables", "pdf grid"])
@pytest.mark.parametrize("caption", ["<표 2> 관용차량 현황", "[표 2] 관용차량 현황", "표 2. 관용차량 현황",
                                     "<표 2-1> 관용차량 현황", "【 관용차량 현황 】", "〔관용차량 현황〕"])
def test_a_vehicle_lists_fleet_is_named_without_the_captions_number(caption, layout, tmp_path):
    # before, `<표 2> 관용차량 현황` named the list's vehicles `<표` (category `<표`, kinds 승용 and 승합)
    report = read_laid_out(f"{COVER}{caption}\n\n{LIST}", layout, tmp_path)
    assert categories(report) == [("계", "계", 2), ("관용차량현황", "승용", 1), ("관용차량현황", "승합", 1)]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pipe-tables", "pdf grid"])
def test_a_row_label_naming_a_fleet_names_its_category(layout, tmp_path):
    # before, `관용차량` was read as a word saying what the figures are, and the fleet was named by its caption,
    # `【차량보유현황】`
    text = (f"{COVER}【 차량 보유 현황 】\n\n(단위: 대)\n\n구 분\t계\t승 용\t승 합\t화 물\n"
            "관용차량\t3\t2\t1\t-\n")
    report = read_laid_out(text, layout, tmp_path)
    assert categories(report) == [("계", "계", 3), ("관용차량", "승용", 2), ("관용차량", "승합", 1),
                                  ("관용차량", "화물", 0)]
