"""Staffing tables that count one status only: named by the caption (`직렬별 현원`), by their one column
(`구 분 | 현 원`) or by their one row (`현 원 | 12 | …`); and tables that only look like them, which stay grids."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.extract import extract_file
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.layouts import make_pdfs

COVER = "제300회 한빛구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 25.\n\n# 2024년 주요업무 보고\n\n## 총 무 과\n\n"
PART = "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
CAPTION = "□ 직렬별 현원 (2025. 5. 31. 기준)\n\n(단위: 명)\n\n"


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + PART + body).encode()))


def counts(r) -> list[tuple[str, str, str, int]]:
    return [(c.status, c.job_class, c.grade, c.headcount) for c in r.staffing]


def findings(r) -> list[tuple[str, str, str, str, str, str]]:
    return sorted((f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


BY_CLASS_AND_GRADE = [
    ("현원", "계", "계", 30), ("현원", "계", "4급", 1), ("현원", "계", "5급", 3), ("현원", "계", "6급", 8),
    ("현원", "계", "7급", 10), ("현원", "계", "8급", 5), ("현원", "계", "9급", 3),
    ("현원", "행정", "계", 20), ("현원", "행정", "4급", 1), ("현원", "행정", "5급", 2), ("현원", "행정", "6급", 5),
    ("현원", "행정", "7급", 7), ("현원", "행정", "8급", 3), ("현원", "행정", "9급", 2),
    ("현원", "세무", "계", 6), ("현원", "세무", "5급", 1), ("현원", "세무", "6급", 2), ("현원", "세무", "7급", 2),
    ("현원", "세무", "8급", 1),
    ("현원", "전산", "계", 4), ("현원", "전산", "6급", 1), ("현원", "전산", "7급", 1), ("현원", "전산", "8급", 1),
    ("현원", "전산", "9급", 1)]

TAB = ("구 분\t계\t4급\t5급\t6급\t7급\t8급\t9급\n계\t30\t1\t3\t8\t10\t5\t3\n행정\t20\t1\t2\t5\t7\t3\t2\n"
       "세무\t6\t\t1\t2\t2\t1\t\n전산\t4\t\t\t1\t1\t1\t1\n")
PIPES = ("| 구 분 | 계 | 4급 | 5급 | 6급 | 7급 | 8급 | 9급 |\n|---|---|---|---|---|---|---|---|\n"
         "| 계 | 30 | 1 | 3 | 8 | 10 | 5 | 3 |\n| 행정 | 20 | 1 | 2 | 5 | 7 | 3 | 2 |\n"
         "| 세무 | 6 | | 1 | 2 | 2 | 1 | |\n| 전산 | 4 | | | 1 | 1 | 1 | 1 |\n")
PIPES_WITHOUT_OUTER = ("구 분 | 계 | 4급 | 5급 | 6급 | 7급 | 8급 | 9급\n---|---|---|---|---|---|---|---\n"
                       "계 | 30 | 1 | 3 | 8 | 10 | 5 | 3\n행정 | 20 | 1 | 2 | 5 | 7 | 3 | 2\n"
                       "세무 | 6 | | 1 | 2 | 2 | 1 |\n전산 | 4 | | | 1 | 1 | 1 | 1\n")
ALIGNED = ("   구 분      계     4급    5급    6급    7급    8급    9급\n"
           "    계        30      1      3      8     10      5      3\n"
           "   행정       20      1      2      5      7      3      2\n"
           "   세무        6             1      2      2      1\n"
           "   전산        4                    1      1      1      1\n")


@pytest.mark.parametrize("table", [TAB, PIPES, PIPES_WITHOUT_OUTER, ALIGNED],
                         ids=["tabs", "pipes", "pipes-without-outer", "space-aligned"])
def test_a_table_of_one_status_named_by_its_caption(table):
    r = report(CAPTION + table)
    assert counts(r) == BY_CLASS_AND_GRADE
    assert r.tables == [] and findings(r) == []  # the sums add up; no 과부족 to compare


def test_a_one_status_table_is_checked_by_its_sums_and_loads(tmp_path):
    planted = report(CAPTION + TAB.replace("계\t30\t1\t3\t8", "계\t30\t1\t3\t9"))
    assert findings(planted) == [("sum.staffing", "인력", "현원", "계 6급", "8", "9")]
    db = connect(tmp_path / "t.db")
    load_report(db, report(CAPTION + TAB), "sha-1", [])
    assert db.execute("SELECT status, count(*), sum(headcount) FROM staffing WHERE job_class <> '계' "
                      "AND grade = '계' GROUP BY status").fetchall() == [("현원", 3, 30)]


def test_a_caption_naming_the_quota_over_grades_as_rows():
    r = report("□ 직급별 정원\n\n구 분\t계\t일반직\t공무직\n계\t12\t10\t2\n5급\t1\t1\t-\n6급이하\t11\t9\t2\n")
    assert counts(r) == [("정원", "계", "계", 12), ("정원", "일반직", "계", 10), ("정원", "공무직", "계", 2),
                         ("정원", "계", "5급", 1), ("정원", "일반직", "5급", 1), ("정원", "공무직", "5급", 0),
                         ("정원", "계", "6급이하", 11), ("정원", "일반직", "6급이하", 9),
                         ("정원", "공무직", "6급이하", 2)]
    assert findings(r) == []


ONE_COLUMN = "□ 인력 현황\n\n(단위: 명)\n\n구 분\t현 원\n계\t30\n일반직\t25\n공무직\t4\n청원경찰\t1\n"


def test_one_status_column_under_a_caption_naming_none():
    r = report(ONE_COLUMN)
    assert counts(r) == [("현원", "계", "계", 30), ("현원", "일반직", "계", 25), ("현원", "공무직", "계", 4),
                         ("현원", "청원경찰", "계", 1)]
    assert r.tables == [] and findings(r) == []
    assert findings(report(ONE_COLUMN.replace("계\t30", "계\t31"))) == [
        ("sum.staffing", "인력", "현원", "계", "30", "31")]


def test_one_status_column_beside_classes_and_grades_and_a_note():
    r = report("□ 인력 현황\n\n구 분\t직 급\t정 원\t비 고\n계\t\t12\t\n일반직\t5급\t2\t\n\t6급\t10\t육아휴직 1\n")
    assert counts(r) == [("정원", "계", "계", 12), ("정원", "일반직", "5급", 2), ("정원", "일반직", "6급", 10)]
    assert r.tables[0].records_in == "staffing" and r.tables[0].rows[3][-1] == "육아휴직 1"
    assert findings(r) == []


def test_one_status_row_under_grades():
    r = report("□ 인력 현황\n\n(단위: 명)\n\n구 분\t계\t4급\t5급\t6급\n현 원\t12\t1\t3\t8\n")
    assert counts(r) == [("현원", "계", "계", 12), ("현원", "계", "4급", 1), ("현원", "계", "5급", 3),
                         ("현원", "계", "6급", 8)]
    assert findings(r) == []
    assert findings(report("□ 인력 현황\n\n구 분\t계\t4급\t5급\t6급\n현 원\t13\t1\t3\t8\n")) == [
        ("sum.staffing", "인력", "현원", "계", "12", "13")]


def test_a_note_column_under_the_caption_counts_nobody():
    r = report(CAPTION + "구 분\t계\t5급\t6급\t비 고\n계\t10\t3\t7\t\n행정\t8\t2\t6\t2(휴직)\n세무\t2\t1\t1\t\n")
    assert counts(r) == [("현원", "계", "계", 10), ("현원", "계", "5급", 3), ("현원", "계", "6급", 7),
                         ("현원", "행정", "계", 8), ("현원", "행정", "5급", 2), ("현원", "행정", "6급", 6),
                         ("현원", "세무", "계", 2), ("현원", "세무", "5급", 1), ("현원", "세무", "6급", 1)]
    assert r.tables[0].records_in == "staffing" and findings(r) == []


@pytest.mark.parametrize("body", [
    "□ 직원 교육 인원\n\n구 분\t계\t1월\t2월\t3월\n계\t30\t10\t10\t10\n행정\t20\t5\t5\t10\n세무\t10\t5\t5\t-\n",
    "□ 월별 민원 건수\n\n구 분\t계\t1월\t2월\n계\t9\t4\t5\n여권\t6\t3\t3\n등본\t3\t1\t2\n",
    "□ 동네정원 조성 현황\n\n구 분\t계\t2023\t2024\n계\t5\t2\t3\n소공원\t3\t1\t2\n쌈지\t2\t1\t1\n",
    "□ 어린이집 현황\n\n구 분\t현 원\n계\t50\n국공립\t30\n민간\t20\n",
    "□ 직렬별 현원\n\n구 분\t계\t남\t여\n계\t30\t10\t20\n행정\t20\t5\t15\n세무\t10\t5\t5\n",
], ids=["training-by-month", "complaints-by-month", "gardens", "daycare", "by-sex"])
def test_tables_without_staffing_labels_stay_grids(body):
    r = report(body)
    assert r.staffing == [] and len(r.tables) == 1 and r.tables[0].records_in is None


@pytest.mark.parametrize("ruling", ["grid", "none"])
def test_a_one_status_table_in_a_pdf(ruling, tmp_path):
    """Ruled or laid out by its columns alone, the PDF's table gives the text's records."""
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(COVER + PART + CAPTION + TAB)
    make_pdfs().render(source, target, ruling)
    assert [(c.status, c.job_class, c.grade, c.headcount) for c in extract_file(target).staffing] == BY_CLASS_AND_GRADE


def test_a_status_column_beside_figures_of_another_kind_is_no_staffing_table():
    r = report("□ 직렬별 교육 현황\n\n구 분\t현 원\t이수 인원\n계\t30\t12\n행정\t20\t8\n세무\t10\t4\n")
    assert r.staffing == [] and len(r.tables) == 1 and r.tables[0].records_in is None


def test_a_projects_table_of_one_status_is_no_staffing_table():
    project = ("# Ⅱ. 주요업무 추진실적\n\n① 직무교육 운영 (인사팀)\n\n직원의 직무역량을 높이고자 함\n\n□ 추진실적\n\n"
               "- 직렬별 교육 대상 현원\n\n구 분\t현 원\n계\t30\n행정\t20\n세무\t10\n")
    r = report(CAPTION + TAB + "\n" + project)
    assert counts(r) == BY_CLASS_AND_GRADE
    (table,) = r.tables
    assert table.project_seq == 1 and table.records_in is None and table.rows[1] == ["계", "30"]


FULL_TABLE = ("구 분\t정 원\t현 원\t과부족\n계\t30\t30\t-\n행정\t20\t20\t-\n세무\t6\t6\t-\n전산\t4\t4\t-\n\n")


def test_a_table_of_one_status_below_one_that_counts_it_is_kept_as_a_grid():
    """`직렬별 현원` under the 인력 table breaks the same staff down by grades: as records, a sum over the
    report's 현원 would count them twice."""
    r = report("□ 인력 현황\n\n(단위: 명)\n\n" + FULL_TABLE + CAPTION + TAB)
    assert sorted({(c.table_no, c.status) for c in r.staffing}) == [(1, "과부족"), (1, "정원"), (1, "현원")]
    assert sum(c.headcount for c in r.staffing if c.status == "현원" and c.job_class != "계") == 30
    kept = [t for t in r.tables if t.caption and "직렬별 현원" in t.caption]
    assert len(kept) == 1 and kept[0].records_in is None and kept[0].rows[1][:2] == ["계", "30"]
