"""`reportdb search` finds a note printed under a generic table once, at its own line, as the line of the text it stays
in (the general part's text, an item of the project above); what the table's unit's bracket notes (`잠정치`), printed
on no line of the text, is found as the table's, after its caption. Before, a note under the table was found twice:
as the table's note, at its first line, and as its own line."""

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.layouts import make_pdfs

COVER = "제281회 한빛구의회 제1차 정례회\n\n2026. 6. 8. ~ 6. 19.\n\n# 2026년 주요업무 보고\n\n## 복 지 정 책 과\n\n"
GENERAL = ("# Ⅰ. 일반현황\n\n□ 수급자 현황\n\n(단위: 명, 잠정치)\n\n"  # lines 9 to 13
           "구 분\t계\t생계급여\t의료급여\n"  # line 15
           "인 원\t19,880\t12,310\t13,420\n"
           "※ 급여별 중복 수급자 포함\n"  # line 17
           "※ 교육급여는 3월 기준 인원\n\n"
           "□ 자활사업 현황\n\n- 자활근로 참여자 412명\n\n")
PROJECT = ("# Ⅱ. 주요업무 추진실적\n\n## 1. 주민자치회 운영 지원 (자치행정팀)\n\n### □ 위원 현황\n\n(단위: 명)\n\n"
           "| 구 분 | 계 | 남 | 여 |\n|---|---|---|---|\n| 위원 | 412 | 180 | 232 |\n"
           "※ 중복 위촉 포함\n\n- 위원 교육 실시\n")


@pytest.fixture
def search(tmp_path):
    source = tmp_path / "2026-bokji.md"
    source.write_text(COVER + GENERAL + PROJECT, encoding="utf-8")
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(source)]).exit_code == 0

    def found(*terms: str) -> list[list[str]]:
        """The rows the search prints, each its cells (department, year, project, where, text)."""
        result = runner.invoke(main, ["search", "--db", db, *terms], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        return [[cell.strip() for cell in line.strip("│").split("│")] for line in result.output.splitlines()
                if line.startswith("│")]

    found.query = lambda sql: json.loads(runner.invoke(main, ["query", "--db", db, "--json", sql]).output)
    return found


def test_a_note_under_a_generic_table_is_found_once_at_its_own_line(search):
    assert search("급여별 중복") == [["복지정책과", "2026", "", "text line 17", "급여별 중복 수급자 포함"]]
    assert search("3월 기준 인원") == [["복지정책과", "2026", "", "text line 18", "교육급여는 3월 기준 인원"]]


def test_what_the_units_bracket_notes_is_found_as_the_tables(search):
    assert search("잠정치") == [["복지정책과", "2026", "", "table line 15", "수급자 현황 · 잠정치"]]


def test_a_note_under_a_projects_generic_table_is_found_once_as_its_item(search):
    [[department, year, project, where, text]] = search("중복 위촉")
    assert (department, project, text) == ("복지정책과", "1. 주민자치회 운영 지원", "중복 위촉 포함")
    assert where.startswith("item")


def test_the_tables_note_still_holds_them_all(search):
    assert search.query("SELECT caption, note FROM generic_tables ORDER BY id") == [
        {"caption": "수급자 현황", "note": "잠정치, 급여별 중복 수급자 포함, 교육급여는 3월 기준 인원"},
        {"caption": "위원 현황", "note": "중복 위촉 포함"}]


def test_in_a_pdf_a_note_under_a_table_is_found_once_on_its_page(tmp_path):
    source = tmp_path / "2026-bokji.txt"
    source.write_text(COVER + GENERAL, encoding="utf-8")
    make_pdfs().render(source, tmp_path / "2026-bokji.pdf", "grid")
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(tmp_path / "2026-bokji.pdf")]).exit_code == 0
    result = runner.invoke(main, ["search", "--db", db, "급여별 중복"], env={"COLUMNS": "200"})
    assert [[cell.strip() for cell in line.strip("│").split("│")] for line in result.output.splitlines()
            if line.startswith("│")] == [["복지정책과", "2026", "", "text p.1", "급여별 중복 수급자 포함"]]
