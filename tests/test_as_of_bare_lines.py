"""A date printed bare on a line of its own right above a table, or above its unit's line: `2025. 5. 31. 기준`,
`2025.5.31. 현재`, labelled `기준일 : 2025. 5. 31.` or `(기준일: 2025. 5. 31.)`. Before, the table took the date
(from its caption) but the general text kept the line too; now it is read once, as the table's date, as a bracketed
one is. A dated sentence (`2025. 5. 31. 구청장 방침 결정`), a period or a day alone dates no table and stays text.
A unit's line printing a date beside it with no table after it is kept in the text (before, it was lost)."""

import datetime as dt

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.platypus.tables import Table as DrawnTable

from pipeline.extract import extract_file
from tests.layouts import make_pdfs, space_aligned
from tests.test_as_of_variants import COVER, NEXT, STAFF, TWINS, extract

MAY_31 = dt.date(2025, 5, 31)
BUDGET = ("단위사업명\t예산액\t집행액\t집행률(%)\n계\t1,500\t600\t40.0\n청사 관리\t1,000\t400\t40.0\n"
          "의회 지원\t500\t200\t40.0\n")
DATE_LINES = ["2025. 5. 31. 기준", "2025.5.31. 현재", "’25. 5. 31. 기준", "2025년 5월 31일 기준", "2025-05-31 기준",
              "2025. 5월말 현재", "5월말 기준", "기준일 : 2025.5.31.", "기준일: 2025. 5. 31.", "(기준일: 2025. 5. 31.)"]
NO_DATES = ["2025. 5. 31. 구청장 방침 결정", "2025. 6. 12. ~ 6. 27.", "2025. 5. 31."]
LAYOUTS = ["tab", "space-aligned", "pipe-tables", "without-blank-lines", "without-markdown"]


def twins(above: str, layout: str = "tab"):
    return extract(COVER + "# Ⅰ. 일반현황\n\n## 5 상호결연도시 현황\n\n" + above + TWINS + "\n" + NEXT, layout)


def general_text(r) -> str:
    return " ".join(t.text for t in r.general_text)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("line", DATE_LINES)
@pytest.mark.parametrize("unit", ["", "(단위: 개)\n"])
def test_a_bare_date_above_a_table_dates_it_and_leaves_the_text(line, unit, layout):
    r = twins(f"{line}\n{unit}\n", layout)
    (table,) = r.tables
    assert table.rows[2][:2] == ["춘천시", "한국"] and table.as_of == MAY_31
    assert table.caption == "5 상호결연도시 현황" and table.unit == ("개" if unit else None)
    assert general_text(r) == "5 상호결연도시 현황 9 주요 행사 구민의 날 행사를 개최함"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("line", NO_DATES)
def test_a_dated_sentence_or_a_period_above_a_table_dates_none(line, layout):
    r = twins(f"{line}\n\n", layout)
    assert [t.as_of for t in r.tables] == [None]
    assert general_text(r) == f"5 상호결연도시 현황 {line} 9 주요 행사 구민의 날 행사를 개최함"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_staffing_and_a_budget_take_a_bare_date_over_their_unit(layout):
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n2025. 5. 31. 기준\n(단위: 명)\n\n" + STAFF
                + "\n## 4 예산현황\n\n기준일 : 2025. 4. 30.\n(단위: 천원)\n\n" + BUDGET + "\n" + NEXT, layout)
    assert [(c.status, c.grade, c.headcount, c.as_of) for c in r.staffing[:2]] == [
        ("정원", "계", 10, MAY_31), ("정원", "5급", 1, MAY_31)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.as_of) for b in r.budget] == [
        ("계", 1_500_000, 600_000, dt.date(2025, 4, 30)), ("청사 관리", 1_000_000, 400_000, dt.date(2025, 4, 30)),
        ("의회 지원", 500_000, 200_000, dt.date(2025, 4, 30))]
    assert general_text(r) == "2 인 력 4 예산현황 9 주요 행사 구민의 날 행사를 개최함"


@pytest.mark.parametrize("date", ["2025. 5. 31. 기준", "(단위: 명)   2025. 5. 31. 기준"])
def test_a_date_printed_right_aligned_over_a_table_as_pdftotext_prints_it(date):
    """`pdftotext -layout`: the date at the right of the line right above the table, no blank line between."""
    laid_out = space_aligned(COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\nDATE\n\n" + STAFF + "\n" + NEXT)
    r = extract(laid_out.replace("DATE\n\n", " " * 30 + date + "\n"), "as printed")
    assert len(r.staffing) == 12 and {c.as_of for c in r.staffing} == {MAY_31}
    assert general_text(r) == "2 인 력 9 주요 행사 구민의 날 행사를 개최함"


@pytest.mark.parametrize("lines", [["2025. 5. 31. 기준"], ["기준일 : 2025.5.31."], ["2025. 5. 31. 기준", "(단위: 명)"],
                                   ["(단위: 명)  2025. 5. 31. 기준"]])
def test_a_pdf_printing_a_bare_date_over_its_tables(lines, tmp_path):
    """Drawn as scripts/make_pdfs.py draws a report, the lines right above each table as given."""
    pdfs = make_pdfs()
    source = tmp_path / "t.txt"
    source.write_text(COVER.replace("# ", "").replace("## ", "") + "Ⅰ. 일반현황\n2. 인력 현황\n" + STAFF
                      + "\n5. 상호결연도시 현황\n" + TWINS + "\n9. 주요 행사\n구민의 날 행사를 개최함\n",
                      encoding="utf-8")
    drawn = []
    for flowable in pdfs.flowables(pdfs.read_document(source), "grid"):
        if isinstance(flowable, DrawnTable):
            drawn += [Paragraph(pdfs.printed(line), pdfs.UNIT) for line in lines]
        drawn.append(flowable)
    SimpleDocTemplate(str(tmp_path / "t.pdf"), pagesize=pdfs.PAGE).build(drawn)
    r = extract_file(tmp_path / "t.pdf")
    assert len(r.staffing) == 12 and {c.as_of for c in r.staffing} == {MAY_31}
    assert [(t.rows[2][0], t.as_of) for t in r.tables] == [("춘천시", MAY_31)]
    assert general_text(r) == "2. 인력 현황 5. 상호결연도시 현황 9. 주요 행사 구민의 날 행사를 개최함"


def test_a_bare_date_between_two_tables_dates_the_one_below():
    r = twins(TWINS + "\n2025. 5. 31. 기준\n\n")
    assert [t.as_of for t in r.tables] == [None, MAY_31]
    assert "기준" not in general_text(r)


def test_a_bare_date_under_the_last_table_dates_it_as_a_note_under_it_does():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 5 상호결연도시 현황\n\n" + TWINS + "\n2025. 5. 31. 기준\n\n" + NEXT)
    assert [t.as_of for t in r.tables] == [MAY_31]
    assert general_text(r) == "5 상호결연도시 현황 9 주요 행사 구민의 날 행사를 개최함"


def test_a_bare_date_with_no_table_near_it_stays_text():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 5 결연 현황\n\n결연도시는 2개임\n\n2025. 5. 31. 기준\n\n" + NEXT)
    assert general_text(r) == "5 결연 현황 결연도시는 2개임 2025. 5. 31. 기준 9 주요 행사 구민의 날 행사를 개최함"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("line", ["(단위: 개) 2025. 5. 31. 기준", "(단위: 개) 기준일: 2025. 5. 31."])
def test_a_unit_line_printing_a_date_with_no_table_after_it_stays_text(line, layout):
    """Before, the line went (its unit and date waiting for a table that never came): the date was lost."""
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 5 결연 현황\n\n" + line + "\n\n결연도시는 2개임\n\n" + NEXT, layout)
    assert general_text(r) == f"5 결연 현황 {line} 결연도시는 2개임 9 주요 행사 구민의 날 행사를 개최함"
    assert r.tables == []


def test_a_unit_line_printing_a_date_is_kept_where_the_next_unit_line_takes_its_place():
    r = twins("(단위: 개)  2025. 4. 30. 기준\n\n결연도시는 2개임\n\n(단위: 개)  2025. 5. 31. 기준\n\n")
    assert [(t.unit, t.as_of) for t in r.tables] == [("개", MAY_31)]
    assert general_text(r) == ("5 상호결연도시 현황 (단위: 개) 2025. 4. 30. 기준 결연도시는 2개임 9 주요 행사 "
                               "구민의 날 행사를 개최함")
