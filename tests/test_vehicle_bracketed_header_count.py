"""A fleet's count printed in brackets on a line of its own under its heading (`□ 공용차량 현황` over `(총 12대)`,
`(총 12대, 정수 12대)`, `[총 12대]`) is the heading's `총N대`, as the line unbracketed (`총 12대 (정수 12대)`) is:
before, the bracketed line was taken for the table's caption, which names no vehicles, and no fleet was read at all
(the table kept as a grid, its total unchecked). A line in brackets that notes part of the fleet (`(전기차 2대 포함)`)
is a note, as `※ 친환경차 2대 포함` is: the heading stays the caption, and its figure is no total."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import read_laid_out

COVER = "2025년 주요업무 보고\n\n총무과\n\nⅠ. 일반현황\n\n1. 차량 현황\n\n"
HEADING = "□ 공용차량 현황"
TABLE = "구 분\t계\t승용\t승합\t화물\t특수\n계\t12\t4\t3\t4\t1\n"
HELD = [("계", "계", 12), ("공용차량현황", "승용", 4), ("공용차량현황", "승합", 3), ("공용차량현황", "화물", 4),
        ("공용차량현황", "특수", 1)]
LAYOUTS = ["tab", "space-aligned", "pipe-tables", "pdf grid"]


def fleets(report) -> list[tuple]:
    return [(f.caption, f.name, f.printed_total, f.quota, [(c.category, c.kind, c.count) for c in f.counts])
            for f in report.vehicles]


def summary(report) -> list[tuple]:
    return [(f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("count", "caption", "quota"), [
    ("(총 12대)", "공용차량 현황 (총 12대)", None),
    ("(총 12대, 정수 12대)", "공용차량 현황 (총 12대, 정수 12대)", 12),
    ("( 총 12대 )", "공용차량 현황 (총 12대)", None),
    ("[총 12대]", "공용차량 현황 [총 12대]", None),
    ("【총 12대】", "공용차량 현황 【총 12대】", None),
])
def test_a_bracketed_count_under_the_heading_is_the_fleets_header_total(count, caption, quota, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n{count}\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [(caption, "공용차량현황", 12, quota, HELD)]
    assert report.tables == [] and summary(report) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_bracketed_count_that_is_not_the_tables_total_is_a_finding(layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n(총 13대)\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [("공용차량 현황 (총 13대)", "공용차량현황", 13, None, HELD)]
    assert summary(report) == [("header.total", "error", "제목", "총계", "12", "13")]
    if layout == "tab":  # the line printing the count, under the heading's
        assert report.vehicles[0].heading_source.line == 11


def test_a_bracketed_count_under_a_markdown_heading_with_a_pipe_table(tmp_path):
    source = tmp_path / "t.md"
    source.write_text(f"{COVER}### □ 공용차량 현황\n(총 12대)\n\n| 구 분 | 계 | 승용 | 승합 | 화물 | 특수 |\n"
                      "|---|---|---|---|---|---|\n| 계 | 12 | 4 | 3 | 4 | 1 |\n", encoding="utf-8")
    report = extract_file(source)
    assert fleets(report) == [("공용차량 현황 (총 12대)", "공용차량현황", 12, None, HELD)]
    assert report.tables == [] and summary(report) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("note", ["(전기차 2대 포함)", "[친환경차 2대 포함]", "(단위: 대)", "(2025. 5. 31. 기준)"])
def test_a_bracketed_note_under_the_heading_is_no_count_and_leaves_the_heading_its_caption(note, layout, tmp_path):
    # before, `(전기차 2대 포함)` captioned the table, and no fleet was read
    report = read_laid_out(f"{COVER}{HEADING}\n\n{note}\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [("공용차량 현황", "공용차량현황", None, None, HELD)]
    assert report.tables == [] and summary(report) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
def test_a_bracketed_note_below_the_bracketed_count_leaves_the_count_read(layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n(총 13대)\n\n(전기차 2대 포함)\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [("공용차량 현황 (총 13대)", "공용차량현황", 13, None, HELD)]
    assert summary(report) == [("header.total", "error", "제목", "총계", "12", "13")]
