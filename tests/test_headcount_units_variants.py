"""Counts printing their unit (`10명`, `△1명`) under a two-row header (직렬 over 직급, merged cells blank): the
header ends at the first row of such counts, so the table reads as the same table printing none, in every layout
and in a PDF. Before, a row of such counts was no figure's row: the header ran on over the body, and counts equal
side by side were taken for a merged cell (`2명 | 2명` → `2명 | ''`) or whole rows for header lines."""

import pytest

from checks import run_checks
from pipeline.values import is_headcount
from tests.layouts import read_laid_out

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
PART = "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
HEADER = ("구 분\t계\t일 반 직\t\t\t\t\t관리운영직\t\t별정직\t\n"
          "\t\t5급\t6급\t7급\t8급\t9급\t7급\t8급\t7급\t8급\n")
BODY = [("정 원", "26", "1", "5", "8", "4", "2", "2", "2", "1", "1"),
        ("현 원", "25", "1", "6", "7", "4", "1", "1", "2", "2", "1"),
        ("과부족", "△1", "-", "1", "△1", "-", "△1", "△1", "-", "1", "-")]
GRADES = [("일반직", g) for g in ("5급", "6급", "7급", "8급", "9급")] + [
    ("관리운영직", "7급"), ("관리운영직", "8급"), ("별정직", "7급"), ("별정직", "8급")]


def status_counts(status: str, total: int, counts: tuple[int, ...]) -> list[tuple[str, str, str, int]]:
    return [(status, "계", "계", total), *[(status, c, g, n) for (c, g), n in zip(GRADES, counts, strict=True)]]


EXPECTED = (status_counts("정원", 26, (1, 5, 8, 4, 2, 2, 2, 1, 1))
            + status_counts("현원", 25, (1, 6, 7, 4, 1, 1, 2, 2, 1))
            + status_counts("과부족", -1, (0, 1, -1, 0, -1, -1, 0, 1, 0)))
TEXT_LAYOUTS = ["tab", "pipe-tables", "bare-pipe-tables", "html-tables", "grid-tables", "space-aligned",
                "space-aligned-ruled", "space-aligned-tall-rows", "space-aligned-letter-spaced",
                "space-aligned-over-page-breaks", "all-of-them"]
RULINGS = ["grid", "open sides", "horizontal", "none"]


def with_unit(cell: str, unit: str = "명") -> str:
    """A count as printed with its unit after it (`24명`, `△1명`); a dash (none) prints no unit."""
    return cell + unit if cell[-1:].isdigit() else cell


def staffing_table(body=BODY, unit: str | None = None) -> str:
    rows = [row[:1] + tuple(with_unit(c, unit) if unit is not None else c for c in row[1:]) for row in body]
    return COVER + PART + HEADER + "".join("\t".join(row) + "\n" for row in rows)


def records(r) -> list[tuple[str, str, str, int]]:
    return [(c.status, c.job_class, c.grade, c.headcount) for c in r.staffing]


def findings(r) -> list[tuple[str, str, str]]:
    return sorted((f.rule, f.expected, f.actual) for f in run_checks(r))


@pytest.mark.parametrize("layout", TEXT_LAYOUTS + [f"pdf {ruling}" for ruling in RULINGS])
def test_counts_printing_their_unit_read_as_counts_printing_none(layout, tmp_path):
    plain = read_laid_out(staffing_table(), layout, tmp_path)
    units = read_laid_out(staffing_table(unit="명"), layout, tmp_path)
    assert records(units) == records(plain) == EXPECTED
    assert findings(units) == findings(plain) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
def test_a_wrong_total_printing_its_unit_is_found_as_one_printing_none(layout, tmp_path):
    wrong = [("정 원", "27", *BODY[0][2:]), *BODY[1:]]
    plain = read_laid_out(staffing_table(wrong), layout, tmp_path)
    units = read_laid_out(staffing_table(wrong, unit="명"), layout, tmp_path)
    assert records(units) == records(plain)
    assert ("정원", "계", "계", 27) in records(units)
    assert findings(units) == findings(plain) == [("sum.staffing", "26", "27")]


@pytest.mark.parametrize("unit", ["명", " 명"])
@pytest.mark.parametrize("minus", ["△", "▲", "-"])
def test_unit_and_sign_as_printed(unit, minus, tmp_path):
    body = [tuple(c.replace("△", minus) for c in row) for row in BODY]
    assert records(read_laid_out(staffing_table(body, unit=unit), "tab", tmp_path)) == EXPECTED


EDUCATION = ("# Ⅰ. 일반현황\n\n## 5 교육 현황\n\n"
             "구 분\t계\t직무교육\t\t\t정보화교육\t\n\t\t신규자\t중견\t관리자\t기초\t심화\n"
             "계획\t61{u}\t20{u}\t15{u}\t5{u}\t12{u}\t8{u}\n실적\t58{u}\t20{u}\t14{u}\t4{u}\t12{u}\t8{u}\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
def test_a_generic_table_of_counts_printing_their_unit_keeps_its_two_row_header(layout, tmp_path):
    """Not staffing: its grid joins each group's label to the labels below it, and its sums are checked."""
    r = read_laid_out(COVER + EDUCATION.format(u="명"), layout, tmp_path)
    (table,) = r.tables
    assert table.rows[:2] == [["구 분", "계", "직무교육 신규자", "직무교육 중견", "직무교육 관리자", "정보화교육 기초",
                               "정보화교육 심화"], ["계획", "61명", "20명", "15명", "5명", "12명", "8명"]]
    assert findings(r) == findings(read_laid_out(COVER + EDUCATION.format(u=""), layout, tmp_path)) == [
        ("sum.table", "60", "61")]


HOUSEHOLDS = ("# Ⅰ. 일반현황\n\n## 5 다자녀 가구 현황\n\n(단위: 가구)\n\n"
              "{header}가구 수\t60{u}\t30{u}\t20{u}\t10{u}\n지원\t40{u}\t20{u}\t15{u}\t5{u}\n")
BY_CHILDREN = {"two rows": ("구 분\t계\t자녀 수\t\t\n\t\t1명\t2명\t{last}\n", "자녀 수 "),
               "one row": ("구 분\t계\t1명\t2명\t{last}\n", "")}


@pytest.mark.parametrize(("last", "unit"), [("3명 이상", ""), ("3명", ""), ("3명 이상", "명"), ("3명", "명")])
@pytest.mark.parametrize("header", BY_CHILDREN)
@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
def test_counts_labelling_columns_stay_the_header(layout, header, last, unit, tmp_path):
    """`1명 | 2명 | 3명 이상` (households by their children) over rows of figures printing no unit, or counting up
    one by one (`1명 | 2명 | 3명`) over any: labels."""
    printed, group = BY_CHILDREN[header]
    text = COVER + HOUSEHOLDS.format(header=printed.format(last=last), u=unit)
    (table,) = read_laid_out(text, layout, tmp_path).tables
    assert table.header_rows == 1
    assert table.rows[:2] == [["구 분", "계", f"{group}1명", f"{group}2명", f"{group}{last}"],
                              ["가구 수", f"60{unit}", f"30{unit}", f"20{unit}", f"10{unit}"]]


@pytest.mark.parametrize(("cell", "counted"), [
    ("10명", True), ("△1명", True), ("▲1명", True), ("1,234명", True), ("10 명", True), ("-", False),
    ("3명 이상", False), ("명", False), ("40대", False), ("4대", False), ("6급", False), ("10", False)])
def test_a_headcount_is_a_count_and_its_unit_alone(cell, counted):
    assert is_headcount(cell) is counted


def test_a_count_alone_on_its_line_is_a_cells_text_wrapped(tmp_path):
    """Space-aligned, `휴직` over `1명` in the 비 고 column: the note's second line, not a row of the table."""
    table = ("  구 분    계   일반직   공무직   비 고\n  정 원     3        2        1   휴직\n"
             "                                  1명\n  현 원     3        2        1\n")
    r = read_laid_out(COVER + "# Ⅰ. 일반현황\n\n1. 인력\n\n" + table, "txt", tmp_path)
    assert records(r) == [("정원", "계", "계", 3), ("정원", "일반직", "계", 2), ("정원", "공무직", "계", 1),
                          ("현원", "계", "계", 3), ("현원", "일반직", "계", 2), ("현원", "공무직", "계", 1)]
    (table,) = r.tables
    assert table.rows[1:] == [["정 원", "3", "2", "1", "휴직 1명"], ["현 원", "3", "2", "1", ""]]


TEAMS = ("# Ⅰ. 일반현황\n\n## 5 팀별 인원\n\n팀 명\t정 원\t현 원\n{first}\n인사팀\t3명\t3명\n재무팀\t4명\t3명\n")


@pytest.mark.parametrize("first", ["총무팀\t1명\t2명", "총무팀\t2명\t3명", "총무팀\t1명\t2명\t"])
@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
def test_a_body_row_whose_counts_count_up_by_chance_is_no_header(layout, first, tmp_path):
    """A row under the header that labels its counts (`총무팀 | 1명 | 2명`) is the body's first, however its counts
    go: only a first row, or one under a corner merged down (its label blank), labels columns by counts. Before,
    `총무팀` was read as a second header row."""
    (table,) = read_laid_out(COVER + TEAMS.format(first=first), layout, tmp_path).tables
    assert table.header_rows == 1
    assert table.rows[1][:3] == first.split("\t")[:3]
