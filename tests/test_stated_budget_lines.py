"""A project's budgets its text states are read once, in extraction (`Project.stated_budget_lines`), and the checks
compare them with its table from there (before, `checks.places` read the text again for every project's total)."""

import pytest

import extractors.projects as projects
from checks import run_checks
from pipeline.extract import extract_file
from tests.conftest import SAMPLES

DEPARTMENT_REPORTS = SAMPLES.parent / "tests" / "department_reports"


@pytest.fixture(scope="module")
def park():
    return extract_file(SAMPLES / "2025-hanbit-park-planted.txt")


def _lines(lines):
    return [(line.name, line.budget_krw, line.budget_year, line.unit, line.source.line) for line in lines]


def test_a_project_printing_a_table_keeps_the_budget_its_text_states_beside_it(park):
    by_title = {project.title: project for project in park.projects}
    safety = by_title["공원 시설물 안전 관리"]
    assert _lines(safety.stated_budget_lines) == [("구비", 4_000_000_000, None, "천원", 113)]
    assert _lines(safety.budget_lines) == [("구비", 4_200_000_000, None, "천원", 139)]
    assert by_title["생활권 녹지 확충"].stated_budget_lines == []  # its text states none


def test_the_stated_budget_is_no_record(park):
    dumped = park.model_dump(mode="json")
    assert all("stated_budget_lines" not in project for project in dumped["projects"])


def test_a_project_printing_no_table_has_its_stated_budget_as_its_budget():
    report = extract_file(DEPARTMENT_REPORTS / "2020-hanbit-doro.txt")
    project = next(project for project in report.projects if project.title == "노후 보도 정비")
    assert _lines(project.budget_lines) == _lines(project.stated_budget_lines) == [
        ("계", 1_820_400_000, None, "백만원", 64), ("시비", 910_200_000, None, "백만원", 64),
        ("구비", 910_200_000, None, "백만원", 64)]


def test_the_checks_compare_the_stated_budget_without_reading_the_text_again(park, monkeypatch):
    def read_again(*args):
        raise AssertionError("the text's budget read again")

    monkeypatch.setattr(projects, "stated_budgets", read_again)
    assert [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in run_checks(park)
            if f.rule == "cross.project_budget"] == [
        ("cross.project_budget", "구비", "예산액", "4,000,000천원", "4,200,000천원", 139)]
