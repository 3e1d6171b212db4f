"""False findings of a PDF's reading (branch extra78): every fixture's PDF read three ways (pdftotext -raw,
-layout, pdfplumber) against its text twin. The one false alarm among them: 재산관리과's `□ 공유재산` as
`pdftotext -raw` prints it, two label columns each row on one line (`구 분 구 분 수 량 면적(㎡) 비 고` over
`계 계 1,342 2,486,310`, `토 지 소 계 1,284 2,412,150`, `토 지 대 지 312 486,200`). Before, each row's two
labels were read as one (`토 지 소 계`), the header parted into as few (`구 분 구 | 분 수 량`), so `계 계` was no
total and each group's 소계 seemed to close the rows above it: four false `sum.table` findings (토지 소계 1,284
against 1,342, the 계 counted in; 건물 소계 58 against 1,284, 토지's rows) and the planted one (토지 소계's 면적)
missed. Now the rows are parted into a group's label and their own where a group's 소계 names the group
(`one_space_tables._groups_apart`), and the check takes a total printed in both label columns read as one cell
(`계 계`) for a total, for a reading that cannot part them."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from tests.layouts import needs_pdftotext, pdftotext_reading
from tests.test_department_reports import finding_figures

REPORTS = Path(__file__).parent / "department_reports"
PROPERTY = "2024-hanbit-jaesangwalli.md"
# the planted error: 토지 소계's 면적 2,412,150 where its rows make 2,402,150
PLANTED = ("sum.table", "토 지 / 소 계", "면적(㎡)", "2,402,150", "2,412,150")
GROUPED_ROWS = [["계", "계", "1,342", "2,486,310", ""],
                ["토 지", "소 계", "1,284", "2,412,150", ""],
                ["토 지", "대 지", "312", "486,200", ""],
                ["토 지", "도 로", "845", "1,624,800", ""],
                ["토 지", "기 타", "127", "291,150", "공원·하천 부지"],
                ["건 물", "소 계", "58", "84,160", ""],
                ["건 물", "청 사", "12", "38,420", "본관·별관 포함"],
                ["건 물", "복지시설", "46", "45,740", ""]]


def _findings(report) -> list[tuple]:
    return sorted(finding_figures(f) for f in run_checks(report))


def _property_table(report):
    """The `□ 공유재산` table: the one whose 계 row prints 1,342 and 2,486,310."""
    return next(t for t in report.tables if any(row[-3:-1] == ["1,342", "2,486,310"] for row in t.rows))


@needs_pdftotext
def test_the_raw_reading_of_the_property_report_finds_what_its_text_does(tmp_path):
    # before: four EXTRA sum.table findings (('1,342', '1,284'), ('1,284', '58'), ('2,486,310', '2,412,150'),
    # ('2,402,150', '84,160')) and the planted one MISSED
    read = pdftotext_reading(REPORTS / PROPERTY, "-raw", tmp_path)
    twin = extract_file(REPORTS / PROPERTY)
    assert _findings(read) == _findings(twin)
    assert PLANTED in _findings(read)
    table = _property_table(read)
    assert table.rows == [["구 분", "구 분", "수 량", "면적(㎡)", "비 고"], *GROUPED_ROWS]
    assert table.rows == _property_table(twin).rows


_HEAD = ["2024년 주요업무 보고", "재산관리과", "5. 공유재산 현황", "□ 공유재산", "(단위: 필지ㆍ동, ㎡)"]
_REPEATED = ["계 계 1,342 2,486,310", "토 지 소 계 1,284 2,412,150", "토 지 대 지 312 486,200",
             "토 지 도 로 845 1,624,800", "토 지 기 타 127 291,150 공원ㆍ하천 부지", "건 물 소 계 58 84,160",
             "건 물 청 사 12 38,420 본관ㆍ별관 포함", "건 물 복지시설 46 45,740"]
_ONCE = ["계 계 1,342 2,486,310", "토 지 소 계 1,284 2,412,150", "대 지 312 486,200", "도 로 845 1,624,800",
         "기 타 127 291,150 공원ㆍ하천 부지", "건 물 소 계 58 84,160", "청 사 12 38,420 본관ㆍ별관 포함",
         "복지시설 46 45,740"]


def _read(tmp_path, header: str, rows: list[str]):
    path = tmp_path / "report.txt"
    path.write_text("\n".join([*_HEAD, header, *rows]) + "\n", encoding="utf-8")
    report = extract_file(path)
    (table,) = report.tables
    return table.rows, _findings(report)


def test_a_group_s_label_printed_in_each_of_its_rows(tmp_path):
    rows, findings = _read(tmp_path, "구 분 구 분 수 량 면적(㎡) 비 고", _REPEATED)
    assert rows == [["구 분", "구 분", "수 량", "면적(㎡)", "비 고"], *GROUPED_ROWS]
    assert findings == [PLANTED]


def test_one_label_merged_over_both_label_columns(tmp_path):
    # `구 분` once over both (a merged header cell): the header parts into as many labels as the rows' columns but one
    rows, findings = _read(tmp_path, "구 분 수 량 면적(㎡) 비 고", _REPEATED)
    assert rows[0] == ["구 분", "", "수 량", "면적(㎡)", "비 고"]
    assert rows[1:] == GROUPED_ROWS
    assert findings == [PLANTED]


def test_a_group_s_label_printed_once_on_its_subtotal_s_line(tmp_path):
    # its rows under the 소계 print none: the group's (a blank beside them), as a merged cell's rows
    rows, findings = _read(tmp_path, "구 분 구 분 수 량 면적(㎡) 비 고", _ONCE)
    assert [row[:2] for row in rows[1:]] == [["계", "계"], ["토 지", "소 계"], ["", "대 지"], ["", "도 로"],
                                             ["", "기 타"], ["건 물", "소 계"], ["", "청 사"], ["", "복지시설"]]
    assert findings == [PLANTED]


def test_subtotals_closing_their_groups_stay_one_label_and_the_total_printed_twice_is_a_total(tmp_path):
    # rows above the first 소계 print no group's label, so the labels are not parted (which group a row is of is
    # not printed on its line); the check then reads `계 계` as the 계 and each 소계 closes the rows back to it.
    # Before: `토 지 소 계` 1,284 against 2,626 (the 계 counted in)
    closing = ["계 계 1,342 2,486,310", "대 지 312 486,200", "도 로 845 1,624,800", "기 타 127 291,150",
               "토 지 소 계 1,284 2,412,150", "청 사 12 38,420", "복지시설 46 45,740", "건 물 소 계 58 84,160"]
    rows, findings = _read(tmp_path, "구 분 구 분 수 량 면적(㎡) 비 고", closing)
    assert [row[0] for row in rows[1:]] == ["계 계", "대 지", "도 로", "기 타", "토 지 소 계", "청 사", "복지시설",
                                            "건 물 소 계"]
    assert findings == [("sum.table", "토 지 소 계", "면적(㎡)", "2,402,150", "2,412,150")]


def test_rows_no_subtotal_names_a_group_of_are_one_label(tmp_path):
    # no `… 소 계` row: nothing says the labels hold a group's, `보 건 소` and `구 청` stay whole labels
    rows, findings = _read(tmp_path, "구 분 인 원 비 고", ["계 30", "보 건 소 10", "구 청 20 본관"])
    assert rows == [["구 분", "인 원", "비 고"], ["계", "30", ""], ["보 건 소", "10", ""], ["구 청", "20", "본관"]]
    assert findings == []


_GROUP_NAMES = ["토 지", "건 물", "공 원", "시 설"]
_ROW_NAMES = ["대 지", "도 로", "기 타", "청 사", "복지시설", "임 야"]


@given(st.lists(st.lists(st.tuples(st.sampled_from(_ROW_NAMES), st.integers(1, 999)), min_size=1, max_size=4),
                min_size=1, max_size=4), st.booleans())
def test_groups_of_any_size_part_by_their_subtotals(groups, repeated):
    # each group: its 소계 first, then its rows, the group's label printed before each (`repeated`) or only on the
    # 소계's line; every row comes out in its group's column
    lines = ["구 분 구 분 수 량 비 고", f"계 계 {sum(n for group in groups for _, n in group):,}"]
    expected = [["계", "계"]]
    for name, group in zip(_GROUP_NAMES, groups, strict=False):
        lines.append(f"{name} 소 계 {sum(n for _, n in group):,}")
        expected.append([name, "소 계"])
        for label, n in group:
            lines.append(f"{name} {label} {n:,}" if repeated else f"{label} {n:,}")
            expected.append([name if repeated else "", label])
    out = [line.split("\t") for line in one_space_tables(lines)]
    assert out[0] == ["구 분", "구 분", "수 량", "비 고"]
    assert [row[:2] for row in out[1:]] == expected
