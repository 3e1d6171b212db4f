"""Vehicles: a short model's name written together with a word that says what kind of car it is; a count table's
kind beside the category it is of.

A Korean model of 2 syllables (`레이`, `포터`, `모닝`, `넥쏘`) is matched as a whole word only, since its syllables sit
inside many longer words (`플레이`, `서포터즈`, `모닝콜`); so a list's `모닝어반`, `넥쏘수소차`, `1톤포터` were
`미분류`. Now a short name written together with its fuel or drive (`넥쏘수소차`, `레이전기차`, `전기포터`,
`코나일렉트릭`), its trim after it (`모닝어반`, `봉고더블캡`, `포터초장축`) or its load before it (`1톤포터`,
`1.2톤봉고Ⅲ`) is its model's category; a word that merely goes on from its syllables (`포터블`, `레이저`, `모닝콜`)
still names none.

A count table printing a kind beside the law's category it is of (`구 분 | 계 | 승 용 | 화 물 | 청소차` over
`대 수 | 9 | 3 | 2 | 4`, the 계 counting both) kept both as the fleet's kinds, so that `vehicle_categories` had a
category `청소차` of its own and a 화물 of 2. Now both are the category 화물's (`화물 | 화물 | 2`, `화물 | 청소차 | 4`),
which it adds: 화물 6. The checks count as before (a 계 printed 9 over 3, 6 and 4 is found wrong either way).
"""

import pytest
import regex
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors.vehicle_models import MODEL_CATEGORIES, _model_pattern, known_category
from pipeline.cli import main
from tests.test_fleet107 import COVER, GENERAL, PROJECTS, counts, report, uncategorised
from tests.test_fleet109 import _ask
from tests.test_vehicles_more import LAYOUTS

SHORT_MODELS = [model for models in MODEL_CATEGORIES.values() for model in models
                if not model.isascii() and len(model) <= 2]
# what a short name is printed with, as one word, that says what kind of car it is
KIND_AFTER = ["어반", "수소차", "전기차", "전기", "하이브리드", "일렉트릭", "LPG", "더블캡", "슈퍼캡", "킹캡", "초장축",
              "(전기)", "EV"]
KIND_BEFORE = ["1톤", "1.2톤", "2.5톤", "전기", "수소", "더뉴", "신형"]


@pytest.mark.parametrize(("printed", "category"), [
    ("모닝어반", "승용"), ("넥쏘수소차", "승용"), ("레이전기차", "승용"), ("코나일렉트릭", "승용"),
    ("니로하이브리드", "승용"), ("투싼하이브리드", "승용"), ("1톤포터", "화물"), ("1.2톤봉고Ⅲ", "화물"),
    ("전기포터", "화물"), ("봉고더블캡", "화물"), ("포터초장축", "화물"), ("포터슈퍼캡", "화물"), ("라보냉동", "화물"),
    ("1톤 포터Ⅱ", "화물"), ("레이(전기)", "승용"),
])
def test_a_short_model_with_a_word_of_its_kind(printed, category):
    # before, every one of these but the spaced `1톤 포터Ⅱ` and `레이(전기)` was None (미분류)
    assert known_category(printed) == category


@pytest.mark.parametrize("printed", ["포터블", "레이저", "모닝콜", "레이더", "플레이", "서포터즈", "릴레이", "코나무",
                                     "봉고개", "전기레이저", "1톤포터블", "충전기레이", "레이전", "모닝전"])
def test_a_word_that_merely_holds_the_syllables_names_no_model(printed):
    assert known_category(printed) is None


# syllables no kind word starts with (`전`, `수`, `어`, `하` … do), nor does any use or model of 3 syllables or more
_GOING_ON = st.text(alphabet="블저콜더즈드링벨트크판빛길물북라마바사", min_size=1, max_size=4)


@given(st.sampled_from(SHORT_MODELS), _GOING_ON)
def test_a_short_model_going_on_into_a_longer_word_is_none(model, rest):
    """`포터블`, `레이저`, `모닝콜`: a short name followed by any syllable that starts no word of its kind."""
    assert regex.search(_model_pattern(model), model + rest) is None


@given(st.sampled_from(SHORT_MODELS), st.sampled_from(KIND_AFTER), _GOING_ON | st.just(""))
def test_a_short_model_before_a_word_of_its_kind_is_found(model, kind, rest):
    assert regex.search(_model_pattern(model), model + kind + rest) is not None


@given(st.sampled_from(KIND_BEFORE), st.sampled_from(SHORT_MODELS), st.sampled_from(["", "Ⅱ", "3", " 일렉트릭"]))
def test_a_short_model_after_its_load_fuel_or_generation_is_found(kind, model, rest):
    assert regex.search(_model_pattern(model), kind + model + rest) is not None


@given(st.sampled_from(KIND_BEFORE), st.sampled_from(SHORT_MODELS), _GOING_ON)
def test_a_word_of_its_kind_before_does_not_make_a_longer_word_a_model(kind, model, rest):
    """`전기레이저`, `1톤포터블`: the word after the name decides, whatever is before it."""
    assert regex.search(_model_pattern(model), kind + model + rest) is None


# a department's list of vehicles, its models written together with their trims, fuels and loads
TOGETHER = ("연번\t차 종\t차량번호\t연식\t비 고\n"
            "1\t모닝어반\t12가3456\t2024\t업무용\n2\t넥쏘수소차\t23가4567\t2023\t수소\n"
            "3\t레이전기차\t34나5678\t2024\t전기\n4\t1톤포터\t80바1234\t2019\t\n"
            "5\t봉고더블캡\t81바2345\t2020\t\n6\t포터블\t-\t2022\t발전기\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_of_models_written_together_with_their_kind(layout):
    r = report(TOGETHER, layout)
    # before, 모닝어반, 넥쏘수소차, 레이전기차, 1톤포터 and 봉고더블캡 were 미분류, named in the finding
    assert counts(r) == [("계", "계", 6), ("승용", "모닝어반", 1), ("승용", "넥쏘수소차", 1), ("승용", "레이전기차", 1),
                         ("화물", "1톤포터", 1), ("화물", "봉고더블캡", 1), ("미분류", "포터블", 1)]
    assert [message for *_, message in uncategorised(r)] == [
        "차량 목록의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (포터블: 1대)"]


def test_a_count_tables_kinds_written_together_with_their_kind():
    r = report("차 종\t대 수\n계\t9\n모닝어반\t3\n넥쏘수소차\t2\n1톤포터\t4\n")
    # before, all three 미분류
    assert counts(r) == [("계", "계", 9), ("승용", "모닝어반", 3), ("승용", "넥쏘수소차", 2), ("화물", "1톤포터", 4)]
    assert uncategorised(r) == []


# a cleaning department's fleet, its 청소차 printed beside the 화물 they are, as columns; a health department's, its
# held and quota as rows, its 구급차 beside the 특수 they are
BESIDE_COLUMNS = "구 분\t계\t승 용\t화 물\t청소차\t구급차\n대 수\t10\t3\t2\t4\t1\n"
BESIDE_STATUSES = "구 분\t계\t승용차\t특수차\t구급차\n정 수\t8\t4\t1\t3\n보 유\t7\t4\t1\t2\n"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_kind_beside_its_category_is_that_categorys(layout):
    r = report(BESIDE_COLUMNS, layout)
    # before, ("공용차량현황", "화물", 2) and ("공용차량현황", "청소차", 4)
    assert counts(r) == [("계", "계", 10), ("공용차량현황", "승용", 3), ("화물", "화물", 2), ("화물", "청소차", 4),
                         ("특수", "구급차", 1)]
    assert [f for f in run_checks(r) if f.severity != "info"] == []


def test_a_kind_beside_its_category_in_each_status():
    r = report(BESIDE_STATUSES)
    (fleet,) = r.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.quotas] == [
        ("계", "계", 8), ("공용차량현황", "승용차", 4), ("특수", "특수차", 1), ("특수", "구급차", 3)]
    assert counts(r) == [("계", "계", 7), ("공용차량현황", "승용차", 4), ("특수", "특수차", 1), ("특수", "구급차", 2)]
    assert [f for f in run_checks(r) if f.severity != "info"] == []


def test_a_kind_counted_within_its_category_is_still_found_wrong():
    """`화 물 | 청소차` over `6 | 4` under a 계 of 9 (3 승용): the 청소차 counted within the 화물, not beside; the
    sums find the 계 wrong, as before."""
    r = report("구 분\t계\t승 용\t화 물\t청소차\n대 수\t9\t3\t6\t4\n")
    assert [(f.rule, f.message) for f in run_checks(r) if f.severity != "info"] == [
        ("sum.vehicles", "총계가 분류별 소계의 합과 다릅니다 (표기 9대, 합계 13대)")]


INGEST = ["ingest", "a.md", "b.md", "--db", "reports.db", "--workers", "1"]


def test_vehicle_categories_adds_a_kind_to_the_category_printed_beside_it(tmp_path, monkeypatch):
    reports = (("a.md", "자 원 순 환 과", BESIDE_COLUMNS), ("b.md", "보 건 행 정 과", BESIDE_STATUSES))
    for name, department, table in reports:
        text = COVER.replace("자 원 순 환 과", department) + GENERAL + table
        (tmp_path / name).write_text(text + "\n" + PROJECTS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert "loaded 2, replaced 0, unchanged 0" in runner.invoke(main, INGEST, catch_exceptions=False).output
    # before, 자원순환과's 화물 2 beside a category 청소차 4, 보건행정과's 특수 1 beside a 구급차 2 (정수 3)
    assert _ask(runner, "SELECT d.department, c.status, c.category, c.count FROM vehicle_categories c "
                        "JOIN reports d ON d.id = c.document_id WHERE c.category <> '계' "
                        "ORDER BY d.department, c.status, c.category") == [
        "department,status,category,count", "보건행정과,보유,승용,4", "보건행정과,보유,특수,3",
        "보건행정과,정수,승용,4", "보건행정과,정수,특수,4", "자원순환과,보유,승용,3", "자원순환과,보유,특수,1",
        "자원순환과,보유,화물,6"]
    assert _ask(runner, "SELECT sum(held) FROM vehicle_totals") == ["sum(held)", "17"]
