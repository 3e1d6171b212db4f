"""A staffing grade's post (`6급(팀장)`: grade 6급, `post` 팀장; two posts of a grade two rows of it) and vehicles
counted by fuel (`휘발유 | 경유 | 전기 | 하이브리드`: `fuel`, the kind null where none is printed), in the records, the
database and its views, and a schema 25 database migrated (schema 26)."""

import sqlite3

import pytest

from checks import run_checks
from pipeline.db import SCHEMA_VERSION, connect
from tests.corpus import as_old_schema, invoke, report_folder
from tests.layouts import read_laid_out

COVER = ("제300회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 총무과\n\n"
         "# Ⅰ. 일반현황\n\n")
STAFFING = ("## 1 인 력\n\n(단위: 명)\n\n구 분\t계\t5급\t6급(팀장)\t6급(주무관)\t7급\n"
            "정 원\t10\t1\t3\t2\t4\n현 원\t9\t1\t3\t1\t4\n")
FUEL_COLUMNS = ("## 2 공용차량 현황\n\n(단위: 대)\n\n구 분\t계\t휘발유\t경유\t전기\t하이브리드\n"
                "계\t10\t3\t2\t4\t1\n승 용\t6\t2\t0\t3\t1\n승 합\t4\t1\t2\t1\t0\n")
FUEL_ROWS = "## 2 공용차량 현황\n\n(단위: 대)\n\n구 분\t대 수\n계\t10\n휘발유\t3\n경 유\t2\n전 기\t4\n하이브리드\t1\n"
FUEL_ONLY = "## 2 공용차량 현황\n\n(단위: 대)\n\n구 분\t휘발유\t경유\t전기\t하이브리드\n보 유\t3\t2\t4\t1\n"


def vehicles(r) -> list[tuple[str, str | None, str | None, int]]:
    return [(c.category, c.kind, c.fuel, c.count) for fleet in r.vehicles for c in fleet.counts]


def findings(r) -> list[tuple[str, str, str]]:
    return sorted((f.rule, f.expected, f.actual) for f in run_checks(r))


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_fuels_as_columns_are_the_fuel_of_each_category(layout, tmp_path):
    """Before, `휘발유` was the kind of 승용: a question by kind found fuels among 소형 and 중형."""
    r = read_laid_out(COVER + FUEL_COLUMNS, layout, tmp_path)
    assert vehicles(r) == [
        ("계", "계", None, 10), ("계", None, "휘발유", 3), ("계", None, "경유", 2), ("계", None, "전기", 4),
        ("계", None, "하이브리드", 1), ("승용", "소계", None, 6), ("승용", None, "휘발유", 2),
        ("승용", None, "경유", 0), ("승용", None, "전기", 3), ("승용", None, "하이브리드", 1),
        ("승합", "소계", None, 4), ("승합", None, "휘발유", 1), ("승합", None, "경유", 2), ("승합", None, "전기", 1),
        ("승합", None, "하이브리드", 0)]
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_fuels_as_rows_are_the_fleets(layout, tmp_path):
    """Each row a fuel's total, no category printed: the fleet's vehicles of that fuel, as a row of kinds with no
    category is the fleet's. Before, each fuel was a category of its own, its count the category's 소계."""
    r = read_laid_out(COVER + FUEL_ROWS, layout, tmp_path)
    assert vehicles(r) == [("계", "계", None, 10), ("공용차량현황", None, "휘발유", 3),
                           ("공용차량현황", None, "경유", 2), ("공용차량현황", None, "전기", 4),
                           ("공용차량현황", None, "하이브리드", 1)]
    assert findings(r) == []


def test_a_wrong_sum_of_fuels_is_found(tmp_path):
    r = read_laid_out(COVER + FUEL_COLUMNS.replace("승 용\t6\t2", "승 용\t7\t2"), "tab", tmp_path)
    assert findings(r) == [("sum.vehicles", "6", "7")]  # the 승용 소계 alone: at 6 the 계 adds up too
    r = read_laid_out(COVER + FUEL_ROWS.replace("계\t10", "계\t11"), "tab", tmp_path)
    assert findings(r) == [("sum.vehicles", "10", "11")]


@pytest.mark.parametrize("labels", ["승 용\t전 기\t화 물", "승 용\t승 합\t화 물"])
def test_kinds_beside_a_fuel_stay_kinds(labels, tmp_path):
    """A fuel among kinds (`승용 | 전기 | 화물`): which is which is not said, so each stays a kind as printed."""
    text = COVER + f"## 2 공용차량 현황\n\n(단위: 대)\n\n구 분\t계\t{labels}\n보 유\t10\t3\t2\t5\n"
    r = read_laid_out(text, "tab", tmp_path)
    assert [(c.kind, c.fuel) for c in r.vehicles[0].counts][1:] == [
        (label.replace(" ", ""), None) for label in labels.split("\t")]


def test_staffing_posts_in_the_records(tmp_path):
    r = read_laid_out(COVER + STAFFING, "tab", tmp_path)
    assert [(c.grade, c.post, c.headcount) for c in r.staffing if c.status == "현원"] == [
        ("계", None, 9), ("5급", None, 1), ("6급", "팀장", 3), ("6급", "주무관", 1), ("7급", None, 4)]
    assert findings(r) == []


def ingest(tmp_path, *parts: str) -> sqlite3.Connection:
    folder = report_folder(tmp_path, **{f"r{i}": COVER + part for i, part in enumerate(parts)})
    assert invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder)).exit_code == 0
    return sqlite3.connect(tmp_path / "r.db")


def test_the_database_holds_posts_and_fuels(tmp_path):
    conn = ingest(tmp_path, STAFFING + "\n" + FUEL_COLUMNS, FUEL_ONLY)
    assert conn.execute("SELECT grade, post, headcount FROM staffing WHERE status = '정원' ORDER BY id").fetchall() \
        == [("계", None, 10), ("5급", None, 1), ("6급", "팀장", 3), ("6급", "주무관", 2), ("7급", None, 4)]
    assert conn.execute("SELECT sum(headcount) FROM staffing WHERE status = '현원' AND grade = '6급'").fetchone() \
        == (4,)
    assert conn.execute("SELECT category, kind, fuel, count FROM vehicles WHERE category = '승용'").fetchall() == [
        ("승용", "소계", None, 6), ("승용", None, "휘발유", 2), ("승용", None, "경유", 0), ("승용", None, "전기", 3),
        ("승용", None, "하이브리드", 1)]
    assert conn.execute("SELECT fuel, sum(count) FROM vehicles WHERE fuel IS NOT NULL AND category <> '계' "
                        "GROUP BY fuel ORDER BY fuel").fetchall() == [
        ("경유", 4), ("전기", 8), ("하이브리드", 2), ("휘발유", 6)]
    # a fleet with no 계: the sum of its fuels
    assert conn.execute("SELECT printed_total, held FROM vehicle_totals ORDER BY fleet_id").fetchall() == [
        (None, 10), (None, 10)]
    assert conn.execute("SELECT status, headcount FROM staffing_totals ORDER BY status").fetchall() == [
        ("정원", 10), ("현원", 9)]


def test_the_staffing_total_adds_two_posts_of_a_grade_where_no_total_is_printed(tmp_path):
    no_total = STAFFING.replace("\t계\t5급", "\t5급").replace("\t10\t1", "\t1").replace("\t9\t1", "\t1")
    conn = ingest(tmp_path, no_total)
    assert conn.execute("SELECT status, headcount FROM staffing_totals ORDER BY status").fetchall() == [
        ("정원", 10), ("현원", 9)]


def test_show_prints_the_posts_and_the_fuels(tmp_path):
    ingest(tmp_path, STAFFING + "\n" + FUEL_COLUMNS)
    shown = invoke(tmp_path, "show", "--db", "r.db", "1").output
    assert "6급(팀장)" in shown and "6급(주무관)" in shown
    assert "휘발유" in shown


def test_a_schema_25_database_gains_the_posts_and_the_fuels_once_extracted_again(tmp_path):
    ingest(tmp_path, STAFFING + "\n" + FUEL_COLUMNS)
    as_old_schema(tmp_path / "r.db", 25)
    old = sqlite3.connect(tmp_path / "r.db")
    assert "post" not in [row[1] for row in old.execute("PRAGMA table_info(staffing)")]
    assert [(row[1], row[3]) for row in old.execute("PRAGMA table_info(vehicles)")][4:7] == [
        ("category", 1), ("kind", 1), ("count", 1)]  # kind NOT NULL
    old.execute("UPDATE documents SET extracted_by = 'an older reportdb'")
    old.commit()
    old.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert [row[1] for row in db.execute("PRAGMA table_info(staffing)")][-5:] == [
        "as_of", "post", "office", "division", "series"]
    assert [(row[1], row[3]) for row in db.execute("PRAGMA table_info(vehicles)")][4:] == [
        ("category", 1), ("kind", 0), ("count", 1), ("line", 0), ("page", 0), ("status", 1), ("fuel", 0)]
    assert db.execute("SELECT count(*), count(fuel) FROM vehicles").fetchone() == (15, 0)  # kept, no fuel yet
    assert db.execute("SELECT count(*), count(post) FROM staffing").fetchone() == (10, 0)
    assert db.execute("SELECT held FROM vehicle_totals").fetchall() == [(10,)]
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'vehicles%'").fetchone() == (3,)  # indexes
    db.close()
    result = invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(tmp_path / "in"))
    assert "re-read 1" in result.output, result.output
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT count(fuel), count(kind) FROM vehicles").fetchone() == (12, 3)
    assert conn.execute("SELECT count(post) FROM staffing").fetchone() == (4,)
