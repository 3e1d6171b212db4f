"""Space-aligned rows whose label runs into its first figure by one space (`국가예방접종 18,240`), as
`pdftotext -layout` prints a label too long for its column: the row is one cell short of the others, and parted
it lines up with them, the label over their labels and the figure over their first figures. Before, the label kept
the figure and the column was blank: a monthly table's 계 read as missing and its 합 계 row found wrong
(`sum.table`), a budget line without its 예산액, a staffing class without its 계."""

import pytest

from checks import run_checks
from extractors import extract_report
from tests.layouts import read_first_part, tables_of

COVER = "제305회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 건강증진과\n\n# Ⅰ. 일반현황\n\n"


def read_body(body: str):
    document = read_first_part(COVER, body)
    report = extract_report(document)
    return tables_of(document), report, run_checks(report)


MONTHLY = """\
   5. 월별 예방접종 실적
                                                                  (단위 : 건)
      구  분      계       1월       2월       3월       4월       5월
      국가예방접종 18,240   3,410     3,280     3,920     3,750     3,880
      인플루엔자   42,115  21,300    12,405     4,210     2,600     1,600
      합  계      60,355  24,710    15,685     8,130     6,350     5,480
"""
# the label runs into a signed change, the other rows' labels short
CHANGES = """\
   5. 전년 대비 단속 실적
      구  분           2025년      2026년      증  감
      합  계           70,120      73,753       3,633
      고정CCTV 단속    43,100      41,230      △1,870
      이동단속 및 견인 11,900      12,405         505
      주민신고          15,120      20,118       4,998
"""


@pytest.mark.parametrize(("body", "row", "expected"), [
    (MONTHLY, 1, ("국가예방접종", "18,240", "3,410", "3,280", "3,920", "3,750", "3,880")),
    (MONTHLY.replace("국가예방접종 18,240", "국가 예방접종 18,240"), 1,
     ("국가 예방접종", "18,240", "3,410", "3,280", "3,920", "3,750", "3,880")),
    (CHANGES.replace("이동단속 및 견인 11,900", "이동단속 및 견인차 11,900"), 3,
     ("이동단속 및 견인차", "11,900", "12,405", "505")),
])
def test_a_label_run_into_its_first_figure_is_two_cells(body, row, expected):
    tables, _, findings = read_body(body)
    assert tables[0].rows[row] == expected
    assert [f for f in findings if f.severity == "error"] == []


def test_a_wrong_total_beside_a_parted_label_is_still_found():
    body = MONTHLY.replace("60,355  24,710", "60,300  24,710")
    _, _, findings = read_body(body)
    assert [(f.rule, f.actual) for f in findings if f.severity == "error"] == [("sum.table", "60,300")]


BUDGET = """\
   4. 예    산
                                                  (2025. 5. 31. 현재, 단위 : 천원)
     단위사업           예 산 액      집 행 액    집행률(%)
     합      계        5,842,000     2,453,640       42.0
     감염병 예방        2,400,000     1,200,000       50.0
     방역 소독            642,000       256,800       40.0
     모자보건 및 영양지원 2,800,000     996,840       35.6
"""


def test_a_budget_line_run_into_its_budget_keeps_both():
    _, report, findings = read_body(BUDGET)
    assert [(b.name, b.budget_krw, b.executed_krw) for b in report.budget][-1] == (
        "모자보건 및 영양지원", 2_800_000_000, 996_840_000)
    assert [f for f in findings if f.severity == "error"] == []


STAFFING = """\
   2. 인    력
     직  렬         정 원      현 원      과부족
     합  계           30         28        △2
     행  정            8          8         -
     보  건           10          9        △1
     의료기술 및 간호 12         11        △1
"""


def test_a_staffing_class_run_into_its_count_keeps_it():
    _, report, findings = read_body(STAFFING)
    assert [(s.status, s.headcount) for s in report.staffing if s.job_class == "의료기술및간호"] == [
        ("정원", 12), ("현원", 11), ("과부족", -1)]
    assert [f for f in findings if f.severity == "error"] == []


# rows that print every cell keep a label ending in a figure (`제2청사 3`: no column is blank to take it), and a
# short row whose figure would not stand under a figure column stays as printed
@pytest.mark.parametrize(("body", "row", "expected"), [
    ("""\
   3. 청사 현황
     구  분          층수      면적(㎡)     준공
     본관             6        14,020       1988
     제2청사 3        4         4,870       2009
""", 2, ("제2청사 3", "4", "4,870", "2009")),
    ("""\
   3. 청사 현황
     구  분                  층수      면적(㎡)     준공
     본관                     6        14,020       1988
     별관 2                            4,870       2009
""", 2, ("별관 2", "", "4,870", "2009")),
])
def test_a_label_ending_in_a_figure_stays_where_no_column_takes_the_figure(body, row, expected):
    tables, _, _ = read_body(body)
    assert tables[0].rows[row] == expected
