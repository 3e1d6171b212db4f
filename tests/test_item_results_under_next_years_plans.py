"""A November report of 2025 (`2025년 행정사무감사 업무보고`) planning 2026 in a section naming it (`Ⅱ. 2026년 주요업무
계획`) and printing, under a project, what was done this year (`□ 주요 추진실적`, `□ 그간 추진실적`): the results'
months are the report's year's, its plans' the section's. Before, the results were dated in 2026 too, so `what runs in
July 2025?` missed the summer's work and `what is planned for 2026's second half?` listed it."""

import json

import pytest

from tests.layouts import read_laid_out

COVER = ("제299회 한빛구의회 제2차 정례회\n\n2025. 11. 18. ~ 12. 16.\n\n2025년 행정사무감사 업무보고\n\n"
         "사 회 복 지 과\n\n")
PROJECT = ("Ⅱ. 2026년 주요업무 계획\n\n① 폭염 취약계층 보호 [계속] (복지정책팀)\n\n"
           "여름철 폭염으로부터 어르신을 보호하고자 함\n\n"
           "□ {results}\n\n○ 폭염 안부 확인: 7월~9월 / 148,000천원\n○ 한파 쉼터 운영: 12월~익년 2월\n\n"
           "□ 향후계획\n\n○ 스마트 쉼터 설치: 5월~6월 / 300,000천원\n○ 폭염 안부 확인: 7월~9월 / 160,000천원\n\n"
           "□ 소요예산\n\n(단위: 천원)\n\n구 분\t2026년 예산(안)\t2025년 예산\t증감\n계\t460,000\t200,000\t260,000\n"
           "구비\t460,000\t200,000\t260,000\n")
PLANS = [("향후계획", "스마트 쉼터 설치: 5월~6월 / 300,000천원", ["2026-05", "2026-06"]),
         ("향후계획", "폭염 안부 확인: 7월~9월 / 160,000천원", ["2026-07", "2026-08", "2026-09"])]
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "without-markdown", "pdf grid"]


def items(r) -> list[tuple[str, str, list[str]]]:
    return [(i.heading, i.text, i.months) for p in r.projects for i in p.items]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("results", ["주요 추진실적", "그간 추진실적", "추진실적 (10.31. 기준)", "주 요 추 진 실 적"])
def test_results_under_next_years_plans_are_the_reports_years(results, layout, tmp_path):
    r = read_laid_out(COVER + PROJECT.format(results=results), layout, tmp_path)
    heading = items(r)[0][0]
    assert items(r) == [(heading, "폭염 안부 확인: 7월~9월 / 148,000천원", ["2025-07", "2025-08", "2025-09"]),
                        (heading, "한파 쉼터 운영: 12월~익년 2월", ["2025-12", "2026-01", "2026-02"]), *PLANS]


@pytest.mark.parametrize("results", ["2026년 추진실적", "추진실적 및 계획"])
def test_a_part_naming_its_year_or_plans_too_keeps_the_sections(results, tmp_path):
    """A part naming a year is dated by it; one of results and plans (`추진실적 및 계획`) is no results' alone."""
    r = read_laid_out(COVER + PROJECT.format(results=results), "tab", tmp_path)
    assert [months for _, _, months in items(r)][:2] == [["2026-07", "2026-08", "2026-09"],
                                                         ["2026-12", "2027-01", "2027-02"]]


def test_results_in_a_report_of_the_plans_year_keep_it(tmp_path):
    """A report whose cover names the plans' year (`2026년 주요업무 계획`: year 2026) dates its results in it, as
    before: its year is the section's."""
    cover = COVER.replace("2025년 행정사무감사 업무보고", "2026년 주요업무 계획")
    r = read_laid_out(cover + PROJECT.format(results="주요 추진실적"), "tab", tmp_path)
    assert items(r)[0][2] == ["2026-07", "2026-08", "2026-09"]


def test_what_runs_in_july_2025_finds_the_novembers_results(cli, tmp_path):
    """The README's question by month, over a June report and the November one of the same year."""
    june = COVER.replace("제299회", "제294회").replace("제2차", "제1차").replace("11. 18. ~ 12. 16.", "6. 10. ~ 6. 24.")
    june = june.replace("행정사무감사 업무보고", "주요업무 보고") + PROJECT.format(results="주요 추진실적").replace(
        "Ⅱ. 2026년 주요업무 계획", "Ⅱ. 주요업무 추진실적").replace("148,000", "150,000")
    (tmp_path / "06.txt").write_text(june, encoding="utf-8")
    (tmp_path / "11.txt").write_text(COVER + PROJECT.format(results="주요 추진실적"), encoding="utf-8")
    assert cli("ingest", "06.txt", "11.txt")[0] == 0
    code, out = cli("query", "SELECT d.session_start, i.text FROM project_items i JOIN reports d ON d.id = "
                    "i.document_id WHERE '2025-07' IN (SELECT value FROM json_each(i.months)) ORDER BY 1, 2", "--json")
    assert code == 0
    assert [(row["session_start"], row["text"]) for row in json.loads(out)] == [
        ("2025-06-10", "폭염 안부 확인: 7월~9월 / 150,000천원"),
        ("2025-06-10", "폭염 안부 확인: 7월~9월 / 160,000천원"),
        ("2025-11-18", "폭염 안부 확인: 7월~9월 / 148,000천원")]
