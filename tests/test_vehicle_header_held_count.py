"""A fleet's count on a line of its own under its heading that starts with the word of what it counts, the vehicles
held (`보유`, `현원`, `대수`) or the quota (`정수`): `□ 공용차량 현황` over `(보유 12대)`, `(정수 12대, 보유 12대)`,
`(현원 12대)`, or unbracketed `○ 보유 12대 (정수 12대)`, `보유 12대`. The held count is the heading's total and the
정수 its quota, each checked against the table, as `(총 12대, 정수 12대)` is: before, in brackets it was a note (no
total to check), and unbracketed it captioned the table, which names no vehicles, so no fleet was read at all. A
note that starts otherwise (`(전기차 2대 포함)`, `(보유차량 중 전기차 2대 포함)`) stays a note."""

import pytest

from pipeline.extract import extract_file
from tests.layouts import read_laid_out
from tests.test_vehicle_bracketed_header_count import COVER, HEADING, HELD, LAYOUTS, TABLE, fleets, summary


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("count", "caption", "total", "quota"), [
    ("(보유 12대)", "공용차량 현황 (보유 12대)", 12, None),
    ("(현원 12대)", "공용차량 현황 (현원 12대)", 12, None),
    ("(대수 12대)", "공용차량 현황 (대수 12대)", 12, None),
    ("(보유 : 12대)", "공용차량 현황 (보유 : 12대)", 12, None),
    ("(정수 12대, 보유 12대)", "공용차량 현황 (정수 12대, 보유 12대)", 12, 12),
    ("(보유 12대, 정수 12대)", "공용차량 현황 (보유 12대, 정수 12대)", 12, 12),
    ("(정수 12대, 현원 12대)", "공용차량 현황 (정수 12대, 현원 12대)", 12, 12),
    ("[보유 12대]", "공용차량 현황 [보유 12대]", 12, None),
    ("○ 보유 12대 (정수 12대)", "공용차량 현황 보유 12대 (정수 12대)", 12, 12),
    ("보유 12대", "공용차량 현황 보유 12대", 12, None),
    ("(정수 12대)", "공용차량 현황 (정수 12대)", None, 12),
    ("(수량 12대)", "공용차량 현황 (수량 12대)", 12, None),
    ("수량 12대", "공용차량 현황 수량 12대", 12, None),
])
def test_a_count_starting_with_its_word_is_the_fleets_header_total(count, caption, total, quota, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{count}\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [(caption, "공용차량현황", total, quota, HELD)]
    assert report.tables == [] and summary(report) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("count", "findings"), [
    ("(보유 13대)", [("header.total", "error", "제목", "총계", "12", "13")]),
    ("○ 보유 13대 (정수 12대)", [("header.total", "error", "제목", "총계", "12", "13")]),
    ("보유 13대", [("header.total", "error", "제목", "총계", "12", "13")]),
    # the table's 12 held are fewer than the 정수 the line prints: noted, as under `(총 12대, 정수 14대)`
    ("(정수 14대, 보유 12대)", [("header.quota", "info", "제목", "정수", "14", "12")]),
    ("(정수 : 14대, 보유 : 12대)", [("header.quota", "info", "제목", "정수", "14", "12")]),
])
def test_a_held_count_or_quota_that_is_not_the_tables_is_a_finding(count, findings, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{count}\n\n{TABLE}", layout, tmp_path)
    assert [fleet.name for fleet in report.vehicles] == ["공용차량현황"]
    assert summary(report) == findings
    if layout == "tab":  # the line printing the count, under the heading's
        assert report.vehicles[0].heading_source.line == 11


@pytest.mark.parametrize(("count", "total", "quota", "findings"), [
    ("(보유 12대)", 12, None, []),
    ("- 보유 13대 (정수 12대)", 13, 12, [("header.total", "error", "제목", "총계", "12", "13")]),
    ("보유 12대", 12, None, []),
])
def test_a_held_count_under_a_markdown_heading_with_a_pipe_table(count, total, quota, findings, tmp_path):
    source = tmp_path / "t.md"
    source.write_text(f"{COVER}### □ 공용차량 현황\n\n{count}\n\n| 구 분 | 계 | 승용 | 승합 | 화물 | 특수 |\n"
                      "|---|---|---|---|---|---|\n| 계 | 12 | 4 | 3 | 4 | 1 |\n", encoding="utf-8")
    report = extract_file(source)
    assert [(f.name, f.printed_total, f.quota, [(c.category, c.kind, c.count) for c in f.counts])
            for f in report.vehicles] == [("공용차량현황", total, quota, HELD)]
    assert report.tables == [] and summary(report) == findings


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
@pytest.mark.parametrize("note", ["(전기차 2대 포함)", "(보유차량 중 전기차 2대 포함)", "※ 보유 차량 중 2대 임차"])
def test_a_note_starting_otherwise_stays_a_note(note, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{note}\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [("공용차량 현황", "공용차량현황", None, None, HELD)]
    assert report.tables == [] and summary(report) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
def test_a_note_below_the_held_count_leaves_the_count_read(layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n(보유 13대)\n\n(전기차 2대 포함)\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [("공용차량 현황 (보유 13대)", "공용차량현황", 13, None, HELD)]
    assert summary(report) == [("header.total", "error", "제목", "총계", "12", "13")]
