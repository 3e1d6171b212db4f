"""The real report's vehicles table, whose header a converter shifted by a column (the tool puts it right by the
figures' sums), with one cell printed wrong; and a vehicles table under a note line between its heading and it."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import LAYOUTS
from tests.test_vehicles_variants import COVER, GENERAL, PROJECTS, counts, report, summary

REAL_HEADER = ("총 계\t승 용\t\t\t\t승 합\t\t\t\t화 물\t\t\t\t특수차\t\t\t임시 소 계\t\n"
               "\t소 계\t소형· 다목적\t중형\t대형\t소 계\t소형\t중형\t대형"
               "\t소 계\t소형\t중형\t대형\t소 계\t청소차\t구급차\t\t기타\n")
REAL_FIGURES = [236, 65, 17, 46, 2, 28, 0, 28, 0, 78, 55, 17, 6, 41, 27, 1, 13, 24]
REPAIR_NOTE = "머리글이 합계와 맞지 않아 숫자의 합으로 열을 다시 배정함: 특수차 4칸(표기 3칸), 임시 1칸(표기 2칸)"


def _real_table(planted: dict[int, int]):
    """The real report's 공용차량 block, the figure at each index of `planted` printed as its value."""
    figures = [planted.get(at, n) for at, n in enumerate(REAL_FIGURES)]
    return report("□ 공용차량 - 총236대 (정수 236)\n\n(단위: 대)\n\n" + REAL_HEADER
                  + "\t".join(map(str, figures)) + "\n")


def _repaired_counts(planted: dict[int, int]) -> list[tuple[str, str, int]]:
    figures = [planted.get(at, n) for at, n in enumerate(REAL_FIGURES)]
    kinds = [("계", "계"), ("승용", "소계"), ("승용", "소형·다목적"), ("승용", "중형"), ("승용", "대형"),
             ("승합", "소계"), ("승합", "소형"), ("승합", "중형"), ("승합", "대형"),
             ("화물", "소계"), ("화물", "소형"), ("화물", "중형"), ("화물", "대형"),
             ("특수차", "소계"), ("특수차", "청소차"), ("특수차", "구급차"), ("특수차", "기타"), ("임시", "소계")]
    return [(category, kind, n) for (category, kind), n in zip(kinds, figures, strict=True)]


def test_the_real_vehicles_table_is_repaired_with_only_its_repair_info():
    r = _real_table({})
    (fleet,) = r.vehicles
    assert counts(fleet) == _repaired_counts({})
    assert (fleet.repaired, fleet.repair_note) == (True, REPAIR_NOTE)
    assert summary(r) == [("repair.header", "info", "머리글", None, None, None)]


SUM = "sum.vehicles"
# one figure printed wrong (its index in REAL_FIGURES: its new value) and the findings it should give, no more
ONE_WRONG_CELL = {
    "승용 소계": ({1: 66}, [(SUM, "error", "승용", "소계", "65", "66")]),
    "화물 중형": ({11: 18}, [(SUM, "error", "화물", "소계", "79", "78")]),
    # the heading's 총236대 is the 소계s' sum too: the 계 alone (before, also the heading and the quota, of 237)
    "총계": ({0: 237}, [(SUM, "error", "계", "계", "236", "237")]),
    "구급차": ({15: 2}, [(SUM, "error", "특수차", "소계", "42", "41")]),
    "임시": ({17: 25}, [(SUM, "error", "계", "계", "237", "236")]),
    "특수차 소계": ({13: 40}, [(SUM, "error", "특수차", "소계", "41", "40")]),
    "승합 소형": ({6: 1}, [(SUM, "error", "승합", "소계", "29", "28")]),
}


@pytest.mark.parametrize("planted", ONE_WRONG_CELL)
def test_one_wrong_cell_in_the_real_vehicles_table_keeps_the_repair_and_is_the_only_finding(planted):
    """Before, the repair demanded every sum hold: one wrong cell undid it, and the header as printed gave 2–3 false
    errors (`임시 소계 expected 24, actual 13`, `특수차 소계 expected 28, actual 41`) and a wrong 계's figure."""
    cells, expected = ONE_WRONG_CELL[planted]
    r = _real_table(cells)
    (fleet,) = r.vehicles
    assert counts(fleet) == _repaired_counts(cells)
    assert (fleet.repaired, fleet.repair_note) == (True, REPAIR_NOTE)
    assert sorted(summary(r), key=str) == sorted([*expected, ("repair.header", "info", "머리글", None, None, None)],
                                                 key=str)
    assert [f.message for f in run_checks(r) if f.rule == "repair.header"] == [REPAIR_NOTE]


def test_every_single_wrong_cell_in_the_real_vehicles_table_keeps_the_repair():
    for at, n in enumerate(REAL_FIGURES):
        for planted in {n + 1, n + 10, abs(n - 1)} - {n}:
            r = _real_table({at: planted})
            (fleet,) = r.vehicles
            assert fleet.repaired and counts(fleet) == _repaired_counts({at: planted}), (at, planted)
            assert 1 <= sum(f.rule == SUM for f in run_checks(r)) <= 2, (at, planted)


def test_a_header_in_place_with_one_wrong_cell_is_no_repair():
    r = report("□ 공용차량 - 총5대\n\n(단위: 대)\n\n총 계\t승 용\t\t\t승 합\t\t\n"
               "\t소 계\t소형\t중형\t소 계\t소형\t중형\n5\t3\t1\t1\t2\t1\t1\n")
    (fleet,) = r.vehicles
    assert (fleet.repaired, fleet.repair_note) == (False, None)
    assert summary(r) == [(SUM, "error", "승용", "소계", "2", "3")]


FLEET = "총 계\t승 용\t\t\t승 합\t\t\n\t소 계\t소형\t중형\t소 계\t소형\t중형\n5\t3\t1\t2\t2\t1\t1\n"
FIVE = [("계", "계", 5), ("승용", "소계", 3), ("승용", "소형", 1), ("승용", "중형", 2), ("승합", "소계", 2),
        ("승합", "소형", 1), ("승합", "중형", 1)]


@pytest.mark.parametrize(("heading", "note", "found"), [
    ("## 3 공용차량 현황 (총 6대)", "※ 친환경차 2대 포함", [("header.total", "error", "제목", "총계", "5", "6")]),
    ("## 3 공용차량 현황", "※ 2025. 5. 31. 기준", []),
    ("## 3 공용차량 현황", "총 6대 (정수 6대)", [("header.quota", "info", "제목", "정수", "6", "5"),
                                            ("header.total", "error", "제목", "총계", "5", "6")]),
    ("## 3 공용차량 현황 (총 5대)", "※ 전기차 2대 포함", []),
])
def test_a_note_or_a_count_line_between_a_vehicles_heading_and_its_table(heading, note, found):
    """Before, the line under the heading captioned the table alone: no fleet was read, the heading's `총 6대` was
    never compared, and the grid gave a false `sum.table` (`1행 / 총 계 expected 10, actual 5`)."""
    r = report(f"{heading}\n\n{note}\n\n(단위: 대)\n\n{FLEET}")
    (fleet,) = r.vehicles
    assert counts(fleet) == FIVE
    assert fleet.caption.startswith(heading.removeprefix("## "))
    assert summary(r) == found
    assert r.tables == []


def test_a_note_line_over_a_vehicles_table_with_a_row_label():
    r = report("## 3 공용차량 현황 (총 7대)\n\n※ 2025. 5. 31. 기준\n\n(단위: 대)\n\n"
               "구 분\t계\t승용\t승합\t화물\n대 수\t6\t3\t2\t1\n")
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 6), ("공용차량현황", "승용", 3), ("공용차량현황", "승합", 2),
                             ("공용차량현황", "화물", 1)]
    assert summary(r) == [("header.total", "error", "제목", "총계", "6", "7")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_note_line_over_a_vehicles_table_in_every_layout(layout):
    text = COVER + GENERAL + f"## 3 공용차량 현황 (총 6대)\n\n※ 친환경차 2대 포함\n\n(단위: 대)\n\n{FLEET}" + PROJECTS
    r = extract_report(read_text("t.md", LAYOUTS[layout](text).encode()))
    assert [counts(fleet) for fleet in r.vehicles] == [FIVE]
    assert summary(r) == [("header.total", "error", "제목", "총계", "5", "6")]
