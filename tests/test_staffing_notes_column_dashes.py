"""A staffing table of statuses as rows whose last column is notes (`비 고`) printing a dash where a row has none (`-`,
as some departments fill every cell). Before, the dash was read as 0 staff of a class named `비고` (`정원 비고 계 0`,
`과부족 비고 계 0`), which a question of the classes or a sum by class counted; now the column names no class, as
its words (`육아휴직 1`) never did."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import LAYOUTS

COVER = ("제268회 누리구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n자원순환과\n\nⅠ. 일반현황\n\n"
         "2. 인력\n\n(단위: 명)\n\n")
TABLE = ("구 분\t계\t5급\t6급\t7급\t8급\t9급\t비 고\n"
         "정 원\t15\t1\t3\t5\t4\t2\t-\n"
         "현 원\t14\t1\t3\t4\t4\t2\t육아휴직 1\n"
         "과부족\t△1\t-\t-\t△1\t-\t-\t-\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "html-tables"])
def test_a_notes_column_of_dashes_names_no_class(layout):
    text = COVER + TABLE
    r = extract_report(read_text("t.txt", (LAYOUTS[layout](text) if layout in LAYOUTS else text).encode()))
    assert {s.job_class for s in r.staffing} == {"계"}
    assert [(s.status, s.grade, s.headcount) for s in r.staffing if s.grade in ("계", "7급")] == [
        ("정원", "계", 15), ("정원", "7급", 5), ("현원", "계", 14), ("현원", "7급", 4),
        ("과부족", "계", -1), ("과부족", "7급", -1)]
