"""Staffing rows marked as parts of a class: `일반직` over `- 행정` and `- 전산` (or `ㆍ`, `·`, `○`, or indented alone
in space-aligned text, which the reader marks `↳ 행정`) count the class's series (`series`), the class the row above
names (`job_class` 일반직), so that the 계 counts them once, through the class's row, which is their sum (sum.staffing)
where they break it down in full, and lists some of it alone ("of which") where they miss it in two cells or more.
Before, each was a class of its own (`-행정`, `↳행정`), and the 계 was found to be their sum with the class's."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.corpus import as_old_schema, invoke, report_folder
from tests.layouts import _display_width as display_width
from tests.layouts import read_laid_out

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
PART = "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
TABLE = ("구 분\t정 원\t현 원\t과부족\n계\t36\t33\t△3\n일반직\t30\t28\t△2\n- 행정\t20\t19\t△1\n- 전산\t10\t9\t△1\n"
         "공무직\t6\t5\t△1\n")
# each count as `records` gives it: status, class, series ("" where none), grade, count
READ = sorted([(status, job_class, series, "계", count) for job_class, series, counts in (
    ("계", "", (36, 33, -3)), ("일반직", "", (30, 28, -2)), ("일반직", "행정", (20, 19, -1)),
    ("일반직", "전산", (10, 9, -1)), ("공무직", "", (6, 5, -1))) for status, count in zip(
        ("정원", "현원", "과부족"), counts, strict=True)])


def report(table: str = TABLE, **replaced: str) -> str:
    for old, new in replaced.items():
        table = table.replace(old, new)
    return COVER + PART + table


def records(r) -> list[tuple[str, str, str, str, int]]:
    return sorted((c.status, c.job_class, c.series or "", c.grade, c.headcount) for c in r.staffing)


def findings(r) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "space-aligned-ruled", "pdf grid",
                                    "pdf none"])
@pytest.mark.parametrize("mark", ["- ", "-", "ㆍ", "· ", "○ ", "└ "])
def test_rows_marked_under_a_class_are_its_series(mark, layout, tmp_path):
    r = read_laid_out(report(**{"- ": mark}), layout, tmp_path)
    assert records(r) == READ
    assert r.tables == []
    # before: [('sum.staffing', '과부족', '계', '△5', …), ('sum.staffing', '정원', '계', '66', '36'), (…'61', '33')]
    assert findings(r) == []


def test_the_series_is_in_the_json_only_where_a_row_counts_one(tmp_path):
    r = read_laid_out(report(), "tab", tmp_path)
    dumped = [json.loads(c.model_dump_json()) for c in r.staffing if c.status == "정원"]
    assert [d.get("series") for d in dumped] == [None, None, "행정", "전산", None]
    assert "series" not in dumped[0]


def test_a_series_named_with_its_jik_is_named_without_it(tmp_path):
    r = read_laid_out(report(**{"- 행정": "- 행정직", "- 전산": "- 전산직렬"}), "tab", tmp_path)
    assert records(r) == READ


def indented(indent: int) -> str:
    """The table as `pdftotext -layout` prints a word processor's: labels flush left in their cell, the series
    indented by `indent` columns, the figures right-aligned in their columns."""
    rows = [("구 분", "정 원", "현 원", "과부족"), ("계", "36", "33", "△3"), ("일반직", "30", "28", "△2"),
            (" " * indent + "행 정", "20", "19", "△1"), (" " * indent + "전 산", "10", "9", "△1"),
            ("공무직", "6", "5", "△1")]
    def right(text: str, width: int) -> str:
        return " " * (width - display_width(text)) + text

    return PART + "".join(f"  {label}{' ' * (16 - display_width(label))}{right(a, 6)}{right(b, 9)}{right(c, 9)}\n"
                          for label, a, b, c in rows)


@pytest.mark.parametrize("indent", [2, 3, 4])
def test_rows_indented_under_a_class_in_space_aligned_text_are_its_series(indent, tmp_path):
    r = read_laid_out(COVER + indented(indent), "as-printed", tmp_path)
    assert records(r) == READ
    assert findings(r) == []


def test_a_wrong_series_is_found_once_on_its_class(tmp_path):
    r = read_laid_out(report(**{"- 행정\t20": "- 행정\t21", "- 행정\t21\t19\t△1": "- 행정\t21\t19\t△2"}), "tab",
                      tmp_path)
    assert findings(r) == [("sum.staffing", "정원", "일반직 계", "31", "30")]
    (found,) = run_checks(r)
    assert found.message == "정원 일반직 계 인원이 직렬별 세부 인원의 합과 다릅니다 (표기 30, 합계 31)"
    # its 과부족 left as printed: the shortfall of 행정 is found too, on its row
    shortfall = read_laid_out(report(**{"- 행정\t20": "- 행정\t21"}), "tab", tmp_path)
    assert findings(shortfall) == [("shortfall", "과부족", "일반직 행정 계", "-2", "-1"),
                                   ("sum.staffing", "정원", "일반직 계", "31", "30")]


def test_a_wrong_class_row_is_found_against_its_series_and_the_total(tmp_path):
    # its 과부족 right for its wrong 정원: off through it, one miss against the series
    r = read_laid_out(report(**{"일반직\t30\t28\t△2": "일반직\t31\t28\t△3"}), "tab", tmp_path)
    assert findings(r) == [("sum.staffing", "과부족", "계", "-4", "-3"), ("sum.staffing", "정원", "계", "37", "36"),
                           ("sum.staffing", "정원", "일반직 계", "30", "31")]
    # two figures off on their own (현원 and 과부족, not through each other): as "of which" would be, no sum asked
    # of the series; the 계 finds them
    r = read_laid_out(report(**{"일반직\t30\t28\t△2": "일반직\t30\t27\t△1"}), "tab", tmp_path)
    # each wrong cell once: the 현원 its series and the 계 agree on, and the 과부족 then no 현원 − 정원
    assert findings(r) == [("shortfall", "과부족", "일반직 계", "-2", "-1"),
                           ("sum.staffing", "현원", "일반직 계", "28", "27")]


def test_series_listing_some_of_their_class_alone_ask_no_sum(tmp_path):
    # `- 임기제` of which: parts of 일반직 that do not add up to it in any cell
    of_which = report(**{"- 행정\t20\t19\t△1\n- 전산\t10\t9\t△1\n": "- 임기제\t4\t3\t△1\n- 시간선택제\t2\t2\t-\n"})
    r = read_laid_out(of_which, "tab", tmp_path)
    assert ("정원", "일반직", "임기제", "계", 4) in records(r)
    assert findings(r) == []


def test_series_of_a_class_printing_no_figures_add_up_to_the_total(tmp_path):
    r = read_laid_out(report(**{"일반직\t30\t28\t△2": "일반직\t\t\t"}), "tab", tmp_path)
    assert [c for c in records(r) if c[1] == "일반직"] == [c for c in READ if c[1] == "일반직" and c[2]]
    assert findings(r) == []
    wrong = read_laid_out(report(**{"일반직\t30\t28\t△2": "일반직\t\t\t", "- 전산\t10": "- 전산\t11"}), "tab",
                          tmp_path)
    assert findings(wrong) == [("sum.staffing", "정원", "일반직 전산 계", "10", "11")]  # the one cell


def test_rows_marked_under_the_total_are_classes(tmp_path):
    r = read_laid_out(report(**{"일반직\t": "- 일반직\t", "공무직\t": "- 공무직\t", "- 행정\t20\t19\t△1\n": "",
                                "- 전산\t10\t9\t△1\n": ""}), "tab", tmp_path)
    assert {(c[1], c[2]) for c in records(r)} == {("계", ""), ("일반직", ""), ("공무직", "")}
    assert findings(r) == []
    # classes marked so, their series marked otherwise
    r = read_laid_out(report(**{"일반직\t": "○ 일반직\t", "공무직\t": "○ 공무직\t"}), "tab", tmp_path)
    assert records(r) == READ
    assert findings(r) == []


GRADED = ("구 분\t정 원\t\t\t현 원\t\t\n\t계\t6급\t7급\t계\t6급\t7급\n계\t36\t12\t24\t33\t11\t22\n"
          "일반직\t30\t10\t20\t28\t9\t19\n- 행정\t20\t6\t14\t19\t5\t14\n- 전산\t10\t4\t6\t9\t4\t5\n"
          "공무직\t6\t2\t4\t5\t2\t3\n")


@pytest.mark.parametrize("layout", ["tab", "pdf grid"])
def test_series_by_grade_are_their_class_by_grade(layout, tmp_path):
    r = read_laid_out(report(GRADED), layout, tmp_path)
    assert ("현원", "일반직", "행정", "6급", 5) in records(r) and ("정원", "일반직", "전산", "7급", 6) in records(r)
    assert findings(r) == []
    # a wrong grade of a series: the class's 6급 cell, once (its 계 off by as much is off through it), and the
    # series' own 소계
    wrong = read_laid_out(report(GRADED, **{"- 행정\t20\t6": "- 행정\t20\t7"}), layout, tmp_path)
    assert findings(wrong) == [("sum.staffing", "정원", "일반직 6급", "11", "10"),
                               ("sum.staffing", "정원", "일반직 행정 계", "21", "20")]


def test_the_database_counts_a_class_once_and_keeps_its_series(tmp_path):
    db = connect(tmp_path / "r.db")
    load_report(db, read_laid_out(report(**{"계\t36\t33\t△3\n": ""}), "tab", tmp_path), "sha", [])
    assert db.execute("SELECT status, headcount FROM staffing_totals ORDER BY status").fetchall() == [
        ("과부족", -3), ("정원", 36), ("현원", 33)]
    assert db.execute("SELECT job_class, series, headcount FROM staffing WHERE status = '정원' ORDER BY id").fetchall(
    ) == [("일반직", None, 30), ("일반직", "행정", 20), ("일반직", "전산", 10), ("공무직", None, 6)]
    # a class printing no row of its own: its series count
    other = connect(tmp_path / "o.db")
    load_report(other, read_laid_out(report(**{"계\t36\t33\t△3\n": "", "일반직\t30\t28\t△2\n": "일반직\t\t\t\n"}),
                                     "tab", tmp_path), "sha", [])
    assert other.execute("SELECT headcount FROM staffing_totals WHERE status = '정원'").fetchall() == [(36,)]


def test_a_schema_32_database_gains_the_series(tmp_path):
    db = connect(tmp_path / "r.db")
    load_report(db, read_laid_out(report(), "tab", tmp_path), "sha", [])
    db.close()
    as_old_schema(tmp_path / "r.db", 32)
    db = connect(tmp_path / "r.db")
    assert [row[1] for row in db.execute("PRAGMA table_info(staffing)")][-1] == "series"
    assert db.execute("SELECT count(*) FROM staffing WHERE series IS NOT NULL").fetchone() == (0,)
    assert db.execute("SELECT headcount FROM staffing_totals WHERE status = '정원'").fetchall() == [(36,)]


def test_show_prints_each_series_after_its_class(tmp_path):
    folder = report_folder(tmp_path, r=report())
    assert invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder)).exit_code == 0
    shown = invoke(tmp_path, "show", "--db", "r.db", "1").output
    assert "일반직 행정" in shown and "일반직 전산" in shown


# statuses as rows, each class's merged down its rows (`일반직 | 정 원`, `| 현 원`)
BY_STATUS_ROWS = ("구 분\t\t계\t6급\t7급\n계\t정 원\t36\t12\t24\n\t현 원\t33\t11\t22\n"
                  "일반직\t정 원\t30\t10\t20\n\t현 원\t28\t9\t19\n- 행정\t정 원\t20\t6\t14\n\t현 원\t19\t5\t14\n"
                  "- 전산\t정 원\t10\t4\t6\n\t현 원\t9\t4\t5\n공무직\t정 원\t6\t2\t4\n\t현 원\t5\t2\t3\n")


@pytest.mark.parametrize("layout", ["tab", "pdf grid"])
def test_series_of_a_class_merged_down_its_rows_of_statuses(layout, tmp_path):
    r = read_laid_out(report(BY_STATUS_ROWS), layout, tmp_path)
    assert ("현원", "일반직", "행정", "6급", 5) in records(r) and ("정원", "일반직", "", "계", 30) in records(r)
    assert findings(r) == []
    wrong = read_laid_out(report(BY_STATUS_ROWS, **{"\t현 원\t9\t4\t5": "\t현 원\t9\t4\t6"}), layout, tmp_path)
    assert findings(wrong) == [("sum.staffing", "현원", "일반직 7급", "20", "19"),
                               ("sum.staffing", "현원", "일반직 전산 계", "10", "9")]


def table_of(series: list[tuple[int, int]], wrong: int | None = None) -> str:
    """A table of 일반직 broken down by `series` (정원, 현원 each), its 과부족 each line's; `wrong`: the series
    whose 정원 is printed one more than counted (its 과부족 too, as the wrong figure makes it)."""
    names = ["행정", "세무", "전산", "사회복지", "토목"][:len(series)]
    quota, present = (sum(counts[k] for counts in series) for k in (0, 1))

    def line(label: str, q: int, p: int) -> str:
        return f"{label}\t{q}\t{p}\t{p - q}\n"

    rows = [line("- " + name, q + (k == wrong), p) for k, (name, (q, p)) in enumerate(zip(names, series, strict=True))]
    return ("구 분\t정 원\t현 원\t과부족\n" + line("계", quota + 6, present + 5) + line("일반직", quota, present)
            + "".join(rows) + line("공무직", 6, 5))


SERIES = st.lists(st.tuples(st.integers(1, 40), st.integers(1, 40)), min_size=2, max_size=5)


@settings(max_examples=30, deadline=None)
@given(SERIES, st.data())
def test_series_adding_up_ask_nothing_and_a_wrong_one_is_found_once(series, data):
    r = extract_report(read_text("t.txt", report(table_of(series)).encode()))
    assert findings(r) == []
    assert sorted(c.series for c in r.staffing if c.series and c.status == "정원") == sorted(
        ["행정", "세무", "전산", "사회복지", "토목"][:len(series)])
    wrong = data.draw(st.integers(0, len(series) - 1))
    quota = sum(q for q, _p in series)
    r = extract_report(read_text("t.txt", report(table_of(series, wrong)).encode()))
    assert findings(r) == [("sum.staffing", "정원", "일반직 계", f"{quota + 1:,}", f"{quota:,}")]
