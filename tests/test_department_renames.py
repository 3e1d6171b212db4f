"""A department renamed (총무과 up to 2024, 행정지원과 in 2025: tests/years_of_one_department) is one department
across the years where its report says so (`행정지원과 (구 총무과)`, `총무과 → 행정지원과 명칭 변경`) or the user
does (`reportdb rename 총무과 행정지원과`): the README's staffing question asked by either name gives 2021–2025.
Before, each name was a department of its own, and the question stopped at the rename."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from extractors import extract_report
from pipeline.cli import main
from pipeline.read_text import read_text
from tests.layouts import read_laid_out
from tests.test_years_of_one_department import STAFFING_2021_2024, YEARS, ask, readme_query

RENAMED_2025 = "2025-garam-haengjeongjiwon.txt"
COVER = ("제296회 가람구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n{}\n\n"
         "Ⅰ. 일반현황\n\n1. 조 직\n\n{}\n")
# the README's staffing question's answer over 2021–2025, each year's department as printed
STAFFING_2021_2025 = [*STAFFING_2021_2024, "가람구의회,,2025,행정지원과,2025-05-31,43,41,-2"]


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
    # wordings read since: before, none gave a former name
    ("행정지원과 (전 총무과)", "○ 5개팀"),
    ("행정지원과(前총무과)", "○ 5개팀"),  # a hanja marker with no space after it
    ("행정지원과", "○ 총무과에서 행정지원과로 명칭 변경(’24. 1. 1.)"),
    ("행정지원과", "○ 총무과 → 행정지원과로 변경"),
    ("행정지원과", "○ 부서명 변경 : 총무과 → 행정지원과"),
    ("행정지원과(2024. 1. 1. 총무과에서 명칭 변경)", "○ 5개팀"),
    ("행정지원과", "행정지원과(2024. 1. 1. 총무과에서 명칭 변경) - 5개팀"),
    ("행정지원과\n\n(2024. 1. 1. 총무과에서 명칭 변경)", "○ 5개팀"),
    # in square brackets, after a stop or colon, after `종전`: before, `행정지원과구총무과` or no former name
    ("행정지원과 [구 총무과]", "○ 5개팀"), ("행정지원과 〔舊 총무과〕", "○ 5개팀"),
    ("행정지원과［前 총무과］", "○ 5개팀"), ("행정지원과 (구. 총무과)", "○ 5개팀"),
    ("행정지원과(구:총무과)", "○ 5개팀"), ("행정지원과 (종전 총무과)", "○ 5개팀"),
    ("행 정 지 원 과 [종전: 총 무 과]", "○ 5개팀"), ("행정지원과", "행정지원과[구 총무과] - 5개팀"),
    # after the mark in brackets of its own, the name run into it or not, or after a note's `※`: before,
    # `행정지원과구총무과`, or the former name taken for the department (`총무과`), and no former name
    ("행정지원과 (구)총무과", "○ 5개팀"), ("행정지원과(구) 총무과", "○ 5개팀"), ("행정지원과(舊)총무과", "○ 5개팀"),
    ("행 정 지 원 과 (구)총 무 과", "○ 5개팀"), ("행정지원과", "행정지원과(구)총무과 - 5개팀"),
    ("행정지원과 ※ 구 총무과", "○ 5개팀"), ("행정지원과 ※구 총무과", "○ 5개팀"),
    ("행정지원과 ※ 종전: 총무과", "○ 5개팀"),
    ("행정지원과 ※ (구)총무과", "○ 5개팀"), ("행정지원과 ※ 舊 총무과", "○ 5개팀"),
    ("행정지원과\n\n※ 구 총무과", "○ 5개팀"),  # the note on a line of its own below the name
    # `구` run into the former name: before, the department `행정지원과구총무과` and no former name
    ("행정지원과(구총무과)", "○ 5개팀"), ("행정지원과 (구총무과)", "○ 5개팀"), ("행정지원과 [구총무과]", "○ 5개팀"),
    ("행정지원과", "행정지원과(구총무과) - 5개팀"), ("행정지원과\n\n(구총무과)", "○ 5개팀"),
])
def test_a_former_name_is_read_where_the_report_states_it(cover, organisation):
    assert cover_names(cover, organisation) == ("행정지원과", "총무과")


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("cover", ["행정지원과 [구 총무과]", "행정지원과 (종전: 총무과)", "행정지원과 ※ 구 총무과",
                                   "행정지원과 (구)총무과", "행정지원과\n\n※ 구 총무과"])
def test_a_former_name_in_other_brackets_is_read_in_text_and_pdf(cover, layout, tmp_path):
    staffing = "2. 인 력\n\n구 분\t계\t5급\t6급\n정 원\t3\t1\t2\n현 원\t3\t1\t2\n"
    info = read_laid_out(COVER.format(cover, "○ 5개팀") + staffing, layout, tmp_path).document
    assert (info.department, info.former_department) == ("행정지원과", "총무과")


@pytest.mark.parametrize("layout", ["without-blank-lines", "html-tables", "all-of-them", "box-tables", "pdf none"])
@pytest.mark.parametrize("cover", ["행정지원과 ※ 구 총무과", "행정지원과(구)총무과", "행정지원과\n\n※ 구 총무과",
                                   "행정지원과(구총무과)"])
def test_a_former_name_after_a_note_mark_or_a_bracketed_mark_is_read_in_every_layout(cover, layout, tmp_path):
    """Before, the department `총무과` (the former name, the cover's last unit), or `행정지원과구총무과`."""
    staffing = "2. 인 력\n\n구 분\t계\t5급\t6급\n정 원\t3\t1\t2\n현 원\t3\t1\t2\n"
    report = read_laid_out(COVER.format(cover, "○ 5개팀") + staffing, layout, tmp_path)
    assert (report.document.department, report.document.former_department) == ("행정지원과", "총무과")
    assert [(count.status, count.headcount) for count in report.staffing if count.job_class == "계"] == [
        ("정원", 3), ("정원", 1), ("정원", 2), ("현원", 3), ("현원", 1), ("현원", 2)]


@pytest.mark.parametrize(("cover", "organisation", "names"), [
    # another department's rename, told of in the 총무과's report; a rename planned (its name now is still 총무과)
    ("총무과", "○ 민원여권과를 민원과로 개편", ("총무과", None)),
    ("총무과", "○ 총무과를 행정지원과로 개편 예정('26. 1. 1.)", ("총무과", None)),
    ("행정지원과", "○ 청사(구 청사관리동) 철거", ("행정지원과", None)),  # no department's name
    ("행정지원과 (구 행정지원국)", "○ 5개팀", ("행정지원과", None)),  # a unit above a department, no former name
    ("행정지원과", "○ 5개팀", ("행정지원과", None)),
    # `전` before words that are no department's name: all staff, the department, the year before
    ("행정지원과 (전 직원)", "○ 5개팀", ("행정지원과", None)),
    ("행정지원과 (전 부서)", "○ 5개팀", ("행정지원과", None)),
    ("행정지원과", "행정지원과(전년 대비 1팀 증) - 5개팀", ("행정지원과", None)),
    ("행정지원과", "○ 총무과 전 직원 행정지원과로 변경", ("행정지원과", None)),
    # a duty moved from one department to another, not a rename; one planned
    ("행정지원과", "○ 소관부서 : 총무과 → 행정지원과로 변경", ("행정지원과", None)),
    ("행정지원과", "○ 청사관리 업무 총무과에서 행정지원과로 변경", ("행정지원과", None)),
    ("총무과", "○ 총무과에서 행정지원과로 명칭 변경 예정", ("총무과", None)),
    ("행정지원과 [구 행정지원국]", "○ 5개팀", ("행정지원과", None)), ("행정지원과", "○ 청사[구 청사관리동] 철거",
                                                                  ("행정지원과", None)),
    ("행정지원과", "행정지원과(종전 대비 1팀 증) - 5개팀", ("행정지원과", None)),
    # a letter-spaced department in brackets starting as a former name's mark does (`전`, `구`): the cover's
    ("[ 전 략 기 획 과 ]", "○ 5개팀", ("전략기획과", None)), ("[ 구 민 소 통 과 ]", "○ 5개팀", ("구민소통과", None)),
    ("( 전 략 기 획 과 )", "○ 5개팀", ("전략기획과", None)),
    # a note's `※` or a bracketed mark before words that are no department's name, or one of the report's own
    ("행정지원과 ※ 구 청사 포함", "○ 5개팀", ("행정지원과", None)),
    ("행정지원과 ※ 전 직원", "○ 5개팀", ("행정지원과", None)),
    ("행정지원과\n\n※ 구청 주관", "○ 5개팀", ("행정지원과", None)),
    ("행정지원과 (구)행정지원국", "○ 5개팀", ("행정지원과", None)),
    ("총무과", "○ 5개팀\n\n※ 구 총무과 청사 이전", ("총무과", None)),
    # `구` run into a word that is no department's name: a 구청's, a 구민's, a funding source
    ("행정지원과", "행정지원과(구청 주관) - 5개팀", ("행정지원과", None)),
    ("행정지원과", "행정지원과(구민회관) - 5개팀", ("행정지원과", None)),
    ("행정지원과", "행정지원과(구민체육센터) - 5개팀", ("행정지원과", None)),
    ("행정지원과", "행정지원과(구비) - 5개팀", ("행정지원과", None)),
    ("행정지원과", "행정지원과(구행정지원국) - 5개팀", ("행정지원과", None)),
])
def test_nothing_else_is_a_former_name(cover, organisation, names):
    assert cover_names(cover, organisation) == names


@given(st.lists(st.sampled_from("총무행정지원자치민원기획예산복지"), min_size=1, max_size=5).map("".join),
       st.lists(st.sampled_from("총무행정지원자치민원기획예산복지"), min_size=1, max_size=5).map("".join),
       st.sampled_from(("구", "舊", "前", "전")))
def test_any_two_names_in_brackets_are_the_name_now_and_the_former(now, former, marker):
    now, former = f"{now}과", f"{former}과"
    expected = (now, former if former != now else None)
    assert cover_names(f"{now} ({marker} {former})", "○ 5개팀") == expected


# --- the reports answer by the department's name now ------------------------------------------------------

def invoke(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, [str(arg) for arg in args])
    return result.exit_code, result.output.splitlines()


def staffing_question(name: str) -> str:
    return readme_query("staffing_by_report").replace("'총무과'", f"'{name}'")


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


@pytest.mark.parametrize("cover", ["행정지원과 (구 총무과)", "행정지원과\n\n(舊 총무과)", "행정지원과 [구 총무과]",
                                   "행정지원과 (종전 총무과)", "행정지원과(구총무과)", "행정지원과 (舊 총무과)"])
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


def test_the_user_states_a_rename_no_report_does_and_a_new_ingest_keeps_it(tmp_path):
    db = years_loaded(tmp_path)
    assert ask(db, staffing_question("행정지원과")) == [STAFFING_2021_2025[0], STAFFING_2021_2025[-1]]
    assert invoke("rename", "총무과", "행정지원과", "--db", db) == (0, [
        "총무과 → 행정지원과", "5 reports of 총무과 (2020–2024) answer as 행정지원과"])
    assert ask(db, staffing_question("행정지원과")) == ask(db, staffing_question("총무과")) == STAFFING_2021_2025
    assert invoke("ingest", tmp_path / "years", "--db", db, "--workers", "1", "--force")[0] == 0
    assert ask(db, staffing_question("행정지원과")) == STAFFING_2021_2025
    assert invoke("rename", "총무과", "행정지원과", "--db", db) == (0, [
        "총무과 → 행정지원과: stated already", "5 reports of 총무과 (2020–2024) answer as 행정지원과"])
    code, listed = invoke("rename", "--list", "--db", db)
    assert code == 0 and [line.split() for line in listed if "총무과" in line] == [
        ["│", "총무과", "│", "행정지원과", "│", "│", "│", "reportdb", "rename", "│"]]
    assert invoke("rename", "--forget", "총무과", "--db", db) == (0, ["forgot 총무과 → 행정지원과"])
    assert ask(db, staffing_question("행정지원과")) == [STAFFING_2021_2025[0], STAFFING_2021_2025[-1]]
    assert invoke("rename", "--list", "--db", db) == (0, ["no renames are stated"])


def test_a_rename_is_followed_to_the_last_name_and_the_users_word_goes_before_a_reports(tmp_path):
    """2025's report says 총무과 was renamed 행정지원과; the user says 행정지원과 became 자치행정과 in 2026 (no
    report of it loaded yet), then that 총무과 was renamed 기획총무과."""
    db = years_loaded(tmp_path, "행정지원과 (구 총무과)")
    assert invoke("rename", "행정지원과", "자치행정과", "--db", db) == (0, [
        "행정지원과 → 자치행정과", "1 report of 행정지원과 (2025) answers as 자치행정과"])
    current = "SELECT DISTINCT department, current_department FROM reports ORDER BY year"
    assert ask(db, current) == ["department,current_department", "총무과,자치행정과", "행정지원과,자치행정과"]
    assert ask(db, staffing_question("자치행정과")) == STAFFING_2021_2025
    assert invoke("rename", "총무과", "기획총무과", "--db", db)[0] == 0
    assert ask(db, current) == ["department,current_department", "총무과,기획총무과", "행정지원과,자치행정과"]


def test_a_rename_of_another_council_leaves_this_ones_departments_apart(tmp_path):
    db = years_loaded(tmp_path)
    assert invoke("rename", "총무과", "행정지원과", "--council", "서해구의회", "--db", db) == (0, [
        "총무과 → 행정지원과 (서해구의회)", "no report of 총무과 is loaded: it applies to those loaded later"])
    assert ask(db, staffing_question("행정지원과")) == [STAFFING_2021_2025[0], STAFFING_2021_2025[-1]]
    assert invoke("rename", "총무과", "행정지원과", "--council", "가람구의회", "--db", db)[0] == 0
    assert ask(db, staffing_question("행정지원과")) == STAFFING_2021_2025


@pytest.mark.parametrize(("args", "code", "error"), [
    (("총무과", "총 무 과"), 1, "Error: 총무과 cannot be renamed to itself"),
    (("총무", "행정지원과"), 1,
     "Error: `총무` is no department's name (one ends in 과, 국, 실, 소, 단, 관 …, as `총무과`)"),
    (("총무과",), 2, "Error: give the former name and the name now: `reportdb rename 총무과 행정지원과`"),
    ((), 2, "Error: give the former name and the name now: `reportdb rename 총무과 행정지원과`"),
    (("--list", "총무과"), 2, "Error: --list takes no names"),
    (("--forget",), 2, "Error: --forget takes the former name alone: `reportdb rename --forget 총무과`"),
    (("--forget", "--list"), 2, "Error: --list and --forget are two things: give one"),
    (("--forget", "기획과"), 1, "Error: no rename of 기획과 is stated: `reportdb rename --list` lists them"),
    (("행정지원과", "총무과"), 1, "Error: 총무과 → 행정지원과 is stated already: renaming 행정지원과 to 총무과 "
                               "would go in a circle (`reportdb rename --forget 총무과` forgets a rename you stated)"),
])
def test_a_rename_refused_says_why_in_one_line(tmp_path, args, code, error):
    db = years_loaded(tmp_path, "행정지원과 (구 총무과)")
    result = CliRunner().invoke(main, ["rename", *args, "--db", str(db)])
    assert (result.exit_code, result.output.splitlines()[-1]) == (code, error)
    assert ask(db, "SELECT count(*) FROM renames") == ["count(*)", "0"]


def test_a_rename_needs_a_database(tmp_path):
    code, lines = invoke("rename", "총무과", "행정지원과", "--db", tmp_path / "none.db")
    assert (code, lines[-1]) == (2, f"Error: no database at {tmp_path / 'none.db'}: run `reportdb ingest PATH --db "
                                    f"{tmp_path / 'none.db'}` first")



def shown_names(db: Path, document: str) -> dict[str, str]:
    """The `former name` and `name now` rows `reportdb show` prints of a document."""
    code, lines = invoke("show", *document.split(), "--db", db)
    assert code == 0, lines
    cells = [[cell.strip() for cell in line.strip("│").split("│")] for line in lines if line.startswith("│")]
    return {row[0]: row[1] for row in cells if row[0] in ("former name", "name now")}


def test_show_names_a_reports_former_name_and_its_name_now(tmp_path):
    """Before, `show` printed the department as printed alone: neither what the report says it was called, nor
    what a 2021 총무과 answers as. A department not renamed since has no name now of its own."""
    db = years_loaded(tmp_path, "행정지원과 (구 총무과)")
    assert shown_names(db, "행정지원과 2025") == {"former name": "총무과", "name now": ""}
    assert shown_names(db, "총무과 2021") == {"former name": "", "name now": "행정지원과"}
    assert invoke("rename", "행정지원과", "자치행정과", "--db", db)[0] == 0
    assert shown_names(db, "행정지원과 2025") == {"former name": "총무과", "name now": "자치행정과"}
    assert shown_names(db, "총무과 2021") == {"former name": "", "name now": "자치행정과"}


def test_each_reports_staffing_row_names_every_name_of_its_department(tmp_path):
    """`staffing_by_report.names`: the name now and each former one, followed over two renames; a database of
    schema 39 gains the view as it opens, its rows as they were."""
    db = years_loaded(tmp_path, "행정지원과 (구 총무과)")
    assert invoke("rename", "행정지원과", "자치행정과", "--db", db)[0] == 0
    by_year = ("SELECT year, department, current_department, names, 정원, 현원, 과부족 FROM staffing_by_report "
               "ORDER BY year")
    rows = ask(db, by_year)
    assert rows[1:3] == ['2020,총무과,자치행정과,"[""자치행정과"",""총무과"",""행정지원과""]",40,38,-2',
                         '2021,총무과,자치행정과,"[""자치행정과"",""총무과"",""행정지원과""]",38,36,-2']
    assert rows[-1] == '2025,행정지원과,자치행정과,"[""자치행정과"",""총무과"",""행정지원과""]",43,41,-2'
    conn = sqlite3.connect(db)
    conn.executescript("DROP VIEW staffing_by_report; PRAGMA user_version = 39;")
    conn.close()
    assert ask(db, by_year) == rows  # `query` brings it up to date first
