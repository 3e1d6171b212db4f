"""A month or quarter an amount is of (`1,235,000천원(5월분)`, `5월 지급분`, `(2분기분)`) is not when an item runs
where the item says so otherwise (`매월 25일`, `연중`, `분기별`, `6월`): such an item runs every month (or in June),
May's share paid in one of them. Before, it ran in May alone, and a question by month (what runs in June?) missed a
payment made every month. Where the item prints no other period (`5월분 지급 완료`), the month is still when it
runs."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.corpus import invoke, report_folder
from tests.test_item_months import COVER, months, readme_in_june

EVERY_MONTH = months(*range(1, 13))


@pytest.mark.parametrize(("text", "expected"), [
    # the gap's shape: paid every month, the amount of May's share, read as before
    ("기초연금 지급: 매월 25일 / 41,200명, 1,235,000천원(5월분)", (1, 12, 2025, None, 1_235_000_000, EVERY_MONTH)),
    ("○ 지급일 : 매월 25일 / 지급액 1,235,000천원(5월분)", (1, 12, 2025, None, 1_235_000_000, EVERY_MONTH)),
    ("지급 : 매월 / 1,235,000천원(5월 지급분)", (1, 12, 2025, None, 1_235_000_000, EVERY_MONTH)),
    ("연중 / 1,235,000천원(5월분)", (1, 12, 2025, None, 1_235_000_000, EVERY_MONTH)),
    ("지급 : 분기별 / 300,000천원(2분기분)", (1, 12, 2025, None, 300_000_000, EVERY_MONTH)),
    # paid in another month or quarter: that one alone
    ("지급 : 3분기 / 300,000천원(2분기분)", (7, 9, 2025, None, 300_000_000, months(7, 8, 9))),
    ("지급 : 6월 / 1,235,000천원(5월분)", (6, 6, 2025, None, 1_235_000_000, months(6))),
    # every month with no amount, and a month that dates the figures (`기준`): as before
    ("지급일 : 매월 25일", (1, 12, 2025, None, None, EVERY_MONTH)),
    ("지급 : 매월 / 1,235,000천원(5월 기준)", (1, 12, 2025, None, 1_235_000_000, EVERY_MONTH)),
    # no other period printed: the month an amount is of is when it runs
    ("5월분 지급 완료", (5, 5, 2025, None, None, months(5))),
    ("기초연금 지급 : 1,235,000천원(5월분)", (5, 5, 2025, None, 1_235_000_000, months(5))),
    ("2분기분 지급 완료", (4, 6, 2025, None, None, months(4, 5, 6))),
    # not a share: a month before 분양 or 분기 is when it runs
    ("주택 분양 : 5월 분양", (5, 5, 2025, None, None, months(5))),
])
def test_a_month_an_amount_is_of_is_not_when_an_item_running_otherwise_runs(text, expected):
    fields = item_fields(text, 2025)
    assert (*fields[:4], fields.amount, fields.months) == expected


@given(st.integers(min_value=1, max_value=12), st.sampled_from(["({}월분)", " {}월분", "({}월 지급분)"]),
       st.sampled_from(["매월 25일", "매월", "연중", "매월 1회"]))
def test_every_month_runs_all_year_whichever_share_it_pays(month, share, every):
    fields = item_fields(f"수당 지급 : {every} / 52,000천원{share.format(month)}", 2025)
    assert (fields.start, fields.end, fields.months) == (1, 12, EVERY_MONTH)


def test_the_question_by_month_finds_a_payment_made_every_month(tmp_path):
    """In June (the README's question): the payment made every month, not the one of May's share alone. Before,
    neither."""
    paid_every_month = "기초연금 지급 : 매월 25일 / 41,200명, 1,235,000천원(5월분)"
    items = f"○ {paid_every_month}\n○ 5월분 수당 지급 완료\n"
    folder = report_folder(tmp_path, r=COVER + items)
    assert invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder)).exit_code == 0
    result = invoke(tmp_path, "query", readme_in_june(), "--db", "r.db", "--csv")
    assert result.output.splitlines()[1:] == [f',총무과,2025,"{paid_every_month}"']
