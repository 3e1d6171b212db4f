"""A budget printed below its 단위사업, and performance indicators (branch hunt91): `2023-gaon-jaemu.txt` (가온구의회
제312회 제1차 정례회, 재무과 2023, tab tables). Its conventions: a budget of one name column whose levels are named by
their word and code, `계`, `일반회계`, `단위사업: 재정관리`, `세부사업: 세외수입 관리`, then its 편성목 by code, `201-01
사무관리비`, `202-01 국내여비`, `307-02 민간경상사업보조`, each level the sum of the one below; `성과지표 | 단위 |
목표 | 실적 | 달성률(%)` in the general part and under each project (`나. 성과지표`), indicators in %, 백만원, 대.
Three errors planted: 세외수입 관리's 예산액 68,000 where its 편성목 make 66,000; 체납액 징수's 201-01 사무관리비
집행률 46.0 where 40,800 ÷ 85,000 is 48.0%; 번호판 영치's 달성률 44.0 where 252 ÷ 600 is 42.0%.
What was read wrong before: the level words and codes were no levels, so every line was the account's (`일반회계`
found against the sum of all of them, twice, and the wrong 세부사업 not found, its 집행률 found instead); an
indicator in % (`체납액 정리율 | % | 30.0 | 12.5 | 41.7`) was a row of rates, not compared; `번호판` held the serial
word `번호`, so the row was no figures' either and the planted 달성률 went unfound; `나. 성과지표` was an item of the
part above; `pdftotext -raw` joined each row's unit to its label and the header's last two labels."""

import functools
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.cli import main
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from schemas.budget import budget_code
from tests.layouts import make_pdfs, records_but_the_document
from tests.test_department_reports import finding_figures, project_items

REPORTS = Path(__file__).parent / "department_reports"
JAEMU = "2023-gaon-jaemu.txt"
K = 1_000  # 천원
PLANTED = [("sum.budget", "세외수입 관리", "예산액", "66,000천원", "68,000천원"),
           ("rate", "201-01 사무관리비", "집행률(%)", "48.0", "46.0"),
           ("rate.table", "번호판 영치", "달성률(%)", "42.0", "44.0")]


@functools.cache
def report():
    return extract_file(REPORTS / JAEMU)


def the_report_with(printed: str, wrong: str) -> str:
    text = (REPORTS / JAEMU).read_text(encoding="utf-8")
    assert text.count(printed) == 1
    return text.replace(printed, wrong)


def findings_of(text: str) -> list[tuple]:
    return [finding_figures(f) for f in run_checks(extract_file(Path("2023-t.txt"), text.encode()))]


def test_the_three_planted_errors_are_the_findings():
    found = run_checks(report())
    assert [finding_figures(f) + (f.severity, f.source.line) for f in found] == [
        key + ("error", line) for key, line in zip(PLANTED, (46, 51, 84), strict=True)]
    # the 세부사업's lines are its 편성목 (before: `세부사업별`, the word of a 단위사업's lines)
    assert found[0].message == "세외수입 관리의 예산액이 편성목별 합계와 다릅니다 (표기 68,000천원, 합계 66,000천원)"
    assert found[2].message == ("'번호판 영치' 행의 달성률(%) 값이 실적 ÷ 목표 × 100과 맞지 않습니다 "
                                "(표기 44.0%, 계산 252 ÷ 600 × 100 = 42.0%)")


BUDGET = [  # name, parent, 예산액, 집행액, 집행률 as printed (천원)
    ("계", None, 390_000, 145_400, "37.3"),
    ("일반회계", None, 390_000, 145_400, "37.3"),
    ("재정관리", "일반회계", 160_000, 72_900, "45.6"),
    ("세외수입 관리", "재정관리", 68_000, 28_500, "43.2"),
    ("201-01 사무관리비", "세외수입 관리", 48_000, 21_600, "45.0"),
    ("201-02 공공운영비", "세외수입 관리", 12_000, 4_800, "40.0"),
    ("202-01 국내여비", "세외수입 관리", 6_000, 2_100, "35.0"),
    ("체납액 징수", "재정관리", 94_000, 44_400, "47.2"),
    ("201-01 사무관리비", "체납액 징수", 85_000, 40_800, "46.0"),
    ("202-01 국내여비", "체납액 징수", 9_000, 3_600, "40.0"),
    ("공유재산 관리", "일반회계", 230_000, 72_500, "31.5"),
    ("공유재산 실태조사", "공유재산 관리", 180_000, 54_000, "30.0"),
    ("201-01 사무관리비", "공유재산 실태조사", 30_000, 9_000, "30.0"),
    ("401-01 시설비", "공유재산 실태조사", 150_000, 45_000, "30.0"),
    ("납세자 권익보호", "공유재산 관리", 50_000, 18_500, "37.0"),
    ("307-02 민간경상사업보조", "납세자 권익보호", 40_000, 16_000, "40.0"),
    ("201-02 공공운영비", "납세자 권익보호", 10_000, 2_500, "25.0")]


def budget_of(budget) -> list[tuple]:
    return [(b.name, b.parent, b.budget_krw // K, b.executed_krw // K, b.rate_text) for b in budget]


def test_the_budget_down_to_its_pyeonseongmok():
    # each level's line under the one above it, named without its level's word; a 편성목 keeps its code
    assert budget_of(report().budget) == BUDGET
    assert {(b.unit, b.as_of, b.table_no, b.other_columns) for b in report().budget} == {
        ("천원", date(2023, 5, 31), 1, None)}


@pytest.mark.parametrize(("unit", "detail"), [
    ("단위사업 : ", "세부사업 : "), ("[단위사업] ", "[세부사업] "), ("<단위사업> ", "(세부사업) "),
    ("단위사업：", "세부사업："), ("  단위사업: ", "    세부사업: ")])
def test_the_ways_a_level_is_named(unit, detail):
    text = the_report_with("\n단위사업: 재정관리", f"\n{unit}재정관리").replace("\n단위사업: ", f"\n{unit}").replace(
        "\n세부사업: ", f"\n{detail}")
    read = extract_file(Path("2023-t.txt"), text.encode())
    assert budget_of(read.budget) == BUDGET
    assert [finding_figures(f) for f in run_checks(read)] == PLANTED


def test_a_pyeonseongmok_over_its_tonggyemok():
    # `201 일반운영비` (a 편성목's code) over `201-01 사무관리비` (its 통계목's, a level deeper), under its 세부사업
    text = the_report_with("세부사업: 세외수입 관리\t68,000\t28,500\t43.2\n",
                           "세부사업: 세외수입 관리\t66,000\t28,500\t43.2\n201 일반운영비\t60,000\t26,400\t44.0\n")
    read = extract_file(Path("2023-t.txt"), text.encode())
    assert budget_of(read.budget)[3:8] == [
        ("세외수입 관리", "재정관리", 66_000, 28_500, "43.2"),
        ("201 일반운영비", "세외수입 관리", 60_000, 26_400, "44.0"),
        ("201-01 사무관리비", "201 일반운영비", 48_000, 21_600, "45.0"),
        ("201-02 공공운영비", "201 일반운영비", 12_000, 4_800, "40.0"),
        ("202-01 국내여비", "세외수입 관리", 6_000, 2_100, "35.0")]
    assert [finding_figures(f) for f in run_checks(read)] == PLANTED[1:]


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # a 단위사업 against its 세부사업, each as its 편성목 make it: one finding, not also the 일반회계 over it
    ("단위사업: 공유재산 관리\t230,000", "단위사업: 공유재산 관리\t240,000",
     ("sum.budget", "공유재산 관리", "예산액", "230,000천원", "240,000천원", "세부사업별")),
    # the account against its 단위사업
    ("일반회계\t390,000\t145,400", "일반회계\t390,000\t145,500",
     ("sum.budget", "일반회계", "집행액", "145,400천원", "145,500천원", "단위사업별")),
    # a 편성목's 집행액 its 세부사업's figure and the other 편성목 make: found on it, not on its 세부사업
    ("401-01 시설비\t150,000\t45,000\t30.0", "401-01 시설비\t150,000\t46,000\t30.0",
     ("sum.budget", "401-01 시설비", "집행액", "45,000천원", "46,000천원", None))])
def test_one_more_budget_error_is_found_at_its_level(printed, wrong, found):
    read = extract_file(Path("2023-t.txt"), the_report_with(printed, wrong).encode())
    more = [f for f in run_checks(read) if finding_figures(f) not in PLANTED]
    assert [finding_figures(f) for f in more] == [found[:5]]
    if found[5]:
        assert f"{found[5]} 합계와 다릅니다" in more[0].message


def test_the_budget_totals_and_lines_loaded(tmp_path):
    db = tmp_path / "r.db"
    CliRunner().invoke(main, ["ingest", "--db", str(db), str(REPORTS / JAEMU)])
    with sqlite3.connect(db) as connection:
        assert connection.execute(
            "SELECT budget_krw, executed_krw, execution_rate, as_of FROM budget_totals").fetchall() == [
            (390_000 * K, 145_400 * K, 37.3, "2023-05-31")]
        # the 편성목 of one 단위사업, through its 세부사업
        assert connection.execute(
            "SELECT l.name, l.budget_krw FROM budget_lines l JOIN budget_lines s ON s.name = l.parent "
            "AND s.document_id = l.document_id WHERE s.parent = '재정관리' ORDER BY l.id").fetchall() == [
            ("201-01 사무관리비", 48_000 * K), ("201-02 공공운영비", 12_000 * K), ("202-01 국내여비", 6_000 * K),
            ("201-01 사무관리비", 85_000 * K), ("202-01 국내여비", 9_000 * K)]


INDICATORS = [["성과지표", "단위", "목표", "실적", "달성률(%)"], ["체납액 정리율", "%", "30.0", "12.5", "41.7"],
              ["체납 징수액", "백만원", "4,800", "2,160", "45.0"], ["번호판 영치", "대", "600", "252", "44.0"]]


def test_the_indicators_are_tables_of_the_report_and_its_projects():
    tables = report().tables
    assert [(t.caption, t.project_seq, t.as_of) for t in tables] == [
        ("5. 성과지표 (’23. 5. 31. 기준)", None, date(2023, 5, 31)), ("성과지표", 1, None), ("성과지표", 2, None)]
    assert tables[1].rows == INDICATORS
    # `나. 성과지표` is a part of the project (before: an item `성과지표` of its 사업개요)
    collection, survey = report().projects
    assert [text for text, _, _ in project_items(collection)] == [
        "기 간 : ’23. 1월 ~ 12월", "대 상 : 지방세 및 세외수입 체납액 16,800백만원",
        "내 용 : 체납액 일제정리 기간 운영, 번호판 영치, 부동산 공매",
        "상반기 체납액 일제정리 기간 운영 : ’23. 3. 2. ~ 4. 28.", "체납액 2,160백만원 징수",
        "자동차세 체납차량 번호판 영치 : 252대", "하반기 체납액 일제정리 기간 운영 : ’23. 9월 ~ 11월",
        "고액 체납자 명단 공개 : ’23. 11월"]
    assert "성과지표" not in [text for text, _, _ in project_items(survey)]
    assert (survey.unit_name, [(b.name, b.budget_krw // K) for b in survey.budget_lines]) == (
        "공유재산 관리", [("계", 180_000), ("구비", 180_000)])


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # an indicator in %: its 달성률 is its 실적 ÷ 목표 too (before: a row of rates, not compared)
    ("체납액 정리율\t%\t30.0\t12.5\t41.7\n세외수입", "체납액 정리율\t%\t30.0\t12.5\t47.1\n세외수입",
     ("rate.table", "체납액 정리율", "달성률(%)", "41.7", "47.1")),
    ("세외수입 징수율\t%\t85.0\t38.2\t44.9", "세외수입 징수율\t%\t85.0\t38.2\t49.4",
     ("rate.table", "세외수입 징수율", "달성률(%)", "44.9", "49.4")),
    ("공유재산 실태조사\t필지\t1,200\t540\t45.0", "공유재산 실태조사\t필지\t1,200\t540\t54.0",
     ("rate.table", "공유재산 실태조사", "달성률(%)", "45.0", "54.0"))])
def test_one_more_wrong_achievement_rate_is_found(printed, wrong, found):
    assert sorted(findings_of(the_report_with(printed, wrong))) == sorted([*PLANTED, found])


def test_a_table_of_two_indicators_tells_the_wrong_one_by_its_labels():
    # of two rows, one wrong: no ratio is printed by most rows, but `목표 | 실적 | 달성률(%)` name it and the other
    # row prints it (branch left92; before, nothing found)
    assert findings_of(the_report_with("무단점유 변상금 부과\t건\t40\t18\t45.0",
                                       "무단점유 변상금 부과\t건\t40\t18\t54.0")) == [
        *PLANTED, ("rate.table", "무단점유 변상금 부과", "달성률(%)", "45.0", "54.0")]


def test_raw_pdftotext_rows_print_their_unit_after_their_label():
    # `pdftotext -raw` sets each cell a space apart: the unit column's word is its own cell again
    lines = ["성과지표 단위 목표 실적 달성률(%)", "체납액 정리율 % 30.0 12.5 41.7",
             "체납 징수액 백만원 4,800 2,160 45.0", "번호판 영치 대 600 252 44.0"]
    assert [line.split("\t") for line in one_space_tables(lines)] == INDICATORS
    # a header of no unit column keeps the rows' labels whole
    lines[0] = "성과지표 구분 목표 실적 달성률(%)"
    assert one_space_tables(lines)[1].split("\t")[0] != "체납액 정리율"


def test_its_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / JAEMU, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == records_but_the_document(report())
    assert sorted(finding_figures(f) for f in run_checks(read)) == sorted(PLANTED)


@given(code=st.from_regex(r"\d{3}(-\d{2}){0,2}", fullmatch=True), name=st.sampled_from(["사무관리비", "국내여비 등"]))
def test_a_code_before_a_name(code, name):
    assert budget_code(f"{code} {name}") == code
    assert budget_code(code) is None  # a code alone names no line


@pytest.mark.parametrize("name", ["2023년 예산", "12-01 사무관리비", "201-1 사무관리비", "세부사업비 지원", "재정관리"])
def test_no_code_where_none_is_printed(name):
    assert budget_code(name) is None


def budget_table(rows: str) -> str:
    return ("제312회 가온구의회 제1차 정례회\n\n2023년도 주요업무보고\n\n재   무   과\n\nⅠ. 일반현황\n\n4. 예산현황\n"
            "(단위: 천원)\n구 분\t예산액\t집행액\n" + rows.replace("|", "\t").replace(";", "\n") + "\n")


def test_a_number_before_a_name_is_no_code_where_no_line_prints_one_of_two_parts():
    # `119 구조대 운영`: a name's number, no 편성목's code where no line prints a code of two parts (`201-01`)
    read = extract_file(Path("2023-t.txt"), budget_table(
        "계|300|120;안전 관리|100|40;119 구조대 운영|150|60;112 상황실 운영|50|20").encode())
    assert [(b.name, b.parent) for b in read.budget] == [
        ("계", None), ("안전 관리", None), ("119 구조대 운영", None), ("112 상황실 운영", None)]
    assert run_checks(read) == []
    # beside such codes it is one: `201 일반운영비` over its `201-01`
    read = extract_file(Path("2023-t.txt"), budget_table(
        "계|100|40;세부사업: 청사 관리|100|40;201 일반운영비|100|40;201-01 사무관리비|100|40").encode())
    assert [(b.name, b.parent) for b in read.budget] == [
        ("계", None), ("청사 관리", None), ("201 일반운영비", "청사 관리"), ("201-01 사무관리비", "201 일반운영비")]
    assert run_checks(read) == []


def test_a_total_of_accounts_is_found_against_them():
    # the 계 over `일반회계` (before: `정책사업별 합계`, a level it does not sum)
    [found] = run_checks(extract_file(Path("2023-t.txt"), budget_table(
        "계|392|100;일반회계|390|100;단위사업: 가|160|50;세부사업: 가1|160|50;단위사업: 나|230|50;"
        "세부사업: 나1|230|50").encode()))
    assert (finding_figures(found), found.message) == (
        ("sum.budget", "계", "예산액", "390천원", "392천원"),
        "계의 예산액이 회계별 합계와 다릅니다 (표기 392천원, 합계 390천원)")


def test_levels_named_beside_a_column_of_accounts():
    # `회 계 | 구 분` over `일반회계 | 단위사업: 재정관리`: the names' levels under the account's 소계 (before, every
    # line the account's, found against all of them)
    text = (REPORTS / JAEMU).read_text(encoding="utf-8")
    start, end = text.index("구 분\t예산액"), text.index("\n\n5. 성과지표")
    rows = text[start:end].split("\n")
    table = ["회 계\t구 분\t예산액\t집행액\t집행률(%)", "합 계\t\t390,000\t145,400\t37.3",
             "일반회계\t소 계\t390,000\t145,400\t37.3", *(f"일반회계\t{row}" for row in rows[3:])]
    read = extract_file(Path("2023-t.txt"), (text[:start] + "\n".join(table) + text[end:]).encode())
    assert budget_of(read.budget) == BUDGET
    assert [finding_figures(f) for f in run_checks(read)] == PLANTED
