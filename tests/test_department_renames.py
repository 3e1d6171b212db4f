"""A department renamed (총무과 up to 2024, 행정지원과 in 2025: tests/years_of_one_department) is one department
across the years where its report says so (`행정지원과 (구 총무과)`, `총무과 → 행정지원과 명칭 변경`) or the user
does: the README's staffing question asked by either name gives 2021–2025.
Before, each name was a department of its own, and the question stopped at the rename."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import regex
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from extractors import extract_report
from pipeline.cli import main
from pipeline.read_text import read_text

ROOT = Path(__file__).resolve().parents[1]
YEARS = Path(__file__).parent / "years_of_one_department"
RENAMED_2025 = "2025-garam-haengjeongjiwon.txt"
COVER = ("제296회 가람구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n{}\n\n"
         "Ⅰ. 일반현황\n\n1. 조 직\n\n{}\n")
# the README's staffing question's answer over 2021–2025, each year's department as printed
STAFFING_2021_2025 = [
    "council,office,year,department,as_of,status,headcount",
    "가람구의회,,2021,총무과,,과부족,-2", "가람구의회,,2021,총무과,,정원,38", "가람구의회,,2021,총무과,,현원,36",
    "가람구의회,,2022,총무과,,과부족,-1", "가람구의회,,2022,총무과,,정원,39", "가람구의회,,2022,총무과,,현원,38",
    "가람구의회,,2023,총무과,2023-05-31,과부족,-1", "가람구의회,,2023,총무과,2023-05-31,정원,40",
    "가람구의회,,2023,총무과,2023-05-31,현원,39",
    "가람구의회,,2024,총무과,2024-05-31,과부족,-2", "가람구의회,,2024,총무과,2024-05-31,정원,44",
    "가람구의회,,2024,총무과,2024-05-31,현원,42",
    "가람구의회,,2025,행정지원과,2025-05-31,과부족,-2", "가람구의회,,2025,행정지원과,2025-05-31,정원,43",
    "가람구의회,,2025,행정지원과,2025-05-31,현원,41"]


def cover_names(cover: str, organisation: str = "행정지원과 - ( 5 )개팀") -> tuple[str | None, str | None]:
    info = extract_report(read_text("t.txt", COVER.format(cover, organisation).encode())).document
    return info.department, info.former_department


# --- the former name a report states ---------------------------------------------------------------------

@pytest.mark.parametrize(("cover", "organisation"), [
    ("행정지원과 (구 총무과)", "행정지원과 - ( 5 )개팀"),  # before: the department `행정지원과구총무과`
    ("행정지원과(舊 총무과)", "행정지원과 - 5개팀"),  # before: the organisation line's, no former name
    ("행 정 지 원 과 (前 총 무 과)", "○ 5개팀"),  # letter-spaced, as covers print it; before: no department
    ("행정지원과\n\n(구 총무과)", "○ 5개팀"),  # the bracket on a line of its own below the name
    ("행정지원과", "행정지원과(구 총무과) - 5개팀"),  # on the organisation line
    ("행정지원과", "○ 조직개편(’24. 1. 1.) : 총무과 → 행정지원과 명칭 변경"),
    ("행정지원과", "○ 총무과를 행정지원과로 개편(2024. 1. 1.)"),
])
def test_a_former_name_is_read_where_the_report_states_it(cover, organisation):
    assert cover_names(cover, organisation) == ("행정지원과", "총무과")


@pytest.mark.parametrize(("cover", "organisation", "names"), [
    # another department's rename, told of in the 총무과's report; a rename planned (its name now is still 총무과)
    ("총무과", "○ 민원여권과를 민원과로 개편", ("총무과", None)),
    ("총무과", "○ 총무과를 행정지원과로 개편 예정('26. 1. 1.)", ("총무과", None)),
    ("행정지원과", "○ 청사(구 청사관리동) 철거", ("행정지원과", None)),  # no department's name
    ("행정지원과 (구 행정지원국)", "○ 5개팀", ("행정지원과", None)),  # a unit above a department, no former name
    ("행정지원과", "○ 5개팀", ("행정지원과", None)),
])
def test_nothing_else_is_a_former_name(cover, organisation, names):
    assert cover_names(cover, organisation) == names


@given(st.lists(st.sampled_from("총무행정지원자치민원기획예산복지"), min_size=1, max_size=5).map("".join),
       st.lists(st.sampled_from("총무행정지원자치민원기획예산복지"), min_size=1, max_size=5).map("".join),
       st.sampled_from("구舊前"))
def test_any_two_names_in_brackets_are_the_name_now_and_the_former(now, former, marker):
    now, former = f"{now}과", f"{former}과"
    expected = (now, former if former != now else None)
    assert cover_names(f"{now} ({marker} {former})", "○ 5개팀") == expected


# --- the reports answer by the department's name now ------------------------------------------------------

def invoke(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, [str(arg) for arg in args])
    return result.exit_code, result.output.splitlines()


def staffing_question(name: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    query = next(q for q in regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)
                 if "staffing_totals" in q)
    return query.replace("'총무과'", f"'{name}'")


def years_loaded(tmp_path: Path, cover_2025: str | None = None) -> Path:
    """The six years' reports loaded, 2025's cover printing `cover_2025` in place of `행정지원과` where given."""
    folder = tmp_path / "years"
    shutil.copytree(YEARS, folder)
    if cover_2025:
        renamed = folder / RENAMED_2025
        renamed.write_text(renamed.read_text(encoding="utf-8").replace("\n행정지원과\n", f"\n{cover_2025}\n", 1),
                           encoding="utf-8")
    db = tmp_path / "r.db"
    assert invoke("ingest", folder, "--db", db, "--workers", "1")[0] == 0
    return db


def ask(db: Path, query: str) -> list[str]:
    code, lines = invoke("query", query, "--db", db, "--csv")
    assert code == 0, lines
    return lines


@pytest.mark.parametrize("cover", ["행정지원과 (구 총무과)", "행정지원과\n\n(舊 총무과)"])
def test_the_staffing_question_follows_a_rename_its_report_states(tmp_path, cover):
    """Before, asked for 행정지원과 it gave 2025 alone, for 총무과 2021–2024."""
    db = years_loaded(tmp_path, cover)
    assert ask(db, staffing_question("행정지원과")) == ask(db, staffing_question("총무과")) == STAFFING_2021_2025
    assert ask(db, "SELECT year, department, current_department, former_department FROM reports ORDER BY year") == [
        "year,department,current_department,former_department", "2020,총무과,행정지원과,",
        "2021,총무과,행정지원과,", "2022,총무과,행정지원과,", "2023,총무과,행정지원과,", "2024,총무과,행정지원과,",
        "2025,행정지원과,행정지원과,총무과"]
    assert ask(db, "SELECT * FROM department_renames") == [
        "council,office,department,current_department", "가람구의회,,총무과,행정지원과"]
