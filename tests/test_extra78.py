"""False findings of a PDF's reading (branch extra78): every fixture's PDF read three ways (pdftotext -raw,
-layout, pdfplumber) against its text twin. The one false alarm among them: 재산관리과's `□ 공유재산` as
`pdftotext -raw` prints it, two label columns each row on one line (`구 분 구 분 수 량 면적(㎡) 비 고` over
`계 계 1,342 2,486,310`, `토 지 소 계 1,284 2,412,150`, `토 지 대 지 312 486,200`). Before, each row's two
labels were read as one (`토 지 소 계`), the header parted into as few (`구 분 구 | 분 수 량`), so `계 계` was no
total and each group's 소계 seemed to close the rows above it: four false `sum.table` findings (토지 소계 1,284
against 1,342, the 계 counted in; 건물 소계 58 against 1,284, 토지's rows) and the planted one (토지 소계's 면적)
missed. Now the rows are parted into a group's label and their own where a group's 소계 names the group
(`one_space_tables._groups_apart`), and the check takes a total printed in both label columns read as one cell
(`계 계`) for a total, for a reading that cannot part them.

The same PDFs drawn with other rulings (`make_pdfs.render`'s `ruling`: open sides, a rule under the header alone,
a frame, none) and read by pdfplumber (the reader `reportdb` reads a PDF with): one more cause. Ruled above and
under the header alone (`horizontal`), a staffing header of three rows a line each (`일반직` over `행정 | 시설` over
the grades) stands its lines a row's pitch apart; `행정`, a row over `7급`, was joined to it as one label's two lines
(`행정 7급`), the grades shifted under the classes, and 교육지원과's and 재산관리과's staffing read with false
`sum.staffing` (and `shortfall`) findings. A label's lines stand closer than the table's rows do, so lines as far
apart are now rows (`read_pdf._wrapped_header_labels_joined`)."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading
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


EDUCATION = "2025-hanbit-gyoyuk.txt"


def _horizontal_reading(source: Path, tmp_path: Path):
    pdf = tmp_path / f"{source.stem}.pdf"
    make_pdfs().render(source, pdf, ruling="horizontal")
    return extract_file(pdf)


def _staffing(report) -> list[tuple]:
    return [(r.status, r.job_class, r.grade, r.headcount) for r in report.staffing]


def test_a_header_of_rows_a_line_each_under_one_rule_keeps_its_grades_under_their_classes(tmp_path):
    # before: `행 정 6급` one label over `5급 | | 7급 | 8급 | 6급 | 7급`, and three false sum.staffing findings
    # (정원 계 16 against 12, 현원 15 against 12, 과부족 △1 against 0)
    read, twin = _horizontal_reading(REPORTS / EDUCATION, tmp_path), extract_file(REPORTS / EDUCATION)
    assert _findings(read) == _findings(twin) == []
    assert _staffing(read) == _staffing(twin)
    assert _staffing(read)[:8] == [("정원", "계", "계", 16), ("정원", "행정", "5급", 1), ("정원", "행정", "6급", 3),
                                   ("정원", "행정", "7급", 4), ("정원", "행정", "8급", 3), ("정원", "사서", "6급", 1),
                                   ("정원", "사서", "7급", 2), ("정원", "공무직", "계", 2)]


def test_the_property_staffing_ruled_above_and_under_its_header_alone(tmp_path):
    # before: EXTRA ('shortfall', '과부족', '시설 6급 8·9급', '-1', '-2'), ('sum.staffing', '정원', '계', '22', '24'),
    # ('sum.staffing', '현원', '계', '21', '23'), and the planted shortfall of 행정 8·9급 missed
    read, twin = _horizontal_reading(REPORTS / PROPERTY, tmp_path), extract_file(REPORTS / PROPERTY)
    assert _findings(read) == _findings(twin)
    assert ("shortfall", "과부족", "행정 8·9급", "-1", "-2") in _findings(read)
    assert _staffing(read) == _staffing(twin)


_SMALL_STAFFING = """2025년 주요업무 보고

도서관과

1. 인 력

(단위: 명)

구 분\t계\t일반직\t\t\t\t\t\t공무직
\t\t행 정\t\t\t\t사 서\t\t
\t\t5급\t6급\t7급\t8급\t6급\t7급\t
정 원\t{total}\t1\t3\t4\t3\t1\t2\t2
현 원\t16\t1\t3\t4\t3\t1\t2\t2
"""


def test_a_small_staffing_of_two_classes_ruled_above_and_under_its_header(tmp_path):
    # `행 정` a row over `7급`, as `일반직` is two over `5급`: rows, not one label's lines; a wrong 계 is found alone.
    # Before: 4 false findings (정원 계 16 against 12, `행정6급 계` 3 against 7, and 현원's alike)
    source = tmp_path / "staffing.txt"
    for total, findings in (("16", []), ("17", [("sum.staffing", "정원", "계", "16", "17")])):
        source.write_text(_SMALL_STAFFING.format(total=total), encoding="utf-8")
        twin = extract_file(source)
        read = _horizontal_reading(source, tmp_path)
        assert _findings(twin) == findings
        assert _findings(read) == findings
        assert _staffing(read) == _staffing(twin)
