"""A project or 단위사업 renamed (`청사 시설 관리` up to 2024, `청사시설 유지관리` in 2025, in
tests/years_of_one_department) is followed across the years where a report prints its former name after its name
now (`청사시설 유지관리 (구 청사 시설 관리)`, `(舊 …)`, `(사업명 변경: … → …)`): the name is stored without it
(`projects.former_title`, `budget_lines.former_name`), and the README's budget question asked by either name gives
2020–2025. Before, the bracket was part of the name, and the question stopped at the rename."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from extractors import extract_report
from extractors.former_names import split_former_name
from pipeline.read_text import read_text
from tests.test_department_renames import RENAMED_2025, invoke
from tests.test_years_of_one_department import YEARS, ask, readme_query


@pytest.mark.parametrize(("printed", "name", "former"), [
    ("청사시설 유지관리 (구 청사 시설 관리)", "청사시설 유지관리", "청사 시설 관리"),
    ("직원 디지털 전환 교육(舊 직원 디지털 역량 강화)", "직원 디지털 전환 교육", "직원 디지털 역량 강화"),
    ("공원 관리 (前 공원녹지 관리)", "공원 관리", "공원녹지 관리"),
    ("청사시설 유지관리 (사업명 변경: 청사 시설 관리 → 청사시설 유지관리)", "청사시설 유지관리", "청사 시설 관리"),
    ("청사시설 유지관리 (’24. 명칭변경 : 청사 관리 → 청사시설 유지관리)", "청사시설 유지관리", "청사 관리"),
    ("청사시설 유지관리 (2024. 1. 1. 청사 관리에서 명칭 변경)", "청사시설 유지관리", "청사 관리"),
])
def test_a_former_name_printed_after_a_name_is_kept_apart(printed, name, former):
    assert split_former_name(printed) == (name, former)


@pytest.mark.parametrize("printed", [
    "직원 건강검진 (전 직원 대상)",  # `전`: all staff, never a former name's marker here
    "방역 소독 (구 전역)",  # the district's whole area; no letters of the name now
    "안전 점검 (구 청사)",  # the old building: two letters, no name
    "청사 관리 (구비)", "청사 관리 (구 비)",  # a funding source
    "청사 관리 (구 청사 관리)",  # the name itself
    "청사시설 유지관리 (사업명 변경: 청사 관리 → 청사 보수)",  # a rename to another name than this one
    "청사시설 유지관리",
])
def test_nothing_else_is_a_former_name(printed):
    assert split_former_name(printed) == (printed, None)


@given(st.lists(st.sampled_from(["시설", "유지", "관리", "운영", "지원"]), min_size=1, max_size=3),
       st.lists(st.sampled_from(["시설", "보수", "관리", "정비"]), min_size=1, max_size=3),
       st.sampled_from(["구 ", "舊", "前 "]))
def test_a_former_name_sharing_a_word_is_read_after_any_marker(now, former, marker):
    now, former = " ".join(["청사", *now]), " ".join(["청사", *former])  # `청사` shared with the name now
    assume(now.replace(" ", "") != former.replace(" ", ""))
    assert split_former_name(f"{now} ({marker}{former})") == (now, former)

def years_loaded(tmp_path: Path) -> Path:
    """The six years' reports loaded, 2025's printing its 단위사업 `청사 시설 관리` and its project `직원 디지털 역량
    강화` renamed, each with its former name."""
    folder = tmp_path / "years"
    shutil.copytree(YEARS, folder)
    renamed = folder / RENAMED_2025
    text = renamed.read_text(encoding="utf-8")
    text = text.replace("\n청사 시설 관리\t", "\n청사시설 유지관리 (구 청사 시설 관리)\t", 1)
    text = text.replace("① 직원 디지털 역량 강화 (교육후생팀)",
                        "① 직원 디지털 전환 교육 (舊 직원 디지털 역량 강화) (교육후생팀)")
    renamed.write_text(text, encoding="utf-8")
    db = tmp_path / "r.db"
    assert invoke("ingest", folder, "--db", db, "--workers", "1")[0] == 0
    return db


def test_a_renamed_reports_names_are_stored_without_the_former_one():
    report = extract_report(read_text(RENAMED_2025, (YEARS / RENAMED_2025).read_text(encoding="utf-8").replace(
        "\n청사 시설 관리\t", "\n청사시설 유지관리 (사업명 변경: 청사 시설 관리 → 청사시설 유지관리)\t", 1).encode()))
    assert [(line.name, line.former_name) for line in report.budget if line.former_name] == [
        ("청사시설 유지관리", "청사 시설 관리")]


def test_the_budget_question_follows_a_unit_renamed_by_either_name(tmp_path):
    """Before, asked for 청사시설관리 it gave 2020–2024, and no name gave 2025's (`청사시설 유지관리 (구 청사 시설
    관리)`)."""
    db = years_loaded(tmp_path)
    budget = readme_query("쾌적한청사관리")
    by_former, by_now = (ask(db, budget.replace("쾌적한청사관리", name))
                         for name in ("청사시설관리", "청사시설유지관리"))
    assert by_former == by_now == [
        "council,department,year,name,budget_krw,executed_krw,as_of",
        "가람구의회,총무과,2020,청사 시설관리,2900000000,1300000000,2020-05-31",
        "가람구의회,총무과,2021,청사 시설 관리,2980000000,1250400000,2021-05-31",
        "가람구의회,총무과,2022,청사시설관리,3120000000,940000000,2022-04-30",
        "가람구의회,총무과,2023,청사 시설관리,3250000000,1420000000,2023-04-30",
        "가람구의회,총무과,2024,청사시설 관리,3400000000,1530000000,2024-05-31",
        "가람구의회,행정지원과,2025,청사시설 유지관리,3600000000,1700000000,2025-05-31"]
    assert ask(db, "SELECT * FROM project_renames ORDER BY name") == [
        "council,office,name,current_name", "가람구의회,,직원디지털역량강화,직원디지털전환교육",
        "가람구의회,,청사시설관리,청사시설유지관리"]
    assert ask(db, "SELECT title, former_title, team FROM projects WHERE former_title IS NOT NULL") == [
        "title,former_title,team", "직원 디지털 전환 교육,직원 디지털 역량 강화,교육후생팀"]



def test_show_prints_a_former_name_after_the_name(tmp_path):
    db = years_loaded(tmp_path)
    code, shown = invoke("show", "행정지원과 2025", "--db", db)
    assert code == 0
    assert any("Ⅱ 주요업무 추진실적 · 1. 직원 디지털 전환 교육 (구 직원 디지털 역량 강화) (교육후생팀)" in line
               for line in shown)
    assert [line.split("│")[1].strip() for line in shown if "청사시설 유지관리" in line] == [
        "청사시설 유지관리 (구 청사 시설 관리)"]


def test_the_project_question_follows_a_project_renamed_by_either_name(tmp_path):
    """Before, asked for 직원디지털역량강화 it gave 2021–2024; 2025's title kept its bracket."""
    db = years_loaded(tmp_path)
    projects = readme_query("FROM projects p")
    by_former, by_now = (ask(db, projects.replace("직원디지털역량강화", name))
                         for name in ("직원디지털역량강화", "직원디지털전환교육"))
    assert by_former == by_now == [
        "council,department,year,title,team,continuity",
        "가람구의회,총무과,2021,직원 디지털 역량 강화,교육후생팀,",
        "가람구의회,총무과,2022,직원 디지털역량 강화,교육후생팀,",
        "가람구의회,총무과,2023,직원 디지털 역량 강화,교육후생팀,",
        "가람구의회,총무과,2024,직원 디지털 역량강화,교육후생팀,",
        "가람구의회,행정지원과,2025,직원 디지털 전환 교육,교육후생팀,"]
