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
# each variant: the text, its header's two rows, and the generic table's one row of column labels
VARIANTS = {
    "at-the-left": (AT_THE_LEFT, ("동 별", "세대수", "인구", "", ""), ("", "", "계", "남", "여"),
                    ["동 별", "세대수", "인구 계", "인구 남", "인구 여"]),
    "on-both-sides": (ON_BOTH_SIDES, ("동 별", "세대수", "인구", "", "", "전년대비"), ("", "", "계", "남", "여", ""),
                      ["동 별", "세대수", "인구 계", "인구 남", "인구 여", "전년대비"]),
    "narrow": (NARROW, ("구 분", "세대수", "인구", "", "", "65세 이상"), ("", "", "계", "내국인", "외국인", ""),
               ["구 분", "세대수", "인구 계", "인구 내국인", "인구 외국인", "65세 이상"]),
    "wide": (WIDE, ("동 별", "세 대 수", "인구", "", "", "세대당 인구"), ("", "", "계", "남 자", "여 자", ""),
             ["동 별", "세 대 수", "인구 계", "인구 남 자", "인구 여 자", "세대당 인구"]),
}


@pytest.mark.parametrize("name", VARIANTS)
def test_a_lone_letter_spaced_group_label_heads_the_columns_it_is_centred_on(name):
    """Before, the labels printed low beside the group stayed on the lower line, read as the group's: `인구` headed
    `계 | 남 | 여` and whatever stood right of them (`전년대비`), or, as well centred on the wider span, went over
    `세대수`; the generic columns read `인구 세대수 | 계 | 남 | 여` or `인구 계 | 남 | 여`, and the row check
    계 = 남 + 여 of each 동 went unread."""
    text, top, lower, labels = VARIANTS[name]
    (table,), report = _read(text)
    assert table.rows[:2] == (top, lower)
    (generic,) = report.tables
    assert generic.header_rows == 1
    assert generic.rows[0] == labels
    assert generic.rows[2][:5] == ["여의동", "15,300", "33,110", "16,010", "17,100"]
    assert _findings(report) == []


@pytest.mark.parametrize("name", VARIANTS)
def test_a_figure_off_its_group_total_is_found_under_a_lone_group_label(name):
    """A figure off by 90 is off its row's 계 = 남 + 여 (read only under the group); its column's total, right of
    the 계 it should be, is not blamed (before, it was too: expected 85,090, of the wrong 33,200)."""
    text, _, _, labels = VARIANTS[name]
    _, report = _read(text.replace("33,110", "33,200"))
    assert _findings(report) == [("sum.table", "여의동", labels[2], "33,110", "33,200")]


def test_a_figure_off_its_group_total_in_a_table_without_a_total_row_is_one_finding():
    """Without a 계 row only the row's 계 = 남 + 여 tells the figure is off: before, `남` and `여` were no 인구's and
    the table gave no finding."""
    lines = AT_THE_LEFT.splitlines()
    _, report = _read("\n".join([*lines[:2], *lines[3:]]).replace("33,110", "33,200") + "\n")
    assert _findings(report) == [("sum.table", "여의동", "인구 계", "33,110", "33,200")]


# A project's 추진일정 drawn with bars across its month columns, as `pdftotext -layout` prints an HWP Gantt chart,
# some with a column of figures (a budget) or a 비 고 beside the months
SCHEDULE_COVER = (COVER + "# Ⅱ. 주요업무 추진실적\n\n① 주민자치 활성화 (자치지원팀)\n\n"
                  "□ 주요 추진실적\n\n  ○ 추진일정\n\n")
BARS = """\
  구 분               1월    2월    3월    4월    5월    6월
  착수 및 설계       ━━━━━━━━━━━━
  공사 시행                        ━━━━━━━━━━━━━━━━━━━
  준공 및 정산                                          ━━━━━"""
ARROWS = """\
  추진내용            1월    2월    3월    4월    5월    6월     비 고
  계획 수립          ◀━━━━━━━━━━▶
  위원 모집                 ◀━━━━━━━━━━━━━━━━━▶
  총회 개최                                      ◀━━━━━━━━━━▶    동별 개최"""
BLOCKS = """\
  세부추진사항          3월     4월     5월     6월     7월     8월      예 산
  사전 준비            ■■■■■■■■■■■■■■                                    5,000
  본 사업                      ■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■          120,000
  결과 보고                                                    ■■■■■■        -"""
QUARTERS = """\
  구    분           1/4분기   2/4분기   3/4분기   4/4분기     예산(백만원)
  기본계획 수립      ────────                                            30
  시스템 구축                  ──────────────────                       450
  시범 운영                                        ────────              20"""
# marks standing off their months (a font drawing them wider than they are counted), a budget beside them: read
# so before too, the figures' columns lining up with the months; kept so, as a schedule
DRIFTING_MARKS = """\
  구 분          1월    2월    3월    4월    5월    6월    예 산
  위원 모집        ●     ●                                 1,200
  위원 교육                    ●     ●                       800
  총회 개최                                ●     ●         2,500"""
SCHEDULES = {
    "bars": (BARS, (("구 분", "1월", "2월", "3월", "4월", "5월", "6월"),
                    ("착수 및 설계", "━", "━", "", "", "", ""),
                    ("공사 시행", "", "", "━", "━", "━", ""),
                    ("준공 및 정산", "", "", "", "", "", "━"))),
    "arrows": (ARROWS, (("추진내용", "1월", "2월", "3월", "4월", "5월", "6월", "비 고"),
                        ("계획 수립", "━", "━", "", "", "", "", ""),
                        ("위원 모집", "", "━", "━", "━", "", "", ""),
                        ("총회 개최", "", "", "", "", "━", "━", "동별 개최"))),
    "blocks-and-budget": (BLOCKS, (("세부추진사항", "3월", "4월", "5월", "6월", "7월", "8월", "예 산"),
                                   ("사전 준비", "■", "■", "", "", "", "", "5,000"),
                                   ("본 사업", "", "■", "■", "■", "■", "", "120,000"),
                                   ("결과 보고", "", "", "", "", "", "■", "-"))),
    "quarters-and-budget": (QUARTERS, (("구 분", "1/4분기", "2/4분기", "3/4분기", "4/4분기", "예산(백만원)"),
                                       ("기본계획 수립", "─", "", "", "", "30"),
                                       ("시스템 구축", "", "─", "─", "", "450"),
                                       ("시범 운영", "", "", "", "─", "20"))),
    "drifting-marks-and-budget": (DRIFTING_MARKS, (("구 분", "1월", "2월", "3월", "4월", "5월", "6월", "예 산"),
                                                   ("위원 모집", "●", "●", "", "", "", "", "1,200"),
                                                   ("위원 교육", "", "", "●", "●", "", "", "800"),
                                                   ("총회 개최", "", "", "", "", "●", "●", "2,500"))),
}


STEPS = {
    "bars": [("착수 및 설계 : 1월~2월", 1, 2), ("공사 시행 : 3월~5월", 3, 5), ("준공 및 정산 : 6월", 6, 6)],
    "arrows": [("계획 수립 : 1월~2월", 1, 2), ("위원 모집 : 2월~4월", 2, 4), ("총회 개최 : 5월~6월 / 동별 개최", 5, 6)],
    "blocks-and-budget": [("사전 준비 : 3월~4월 / 예산 5,000", 3, 4), ("본 사업 : 4월~7월 / 예산 120,000", 4, 7),
                          ("결과 보고 : 8월", 8, 8)],
    "quarters-and-budget": [("기본계획 수립 : 1/4분기 / 예산(백만원) 30", 1, 3),
                            ("시스템 구축 : 2/4분기~3/4분기 / 예산(백만원) 450", 4, 9),
                            ("시범 운영 : 4/4분기 / 예산(백만원) 20", 10, 12)],
    "drifting-marks-and-budget": [("위원 모집 : 1월~2월 / 예산 1,200", 1, 2), ("위원 교육 : 3월~4월 / 예산 800", 3, 4),
                                  ("총회 개최 : 5월~6월 / 예산 2,500", 5, 6)],
}


@pytest.mark.parametrize("name", SCHEDULES)
def test_a_schedule_of_bars_or_with_figures_beside_its_marks_is_a_table(name):
    """Before, bars were no marks: the chart's header line was left out as an item and the bars kept whole in
    one column each (`━━━━━━━━━━━━`, which months a step runs in lost), or the whole chart flattened into one item;
    a column of figures beside the months made it a table of figures, whose columns the marks and bars, standing
    off their months, garbled (`4월 5월 6월` one label). Now each month a bar covers is marked, as a mark marks
    the month it stands nearest, and the figures are a column of their own."""
    text, grid = SCHEDULES[name]
    document = read_text("t.txt", (SCHEDULE_COVER + text + "\n\n□ 향후계획\n\n  ○ 하반기 추진: 7월~12월\n").encode())
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.rows == grid
    report = extract_report(document)
    (generic,) = report.tables
    assert (generic.caption, generic.project_seq, generic.header_rows) == ("추진일정", 1, 1)
    assert generic.rows == [list(row) for row in grid]
    # each step an item dated by its months, besides the grid (`test_project_schedules`)
    assert [(item.text, item.start_month, item.end_month) for project in report.projects
            for item in project.items if item.heading == "주요 추진실적"] == [("추진일정", None, None), *STEPS[name]]
    assert _findings(report) == []


def test_a_schedule_whose_first_step_prints_no_figure_keeps_its_month_columns():
    """Before, the figures beside the marks made it a table of figures whose body started at the first row with
    one: the first step's row read as a second header line, the marks placed by the columns of that row alone
    (`추진사항 1월 | 2월 3월`, `위원 모집 ● | ● ●`). The month labels now make it a schedule, whatever its figures."""
    text = """\
  추진사항        1월    2월    3월    4월    5월    6월    소요예산    비 고
  위원 모집        ●     ●      ●
  위원 교육                     ●      ●                         800    구 예산
  총회 개최                                   ●      ●         2,500"""
    document = read_text("t.txt", (SCHEDULE_COVER + text + "\n").encode())
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.rows == (("추진사항", "1월", "2월", "3월", "4월", "5월", "6월", "소요예산", "비 고"),
                          ("위원 모집", "●", "●", "●", "", "", "", "", ""),
                          ("위원 교육", "", "", "●", "●", "", "", "800", "구 예산"),
                          ("총회 개최", "", "", "", "", "●", "●", "2,500", ""))
