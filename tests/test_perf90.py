"""perf90: the pre-checks this pass put before costly work never leave out what that work reads."""

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.budget import _named_levels
from extractors.projects import _YEARS_IN_BRACKET_RE, _years_first_or_last, years_apart
from pipeline.document import Bullet, Heading, Paragraph, Table, _table_right_below

_BRACKETS = ["1,200,000천원(’24~’26년, 국비 600,000 / 구비 600,000)", "120,000천원 (구비 120,000 / ’25년)",
             "1,200,000천원 (2024~2026년)", "3,600백만원(국비 1,800 / ’24~’26년) ",
             "총 32억원 (2024.~2026., 국비 10억)", "450,000천원 (기투자 150,000, 2025년 150,000, 향후 100,000)"]


def test_years_apart_reads_years_first_or_last_in_the_bracket():
    assert years_apart(_BRACKETS[0]) == ("1,200,000천원(국비 600,000 / 구비 600,000)", "’24~’26년")
    assert years_apart(_BRACKETS[1]) == ("120,000천원(구비 120,000)", "’25년")  # the bracket right after the figure
    assert years_apart(_BRACKETS[2]) == ("1,200,000천원", "2024~2026년")
    assert years_apart(_BRACKETS[5]) == (_BRACKETS[5], None)  # shares of years, no years it is of
    assert years_apart("보조금 500,000천원 (구비)") == ("보조금 500,000천원 (구비)", None)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_BRACKETS), st.text(alphabet="0123456789,/() 년.’~-국구비원천억", max_size=12),
       st.integers(0, 60))
def test_the_pre_check_keeps_every_bracket_the_pattern_reads(bracket, noise, at):
    for text in (bracket, bracket[:at] + noise + bracket[at:], bracket + noise):
        if _YEARS_IN_BRACKET_RE.fullmatch(text):
            closed = text.rstrip()
            assert _years_first_or_last(closed[closed.rfind("(") + 1:-1]), text


def test_named_levels_told_at_once_where_no_name_starts_as_one():
    assert _named_levels(["합 계", "청사 관리", "- 청사 유지보수"]) is None
    assert _named_levels(["119 구조대 운영"]) is None  # a code of one part alone: a name's number
    assert _named_levels(["합 계", "단위사업: 재정관리", "[세부사업] 세외수입 관리"]) == [
        (-1, "합 계"), (1, "재정관리"), (2, "세외수입 관리")]
    assert _named_levels(["201 일반운영비", "201-01 사무관리비", "202 여비"]) == [
        (3, "201 일반운영비"), (4, "201-01 사무관리비"), (3, "202 여비")]


def _table() -> Table:
    return Table(rows=(("구 분", "정 원"), ("계", "10")))


def test_right_above_table_under_the_item_or_its_units_line():
    item, table = Bullet(text="(5.31.기준)", marker="○"), _table()
    assert _table_right_below([item, table], 0) == 1
    assert _table_right_below([item, Paragraph(text="(단위: 명)"), table], 0) == 2
    assert _table_right_below([item, Paragraph(text="(단위: 명) 정원 기준"), table], 0) == -1  # the line says more
    assert _table_right_below([item, Paragraph(text="인력 현황"), table], 0) == -1
    assert _table_right_below([item], 0) == -1
    # under a `□` heading captioning it (branch left92), its units' line above or below the heading or none
    heading, units = Heading(text="인력 현황", marker="□", level=0), Paragraph(text="(단위: 명)")
    assert _table_right_below([item, heading, table], 0) == 2
    assert _table_right_below([item, units, heading, units, table], 0) == 4
    told = Bullet(text="하반기 정기인사 시 결원 보충 추진", marker="○")
    assert _table_right_below([item, heading, told, table], 0) == -1
    assert _table_right_below([item, heading], 0) == _table_right_below([item, units, heading], 0) == -1
