"""Staffing by 직급 as rows that join a series and its grade (`행정6급`, `행정 6급`, `사회복지 7급`, `전문경력관 가군`)
beside the 연구·지도직's grades (`지도관`, `지도사`, `연구관`, `연구사`), as an 농업기술센터 prints its staff: each
joined label is its series' class and grade (`행정`, `6급`), and the 연구·지도직's grades their class's (`지도직`,
`지도관`), so that a question by grade (`grade = '7급'`) finds every 7급, and the sums are checked as a table of
classes by grades is. Before, `행정6급` was a class of its own and `지도관` a grade of the 계. A post after the
grade (`행정6급(팀장)`) is the grade's all the same, held by that post (`post`), two posts of a grade two cells
of it; a series printed with and without `직` (`행정직6급`, `행정7급`) one class. A label printed beside them naming
a grade or series they name (`6급`, `행정`) is their total where the figures say so; else which adds up to which is
not known, and the labels are kept as printed."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 농업기술센터\n\n"
PART = "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
ROWS = [("계", "30", "28", "△2"), ("지도관", "2", "2", "-"), ("지도사", "10", "9", "△1"),
        ("연구관", "1", "1", "-"), ("연구사", "5", "5", "-"), ("행정6급", "2", "2", "-"),
        ("행정7급", "3", "2", "△1"), ("사회복지7급", "1", "1", "-"), ("시설8급", "6", "6", "-")]
CLASSES = {"계": ("계", "계"), "지도관": ("지도직", "지도관"), "지도사": ("지도직", "지도사"),
           "연구관": ("연구직", "연구관"), "연구사": ("연구직", "연구사"), "행정6급": ("행정", "6급"),
           "행정7급": ("행정", "7급"), "사회복지7급": ("사회복지", "7급"), "시설8급": ("시설", "8급")}
STATUSES = ("정원", "현원", "과부족")
EXPECTED = sorted((status, *CLASSES[row[0]], 0 if cell == "-" else int(cell.replace("△", "-")))
                  for row in ROWS for status, cell in zip(STATUSES, row[1:], strict=True))


def by_rows(rows=ROWS) -> str:
    return COVER + PART + "직 급\t정 원\t현 원\t과부족\n" + "".join("\t".join(row) + "\n" for row in rows)


def by_columns(rows=ROWS) -> str:
    """The same table turned: the statuses as rows, the grades as columns."""
    turned = list(zip(("구 분", "정 원", "현 원", "과부족"), *rows, strict=True))
    return COVER + PART + "".join("\t".join(row) + "\n" for row in turned)


def records(r) -> list[tuple[str, str, str, int]]:
    return sorted((c.status, c.job_class, c.grade, c.headcount) for c in r.staffing)


def findings(r) -> list[tuple[str, str, str]]:
    return sorted((f.rule, f.expected, f.actual) for f in run_checks(r))


LAYOUTS = ["tab", "pipe-tables", "html-tables", "grid-tables", "space-aligned", "space-aligned-ruled",
           "all-of-them", "pdf grid", "pdf none"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("table", [by_rows, by_columns])
def test_series_and_grade_joined_are_class_and_grade(table, layout, tmp_path):
    r = read_laid_out(table(), layout, tmp_path)
    assert records(r) == EXPECTED
    assert findings(r) == []


@pytest.mark.parametrize("printed", ["행정 6급", "행정6급", "행정 6 급"])
def test_spacing_as_printed(printed, tmp_path):
    rows = [(printed if row[0] == "행정6급" else row[0], *row[1:]) for row in ROWS]
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert [(c.status, c.headcount) for c in r.staffing if (c.job_class, c.grade) == ("행정", "6급")] == [
        ("정원", 2), ("현원", 2), ("과부족", 0)]
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
def test_a_wrong_total_is_found(layout, tmp_path):
    rows = [("계", "31", "28", "△3"), *ROWS[1:]]
    r = read_laid_out(by_rows(rows), layout, tmp_path)
    assert ("정원", "계", "계", 31) in records(r)
    assert ("정원", "행정", "7급", 3) in records(r)
    assert findings(r) == [("sum.staffing", "-2", "-3"), ("sum.staffing", "30", "31")]


def test_other_labels_beside_them(tmp_path):
    """A plain grade no joined label names (`4급`, the head's) stays a grade of the 계, a class without grades
    (`공무직`) a class: both are parts of the 계."""
    rows = [("계", "35", "33", "△2"), ("4급", "1", "1", "-"), *ROWS[1:], ("공무직", "4", "4", "-")]
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert [(c.job_class, c.grade) for c in r.staffing if c.status == "정원"] == [
        ("계", "계"), ("계", "4급"), *(CLASSES[row[0]] for row in ROWS[1:]), ("공무직", "계")]
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("table", [by_rows, by_columns])
def test_research_grades_beside_plain_grades(table, layout, tmp_path):
    """The 연구·지도직's grades beside plain grades (`5급`), no joined label printed: their class's too, the plain
    grades the 계's, as before."""
    rows = [("계", "8", "7", "△1"), ("5급", "2", "2", "-"), ("연구관", "1", "1", "-"), ("연구사", "5", "4", "△1")]
    r = read_laid_out(table(rows), layout, tmp_path)
    assert [(c.job_class, c.grade, c.headcount) for c in r.staffing if c.status == "현원"] == [
        ("계", "계", 7), ("계", "5급", 2), ("연구직", "연구관", 1), ("연구직", "연구사", 4)]
    assert findings(r) == []


def test_labels_the_tool_has_no_word_for_beside_them(tmp_path):
    """A label naming no series of theirs (`기타`, `시간선택제임기제`) is a part of the 계 as a class without grades is,
    and keeps the others from being read no more than `공무직` does."""
    rows = [("계", "36", "34", "△2"), *ROWS[1:], ("기타", "4", "4", "-"), ("시간선택제임기제", "2", "2", "-")]
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert [(c.job_class, c.grade) for c in r.staffing if c.status == "정원"] == [
        ("계", "계"), *(CLASSES[row[0]] for row in ROWS[1:]), ("기타", "계"), ("시간선택제임기제", "계")]
    assert findings(r) == []


@pytest.mark.parametrize(("printed", "read"), [
    ("행정6급이하", ("행정", "6급이하")), ("행정·세무7급", ("행정·세무", "7급")),
    ("전문경력관 가군", ("전문경력관", "가군")), ("운전 8~9급", ("운전", "8~9급"))])
def test_grades_as_printed(printed, read, tmp_path):
    rows = [(printed if row[0] == "행정6급" else row[0], *row[1:]) for row in ROWS]
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert [(c.status, c.headcount) for c in r.staffing if (c.job_class, c.grade) == read] == [
        ("정원", 2), ("현원", 2), ("과부족", 0)]
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
def test_statuses_over_the_labels(layout, tmp_path):
    """The statuses printed over the labels they count (`정 원` over `계 | 지도관 | 행정6급`), the labels as columns."""
    labels = [row[0] for row in ROWS]
    header = "구 분\t정 원" + "\t" * len(labels) + "현 원" + "\t" * (len(labels) - 1) + "\n"
    text = (COVER + PART + header + "\t" + "\t".join(labels * 2) + "\n"
            + "계\t" + "\t".join([row[1] for row in ROWS] + [row[2] for row in ROWS]) + "\n")
    r = read_laid_out(text, layout, tmp_path)
    assert records(r) == [record for record in EXPECTED if record[0] != "과부족"]
    assert findings(r) == []


@pytest.mark.parametrize(("rows", "kept"), [
    # a plain grade a joined label also names: which 6급 adds up to which is not known
    ([("계", "5", "5", "-"), ("6급", "2", "2", "-"), ("행정6급", "3", "3", "-")],
     [("계", "계"), ("계", "6급"), ("행정6급", "계")]),
    # a class printed on its own that a joined label names: its 계 or another part, not known
    ([("계", "5", "5", "-"), ("행정", "2", "2", "-"), ("행정6급", "3", "3", "-")],
     [("계", "계"), ("행정", "계"), ("행정6급", "계")]),
    ([("계", "5", "5", "-"), ("행정직", "2", "2", "-"), ("행정6급", "3", "3", "-")],  # a series named without 직
     [("계", "계"), ("행정", "계"), ("행정6급", "계")]),
    # the class of the 연구직's grades printed beside them, the 계 the sum of all three: a part
    ([("계", "12", "12", "-"), ("연구직", "6", "6", "-"), ("연구관", "1", "1", "-"), ("연구사", "5", "5", "-")],
     [("계", "계"), ("연구직", "계"), ("계", "연구관"), ("계", "연구사")]),
    # a 6급 that is the sum of the joined labels' 6급 where the 계 is the sum of every label: a part as well
    ([("계", "10", "10", "-"), ("6급", "5", "5", "-"), ("행정6급", "5", "5", "-")],
     [("계", "계"), ("계", "6급"), ("행정6급", "계")]),
])
def test_read_as_before_where_the_labels_do_not_say(rows, kept, tmp_path):
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert [(c.job_class, c.grade) for c in r.staffing if c.status == "정원"] == kept


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "html-tables", "pdf grid"])
def test_one_status_by_such_labels_is_staffing(layout, tmp_path):
    """A table counting one status (`구 분 | 현 원`) is staffing where its labels are all staffing's: a label joining
    a series and a grade is one. Before, `행정6급` was no label the tool knew, and the table a grid."""
    text = (COVER + "# Ⅰ. 일반현황\n\n## 2 직원 현황\n\n구 분\t현 원\n"
            + "".join(f"{row[0]}\t{row[2]}\n" for row in ROWS))
    r = read_laid_out(text, layout, tmp_path)
    assert records(r) == [record for record in EXPECTED if record[0] == "현원"]
    assert findings(r) == []


def with_label(printed: str, instead_of: str = "행정6급", rows=ROWS) -> list[tuple[str, ...]]:
    return [(printed if row[0] == instead_of else row[0], *row[1:]) for row in rows]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
@pytest.mark.parametrize("printed", ["행정6급(팀장)", "행정6급 (팀장)", "행정 6급(팀장)", "행정6급（팀장）"])
def test_a_post_after_the_grade(printed, layout, tmp_path):
    """A post printed in brackets after a joined label (`행정6급(팀장)`, `사회복지7급 (주무관)`) says who holds the
    grade: its class and grade are those of the label without it, so `grade = '6급'` finds it, and the post is
    its `post`. Before, `행정6급(팀장)` was a class of its own."""
    rows = with_label("사회복지7급 (주무관)", "사회복지7급", with_label(printed))
    r = read_laid_out(by_rows(rows), layout, tmp_path)
    assert records(r) == EXPECTED
    assert sorted({(c.job_class, c.grade, c.post) for c in r.staffing if c.post}) == [
        ("사회복지", "7급", "주무관"), ("행정", "6급", "팀장")]
    assert findings(r) == []


@pytest.mark.parametrize("table", [by_rows, by_columns])
def test_posts_after_plain_grades(table, tmp_path):
    """A post after a plain grade (`5급(과장)`, `6급(팀장)`) is that grade's too, no joined label printed."""
    rows = [("계", "6", "5", "△1"), ("5급(과장)", "1", "1", "-"), ("6급(팀장)", "2", "2", "-"),
            ("7급", "3", "2", "△1")]
    r = read_laid_out(table(rows), "tab", tmp_path)
    assert [(c.job_class, c.grade, c.post, c.headcount) for c in r.staffing if c.status == "현원"] == [
        ("계", "계", None, 5), ("계", "5급", "과장", 1), ("계", "6급", "팀장", 2), ("계", "7급", None, 2)]
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_posts_after_grades_under_a_class(layout, tmp_path):
    """A table of classes by grades (`일반직` over `5급(과장) | 6급(팀장) | 7급`): the grades without their posts."""
    text = (COVER + PART + "구 분\t계\t일반직\t\t\t공무직\n\t\t5급(과장)\t6급 (팀장)\t7급\t\n"
            "정 원\t8\t1\t2\t3\t2\n현 원\t7\t1\t2\t2\t2\n")
    r = read_laid_out(text, layout, tmp_path)
    assert [(c.job_class, c.grade, c.post, c.headcount) for c in r.staffing if c.status == "현원"] == [
        ("계", "계", None, 7), ("일반직", "5급", "과장", 1), ("일반직", "6급", "팀장", 2), ("일반직", "7급", None, 2),
        ("공무직", "계", None, 2)]
    assert findings(r) == []


@pytest.mark.parametrize("table", [by_rows, by_columns])
def test_two_posts_of_a_plain_grade_are_two_cells_of_it(table, tmp_path):
    """`6급(팀장)` beside `6급(주무관)`: two cells of 6급, each with its post, which the 계 adds up. Before, their
    grades were kept as printed (`6급(팀장)`), which `grade = '6급'` did not find."""
    rows = [("계", "6", "5", "△1"), ("6급(팀장)", "2", "2", "-"), ("6급(주무관)", "1", "0", "△1"),
            ("7급", "3", "3", "-")]
    r = read_laid_out(table(rows), "tab", tmp_path)
    assert [(c.grade, c.post, c.headcount) for c in r.staffing if c.status == "현원"] == [
        ("계", None, 5), ("6급", "팀장", 2), ("6급", "주무관", 0), ("7급", None, 3)]
    assert findings(r) == []
    wrong = [("계", "7", "5", "△2"), *rows[1:]]
    assert findings(read_laid_out(table(wrong), "tab", tmp_path)) == [("sum.staffing", "-1", "-2"),
                                                                     ("sum.staffing", "6", "7")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_two_posts_of_a_joined_grade_are_two_cells_of_it(layout, tmp_path):
    """`행정6급(팀장)` beside `행정6급(주무관)`: two cells of the 행정 class's 6급, each with its post. Before, both
    labels were kept as printed, classes of their own."""
    rows = [row for row in ROWS if row[0] != "행정6급"]
    rows = [rows[0], ("행정6급(팀장)", "1", "1", "-"), ("행정6급(주무관)", "1", "1", "-"), *rows[1:]]
    r = read_laid_out(by_rows(rows), layout, tmp_path)
    assert [(c.job_class, c.grade, c.post, c.headcount) for c in r.staffing
            if c.status == "정원" and c.grade == "6급"] == [("행정", "6급", "팀장", 1), ("행정", "6급", "주무관", 1)]
    assert findings(r) == []


def test_a_figure_in_brackets_is_still_a_note(tmp_path):
    """A count's bracket (`2(1)`: those on leave, say) is its note, beside a label printing a post."""
    on_leave = [(*row[:2], "2(1)", row[3]) if row[0] == "행정6급" else row for row in ROWS]
    rows = with_label("행정6급(팀장)", rows=on_leave)
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert [(c.status, c.headcount, c.note) for c in r.staffing if (c.job_class, c.grade) == ("행정", "6급")] == [
        ("정원", 2, None), ("현원", 2, "1"), ("과부족", 0, None)]
    assert findings(r) == []


@pytest.mark.parametrize(("printed", "kept"), [
    # a bracket naming whom it counts, no post (`(임기제)`): not the grade's staff as such
    ([("행정6급(임기제)", "2", "2", "-")], ["행정6급(임기제)"]),
    # one series printed with and without `직` beside the same grade
    ([("행정직6급", "1", "1", "-"), ("행정6급", "1", "1", "-")], ["행정직6급", "행정6급"]),
])
def test_kept_as_printed(printed, kept, tmp_path):
    rows = [row for row in ROWS if row[0] != "행정6급"]
    rows = [rows[0], *printed, *rows[1:]]
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert [c.job_class for c in r.staffing if c.status == "정원" and c.grade == "계"][1:len(kept) + 1] == kept
    assert not [c for c in r.staffing if "급" in c.grade]
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("printed", [("행정직6급", "행정7급", "사회복지7급"), ("행정6급", "행정직7급", "사회복지직7급"),
                                     ("행정직6급", "행정직7급", "사회복지7급")])
def test_a_series_with_and_without_jik(printed, layout, tmp_path):
    """A series printed with and without `직` in one table (`행정직6급` beside `행정7급`) is one class, named without
    it; so is one printed one way only (`사회복지직`, `행정직`), as every report's series are named. Before, `행정직`
    and `행정` were two, and a series printed with `직` alone kept it."""
    rows = ROWS
    for label, was in zip(printed, ("행정6급", "행정7급", "사회복지7급"), strict=True):
        rows = with_label(label, was, rows)
    r = read_laid_out(by_rows(rows), layout, tmp_path)
    assert [(c.job_class, c.grade, c.headcount) for c in r.staffing if c.status == "정원" and "급" in c.grade] == [
        ("행정", "6급", 2), ("행정", "7급", 3), ("사회복지", "7급", 1), ("시설", "8급", 6)]
    assert findings(r) == []


def test_a_wrong_figure_of_a_series_printed_both_ways(tmp_path):
    """`sum.staffing` adds `행정직6급` and `행정7급` up as one class: a wrong 계 is found with its figures."""
    rows = [("계", "31", "28", "△3"), *with_label("행정직6급", rows=ROWS[1:])]
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert ("정원", "행정", "6급", 2) in records(r)
    assert findings(r) == [("sum.staffing", "-2", "-3"), ("sum.staffing", "30", "31")]


GRADE_TOTALS = [("계", "10", "9", "△1"), ("6급", "3", "3", "-"), ("행정6급", "2", "2", "-"),
                ("사회복지6급", "1", "1", "-"), ("7급", "7", "6", "△1"), ("행정7급", "4", "4", "-"),
                ("사회복지7급", "3", "2", "△1")]
SERIES_TOTALS = [("계", "10", "9", "△1"), ("행정직", "6", "6", "-"), ("행정6급", "2", "2", "-"),
                 ("행정7급", "4", "4", "-"), ("사회복지", "4", "3", "△1"), ("사회복지6급", "1", "1", "-"),
                 ("사회복지7급", "3", "2", "△1")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("table", [by_rows, by_columns])
@pytest.mark.parametrize(("rows", "read"), [
    (GRADE_TOTALS, [("계", "계"), ("계", "6급"), ("행정", "6급"), ("사회복지", "6급"), ("계", "7급"),
                    ("행정", "7급"), ("사회복지", "7급")]),
    (SERIES_TOTALS, [("계", "계"), ("행정", "계"), ("행정", "6급"), ("행정", "7급"), ("사회복지", "계"),
                     ("사회복지", "6급"), ("사회복지", "7급")]),
])
def test_a_plain_grade_or_series_that_is_their_total(rows, read, table, layout, tmp_path):
    """A plain grade or series beside joined labels (`6급` over `행정6급` and `사회복지6급`, `행정직` over `행정6급` and
    `행정7급`) whose counts are theirs added up, the 계 the sum of the joined labels alone, is their total: the
    grade's 계 across the series, the series' 계, as a table of classes by grades prints them, so that the sums
    are checked so. Before, the labels were kept as printed and the 계 found to be short of their sum."""
    r = read_laid_out(table(rows), layout, tmp_path)
    assert [(c.job_class, c.grade, c.headcount) for c in r.staffing if c.status == "현원"] == [
        (*labels, int(row[2])) for labels, row in zip(read, rows, strict=True)]
    assert findings(r) == []


@pytest.mark.parametrize(("rows", "found"), [
    # the 계 wrong: the totals add up, and the 계 is found short of the series' sum
    ([("계", "11", "9", "△2"), *GRADE_TOTALS[1:]], ("계", "6급", 3)),
    ([("계", "11", "9", "△2"), *SERIES_TOTALS[1:]], ("행정", "계", 6)),
])
def test_a_wrong_total_beside_totals(rows, found, tmp_path):
    """The 계 wrong: the totals beside the joined labels add up all the same, and the 계 is found other than their
    sum (not than every label's)."""
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert ("정원", *found) in records(r)
    assert findings(r) == [("sum.staffing", "-1", "-2"), ("sum.staffing", "10", "11")]


def test_a_total_that_does_not_add_up_is_kept_as_printed(tmp_path):
    """A 6급 other than the sum of the 6급 joined labels: which adds up to which is not known, and the labels are
    kept as printed; the 계, the sum of the joined labels, is then found other than the plain grades' sum, as the 계
    of a table breaking it down twice is (`test_staffing_two_breakdowns`; before, than every label's sum, 21)."""
    rows = [("계", "10", "9", "△1"), ("6급", "4", "4", "-"), *GRADE_TOTALS[2:]]
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    assert [(c.job_class, c.grade) for c in r.staffing if c.status == "정원"] == [
        ("계", "계"), ("계", "6급"), ("행정6급", "계"), ("사회복지6급", "계"), ("계", "7급"), ("행정7급", "계"),
        ("사회복지7급", "계")]
    assert ("sum.staffing", "11", "10") in findings(r)
