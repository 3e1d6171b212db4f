"""Each month an item runs in (`Period.months`, `ProjectItem.months`, `project_items.months`, schema 27): a list of
months runs in those it lists (`4월ㆍ9월`: April and September), several periods in their own months (`3월~5월(1기),
9월~11월(2기)`), where the span (start_month..end_month) runs over the months between too. Before, only the span was
kept, and a question by month (what runs in July?) found such items."""

import json
import sqlite3

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from extractors import extract_report
from extractors.projects import item_fields
from pipeline.db import SCHEMA_VERSION, connect
from pipeline.read_text import read_text
from pipeline.render import _item_facts
from pipeline.values import parse_period
from tests.conftest import ROOT
from tests.corpus import as_old_schema, invoke, report_folder
from tests.periods import span

COVER = ("2025년 주요업무 보고\n\n총무과\n\nⅡ. 주요업무 추진실적\n\n① 의원 역량 강화 (의정팀)\n\n강화하고자 함\n\n"
         "□ 추진계획\n\n")
ITEMS = ("○ 의원 역량강화 교육 : 4월ㆍ9월 / 2회\n"
         "○ 교육 : 3월~5월(1기), 9월~11월(2기)\n"
         "○ 분기 점검 : 3·6·9월\n"
         "○ 현장 점검 : 6월~8월\n")
SCHEDULE = ("\n□ 추진일정\n\n구 분\t1월\t2월\t3월\t4월\t5월\t6월\t7월\t8월\t9월\t10월\t11월\t12월\n"
            "주민 설명회\t\t\t●\t●\t\t\t\t\t●\t●\t\t\n")


def months(*printed: str) -> tuple[str, ...]:
    return tuple(f"2025-{month:02d}" for month in map(int, printed))


@pytest.mark.parametrize(("text", "expected_span", "expected_months"), [
    # lists of months, however joined: the months listed, the span over them
    ("의원 역량강화 교육 : 4월ㆍ9월 / 2회", (4, 9, 2025, None), months(4, 9)),
    ("4월·9월", (4, 9, 2025, None), months(4, 9)), ("4월, 9월", (4, 9, 2025, None), months(4, 9)),
    ("3·6·9월", (3, 9, 2025, None), months(3, 6, 9)), ("3, 6, 9, 12월", (3, 12, 2025, None), months(3, 6, 9, 12)),
    ("연 2회(4월, 10월)", (4, 10, 2025, None), months(4, 10)),
    # several ranges: each one's months
    ("교육 : 3월~5월(1기), 9월~11월(2기)", (3, 11, 2025, None), months(3, 4, 5, 9, 10, 11)),
    ("주민 설명회 : 3월~4월, 9월~10월", (3, 10, 2025, None), months(3, 4, 9, 10)),
    ("3월, 5월~6월", (3, 6, 2025, None), months(3, 5, 6)),
    ("1단계 : 1월~3월, 2단계 : 7월~8월", (1, 8, 2025, None), months(1, 2, 3, 7, 8)),
    # a range: every month of it, over a year too
    ("3월~5월", (3, 5, 2025, None), months(3, 4, 5)),
    ("주민공람: 11월 ~ 익년 2월", (11, 2, 2025, 2026), ("2025-11", "2025-12", "2026-01", "2026-02")),
    ("11월~2월", (11, 2, 2025, 2026), ("2025-11", "2025-12", "2026-01", "2026-02")),
    # halves, quarters and the whole year: their months
    ("상반기", (1, 6, 2025, None), months(1, 2, 3, 4, 5, 6)), ("2/4분기", (4, 6, 2025, None), months(4, 5, 6)),
    ("1·3분기", (1, 9, 2025, None), months(1, 2, 3, 7, 8, 9)),
    ("연중", (1, 12, 2025, None), months(*range(1, 13))), ("매월 1회", (1, 12, 2025, None), months(*range(1, 13))),
    # a plan's change: the new months only
    ("당초 5월 → 변경 8월", (8, 8, 2025, None), months(8)),
    # months a bracket excludes: out of the months (before, in them), in the span but at its ends, where the span
    # runs from the first month left to the last (before, it kept them)
    ("연중(동절기 12월~2월 제외)", (3, 11, 2025, None), months(*range(3, 12))),
    ("연중(1월 제외)", (2, 12, 2025, None), months(*range(2, 13))),
    ("3월~12월(12월 제외)", (3, 11, 2025, None), months(*range(3, 12))),
    ("연중(하반기 제외)", (1, 6, 2025, None), months(*range(1, 7))),
    ("11월~익년 3월(11월 제외)", (12, 3, 2025, 2026), ("2025-12", "2026-01", "2026-02", "2026-03")),
    ("11월~익년 3월(3월 제외)", (11, 2, 2025, 2026), ("2025-11", "2025-12", "2026-01", "2026-02")),
    ("3월~11월(7~8월 제외)", (3, 11, 2025, None), months(3, 4, 5, 6, 9, 10, 11)),
    ("3월~11월(동절기 12월~2월 제외)", (3, 11, 2025, None), months(*range(3, 12))),
    ("매월 1회(8월 제외)", (1, 12, 2025, None), months(*range(1, 8), *range(9, 13))),
    ("2025. 11월 ~ 2026. 3월(1월 제외)", (11, 3, 2025, 2026), ("2025-11", "2025-12", "2026-02", "2026-03")),
    ("연중(공휴일 제외)", (1, 12, 2025, None), months(*range(1, 13))),  # a bracket of no months excludes none
    # nor a season named alone, whose months administrations date differently (동절기: 11–3 or 12–2)
    ("연중(동절기 제외)", (1, 12, 2025, None), months(*range(1, 13))),
    ("3월~11월(하절기 제외)", (3, 11, 2025, None), months(*range(3, 12))),
    ("4월(4월 제외)", (4, 4, 2025, None), months(4)),  # nor one that would exclude every month
])
def test_an_items_months_are_those_it_prints(text, expected_span, expected_months):
    period = parse_period(text, 2025)
    assert (span(period), period.months) == (expected_span, expected_months)


def test_with_no_year_known_the_months_print_none():
    """`--04`, as XML Schema's gMonth writes a month of no year; a period crossing a year keeps its part in the year
    it starts, as its span does."""
    assert parse_period("4월·9월").months == ("--04", "--09")
    assert parse_period("11월~2월") == (11, 12, None, None, ("--11", "--12"))
    assert parse_period("연중(1월 제외)") == (2, 12, None, None, tuple(f"--{month:02d}" for month in range(2, 13)))


def test_an_items_fields_give_its_months():
    assert item_fields("의원 역량강화 교육 : 4월ㆍ9월 / 2회", 2025) == (4, 9, 2025, None, None, months(4, 9))
    assert item_fields("착공 : 3월 / 준공 : 12월 / 50,000천원", 2025) == (3, 12, 2025, None, 50_000_000,
                                                                   months(*range(3, 13)))
    assert item_fields("사업기간 : 2025. ~ 2026.", 2025).months == (*months(*range(1, 13)),
                                                                   *(f"2026-{m:02d}" for m in range(1, 13)))
    assert item_fields("참석 인원 : 40명", 2025) == (None, None, None, None, None, None)


@pytest.mark.parametrize(("text", "expected_months"), [
    # the start and the end of one work, each dated by its month: the months between too (before, those two alone)
    ("착공 : 3월 / 준공 : 12월", months(*range(3, 13))), ("공사 : 3월 착공 → 12월 준공", months(*range(3, 13))),
    ("3월 접수 → 5월 선정", months(3, 4, 5)), ("3월 공고 → 4월 접수 → 6월 선정", months(3, 4, 5, 6)),
    ("사업 시작 : 4월, 완료 : 6월", months(4, 5, 6)), ("운영 개시 : 2월 / 종료 : 4월", months(2, 3, 4)),
    ("공사 착공(3월) → 준공(12월)", months(*range(3, 13))), ("3월 중 착수, 7월말 완료 예정", months(*range(3, 8))),
    ("착공 : 11월 / 준공 : 익년 2월", ("2025-11", "2025-12", "2026-01", "2026-02")),
    ("착공 : ’25. 11월 / 준공 : ’26. 2월", ("2025-11", "2025-12", "2026-01", "2026-02")),
    # steps dated by their day or by a range: from the start's month, a range's first, to the end's, a range's last
    # (before, in the months printed alone)
    ("착공 : ’25. 4. 7. / 준공 : 12. 31.", months(*range(4, 13))),
    ("착공 2025. 4. 7., 준공 2025. 12. 31.", months(*range(4, 13))),
    ("공사 : 4. 7.(월) 착공 → 12. 31.(수) 준공", months(*range(4, 13))),
    ("착공 : ’25. 11. 3. / 준공 : ’26. 2. 27.", ("2025-11", "2025-12", "2026-01", "2026-02")),
    ("접수 : 3월~5월 / 선정 : 9월", months(*range(3, 10))), ("3월~5월 접수 → 9월 선정", months(*range(3, 10))),
    ("접수 : 4~6월, 선정 : 9월", months(*range(4, 10))), ("접수 : 3월 / 선정 : 10월~11월", months(*range(3, 12))),
    ("접수 : 3. 4.(화) ~ 5. 28.(수) / 선정 : 8. 1.", months(*range(3, 9))),
    ("접수 : 3월~5월 / 발표 : 9월", months(3, 4, 5, 9)),  # no end: the range and the month alone
    # separate events of a list, or steps that neither start nor end a work: their months alone
    ("열람공고 : 7월 / 결정고시 : ’26. 3월", ("2025-07", "2026-03")), ("1차 : 4월 / 2차 : 9월", months(4, 9)),
    ("설계 : 3월 / 공사 : 9월", months(3, 9)), ("착공 : 3월 / 점검 : 9월", months(3, 9)),
    ("준공 : 3월 / 착공 : 9월", months(3, 9)),  # an end before the start: no one work's
    ("6월 접수 완료", months(6)),
])
def test_a_work_runs_in_the_months_from_its_start_to_its_end(text, expected_months):
    assert item_fields(text, 2025).months == expected_months


def test_the_question_by_month_finds_a_work_going_on_and_not_its_excluded_months(tmp_path):
    """In July: the works started before and ended after it, not the events of a list around it, nor what runs all
    year but in July and August. Before, the second and the last."""
    items = ("○ 청사 보수 공사 : 3월 착공 → 12월 준공\n○ 도시관리계획 : 열람공고 6월 / 결정고시 9월\n"
             "○ 공모 절차 : 5월 접수 → 8월 선정\n○ 옥상정원 개방 : 연중(7~8월 제외)\n")
    folder = report_folder(tmp_path, r=COVER + items)
    assert invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder)).exit_code == 0
    in_july = readme_in_june().replace("'2025-06'", "'2025-07'")
    result = invoke(tmp_path, "query", in_july, "--db", "r.db", "--csv")
    assert result.output.splitlines()[1:] == [",총무과,2025,청사 보수 공사 : 3월 착공 → 12월 준공",
                                              ",총무과,2025,공모 절차 : 5월 접수 → 8월 선정"]


# how a step's date prints: a month or a day, (month, day) → text; a range, (first, last, day) → text
STEP_DAYS = (lambda month, day: f"{month}월", lambda month, day: f"{month}월 {day}일",
             lambda month, day: f"{month}. {day}.", lambda month, day: f"’25. {month}. {day}.(화)",
             lambda month, day: f"2025. {month}. {day}.")
STEP_RANGES = (lambda first, last, day: f"{first}월~{last}월", lambda first, last, day: f"{first}~{last}월",
               lambda first, last, day: f"{first}. {day}. ~ {last}. {day}.")


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=11), st.integers(1, 28),
       st.sampled_from(STEP_DAYS + STEP_RANGES), st.sampled_from(STEP_DAYS + STEP_RANGES),
       st.sampled_from(["착공", "착수", "접수", "시작"]), st.sampled_from(["준공", "완료", "선정", "마감"]),
       st.booleans(), st.sampled_from([" / ", ", "]))
def test_a_work_dated_by_any_dates_runs_from_its_start_to_its_end(first, length, day, start_date, end_date, start,
                                                                  end, word_first, between):
    """Each step dated by its month, its day (its year before it or not) or a range, its word before its date or
    after it: the work runs from the start's first month to the end's last, every month between."""
    last = min(first + length, 12)
    middle = (first + last) // 2  # the start's range ends in it, the end's starts in it
    dates = (start_date(first, day) if start_date in STEP_DAYS else start_date(first, middle, day),
             end_date(last, day) if end_date in STEP_DAYS else end_date(middle, last, day))
    steps = [f"{word} : {date}" if word_first else f"{date} {word}"
             for word, date in zip((start, end), dates, strict=True)]
    assert item_fields(between.join(steps), 2025).months == months(*range(first, last + 1))


@given(st.lists(st.integers(min_value=1, max_value=12), min_size=2, max_size=5, unique=True),
       st.sampled_from(["·", ", ", " · ", "ㆍ"]), st.booleans())
def test_a_list_runs_in_the_months_it_lists(listed, separator, wol_each):
    text = separator.join(f"{month}월" if wol_each else str(month) for month in listed) + ("" if wol_each else "월")
    period = parse_period(read_text("t.txt", text.encode()).blocks[0].text, 2025)
    assert span(period) == (min(listed), max(listed), 2025, None)
    assert period.months == months(*sorted(listed))


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12), st.text(
    alphabet="0123456789월일년.,~-·()화 부터까지상하반기분’익제외연중", max_size=40))
def test_the_months_run_from_the_spans_first_to_its_last(a, b, text):
    """Every period's months are in order, within its span, its first and last month the span's own, also where a
    bracket excludes the span's first or last (`연중(1월 제외)`)."""
    for printed in (f"{min(a, b)}월~{max(a, b)}월, {text}", text):
        period = parse_period(printed, 2025)
        if period is not None:
            assert list(period.months) == sorted(set(period.months))
            first = f"{period.year}-{period.start:02d}"
            last = f"{period.end_year or period.year}-{period.end:02d}"
            assert period.months[0] == first and period.months[-1] == last


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=11),
       st.integers(min_value=1, max_value=11), st.booleans(), st.booleans())
def test_a_bracket_excluding_the_spans_ends_moves_them(first, length, cut, at_start, whole_year):
    """A bracket excluding months at the start of the span or at its end (`연중(1월 제외)`, `3월~12월(12월 제외)`): the
    span runs from the first month left to the last, as its months do (before, it kept the months excluded)."""
    if whole_year:
        first, last, printed = 1, 12, "연중"
    else:
        last = min(first + length, 12)
        printed = f"{first}월~{last}월"
    cut = min(cut, last - first)  # how many months excluded, one left at least
    excluded = range(first, first + cut) if at_start else range(last - cut + 1, last + 1)
    text = f"{printed}({excluded[0]}월~{excluded[-1]}월 제외)" if excluded else printed
    left = [month for month in range(first, last + 1) if month not in excluded]
    period = parse_period(text, 2025)
    assert (span(period), period.months) == ((left[0], left[-1], 2025, None), months(*left))


def test_the_items_of_a_report_keep_their_months():
    (project,) = extract_report(read_text("t.txt", (COVER + ITEMS + SCHEDULE).encode())).projects
    assert [(item.text, item.months) for item in project.items] == [
        ("의원 역량강화 교육 : 4월·9월 / 2회", ["2025-04", "2025-09"]),
        ("교육 : 3월~5월(1기), 9월~11월(2기)", ["2025-03", "2025-04", "2025-05", "2025-09", "2025-10", "2025-11"]),
        ("분기 점검 : 3·6·9월", ["2025-03", "2025-06", "2025-09"]),
        ("현장 점검 : 6월~8월", ["2025-06", "2025-07", "2025-08"]),
        ("주민 설명회 : 3월~4월, 9월~10월", ["2025-03", "2025-04", "2025-09", "2025-10"])]


def readme_in_june() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return next(query for query in regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)
                if "'2025-06'" in query)


def test_the_readmes_question_by_month_finds_no_list_between_its_months(tmp_path):
    """In July (the README's question of June, asked of July): the item running in June to August, not those of
    April and September, of two terms around it, or of a schedule's marks around it."""
    folder = report_folder(tmp_path, r=COVER + ITEMS + SCHEDULE)
    assert invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder)).exit_code == 0
    in_july = readme_in_june().replace("'2025-06'", "'2025-07'")
    result = invoke(tmp_path, "query", in_july, "--db", "r.db", "--csv")
    assert result.output.splitlines() == ["council,department,year,text", ",총무과,2025,현장 점검 : 6월~8월"]
    result = invoke(tmp_path, "query", readme_in_june(), "--db", "r.db", "--csv")
    assert result.output.splitlines()[1:] == [",총무과,2025,분기 점검 : 3·6·9월", ",총무과,2025,현장 점검 : 6월~8월"]
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT months FROM project_items WHERE text LIKE '의원%'").fetchone() == (
        '["2025-04","2025-09"]',)


def test_a_schema_26_database_gains_the_months_of_each_items_span_until_read_again(tmp_path):
    folder = report_folder(tmp_path, r=COVER + ITEMS)
    assert invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder)).exit_code == 0
    as_old_schema(tmp_path / "r.db", 26)
    old = sqlite3.connect(tmp_path / "r.db")
    assert "months" not in [row[1] for row in old.execute("PRAGMA table_info(project_items)")]
    old.execute("UPDATE documents SET extracted_by = 'an older reportdb'")
    old.execute("UPDATE project_items SET year = NULL WHERE text LIKE '현장%'")  # as where no year was known
    old.commit()
    old.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert [row[1] for row in db.execute("PRAGMA table_info(project_items)")][-3:] == ["year", "end_year", "months"]
    assert db.execute("SELECT text, months FROM project_items ORDER BY id").fetchall() == [
        ("의원 역량강화 교육 : 4월·9월 / 2회", '["2025-04","2025-05","2025-06","2025-07","2025-08","2025-09"]'),
        ("교육 : 3월~5월(1기), 9월~11월(2기)", '["2025-03","2025-04","2025-05","2025-06","2025-07","2025-08",'
                                            '"2025-09","2025-10","2025-11"]'),
        ("분기 점검 : 3·6·9월", '["2025-03","2025-04","2025-05","2025-06","2025-07","2025-08","2025-09"]'),
        ("현장 점검 : 6월~8월", '["--06","--07","--08"]')]
    db.close()
    result = invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder))
    assert "re-read 1" in result.output, result.output
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT months FROM project_items ORDER BY id").fetchall() == [
        ('["2025-04","2025-09"]',), ('["2025-03","2025-04","2025-05","2025-09","2025-10","2025-11"]',),
        ('["2025-03","2025-06","2025-09"]',), ('["2025-06","2025-07","2025-08"]',)]


def test_show_prints_each_run_of_an_items_months_so_that_they_parse_back(tmp_path):
    folder = report_folder(tmp_path, r=COVER + ITEMS)
    assert invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder)).exit_code == 0
    shown = invoke(tmp_path, "show", "--db", "r.db", "1").output
    assert "의원 역량강화 교육 : 4월·9월 / 2회  [4월, 9월]" in shown
    assert "교육 : 3월~5월(1기), 9월~11월(2기)  [3~5월, 9~11월]" in shown
    assert "현장 점검 : 6월~8월  [6~8월]" in shown


@given(st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=6, unique=True),
       st.sampled_from([2024, 2025, 2026, None]))
def test_shown_months_parse_back_as_the_months(listed, year):
    """In the report's year (2025), another, or where no year is known (`--04`)."""
    report = None if year is None else 2025
    item = {"start_month": min(listed), "end_month": max(listed), "year": year, "end_year": None, "amount_krw": None,
            "months": json.dumps([f"{'-' if year is None else year}-{month:02d}" for month in sorted(listed)])}
    period = parse_period(_item_facts(item, report).strip(" []"), report)
    assert (period.start, period.end, period.year, list(period.months)) == (
        min(listed), max(listed), year, json.loads(item["months"]))


def test_a_season_opening_a_range_is_read_as_the_season():
    # before: IndexError (a season's point, `연중`, was asked for the day a month's point prints), the report unread
    period = parse_period("연중~", 2025)
    assert (period.start, period.end, period.year, len(period.months)) == (1, 12, 2025, 12)
