"""Vehicle lists as `pdftotext -raw` prints them (branch raw76): a vehicle a line, its cells one space apart and
mostly words (`승 용 그랜저 의장 업무용 하이브리드 2023` under `차 종 차 명 용 도 연 료 연 식 비 고`), so no run of
figures tells the cells apart as it does a staffing's or a budget's. Before, the -raw readings of
`2025-hanbit-uihoesamuguk.txt` (의회사무국), `2024-hanbit-anjeon.txt` (안전과) and `2025-hanbit-semugwalli.txt`
(세무관리과) lost their lists: no `listed` vehicles beside 의회사무국's count table, no fleet at all of 안전과's and
세무관리과's (`승용(소형) 12가 3456 2015 …` read as a table of four columns, `12가` in its 차종). Now the header's
labels say the columns and what each holds, and a row's anchors (a category, a kind, a plate, a year, a fuel, a count)
part its words; a row that parts no one way leaves the list as printed."""

import functools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from tests.layouts import needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.test_department_reports import finding_figures

REPORTS = Path(__file__).parent / "department_reports"
COUNCIL, SAFETY, TAX = "2025-hanbit-uihoesamuguk.txt", "2024-hanbit-anjeon.txt", "2025-hanbit-semugwalli.txt"
PROPERTY = "2024-hanbit-jaesangwalli.md"


@functools.cache
def twin(name: str):
    return extract_file(REPORTS / name)


def counts(fleet) -> list[tuple]:
    return [(c.category, c.kind, c.count, c.fuel) for c in fleet]


@needs_pdftotext
@pytest.mark.parametrize("name", [COUNCIL, SAFETY, TAX])
def test_the_raw_reading_of_each_pdf_holds_its_vehicles_as_the_text_does(name, tmp_path):
    read = pdftotext_reading(REPORTS / name, "-raw", tmp_path)
    assert records_but_the_document(read)["vehicles"] == records_but_the_document(twin(name))["vehicles"]
    assert [finding_figures(f) for f in run_checks(read)] == [finding_figures(f) for f in run_checks(twin(name))]


@needs_pdftotext
def test_a_fleet_by_kind_and_fuel_under_a_total_printed_twice(tmp_path):
    # 재산관리과's `차 종 차 종 대 수 연 료 비 고` over `계 계 3`, `승 용 소형 1 전기`, `화 물 소형 1 경유 내용연수
    # 경과`; before: a table of three columns, `계 계 | 3` and `승 용 소형 | 1 | 전기`, and a false header.total (6
    # against 3)
    read = pdftotext_reading(REPORTS / PROPERTY, "-raw", tmp_path)
    assert records_but_the_document(read)["vehicles"] == records_but_the_document(twin(PROPERTY))["vehicles"]
    (fleet,) = read.vehicles
    assert (fleet.name, fleet.printed_total) == ("공용차량", 3)
    assert counts(fleet.counts) == [("계", "계", 3, None), ("승용", "소형", 1, None), ("승용", "중형", 1, None),
                                    ("화물", "소형", 1, None)]
    assert [f for f in run_checks(read) if f.rule == "header.total"] == []


@needs_pdftotext
def test_the_council_s_list_is_its_count_table_s_vehicles(tmp_path):
    # before: listed [] (the list a table of `차 종 차 명 용 | 도 연 료 연 식` over `… 2023`)
    (fleet,) = pdftotext_reading(REPORTS / COUNCIL, "-raw", tmp_path).vehicles
    assert counts(fleet.counts) == [("승용", "대형", 1, None), ("승합", "11인승", 1, None), ("계", "계", 2, None)]
    assert counts(fleet.listed) == [("계", "계", 2, None), ("승용", "그랜저", 1, "하이브리드"),
                                    ("승합", "스타리아", 1, "경유")]


@needs_pdftotext
def test_the_safety_fleet_by_category_size_and_fuel(tmp_path):
    # before: no fleet (`특 수 구조공작 제설 살포기 경유 1 제설 작업` parts into no figures' table)
    (fleet,) = pdftotext_reading(REPORTS / SAFETY, "-raw", tmp_path).vehicles
    assert (fleet.name, fleet.printed_total) == ("차량현황", 5)
    assert counts(fleet.counts) == [("승용", "중형", 1, "전기"), ("승합", "중형", 2, "경유"),
                                    ("화물", "소형", 1, "경유"), ("특수", "구조공작", 1, "경유")]


@needs_pdftotext
def test_the_tax_list_by_plate_year_use_and_note(tmp_path):
    # before: no fleet (`승용(소형) 12가 | 3456 | 2015 | 체납차량 영치 내용연수 경과` under 차종, 차량번호, 연식, 용도)
    read = pdftotext_reading(REPORTS / TAX, "-raw", tmp_path)
    (fleet,) = read.vehicles
    assert counts(fleet.counts) == [("계", "계", 3, None), ("승용", "소형", 1, None), ("승용", "중형", 1, "하이브리드"),
                                    ("승합", "중형", 1, None)]
    (grid,) = [t.rows for t in read.tables if t.rows[0][1] == "차량번호"]
    assert grid == [["차 종", "차량번호", "연 식", "용 도", "비 고"],
                    ["승용(소형)", "12가 3456", "2015", "체납차량 영치", "내용연수 경과"],
                    ["승용(중형)", "34나 7890", "2022", "현장 징수 업무", "하이브리드"],
                    ["승합(중형)", "56다 1234", "2019", "민원 현장 출장", ""]]


def rewritten(text: str) -> list[list[str]]:
    return [line.split("\t") for line in one_space_tables(text.split("\n"))]


def test_a_name_is_a_word_beside_a_use_and_words_alone_between_anchors():
    assert rewritten("차 종 차 명 용 도 연 료 연 식 비 고\n승 용 그랜저 의장 업무용 하이브리드 2023\n4 예산현황") == [
        ["차 종", "차 명", "용 도", "연 료", "연 식", "비 고"],
        ["승 용", "그랜저", "의장 업무용", "하이브리드", "2023", ""],
        ["4 예산현황"]]
    assert rewritten("구 분 차 종 차 명 연 료 대 수 용 도\n계 5\n특 수 구조공작 제설 살포기 경유 1 제설 작업") == [
        ["구 분", "차 종", "차 명", "연 료", "대 수", "용 도"], ["계", "", "", "", "5", ""],
        ["특 수", "구조공작", "제설 살포기", "경유", "1", "제설 작업"]]


def test_a_note_starts_at_a_word_notes_start_with_and_is_blank_where_none_does():
    assert rewritten("차 종 차량번호 연 식 배기량 용 도 비 고\n"
                     "승용(소형) 12가3456 2015.3. 1,598 현장 업무 노후 교체 예정\n"
                     "승합 56다 1234 2019 2,497 민원 현장 출장") == [
        ["차 종", "차량번호", "연 식", "배기량", "용 도", "비 고"],
        ["승용(소형)", "12가3456", "2015.3.", "1,598", "현장 업무", "노후 교체 예정"],
        ["승합", "56다 1234", "2019", "2,497", "민원 현장 출장", ""]]


def test_an_anchor_s_cell_printed_blank_where_the_row_parts_one_way_without_it():
    # an electric car's 배기량, which `pdftotext -raw` drops
    assert rewritten("차 종 차량번호 연 식 배기량 용 도\n승용 12가3456 2015 1,598 업무\n"
                     "승용 34나7890 2022 현장 업무") == [
        ["차 종", "차량번호", "연 식", "배기량", "용 도"], ["승용", "12가3456", "2015", "1,598", "업무"],
        ["승용", "34나7890", "2022", "", "현장 업무"]]


@pytest.mark.parametrize("text", [
    # two columns of phrases side by side: `체납차량 | 영치 세무관리과` or `체납차량 영치 | 세무관리과`
    "차 종 차량번호 용 도 사용부서\n승용(소형) 12가3456 체납차량 영치 세무관리과",
    # a year that fits two places: `쏘나타 | 2019 | 2020년 교체` or `쏘나타 2019 | 2020년 | 교체`
    "차 종 차 명 연 식 비 고\n승 용 그랜저 2021\n승 용 쏘나타 2019 2020년 교체",
    # a row short of its year beside a name alone: `쏘나타 | | 업무` or `쏘나타 업무 | |`; the whole list, its first
    # row too, stays as printed
    "차 종 차 명 연 식 비 고\n승 용 그랜저 2021\n승 용 쏘나타 업무",
    # a category merged over two rows, printed on the first: `그랜저` no kind with no name after it
    "차 종 차 명 연 식 용 도\n승 용 쏘나타 2020 업무\n그랜저 2019 의전",
])
def test_a_row_that_parts_no_one_way_leaves_the_list_as_printed(text):
    assert one_space_tables(text.split("\n")) == text.split("\n")


def test_no_vehicle_list_without_a_label_naming_the_vehicle():
    # an equipment list's `구 분 용 도 수 량` is no vehicle's: `소형 양수기 배수` parts no one way by its words
    text = "구 분 용 도 연 식 수 량\n소형 양수기 배수 2019 24"
    assert one_space_tables(text.split("\n")) == text.split("\n")


CATEGORIES = st.sampled_from(["승 용", "승 합", "화 물", "특 수", "승용(소형)", "승합(중형)"])
MODELS = st.sampled_from(["그랜저", "스타리아", "아이오닉5", "포터Ⅱ", "카니발", "봉고3"])
FUELS = st.sampled_from(["휘발유", "경유", "LPG", "전기", "수소", "하이브리드"])
USE_WORDS = st.lists(st.sampled_from(["업무용", "민원", "현장", "출장", "의장", "지원", "순찰"]), min_size=1,
                     max_size=3)
NOTES = st.sampled_from(["", "내용연수 경과", "교체 예정", "임차", "노후 차량"])


@given(st.lists(st.tuples(CATEGORIES, MODELS, st.integers(10, 99), st.integers(1000, 9999), st.integers(2010, 2025),
                          USE_WORDS, FUELS, NOTES), min_size=1, max_size=4))
def test_rows_of_the_known_forms_part_back_into_their_cells(vehicles):
    header = ["차 종", "차 명", "차량번호", "연 식", "용 도", "연 료", "비 고"]
    rows = [[category, model, f"{front}가{back}", str(year), " ".join(use), fuel, note]
            for category, model, front, back, year, use, fuel, note in vehicles]
    lines = [" ".join(header), *(" ".join(cell for cell in row if cell) for row in rows), "4. 예산현황"]
    assert rewritten("\n".join(lines)) == [header, *rows, ["4. 예산현황"]]
