"""pymupdf4llm's markdown of a report's PDF (`pymupdf4llm.to_markdown`, 1.28.2 with pymupdf-layout), a converter
route not held before (branch hunt66): `tests/department_reports/*-pymupdf4llm.md` are its output for the PDFs of
`samples/2024-hanbit-chongmu-layout.txt`, `samples/2023-hanbit-jaemu.txt` and `samples/2026-hanbit-chongmu.md`.
It prints a PDF's `□` parts and `○` items alike, `- ` at one level, a title among them (`- ① 제목 (팀)`, `- Ⅰ. 일반
현황`), a bold field as a heading (`#### 단위사업: …`), an item's line run on in a paragraph (`1. 조 직 : 4팀 ○ …`),
and `|` tables whose header it parts at the gaps it finds: a letter-spaced label's letters in two columns (`구 | 분`,
`과 | 부족`), a merged label's text centred on its columns in pieces (`| | 일 | 반 직 | | |`, `관 리 운 | 영 직`), two
columns it finds no rule between as one (`6급<br>7급` over `1<br>2`), a bracket parted (`면적(m² | )<br>비 고`).
Before, the staffing and fleets were read columns off (findings of sums that do add up), the parts' items were
items of the part above and titles were items: each now reads as its text twin does, records and findings."""

import functools
import re
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.document import Bullet, Heading, Paragraph, Table
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.records import records_data
from tests.conftest import SAMPLES

REPORTS = Path(__file__).parent / "department_reports"
TWINS = {"2024-hanbit-chongmu-pymupdf4llm.md": "2024-hanbit-chongmu-layout.txt",
         "2023-hanbit-jaemu-pymupdf4llm.md": "2023-hanbit-jaemu.txt",
         "2026-hanbit-chongmu-pymupdf4llm.md": "2026-hanbit-chongmu.md",
         # hunt67's (tests/test_hunt67.py)
         "2022-hanbit-hwangyeong-pymupdf4llm.md": "2022-hanbit-hwangyeong-layout.txt",
         "2025-hanbit-park-planted-pymupdf4llm.md": "2025-hanbit-park-planted.txt",
         "한빛구-기획예산과-업무보고-pymupdf4llm.md": "한빛구-기획예산과-업무보고.md"}
_LINE_RE = re.compile(r"line \d+")


@functools.cache
def report(name: str):
    return extract_file(REPORTS / name)


def findings(found) -> list[tuple]:
    """Each finding's fields, a line of the text it names (`본문(line 19)`) left out: the twins' lines differ."""
    return [(f.rule, f.row, f.column, f.expected, f.actual, _LINE_RE.sub("line _", f.message))
            for f in run_checks(found)]


@pytest.mark.parametrize("name", TWINS)
def test_the_markdown_gives_the_records_and_findings_of_its_text_twin(name):
    twin = extract_file(SAMPLES / TWINS[name])
    assert records_data(report(name), with_sources=False) == records_data(twin, with_sources=False)
    assert findings(report(name)) == findings(twin)


def test_a_staffing_header_printed_in_pieces_counts_each_groups_grades():
    found = report("2024-hanbit-chongmu-pymupdf4llm.md")
    assert [(s.job_class, s.grade, s.headcount) for s in found.staffing if s.status == "현원"] == [
        ("계", "계", 41), ("일반직", "5급", 1), ("일반직", "6급", 8), ("일반직", "7급", 15), ("일반직", "8급", 5),
        ("일반직", "9급", 7), ("관리운영직", "6급", 1), ("관리운영직", "7급", 1), ("별정직·임기제", "6급", 1),
        ("별정직·임기제", "7급", 1), ("별정직·임기제", "8급", 1)]
    assert findings(found) == []
    assert [(c.category, c.kind, c.count) for v in found.vehicles for c in v.counts] == [
        ("계", "계", 30), ("승용", "소계", 20), ("승용", "소형·다목적", 8), ("승용", "중형", 11), ("승용", "대형", 1),
        ("승합", "소계", 5), ("승합", "중형", 4), ("승합", "대형", 1), ("화물", "소계", 5), ("화물", "소형", 5)]


def test_letter_spaced_columns_and_a_label_merged_down_in_pieces():
    found = report("2023-hanbit-jaemu-pymupdf4llm.md")
    assert [(s.job_class, s.grade, s.headcount) for s in found.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -1), ("일반직", "8급", 1),
        ("일반직", "9급", -2), ("공무직", "계", 0)]
    (rooms,) = [table for table in found.tables if table.caption == "세무 민원실"]
    assert rooms.rows[0] == ["구 분", "위 치", "면적(m²)", "비 고"]


def test_two_columns_printed_as_one_are_parted():
    found = report("2026-hanbit-chongmu-pymupdf4llm.md")
    assert [(s.job_class, s.grade, s.headcount) for s in found.staffing
            if s.status == "정원" and s.job_class == "별정직·임기제"] == [
        ("별정직·임기제", "6급", 1), ("별정직·임기제", "7급", 2), ("별정직·임기제", "8급", 1)]
    assert [(p.title, p.unit_name) for p in found.projects][:1] == [("청사 에너지 효율화", "쾌적한 청사 관리")]


def blocks(text: str) -> list:
    return read_text("t.md", text.encode()).blocks


def test_a_parts_name_listed_among_its_items_is_its_heading():
    got = blocks("### ① 청사 관리 (총무팀)\n\n- 사업개요 \n\n- 대상: 본관 \n\n- 추진실적 \n\n- 설비 교체 \n\n"
                 "   - 냉난방기 교체: 3월 \n\n- 예산현황 \n\n|예산액|집행액|\n|---|---|\n|100|50|\n")
    assert [(type(b).__name__, getattr(b, "text", None), getattr(b, "marker", ""), getattr(b, "depth", 0))
            for b in got] == [
        ("Heading", "청사 관리 (총무팀)", "①", 0), ("Heading", "사업개요", "□", 0), ("Bullet", "대상: 본관", "-", 0),
        ("Heading", "추진실적", "□", 0), ("Bullet", "설비 교체", "-", 0), ("Bullet", "냉난방기 교체: 3월", "-", 1),
        ("Heading", "예산현황", "□", 0), ("Table", None, "", 0)]


def test_a_part_over_deeper_items_or_a_reports_own_mark_stays_an_item():
    got = blocks("- 사업개요\n  - 대상: 본관\n\n○ 추진일정\n\n○ 하반기 추진: 7월\n")
    assert [(type(b).__name__, b.text) for b in got] == [
        ("Bullet", "사업개요"), ("Bullet", "대상: 본관"), ("Bullet", "추진일정"), ("Bullet", "하반기 추진: 7월")]


def test_a_listed_title_is_read_as_printed():
    got = blocks("- Ⅰ. 일 반 현 황 \n\n- 1 직원 역량 강화 교육후생팀 \n\n- ㆍ 대상: 전 직원 \n")
    assert [(type(b), b.text) for b in got] == [
        (Heading, "Ⅰ. 일 반 현 황"), (Paragraph, "1 직원 역량 강화 교육후생팀"), (Bullet, "대상: 전 직원")]


def test_a_field_printed_as_a_heading_and_an_item_run_on_in_a_line():
    got = blocks("#### 단위사업: 청사 관리 \n\n1. 조 직 : 4팀 ○ 정책팀, 관리팀 \n")
    assert [(type(b), b.text) for b in got] == [
        (Paragraph, "단위사업: 청사 관리"), (Paragraph, "1. 조 직 : 4팀"), (Bullet, "정책팀, 관리팀")]


def test_a_header_in_pieces():
    text = ("|구|분|계||일|반 직|||관 리 운|영 직|별 정 직 ㆍ 임 기 제||\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
            "||||5급|6급|7급|8급|9급|6급|7급|6급<br>7급|8급|\n|정|원|44|1|7|15|6|9|1|1|1<br>2|1|\n")
    (table,) = [b for b in blocks(text) if isinstance(b, Table)]
    assert table.rows == (
        ("구 분", "계", "일 반 직", "", "", "", "", "관 리 운 영 직", "", "별 정 직 · 임 기 제", "", ""),
        ("", "", "5급", "6급", "7급", "8급", "9급", "6급", "7급", "6급", "7급", "8급"),
        ("정 원", "44", "1", "7", "15", "6", "9", "1", "1", "1", "2", "1"))


def test_two_labels_over_one_column_each_are_not_joined():
    (table,) = [b for b in blocks("|구 분|인 원|금 액|\n|---|---|---|\n||명|천원|\n|계|3|1,200|\n")
                if isinstance(b, Table)]
    assert table.rows[0] == ("구 분", "인 원", "금 액")
