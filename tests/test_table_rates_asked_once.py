"""checks/tables.py's rate series asked once a figure: a printed rate is compared rounded and cut off on the same
figures scaled once (`_prints`), and a table printing no `△` beside a `▲` is not read column by column for them."""
from decimal import Decimal

from checks.tables import _agrees, _in_whole_numbers, _marked_up_and_down, _prints


def test_a_rate_prints_rounded_or_cut_off():
    part, whole, step = Decimal(1_604_800), Decimal(3_512_400), Decimal(0)  # 45.69…%
    assert _prints(part, whole, step, (45.7, 1)) and _agrees(part, whole, step, (45.7, 1))
    assert _prints(part, whole, step, (45.6, 1)) and not _agrees(part, whole, step, (45.6, 1))  # cut off
    assert not _prints(part, whole, step, (45.5, 1))


def test_figures_with_decimals_scale_to_whole_numbers():
    assert _in_whole_numbers(Decimal("12.5"), Decimal("250"), Decimal("0.01"), (5.0, 1)) == (1250, 25000, (5.0, 1), 1)
    assert _in_whole_numbers(Decimal(3), Decimal(4), Decimal(0), (75.0, 0)) == (3, 4, (75.0, 0), 0)


def test_marks_of_one_kind_leave_the_body_as_it_is():
    body = [["계", "△3", "5"], ["가", "△1", "2"], ["나", "△2", "3"]]
    assert _marked_up_and_down(("구 분", "차 이", "실 적"), body) is body
    body = [["계", "▲3", "△2"], ["가", "▲1", "△1"], ["나", "△2", "-"]]  # ▲ over △ in one column: the mark up
    assert _marked_up_and_down(("구 분", "차 이", "실 적"), body) == [
        ["계", "+3", "△2"], ["가", "+1", "△1"], ["나", "△2", "-"]]
