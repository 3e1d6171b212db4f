"""Space-aligned headers as `pdftotext -layout` prints a group label letter-spaced wide over several columns
(`인      구` centred over `계 | 남 | 여`), beside labels merged down the header and printed on a lower line."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = "제292회 한빛구의회 제1차 정례회\n\n2024. 6. 10. ~ 6. 24.\n\n# 2024년 주요업무 보고\n\n## 자치행정과\n\n"
PART = "# Ⅰ. 일반현황\n\n## 2 인구 현황\n\n□ 동별 인구 현황\n"
UNIT = "                                                                   (단위: 세대, 명)\n"
BODY = """\
   계           42,000      85,000       41,600       43,400            △300
   여의동       15,300      33,200       16,010       17,100            △400
   당산1동      26,700      51,800       25,500       26,300              100"""
THREE_LINES = """\
                                          인      구                   전년대비
   동 별        세대수                                                     증감
                               계           남           여"""
SPREAD_OVER_THREE = """\
                                          인      구
   동 별        세대수                                                 전년대비
                               계           남           여              증감"""
TWO_LINES = """\
                                          인      구                   전년대비
   동 별        세대수         계           남           여              증감"""


def _read(header: str, body: str = BODY):
    document = read_text("t.txt", (COVER + PART + UNIT + header + "\n" + body + "\n").encode())
    return [block for block in document.blocks if isinstance(block, Table)], extract_report(document)


def _findings(report) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


@pytest.mark.parametrize(("header", "grid"), [
    (THREE_LINES, (("동 별", "세대수", "인구", "", "", "전년대비"), ("", "", "", "", "", "증감"),
                   ("", "", "계", "남", "여", ""))),
    (SPREAD_OVER_THREE, (("동 별", "세대수", "인구", "", "", "전년대비"), ("", "", "계", "남", "여", "증감"))),
    (TWO_LINES, (("동 별", "세대수", "인구", "", "", "전년대비"), ("", "", "계", "남", "여", "증감")))],
    ids=["three-lines", "spread-over-three", "two-lines"])
def test_a_letter_spaced_group_label_heads_the_columns_it_is_centred_on(header, grid):
    """`인      구` stands six blanks apart, wider than a letter-spaced label of one column: read as two labels,
    `인` went over `남` and `구` (over no column) to `여`, or `인` to the 동 별 column, so 계 lost its group
    (`증감 계 | 인 증감 남 | 구 증감 여`) and the 계 = 남 + 여 check of each 동 went unread. `동 별` and `세대수`,
    merged down and printed on a lower line, go to the header's first row, as a converter prints a merged cell."""
    (table,), report = _read(header)
    assert table.rows[:len(grid)] == grid
    (generic,) = report.tables
    assert generic.rows[0] == ["동 별", "세대수", "인구 계", "인구 남", "인구 여", "전년대비 증감"]
    assert generic.rows[2] == ["여의동", "15,300", "33,200", "16,010", "17,100", "△400"]
    # the 계 row's 남 and 여의동's 인구 계 both miss 90: one wrong part where they cross
    assert _findings(report) == [("sum.table", "여의동", "인구 남", "16,100", "16,010")]


def test_single_syllables_each_centred_over_a_group_of_their_own_stay_two_labels():
    """`남` and `여` each centred over its `계 | 소계`: joined, they would be centred over all four as well, but
    apart each heads its own; `구 분`, printed low at the left, is no group's."""
    (table,), report = _read("""\
                     남                   여
   구 분       계        소계       계        소계""", """\
   가동        10           4       6           2
   나동        12           5       7           3""")
    assert table.rows[:2] == (("구 분", "남", "", "여", ""), ("", "계", "소계", "계", "소계"))
    (generic,) = report.tables
    assert generic.rows[0] == ["구 분", "남 계", "남 소계", "여 계", "여 소계"]
