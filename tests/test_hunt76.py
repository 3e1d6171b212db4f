"""A 재산관리과's report as docling prints a .docx to markdown (branch hunt76): `2024-hanbit-jaesangwalli.md`
(2024, 제287회 제1차 정례회): every heading `## ` whatever its level, `<!-- image -->` where pictures stood, pipe
tables padded as docling pads them whose merged cells are printed in every cell they span: a staffing header of
three rows (`일반직` six times over `행정` four times and `시설` twice over grades, `구 분`, `계` and `공무직` down all
three), `차 종 | 차 종` across and `승 용` down a fleet's two rows under `□ 공용차량 - 총 3대`, `토 지` and `건 물` down
the rows of a 공유재산 table of `수 량 | 면적(㎡)` each beside its `소 계`, `본 관` and its `7,622` (대지) down a
building table's two rows, a row merged across a project's table (`토 지` in each of its cells); a cell's two lines
joined by a space (`집행률(%) (5.31.기준)`, `지하2층 지상7층`); lists flattened to one level, each item's own mark
kept at its text's start (`- ○ …`, `- - …`, `- · …`); a budget in 천원; a project's budget of `계 | 국비 | 시비 |
구비` under a 소요예산 and one of 예산액 and 집행액 rows; periods `2월~3월`, `연중`, `하반기`; amounts `95,700천원`,
`32억 1,000만원`, `6억 5,000만원`.
Three errors planted: 행정 8·9급's 과부족 `△2` where 4 − 5 is −1; 재산 취득 및 처분's 집행률 33.9 where 215,680 ÷
640,000 is 33.7%; 토지's 소계 면적 2,412,150 where its rows make 2,402,150.
What was read wrong before: the staffing's `일반직` over the repeated `행정`s was left unmerged (labels alike over
labels alike, not told a merged cell), so 6급, 7급 and 8·9급 were 일반직's and 시설 7급 too, and the 정원's and
현원's 계 found wrong (18 expected of 24 and of 23: two false errors); the 공유재산 table's `토 지` printed down its
rows was a group of one row each, so no 소계 summed its rows: the wrong one was missed and the 계 found wrong in both
columns (4,982,620 and 2,684 expected, every row added); the flattened items were siblings, their marks aside, or
nested by chance (`- - 토지 … 현장조사` a sibling of `- ○ 공유재산 실태조사`, the `- -` item after it under it);
the building table's 대지 merged down was counted twice, its 계 found wrong (18,364 expected); the project's
table's rows merged across left its columns no figure columns, their sums unchecked.
Its PDF's `pdftotext -raw` text is not asked: the PDF draws the labels as docling prints them, repeated, and a
letter-spaced label printed twice on a line (`토 지 소 계 1,284 …`) parts no way into its columns; a real PDF prints
a merged cell once. Its `-layout` text's fleet (`계 계 3` laid out by characters, its 3 two display columns left of
the 1s under it) and projects (`토지` and `건물` each alone on its line in the 실태조사 결과 table, as the PDF draws a
row merged across) are read as the text's since layout77 (`tests/test_layout77.py`)."""

import functools
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from pipeline.document import Bullet
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading, read_markdown, records_but_the_document
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
PROPERTY = "2024-hanbit-jaesangwalli.md"
K = 1_000  # 천원
PLANTED = [("shortfall", "과부족", "행정 8·9급", "-1", "-2"),
           ("rate", "재산 취득 및 처분", "집행률(%)", "33.7", "33.9"),
           ("sum.table", "토 지 / 소 계", "면적(㎡)", "2,402,150", "2,412,150")]


@functools.cache
def report():
    return extract_file(REPORTS / PROPERTY)


def months(first: int, last: int) -> list[str]:
    return [f"2024-{month:02d}" for month in range(first, last + 1)]



def test_the_three_planted_errors_are_the_findings():
    assert [finding_figures(f) + (f.source.line,) for f in run_checks(report())] == [
        key + (line,) for key, line in zip(PLANTED, (29, 53, 65), strict=True)]
    lines = (REPORTS / PROPERTY).read_text(encoding="utf-8").split("\n")
    assert [cell.strip() for cell in lines[64].split("|")[1:-1]] == ["토 지", "소 계", "1,284", "2,412,150", ""]


def test_the_cover_of_headings_alike():
    document = report().document
    assert (document.department, document.year, document.title, document.team_count) == (
        "재산관리과", 2024, "2024년 주요업무 보고", 3)
    assert (document.council_session, document.session_start, document.session_end) == (
        "제287회 한빛구의회 제1차 정례회", date(2024, 6, 11), date(2024, 6, 25))


GRID = [("계", "계"), ("행정", "5급"), ("행정", "6급"), ("행정", "7급"), ("행정", "8·9급"), ("시설", "6급"),
        ("시설", "7급"), ("공무직", "계")]
STAFF = {"정원": [24, 1, 5, 6, 5, 2, 3, 2], "현원": [23, 1, 6, 5, 4, 2, 3, 2], "과부족": [-1, 0, 1, -1, -2, 0, 0, 0]}


def test_the_staffing_under_a_header_of_three_rows_repeating_its_merged_labels():
    # before: ("행정", "5급"), ("일반직", "6급"), …, ("시설", "6급"), ("일반직", "7급"), the 정원's and 현원's 계 wrong
    for status, counts in STAFF.items():
        assert [(s.job_class, s.grade, s.headcount) for s in report().staffing if s.status == status] == [
            (*cell, count) for cell, count in zip(GRID, counts, strict=True)]
    assert {s.as_of for s in report().staffing} == {date(2024, 5, 31)}


STAFF_TABLE = """2024년 주요업무 보고

재산관리과

## Ⅰ. 일반현황

## 2. 인 력

| 구 분 | 계 | 일반직 | {a} | {a} | {a} | {a} | {a} | 공무직 |
|---|---|---|---|---|---|---|---|---|
| {b} | {c} | 행정 | {d} | {d} | {d} | 시설 | {e} | {f} |
| {b} | {c} | 5급 | 6급 | 7급 | 8·9급 | 6급 | 7급 | {f} |
| 정 원 | 24 | 1 | 5 | 6 | 5 | 2 | 3 | 2 |
| 현 원 | 23 | 1 | 6 | 5 | 4 | 2 | 3 | 2 |
| 과부족 | △1 | - | 1 | △1 | △1 | - | - | - |
"""


@pytest.mark.parametrize("merged", [
    dict(a="일반직", b="구 분", c="계", d="행정", e="시설", f="공무직"),  # docling: repeated in each cell it spans
    dict(a="", b="", c="", d="", e="", f=""),  # pandoc, HTML, a PDF: once, the cells it covers blank
])
def test_a_header_of_three_rows_reads_alike_printed_either_way(merged, tmp_path):
    read = read_markdown(tmp_path, STAFF_TABLE.format(**merged))
    assert [(s.job_class, s.grade) for s in read.staffing if s.status == "정원"] == GRID
    assert run_checks(read) == []


def test_the_fleet_of_kinds_merged_down_under_its_count():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.unit) == ("공용차량 - 총 3대", 3, "대")
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 3), ("승용", "소형", 1), ("승용", "중형", 1), ("화물", "소형", 1)]


def test_the_budget_in_thousands():
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text, b.as_of) for b in report().budget] == [
        ("계", 4_812_600 * K, 1_903_450 * K, "39.6", date(2024, 5, 31)),
        ("공유재산 관리", 1_520_000 * K, 486_400 * K, "32.0", date(2024, 5, 31)),
        ("청사 시설 관리", 2_130_400 * K, 905_420 * K, "42.5", date(2024, 5, 31)),
        ("재산 취득 및 처분", 640_000 * K, 215_680 * K, "33.9", date(2024, 5, 31)),
        ("기본경비", 522_200 * K, 295_950 * K, "56.7", date(2024, 5, 31))]


def test_the_property_and_building_tables_keep_their_labels_filled():
    land, halls, _ = [t for t in report().tables if t.records_in is None]
    assert (land.caption, land.unit, halls.caption, halls.unit) == ("공유재산", "필지·동, ㎡", "구 청사", "㎡")
    assert [row[:4] for row in land.rows] == [
        ["구 분", "구 분", "수 량", "면적(㎡)"], ["계", "계", "1,342", "2,486,310"],
        ["토 지", "소 계", "1,284", "2,412,150"], ["토 지", "대 지", "312", "486,200"],
        ["토 지", "도 로", "845", "1,624,800"], ["토 지", "기 타", "127", "291,150"],
        ["건 물", "소 계", "58", "84,160"], ["건 물", "청 사", "12", "38,420"], ["건 물", "복지시설", "46", "45,740"]]
    assert halls.rows == [["구 분", "구 분", "대지(㎡)", "연면적(㎡)", "규 모", "준공연도"],
                          ["계", "계", "10,742", "24,840", "", ""],
                          ["본 관", "본 관", "7,622", "15,420", "지하2층 지상7층", "1995"],
                          ["본 관", "증축동", "7,622", "3,180", "지상4층", "2012"],
                          ["별 관", "별 관", "3,120", "6,240", "지하1층 지상5층", "2008"]]


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # 건물's 소계, its rows' sum (before: the 계 found wrong, every row added, and this one missed)
    ("| 58    | 84,160 ", "| 58    | 85,160 ", [("sum.table", "건 물 / 소 계", "면적(㎡)", "84,160", "85,160")]),
    # the 계, the 소계s' sum
    ("| 1,342 | 2,486,310 |", "| 1,352 | 2,486,310 |", [("sum.table", "계 / 계", "수 량", "1,342", "1,352")]),
    # a row of a group: its 소계 found, not the 계 (right of the 소계s)
    ("| 12    | 38,420 ", "| 13    | 38,420 ", [("sum.table", "건 물 / 소 계", "수 량", "59", "58")]),
    # the building table's 계 beside a 대지 merged down 본관's two rows (7,622 once: before, twice, the 계 wrong)
    ("| 24,840 |", "| 24,940 |", [("sum.table", "계 / 계", "연면적(㎡)", "24,840", "24,940")]),
])
def test_one_more_error_planted_in_a_table_is_found_beside_the_three(printed, wrong, found):
    assert sorted(planted(PROPERTY, printed, wrong)) == sorted(PLANTED + found)


def test_a_row_merged_across_the_table_is_its_label_once():
    # docling prints `토 지` in every cell of a row merged across a project's table: before, the cells of figure
    # columns, which were no longer read as figures, so that their sums went unchecked
    [survey] = [t for t in report().tables if t.project_seq == 1]
    assert (survey.caption, survey.unit) == ("실태조사 결과", "필지·동, 건")
    assert survey.rows == [["구 분", "조사 건수", "무단점유", "대 부"], ["계", "1,342", "24", "86"],
                           ["토 지", "", "", ""], ["대 지", "312", "9", "41"], ["도 로", "845", "11", "12"],
                           ["기 타", "127", "2", "18"], ["건 물", "", "", ""], ["청 사", "12", "-", "3"],
                           ["복지시설", "46", "2", "12"]]
    assert [key for key in planted(PROPERTY, "| 24   | 86  |", "| 24   | 87  |") if key not in PLANTED] == [
        ("sum.table", "계", "대 부", "86", "87")]


@pytest.mark.parametrize(("site", "found"), [
    ("3,120", []), ("3,140", [("sum.table", "계 / 계", "대지(㎡)", "18,384", "10,742")])])
def test_a_figure_merged_down_a_group_is_counted_once_where_that_adds_up(site, found):
    # the 계's 10,742 is 7,622 once and 별관's 3,120; where no reading adds up, the rows' sum as printed is expected
    assert [key for key in planted(PROPERTY, "| 3,120  |", f"| {site}  |") if key not in PLANTED] == found


GROUPS = """2024년 주요업무 보고

재산관리과

## Ⅰ. 일반현황

## □ 공유재산

| 구 분 | 구 분 | 면적(㎡) |
|---|---|---|
| 계 | 계 | 900 |
| 토 지 | 소 계 | 600 |
| {land} | 대 지 | 250 |
| {land} | 도 로 | {road} |
| 건 물 | 소 계 | 300 |
| {hall} | 청 사 | 300 |
"""


@pytest.mark.parametrize(("land", "hall"), [("토 지", "건 물"), ("", "")])
@pytest.mark.parametrize(("road", "found"), [
    ("350", []), ("360", [("sum.table", "토 지 / 소 계", "면적(㎡)", "610", "600")])])
def test_a_group_label_merged_down_reads_alike_repeated_or_once(land, hall, road, found, tmp_path):
    read = read_markdown(tmp_path, GROUPS.format(land=land, hall=hall, road=road))
    assert [finding_figures(f) for f in run_checks(read)] == found


def test_the_same_label_on_rows_of_one_label_column_is_no_group(tmp_path):
    # a table of one label column: rows printing one label twice are two rows, each counted by the 계
    text = GROUPS.split("| 구 분 | 구 분")[0] + ("| 구 분 | 면적(㎡) |\n|---|---|\n| 계 | 500 |\n| 대 지 | 250 |\n"
                                              "| 대 지 | 250 |\n")
    assert run_checks(read_markdown(tmp_path, text)) == []


def test_the_projects_items_flattened_with_their_own_marks():
    survey, halls, trespass = report().projects
    assert [(p.section, p.title, p.team) for p in report().projects] == [
        ("Ⅱ 주요업무 추진실적", "공유재산 실태조사 및 활용", "재산관리팀"),
        ("Ⅱ 주요업무 추진실적", "청사 시설 안전관리", "청사관리팀"),
        ("Ⅲ 신규·중점사업 추진실적", "공유재산 무단점유 정비", "재산활용팀")]
    assert project_items(survey, "사업개요") == [
        ("기 간: 2024. 1. ~ 12.", months(1, 12), None),
        ("대 상: 구 소유 공유재산 1,342건(토지 1,284필지, 건물 58동)", None, None),
        ("사업비: 95,700천원", None, 95_700 * K)]
    # before: `- - 토지 …` a sibling of `- ○ 공유재산 실태조사 실시`, `- · 변상금 징수` of both
    assert [(item.text, [child.text for child in item.children]) for item in survey.items
            if item.heading == "주요 추진실적"] == [
        ("공유재산 실태조사 실시", ["토지 1,284필지 현장조사: 2월~3월 / 95,700천원",
                             "무단점유 24건 확인 및 변상금 부과: 4월 / 128,400천원"]),
        ("유휴 재산 활용", ["주민 공유공간 조성 부지 대부(3필지): 5월"])]
    assert project_items(survey, "주요 추진실적")[1:4] == [
        ("토지 1,284필지 현장조사: 2월~3월 / 95,700천원", months(2, 3), 95_700 * K),
        ("무단점유 24건 확인 및 변상금 부과: 4월 / 128,400천원", months(4, 4), 128_400 * K),
        ("변상금 징수 18건", None, None)]
    assert [child.text for item in survey.items for child in item.children for child in child.children] == [
        "변상금 징수 18건"]
    assert project_items(survey, "향후계획") == [
        ("하반기 공유재산 실태조사: 하반기", months(7, 12), None), ("공유재산심의회 운영: 연중", months(1, 12), None),
        ("2025년 공유재산 관리계획 수립: 9월~10월", months(9, 10), None)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source) for b in survey.budget_lines] == [
        ("계", 95_700 * K, None, None), ("국비", 0, None, "국비"), ("시비", 30_000 * K, None, "시비"),
        ("구비", 65_700 * K, None, "구비")]
    assert project_items(halls, "사업개요")[2] == ("사업비: 32억 1,000만원", None, 3_210_000 * K)
    assert project_items(halls, "주요 추진실적") == [
        ("노후 시설 개선", None, None),
        ("본관 승강기 교체(2대): 2월~3월 / 420,000천원", months(2, 3), 420_000 * K),
        ("별관 외벽 보수공사: 4월~5월 / 6억 5,000만원", months(4, 5), 650_000 * K),
        ("청사 안전점검: 연중 / 분기별 1회", months(1, 12), None)]
    assert [len(item.children) for item in halls.items if item.heading == "주요 추진실적"] == [2, 0]
    assert project_items(halls, "향후계획") == [
        ("본관 냉난방 설비 교체: 7월~9월 / 1,250,000천원", months(7, 9), 1_250_000 * K),
        ("청사 정밀안전진단: 하반기", months(7, 12), None)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source) for b in halls.budget_lines] == [
        ("계", 3_210_000 * K, 905_420 * K, None), ("국비", 0, 0, "국비"),
        ("시비", 1_200_000 * K, 340_000 * K, "시비"), ("구비", 2_010_000 * K, 565_420 * K, "구비")]
    assert project_items(trespass) == [
        ("기 간: 2024. 3. ~ 12.", months(3, 12), None), ("내 용: 무단점유 공유재산 정비 및 변상금 부과", None, None),
        ("무단점유 현장 정비: 3월~5월 / 12건", months(3, 5), None), ("원상회복 명령: 4월 / 5건", months(4, 4), None),
        ("무단점유 정비 2단계: 하반기", months(7, 12), None), ("변상금 체납액 징수: 연중", months(1, 12), None)]


def bullets(text: str) -> list[tuple[str, int, str]]:
    return [(b.text, b.depth, b.marker) for b in read_text("x.md", text.encode()).blocks if isinstance(b, Bullet)]


def test_a_flattened_lists_own_marks_are_its_levels():
    assert bullets("## □ 추진실적\n\n- ○ 실태조사\n- - 현장조사: 2월\n- · 징수 18건\n- - 변상금 부과: 4월\n"
                   "- ○ 재산 활용\n- ※ 잠정치\n") == [
        ("실태조사", 0, "○"), ("현장조사: 2월", 1, "-"), ("징수 18건", 2, "·"), ("변상금 부과: 4월", 1, "-"),
        ("재산 활용", 0, "○"), ("잠정치", 0, "※")]
    # a list nested by its indentation as before (marker's): a note at its items' level
    assert bullets("## □ 추진실적\n\n- ○ 정기 점검: 3월\n    - - 대상 52개소\n- ※ 결과 공개\n") == [
        ("정기 점검: 3월", 0, "○"), ("대상 52개소", 1, "-"), ("결과 공개", 0, "※")]


def test_the_report_as_a_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / PROPERTY, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == records_but_the_document(report())
    assert [finding_figures(f) for f in run_checks(read)] == PLANTED


@needs_pdftotext
def test_the_layout_text_of_its_pdf_finds_the_planted_three(tmp_path):
    read = pdftotext_reading(REPORTS / PROPERTY, "-layout", tmp_path)
    # `-layout` prints the letter-spaced labels closer (`토지 / 소계`)
    assert [tuple(part.replace(" ", "") for part in finding_figures(f)) for f in run_checks(read)] == [
        tuple(part.replace(" ", "") for part in key) for key in PLANTED]
    twin_records, read_records = records_but_the_document(report()), records_but_the_document(read)
    for name in ("staffing", "budget"):
        assert read_records[name] == twin_records[name], name


# a header's merged labels as a tree: each node a label over its children's columns, or over one column down to the
# header's last row where it has none; labels told apart among siblings only (`행정` under two classes, side by side)
_LEVELS = (("일반직", "별정직", "임기제", "공무직"), ("행정", "시설", "세무"), ("5급", "6급", "7급", "8급"))


def _nodes(level: int, depth: int):
    if level == depth - 1:
        leaf = st.sampled_from(_LEVELS[level]).map(lambda label: (label, ()))
        return st.lists(leaf, min_size=1, max_size=3, unique_by=lambda node: node[0])
    node = st.tuples(st.sampled_from(_LEVELS[level]), st.one_of(st.just(()), _nodes(level + 1, depth)))
    return st.lists(node, min_size=1, max_size=3, unique_by=lambda node: node[0])


def _columns(nodes, depth: int, level: int = 0) -> list[list[tuple[str, bool]]]:
    """Each column's cells top down: (the label of the node covering it, whether the node starts there)."""
    columns = []
    for label, children in nodes:
        below = _columns(children, depth, level + 1) if children else [[(label, False)] * (depth - level - 1)]
        columns += [[(label, k == 0)] + cells for k, cells in enumerate(below)]
    return columns


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 3).flatmap(lambda depth: st.tuples(st.just(depth), _nodes(0, depth))))
def test_a_header_printed_with_its_merged_labels_repeated_reads_as_printed_once(tree):
    from pipeline.document import _repeats_as_merged
    depth, nodes = tree
    columns = [[("구 분", k == 0) for k in range(depth)]] + _columns(nodes, depth)
    repeated = tuple(tuple(column[row][0] for column in columns) for row in range(depth))
    once = tuple(tuple(label if first else "" for label, first in (column[row] for column in columns))
                 for row in range(depth))
    body = (("정 원",) + ("1",) * (len(columns) - 1),)
    assert _repeats_as_merged(repeated + body) == once + body
