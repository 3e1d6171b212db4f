"""Items' periods from a day spaced after its year without the last point to a month (`2025. 3. 5 ~ 2025. 10.`:
before, January to October; `2025. 3. 5 ~ 10월`: before, May to October, its day read as a month of `5 ~ 10월`),
or a month alone with its point (`2025. 3. 5 ~ 10.`: before, none), and ranges printed with any tilde as with `~`
where a text is parsed as printed (`3월～5월`: before, March and May alone; a report's text already read `～` as `~`,
and the wave dash, `〜`, as a range's; a grade's range, `7〜9급`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.staffing import _SERIES_GRADE_RE
from pipeline.values import GRADE_RE, TILDES, parse_date_range, parse_period
from tests.layouts import NOVEMBER_COVER, read_laid_out
from tests.periods import span


@pytest.mark.parametrize(("text", "period"), [
    ("2025. 3. 5 ~ 2025. 10.", (3, 10, 2025, None)),
    ("2025. 3. 5 ~ 10월", (3, 10, 2025, None)),
    ("2025. 3. 5(수) ~ 10월", (3, 10, 2025, None)),
    ("2025. 3. 5 - 10월", (3, 10, 2025, None)),
    ("’25. 3. 5 ~ 10월", (3, 10, 2025, None)),
    ("2025. 3. 5 ~ 2025년 10월", (3, 10, 2025, None)),
    ("2025. 3. 5 ~ 10월 30일", (3, 10, 2025, None)),
    ("2025. 11. 5 ~ 2월", (11, 2, 2025, 2026)),
    ("2025. 3. 5 ~ 2026. 2.", (3, 2, 2025, 2026)),
    # as before: the start with its last point
    ("2025. 3. 5. ~ 10월", (3, 10, 2025, None)),
    ("2025. 3. 5. ~ 2025. 10.", (3, 10, 2025, None)),
    # a range of months without the day, as before
    ("5 ~ 10월", (5, 10, 2025, None)),
    ("2025. 3. ~ 2025. 10.", (3, 10, 2025, None)),
])
def test_a_spaced_day_to_a_month(text, period):
    assert span(parse_period(text, 2025)) == period


@pytest.mark.parametrize(("text", "period"), [
    ("2025. 3. 5 ~ 10.", (3, 10, 2025, None)),
    ("2025. 3. 5~10.", (3, 10, 2025, None)),
    ("2025. 3. 5 ～ 10.", (3, 10, 2025, None)),
    ("’25. 3. 5 ~ 10.", (3, 10, 2025, None)),
    ("2025. 3. 5(수) ~ 10.", (3, 10, 2025, None)),
    ("2025. 3. 5 - 10.", (3, 10, 2025, None)),
    ("2025. 3. 5 ~ 10. 추진", (3, 10, 2025, None)),
    ("2025. 11. 5 ~ 2.", (11, 2, 2025, 2026)),
    ("2025. 3. 5. ~ 10.", (3, 10, 2025, None)),  # as before, with the start's last point
])
def test_a_spaced_day_to_a_month_alone_with_its_point(text, period):
    """`~ 10.` with no year after a day spaced without its last point is the end's month, as after `2025. 3. 5.` it
    is (before, no period). A date range (`parse_date_range`, a session's) reads it as a day still, 5 to 10 March, as
    it does after `2025. 3. 5.`."""
    assert span(parse_period(text, 2025)) == period


def test_a_spaced_day_to_a_figure_alone_is_still_no_period():
    """No point after the end's figure (`~ 10`): not read. A day no month can be (`~ 27.`) ends the range in the
    start's month (before, none; tests/test_item_period_day_alone.py)."""
    assert parse_period("2025. 3. 5 ~ 10", 2025) is None
    assert span(parse_period("2025. 3. 5 ~ 27.", 2025)) == (3, 3, 2025, None)


@pytest.mark.parametrize("text", ["2025. 3. 5(수) ~ 7.(금)", "2025. 3. 5 ~ 7.(금)", "2025. 3. 5 ~ 7. (금)",
                                  "’25. 3. 5(수)~7.(금)"])
def test_a_spaced_day_to_a_day_with_its_weekday_is_no_month(text):
    """A weekday after the end's figure makes it a day (the 7th, a Friday), not July: the start's month (read as the
    end's month, `~ 7.` gave 3–7)."""
    assert span(parse_period(text, 2025)) == (3, 3, 2025, None)


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1, 12),
       st.sampled_from([" ~ ", "~", " - "]),
       st.sampled_from(["{y}. {m}.", "{m}.", "{m}월", "{y}년 {m}월", "{y}. {m}월"]))
def test_any_spaced_day_to_a_month_reads_as_with_its_last_point(year, month, day, last_month, link, end):
    printed_end = end.format(y=year, m=last_month)
    assert (parse_period(f"{year}. {month}. {day}{link}{printed_end}", 2025)
            == parse_period(f"{year}. {month}. {day}.{link}{printed_end}", 2025))


@pytest.mark.parametrize(("text", "period"), [
    ("3월～5월", (3, 5, 2025, None)),
    ("3월 〜 5월", (3, 5, 2025, None)),
    ("4～6월", (4, 6, 2025, None)),
    ("11월～익년 2월", (11, 2, 2025, 2026)),
    ("2025. 3. 5 ～ 10. 30", (3, 10, 2025, None)),
    ("2025. 3. 5 ～ 10월", (3, 10, 2025, None)),
    ("3. 4.(화) ～ 5. 28.(수)", (3, 5, 2025, None)),
    ("3월～", (3, 12, 2025, None)),
    ("～6월", (1, 6, 2025, None)),
])
def test_the_fullwidth_tilde_and_the_wave_dash_join_a_range(text, period):
    assert span(parse_period(text, 2025)) == period


@given(st.integers(1, 12), st.integers(1, 12), st.integers(1, 28), st.integers(1, 28), st.sampled_from(TILDES),
       st.sampled_from(["{m}월{t}{n}월", "{m}{t}{n}월", "2025. {m}. {d}. {t} {n}. {e}.", "2025. {m}. {d} {t} {n}월"]))
def test_any_tilde_reads_as_the_ascii_one(month, last_month, day, last_day, tilde, shape):
    def printed(t):
        return shape.format(m=month, n=last_month, d=day, e=last_day, t=t)
    assert parse_period(printed(tilde), 2025) == parse_period(printed("~"), 2025)
    assert parse_date_range(printed(tilde), 2025) == parse_date_range(printed("~"), 2025)


@pytest.mark.parametrize("grade", ["7～9급", "7〜9급", "7∼9급", "7~9급"])
def test_a_range_of_grades_with_any_tilde(grade):
    assert GRADE_RE.match(grade)
    assert _SERIES_GRADE_RE.match(f"행정{grade}")["grade"] == grade


COVER = (NOVEMBER_COVER
         + "# Ⅱ. 2025년 주요업무 추진실적\n\n## ① 본관 청사 리모델링 (청사관리팀)\n\n"
         "노후 청사를 안전하게 고치고자 함\n\n### □ 추진실적\n\n")


@pytest.mark.parametrize("layout", ["markdown", "tab", "space-aligned-without-markdown", "pdf grid"])
def test_spaced_days_to_months_and_tildes_in_a_report(layout, tmp_path):
    """The wave dash only in text: the test PDFs' font prints no glyph for it."""
    wave = "～" if layout.startswith("pdf") else "〜"
    items = ("- 방수공사 : 2025. 3. 5 ~ 2025. 10.\n- 도장공사 : 2025. 4. 7 ~ 9월\n"
             f"- 안전점검 : 3월～5월\n- 전기공사 : 2025. 5. 2 {wave} 2026. 2.\n- 조경공사 : 2025. 3. 5 ~ 10.\n")
    r = read_laid_out(COVER + items, layout, tmp_path)
    (project,) = r.projects
    assert [(item.start_month, item.end_month, item.year, item.end_year) for item in project.items] == [
        (3, 10, 2025, None), (4, 9, 2025, None), (3, 5, 2025, None), (5, 2, 2025, 2026), (3, 10, 2025, None)]
