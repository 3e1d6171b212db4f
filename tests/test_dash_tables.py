"""Tables printing a dash for a figure: a project's budget table of dashes alone (`- | - | -`: no budget), told
from a pipe table's rule, in every layout and in a PDF."""

import pytest
import regex

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import LAYOUTS, read_laid_out

COVER = ("제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n# 2025년 주요업무 보고\n\n"
         "## 신 길 1 동 주 민 센 터\n\n")
PROJECTS = ("# Ⅱ. 주요업무 추진실적\n\n### ① 동 복지허브화 (맞춤형복지팀)\n\n"
            "찾아가는 복지상담으로 복지 사각지대를 해소하고자 함\n\n## □ 사업개요\n\n- 대 상 : 위기가구 및 1인 가구\n\n"
            "## □ 예산현황\n\n(단위: 천원)\n\n{budget}\n"
            "### ② 주민자치 활성화 (행정민원팀)\n\n주민자치회 운영을 지원함\n\n"
            "## □ 사업개요\n\n- 대 상 : 주민자치회\n\n"
            "## □ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n62,400\t18,300\t29.3\n\n")
LAYOUTS_READ = ["tab", "pipe-tables", "bare-pipe-tables", "space-aligned", "space-aligned-without-markdown",
                "grid-tables", "html-tables", "box-tables", "pdf grid", "pdf horizontal", "pdf none"]


def budget(project) -> list[tuple[str, int | None, int | None, float | None]]:
    return [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in project.budget_lines]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("rows", [
    [["예산액", "집행액", "집행률(%)"], ["-", "-", "-"]],
    [["구 분", "예산액", "집행액"], ["계", "-", "-"]],
    [["구 분", "예산액", "집행액", "집행률(%)"], ["계", "-", "-", "-"], ["구비", "-", "-", "-"]],
    [["구 분", "계", "구비"], ["예산액", "-", "-"], ["집행액", "-", "-"]],
])
def test_a_budget_table_of_dashes_alone_is_no_budget_line_but_its_grid(rows, layout, tmp_path):
    """A project whose 예산현황 prints a dash in every figure cell has no budget: no line (which "spent under 30%"
    would list at 0%), the table kept as printed. Before: tab/aligned/grid/HTML/box/PDF a line `계` of 0 and 0 at a
    rate of 0.0; pipe tables no line and only the header kept (the dash row taken for the rule); pipe tables
    without outer pipes the table read as two items `예산액 | 집행액 | 집행률(%) --- | --- | ---`, `| - | -`."""
    r = read_laid_out(COVER + PROJECTS.format(budget="".join("\t".join(row) + "\n" for row in rows)), layout, tmp_path)
    first, second = r.projects
    assert budget(first) == []
    assert [i.text for i in first.items] == ["대 상 : 위기가구 및 1인 가구"]
    assert [(t.caption, t.project_seq, t.rows, t.records_in) for t in r.tables] == [("예산현황", 1, rows, None)]
    assert budget(second) == [("계", 62_400_000, 18_300_000, 29.3)]
    assert [f.rule for f in run_checks(r)] == []


@pytest.mark.parametrize("layout", LAYOUTS_READ)
def test_a_budget_table_with_a_figure_keeps_its_dashes_as_zero(layout, tmp_path):
    """A line of dashes beside lines of figures spent nothing: 0, as before."""
    rows = "구 분\t예산액\t집행액\t집행률(%)\n계\t10,000\t-\t-\n구비\t10,000\t-\t-\n"
    first = read_laid_out(COVER + PROJECTS.format(budget=rows), layout, tmp_path).projects[0]
    assert budget(first) == [("계", 10_000_000, 0, 0.0), ("구비", 10_000_000, 0, 0.0)]


@pytest.mark.parametrize("rule", ["|---|---|---|", "| --- | --- | --- |", "|:--|:-:|--:|", "|-|-|-|",
                                  "| :---: | --- | ---: |"])
@pytest.mark.parametrize("outer", [True, False])
def test_a_pipe_tables_rule_is_told_from_a_body_row_of_dashes(rule, outer, tmp_path):
    """The rule is the line right after the header (GFM allows a single `-` there); a row of single `-` cells
    below it is a body row. Before: a row of dashes anywhere was a rule."""
    lines = ["| 예산액 | 집행액 | 집행률(%) |", rule, "| - | - | - |"]
    if not outer:
        lines = [line.strip().strip("|") for line in lines]
    text = COVER + PROJECTS.replace("(단위: 천원)\n\n{budget}", "(단위: 천원)\n\n" + "\n".join(lines), 1)
    r = read_laid_out(text, "md", tmp_path)
    assert budget(r.projects[0]) == []
    assert [(t.caption, t.rows) for t in r.tables] == [
        ("예산현황", [["예산액", "집행액", "집행률(%)"], ["-", "-", "-"]])]


def test_a_rule_of_three_dashes_lower_down_is_still_a_rule(tmp_path):
    """A rule of `---` cells further down (a converter ruling between rows) is no row, as before."""
    text = COVER + PROJECTS.replace("{budget}", "| 구 분 | 예산액 | 집행액 |\n|---|---|---|\n| 계 | 100 | 50 |\n"
                                    "|---|---|---|\n| 구비 | 100 | 50 |\n", 1)
    first = read_laid_out(text, "md", tmp_path).projects[0]
    assert budget(first) == [("계", 100_000, 50_000, None), ("구비", 100_000, 50_000, None)]


STAFF = ("제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n# 2025년 주요업무 보고\n\n## 건 강 증 진 과\n\n"
         "# Ⅰ. 일반현황\n\n## 2 인 력\n\n(단위: 명)\n\n"
         "직 렬\t구 분\t계\t5급\t6급\t7급\t8급\t9급\n계\t정 원\t30\t1\t8\t10\t7\t4\n\t현 원\t29\t1\t8\t10\t6\t4\n"
         "\t과부족\t△1\t-\t-\t-\t△1\t-\n보건\t정 원\t12\t1\t3\t4\t3\t1\n\t현 원\t12\t1\t3\t4\t3\t1\n"
         "\t과부족\t-\t-\t-\t-\t-\t-\n간호\t정 원\t14\t-\t4\t5\t3\t2\n\t현 원\t13\t-\t4\t5\t2\t2\n"
         "\t과부족\t△1\t-\t-\t-\t△1\t-\n의료기술\t정 원\t4\t-\t1\t1\t1\t1\n\t현 원\t4\t-\t1\t1\t1\t1\n"
         "\t과부족\t-\t-\t-\t-\t-\t-\n\n")


def centred_dashes(text: str) -> str:
    """`space_aligned`, but each `-` centred in its column's width, as a word processor centres it and
    `pdftotext -layout` prints it (a reportlab table so drawn gives `8       -             3`): still left of the
    column's right-aligned figures, nearer the middle."""
    lines = LAYOUTS["space-aligned"](text).split("\n")
    out = []
    for line in lines:
        cells = [(m.start(), m.group()) for m in regex.finditer(r"\S+(?: \S+)*", line)]
        for start, cell in cells:
            if cell == "-":
                end = next((s for s, c in cells if s > start), len(line) + 3) - 3  # its column ends before the next
                at = (start + end) // 2
                line = line[:start] + " " + line[start + 1:]
                line = line[:at] + "-" + line[at + 1:]
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "space-aligned-without-markdown", "centred dashes"])
def test_a_dash_left_of_its_columns_figures_is_in_that_column(layout, tmp_path):
    """A 보건소's staffing of classes as rows (`직 렬 | 구 분`), a `-` for none printed left of (or centred over) its
    column's right-aligned figures, as `pdftotext -layout` prints it. Before: the dashes made columns of their own:
    6급/8급 lost, six false `sum.staffing` errors, 과부족 of 0 lost."""
    source = tmp_path / "t.txt"
    source.write_text(centred_dashes(STAFF) if layout == "centred dashes" else
                      LAYOUTS[layout](STAFF) if layout in LAYOUTS else STAFF, encoding="utf-8")
    r = extract_file(source)
    counts = {(s.status, s.job_class, s.grade): s.headcount for s in r.staffing}
    assert counts[("정원", "보건", "6급")] == 3 and counts[("현원", "간호", "8급")] == 2
    assert counts[("정원", "의료기술", "5급")] == 0 and counts[("현원", "의료기술", "계")] == 4
    assert sum(v for (status, job, grade), v in counts.items() if status == "정원" and job != "계" and grade != "계") \
        == 30
    assert [f.rule for f in run_checks(r)] == []


# `pdftotext -layout` (poppler 22.12) of a reportlab table: grid-ruled, labels centred, figures right-aligned, the
# `-` of none centred or left-aligned in its cell (or `0` right-aligned); lined up by characters, each syllable one
PDFTOTEXT_STAFF = {
    "centred dashes": (
        "        직렬         구분   계            5급       6급       7급       8급\n"
        "         계         정원       20            1        6        8        5\n"
        "                   현원       19            1        5        8        5\n"
        "       보건직         정원        8       -             3        3        2\n"
        "                   현원        8       -             3        3        2\n"
        "       간호직         정원        7            1        2        3        1\n"
        "                   현원        6            1        1        3        1\n"
        "      의료기술직        정원        5       -             1        2        2\n"
        "                   현원        5       -             1        2        2\n"),
    "left dashes": (
        "        직렬         구분   계            5급       6급       7급       8급\n"
        "         계         정원       20            1        6        8        5\n"
        "                   현원       19            1        5        8        5\n"
        "       보건직         정원        8   -                 3        3        2\n"
        "                   현원        8   -                 3        3        2\n"
        "       간호직         정원        7            1        2        3        1\n"
        "                   현원        6            1        1        3        1\n"
        "      의료기술직        정원        5   -                 1        2        2\n"
        "                   현원        5   -                 1        2        2\n"),
    "zeros": (
        "        직렬         구분   계        5급       6급       7급       8급\n"
        "         계         정원       20        1        6        8        5\n"
        "                   현원       19        1        5        8        5\n"
        "       보건직         정원        8        0        3        3        2\n"
        "                   현원        8        0        3        3        2\n"
        "       간호직         정원        7        1        2        3        1\n"
        "                   현원        6        1        1        3        1\n"
        "      의료기술직        정원        5        0        1        2        2\n"
        "                   현원        5        0        1        2        2\n"),
}


@pytest.mark.parametrize("printed", PDFTOTEXT_STAFF)
def test_pdftotext_staffing_of_classes_merged_down_reads_by_characters(printed, tmp_path):
    """Class labels of one to five syllables, each printed on its `정원` row alone: no two rows one under the other
    print as many cells, so only the header voted, and by display columns the `의료기술직` row's figures came apart
    into columns of their own (four false `sum.staffing` errors, with `0` for `-` too). A row is compared with the
    nearest above it of as many cells: by characters, as printed."""
    source = tmp_path / "t.txt"
    cover = "제261회 구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n건강증진과\n\nⅠ. 일반현황\n\n1. 인력 현황\n\n"
    source.write_text(cover + PDFTOTEXT_STAFF[printed], encoding="utf-8")
    r = extract_file(source)
    counts = {(s.status, s.job_class, s.grade): s.headcount for s in r.staffing}
    assert len(counts) == 40 and r.tables == []
    assert [counts["정원", "의료기술", grade] for grade in ("계", "5급", "6급", "7급", "8급")] == [5, 0, 1, 2, 2]
    assert [counts["현원", "간호", grade] for grade in ("계", "5급", "6급", "7급", "8급")] == [6, 1, 1, 3, 1]
    assert [f.rule for f in run_checks(r)] == []


# `pdftotext -layout` (poppler 22.12) of a reportlab table, grid-ruled, labels centred, figures right-aligned, a `-`
# centred or left-aligned in its cell, a `과부족` row under each class: its font draws `△` wider than a figure, so
# each `△1` is printed a few characters left of the figures above it (under 6급, in the gap after 5급's column)
PDFTOTEXT_SHORTFALL = {
    "centred dashes": (
        "직렬    구분    계       5급       6급       7급       8급\n"
        " 계    정원    20           1        6        8        5\n"
        "      현원    19           1        5        8        5\n"
        "      과부족   △1      -         △1      -        -\n"
        "보건직   정원    12           1        3        5        3\n"
        "      현원    12           1        3        5        3\n"
        "      과부족   -       -        -        -        -\n"
        "간호직   정원        8   -             3        3        2\n"
        "      현원        7   -             2        3        2\n"
        "      과부족   △1      -         △1      -        -\n"),
    "left dashes": (
        "직렬    구분    계       5급      6급      7급      8급\n"
        " 계    정원    20          1       6       8       5\n"
        "      현원    19          1       5       8       5\n"
        "      과부족   △1      -       △1      -       -\n"
        "보건직   정원    12          1       3       5       3\n"
        "      현원    12          1       3       5       3\n"
        "      과부족   -       -       -       -       -\n"
        "간호직   정원        8   -           3       3       2\n"
        "      현원        7   -           2       3       2\n"
        "      과부족   △1      -       △1      -       -\n"),
    "by hand, five classes' labels": (  # the shape of `PDFTOTEXT_STAFF` with a `과부족` row under each class
        "        직렬         구분   계            5급       6급       7급       8급\n"
        "         계         정원       20            1        6        8        5\n"
        "                   현원       19            1        5        8        5\n"
        "                   과부족     △1       -           △1    -        -\n"
        "       보건직         정원       12            1        3        5        3\n"
        "                   현원       12            1        3        5        3\n"
        "                   과부족     -        -        -        -        -\n"
        "      의료기술직        정원        8       -             3        3        2\n"
        "                   현원        7       -             2        3        2\n"
        "                   과부족     △1       -           △1    -        -\n"),
}


@pytest.mark.parametrize("printed", PDFTOTEXT_SHORTFALL)
def test_pdftotext_shortfall_rows_printing_a_negative_left_of_its_column(printed, tmp_path):
    """A `△1` printed in the gap left of its column's right-aligned figures is that column's, as a `-` is. Before:
    the `△1` under 6급 made a column of its own, the 6급 figures under a blank label: 과부족 of 계 6급 and of
    간호직 6급 (−1 each) lost, and no finding."""
    source = tmp_path / "t.txt"
    cover = "제261회 구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n건강증진과\n\nⅠ. 일반현황\n\n1. 인력 현황\n\n"
    source.write_text(cover + PDFTOTEXT_SHORTFALL[printed], encoding="utf-8")
    r = extract_file(source)
    counts = {(s.status, s.job_class, s.grade): s.headcount for s in r.staffing}
    nurses = "의료기술" if "의료기술직" in PDFTOTEXT_SHORTFALL[printed] else "간호"
    assert len(counts) == 45 and r.tables == []
    assert {key: count for key, count in counts.items() if key[0] == "과부족" and count} == {
        ("과부족", "계", "계"): -1, ("과부족", "계", "6급"): -1,
        ("과부족", nurses, "계"): -1, ("과부족", nurses, "6급"): -1}
    assert [counts["정원", "보건", grade] for grade in ("계", "5급", "6급", "7급", "8급")] == [12, 1, 3, 5, 3]
    assert [counts["현원", nurses, grade] for grade in ("계", "5급", "6급", "7급", "8급")] == [7, 0, 2, 3, 2]
    assert [f.rule for f in run_checks(r)] == []


# `pdftotext -layout` (poppler 22.12) of a reportlab table of plain strings (no paragraphs), grid-ruled, labels
# centred on the top of their cells, figures right-aligned: the longest class label prints at the line's start,
# its shorter ones indented; in a narrow label column one space from its `정원` (one cell: `의료기술직 정원`)
PDFTOTEXT_LONGEST_LABEL = {
    "pushed": (
        " 직렬     구분   계    5급   6급   7급   8급\n"
        "  계     정원   20    1    6    8    5\n"
        "        현원   19    1    5    8    5\n"
        " 보건직    정원    8   -     3    3    2\n"
        "        현원    8   -     3    3    2\n"
        " 간호직    정원    7    1    2    3    1\n"
        "        현원    6    1    1    3    1\n"
        "의료기술직   정원    5   -     1    2    2\n"
        "        현원    5   -     1    2    2\n"),
    "run into its status": (
        " 직렬    구분   계    5급   6급   7급   8급\n"
        "  계    정원   20   1    6    8    5\n"
        "       현원   19   1    5    8    5\n"
        " 보건직   정원    8   -    3    3    2\n"
        "       현원    8   -    3    3    2\n"
        " 간호직   정원    7   1    2    3    1\n"
        "       현원    6   1    1    3    1\n"
        "의료기술직 정원     5   -    1    2    2\n"
        "       현원    5   -    1    2    2\n"),
}
LONGEST_LABEL_TABLE = ("직렬\t구분\t계\t5급\t6급\t7급\t8급\n계\t정원\t20\t1\t6\t8\t5\n\t현원\t19\t1\t5\t8\t5\n"
                       "보건직\t정원\t8\t-\t3\t3\t2\n\t현원\t8\t-\t3\t3\t2\n간호직\t정원\t7\t1\t2\t3\t1\n"
                       "\t현원\t6\t1\t1\t3\t1\n의료기술직\t정원\t5\t-\t1\t2\t2\n\t현원\t5\t-\t1\t2\t2\n")


@pytest.mark.parametrize("printed", [*PDFTOTEXT_LONGEST_LABEL, "tab", "pipe-tables", "space-aligned"])
def test_the_longest_class_label_at_the_lines_start_keeps_its_row_in_place(printed, tmp_path):
    """Before: pushed, the row's figures were laid out after the label's syllables counted two columns each, so
    they shifted a column (`정원` under 계, `- 1` one cell under 6급); run into its status, the class was
    `의료기술직정원` with no status; either way the class's 정원 row was lost, with false `sum.staffing` errors. Now
    a table lined up by characters is laid out by one map for all its lines (a long label pushes its column on
    every line), and a class label run into the blank status cell beside it is that class and that status."""
    source = tmp_path / "t.txt"
    cover = "제261회 구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n건강증진과\n\nⅠ. 일반현황\n\n1. 인력 현황\n\n"
    table = PDFTOTEXT_LONGEST_LABEL.get(printed) or LAYOUTS.get(printed, str)(LONGEST_LABEL_TABLE)
    source.write_text(cover + table, encoding="utf-8")
    r = extract_file(source)
    counts = {(s.status, s.job_class, s.grade): s.headcount for s in r.staffing}
    assert len(counts) == 40 and r.tables == []
    assert [counts["정원", "의료기술", grade] for grade in ("계", "5급", "6급", "7급", "8급")] == [5, 0, 1, 2, 2]
    assert [counts["현원", "의료기술", grade] for grade in ("계", "5급", "6급", "7급", "8급")] == [5, 0, 1, 2, 2]
    assert [counts["정원", "보건", grade] for grade in ("계", "5급", "6급", "7급", "8급")] == [8, 0, 3, 3, 2]
    assert [f.rule for f in run_checks(r)] == []
