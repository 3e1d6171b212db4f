"""A fleet's count on a line of its own under its heading after the words of what it counts, not `총` nor `보유`:
`□ 공용차량 현황` over `(공용차량 12대)`, `(관용차량 총 12대)`, `[업무용 12대]`, or its parts, `(관용 10대, 임차 2대)`,
unbracketed `관용 10대, 임차 2대`, `관용 10대 · 임차 2대`. It is the fleet's held total (its parts summed: the schema
has no place for them, the caption keeps them as printed), checked against the table, as `(총 12대)` is: before, in
brackets it was a note (no total to check), and unbracketed it captioned the table, which names no vehicles, so no
fleet was read at all. A part of the fleet stays a note: `(전기차 2대 포함)`, `(친환경차 2대 포함)`, `(전기차 2대)`,
`※ 임차 2대 별도`, `(관용 10대, 임차 2대 별도)`."""

import pytest

from pipeline.extract import extract_file
from tests.layouts import read_laid_out
from tests.test_vehicle_bracketed_header_count import COVER, HEADING, HELD, LAYOUTS, TABLE, fleets, summary


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("count", [
    "(공용차량 12대)", "(관용 10대, 임차 2대)", "(관용차량 총 12대)", "[업무용 12대]", "（관용 10대, 임차 2대）",
    "(관용차량 10대, 임차차량 2대)", "(관용 10대·임차 2대)", "(관용 10대 / 임차 2대)", "(관용: 10대, 임차: 2대)",
    "관용 10대, 임차 2대", "관용 10대 ㆍ 임차 2대", "업무용 12대", "○ 관용 10대, 임차 2대", "- 관용 10대, 임차 2대",
])
def test_a_count_after_the_words_of_what_it_counts_is_the_fleets_header_total(count, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{count}\n\n{TABLE}", layout, tmp_path)
    # as the readers print it: full-width brackets and `ㆍ` read as `(` and `·`, a bullet's mark apart
    line = count.removeprefix("○ ").removeprefix("- ").translate(str.maketrans("（）ㆍ", "()·"))
    assert fleets(report) == [(f"공용차량 현황 {line}", "공용차량현황", 12, None, HELD)]
    assert report.tables == [] and summary(report) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("count", "total"), [
    ("(관용 10대, 임차 3대)", "13"), ("(공용차량 13대)", "13"), ("관용 11대, 임차 2대", "13"), ("[업무용 11대]", "11")])
def test_a_named_count_that_is_not_the_tables_total_is_a_finding(count, total, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{count}\n\n{TABLE}", layout, tmp_path)
    assert [(f.name, f.printed_total) for f in report.vehicles] == [("공용차량현황", int(total))]
    assert summary(report) == [("header.total", "error", "제목", "총계", "12", total)]
    if layout == "tab":  # the line printing the count, under the heading's
        assert report.vehicles[0].heading_source.line == 11


@pytest.mark.parametrize(("count", "total", "findings"), [
    ("(관용 10대, 임차 2대)", 12, []),
    ("- 관용 10대, 임차 3대", 13, [("header.total", "error", "제목", "총계", "12", "13")]),
    ("[업무용 12대]", 12, []),
])
def test_a_named_count_under_a_markdown_heading_with_a_pipe_table(count, total, findings, tmp_path):
    source = tmp_path / "t.md"
    source.write_text(f"{COVER}### □ 공용차량 현황\n\n{count}\n\n| 구 분 | 계 | 승용 | 승합 | 화물 | 특수 |\n"
                      "|---|---|---|---|---|---|\n| 계 | 12 | 4 | 3 | 4 | 1 |\n", encoding="utf-8")
    report = extract_file(source)
    assert [(f.name, f.printed_total, [(c.category, c.kind, c.count) for c in f.counts])
            for f in report.vehicles] == [("공용차량현황", total, HELD)]
    assert report.tables == [] and summary(report) == findings


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("note", [
    "(전기차 2대 포함)", "(친환경차 2대 포함)", "(전기차 2대)", "[수소차 1대]", "※ 임차 2대 별도",
    "(관용 10대, 임차 2대 별도)", "(하이브리드 3대 포함)"])
def test_a_part_of_the_fleet_stays_a_note(note, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{note}\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [("공용차량 현황", "공용차량현황", None, None, HELD)]
    assert report.tables == [] and summary(report) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
def test_a_part_noted_below_the_named_count_leaves_the_count_read(layout, tmp_path):
    lines = "(관용 11대, 임차 2대)\n\n(전기차 2대 포함)"
    report = read_laid_out(f"{COVER}{HEADING}\n\n{lines}\n\n{TABLE}", layout, tmp_path)
    assert fleets(report) == [("공용차량 현황 (관용 11대, 임차 2대)", "공용차량현황", 13, None, HELD)]
    assert summary(report) == [("header.total", "error", "제목", "총계", "12", "13")]


OWN = "구 분\t계\t승용\t승합\n계\t10\t6\t4\n"
LEASED = "구 분\t계\t승용\t승합\n계\t2\t1\t1\n"


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pipe-tables"])
@pytest.mark.parametrize(("first", "second", "fleet_names"), [
    ("○ 관용 10대", "○ 임차 2대", ["공용차량현황", "공용차량현황"]),
    ("(관용 10대)", "(임차 2대)", ["공용차량현황", "공용차량현황"]),
    # before, the second count went on from the first's caption (`… 총 10대 총 2대`): 10, a false header.total
    ("○ 총 10대", "○ 총 2대", ["공용차량현황", "공용차량현황"]),
    # a line naming a fleet captions its own table, as before
    ("○ 관용차량 10대", "○ 임차차량 2대", ["관용차량", "임차차량"]),
])
def test_each_count_line_over_a_table_of_its_own_heads_that_table(first, second, fleet_names, layout, tmp_path):
    report = read_laid_out(f"{COVER}{HEADING}\n\n{first}\n\n{OWN}\n{second}\n\n{LEASED}", layout, tmp_path)
    assert [(f.name, f.printed_total) for f in report.vehicles] == list(zip(fleet_names, [10, 2], strict=True))
    assert summary(report) == []


@pytest.mark.parametrize(("caption", "total", "quota"), [
    ("□ 관용차량 10대, 임차차량 2대", 12, None),  # a heading printing the parts: their sum
    ("□ 공용차량 12대 (전기차 2대 포함)", 12, None),  # a part noted after the count: no part of the total
    ("□ 공용차량 12대, 전기차 2대", 12, None),  # a fuel's count is a part of the fleet's
    ("□ 공용차량 보유 12대, 정수 12대", 12, 12),  # the quota is no part
    ("□ 관용차량 10대, 임차차량 2대 별도", 10, None),  # parts a word after them notes: the first alone
    ("□ 공용차량 총 12대 (관용 10대, 임차 2대)", 12, None),
    ("□ 차량 현황: 관용 10대, 임차 2대", 12, None),
])
def test_a_heading_printing_the_fleets_parts_has_their_sum(caption, total, quota, tmp_path):
    report = read_laid_out(f"{COVER}{caption}\n\n{TABLE}", "tab", tmp_path)
    (fleet,) = report.vehicles
    assert (fleet.printed_total, fleet.quota) == (total, quota)


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
@pytest.mark.parametrize(("line", "caption"), [("(주차면 120대)", "청사 현황"), ("주차면 120대", "주차면 120대")])
def test_a_count_under_a_heading_naming_no_vehicles_is_no_fleets(line, caption, layout, tmp_path):
    # as before: in brackets a note, leaving the heading the caption; unbracketed the table's own caption
    report = read_laid_out(f"{COVER}□ 청사 현황\n\n{line}\n\n구 분\t계\t지상\t지하\n주차면\t120\t20\t100\n",
                           layout, tmp_path)
    assert report.vehicles == [] and [t.caption for t in report.tables] == [caption]
