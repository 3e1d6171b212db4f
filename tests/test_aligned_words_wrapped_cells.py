"""Space-aligned tables of words alone whose cells wrap onto a line of their own, as `pdftotext -layout` prints a
위탁 list (시설명 | 위치 | 수탁기관 | 계약기간) with its contract period over two lines (`2024. 1. 1. ~` over `2026. 12.
31.`): the line carries on the row above it where one of its cells stands under a cell of the row that visibly goes
on, and each stands under one of the row's. Before, each such line was a row of its own."""

import pytest

from tests.layouts import read_first_part, tables_of

COVER = "제306회 한빛구의회 제2차 정례회\n\n# 2025년 주요업무 보고\n\n## 건강증진과\n\n# Ⅰ. 일반현황\n\n"

FACILITIES = """\
   1. 위탁시설 현황
     시 설 명              위  치                 수 탁 기 관              계 약 기 간
     한빛구 치매안심센터   한빛로 12, 2층         한빛대학교 산학협력단    2024. 1. 1. ~
                                                                           2026. 12. 31.
     한빛구 정신건강       중앙로 45              (재)한빛의료재단         2023. 7. 1. ~
     복지센터                                                              2025. 6. 30.
     금연지원센터          새빛로 8-1             (사)한국건강증진         2025. 1. 1. ~
                                                  협회 한빛지부            2025. 12. 31.
"""
JOINED = (
    ("시 설 명", "위 치", "수 탁 기 관", "계 약 기 간"),
    ("한빛구 치매안심센터", "한빛로 12, 2층", "한빛대학교 산학협력단", "2024. 1. 1. ~ 2026. 12. 31."),
    ("한빛구 정신건강 복지센터", "중앙로 45", "(재)한빛의료재단", "2023. 7. 1. ~ 2025. 6. 30."),
    ("금연지원센터", "새빛로 8-1", "(사)한국건강증진 협회 한빛지부", "2025. 1. 1. ~ 2025. 12. 31."),
)


@pytest.mark.parametrize("body", [
    FACILITIES,
    FACILITIES.replace("2024. 1. 1. ~", "2024. 1. 1.~ "),  # the mark run into the date
    FACILITIES.replace("2024. 1. 1. ~", "’24. 1. 1. ~ ").replace("2023. 7. 1. ~", "’23. 7. 1. ~ "),
])
def test_a_wrapped_contract_period_goes_on_in_its_row(body):
    rows = tables_of(read_first_part(COVER, body))[0].rows
    assert rows[1][0] == "한빛구 치매안심센터" and rows[1][3].endswith("~ 2026. 12. 31.")
    assert [row[0] for row in rows] == [row[0] for row in JOINED]
    if body == FACILITIES:
        assert rows == JOINED


def test_a_line_whose_cells_no_cell_above_goes_on_to_stays_a_row():
    body = """\
   1. 위탁시설 현황
     시 설 명              위  치                 수 탁 기 관              계 약 기 간
     한빛구 치매안심센터   한빛로 12, 2층         한빛대학교 산학협력단    2024. 1. 1.
     금연지원센터                                                          2025. 1. 1.
"""
    assert tables_of(read_first_part(COVER, body))[0].rows[2] == ("금연지원센터", "", "", "2025. 1. 1.")


def test_a_row_with_a_blank_cell_under_a_period_left_open_stays_a_row():
    # `2024. 1. 1. ~` is a period going on to this day, the row below a facility of its own: before, the two
    # were joined (`2024. 1. 1. ~ 2025. 1. 1. ~`) wherever the row below left a cell blank
    body = """\
   1. 위탁시설 현황
     시 설 명              위  치                 수 탁 기 관              운 영 기 간
     한빛구 치매안심센터   한빛로 12, 2층         한빛대학교 산학협력단    2024. 1. 1. ~
     금연지원센터          새빛로 8-1                                      2025. 1. 1. ~
     보건지소              중앙로 45              (재)한빛의료재단         2023. 7. 1.~
"""
    assert list(tables_of(read_first_part(COVER, body))[0].rows[1:]) == [
        ("한빛구 치매안심센터", "한빛로 12, 2층", "한빛대학교 산학협력단", "2024. 1. 1. ~"),
        ("금연지원센터", "새빛로 8-1", "", "2025. 1. 1. ~"),
        ("보건지소", "중앙로 45", "(재)한빛의료재단", "2023. 7. 1.~")]
