"""A department's two reports of one year (June's 정례회 and November's 행정사무감사) are named apart by their
session where both are among what `search` and `check` print (`총무과 2025 제300회`), as two districts' are by
their council, and `show` takes that name; with no session number on the cover, by the month the session began
(`총무과 2025 11월`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from tests.test_db_views_variants import JUNE, NOVEMBER, csv_rows

# each report's 인사·조직 운영 100,000천원 more than its 계 sums (its rate of that): a sum.budget finding in each
PLANTED = {"june": JUNE.replace("운영\t1,400,000\t540,000\t38.6", "운영\t1,500,000\t540,000\t36.0"),
           "november": NOVEMBER.replace("운영\t1,400,000\t1,100,000\t78.6", "운영\t1,500,000\t1,100,000\t73.3")}
JAEMU = JUNE.replace("총 무 과", "재 무 과")  # another department's June report: one session, named without it


def without_session_numbers(text: str) -> str:
    """The cover without its session's line, as a converter may drop it: the first day is left."""
    return regex.sub(r"^제\d+회 한빛구의회 제\d차 정례회\n", "", text, flags=regex.MULTILINE)


def folder_of(tmp_path: Path, numbered: bool = True) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in {**PLANTED, "june-copy": PLANTED["june"] + "\n", "jaemu": JAEMU}.items():
        (folder / f"2025-{name}.txt").write_text(text if numbered else without_session_numbers(text),
                                                 encoding="utf-8")
    return folder


def document_cells(output: str) -> list[str]:
    return [cell.strip() for cell in regex.findall(r"^│ ([^│]+?) +│ error", output, flags=regex.MULTILINE)]


@pytest.mark.parametrize("source", ["files", "database"])
def test_check_names_a_departments_two_reports_of_a_year_by_their_session(cli, tmp_path, source):
    """Before, all three findings read `총무과 2025`; `--json` had no session."""
    folder = folder_of(tmp_path)
    if source == "database":
        cli("ingest", folder, "--workers", "1")
    given = [folder] if source == "files" else []
    code, output = cli("check", *given)
    assert code == 1
    # the re-exported copy of June's report is of its session: named as it is
    assert document_cells(output) == ["총무과 2025 제300회 (2025-june-copy.txt)", "총무과 2025 제300회 (2025-june.txt)",
                                      "총무과 2025 제305회"]
    code, output = cli("check", *given, "--json")
    assert [(f["department"], f["year"], f["council_session"], f["session_start"], f["rule"])
            for f in json.loads(output)] == [
        ("총무과", 2025, "제300회 한빛구의회 제1차 정례회", "2025-06-10", "sum.budget"),
        ("총무과", 2025, "제300회 한빛구의회 제1차 정례회", "2025-06-10", "sum.budget"),
        ("총무과", 2025, "제305회 한빛구의회 제2차 정례회", "2025-11-20", "sum.budget")]


def test_check_names_them_by_the_month_their_session_began_where_no_number_is_printed(cli, tmp_path):
    cli("ingest", folder_of(tmp_path, numbered=False), "--workers", "1")
    code, output = cli("check")
    assert document_cells(output) == ["총무과 2025 6월 (2025-june-copy.txt)", "총무과 2025 6월 (2025-june.txt)",
                                      "총무과 2025 11월"]


def search_names(output: str) -> list[tuple[str, str]]:
    return sorted({(department.strip(), year.strip())
                   for department, year in regex.findall(r"^│ ([^│]+)│ ([^│]+)│", output, flags=regex.MULTILINE)})


def test_search_names_a_departments_two_reports_of_a_year_by_their_session(cli, tmp_path):
    """Before, both rows read `총무과 | 2025`; 재무과's one report is named without its session."""
    cli("ingest", folder_of(tmp_path), "--workers", "1")
    code, output = cli("search", "쾌적한")
    assert code == 0
    assert search_names(output) == [("재무과", "2025"), ("총무과", "2025 제300회"), ("총무과", "2025 제305회")]


JUNE_SESSION, NOVEMBER_SESSION = "제300회 한빛구의회 제1차 정례회", "제305회 한빛구의회 제2차 정례회"


@pytest.mark.parametrize(("wanted", "session"), [
    ("총무과 2025 제300회", JUNE_SESSION), ("총무과 2025 제305회", NOVEMBER_SESSION),
    ("총무과 2025 제 305 회", NOVEMBER_SESSION), ("총무과 2025 11월", NOVEMBER_SESSION),
    ("총무과 2025 6월", JUNE_SESSION), ("한빛구의회 총무과 2025 제300회", JUNE_SESSION),
    ("총무과 제305회", NOVEMBER_SESSION), ("재무과 2025 제300회", JUNE_SESSION)])
def test_show_takes_a_report_named_with_its_session(cli, tmp_path, wanted, session):
    """Before, `총무과 2025 제300회` matched no document, and only an id told the two apart."""
    cli("ingest", folder_of(tmp_path), "--workers", "1")
    code, output = cli("show", *wanted.split())
    assert code == 0, output
    assert regex.search(rf"│ council session +│ {session} +│", output)


def test_show_takes_a_report_named_with_its_month_where_no_number_is_printed(cli, tmp_path):
    cli("ingest", folder_of(tmp_path, numbered=False), "--workers", "1")
    for wanted, start in (("총무과 2025 6월", "2025-06-10"), ("총무과 2025 11월", "2025-11-20")):
        code, output = cli("show", wanted)
        assert code == 0, output
        assert regex.search(rf"│ session +│ {start} ~ ", output)


def test_show_lists_a_departments_two_reports_of_a_year_with_their_sessions(cli, tmp_path):
    cli("ingest", folder_of(tmp_path), "--workers", "1")
    code, output = cli("show", "총무과", "2025")
    assert code == 1
    assert output.splitlines()[-1] == (
        "Error: 2 documents match '총무과 2025'; give one id (or the session after it: `총무과 2025 제300회`): "
        "3 (한빛구의회 2025 제300회, 2025-june.txt), 4 (한빛구의회 2025 제305회, 2025-november.txt)")
    code, output = cli("show", "총무과 2025 제299회")
    assert code == 1 and "no document matches '총무과 2025 제299회'" in output


def test_a_copy_whose_cover_lost_its_session_line_is_named_with_its_report(cli, tmp_path):
    """A session printed by one document only tells nothing apart (as in the `reports` view): June's report and
    a copy that lost its session line (its first day left) are one report, both `총무과 2025`, not `총무과 2025
    제300회` and `총무과 2025 6월`."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2025-june.txt").write_text(PLANTED["june"], encoding="utf-8")
    (folder / "2025-june-copy.txt").write_text(PLANTED["june"].replace("제300회 한빛구의회 제1차 정례회", "한빛구의회"),
                                               encoding="utf-8")
    cli("ingest", folder, "--workers", "1")
    assert csv_rows(cli, "SELECT council, council_session, session_start FROM documents ORDER BY id") == [
        "council,council_session,session_start", "한빛구의회,,2025-06-10",
        "한빛구의회,제300회 한빛구의회 제1차 정례회,2025-06-10"]
    assert document_cells(cli("check")[1]) == ["총무과 2025 (2025-june-copy.txt)", "총무과 2025 (2025-june.txt)"]
