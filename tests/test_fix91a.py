"""Two gaps of `2023-gaon-jaemu.txt` (branch fix91a): a 성과지표 table's `단위` column named each row in findings
(`번호판 영치 / 대`), though it is a cell of the row, not its label; and a 세부사업 printed without its word (`세외수입
관리`) between `단위사업: 재정관리` and its 편성목 (`201-01 사무관리비`) was a line outside every level."""

from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.test_department_reports import finding_figures
from tests.test_hunt91 import BUDGET, JAEMU, PLANTED, REPORTS, budget_of, the_report_with


def read(text: str):
    return extract_file(Path("2023-t.txt"), text.encode())


def test_an_indicator_is_named_without_its_unit():
    found = run_checks(extract_file(REPORTS / JAEMU))
    wrong_rate = found[2]
    # before: `번호판 영치 / 대`, the 단위 column's cell in the row's name
    assert (wrong_rate.rule, wrong_rate.row, wrong_rate.column, wrong_rate.expected, wrong_rate.actual) == (
        "rate.table", "번호판 영치", "달성률(%)", "42.0", "44.0")
    assert wrong_rate.message.startswith("'번호판 영치' 행의 달성률(%) 값이")
    # the unit stays a cell of the table
    assert extract_file(REPORTS / JAEMU).tables[1].rows[3] == ["번호판 영치", "대", "600", "252", "44.0"]


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    ("체납액 정리율\t%\t30.0\t12.5\t41.7\n세외수입", "체납액 정리율\t%\t30.0\t12.5\t47.1\n세외수입",
     ("rate.table", "체납액 정리율", "달성률(%)", "41.7", "47.1")),
    # a unit the fixed list of `_UNITS` does not know (`필지`) is one all the same under `단위`
    ("공유재산 실태조사\t필지\t1,200\t540\t45.0", "공유재산 실태조사\t필지\t1,200\t540\t54.0",
     ("rate.table", "공유재산 실태조사", "달성률(%)", "45.0", "54.0"))])
def test_any_indicators_wrong_rate_is_named_without_its_unit(printed, wrong, found):
    more = [finding_figures(f) for f in run_checks(read(the_report_with(printed, wrong)))
            if finding_figures(f) not in PLANTED]
    assert more == [found]


def test_a_column_labelled_unit_printing_names_is_a_label():
    # `단위` over names (no unit's word: longer than one) stays a label of its row
    text = the_report_with("번호판 영치\t대\t600\t252\t44.0", "번호판 영치\t자동차 번호판\t600\t252\t44.0")
    assert ("rate.table", "번호판 영치 / 자동차 번호판", "달성률(%)", "42.0", "44.0") in [
        finding_figures(f) for f in run_checks(read(text))]


def test_a_detail_project_printed_without_its_word_is_one():
    # `세외수입 관리` between `단위사업: 재정관리` and its 편성목: a 세부사업 as when it prints `세부사업:`
    text = (REPORTS / JAEMU).read_text(encoding="utf-8").replace("\n세부사업: ", "\n")
    report = read(text)
    assert budget_of(report.budget) == BUDGET
    found = run_checks(report)
    assert [finding_figures(f) for f in found] == PLANTED
    assert found[0].message == "세외수입 관리의 예산액이 편성목별 합계와 다릅니다 (표기 68,000천원, 합계 66,000천원)"


def test_a_line_without_a_word_over_no_code_stays_outside():
    # a line naming no level over a named one (not coded lines) is no level: outside them all, as before
    text = the_report_with("세부사업: 체납액 징수\t94,000", "비고\t0\n세부사업: 체납액 징수\t94,000")
    assert [(b.name, b.parent, b.budget_krw) for b in read(text).budget][7] == ("비고", None, 0)


def test_a_plain_line_under_a_named_detail_project_stays_as_it_was():
    # under `세부사업:` (the level just above the codes) no level is between: the line is outside them all
    text = the_report_with("201-02 공공운영비\t12,000", "공공운영\t12,000\t4,800\t40.0\n201-02 공공운영비\t12,000")
    lines = budget_of(read(text).budget)
    assert ("공공운영", None, 12_000, 4_800, "40.0") in lines
