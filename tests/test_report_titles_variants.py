"""Two reports of one department and year given at one session (the 행정사무감사's and the 주요업무 보고 to the
November 정례회) are two reports, told apart by their covers' titles (spaces aside): the `reports` view holds
both, and `check`, `search` and `show` name each by its title after the year (`총무과 2025 행정사무감사 업무보고`),
as they name reports of two sessions by their session (`총무과 2025 제305회`). Before, the view held the one
loaded last, and the commands named both `총무과 2025`: only an id told them apart."""

from __future__ import annotations

import json

import pytest
import regex

from tests.corpus import report_folder
from tests.test_db_views_variants import NOVEMBER, csv_rows
from tests.test_session_names import document_cells, search_names

GAMSA = NOVEMBER.replace("운영\t1,400,000\t1,100,000\t78.6", "운영\t1,500,000\t1,100,000\t73.3")  # a sum.budget error
REPORT = (NOVEMBER.replace("2025년도 행정사무감사 업무보고", "2025년 주요업무 보고")
          .replace("운영\t1,400,000\t1,100,000\t78.6", "운영\t1,600,000\t1,100,000\t68.8")
          .replace("공무원 노동조합 단체교섭 (인사팀)", "청사 에너지 절감 (청사관리팀)"))


@pytest.fixture
def two_reports(cli, tmp_path):
    cli("ingest", report_folder(tmp_path, gamsa=GAMSA, report=REPORT), "--workers", "1")


def test_the_reports_view_holds_both_reports_of_one_session(cli, two_reports):
    assert csv_rows(cli, "SELECT title, council_session FROM reports ORDER BY id") == [
        "title,council_session", "2025년도 행정사무감사 업무보고,제305회 한빛구의회 제2차 정례회",
        "2025년 주요업무 보고,제305회 한빛구의회 제2차 정례회"]
    code, output = cli("check")
    assert "2 errors, 0 warnings, 0 info" in output and "in 2 files" not in output


@pytest.mark.parametrize("source", ["files", "database"])
def test_check_names_them_by_their_titles(cli, tmp_path, source):
    folder = report_folder(tmp_path, gamsa=GAMSA, report=REPORT)
    if source == "database":
        cli("ingest", folder, "--workers", "1")
    code, output = cli("check", *([folder] if source == "files" else []))
    assert code == 1
    assert document_cells(output) == ["총무과 2025 행정사무감사 업무보고", "총무과 2025 주요업무 보고"]
    code, output = cli("check", *([folder] if source == "files" else []), "--json")
    assert [(f["department"], f["year"], f["title"], f["volume"]) for f in json.loads(output)] == [
        ("총무과", 2025, "2025년도 행정사무감사 업무보고", None), ("총무과", 2025, "2025년 주요업무 보고", None)]


def test_search_names_them_by_their_titles(cli, two_reports):
    code, output = cli("search", "쾌적한")
    assert code == 0
    assert search_names(output) == [("총무과", "2025 주요업무 보고"), ("총무과", "2025 행정사무감사 업무보고")]


@pytest.mark.parametrize(("wanted", "title"), [
    ("총무과 2025 행정사무감사 업무보고", "2025년도 행정사무감사 업무보고"),
    ("총무과 2025 행정사무감사업무보고", "2025년도 행정사무감사 업무보고"),  # spaces aside
    ("총무과 2025 2025년도 행정사무감사 업무보고", "2025년도 행정사무감사 업무보고"),  # the whole title
    ("총무과 2025 주요업무 보고", "2025년 주요업무 보고"),
    ("총무과 2025 제305회 주요업무 보고", "2025년 주요업무 보고"),
    ("한빛구의회 총무과 2025 주요업무 보고", "2025년 주요업무 보고"),
])
def test_show_takes_a_report_named_with_its_title(cli, two_reports, wanted, title):
    code, output = cli("show", *wanted.split())
    assert code == 0, output
    assert output.splitlines()[0].strip() == f"총무과 2025 {title}"


def test_show_lists_them_with_their_titles(cli, two_reports):
    code, output = cli("show", "총무과 2025")
    assert code == 1
    assert output.splitlines()[-1] == (
        "Error: 2 documents match '총무과 2025'; give one id (or the name it is listed by: `총무과 2025 행정사무감사 "
        "업무보고`): 1 (한빛구의회 2025 행정사무감사 업무보고, gamsa.txt), "
        "2 (한빛구의회 2025 주요업무 보고, report.txt)")
    code, output = cli("show", "총무과 2025 예산 보고")
    assert code == 1 and "no document matches '총무과 2025 예산 보고'" in output


@pytest.mark.parametrize("copy", [
    GAMSA.replace("2025년도 행정사무감사 업무보고", "2025년도 행정사무감사업무보고"),  # spaced otherwise
    GAMSA.replace("2025년도 행정사무감사 업무보고\n\n", "2025\n\n"),  # a converter dropped the title: none to compare
])
def test_a_copy_of_one_report_stays_one_report_named_without_its_title(cli, tmp_path, copy):
    cli("ingest", report_folder(tmp_path, gamsa=GAMSA, **{"gamsa-copy": copy}), "--workers", "1")
    assert csv_rows(cli, "SELECT count(*) FROM reports") == ["count(*)", "1"]
    assert document_cells(cli("check")[1]) == ["총무과 2025 (gamsa-copy.txt)", "총무과 2025 (gamsa.txt)"]
    code, output = cli("search", "쾌적한", "--every-document")
    assert search_names(output) == [("총무과", "2025")]


def test_show_prints_the_title_it_is_named_by(cli, two_reports):
    code, output = cli("show", "1")
    assert code == 0 and regex.search(r"^총무과 2025 2025년도 행정사무감사 업무보고", output, flags=regex.MULTILINE)
