"""Staffing tables that print no status, beyond teams by grades (`test_staffing_by_office`): teams by classes
(`팀 별 | 계 | 일반직 | 공무직`) or by grades beside a class (`5급 | 6급 | 7급 | 공무직`), each count of its team and
its class; a 국's teams under their 과 (`과 | 팀 | 계 | 5급 …`, the 과 merged down its rows, its `소 계` row its
own), each team's count of its 과 too (`division`); and a `인력 현황` of classes by grades (`구 분 | 계 | 5급` over
`일반직 | …`). In the 인력 section, or under a caption naming staff (`직원 현황`), each counts 현원, said by the info
finding `staffing.status_assumed`, and its sums are checked: each row's 계 its columns', each column's 계 row (or
과's row) its offices'. Before, each was a generic grid."""

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from checks.staffing import by_table, headcount
from extractors import extract_report
from pipeline.db import Database, connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.corpus import as_old_schema
from tests.layouts import read_laid_out
from tests.test_staffing_by_office import ASSUMED, COVER, PART, findings, records

LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


def tab_rows(*rows: tuple) -> str:
    """Rows as a tab table, a 0 printed `-`."""
    return "".join("\t".join(str(cell) if cell != 0 else "-" for cell in row) + "\n" for row in rows)


# teams by classes: 일반직 and 공무직
BY_CLASS = tab_rows(("팀 별", "계", "일 반 직", "공 무 직"), ("계", 23, 20, 3), ("교통정책팀", 7, 6, 1),
                    ("주차관리팀", 9, 7, 2), ("교통지도팀", 7, 7, 0))
BY_CLASS_RECORDS = sorted(
    ("현원", office, job_class, "계", count) for office, counts in
    {"": (23, 20, 3), "교통정책팀": (7, 6, 1), "주차관리팀": (9, 7, 2), "교통지도팀": (7, 7, 0)}.items()
    for job_class, count in zip(("계", "일반직", "공무직"), counts, strict=True))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_by_class_count_each_teams_class(layout, tmp_path):
    r = read_laid_out(COVER + PART + BY_CLASS, layout, tmp_path)
    assert records(r) == BY_CLASS_RECORDS
    assert ("현원", "주차관리팀", "공무직", "계", 2) in records(r)
    assert ("현원", "교통지도팀", "공무직", "계", 0) in records(r)  # printed `-`
    assert r.tables == [] and findings(r) == [ASSUMED]
    (found,) = run_checks(r)
    assert found.message == "표에 정원·현원이 적혀 있지 않아 팀(과)별 인원을 현원으로 보았습니다"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_total_of_a_team_and_of_a_class_is_found(layout, tmp_path):
    """주차관리팀's 계 printed 10 (its classes make 9), and the 계 row's 공무직 4 (the teams' make 3)."""
    text = BY_CLASS.replace("주차관리팀\t9", "주차관리팀\t10").replace("계\t23\t20\t3", "계\t24\t20\t4")
    r = read_laid_out(COVER + PART + text, layout, tmp_path)
    assert ("현원", "주차관리팀", "계", "계", 10) in records(r) and ("현원", "", "공무직", "계", 4) in records(r)
    # the one cell that makes both sums agree, 주차관리팀's 공무직 (before, the team's 계 and the 계 row's 공무직)
    assert findings(r) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "주차관리팀 공무직 계", "3", "2")])
    wrong = {f.column: f.message for f in run_checks(r) if f.rule == "sum.staffing"}
    assert wrong["주차관리팀 공무직 계"] == (
        "현원 주차관리팀 공무직 계 인원이 표의 합계·과부족과 맞지 않습니다 (표기 2, 그 셈에 맞는 값 3)")


# teams by grades, and 공무직 beside them
BESIDE_GRADES = tab_rows(("팀 별", "계", "5급", "6급", "7급", "공무직"), ("계", 23, 1, 6, 13, 3),
                         ("교통정책팀", 7, 1, 1, 4, 1), ("주차관리팀", 9, 0, 3, 4, 2), ("교통지도팀", 7, 0, 2, 5, 0))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_by_grades_beside_a_class(layout, tmp_path):
    r = read_laid_out(COVER + PART + BESIDE_GRADES, layout, tmp_path)
    teams = [c for c in r.staffing if c.office == "주차관리팀"]
    assert sorted((c.job_class, c.grade, c.headcount) for c in teams) == [
        ("계", "5급", 0), ("계", "6급", 3), ("계", "7급", 4), ("계", "계", 9), ("공무직", "계", 2)]
    assert len(r.staffing) == 20 and r.tables == [] and findings(r) == [ASSUMED]


def test_teams_by_grades_beside_a_class_with_a_wrong_grade(tmp_path):
    """교통정책팀's 6급 printed 2: its 계 (7) is no longer its grades' and 공무직's sum, nor the 계 row's 6급 (6)
    the teams'."""
    text = BESIDE_GRADES.replace("교통정책팀\t7\t1\t1", "교통정책팀\t7\t1\t2")
    r = read_laid_out(COVER + PART + text, "tab", tmp_path)
    assert findings(r) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "교통정책팀 계 6급", "1", "2")])


# a 국's teams under their 과, each 과's 소계 on its own row
UNDER_DIVISIONS = tab_rows(("과", "팀", "계", "5급", "6급", "7급"), ("계", "", 23, 2, 6, 15),
                           ("총무과", "소 계", 14, 1, 4, 9), ("", "총무팀", 8, 1, 2, 5), ("", "인사팀", 6, 0, 2, 4),
                           ("민원과", "소 계", 9, 1, 2, 6), ("", "민원팀", 9, 1, 2, 6))
UNDER_DIVISIONS_TOTALS = {"": (23, 2, 6, 15), "총무과": (14, 1, 4, 9), "총무과 총무팀": (8, 1, 2, 5),
                          "총무과 인사팀": (6, 0, 2, 4), "민원과": (9, 1, 2, 6), "민원과 민원팀": (9, 1, 2, 6)}


def under_divisions(counts=UNDER_DIVISIONS_TOTALS) -> list[tuple[str, str, str, str, int]]:
    return sorted(("현원", office, "계", grade, count) for office, row in counts.items()
                  for grade, count in zip(("계", "5급", "6급", "7급"), row, strict=True))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_under_their_division(layout, tmp_path):
    r = read_laid_out(COVER + PART + UNDER_DIVISIONS, layout, tmp_path)
    assert records(r) == under_divisions()
    (clerks,) = (c for c in r.staffing if c.office == "인사팀" and c.grade == "6급")
    assert (clerks.division, clerks.headcount) == ("총무과", 2)
    assert {c.division for c in r.staffing if c.office == "총무과"} == {None}
    assert r.tables == [] and findings(r) == [ASSUMED]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_teams_under_their_division_with_a_wrong_subtotal(layout, tmp_path):
    """총무과's 소계 7급 printed 10 (its teams make 9): its 계 is no longer its grades' sum either, and the 계 row's
    7급 (15) is still the 과s' (10 + 6 would make 16)."""
    text = UNDER_DIVISIONS.replace("총무과\t소 계\t14\t1\t4\t9", "총무과\t소 계\t14\t1\t4\t10")
    r = read_laid_out(COVER + PART + text, layout, tmp_path)
    # the 소계's 7급 alone, which its teams, its 계 and the 계 row's 7급 agree on
    assert findings(r) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "총무과 7급", "9", "10")])


def test_teams_under_their_division_printing_no_subtotal_add_up_to_the_total(tmp_path):
    """The 과 printed on its first team's row, no 소 계: each team is the 과's, and the 계 row their sum."""
    text = tab_rows(("과", "팀", "계", "5급", "6급", "7급"), ("계", "", 23, 2, 6, 15),
                    ("총무과", "총무팀", 8, 1, 2, 5), ("", "인사팀", 6, 0, 2, 4), ("민원과", "민원팀", 9, 1, 2, 6))
    r = read_laid_out(COVER + PART + text, "tab", tmp_path)
    counts = {k: v for k, v in UNDER_DIVISIONS_TOTALS.items() if k not in ("총무과", "민원과")}
    assert records(r) == under_divisions(counts) and findings(r) == [ASSUMED]
    wrong = read_laid_out(COVER + PART + text.replace("계\t\t23", "계\t\t24"), "tab", tmp_path)
    assert findings(wrong) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "계", "23", "24")])


# a 인력 현황 of classes by grades
CLASSES_BY_GRADES = tab_rows(("구 분", "계", "5급", "6급", "7급"), ("계", 23, 1, 6, 16), ("일 반 직", 20, 1, 6, 13),
                             ("공 무 직", 3, 0, 0, 3))
CLASSES_BY_GRADES_RECORDS = sorted(
    ("현원", "", job_class, grade, count) for job_class, row in
    {"계": (23, 1, 6, 16), "일반직": (20, 1, 6, 13), "공무직": (3, 0, 0, 3)}.items()
    for grade, count in zip(("계", "5급", "6급", "7급"), row, strict=True))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("part", [PART, "# Ⅰ. 일반현황\n\n## 3 직원 현황\n\n", "# Ⅰ. 일반현황\n\n□ 공무원 현황\n\n"],
                         ids=["staffing-section", "staff-heading", "staff-caption"])
def test_classes_by_grades_printing_no_status_count_the_staff_on_the_rolls(part, layout, tmp_path):
    r = read_laid_out(COVER + part + CLASSES_BY_GRADES, layout, tmp_path)
    assert records(r) == CLASSES_BY_GRADES_RECORDS
    assert r.tables == [] and findings(r) == [ASSUMED]
    (found,) = run_checks(r)
    assert found.message == "표에 정원·현원이 적혀 있지 않아 인원을 현원으로 보았습니다"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_classes_by_grades_with_a_wrong_total(layout, tmp_path):
    """일반직's 계 printed 21 (its grades make 20): its own sum alone, the 계 (23) being 20 + 3, what the grades
    make (before, the 계 column's too, expected the printed 21 + 3); a 계 wrong as well (25) is found expected 23."""
    text = CLASSES_BY_GRADES.replace("일 반 직\t20", "일 반 직\t21")
    r = read_laid_out(COVER + PART + text, layout, tmp_path)
    assert ("현원", "", "일반직", "계", 21) in records(r)
    assert findings(r) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "일반직 계", "20", "21")])
    both = read_laid_out(COVER + PART + text.replace("계\t23", "계\t25"), layout, tmp_path)
    assert findings(both) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "일반직 계", "20", "21"),
                                     ("sum.staffing", "error", "현원", "계", "23", "25")])


@pytest.mark.parametrize(("part", "table"), [
    ("# Ⅰ. 일반현황\n\n## 3 조직 현황\n\n", BY_CLASS),  # no heading naming staff
    ("# Ⅰ. 일반현황\n\n## 3 조직 현황\n\n", CLASSES_BY_GRADES),
    (PART, BY_CLASS.replace("교통정책팀", "신길1동").replace("주차관리팀", "신길3동").replace("교통지도팀", "대림2동")),
    (PART, UNDER_DIVISIONS.replace("총무팀", "신길1동")),  # a 동 under a 과: the 동s' staff
], ids=["teams-elsewhere", "classes-elsewhere", "dongs", "dong-under-a-division"])
def test_tables_that_are_not_the_departments_staff_on_the_rolls_stay_grids(part, table, tmp_path):
    r = read_laid_out(COVER + part + table, "tab", tmp_path)
    assert r.staffing == [] and len(r.tables) == 1 and findings(r) == []


def test_beside_the_staffing_table_teams_by_class_stay_a_grid(tmp_path):
    """The 인력 table counts 현원: the teams' table breaks the same staff down again."""
    full = "□ 직렬별 인력\n\n구 분\t정 원\t현 원\t과부족\n계\t24\t23\t△1\n일반직\t21\t20\t△1\n공무직\t3\t3\t-\n\n"
    r = read_laid_out(COVER + PART + full + "□ 팀별 인력 현황\n\n" + BY_CLASS, "tab", tmp_path)
    assert {c.office for c in r.staffing} == {None} and len(r.staffing) == 9
    (grid,) = r.tables
    assert grid.rows[0] == ["팀 별", "계", "일 반 직", "공 무 직"]


def test_loaded_with_each_teams_office_and_the_totals_of_a_table_printing_no_total_row(tmp_path):
    """The database keeps each count's team and 과; `staffing_totals` gives the 계 row's, or with none printed, the
    sum of the 과s (their teams counted in them once)."""
    db = connect(tmp_path / "t.db")
    for name, table in (("a", UNDER_DIVISIONS), ("b", "\n".join(UNDER_DIVISIONS.split("\n")[:1] +
                                                               UNDER_DIVISIONS.split("\n")[2:]))):
        (tmp_path / name).mkdir()
        r = read_laid_out(COVER + PART + table, "tab", tmp_path / name)
        load_report(db, r, f"sha-{name}", run_checks(r))
    assert db.execute("SELECT division, office, headcount FROM staffing WHERE document_id = 1 AND grade = '6급' "
                      "ORDER BY id").fetchall() == [
        (None, None, 6), (None, "총무과", 4), ("총무과", "총무팀", 2), ("총무과", "인사팀", 2), (None, "민원과", 2),
        ("민원과", "민원팀", 2)]
    assert db.execute("SELECT document_id, status, headcount FROM staffing_totals ORDER BY document_id").fetchall() == [
        (1, "현원", 23), (2, "현원", 23)]


# a 계 row printing each grade's sum and no 계 (no 계 column), its 7급 13 where the teams make 12
GRADES_ALONE = tab_rows(("팀 별", "5급", "6급", "7급"), ("계", 1, 6, 13), ("교통정책팀", 1, 1, 4),
                        ("주차관리팀", 0, 3, 4), ("교통지도팀", 0, 2, 4))
# a 국's 과s each printing its `소 계` row and no 계 row, 총무과's 7급 10 where its teams make 9 (its 계 15 its own)
SUBTOTALS_ALONE = tab_rows(("과", "팀", "계", "5급", "6급", "7급"), ("총무과", "소 계", 15, 1, 4, 10),
                           ("", "총무팀", 8, 1, 2, 5), ("", "인사팀", 6, 0, 2, 4), ("민원과", "소 계", 9, 1, 2, 6),
                           ("", "민원팀", 9, 1, 2, 6))
# both: no 계 column, the 계 row's 7급 17 where the 과s' make 16, 총무과's 10 where its teams make 9
GRADES_OVER_SUBTOTALS = tab_rows(("과", "팀", "5급", "6급", "7급"), ("계", "", 2, 6, 17),
                                 ("총무과", "소 계", 1, 4, 10), ("", "총무팀", 1, 2, 5), ("", "인사팀", 0, 2, 4),
                                 ("민원과", "소 계", 1, 2, 6), ("", "민원팀", 1, 2, 6))
PRINTING_NO_TOTAL = {"grades-alone": (GRADES_ALONE, 19, [("계 7급", "12", "13")]),
                     "subtotals-alone": (SUBTOTALS_ALONE, 24, [("총무과 7급", "9", "10")]),
                     "grades-over-subtotals": (GRADES_OVER_SUBTOTALS, 24, [("계 7급", "16", "17"),
                                                                          ("총무과 7급", "9", "10")])}


def loaded(table: str, layout: str, tmp_path) -> tuple[list, Database]:
    r = read_laid_out(COVER + PART + table, layout, tmp_path)
    db = connect(tmp_path / "t.db")
    load_report(db, r, "sha-1", run_checks(r))
    return r, db


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("shape", PRINTING_NO_TOTAL)
def test_a_table_by_office_printing_no_total_counts_as_the_database_counts_it(shape, layout, tmp_path):
    """A table by office printing no 계 counts its offices' staff, each once: a 계 row printing only its grades'
    sums (`계 | 1 | 6 | 13`) counts its teams' (19, not the grades' 20), and a 과's `소 계` row with no 계 row counts
    in place of its teams' (15 + 9, not 8 + 6 + 9), also under such a 계 row. `checks.staffing.headcount` (which
    `cross.staffing_line` compares a stated head count with) and the `staffing_totals` view count alike; before, the
    check counted the 계 row's grades (20, 25), the view a 과's teams (23). Each wrong sum is found as before."""
    table, total, wrong = PRINTING_NO_TOTAL[shape]
    r, db = loaded(table, layout, tmp_path)
    (cells,) = by_table(r.staffing).values()
    assert headcount(cells, "현원")[0] == total
    assert db.execute("SELECT status, headcount FROM staffing_totals").fetchall() == [("현원", total)]
    assert findings(r) == sorted([ASSUMED, *(("sum.staffing", "error", "현원", *cells) for cells in wrong)])


def test_a_database_of_schema_33_counts_a_divisions_subtotal_once_opened(tmp_path):
    """Schema 33's view counted the teams of a 과 printing its `소 계` (23); opened, it counts the 과's row (24)."""
    _r, db = loaded(SUBTOTALS_ALONE, "tab", tmp_path)
    db.close()
    as_old_schema(tmp_path / "t.db", 33)
    old = sqlite3.connect(tmp_path / "t.db")
    assert old.execute("SELECT headcount FROM staffing_totals").fetchall() == [(23,)]
    old.close()
    assert connect(tmp_path / "t.db").execute("SELECT headcount FROM staffing_totals").fetchall() == [(24,)]


def test_show_prints_a_row_for_each_office(cli, tmp_path):
    (tmp_path / "2025-t.txt").write_text(COVER + PART + UNDER_DIVISIONS, encoding="utf-8")
    assert cli("ingest", "2025-t.txt", "--db", "t.db")[0] == 0
    code, shown = cli("show", "1", "--db", "t.db")
    assert code == 0 and "부서" in shown
    lines = [line.split("│") for line in shown.splitlines()]
    assert [cell.strip() for cell in next(line for line in lines if "인사팀" in "".join(line))][1:7] == [
        "현원", "총무과 인사팀", "6", "0", "2", "4"]


@settings(max_examples=40, deadline=None)
@given(divisions=st.dictionaries(
    st.sampled_from(["총무과", "민원과", "감사담당관"]),
    st.dictionaries(st.sampled_from(["인사팀", "재무팀", "민원팀", "서무계"]), st.tuples(st.integers(0, 30),
                                                                                   st.integers(0, 9)),
                    min_size=1, max_size=3), min_size=1, max_size=3))
def test_any_teams_by_class_under_their_division_are_read_as_printed(divisions):
    """`과 | 팀 | 계 | 일반직 | 공무직`, each 과's 소 계 over its teams, 0 printed `-`: every count as printed and no
    finding but the assumption (a team's name may repeat under two 과s: each is of its own)."""
    rows = [("과", "팀", "계", "일반직", "공무직")]
    expected_counts = {}
    for division, teams in divisions.items():
        sums = tuple(sum(counts[k] for counts in teams.values()) for k in range(2))
        rows.append((division, "소 계", sum(sums), *sums))
        expected_counts[division] = (sum(sums), *sums)
        for team, counts in teams.items():
            rows.append(("", team, sum(counts), *counts))
            expected_counts[f"{division} {team}"] = (sum(counts), *counts)
    totals = tuple(sum(expected_counts[division][k] for division in divisions) for k in range(3))
    rows.insert(1, ("계", "", *totals))
    expected_counts[""] = totals
    r = extract_report(read_text("t.txt", (COVER + PART + tab_rows(*rows)).encode()))
    assert records(r) == sorted(("현원", office, job_class, "계", count) for office, counts in expected_counts.items()
                                for job_class, count in zip(("계", "일반직", "공무직"), counts, strict=True))
    assert findings(r) == [ASSUMED]


# a class spanning its grades over two header rows, beside a class of none; 0 printed `-`
SPANNED_BODY = tab_rows(("계", 23, 1, 6, 13, 3), ("교통정책팀", 7, 1, 1, 4, 1), ("주차관리팀", 9, 0, 3, 4, 2),
                        ("교통지도팀", 7, 0, 2, 5, 0))
SPANNING_HEADERS = {
    "class-over-grades": "팀 별\t계\t일 반 직\t\t\t공무직\n\t\t5급\t6급\t7급\t\n",
    # `직 급` over the classes, or over the whole header: it names the breakdown, no class
    "breakdown-over-classes": "팀 별\t계\t직 급\t\t\t\n\t\t일 반 직\t\t\t공 무 직\n\t\t5급\t6급\t7급\t\n",
    "breakdown-over-all": "팀 별\t직 급\t\t\t\t\n\t계\t일 반 직\t\t\t공무직\n\t\t5급\t6급\t7급\t\n",
    # `직 급` between the class and its grades: passed over
    "breakdown-under-the-class": "팀 별\t계\t일 반 직\t\t\t공무직\n\t\t직 급\t\t\t\n\t\t5급\t6급\t7급\t\n",
    # the labels merged down the header printed on its middle line, beside `직 급` (as `pdftotext -layout` prints them)
    "breakdown-beside-merged-labels": "\t\t일 반 직\t\t\t\n팀 별\t계\t직 급\t\t\t공무직\n\t\t5급\t6급\t7급\t\n",
    "corner-over-two-rows": "구 분\t계\t일 반 직\t\t\t공무직\n팀 별\t\t5급\t6급\t7급\t\n",
}
SPANNED = {"": (23, 3, 1, 6, 13), "교통정책팀": (7, 1, 1, 1, 4), "주차관리팀": (9, 2, 0, 3, 4),
           "교통지도팀": (7, 0, 0, 2, 5)}
SPANNED_RECORDS = sorted(("현원", office, *labels, count) for office, counts in SPANNED.items()
                         for labels, count in zip((("계", "계"), ("공무직", "계"), ("일반직", "5급"), ("일반직", "6급"),
                                                   ("일반직", "7급")), counts, strict=True))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("header", SPANNING_HEADERS)
def test_a_class_spanning_its_grades_counts_them(header, layout, tmp_path):
    r = read_laid_out(COVER + PART + SPANNING_HEADERS[header] + SPANNED_BODY, layout, tmp_path)
    # space-aligned, `직 급` centred alone on the middle line heads the grades it stands over (before, the 계 column
    # too, which the reader gave it: a grid)
    assert records(r) == SPANNED_RECORDS
    assert r.tables == [] and findings(r) == [ASSUMED]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("header", ["class-over-grades", "breakdown-under-the-class", "breakdown-beside-merged-labels"])
def test_a_class_spanning_its_grades_with_a_wrong_grade(header, layout, tmp_path):
    """교통지도팀's 6급 printed 3: its 계 (7) is no longer its columns' sum, nor the 계 row's 일반직 6급 (6) the
    teams'."""
    text = SPANNED_BODY.replace("교통지도팀\t7\t-\t2", "교통지도팀\t7\t-\t3")
    r = read_laid_out(COVER + PART + SPANNING_HEADERS[header] + text, layout, tmp_path)
    assert findings(r) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "교통지도팀 일반직 6급", "2", "3")])


# rendered by `pdftotext -layout` (poppler 22.12) from a PDF drawn with reportlab, 10pt: `팀 별`, `계` and `공무직`
# merged down the header's three lines, printed on the middle one beside `직 급`
PDFTOTEXT_THREE_LINES = """\
                          일반직
팀별           계            직급                 공무직
                 5급        6급       7급
계       23            1         6    13        3
교통정책팀    7            1         1        4     1
주차관리팀    9            -         3        4     2
교통지도팀    7            -         2        5     -
"""


def test_a_three_line_header_as_pdftotext_prints_it_counts_the_class_by_grade():
    """Before, `일반직` went to the 계 column (a total on the line below it) and the grades were the 계 class's."""
    r = extract_report(read_text("t.txt", (COVER + PART + PDFTOTEXT_THREE_LINES).encode()))
    assert records(r) == SPANNED_RECORDS
    assert r.tables == [] and findings(r) == [ASSUMED]


def test_a_breakdown_label_over_grades_and_no_class_leaves_them_the_totals(tmp_path):
    """`직 급` over `5급 | 6급 | 7급` beside `공무직`, no class printed over the grades: grades of the 계 class."""
    header = "팀 별\t계\t직 급\t\t\t공무직\n\t\t5급\t6급\t7급\t\n"
    r = read_laid_out(COVER + PART + header + SPANNED_BODY, "tab", tmp_path)
    assert records(r) == sorted((status, office, "계" if job_class == "일반직" else job_class, grade, count)
                                for status, office, job_class, grade, count in SPANNED_RECORDS)
