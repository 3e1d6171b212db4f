"""Vehicles: the follow-up of fleet107/fleet108.

A listed vehicle of a model the tool does not know, its row printing no seats, load or use that tells its category
(`모빌리티카`), was kept under the fleet's name, which `vehicle_categories` takes for a fleet's kinds printed with no
category, so it listed `모빌리티카` as a category beside `승용` and `승합`. Now it is category `미분류`
(`schemas.vehicles.UNCATEGORISED`), its kind the model as printed, in `vehicles` and `vehicle_categories` alike, and
the `vehicles.uncategorised` finding still names it.

A short Korean model's name (`레이`, `포터`, `봉고`: 2 syllables or fewer) was found within any longer word
(`플레이어` a 승용, `서포터` a 화물); now as a word of its own or a word's start, after `더 뉴`, `올 뉴`, `뉴` or
`신형` written with it or none, followed by no Korean letter (`더뉴레이`, `포터Ⅱ`, `봉고3`, `니로EV`).
"""

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors.vehicle_models import MODEL_CATEGORIES, USE_CATEGORIES, known_category
from pipeline.cli import main
from pipeline.db import connect
from pipeline.load import load_report
from tests.test_fleet107 import COVER, GENERAL, PROJECTS, counts, report, uncategorised
from tests.test_ux87 import readme_query
from tests.test_vehicles_more import LAYOUTS

# two departments' lists, each with a model the tool does not know and nothing on its row to tell its category
CLEANING = ("연번\t차 종\t차량번호\t연식\t비 고\n"
            "1\t쏘나타\t12가3456\t2020\t\n2\t스타리아\t34나5678\t2022\t\n"
            "3\t모빌리티카\t56다7890\t2024\t전기\n4\t더 뉴 레이\t78라1234\t2023\t\n")
GENERAL_AFFAIRS = ("연번\t차 종\t차량번호\t연식\t비 고\n"
                   "1\t그랜저\t12가3457\t2020\t\n2\t봉고3\t34나5679\t2022\t\n"
                   "3\t에코캐리어\t56다7891\t2024\t\n4\t에코캐리어\t78라1235\t2023\t\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_unknown_model_is_uncategorised_its_model_its_kind(layout):
    r = report(CLEANING, layout)
    # before, ("공용차량현황", "모빌리티카", 1): the fleet's name, which vehicle_categories took for a category
    assert counts(r) == [("계", "계", 4), ("승용", "쏘나타", 1), ("승합", "스타리아", 1), ("미분류", "모빌리티카", 1),
                         ("승용", "더뉴레이", 1)]
    assert uncategorised(r) == [("info", "목록", "차종",
                                 "차량 목록의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (모빌리티카: 1대)")]


def test_a_category_printed_alone_stays_the_fleets_kind_not_uncategorised():
    r = report("연번\t차 종\t차량번호\t연식\n1\t승 용\t12가3456\t2023\n2\t특 수\t34나5678\t2021\n"
               "3\t뉴로드\t56다7890\t2022\n")
    assert counts(r) == [("계", "계", 3), ("공용차량현황", "승용", 1), ("공용차량현황", "특수", 1),
                         ("미분류", "뉴로드", 1)]
    assert uncategorised(r) == [("info", "목록", "차종",
                                 "차량 목록의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (뉴로드: 1대)")]


INGEST = ["ingest", "a.md", "b.md", "--db", "reports.db", "--workers", "1"]


def _write_reports(folder):
    for name, department, table in (("a.md", "자 원 순 환 과", CLEANING), ("b.md", "총 무 과", GENERAL_AFFAIRS)):
        text = COVER.replace("자 원 순 환 과", department) + GENERAL.replace("현황", "현황 (총 4대)") + table
        (folder / name).write_text(text + "\n" + PROJECTS, encoding="utf-8")


def _by_category() -> str:
    """The README's question of 승용 by department, asked of every category: `c.category` selected and grouped by."""
    query = readme_query("SELECT d.council, d.department, d.year, d.session_start, sum(c.count) AS held")
    return (query.replace("d.session_start, sum", "d.session_start, c.category, sum")
            .replace(" AND c.category = '승용'", " AND c.category <> '계'")
            .replace("GROUP BY d.id", "GROUP BY d.id, c.category") + ", c.category")


def _ask(runner: CliRunner, sql: str) -> list[str]:
    result = runner.invoke(main, ["query", "--db", "reports.db", sql, "--csv"], catch_exceptions=False)
    return result.output.splitlines()


def test_the_readmes_question_by_category_counts_an_unknown_model_as_uncategorised(tmp_path, monkeypatch):
    _write_reports(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert "loaded 2, replaced 0, unchanged 0" in runner.invoke(main, INGEST, catch_exceptions=False).output
    # before, `모빌리티카` and `에코캐리어` were categories of their own
    assert _ask(runner, _by_category()) == [
        "council,department,year,session_start,category,held",
        "누리구의회,자원순환과,2025,2024-11-20,미분류,1", "누리구의회,자원순환과,2025,2024-11-20,승용,2",
        "누리구의회,자원순환과,2025,2024-11-20,승합,1",
        "누리구의회,총무과,2025,2024-11-20,미분류,2", "누리구의회,총무과,2025,2024-11-20,승용,1",
        "누리구의회,총무과,2025,2024-11-20,화물,1"]
    held = readme_query("SELECT d.council, d.department, d.year, d.session_start, sum(c.count) AS held")
    assert _ask(runner, held)[1:] == ["누리구의회,자원순환과,2025,2024-11-20,2", "누리구의회,총무과,2025,2024-11-20,1"]
    # the model kept as printed, in `vehicles.kind`; the finding names it
    assert _ask(runner, "SELECT kind, count FROM vehicles WHERE category = '미분류' ORDER BY kind") == [
        "kind,count", "모빌리티카,1", "에코캐리어,2"]
    assert _ask(runner, "SELECT message FROM findings WHERE rule = 'vehicles.uncategorised' ORDER BY id")[1:] == [
        "차량 목록의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (모빌리티카: 1대)",
        "차량 목록의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (에코캐리어: 2대)"]
    assert "loaded 0, replaced 0, unchanged 2" in runner.invoke(main, INGEST, catch_exceptions=False).output


def test_a_database_an_older_reportdb_filled_is_read_again_once(tmp_path, monkeypatch):
    """Rows an older extraction made (the model under the fleet's name) are replaced by an ingest, which re-reads
    them as another reportdb's (their `extracted_by`), then leaves them unchanged: the schema is as it was."""
    _write_reports(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    runner.invoke(main, INGEST, catch_exceptions=False)
    db = connect(tmp_path / "reports.db")
    with db.conn:
        db.execute("UPDATE vehicles SET category = (SELECT name FROM vehicle_fleets f WHERE f.id = fleet_id) "
                   "WHERE category = '미분류'")
        db.execute("UPDATE documents SET extracted_by = 'an older reportdb'")
    db.conn.close()
    reread = runner.invoke(main, INGEST, catch_exceptions=False)
    assert "re-read 2 (reportdb changed)" in reread.output
    db = connect(tmp_path / "reports.db")
    assert db.execute("SELECT category, sum(count) FROM vehicle_categories WHERE category NOT IN ('계') "
                      "GROUP BY category ORDER BY category").fetchall() == [
        ("미분류", 3), ("승용", 3), ("승합", 1), ("화물", 1)]
    db.conn.close()
    again = runner.invoke(main, INGEST, catch_exceptions=False)
    assert "unchanged 2" in again.output


def test_load_report_keeps_the_uncategorised_apart_from_the_fleets_kinds(tmp_path):
    db = connect(tmp_path / "r.db")
    r = report(GENERAL_AFFAIRS)
    load_report(db, r, "sha", run_checks(r))
    assert db.execute("SELECT fleet, category, count FROM vehicle_categories WHERE category <> '계' "
                      "ORDER BY category").fetchall() == [
        ("공용차량현황", "미분류", 2), ("공용차량현황", "승용", 1), ("공용차량현황", "화물", 1)]
    assert db.execute("SELECT sum(held) FROM vehicle_totals").fetchone() == (4,)


# --- short models' names ------------------------------------------------------------------------------------------

SHORT = sorted((model, category) for category, models in MODEL_CATEGORIES.items() for model in models
               if not model.isascii() and len(model) <= 2)
# every Korean model (the Latin codes: tests/test_fleet108.py)
KOREAN_MODELS = [(model, category) for category, models in MODEL_CATEGORIES.items() for model in models
                 if not model.isascii()]
PREFIXES = ["", "더 뉴 ", "더뉴", "올 뉴 ", "올뉴", "디 올 뉴 ", "디올뉴", "뉴", "신형 ", "신형", "(", "1. "]
MARKS = ["", "Ⅱ", "Ⅲ", "2", "3", "EV", " EV", "(전기)", " 일렉트릭", " 하이브리드", " 1톤", " 더블캡", "·"]


def test_the_short_names_are_the_ones_in_many_longer_words():
    assert {name for name, _ in SHORT} == {"넥쏘", "니로", "라보", "레이", "모닝", "베뉴", "봉고", "쏘울", "코나",
                                           "투싼", "포터"}


@given(model=st.sampled_from(KOREAN_MODELS), before=st.sampled_from(PREFIXES), after=st.sampled_from(MARKS))
def test_every_model_is_found_as_reports_print_it(model, before, after):
    """Every Korean model of the table, alone or after `더 뉴`, `올뉴`, `신형` …, before a version or a trim
    (`포터Ⅱ`, `봉고3`, `니로 EV`, `코나 일렉트릭`): none lost."""
    name, category = model
    assert known_category(before + name + after) == category


@given(short=st.sampled_from(SHORT), before=st.sampled_from("플릴퍼서몬메아"),
       after=st.sampled_from(["", "더", "즈", "드"]))
def test_a_short_name_within_a_longer_word_is_no_model(short, before, after):
    """`플레이`, `릴레이`, `퍼레이드`, `서포터즈`, `몬테레이` …: a Korean letter before it (not a prefix's) names
    another word."""
    name, _ = short
    assert known_category(before + name + after) is None


@given(short=st.sampled_from(SHORT), after=st.sampled_from(["더", "즈", "스", "싱"]))
def test_a_short_name_at_a_longer_words_start_is_no_model(short, after):
    """`레이더`, `레이싱`, `포터즈`: a Korean letter after it names another word."""
    name, _ = short
    assert known_category(name + after) is None


def test_uses_are_found_within_words_and_spaced():
    """A use names a vehicle within its word or spaced (`압착진개차`, `5톤덤프트럭`, `고소 작업차`), as before."""
    for text, category in (("압착진개차", "화물"), ("5톤덤프트럭", "화물"), ("고소 작업차", "특수"),
                           ("수소버스", "승합"), ("스타렉스밴", "화물"), ("마이티 청소차", "화물"),
                           ("그랜드 스타렉스", "승합"), ("윙 바디", "화물")):
        assert known_category(text) == category, text
    assert set(USE_CATEGORIES) == {"특수", "화물", "승합", "승용"}


LONGER_WORDS = ("연번\t차 종\t차량번호\t연식\n"
                "1\t플레이어\t12가3456\t2023\n2\t서포터\t34나5678\t2021\n"
                "3\t더 뉴 레이\t56다7890\t2022\n4\t포터Ⅱ 더블캡\t78라1234\t2020\n5\t레 이\t90마1234\t2019\n"
                "6\t올뉴모닝\t91마2345\t2018\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_tells_a_short_model_from_a_longer_word(layout):
    r = report(LONGER_WORDS, layout)
    # before, 플레이어 a 승용 (레이) and 서포터 a 화물 (포터); a letter-spaced `레 이` one word
    assert counts(r) == [("계", "계", 6), ("미분류", "플레이어", 1), ("미분류", "서포터", 1), ("승용", "더뉴레이", 1),
                         ("화물", "포터Ⅱ더블캡", 1), ("승용", "레이", 1), ("승용", "올뉴모닝", 1)]
    assert uncategorised(r) == [("info", "목록", "차종", "차량 목록의 차종을 승용·승합·화물·특수로 분류하지"
                                 " 못했습니다 (플레이어·서포터: 2대)")]
