"""A fleet whose rows are its kinds, under a label column headed `차 종` (`차 종 | 정 수 | 보 유 | 과부족`
over `압축진개차 | 28 | 27 | △1`): each row is a kind of the fleet, as where the kinds are columns (`구 분 | 계 |
압축진개차 | 암롤차`); before, each was a category of its own (kind `소계`), so that `kind = '압축진개차'` found the
fleet printed one way and not the other. Rows of the categories the tool knows (`승용`, `화물`) stay categories."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import TEXT_LAYOUTS, make_pdfs

COVER = "제305회 새빛구의회 정례회\n\n2024년도 주요업무보고\n\n자원순환과\n\n"
ROWS = ("차 종\t정 수\t보 유\t과부족\n계\t47\t45\t△2\n압축진개차\t28\t27\t△1\n암롤차\t9\t9\t-\n"
        "노면청소차\t6\t5\t△1\n물청소차\t4\t4\t-\n")
COLUMNS = ("구 분\t계\t압축진개차\t암롤차\t노면청소차\t물청소차\n정 수\t47\t28\t9\t6\t4\n보 유\t45\t27\t9\t5\t4\n"
           "과부족\t△2\t△1\t-\t△1\t-\n")
KINDS = [("압축진개차", 27, 28, -1), ("암롤차", 9, 9, 0), ("노면청소차", 5, 6, -1), ("물청소차", 4, 4, 0)]


def text(table: str, label: str = "차 종") -> str:
    return (f"{COVER}Ⅰ. 일반현황\n\n4. 청소차량 현황 : 총 45대 (정수 47)\n\n(단위: 대)\n\n"
            + table.replace("차 종", label))


def fleet(r):
    (printed,) = r.vehicles
    quotas = {(c.category, c.kind): c.count for c in printed.quotas}
    shortfalls = {(c.category, c.kind): c.count for c in printed.shortfalls}
    return [(c.category, c.kind, c.count, quotas.get((c.category, c.kind)), shortfalls.get((c.category, c.kind)))
            for c in printed.counts]


EXPECTED = [("계", "계", 45, 47, -2),
            *[("화물", kind, held, quota, short) for kind, held, quota, short in KINDS]]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("label", ["차 종", "차종별", "차량종류"])
def test_rows_under_the_kinds_label_are_the_fleet_s_kinds(label, layout):
    r = extract_report(read_text("t.txt", TEXT_LAYOUTS[layout](text(ROWS, label)).encode()))
    assert fleet(r) == EXPECTED
    assert [(f.rule, f.expected, f.actual) for f in run_checks(r)] == [("header.quota", "47", "45")]


def test_as_the_kinds_printed_as_columns():
    r = extract_report(read_text("t.txt", text(COLUMNS).encode()))
    assert fleet(r) == EXPECTED


@pytest.mark.parametrize("ruling", ["grid", "none"])
def test_in_a_pdf_too(tmp_path, ruling):
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(text(ROWS), encoding="utf-8")
    make_pdfs().render(source, target, ruling)
    assert fleet(extract_file(target)) == EXPECTED


def test_a_wrong_total_of_the_kinds_is_found():
    r = extract_report(read_text("t.txt", text(ROWS.replace("암롤차\t9\t9", "암롤차\t9\t8")).encode()))
    # the row the fleet's, as its heading names it, not the 화물 its kinds are counted under (fleet115)
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("header.quota", "제목", "정수", "47", "45"), ("sum.vehicles", "청소차량현황", "암롤차", "9", "8")]


def test_categories_under_the_kinds_label_stay_categories():
    r = extract_report(read_text("t.txt", (
        f"{COVER}Ⅰ. 일반현황\n\n3. 공용차량 현황 : 총 10대\n\n"
        "차 종\t대 수\n계\t10\n승용\t5\n승합\t2\n화물차\t3\n").encode()))
    assert [(c.category, c.kind, c.count) for c in r.vehicles[0].counts] == [
        ("계", "계", 10), ("승용", "소계", 5), ("승합", "소계", 2), ("화물차", "소계", 3)]
