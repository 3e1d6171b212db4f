"""`reportdb search` finds what a report prints where it is printed: a budget table's 비고, as a staffing or
vehicle table's is found, and a general part's heading or paragraph on its own line or page, not the part's
first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.db import connect, connect_readonly
from pipeline.extract import extract_file
from pipeline.load import load_report
from pipeline.records import records_data
from pipeline.search import rebuild_index, search

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

BUDGET_NOTES = """제300회 한빛구의회 제1차 정례회

2025. 6. 10. ~ 6. 24.

2025년 주요업무 보고

총 무 과

Ⅰ. 일반현황

1. 인 력

(단위: 명)
구 분\t계\t일반직\t관리운영직\t비 고
정 원\t40\t38\t2\t
현 원\t38\t36\t2\t육아휴직 2명
과부족\t△2\t△2\t-\t

2. 예산현황

(’25. 5. 31. 기준, 단위: 천원)
단위사업명\t예산액\t집행액\t집행률(%)\t비 고
계\t5,200,000\t1,300,000\t25.0\t
쾌적한 청사 관리\t3,800,000\t760,000\t20.0\t청사 리모델링 이월
인사·조직 운영\t1,400,000\t540,000\t38.6\t-
"""

GENERAL_PART = """제300회 한빛구의회 제1차 정례회

2025. 6. 10. ~ 6. 24.

2025년 주요업무 보고

총 무 과

Ⅰ. 일반현황

1. 청 사 현 황

  ○ 본관 : 지하2층 ~ 지상5층 (1988년 준공)
  ○ 별관 : 지상3층 (2009년 준공), 청사리모델링 추진 중

2. 시설 현황

구 분\t위 치\t면 적\t비 고
청  사\t한빛로 10\t14,020\t리 모 델 링
민원실\t본관 1층\t450\t
"""


def loaded(tmp_path: Path, path: Path):
    db = connect(tmp_path / "r.db")
    load_report(db, extract_file(str(path)), "sha", [])
    rebuild_index(db)
    db.close()
    return connect_readonly(tmp_path / "r.db")


@pytest.fixture
def found(tmp_path):
    """Each match of the terms in the report written out: its field, where it is printed, its text."""
    def found(report: str, *terms: str) -> list[tuple]:
        path = tmp_path / "2025-chongmu.txt"
        path.write_text(report, encoding="utf-8")
        conn = loaded(tmp_path, path)
        try:
            return [(row["field"], row["line"], row["page"], row["text"]) for row in search(conn, list(terms))]
        finally:
            conn.close()
    return found


def test_a_budget_lines_note_is_found_with_the_line(found):
    assert found(BUDGET_NOTES, "이월") == [("budget", 24, None, "쾌적한 청사 관리 / 청사 리모델링 이월")]
    assert found(BUDGET_NOTES, "청사", "이월") == found(BUDGET_NOTES, "리모델링")
    # as a staffing table's note is
    assert found(BUDGET_NOTES, "육아휴직") == [("table", 16, None, "1. 인 력 · 현 원 / 38 / 36 / 2 / 육아휴직 2명")]


def test_a_budget_lines_figures_are_not_searched_as_its_words(found):
    """`-` (nothing) and the figures are no words a user looks for: a line without notes is its name."""
    assert found(BUDGET_NOTES, "인사") == [("budget", 25, None, "인사·조직 운영")]
    assert found(BUDGET_NOTES, "760,000") == []


def test_a_match_in_the_general_part_shows_its_own_line(found):
    assert found(GENERAL_PART, "리모델링") == [
        ("table", 19, None, "2. 시설 현황 · 청 사 / 한빛로 10 / 14,020 / 리 모 델 링"),
        ("text", 14, None, "별관 : 지상3층 (2009년 준공), 청사리모델링 추진 중"),
    ]
    assert found(GENERAL_PART, "청사현황") == [("text", 11, None, "1. 청 사 현 황")]
    assert found(GENERAL_PART, "1988년") == [("text", 13, None, "본관 : 지하2층 ~ 지상5층 (1988년 준공)")]


def test_the_general_parts_text_is_still_one_line_per_part(tmp_path):
    """Searched paragraph by paragraph, kept (and extracted) as one line: a PDF and its text need not agree on
    where a paragraph ends."""
    path = tmp_path / "2025-chongmu.txt"
    path.write_text(GENERAL_PART, encoding="utf-8")
    assert records_data(extract_file(str(path)))["general_text"] == [{
        "source": {"line": 11, "page": None}, "section": "Ⅰ 일반현황",
        "text": "1. 청 사 현 황 본관 : 지하2층 ~ 지상5층 (1988년 준공) 별관 : 지상3층 (2009년 준공), "
                "청사리모델링 추진 중 2. 시설 현황"}]
    assert json.loads(json.dumps(records_data(extract_file(str(path)), with_sources=False)))["general_text"] == [{
        "section": "Ⅰ 일반현황",
        "text": "1. 청 사 현 황 본관 : 지하2층 ~ 지상5층 (1988년 준공) 별관 : 지상3층 (2009년 준공), "
                "청사리모델링 추진 중 2. 시설 현황"}]


def test_a_match_in_a_pdfs_general_part_shows_its_own_page(tmp_path):
    """The general part starts on page 1; its `4 예산현황` is printed on page 2."""
    conn = loaded(tmp_path, SAMPLES / "2026-hanbit-chongmu.pdf")
    try:
        matches = [(row["field"], row["line"], row["page"], row["text"]) for row in search(conn, ["예산현황"])]
    finally:
        conn.close()
    assert matches == [("text", None, 2, "4 예산현황")]
