"""Two gaps a user hit asking questions: a vehicle table printing one fuel two ways (`휘발유 | 가솔린`, `전기 | 전기차`,
one fuel by `fuel_named`) counts it once, the cells' sum, so that neither overwrites the other in the sums the checks
make (before, a false `sum.vehicles`, and the heading's `총 N대` found wrong); and `reportdb search`'s project column
prints a renamed project's former name as `show` does (`1. 직원 디지털 전환 교육 (구 직원 디지털 역량 강화)`)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from checks import run_checks
from tests.corpus import invoke, report_folder
from tests.layouts import read_laid_out
from tests.test_department_renames import RENAMED_2025
from tests.test_department_renames import invoke as invoke_in
from tests.test_posts_and_fuels import COVER
from tests.test_years_of_one_department import YEARS

# `휘발유` and `가솔린` as two columns: 휘발유 3 + 2 of the fleet's 10 (승용 2 + 1, 승합 1 + 1)
SPELLED_TWICE_AS_COLUMNS = ("## 2 공용차량 현황 - 총 10대\n\n(단위: 대)\n\n구 분\t계\t휘발유\t가솔린\t경유\n"
                            "계\t10\t3\t2\t5\n승 용\t6\t2\t1\t3\n승 합\t4\t1\t1\t2\n")
# `휘발유` and `가솔린`, `전기` and `전기차` as rows: 휘발유 2 + 1, 전기 0 + 1 of the fleet's 6
SPELLED_TWICE_AS_ROWS = ("## 2 공용차량 현황 - 총 6대\n\n(단위: 대)\n\n구 분\t대 수\n계\t6\n휘발유\t2\n가솔린\t1\n"
                         "경 유\t2\n전기\t0\n전기차\t1\n")


def counts(r) -> list[tuple[str, str | None, str | None, int]]:
    return [(c.category, c.kind, c.fuel, c.count) for fleet in r.vehicles for c in fleet.counts]


def findings(r) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_a_fuel_printed_as_two_columns_is_one_count_of_it(layout, tmp_path):
    """Before, two counts of 휘발유 in each category, the second overwriting the first in the sums: `승용 소계`
    found wrong (expected 4, actual 6), and `승합 소계` (3 of 4)."""
    r = read_laid_out(COVER + SPELLED_TWICE_AS_COLUMNS, layout, tmp_path)
    assert counts(r) == [
        ("계", "계", None, 10), ("계", None, "휘발유", 5), ("계", None, "경유", 5),
        ("승용", "소계", None, 6), ("승용", None, "휘발유", 3), ("승용", None, "경유", 3),
        ("승합", "소계", None, 4), ("승합", None, "휘발유", 2), ("승합", None, "경유", 2)]
    assert findings(r) == []


def test_a_fuel_printed_as_two_rows_is_one_count_of_it(tmp_path):
    """Before, the 계 found wrong (expected 4: 가솔린's 1 and 전기차's 1 in place of 휘발유's 2 and 전기's 0)."""
    r = read_laid_out(COVER + SPELLED_TWICE_AS_ROWS, "tab", tmp_path)
    assert counts(r) == [("계", "계", None, 6), ("공용차량현황", None, "휘발유", 3), ("공용차량현황", None, "경유", 2),
                         ("공용차량현황", None, "전기", 1)]
    assert r.vehicles[0].printed_total == 6
    assert findings(r) == []


def test_a_wrong_total_of_a_fuel_printed_as_two_columns_is_still_found(tmp_path):
    """The 계 row's 가솔린 printed 3 where 승용's 1 and 승합's 1 make 2: named as printed (small60; before, the 계
    row's 휘발유, 3 + 3, 6 for 5)."""
    wrong = SPELLED_TWICE_AS_COLUMNS.replace("계\t10\t3\t2\t5", "계\t10\t3\t3\t5")
    assert findings(read_laid_out(COVER + wrong, "tab", tmp_path)) == [("sum.vehicles", "계", "가솔린", "2", "3")]


def test_a_wrong_total_of_fuels_printed_as_two_rows_is_still_found(tmp_path):
    """The 계 printed 7 where the fuels make 6 (as the heading's `총 6대` says: the 계 alone is wrong)."""
    wrong = SPELLED_TWICE_AS_ROWS.replace("계\t6", "계\t7")
    assert findings(read_laid_out(COVER + wrong, "tab", tmp_path)) == [("sum.vehicles", "계", "계", "6", "7")]


def test_a_heading_total_other_than_the_fuels_is_still_found(tmp_path):
    wrong = SPELLED_TWICE_AS_ROWS.replace("총 6대", "총 8대")
    assert findings(read_laid_out(COVER + wrong, "tab", tmp_path)) == [("header.total", "제목", "총계", "6", "8")]


# fuels as rows of a quota, the vehicles held and their difference: 휘발유 3 + 1 of 7, held 2 + 1 of 6
STATUSES_SPELLED_TWICE = ("## 2 공용차량 현황\n\n(단위: 대)\n\n구 분\t정 수\t보 유\t과부족\n계\t7\t6\t-1\n"
                          "휘발유\t3\t2\t-1\n가솔린\t1\t1\t0\n경 유\t2\t2\t0\n전기차\t1\t1\t0\n")


def test_a_fuel_printed_two_ways_is_one_count_of_each_status(tmp_path):
    r = read_laid_out(COVER + STATUSES_SPELLED_TWICE, "tab", tmp_path)
    fleet = r.vehicles[0]
    assert [(c.category, c.fuel, c.count) for c in fleet.quotas] == [
        ("계", None, 7), ("공용차량현황", "휘발유", 4), ("공용차량현황", "경유", 2), ("공용차량현황", "전기", 1)]
    assert [(c.fuel, c.count) for c in fleet.shortfalls] == [(None, -1), ("휘발유", -1), ("경유", 0), ("전기", 0)]
    assert findings(r) == [("header.quota", "제목", "정수", "7", "6")]  # the fleet's 6 held of its 7: info alone


def test_a_wrong_shortfall_of_a_fuel_printed_two_ways_is_still_found(tmp_path):
    """가솔린's 과부족 printed 1 where its 1 held less its 정수 1 is 0: named as printed (small60; before, 휘발유's,
    −1 + 1, 0 for 3 − 4 = −1)."""
    wrong = STATUSES_SPELLED_TWICE.replace("가솔린\t1\t1\t0", "가솔린\t1\t1\t1")
    assert findings(read_laid_out(COVER + wrong, "tab", tmp_path)) == [
        ("header.quota", "제목", "정수", "7", "6"), ("sum.vehicles", "공용차량현황", "과부족 가솔린", "0", "1")]


def test_group_by_fuel_sums_a_fuel_printed_two_ways(tmp_path):
    """The brief's question: each fuel once per category, its spellings' sum, the fleet's 10 in all."""
    folder = report_folder(tmp_path, table=COVER + SPELLED_TWICE_AS_COLUMNS)
    assert invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder)).exit_code == 0
    db = sqlite3.connect(tmp_path / "r.db")
    assert db.execute("SELECT category, fuel, count FROM vehicles WHERE status = '보유' AND fuel IS NOT NULL "
                      "ORDER BY id").fetchall() == [
        ("계", "휘발유", 5), ("계", "경유", 5), ("승용", "휘발유", 3), ("승용", "경유", 3), ("승합", "휘발유", 2),
        ("승합", "경유", 2)]
    assert db.execute("SELECT fuel, sum(count) FROM vehicles WHERE fuel IS NOT NULL AND category <> '계' "
                      "GROUP BY fuel ORDER BY fuel").fetchall() == [("경유", 5), ("휘발유", 5)]


# --- search: the project column with the former title, as `show` prints it ------------------------------------

@pytest.fixture(scope="module")
def renamed_db(tmp_path_factory) -> Path:
    """2024's report (`① 직원 디지털 역량강화 (교육후생팀)`) and 2025's, printing it renamed: `① 직원 디지털 전환 교육
    (舊 직원 디지털 역량 강화) (교육후생팀)`."""
    folder = tmp_path_factory.mktemp("renamed") / "years"
    folder.mkdir()
    shutil.copy(YEARS / "2024-garam-chongmu.md", folder)
    renamed = YEARS / RENAMED_2025
    (folder / RENAMED_2025).write_text(renamed.read_text(encoding="utf-8").replace(
        "① 직원 디지털 역량 강화 (교육후생팀)", "① 직원 디지털 전환 교육 (舊 직원 디지털 역량 강화) (교육후생팀)"),
        encoding="utf-8")
    db = folder.parent / "r.db"
    assert invoke_in("ingest", folder, "--db", db, "--workers", "1")[0] == 0
    return db


def rows_found(db: Path, *terms: str) -> list[tuple[str, ...]]:
    """Each match's cells: department, year, project, where, line."""
    code, output = invoke_in("search", *terms, "--db", db)
    assert code == 0, output
    return [tuple(cell.strip() for cell in line.split("│")[1:-1]) for line in output if line.startswith("│")]


def test_the_project_column_prints_the_former_title_as_show_does(renamed_db):
    """Before, `1. 직원 디지털 전환 교육`, its former title in the matching line alone; 2024's, never renamed, as
    printed."""
    found = rows_found(renamed_db, "교육후생팀")
    assert [row[1:4] for row in found] == [
        ("2025", "1. 직원 디지털 전환 교육 (구 직원 디지털 역량 강화)", "title line 47"),
        ("2024", "1. 직원 디지털 역량강화", "title line 50")]
    code, shown = invoke_in("show", "행정지원과 2025", "--db", renamed_db)
    assert code == 0
    assert any("1. 직원 디지털 전환 교육 (구 직원 디지털 역량 강화)" in line for line in shown)
