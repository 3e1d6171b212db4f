"""Where two places of a report print one figure otherwise (`checks.places.disagreeing`) is found once a report:
the budget tables' one-cell search and the cross warnings read the same (before, each found it again)."""

import pytest

import checks.places as places
from checks import run_checks
from pipeline.extract import extract_file
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def report():
    return extract_file(SAMPLES / "2025-hanbit-park-planted.txt")


def test_each_projects_budget_is_compared_once_a_report(report, monkeypatch):
    calls = {"stated": 0, "executed": 0}

    def counted(name, function):
        def wrapped(*args):
            calls[name] += 1
            return function(*args)
        return wrapped

    monkeypatch.setattr(places, "stated_disagreeing", counted("stated", places.stated_disagreeing))
    monkeypatch.setattr(places, "executed_disagreeing", counted("executed", places.executed_disagreeing))
    found = run_checks(report)
    assert calls == {"stated": 3, "executed": 3}  # three projects, a budget of one year each
    assert [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in found
            if f.rule in ("cross.executed", "cross.project_budget")] == [
        ("cross.executed", "푸른 녹지 조성", "집행액", "1,680,000천원", "1,608,000천원", 139),
        ("cross.project_budget", "구비", "예산액", "4,000,000천원", "4,200,000천원", 139),
    ]


def test_the_disagreeing_places_and_the_figures_they_print_elsewhere(report):
    disagreeing = places.disagreeing(report)
    assert [(d.project.title, d.total.name, [unit.name for unit in d.executed],
             [(in_text.budget_krw, in_table.budget_krw, column, field)
              for in_text, in_table, column, field in d.stated])
            for d in disagreeing] == [
        ("생활권 녹지 확충", "계", [], []),
        ("공원 시설물 안전 관리", "구비", ["푸른 녹지 조성"], [(4_000_000_000, 4_200_000_000, "예산액", "budget_krw")]),
        ("공원 안내판 정비", "계", [], []),
    ]
    assert places.printed_elsewhere(disagreeing) == {
        (61, None, "푸른 녹지 조성", "집행액"): (1_608_000_000, "사업 '공원 시설물 안전 관리'의 집행액"),
        (139, None, "구비", "집행액"): (1_680_000_000, "단위사업 '푸른 녹지 조성'의 집행액"),
        (139, None, "구비", "예산액"): (4_000_000_000, "본문의 예산액"),
    }
