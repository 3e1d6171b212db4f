"""The database's views as users query them: `reports` (one document per report) and `staffing_totals` (each
staffing table's head count), and the findings counted per report as well as per file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline.db import SCHEMA_VERSION, connect
from pipeline.extract import extract_file
from pipeline.load import load_report
from tests.conftest import SAMPLES
from tests.corpus import as_old_schema
from tests.test_council import readme_queries


def csv_rows(cli, sql: str) -> list[str]:
    code, output = cli("query", sql, "--csv")
    assert code == 0, output
    return output.splitlines()


# --- reports: a department's two reports of a year ----------------------------------------------------------

BUDGET = "Ⅰ. 일반현황\n\n1. 예산현황\n\n({as_of} 기준, 단위: 천원)\n단위사업명\t예산액\t집행액\t집행률(%)\n{lines}\n"
JUNE = ("제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
        + BUDGET.format(as_of="’25. 5. 31.", lines="계\t5,200,000\t1,300,000\t25.0\n"
                        "쾌적한 청사 관리\t3,800,000\t760,000\t20.0\n인사·조직 운영\t1,400,000\t540,000\t38.6")
        + "Ⅱ. 주요업무 추진실적\n\n① 청사 리모델링 공사 (청사관리팀)\n\n"
        "노후 청사를 리모델링하여 안전하고 쾌적한 민원 공간을 만들고자 함\n\n□ 추진실적\n  - 1단계 공사: 1월~5월\n")
NOVEMBER = ("제305회 한빛구의회 제2차 정례회\n\n2025. 11. 20. ~ 12. 16.\n\n"
            "2025년도 행정사무감사 업무보고\n\n총 무 과\n\n"
            + BUDGET.format(as_of="’25. 10. 31.", lines="계\t5,300,000\t4,100,000\t77.4\n"
                            "쾌적한 청사 관리\t3,900,000\t3,000,000\t76.9\n인사·조직 운영\t1,400,000\t1,100,000\t78.6")
            + "Ⅱ. 주요업무 추진실적\n\n① 공무원 노동조합 단체교섭 (인사팀)\n\n"
            "공무원 노동조합과 단체교섭을 성실히 진행하고자 함\n\n□ 추진실적\n  - 단체협약 체결: 9월\n")


def test_a_departments_june_and_november_reports_of_one_year_are_two_reports(cli, tmp_path):
    """Before, the view kept one document per department, year and council: the report loaded last hid the
    other, whose project was found by no search and whose 25.0% was in no query."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2025-1-chongmu.txt").write_text(JUNE, encoding="utf-8")
    (folder / "2025-2-chongmu-gamsa.txt").write_text(NOVEMBER, encoding="utf-8")
    assert cli("ingest", folder, "--workers", "1")[0] == 0
    assert csv_rows(cli, "SELECT id, department, year, council_session, session_start FROM reports ORDER BY id") == [
        "id,department,year,council_session,session_start",
        "1,총무과,2025,제300회 한빛구의회 제1차 정례회,2025-06-10",
        "2,총무과,2025,제305회 한빛구의회 제2차 정례회,2025-11-20"]
    code, output = cli("search", "리모델링")
    assert code == 0 and "1. 청사 리모델링 공사" in output
    under_30, _ = readme_queries()
    assert csv_rows(cli, under_30) == ["council,office,department,year,dated_as_of,dated_by,execution_rate",
                                       "한빛구의회,,총무과,2025,2025-05-31,budget table,25.0"]


PLAN = ("□ 2026년 예산(안)\n\n(단위: 천원)\n단위사업명\t2026년 예산액\t2025년 예산액\n계\t5,500,000\t5,200,000\n"
        "쾌적한 청사 관리\t4,100,000\t3,800,000\n인사·조직 운영\t1,400,000\t1,400,000\n\n□ 예산 집행현황\n\n")
PLAN_FIRST = JUNE.replace("1. 예산현황\n\n", "1. 예산현황\n\n" + PLAN, 1)


def test_the_execution_rate_question_reads_the_first_budget_table_that_prints_spending(cli, tmp_path):
    """A budget printing no 집행액 (next year's plan beside this year's) before the year's execution: `budget_totals`
    holds the execution table's 계, and the README's question finds the department's 25.0% (asking for table 1
    found the plan, and nothing). The plan's column gives lines of 2026, a table of their own (table 2), printing
    no 집행액 either."""
    (tmp_path / "2025-chongmu.txt").write_text(PLAN_FIRST, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.txt", "--workers", "1")[0] == 0
    assert csv_rows(cli, "SELECT table_no, budget_year, name, budget_krw, executed_krw FROM budget_lines "
                         "WHERE name = '계'") == [
        "table_no,budget_year,name,budget_krw,executed_krw", "1,,계,5200000000,", "2,2026,계,5500000000,",
        "3,,계,5200000000,1300000000"]
    assert csv_rows(cli, "SELECT * FROM budget_totals") == [
        "document_id,table_no,as_of,budget_krw,executed_krw,execution_rate,dated_as_of,dated_by",
        "1,3,2025-05-31,5200000000,1300000000,25.0,2025-05-31,budget table"]
    under_30, _ = readme_queries()
    assert csv_rows(cli, under_30) == ["council,office,department,year,dated_as_of,dated_by,execution_rate",
                                       "한빛구의회,,총무과,2025,2025-05-31,budget table,25.0"]


ONE_LINE = JUNE.replace("계\t5,200,000\t1,300,000\t25.0\n", "").replace("인사·조직 운영\t1,400,000\t540,000\t38.6", "")
NO_TOTAL = JUNE.replace("계\t5,200,000\t1,300,000\t25.0\n", "")


@pytest.mark.parametrize(("text", "figures"), [(ONE_LINE, "3800000000,760000000,20.0"),
                                               (NO_TOTAL, "5200000000,1300000000,25.0")])
def test_a_budget_table_printing_no_total_gives_the_sum_of_its_lines(cli, tmp_path, text, figures):
    """A department of one 단위사업 prints its line alone, another its lines with no 계: `budget_totals` holds their
    sum, so the README's question finds the department (before: no row, and the question missed it)."""
    (tmp_path / "2025-chongmu.txt").write_text(text, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.txt", "--workers", "1")[0] == 0
    assert csv_rows(cli, "SELECT count(*) FROM budget_lines WHERE name = '계'") == ["count(*)", "0"]
    assert csv_rows(cli, "SELECT * FROM budget_totals") == [
        "document_id,table_no,as_of,budget_krw,executed_krw,execution_rate,dated_as_of,dated_by",
        f"1,1,2025-05-31,{figures},2025-05-31,budget table"]
    under_30, _ = readme_queries()
    assert csv_rows(cli, under_30) == ["council,office,department,year,dated_as_of,dated_by,execution_rate",
                                       f"한빛구의회,,총무과,2025,2025-05-31,budget table,{figures[-4:]}"]


# a 정책사업 printing no line of its own (도로 유지관리) over its one 단위사업 (도로 보수), beside one that prints its
# 소계 over two, and no 계
THREE_LEVELS = (JUNE.split("Ⅰ. 일반현황")[0] + "Ⅰ. 일반현황\n\n1. 예산현황\n\n(단위: 천원)\n"
                "정책사업\t단위사업\t예산액\t집행액\t집행률(%)\n청사 관리\t소 계\t3,000,000\t900,000\t30.0\n"
                "\t청사 유지\t1,000,000\t300,000\t30.0\n\t청사 보수\t2,000,000\t600,000\t30.0\n"
                "도로 유지관리\t도로 보수\t700,000\t250,000\t35.7\n")


def test_a_budget_table_printing_no_total_sums_a_line_whose_group_prints_none(cli, tmp_path):
    """Without a 계, 도로 보수 is a line of the top level as 청사 관리 is: its 정책사업 prints no line of its own
    (before: the view left it out, 3,000,000천원 for 3,700,000천원)."""
    (tmp_path / "2025-chongmu.txt").write_text(THREE_LEVELS, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.txt", "--workers", "1")[0] == 0
    assert csv_rows(cli, "SELECT name, parent FROM budget_lines") == [
        "name,parent", "청사 관리,", "청사 유지,청사 관리", "청사 보수,청사 관리", "도로 보수,도로 유지관리"]
    assert csv_rows(cli, "SELECT budget_krw, executed_krw, execution_rate FROM budget_totals") == [
        "budget_krw,executed_krw,execution_rate", "3700000000,1150000000,31.1"]


def test_a_budget_line_printing_no_spending_leaves_the_sum_unknown(cli, tmp_path):
    """Of lines with no 계, one printing no 집행액: their sum would be short of the spending, so there is no row."""
    text = NO_TOTAL.replace("인사·조직 운영\t1,400,000\t540,000\t38.6", "인사·조직 운영\t1,400,000\t\t")
    (tmp_path / "2025-chongmu.txt").write_text(text, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.txt", "--workers", "1")[0] == 0
    assert csv_rows(cli, "SELECT name, executed_krw FROM budget_lines") == [
        "name,executed_krw", "쾌적한 청사 관리,760000000", "인사·조직 운영,"]
    assert csv_rows(cli, "SELECT * FROM budget_totals") == [
        "document_id,table_no,as_of,budget_krw,executed_krw,execution_rate,dated_as_of,dated_by"]


# a budget printing this year's and last year's, no 집행액 (`단위사업 | 2025년 예산 | 2024년 예산 | 증감`); with no 계;
# and after a plan of next year's
SPENT = ("단위사업명\t예산액\t집행액\t집행률(%)\n계\t5,200,000\t1,300,000\t25.0\n"
         "쾌적한 청사 관리\t3,800,000\t760,000\t20.0\n인사·조직 운영\t1,400,000\t540,000\t38.6")
BUDGETED = ("단위사업\t2025년 예산\t2024년 예산\t증 감\n계\t5,200,000\t5,000,000\t200,000\n"
            "쾌적한 청사 관리\t3,800,000\t3,700,000\t100,000\n인사·조직 운영\t1,400,000\t1,300,000\t100,000")
NO_SPENDING = JUNE.replace(SPENT, BUDGETED)
NO_SPENDING_NO_TOTAL = NO_SPENDING.replace("계\t5,200,000\t5,000,000\t200,000\n", "")


@pytest.mark.parametrize("text", [NO_SPENDING, NO_SPENDING_NO_TOTAL, PLAN_FIRST.replace(SPENT, BUDGETED)])
def test_a_budget_printing_no_spending_is_the_department_s_budget(cli, tmp_path, text):
    """A department whose budget tables print no 집행액 still has a budget: `budget_totals` holds its year's (its
    계, or its lines' sum), spending and rate unknown, so "each department's 2025 budget" lists it (before: no
    row, 문화체육과's 6,820백만원 missing from the answer). Not next year's plan printed before it (5,500,000)."""
    (tmp_path / "2025-chongmu.txt").write_text(text, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.txt", "--workers", "1")[0] == 0
    assert csv_rows(cli, "SELECT count(*) FROM budget_lines WHERE executed_krw IS NOT NULL") == ["count(*)", "0"]
    assert csv_rows(cli, "SELECT budget_krw, executed_krw, execution_rate FROM budget_totals") == [
        "budget_krw,executed_krw,execution_rate", "5200000000,,"]
    under_30, _ = readme_queries()
    assert csv_rows(cli, under_30) == ["council,office,department,year,dated_as_of,dated_by,execution_rate"]


def test_a_schema_24_database_gains_the_sum_of_a_budget_printing_no_total(tmp_path):
    db = connect(tmp_path / "r.db")
    (tmp_path / "2025-chongmu.txt").write_text(NO_TOTAL, encoding="utf-8")
    load_report(db, extract_file(tmp_path / "2025-chongmu.txt"), "sha-1", [])
    db.close()
    as_old_schema(tmp_path / "r.db", 24)
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT count(*) FROM budget_totals").fetchone()[0] == 0
    conn.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert db.execute("SELECT budget_krw, executed_krw, execution_rate FROM budget_totals").fetchall() == [
        (5_200_000_000, 1_300_000_000, 25.0)]


CHONGMU_2024 = SAMPLES / "2024-hanbit-chongmu-layout.txt"


def test_a_text_whose_converter_dropped_the_session_dates_and_its_pdf_are_one_report(cli, tmp_path):
    """The dates printed by the PDF alone tell nothing apart: the text is the report."""
    text = CHONGMU_2024.read_text(encoding="utf-8")
    assert "2024. 6. 11. ~ 6. 25.\n" in text
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2024-chongmu.txt").write_text(text.replace("2024. 6. 11. ~ 6. 25.\n", ""), encoding="utf-8")
    shutil.copy(CHONGMU_2024.with_suffix(".pdf"), folder / "2024-chongmu.pdf")
    cli("ingest", folder, "--workers", "1")
    assert csv_rows(cli, "SELECT format, council_session, session_start FROM documents ORDER BY format") == [
        "format,council_session,session_start", "pdf,제294회 한빛구의회 제1차 정례회,2024-06-11",
        "text,제294회 한빛구의회 제1차 정례회,"]
    assert csv_rows(cli, "SELECT format, department, year FROM reports") == ["format,department,year",
                                                                             "text,총무과,2024"]


# --- reports: a report without a year, as its text and its PDF ----------------------------------------------

@pytest.fixture
def gihoek(cli):
    """The cover-less 기획예산과 sample (no year, its department from the file's name), as text and as PDF."""
    cli("ingest", *(SAMPLES / f"한빛구-기획예산과-업무보고.{suffix}" for suffix in ("md", "pdf")), "--workers", "1")
    return cli


def test_a_report_without_a_year_loaded_as_text_and_pdf_is_one_report(gihoek):
    """Before, each was a report of its own: every search line twice, `show` refused, its sums doubled."""
    assert csv_rows(gihoek, "SELECT id, format, department, year FROM reports") == [
        "id,format,department,year", "1,text,기획예산과,"]
    code, output = gihoek("search", "재정", "운용")
    assert code == 0 and "2 matches" in output
    assert "budget line 43" in output and "item line 94" in output and "p." not in output
    code, output = gihoek("show", "기획예산과")
    assert code == 0 and "한빛구-기획예산과-업무보고.md" in output
    assert csv_rows(gihoek, "SELECT sum(b.budget_krw) AS budget FROM budget_lines b JOIN reports d "
                            "ON d.id = b.document_id WHERE b.name = '계' AND b.project_id IS NULL") == [
        "budget", "2150000000"]


@pytest.fixture
def no_department(cli, tmp_path):
    """The cover-less 기획예산과 sample under a name that gives no department either, as text and as PDF, and a
    copy of its text, a report of its own, in another folder."""
    for suffix in ("md", "pdf"):
        shutil.copy(SAMPLES / f"한빛구-기획예산과-업무보고.{suffix}", tmp_path / f"업무보고.{suffix}")
    (tmp_path / "other").mkdir()
    text = (SAMPLES / "한빛구-기획예산과-업무보고.md").read_text(encoding="utf-8")
    (tmp_path / "other" / "업무보고.md").write_text(text.replace("2,150,000", "2,150,001"), encoding="utf-8")
    code, output = cli("ingest", tmp_path, "--workers", "1")
    assert "loaded 3" in output
    return cli


def test_a_report_without_a_department_loaded_as_text_and_pdf_is_one_report(no_department, tmp_path):
    """Before, a document whose department is not known was a report of its own: the text and PDF of one report
    were two. The files beside each other of one name are one report; the same name in another folder is not."""
    assert csv_rows(no_department, "SELECT format, department, year, path FROM reports ORDER BY path") == [
        "format,department,year,path", f"text,,,{tmp_path / 'other' / '업무보고.md'}",
        f"text,,,{tmp_path / '업무보고.md'}"]


def test_a_schema_12_database_gains_the_stems_of_its_documents_paths(tmp_path):
    db = connect(tmp_path / "r.db")
    for suffix in ("md", "pdf"):
        path = tmp_path / f"업무보고.{suffix}"
        shutil.copy(SAMPLES / f"한빛구-기획예산과-업무보고.{suffix}", path)
        load_report(db, extract_file(str(path)), f"sha-{suffix}", [])
    db.close()
    as_old_schema(tmp_path / "r.db", 12)
    old = sqlite3.connect(tmp_path / "r.db")
    assert old.execute("SELECT count(*) FROM reports").fetchone() == (2,)
    old.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert db.execute("SELECT format, path_stem FROM reports").fetchall() == [("text", str(tmp_path / "업무보고"))]


# --- staffing_totals ------------------------------------------------------------------------------------------

COVER = ("제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
         "# Ⅰ. 일반현황\n\n")
# grades printed with no class above them, beside a class (공무직) with none: 정원 46 = 1 + 8 + 16 + 8 + 9 + 4
GRADES_BESIDE_A_CLASS = ("## 1. 인 력\n\n(단위: 명)\n\n| 구 분 | 계 | 5급 | 6급 | 7급 | 8급 | 9급 | 공무직 |\n"
                         "|---|---|---|---|---|---|---|---|\n| 정 원 | 46 | 1 | 8 | 16 | 8 | 9 | 4 |\n"
                         "| 현 원 | 43 | 1 | 9 | 15 | 8 | 6 | 4 |\n| 과부족 | △3 | - | 1 | △1 | - | △3 | - |\n\n")
WITHOUT_TOTAL = GRADES_BESIDE_A_CLASS.replace("| 계 ", "").replace("|---|---|---|---|---|---|---|---|",
                                                                    "|---|---|---|---|---|---|---|")
WITHOUT_TOTAL = WITHOUT_TOTAL.replace("| 46 ", "").replace("| 43 ", "").replace("| △3 | - | 1", "| - | 1")
SECOND_TABLE = "□ 공무직 등\n\n| 구 분 | 정 원 | 현 원 | 과부족 |\n|---|---|---|---|\n| 계 | 12 | 11 | △1 |\n" \
               "| 공무직 | 10 | 9 | △1 |\n| 기간제 | 2 | 2 | - |\n\n"


def ingest_report(cli, tmp_path: Path, body: str) -> None:
    (tmp_path / "2025-chongmu.md").write_text(COVER + body, encoding="utf-8")
    assert cli("ingest", tmp_path / "2025-chongmu.md", "--workers", "1")[0] == 0


def staffing_totals(cli) -> list[str]:
    return csv_rows(cli, "SELECT document_id, table_no, status, headcount FROM staffing_totals "
                         "ORDER BY document_id, table_no, status")


def test_staffing_totals_are_the_printed_totals_of_grades_printed_beside_a_class(cli, tmp_path):
    """Before, the README's staffing query left out every grade (cells of the 계 class where another class is
    printed) and answered 정원 4, 현원 4, 과부족 0: only the 공무직 column."""
    ingest_report(cli, tmp_path, GRADES_BESIDE_A_CLASS)
    assert staffing_totals(cli) == ["document_id,table_no,status,headcount",
                                    "1,1,과부족,-3", "1,1,정원,46", "1,1,현원,43"]
    _, staffing = readme_queries()
    assert csv_rows(cli, staffing) == ["council,office,year,department,as_of,정원,현원,과부족",
                                       "한빛구의회,,2025,총무과,,46,43,-3"]


def test_staffing_totals_add_up_grades_printed_beside_a_class_where_no_total_is_printed(cli, tmp_path):
    ingest_report(cli, tmp_path, WITHOUT_TOTAL)
    assert csv_rows(cli, "SELECT job_class, grade, headcount FROM staffing WHERE status = '정원' ORDER BY id") == [
        "job_class,grade,headcount", "계,5급,1", "계,6급,8", "계,7급,16", "계,8급,8", "계,9급,9", "공무직,계,4"]
    assert staffing_totals(cli) == ["document_id,table_no,status,headcount",
                                    "1,1,과부족,-3", "1,1,정원,46", "1,1,현원,43"]


def test_staffing_totals_keep_a_second_table_apart_and_the_readmes_question_reads_the_first(cli, tmp_path):
    """Before, the README's query added `□ 공무직 등` to the year's staffing: 정원 58, a jump of the trend."""
    ingest_report(cli, tmp_path, GRADES_BESIDE_A_CLASS + SECOND_TABLE)
    assert staffing_totals(cli) == ["document_id,table_no,status,headcount",
                                    "1,1,과부족,-3", "1,1,정원,46", "1,1,현원,43",
                                    "1,2,과부족,-1", "1,2,정원,12", "1,2,현원,11"]
    _, staffing = readme_queries()
    assert csv_rows(cli, staffing) == ["council,office,year,department,as_of,정원,현원,과부족",
                                       "한빛구의회,,2025,총무과,,46,43,-3"]


# classes as rows by grades as columns with no 계 row: a grade of the classes is no grade of the 계 class
CLASSES_BY_GRADES = ("## 1. 인 력\n\n□ 직렬별 현원\n\n| 구 분 | 5급 | 6급 | 7급 |\n|---|---|---|---|\n"
                     "| 행정 | 1 | 4 | 5 |\n| 전산 | - | 1 | 2 |\n\n")


def test_staffing_totals_add_up_classes_by_grades_where_no_total_is_printed(cli, tmp_path):
    ingest_report(cli, tmp_path, CLASSES_BY_GRADES)
    assert staffing_totals(cli) == ["document_id,table_no,status,headcount", "1,1,현원,13"]


def test_a_schema_11_database_gains_staffing_totals_and_the_reports_of_two_sessions(tmp_path):
    db = connect(tmp_path / "r.db")
    for name, text in (("june.txt", JUNE), ("november.txt", NOVEMBER)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        load_report(db, extract_file(str(path)), f"sha-{name}", [])
    db.close()
    as_old_schema(tmp_path / "r.db", 11)
    old = sqlite3.connect(tmp_path / "r.db")
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'staffing_totals'").fetchone() == (0,)
    assert old.execute("SELECT id FROM reports").fetchall() == [(2,)]
    old.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert db.execute("SELECT id, council_session FROM reports ORDER BY id").fetchall() == [
        (1, "제300회 한빛구의회 제1차 정례회"), (2, "제305회 한빛구의회 제2차 정례회")]
    assert db.execute("SELECT count(*) FROM staffing_totals").fetchone() == (0,)


def test_the_reports_view_finds_each_reports_document_in_an_index_not_by_sorting_its_copies(tmp_path):
    """Each document asks which of its report's documents is read: an index in that order answers at once, where
    before the copies of a report were sorted for each of them (3,000 copies of 9 reports, as the benchmark loads:
    0.55 s each time the ingest summary asked)."""
    db = connect(tmp_path / "r.db")
    plan = " ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM reports"))
    assert "documents_report" in plan and "TEMP B-TREE" not in plan


# --- findings counted per file and per report -----------------------------------------------------------------

PLANTED = [SAMPLES / f"2025-hanbit-park-planted.{suffix}" for suffix in ("txt", "pdf")]


def test_the_ingest_summary_and_check_count_a_report_loaded_as_text_and_pdf_once_too(cli):
    """Before, both said twice the planted sample's errors (40 for its 20), each found in its text and in its PDF."""
    code, output = cli("ingest", *PLANTED, "--workers", "1")
    summary = next(line for line in output.splitlines() if line.startswith("loaded 2"))
    assert summary == ("loaded 2, replaced 0, unchanged 0, refused 0, skipped 0; findings: 30 errors, 12 warnings, "
                       "6 info in 2 files; 15 errors, 6 warnings, 3 info in 1 report (database: reports.db)")
    code, output = cli("check")
    assert code == 1
    assert output.splitlines()[-1] == ("30 errors, 12 warnings, 6 info in 2 files; "
                                       "15 errors, 6 warnings, 3 info in 1 report")


def test_findings_of_reports_loaded_once_are_counted_as_before(cli):
    cli("ingest", PLANTED[0], "--workers", "1")
    code, output = cli("check")
    assert output.splitlines()[-1] == "15 errors, 6 warnings, 3 info"


# --- vehicle_totals -------------------------------------------------------------------------------------------

# a fleet printing its grand total, one printing none (kinds alone under `(정수 5대)`: 6 held, one over), and a
# list of kinds by rows with no total (압축진개차 4, 암롤차 2: each a category of its own, its 소계)
FLEETS = ("## 3. 차 량\n\n□ 공용차량 - 총7대 (정수 7)\n\n(단위: 대)\n\n"
          "총 계\t승 용\t\t\t승 합\n\t소 계\t소형\t중형\t중형\n7\t5\t2\t3\t2\n\n"
          "□ 업무차량 (정수 5대)\n\n(단위: 대)\n\n승용\t승합\t화물\n2\t1\t3\n\n"
          "□ 청소차량\n\n(단위: 대)\n\n구 분\t대 수\n압축진개차\t4\n암롤차\t2\n\n")


def test_vehicle_totals_hold_each_fleets_vehicles_whether_or_not_it_prints_a_total(cli, tmp_path):
    """Before, only a printed grand total answered how many vehicles a fleet holds (`category = '계'`): the two
    fleets printing none had no row, and summing every `보유` row counts 소계 and 계 twice."""
    ingest_report(cli, tmp_path, FLEETS)
    assert csv_rows(cli, "SELECT * FROM vehicle_totals ORDER BY fleet_id") == [
        "document_id,fleet_id,caption,printed_total,quota,held,as_of",
        "1,1,공용차량 - 총7대 (정수 7),7,7,7,", "1,2,업무차량 (정수 5대),,5,6,", "1,3,청소차량,,,6,"]


# departments under their groups, each group printing a row of its own (`소 계`) and no 계 row over them all
GROUPS = ("## 3. 차 량\n\n□ 공용차량 현황\n\n(단위: 대)\n\n구 분\t부 서\t계\t승용\t승합\n행정지원국\t소 계\t5\t3\t2\n"
          "\t총무과\t3\t2\t1\n\t자치행정과\t2\t1\t1\n안전국\t소 계\t5\t3\t2\n\t건설과\t5\t3\t2\n\n")


def test_vehicle_totals_count_a_groups_departments_once_beside_the_groups_own_row(cli, tmp_path):
    ingest_report(cli, tmp_path, GROUPS)
    assert csv_rows(cli, "SELECT DISTINCT category FROM vehicles ORDER BY id") == [
        "category", "행정지원국", "행정지원국 총무과", "행정지원국 자치행정과", "안전국", "안전국 건설과"]
    assert csv_rows(cli, "SELECT caption, held FROM vehicle_totals") == ["caption,held", "공용차량 현황,10"]


def test_vehicle_totals_are_the_fleets_totals_the_checks_count_in_every_sample(tmp_path):
    from schemas.vehicles import counts_by_category, fleet_total
    from tests.conftest import REAL_REPORT

    db = connect(tmp_path / "r.db")
    expected = []
    for number, path in enumerate(p for p in [*sorted(SAMPLES.iterdir()), REAL_REPORT] if p.is_file()):
        report = extract_file(str(path))
        load_report(db, report, f"sha-{number}", [])
        expected += [(fleet.caption, fleet_total(counts_by_category(fleet.counts))) for fleet in report.vehicles]
    assert len(expected) >= 20
    assert db.execute("SELECT caption, held FROM vehicle_totals ORDER BY fleet_id").fetchall() == expected
