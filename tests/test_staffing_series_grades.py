"""Staffing by 직급 as rows that join a series and its grade (`행정6급`, `행정 6급`, `사회복지 7급`, `전문경력관 가군`)
beside the 연구·지도직's grades (`지도관`, `지도사`, `연구관`, `연구사`), as an 농업기술센터 prints its staff: each
joined label is its series' class and grade (`행정`, `6급`), and the 연구·지도직's grades their class's (`지도직`,
`지도관`), so that a question by grade (`grade = '7급'`) finds every 7급, and the sums are checked as a table of
classes by grades is. Before, `행정6급` was a class of its own and `지도관` a grade of the 계. Not where a label
printed beside them names a grade or series they name (`6급`, `행정`): which adds up to which is not known."""

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


@pytest.mark.parametrize("printed", ["행정 6급", "행정6급", "행정직6급", "행정 6 급"])
def test_spacing_as_printed(printed, tmp_path):
    rows = [(printed if row[0] == "행정6급" else row[0], *row[1:]) for row in ROWS]
    r = read_laid_out(by_rows(rows), "tab", tmp_path)
    series = "행정직" if "직" in printed else "행정"
    assert [(c.status, c.headcount) for c in r.staffing if (c.job_class, c.grade) == (series, "6급")] == [
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
    ([("계", "5", "5", "-"), ("행정직", "2", "2", "-"), ("행정6급", "3", "3", "-")],
     [("계", "계"), ("행정직", "계"), ("행정6급", "계")]),
    # the class of the 연구직's grades printed beside them: its 계, perhaps
    ([("계", "8", "8", "-"), ("연구직", "6", "6", "-"), ("연구관", "1", "1", "-"), ("연구사", "5", "5", "-")],
     [("계", "계"), ("연구직", "계"), ("계", "연구관"), ("계", "연구사")]),
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
