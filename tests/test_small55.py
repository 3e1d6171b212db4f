"""Two gaps a user hit asking questions: a fuel stored by one name, a count table's as a vehicle list's (`전기차`,
`전 기`, `전기차량` are `전기`; `가솔린` is `휘발유`), so that `GROUP BY fuel` counts them together; and a project's or
budget line's former name searched as `show` prints it after the name (`직원 디지털 전환 교육 (구 직원 디지털 역량
강화)`), so that `reportdb search 직원 디지털 역량 강화` finds the project."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from checks import run_checks
from extractors.vehicles import fuel_of
from pipeline.values import fuel_named
from tests.corpus import invoke, report_folder
from tests.layouts import read_laid_out
from tests.test_department_renames import invoke as invoke_in
from tests.test_posts_and_fuels import COVER
from tests.test_project_renames import years_loaded
from tests.test_vehicle_list_models import COVER as LIST_COVER
from tests.test_vehicle_list_models import GENERAL as LIST_GENERAL
from tests.test_vehicle_list_models import PROJECTS as LIST_PROJECTS

# fuels printed with their `차` as columns, and other spellings as rows (the fleet's counts of each fuel)
FUELS_AS_VEHICLES = ("## 2 공용차량 현황\n\n(단위: 대)\n\n구 분\t계\t휘발유차\t경유차\t전기차\t하이브리드차\n"
                     "계\t10\t3\t2\t4\t1\n승 용\t6\t2\t0\t3\t1\n승 합\t4\t1\t2\t1\t0\n")
FUELS_OTHERWISE = "## 2 공용차량 현황\n\n(단위: 대)\n\n구 분\t대 수\n계\t6\n가솔린\t3\n디 젤\t2\n전 기 차 량\t1\n"
# a vehicle list naming each vehicle's fuel in its column of fuels
LISTED = ("연번\t차량번호\t차 종\t연 료\n1\t12가3456\t니로EV\t전기\n2\t34나5678\t아이오닉5\t전기차\n"
          "3\t56다7890\t쏘나타\t가솔린\n\n")


def counts(r) -> list[tuple[str, str | None, str | None, int]]:
    return [(c.category, c.kind, c.fuel, c.count) for fleet in r.vehicles for c in fleet.counts]


@pytest.mark.parametrize(("printed", "fuel"), [
    ("전기", "전기"), ("전기차", "전기"), ("전 기 차", "전기"), ("전기차량", "전기"), ("하이브리드차", "하이브리드"),
    ("수소차", "수소"), ("휘발유", "휘발유"), ("가솔린", "휘발유"), ("디젤", "경유"), ("엘피지", "LPG"), ("LPG", "LPG"),
    ("천연가스", "CNG"), ("압축천연가스", "CNG"), ("CNG", "CNG"),
    ("전기차 교체 예정", None), ("승용", None), ("친환경차", None),
])
def test_a_fuel_is_named_one_way(printed, fuel):
    assert fuel_named(printed) == fuel


def test_a_lists_note_names_a_fuel_one_way():
    assert [fuel_of(note) for note in ("업무용(가솔린)", "긴급, 디젤", "전기차, 긴급출동", "하이브리드(휘발유)")] == [
        "휘발유", "경유", "전기", None]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_a_count_tables_fuels_printed_with_their_cha_are_named_without_it(layout, tmp_path):
    """Before, `전기차`, `휘발유차`, as printed: `fuel = '전기'` found none of them."""
    r = read_laid_out(COVER + FUELS_AS_VEHICLES, layout, tmp_path)
    assert counts(r) == [
        ("계", "계", None, 10), ("계", None, "휘발유", 3), ("계", None, "경유", 2), ("계", None, "전기", 4),
        ("계", None, "하이브리드", 1), ("승용", "소계", None, 6), ("승용", None, "휘발유", 2),
        ("승용", None, "경유", 0), ("승용", None, "전기", 3), ("승용", None, "하이브리드", 1),
        ("승합", "소계", None, 4), ("승합", None, "휘발유", 1), ("승합", None, "경유", 2), ("승합", None, "전기", 1),
        ("승합", None, "하이브리드", 0)]
    assert run_checks(r) == []


def test_a_fuel_spelled_otherwise_is_stored_by_its_one_name(tmp_path):
    """Before, `가솔린`, `디젤`, `전기차량`, beside another report's `휘발유`, `경유`, `전기`."""
    r = read_laid_out(COVER + FUELS_OTHERWISE, "tab", tmp_path)
    assert counts(r) == [("계", "계", None, 6), ("공용차량현황", None, "휘발유", 3),
                         ("공용차량현황", None, "경유", 2), ("공용차량현황", None, "전기", 1)]
    assert run_checks(r) == []


def test_a_wrong_count_of_a_fuel_is_still_found(tmp_path):
    r = read_laid_out(COVER + FUELS_AS_VEHICLES.replace("승 용\t6\t2", "승 용\t7\t2"), "tab", tmp_path)
    assert sorted((f.rule, f.expected, f.actual) for f in run_checks(r)) == [("sum.vehicles", "6", "7")]


def test_group_by_fuel_counts_a_tables_and_a_lists_together(tmp_path):
    """The brief's question: before, `전기` (the list's, 2) and `전기차` (the table's, 4) apart, and `가솔린` apart
    from `휘발유차`."""
    folder = report_folder(tmp_path, table=COVER + FUELS_AS_VEHICLES,
                           listed=LIST_COVER + LIST_GENERAL + LISTED + LIST_PROJECTS)
    assert invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder)).exit_code == 0
    db = sqlite3.connect(tmp_path / "r.db")
    assert db.execute("SELECT kind, fuel FROM vehicles WHERE status = '보유' AND kind NOT IN ('계', '소계') "
                      "ORDER BY id").fetchall() == [("니로EV", "전기"), ("아이오닉5", "전기"), ("쏘나타", "휘발유")]
    assert db.execute("SELECT fuel, sum(count) FROM vehicles WHERE fuel IS NOT NULL AND category <> '계' "
                      "GROUP BY fuel ORDER BY fuel").fetchall() == [
        ("경유", 2), ("전기", 6), ("하이브리드", 1), ("휘발유", 4)]


# --- search: a former name, as `show` prints it ---------------------------------------------------------------

@pytest.fixture(scope="module")
def renamed_db(tmp_path_factory) -> Path:
    """The six years' reports, 2025's printing its project `① 직원 디지털 전환 교육 (舊 직원 디지털 역량 강화)
    (교육후생팀)` and its 단위사업 `청사시설 유지관리 (구 청사 시설 관리)`."""
    return years_loaded(tmp_path_factory.mktemp("renamed"))


def rows_found(db: Path, *terms: str) -> list[tuple[str, ...]]:
    """Each match's cells: department, year, project, where, line."""
    code, output = invoke_in("search", *terms, "--db", db)
    assert code == 0, output
    return [tuple(cell.strip() for cell in line.split("│")[1:-1]) for line in output if line.startswith("│")]


def test_the_search_lines_carry_the_former_names(renamed_db):
    code, output = invoke_in("query", "SELECT field, text, line FROM search_lines WHERE text LIKE '%(구 %' ORDER BY id",
                             "--csv", "--db", renamed_db)
    assert code == 0
    assert output == ["field,text,line", "budget,청사시설 유지관리 (구 청사 시설 관리),40",
                      "title,직원 디지털 전환 교육 (구 직원 디지털 역량 강화) (교육후생팀),47"]


def test_a_former_title_finds_the_renamed_project(renamed_db):
    """Before, 2021–2024's four: 2025's title line was `직원 디지털 전환 교육 (교육후생팀)`."""
    found = rows_found(renamed_db, "직원", "디지털", "역량", "강화")
    assert [row[1] for row in found] == ["2025", "2024", "2023", "2022", "2021"]  # the newest first
    assert found[0] == ("행정지원과", "2025", "1. 직원 디지털 전환 교육 (구 직원 디지털 역량 강화)", "title line 47",
                         "직원 디지털 전환 교육 (구 직원 디지털 역량 강화) (교육후생팀)")
    assert rows_found(renamed_db, "직원 디지털 역량 강화")[0][1:4] == (
        "2025", "1. 직원 디지털 전환 교육 (구 직원 디지털 역량 강화)", "title line 47")


def test_a_former_name_finds_the_renamed_budget_line(renamed_db):
    """Before, `청사시설관리` (spaces aside) was in no line of 2025's: its budget line was `청사시설 유지관리`."""
    found = [row for row in rows_found(renamed_db, "청사 시설 관리") if row[1] == "2025"]
    assert found == [("행정지원과", "2025", "", "budget line 40", "청사시설 유지관리 (구 청사 시설 관리)")]


def test_show_prints_the_former_names_as_search_finds_them(renamed_db):
    code, shown = invoke_in("show", "행정지원과 2025", "--db", renamed_db)
    assert code == 0
    assert any("1. 직원 디지털 전환 교육 (구 직원 디지털 역량 강화) (교육후생팀)" in line for line in shown)
    assert any("청사시설 유지관리 (구 청사 시설 관리)" in line for line in shown)
