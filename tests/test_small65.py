"""Three small readings (branch small65):
- `연말연시` (the year-end and new-year holidays) joined to a month as a range or list's part (`12월~연말연시`,
  `연말연시·12월`, `연말연시ㆍ12월`, `연말연시~1월`) runs December of the report's year to January of the next, as
  `연말연시` alone does; before, December alone (or January of the report's year, for `연말연시~1월`): a half or
  part of the year beside months was taken as what the months date more closely (`상반기 집중 정리(3월~5월)`),
  where joined to them it is one of their run;
- a vehicles table whose columns name one fuel alone (`구 분 | 계 | 휘발유`: every vehicle of it) counts that fuel,
  its column no kind of vehicle (as `휘발유 | 경유 | …` counts each); a sum that disagrees names the fuel
  (`총계가 경유 대수의 합과 다릅니다`; before, `휘발유` was a kind and the sum said `차종별 대수`, or `분류별 소계`
  where no category is printed);
- a part's heading set with two spaces or more between its words (`Ⅱ. 주요업무  추진실적`, as `pdftotext -layout`
  may print it) right after a space-aligned table is a heading, not the table's last row; before, a row of two cells,
  and the part it opens lost."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Heading, Table
from pipeline.read_text import read_text
from pipeline.values import parse_period

# --- 1: `연말연시` beside a month ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["12월~연말연시", "12월 ~ 연말연시", "연말연시·12월", "12월·연말연시",
                                  "연말연시~1월", "12월부터 연말연시", "연말연시(12월~1월)", "연말연시",
                                  "연말연시 불우이웃 돕기 : 12월 ~ 1월"])
def test_the_year_end_holidays_beside_a_month_run_december_to_january_of_the_next_year(text):
    period = parse_period(text, 2025)
    assert tuple(period) == (12, 1, 2025, 2026, ("2025-12", "2026-01"))


@pytest.mark.parametrize(("text", "expected"), [
    # a month the holidays do not hold, listed with them: each part's months
    ("11월·연말연시", (11, 1, 2025, 2026, ("2025-11", "2025-12", "2026-01"))),
    ("연말연시·2월", (12, 2, 2025, 2026, ("2025-12", "2026-01", "2026-02"))),
    # a half joined to a month as a list or range is one of the run, as it is where a comma parts them
    ("상반기·9월", (1, 9, 2025, None, ("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-09"))),
    ("3월, 하반기", (3, 12, 2025, None, ("2025-03", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11",
                                       "2025-12"))),
    # months beside a half, not joined to it, date it more closely, as before
    ("연말연시(12월)", (12, 12, 2025, None, ("2025-12",))),
    ("상반기 집중 정리(3월~5월)", (3, 5, 2025, None, ("2025-03", "2025-04", "2025-05"))),
])
def test_a_half_joined_to_a_month_is_one_of_its_run(text, expected):
    assert tuple(parse_period(text, 2025)) == expected


def test_with_no_year_known_the_holidays_beside_a_month_keep_december():
    """As `12월~1월` does with no year known: which year January is in is not known."""
    assert tuple(parse_period("12월~연말연시")) == tuple(parse_period("12월~1월")) == (12, 12, None, None, ("--12",))


def test_an_items_year_end_holidays_beside_december_run_into_january():
    """Read from a report: the interpunct printed `ㆍ` is `·`."""
    text = ("2025년 주요업무 보고\n\n총무과\n\nⅡ. 주요업무 추진실적\n\n① 이웃 돕기 (복지팀)\n\n□ 추진실적\n\n"
            "○ 연말연시 불우이웃 돕기 : 12월~연말연시\n\n○ 취약계층 위문 : 연말연시ㆍ12월\n\n"
            "○ 성금 모금 : 연말연시(12월~1월)\n")
    (project,) = extract_report(read_text("t.txt", text.encode())).projects
    assert [(item.start_month, item.end_month, item.year, item.end_year, item.months) for item in project.items] == [
        (12, 1, 2025, 2026, ["2025-12", "2026-01"])] * 3


# --- 2: a vehicles table of one fuel -----------------------------------------------------------------------------

COVER = ("제300회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 총무과\n\n# Ⅰ. 일반현황\n\n"
         "## 2 공용차량 현황\n\n")
PIPE_TABLE = ("| 구분 | 계 | 휘발유 |\n|---|---|---|\n| 계 | 5 | 5 |\n| 승용 | 3 | 3 |\n| 승합 | 2 | 2 |\n")
TAB_TABLE = "구 분\t계\t경유\n현 원\t5\t4\n"


def read(table: str):
    return extract_report(read_text("t.md", (COVER + "(단위: 대)\n\n" + table).encode()))


def counts(report) -> list[tuple]:
    return [(c.category, c.kind, c.fuel, c.count) for fleet in report.vehicles for c in fleet.counts]


def findings(report) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(report)
            if f.rule.endswith("vehicles")]


def test_a_pipe_table_of_one_fuel_counts_that_fuel():
    r = read(PIPE_TABLE)
    assert counts(r) == [("계", "계", None, 5), ("계", None, "휘발유", 5), ("승용", "소계", None, 3),
                         ("승용", None, "휘발유", 3), ("승합", "소계", None, 2), ("승합", None, "휘발유", 2)]
    assert findings(r) == []


def test_a_tab_table_of_one_fuel_counts_that_fuel_and_its_wrong_total_names_it():
    r = read(TAB_TABLE)
    assert counts(r) == [("계", "계", None, 5), ("공용차량현황", None, "경유", 4)]
    assert findings(r) == [("sum.vehicles", "계", "계", "4", "5",
                            "총계가 경유 대수의 합과 다릅니다 (표기 5대, 합계 4대)")]


def test_a_categorys_wrong_total_over_one_fuel_names_it():
    r = read("구 분\t계\t경유\n승 용\t3\t2\n화 물\t4\t4\n")
    assert counts(r) == [("승용", "소계", None, 3), ("승용", None, "경유", 2), ("화물", "소계", None, 4),
                         ("화물", None, "경유", 4)]
    assert findings(r) == [("sum.vehicles", "승용", "계", "2", "3",
                            "승용 계가 경유 대수의 합과 다릅니다 (표기 3대, 합계 2대)")]


def test_a_table_of_one_kind_and_one_of_fuels_stay_as_before():
    """A kind alone is a kind (`승용`); fuels beside kinds stay as printed; several fuels' sum names them (since
    small67; here, `차종별`)."""
    assert counts(read("구 분\t계\t승용\n현 원\t3\t3\n")) == [("계", "계", None, 3), ("공용차량현황", "승용", None, 3)]
    assert counts(read("구 분\t계\t승용\t전기\n현 원\t5\t3\t2\n")) == [
        ("계", "계", None, 5), ("공용차량현황", "승용", None, 3), ("공용차량현황", "전기", None, 2)]
    r = read("구 분\t계\t휘발유\t경유\n승 용\t4\t2\t1\n화 물\t3\t1\t2\n")
    assert [f[-1] for f in findings(r)] == ["승용 계가 휘발유·경유 대수의 합과 다릅니다 (표기 4대, 합계 3대)"]


# --- 3: a part's heading with wide gaps after a space-aligned table ----------------------------------------------

ALIGNED = ("2025년 주요업무 보고\n\n총무과\n\nⅠ. 일반현황\n\n1. 인 력\n\n"
           "  구 분     계    5급    6급    7급\n"
           "  정 원     10     1      4      5\n"
           "  현 원      9     1      4      4\n"
           "{heading}\n\n"
           "① 청사 안전 관리 (청사팀)\n\n□ 추진실적\n\n○ 청사 특별 점검 : 3월\n")
ROWS = (("구 분", "계", "5급", "6급", "7급"), ("정 원", "10", "1", "4", "5"), ("현 원", "9", "1", "4", "4"))


@pytest.mark.parametrize(("printed", "heading"), [
    ("Ⅱ. 주요업무  추진실적", "Ⅱ. 주요업무 추진실적"),
    ("Ⅱ.  주요업무   추진실적", "Ⅱ. 주요업무 추진실적"),
    ("   Ⅱ 주요업무  추진실적", "Ⅱ 주요업무 추진실적"),
    ("Ⅱ. 주 요 업 무  추 진 실 적", "Ⅱ. 주 요 업 무 추 진 실 적"),
    ("II. 주요업무  추진실적", "II. 주요업무 추진실적"),
    ("Ⅲ. 2026년  주요업무  계획", "Ⅲ. 2026년 주요업무 계획"),
    ("Ⅱ. 주요업무 추진실적", "Ⅱ. 주요업무 추진실적"),  # one space: as before
])
def test_a_part_heading_with_wide_gaps_after_an_aligned_table_is_a_heading(printed, heading):
    document = read_text("t.txt", ALIGNED.format(heading=printed).encode())
    table, after = next((block, document.blocks[k + 1]) for k, block in enumerate(document.blocks)
                        if isinstance(block, Table))
    assert table.rows == ROWS
    assert isinstance(after, Heading) and after.text == heading


def test_the_projects_under_a_part_heading_with_wide_gaps_are_extracted():
    """As under the heading printed with one space (before, none)."""
    r = extract_report(read_text("t.txt", ALIGNED.format(heading="Ⅱ. 주요업무  추진실적").encode()))
    assert [(p.title, p.team, p.section) for p in r.projects] == [("청사 안전 관리", "청사팀", "Ⅱ 주요업무 추진실적")]
    assert [(s.status, s.grade, s.headcount) for s in r.staffing if s.grade == "7급"] == [("정원", "7급", 5),
                                                                                         ("현원", "7급", 4)]


def test_a_row_labelled_by_a_roman_numeral_with_figures_stays_a_row():
    text = ("2025년 주요업무 보고\n\n총무과\n\nⅠ. 일반현황\n\n3. 예산현황\n\n"
            "  구 분          예산액     집행액\n"
            "  Ⅰ. 인건비      1,000       500\n"
            "  Ⅱ. 운영비        800       400\n")
    (table,) = [block for block in read_text("t.txt", text.encode()).blocks if isinstance(block, Table)]
    assert table.rows == (("구 분", "예산액", "집행액"), ("Ⅰ. 인건비", "1,000", "500"), ("Ⅱ. 운영비", "800", "400"))
