"""A fleet's count line whose parts are all counts of one breakdown is the fleet's total, their sum, checked against
the table as `(관용 10대, 임차 2대)` is: by fuel (`(전기차 8대, 휘발유 4대)`, `(경유 3대, 전기 2대, 수소 1대)`,
`LPG`, `/` or `·` between) and by ownership parted by `외` (`(관용 10대 외 임차 2대)`). Before, each was a note: no
total to check. A fuel's count alone or noted (`(전기차 2대)`, `(전기차 2대 포함)`) stays a note ("of which"), and
so do counts mixing breakdowns (`(관용 10대, 전기차 2대)`) or noting the last (`(휘발유 4대, 전기차 8대 포함)`,
`(관용 10대 외 임차 2대 별도)`). `(총 12대, 전기차 2대)` is the total and one part of it: 12, as `총 12대` is."""

import pytest

from extractors.vehicles import fleet_header
from tests.layouts import read_laid_out
from tests.test_vehicle_bracketed_header_count import COVER, HEADING, HELD, LAYOUTS, TABLE, fleets, summary


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("count", [
    "(전기차 8대, 휘발유 4대)", "(경유 3대, 전기 2대, 수소 1대, 휘발유 6대)",
    "(휘발유 6대 / 경유 4대 / 하이브리드 2대)",
    "(LPG 2대, 휘발유 10대)", "(전기차량 4대·수소차 2대·경유 6대)", "전기차 8대, 휘발유 4대", "(경유: 9대, 전기: 3대)",
    "(관용 10대 외 임차 2대)", "관용 10대 외 임차 2대", "(관용차량 10대 외 임차차량 2대)",
])
def test_a_breakdown_of_one_kind_is_the_fleets_header_total(count, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{count}\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [(f"공용차량 현황 {count}", "공용차량현황", 12, None, HELD)]
    assert report.tables == [] and summary(report) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("count", "total"), [
    ("(전기차 8대, 휘발유 5대)", "13"), ("(경유 3대, 전기 2대, 수소 1대)", "6"), ("(관용 10대 외 임차 3대)", "13")])
def test_a_breakdown_that_is_not_the_tables_total_is_a_finding(count, total, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{count}\n\n{TABLE}", layout, tmp_path)
    assert [(f.name, f.printed_total) for f in report.vehicles] == [("공용차량현황", int(total))]
    assert summary(report) == [("header.total", "error", "제목", "총계", "12", total)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("note", [
    "(전기차 2대)", "(전기차 2대 포함)", "(관용 10대, 전기차 2대)", "(휘발유 4대, 전기차 8대 포함)",
    "(관용 10대 외 임차 2대 별도)", "(전기차 8대, 휘발유 4대 제외)"])
def test_a_part_or_a_mixed_breakdown_stays_a_note(note, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{note}\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [("공용차량 현황", "공용차량현황", None, None, HELD)]
    assert report.tables == [] and summary(report) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("count", "findings"), [
    ("(총 12대, 전기차 2대)", []),
    ("(총 14대, 전기차 2대)", [("header.total", "error", "제목", "총계", "12", "14")]),  # not 12 + 2
])
def test_a_total_with_a_part_is_the_total(count, findings, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{count}\n\n{TABLE}", layout, tmp_path)
    assert [(f.caption, f.printed_total) for f in report.vehicles] == [
        (f"공용차량 현황 {count}", 12 if not findings else 14)]
    assert summary(report) == findings


@pytest.mark.parametrize(("caption", "total"), [
    ("□ 공용차량 현황 (경유 3대, 전기 2대, 수소 1대)", 6),
    ("□ 공용차량 12대 (전기차 8대, 휘발유 4대)", 12),  # the fleet's count first: the fuels are its parts
    ("□ 관용차량 10대 외 임차차량 2대", 12),
    ("□ 공용차량 12대, 전기차 2대", 12),  # as before: a fuel's count after the fleet's is a part of it
])
def test_a_heading_printing_a_breakdown(caption, total):
    assert fleet_header(caption)[1] == total
