"""Staffing stated as a line of the general part (`2. 인 력 : 정원 39명 / 현원 37명 (과부족 △2명)`) where the
report prints no staffing table: the 계 a table would print, checked as a table's; a line counting something
else is none, and a table printed beside the line is the staffing."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text

COVER = "제270회 한빛구의회 제1차 정례회\n\n2021. 6. 15. ~ 6. 29.\n\n2021년 주요업무 보고\n\n총 무 과\n\n"
PART = "Ⅰ. 일반현황\n\n1. 조 직 : 5개팀 (총무팀, 인사팀, 청사관리팀, 교육후생팀, 기록관리팀)\n\n"
BUDGET = ("3. 예산현황\n\n(단위: 천원)\n단위사업명\t예산액\t집행액\n계\t3,800,000\t1,100,000\n"
          "쾌적한 청사 관리\t3,800,000\t1,100,000\n")
LINE = "2. 인 력 : 정원 39명 / 현원 37명 (과부족 △2명)\n\n  ○ 직급별 : 5급 1, 6급 8, 7급 14, 8급 7, 9급 7\n\n"


def report(general: str):
    return extract_report(read_text("t.txt", (COVER + PART + general + BUDGET).encode()))


def counts(r) -> list[tuple[int, str, str, str, int, int | None]]:
    return [(c.table_no, c.status, c.job_class, c.grade, c.headcount, c.source.line) for c in r.staffing]


def findings(r) -> list[tuple[str, str, str, str, str, str, str]]:
    return sorted((f.rule, f.severity, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


def test_a_staffing_line_is_the_staffing_and_its_shortfall_is_checked(tmp_path):
    r = report(LINE)
    assert counts(r) == [(1, "정원", "계", "계", 39, 13), (1, "현원", "계", "계", 37, 13),
                         (1, "과부족", "계", "계", -2, 13)]
    assert findings(r) == []
    assert findings(report(LINE.replace("△2명", "△3명"))) == [
        ("shortfall", "error", "인력", "과부족", "계", "-2", "-3")]
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", [])
    assert db.execute("SELECT status, job_class, grade, headcount FROM staffing ORDER BY id").fetchall() == [
        ("정원", "계", "계", 39), ("현원", "계", "계", 37), ("과부족", "계", "계", -2)]


@pytest.mark.parametrize("line", ["○ 인력: 정원 39명, 현원 37명\n\n", "2. 인 력\n\n  ○ 정 원 39명 / 현 원 37명\n\n",
                                  "2. 인력 현황\n\n  - 공무원 : 정원 39명, 현원 37명, 결원 2명\n\n"])
def test_the_line_as_departments_print_it(line):
    expected = [("정원", 39), ("현원", 37)] + ([("결원", 2)] if "결원" in line else [])
    assert [(c.status, c.headcount) for c in report(line).staffing] == expected


@pytest.mark.parametrize("line", ["2. 위원회 현황\n\n  ○ 주민자치위원회 : 정원 25명, 현원 22명\n\n",
                                  "2. 위원회 현황\n\n  ○ 정원 25명, 현원 22명\n\n",
                                  "2. 인 력 : 정원 39명 (’20년 정원 38명)\n\n"])
def test_a_line_counting_something_else_or_not_both_once_is_no_staffing(line):
    assert report(line).staffing == []


def test_a_table_beside_the_line_is_the_staffing():
    table = "2. 인 력 : 정원 39명 / 현원 37명\n\n구 분\t계\t5급\t6급\n정 원\t40\t1\t39\n현 원\t37\t1\t36\n\n"
    r = report(table)
    assert [(c.table_no, c.status, c.grade, c.headcount) for c in r.staffing] == [
        (1, "정원", "계", 40), (1, "정원", "5급", 1), (1, "정원", "6급", 39),
        (1, "현원", "계", 37), (1, "현원", "5급", 1), (1, "현원", "6급", 36)]
