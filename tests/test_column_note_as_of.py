"""A note under a table dating the column its date is about (`※ 집행액은 2025. 5. 31. 기준` under a budget, `※ 현원은
…` under staffing, `※ 보유대수는 …` under a fleet) dates the table, as `※ 2025. 5. 31. 기준` does, and leaves the
text. Before, it stayed in the text and the table (its budget lines, `budget_totals`) had no as-of date. A note
dating another column (`※ 예산액은 2025. 1. 1. 기준`) still dates nothing."""

import datetime as dt

import pytest

from tests.layouts import read_laid_out

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 공 원 녹 지 과\n\n"
BUDGET = ("# Ⅰ. 일반현황\n\n## 2 예산현황\n\n(단위: 천원)\n\n"
          "단위사업명\t예산액\t집행액\t집행률(%)\n계\t1,500\t600\t40.0\n공원 관리\t1,000\t200\t20.0\n")
NEXT = "\n# Ⅱ. 주요업무 추진실적\n\n## 1 공원 조성\n\n□ 사업개요\n\n- 기간: 2025. 1. ~ 12.\n"
MAY_31 = dt.date(2025, 5, 31)
LAYOUTS = ["tab", "space-aligned", "pipe-tables"]


def budget(r) -> list[tuple[str, int | None, dt.date | None]]:
    return [(b.name, b.executed_krw, b.as_of) for b in r.budget]


def text_of(r) -> str:
    return " ".join(t.text for t in r.general_text)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("note", ["※ 집행액은 2025. 5. 31. 기준", "※ 집행액: 5. 31. 기준", "(집행액 5.31. 현재)",
                                  "* 집행률은 ’25. 5. 31. 현재", "※집행액은 2025.5.31.기준"])
def test_a_note_dating_the_spending_dates_the_budget_lines(note, layout, tmp_path):
    r = read_laid_out(COVER + BUDGET + f"{note}\n" + NEXT, layout, tmp_path)
    assert budget(r) == [("계", 600_000, MAY_31), ("공원 관리", 200_000, MAY_31)]
    assert "집행" not in text_of(r)  # read once, as the date


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_note_after_another_note_under_the_table_dates_it(layout, tmp_path):
    r = read_laid_out(COVER + BUDGET + "※ 예산액은 2025년 당초예산 기준\n※ 집행액은 2025. 5. 31. 기준\n" + NEXT,
                      layout, tmp_path)
    assert [b.as_of for b in r.budget] == [MAY_31, MAY_31]
    assert "예산액은 2025년 당초예산 기준" in text_of(r) and "집행액은" not in text_of(r)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("note", ["※ 예산액은 2025년 당초예산 기준", "※ 예산액은 2025. 1. 1. 기준",
                                  "※ 집행잔액은 2025. 5. 31. 기준"])  # a column the table does not print
def test_a_note_dating_another_column_dates_nothing(note, layout, tmp_path):
    r = read_laid_out(COVER + BUDGET + f"{note}\n" + NEXT, layout, tmp_path)
    assert [b.as_of for b in r.budget] == [None, None]
    assert note.removeprefix("※ ") in text_of(r)


def test_a_table_dated_otherwise_keeps_its_date_and_the_note(tmp_path):
    dated = BUDGET.replace("(단위: 천원)", "(2025. 4. 30. 기준, 단위: 천원)")
    r = read_laid_out(COVER + dated + "※ 집행액은 2025. 5. 31. 기준\n" + NEXT, "tab", tmp_path)
    assert [b.as_of for b in r.budget] == [dt.date(2025, 4, 30)] * 2
    assert "집행액은 2025. 5. 31. 기준" in text_of(r)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_note_dating_the_staff_in_post_dates_a_staffing_table(layout, tmp_path):
    staff = ("# Ⅰ. 일반현황\n\n## 2 인 력\n\n(단위: 명)\n\n구 분\t계\t5급\t6급\t7급\n정 원\t10\t1\t4\t5\n"
             "현 원\t9\t1\t3\t5\n")
    r = read_laid_out(COVER + staff + "※ 현원은 2025. 5. 31. 기준\n" + NEXT, layout, tmp_path)
    assert [(c.status, c.grade, c.headcount, c.as_of) for c in r.staffing[:2]] == [
        ("정원", "계", 10, MAY_31), ("정원", "5급", 1, MAY_31)]
    assert {c.as_of for c in r.staffing} == {MAY_31}
    assert "현원은" not in text_of(r)

    r = read_laid_out(COVER + staff + "※ 정원은 2025. 1. 1. 기준\n" + NEXT, layout, tmp_path)
    assert {c.as_of for c in r.staffing} == {None}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("note", ["※ 보유대수는 2025. 5. 31. 현재", "(보유 5.31. 현재)"])
def test_a_note_dating_the_vehicles_held_dates_a_fleet(note, layout, tmp_path):
    fleet = "# Ⅰ. 일반현황\n\n### □ 공용차량\n\n(단위: 대)\n\n구 분\t계\t승 용\t승 합\n보유대수\t8\t6\t2\n"
    r = read_laid_out(COVER + fleet + f"{note}\n" + NEXT, layout, tmp_path)
    assert [(f.counts[0].count, f.as_of) for f in r.vehicles] == [(8, MAY_31)]
    assert "보유" not in text_of(r)


def test_a_pdf_budget_dated_by_a_note_on_its_spending(tmp_path):
    text = (COVER + BUDGET + "※ 집행액은 2025. 5. 31. 기준\n" + NEXT).replace("# ", "").replace("## ", "")
    r = read_laid_out(text, "pdf grid", tmp_path)
    assert budget(r) == [("계", 600_000, MAY_31), ("공원 관리", 200_000, MAY_31)]
    assert "집행액은" not in text_of(r)


def test_budget_totals_give_the_date(cli, tmp_path):
    """The question asked of it: which departments spent how much by when."""
    (tmp_path / "2025-parks.md").write_text(COVER + BUDGET + "※ 집행액은 2025. 5. 31. 기준\n" + NEXT, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-parks.md", "--workers", "1")[0] == 0
    code, output = cli("query", "SELECT as_of FROM budget_totals", "--csv")
    assert code == 0 and output.splitlines() == ["as_of", "2025-05-31"]
