"""A department's report printed in volumes (`[ 제 1 권 ]`, `[ 제 2 권 ]` on the cover), each a file under one cover's
session: the volume is read from the cover (`documents.volume`), and the `reports` view keeps every volume of a
report, as parts of it, so that a question by department and year finds each volume's rows (its projects, its
budget); `check`, `search` and `show` name them by their volume (`총무과 2025 제2권`), and the summaries count them
as one report of two files. Before, the view held the volume loaded last: the other's rows were in no question."""

from __future__ import annotations

import sqlite3

import pytest

from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.corpus import as_old_schema, report_folder
from tests.layouts import make_pdfs
from tests.test_db_views_variants import JUNE, csv_rows
from tests.test_session_names import document_cells, search_names

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n"
FIRST = JUNE.replace("2025년 주요업무 보고\n\n", "2025년 주요업무 보고\n\n[ 제 1 권 ]\n\n")
SECOND = (COVER + "[ 제 2 권 ]\n\n총 무 과\n\nⅢ. 신규·중점사업 추진실적\n\n① 청사 에너지 절감 (청사관리팀)\n\n"
          "쾌적한 청사를 에너지를 아껴 운영하고자 함\n\n□ 예산현황\n\n(단위: 천원)\n구 분\t예산액\t집행액\t집행률(%)\n"
          "계\t300,000\t120,000\t40.0\n구비\t300,000\t120,000\t40.0\n\n□ 추진실적\n  - 조명 교체: 3월~5월\n")


def cover_of(cover: str):
    return extract_report(read_text("t.txt", (cover + "\n\nⅠ. 일반현황\n\n1. 조직\n").encode())).document


@pytest.mark.parametrize(("line", "volume"), [
    ("[ 제 1 권 ]", 1), ("[제2권]", 2), ("(제 2 권)", 2), ("제2권", 2), ("【 제 3 권 】", 3), ("- 제 2 권 -", 2),
    ("2025년 주요업무 보고 (제2권)", 2),
    ("                    [ 제 2 권 ]", 2),  # centred, as `pdftotext -layout` prints it
    ("제2권역 생활권 계획", None),  # a 권역 is no volume
    ("", None),
])
def test_the_volume_is_read_from_the_cover(line, volume):
    info = cover_of(f"{COVER}{line}\n\n총 무 과")
    assert (info.volume, info.department, info.year, info.council_session) == (
        volume, "총무과", 2025, "제300회 한빛구의회 제1차 정례회")


def test_a_volume_printed_on_the_departments_line_leaves_the_department():
    assert (cover_of(f"{COVER}총무과 [제2권]").department, cover_of(f"{COVER}총무과 [제2권]").volume) == ("총무과", 2)


def test_a_volume_named_below_the_cover_is_none():
    """A report's text may name another volume (`제2권 참조`): only the cover's is read."""
    assert cover_of(f"{COVER}총 무 과\n\nⅠ. 일반현황\n\n상세 내용은 [제 2 권] 참조").volume is None


@pytest.fixture
def volumes(cli, tmp_path):
    assert cli("ingest", report_folder(tmp_path, **{"vol1": FIRST, "vol2": SECOND}), "--workers", "1")[0] == 0


def test_the_reports_view_keeps_both_volumes(cli, volumes):
    assert csv_rows(cli, "SELECT id, department, year, volume FROM reports ORDER BY id") == [
        "id,department,year,volume", "1,총무과,2025,1", "2,총무과,2025,2"]
    # every volume's projects and budgets, by department and year
    assert csv_rows(cli, "SELECT p.title FROM projects p JOIN reports d ON d.id = p.document_id "
                         "WHERE d.department = '총무과' AND d.year = 2025 ORDER BY p.id") == [
        "title", "청사 리모델링 공사", "청사 에너지 절감"]
    assert csv_rows(cli, "SELECT sum(b.budget_krw) FROM budget_lines b JOIN reports d ON d.id = b.document_id "
                         "WHERE d.department = '총무과' AND d.year = 2025 AND b.name = '계'") == [
        "sum(b.budget_krw)", str(5_200_000_000 + 300_000_000)]


def test_a_volume_loaded_twice_is_one_volume(cli, tmp_path):
    """A copy of volume 2 (re-exported) is that volume again, not a third part."""
    cli("ingest", report_folder(tmp_path, vol1=FIRST, vol2=SECOND, **{"vol2-copy": SECOND + "\n"}), "--workers", "1")
    assert csv_rows(cli, "SELECT volume, count(*) FROM reports GROUP BY volume") == [
        "volume,count(*)", "1,1", "2,1"]


# a sum.budget error in volume 1, a sum.project_budget error in volume 2
PLANTED = {"vol1": FIRST.replace("운영\t1,400,000\t540,000\t38.6", "운영\t1,500,000\t540,000\t36.0"),
           "vol2": SECOND.replace("계\t300,000\t120,000\t40.0", "계\t310,000\t120,000\t38.7")}


def test_the_summaries_count_the_volumes_as_one_report_of_both_volumes_findings(cli, tmp_path):
    """Before: `… in 2 files; 1 errors, 0 warnings, 0 info in 1 report`, the volume loaded last's."""
    code, output = cli("ingest", report_folder(tmp_path, **PLANTED), "--workers", "1")
    assert "2 errors, 0 warnings, 0 info in 2 files; 2 errors, 0 warnings, 0 info in 1 report" in output
    code, output = cli("check")
    assert output.rstrip().endswith("2 errors, 0 warnings, 0 info in 2 files; 2 errors, 0 warnings, 0 info in 1 report")


def test_check_and_search_name_the_volumes(cli, tmp_path):
    cli("ingest", report_folder(tmp_path, **PLANTED), "--workers", "1")
    assert document_cells(cli("check")[1]) == ["총무과 2025 제1권", "총무과 2025 제2권"]
    code, output = cli("search", "쾌적한")
    assert search_names(output) == [("총무과", "2025 제1권"), ("총무과", "2025 제2권")]


def test_show_takes_a_volume_and_lists_both(cli, volumes):
    code, output = cli("show", "총무과", "2025", "제2권")
    assert code == 0, output
    assert "청사 에너지 절감" in output and "│ volume" in output and "제2권" in output
    code, output = cli("show", "총무과 2025 제 1 권")
    assert code == 0 and "청사 리모델링 공사" in output
    code, output = cli("show", "총무과 2025")
    assert code == 1
    assert output.splitlines()[-1] == (
        "Error: 2 documents match '총무과 2025'; give one id (or the name it is listed by: `총무과 2025 제1권`): "
        "1 (한빛구의회 2025 제1권, vol1.txt), 2 (한빛구의회 2025 제2권, vol2.txt)")


def test_a_schema_17_database_gains_the_volume_and_an_ingest_reads_it(cli, tmp_path):
    folder = report_folder(tmp_path, vol1=FIRST, vol2=SECOND)
    cli("ingest", folder, "--workers", "1")
    as_old_schema(tmp_path / "reports.db", 17)
    old = sqlite3.connect(tmp_path / "reports.db")
    assert old.execute("SELECT count(*) FROM reports").fetchone() == (1,)  # the volume loaded last
    old.execute("UPDATE documents SET extracted_by = 'an older reportdb'")
    old.commit()
    old.close()
    assert csv_rows(cli, "SELECT count(*), count(volume) FROM reports") == ["count(*),count(volume)", "1,0"]
    cli("ingest", folder, "--workers", "1")  # an older extraction's documents are read again
    assert csv_rows(cli, "SELECT volume FROM reports ORDER BY volume") == ["volume", "1", "2"]


@pytest.mark.parametrize("layout", ["markdown", "pdf"])
def test_a_volume_is_read_from_a_markdown_or_pdf_cover(tmp_path, layout):
    text = SECOND.replace("제300회", "# 제300회", 1) if layout == "markdown" else SECOND
    source = tmp_path / ("t.md" if layout == "markdown" else "t.txt")
    source.write_text(text, encoding="utf-8")
    if layout == "pdf":
        make_pdfs().render(source, tmp_path / "t.pdf")
        source = tmp_path / "t.pdf"
    info = extract_file(source).document
    assert (info.volume, info.department, info.year) == (2, "총무과", 2025)
