"""Space-aligned gaps as `pdftotext -layout` prints HWP tables: a group label letter-spaced alone on the top line of
a two-line header (`인      구` over `계 | 남 | 여`, the other labels merged down and printed on the lower line)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = "제292회 한빛구의회 제1차 정례회\n\n2024. 6. 10. ~ 6. 24.\n\n# 2024년 주요업무 보고\n\n## 자치행정과\n\n"
PART = "# Ⅰ. 일반현황\n\n## 2 인구 현황\n\n□ 동별 인구 현황\n"
UNIT = "                                                                   (단위: 세대, 명)\n"


def _read(text: str):
    document = read_text("t.txt", (COVER + PART + UNIT + text).encode())
    return [block for block in document.blocks if isinstance(block, Table)], extract_report(document)


def _findings(report) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


# `동 별` and `세대수` merged down, printed on the lower line at the left; nothing right of the group
AT_THE_LEFT = """\
                                          인      구
   동 별        세대수         계           남           여
   계           42,000      85,000       41,600       43,400
   여의동       15,300      33,110       16,010       17,100
   당산1동      26,700      51,890       25,590       26,300
"""
# and `전년대비` merged down on the right: the group is as well centred on `세대수 … 전년대비` as on `계 | 남 | 여`
ON_BOTH_SIDES = """\
                                          인      구
   동 별        세대수         계           남           여           전년대비
   계           42,000      85,000       41,600       43,400              △300
   여의동       15,300      33,110       16,010       17,100              △400
   당산1동      26,700      51,890       25,590       26,300               100
"""
# three blanks between its letters, over `계 | 내국인 | 외국인`
NARROW = f"""\
{' ' * 40}인   구
  구 분         세대수        계        내국인      외국인     65세 이상
  합 계         42,000      85,000      41,600      43,400         4,100
  여의동        15,300      33,110      16,010      17,100         1,700
  당산1동       26,700      51,890      25,590      26,300         2,400
"""
# a full-width table: every label letter-spaced, the group's twelve blanks apart
WIDE = f"""\
{' ' * 47}인            구
    동  별       세 대 수            계            남  자          여  자       세대당 인구
    합  계         42,000          85,000          41,600          43,400           2.02
    여의동         15,300          33,110          16,010          17,100           2.16
    당산1동        26,700          51,890          25,590          26,300           1.94
"""
VARIANTS = {
    "at-the-left": (AT_THE_LEFT, ("동 별", "세대수", "인구", "", ""), ("", "", "계", "남", "여")),
    "on-both-sides": (ON_BOTH_SIDES, ("동 별", "세대수", "인구", "", "", "전년대비"), ("", "", "계", "남", "여", "")),
    "narrow": (NARROW, ("구 분", "세대수", "인구", "", "", "65세 이상"), ("", "", "계", "내국인", "외국인", "")),
    "wide": (WIDE, ("동 별", "세 대 수", "인구", "", "", "세대당 인구"), ("", "", "계", "남 자", "여 자", "")),
}


@pytest.mark.parametrize("name", VARIANTS)
def test_a_lone_letter_spaced_group_label_heads_the_columns_it_is_centred_on(name):
    """Before, the labels printed low beside the group stayed on the lower line, read as the group's: `인구` headed
    `계 | 남 | 여` and whatever stood right of them (`전년대비`), or, as well centred on the wider span, went over
    `세대수`; the generic columns read `인구 세대수 | 계 | 남 | 여` or `인구 계 | 남 | 여`, and the row check
    계 = 남 + 여 of each 동 went unread."""
    text, top, lower = VARIANTS[name]
    (table,), report = _read(text)
    assert table.rows[:2] == (top, lower)
    (generic,) = report.tables
    assert generic.header_rows == 1
    assert generic.rows[0] == [" ".join(filter(None, (top[j] or (top[2] if 2 <= j <= 4 else ""), lower[j])))
                               for j in range(len(top))]
    assert generic.rows[2][:5] == ["여의동", "15,300", "33,110", "16,010", "17,100"]
    assert _findings(report) == []


@pytest.mark.parametrize("name", VARIANTS)
def test_a_figure_off_its_group_total_is_found_under_a_lone_group_label(name):
    text, top, lower = VARIANTS[name]
    _, report = _read(text.replace("33,110", "33,200"))
    total, first = f"{top[2]} {lower[2]}", "계" if name in ("at-the-left", "on-both-sides") else "합 계"
    assert _findings(report) == sorted([("sum.table", first, total, "85,090", "85,000"),
                                        ("sum.table", "여의동", total, "33,110", "33,200")])
