"""Two gaps a user hit asking questions: a fuel stored by one name, a count table's as a vehicle list's (`전기차`,
`전 기`, `전기차량` are `전기`; `가솔린` is `휘발유`), so that `GROUP BY fuel` counts them together; and a project's or
budget line's former name searched as `show` prints it after the name (`직원 디지털 전환 교육 (구 직원 디지털 역량
강화)`), so that `reportdb search 직원 디지털 역량 강화` finds the project."""

from __future__ import annotations

import sqlite3

import pytest

from checks import run_checks
from extractors.vehicles import fuel_named, fuel_of
from tests.corpus import invoke, report_folder
from tests.layouts import read_laid_out
from tests.test_posts_and_fuels import COVER
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
