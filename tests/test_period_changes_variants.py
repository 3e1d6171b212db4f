"""A plan's change printed without brackets (`당초 5월 → 변경 8월`, `5월 → 8월 (변경)`, `당초 5월에서 8월로 변경`): the
item's period is the changed one, as that of a bracket aside (`7월~9월(당초 3월~5월)`) is. Steps of a process
(`3월 접수 → 5월 선정`) are a sequence, whose span is the item's."""

import pytest

from extractors.projects import item_fields
from pipeline.values import parse_period
from tests.periods import span
from tests.test_periods_variants import items


@pytest.mark.parametrize(("text", "expected"), [
    ("당초 5월 → 변경 8월", (8, 8)),
    ("당초 5월→변경 8월", (8, 8)),
    ("5월 → 8월 (변경)", (8, 8)),
    ("5월 → 8월(변경)", (8, 8)),
    ("당초 5월에서 8월로 변경", (8, 8)),
    ("5월에서 8월로 연기", (8, 8)),
    ("(당초) 5월 → (변경) 8월", (8, 8)),
    ("당초: 5월 → 변경: 8월", (8, 8)),
    ("5월 → 변경 8월", (8, 8)),
    ("준공 5월 → 8월로 연기", (8, 8)),
    ("5월→8월 연기", (8, 8)),
    ("당초 5월 ⇒ 8월", (8, 8)),
    ("당초 5월 => 8월", (8, 8)),
    ("당초 5월 -> 8월", (8, 8)),
    ("당초 5월 ➡ 8월", (8, 8)),
    ("당초 계획 5월 → 8월", (8, 8)),
    ("일정 조정 3월 ⇒ 5월", (5, 5)),  # a lone pair of months where the text says it is changed
    ("공사 연기 5월→8월", (8, 8)),
    # the new plan printed as the next field, after the replaced one's 당초
    ("당초 5월, 변경 8월", (8, 8)),
    ("당초 5월 / 변경 8월", (8, 8)),
    ("당초 5월, 변경: 8월", (8, 8)),
    # spacing and dates
    ("당초5월→변경8월", (8, 8)),
    ("당초 5. 10. → 변경 8. 20.", (8, 8)),
    ("5. 10.(월) → 8. 20.(수) 연기", (8, 8)),
    # ranges, halves and quarters change alike
    ("당초 3월~5월 → 변경 7월~9월", (7, 9)),
    ("당초 3~5월 → 7~9월 (변경)", (7, 9)),
    ("당초 상반기 → 하반기 (연기)", (7, 12)),
    ("당초 2분기 → 변경 3분기", (7, 9)),
    # the change of one field among others: the others' periods still count
    ("착공 당초 3월 → 변경 5월, 준공 12월", (5, 12)),
    ("공고 2월, 선정 당초 5월 → 4월로 변경", (2, 4)),
])
def test_a_change_printed_without_brackets_is_the_new_period(text, expected):
    """Before, `당초 5월 → 변경 8월` ran over both months, 5–8."""
    assert span(parse_period(text, 2025)) == (*expected, 2025, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("3월 접수 → 5월 선정", (3, 5)),  # a sequence of steps, each with its month
    ("3월 공고 → 4월 접수 → 5월 선정", (3, 5)),
    ("공고(3월) → 접수(4월) → 선정(5월)", (3, 5)),
    ("3월 ⇒ 5월", (3, 5)),  # no word says it is a change: as today
    ("5월→8월", (5, 8)),
    ("3월 → 5월 → 8월 변경", (3, 8)),  # not a lone pair
    ("당초 5월 계획대로 추진", (5, 5)),  # the plan alone: the item's one period
    ("3월 → 5월 조정교부금 교부", (3, 5)),  # 조정교부금 is a grant, not a change
    ("변경계약 3월 → 5월 준공", (3, 5)),  # 변경계약 is a contract's name
    ("접수 → 심사 → 선정 (5월)", (5, 5)),
    ("공고 3월, 변경 5월", (3, 5)),  # no 당초: a field's 변경 may name the step (a change's notice)
    ("3월 접수, 5월 변경 공고", (3, 5)),
])
def test_a_sequence_of_steps_keeps_its_span(text, expected):
    assert span(parse_period(text, 2025)) == (*expected, 2025, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("준공 : 당초 5월 → 변경 8월", (8, 8, 2025)),
    ("일정 변경 : 5월 → 8월", (8, 8, 2025)),  # the label says it is a change
    ("준공일정 조정: 5월 ⇒ 8월", (8, 8, 2025)),
    ("추진일정 : 3월 접수 → 5월 선정", (3, 5, 2025)),
    ("추진일정 : 5월 → 8월", (5, 8, 2025)),
    ("일정 : 당초 5월 / 변경 8월", (8, 8, 2025)),
    # fields each after its label's colon
    ("당초: 5월 / 변경: 8월", (8, 8, 2025)),
    ("당초 : 5월, 변경 : 8월", (8, 8, 2025)),
    ("준공(당초) : 5월 / 준공(변경) : 8월", (8, 8, 2025)),
    ("착공 : 3월 / 준공 : 당초 5월 → 변경 8월", (3, 8, 2025)),
    ("착공 : 3월 / 준공 : 당초 10월 → 변경 5월", (3, 5, 2025)),
    ("착공 : 3월 / 변경 : 8월", (3, 8, 2025)),  # no 당초: the fields' span
])
def test_an_items_field_reads_its_change(text, expected):
    assert item_fields(text, 2025)[:3] == expected


def test_items_of_a_report_read_their_changes():
    body = ("- 청사 보수 : 당초 5월 → 변경 8월\n- 설계용역 준공: 3월 ⇒ 5월 (변경)\n- 공모 절차: 3월 접수 → 5월 선정\n"
            "- 준공 연기: ’25. 11월 → ’26. 3월\n")
    assert items(body) == [("청사 보수 : 당초 5월 → 변경 8월", 8, 8, 2025, None),
                           ("설계용역 준공: 3월 ⇒ 5월 (변경)", 5, 5, 2025, None),
                           ("공모 절차: 3월 접수 → 5월 선정", 3, 5, 2025, None),
                           ("준공 연기: ’25. 11월 → ’26. 3월", 3, 3, 2026, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("용도 변경 허가 처리 : 3월 → 5월", (3, 5, 2025)),  # 변경 names the permit, not the months' change
    ("주소 변경 안내문 발송: 3월 → 5월", (3, 5, 2025)),
    ("정원 조정 심의 : 3월 ⇒ 7월", (3, 7, 2025)),
    ("민원 처리 기간 연기 신청 접수: 2월 → 4월", (2, 4, 2025)),
    ("용도 변경 허가 처리 3월 → 5월", (3, 5, 2025)),
    ("용도변경: 3월 → 5월", (3, 5, 2025)),  # right before the months, but of a use, not of a time
    ("주소 변경 : 3월 → 5월", (3, 5, 2025)),
    ("위원 조정 3월 ⇒ 5월", (3, 5, 2025)),
    # the change word right before the months (or its colon): a change, as before
    ("일정 변경 : 5월 → 8월", (8, 8, 2025)),
    ("공사 연기 5월→8월", (8, 8, 2025)),
    ("준공일정 조정：5월 ⇒ 8월", (8, 8, 2025)),
    ("일정 변경 (5월 → 8월)", (8, 8, 2025)),
    ("일정 변경 : ’25. 11월 → ’26. 3월", (3, 3, 2026)),
    ("일정변경: 5월 → 8월", (8, 8, 2025)),
    ("착공시기 조정: 3월 → 5월", (5, 5, 2025)),
    ("준공 변경 : 5월 → 8월", (8, 8, 2025)),
    ("개최 기간 변경 : 5월 → 8월", (8, 8, 2025)),
    ("행사 순연 : 5월 → 8월", (8, 8, 2025)),
])
def test_a_change_word_naming_the_items_subject_is_no_change(text, expected):
    """Before, `용도 변경 허가 처리 : 3월 → 5월` (a permit of a change of use, processed March to May) was 5–5, as if
    its months were changed; the change word must stand right before the months to say so, and 변경 or 조정 after
    a word of time (`일정`, `시기`, `준공`): `용도변경: 3월 → 5월` changes a use, not its months."""
    assert item_fields(text, 2025)[:3] == expected


@pytest.mark.parametrize("arrow", ["→", " → ", " ⇒ ", " -> ", " => ", " ➡ "])
@pytest.mark.parametrize("after", [
    "변경 계약 체결", "변경계약 체결", "변경 승인", "변경 고시", "변경 협약 체결", "조정 협의회 개최",
    "연기 안내문 발송", "변경 계약 체결(공사비 증액)", "변경 인가 신청",
])
def test_a_change_word_naming_what_follows_the_new_month_is_a_step(arrow, after):
    """Before, `5월 → 8월 변경 계약 체결` was 8–8, as if the months were changed as in `5월 → 8월 (변경)`: there
    `변경` names the contract signed in August (a changed contract), a step after May's, as `3월 접수 → 5월 선정`."""
    assert span(parse_period(f"5월{arrow}8월 {after}", 2025)) == (5, 8, 2025, None)
    assert item_fields(f"공사 계약 : 5월{arrow}8월 {after}", 2025)[:4] == (5, 8, 2025, None)


@pytest.mark.parametrize("arrow", ["→", " → ", " ⇒ ", " -> "])
@pytest.mark.parametrize("after", [
    "변경", "변경됨", "변경함", "변경 예정", "변경 예정임", "연기 완료", "조정 확정", "변경 추진", "변경 요청",
    "로 변경", "로 연기하여 추진", "(변경)", " 변경, 9월 준공",
])
def test_a_change_word_ending_the_new_months_phrase_is_a_change(arrow, after):
    """A word of change after the new month that says what became of the months (`변경 예정`, `연기 완료`) or ends
    the phrase is a change, as before: the new month alone (or the next field's, `9월 준공`)."""
    expected = (8, 9, 2025, None) if "9월" in after else (8, 8, 2025, None)
    text = f"5월{arrow}8월{'' if after.startswith(('로', '(', ' ')) else ' '}{after}"
    assert span(parse_period(text, 2025)) == expected


def test_items_of_a_report_tell_a_changed_contract_from_a_change():
    body = "- 공사 계약 : 5월 → 8월 변경 계약 체결\n- 준공 : 5월 → 8월 변경 예정\n- 설계 변경 : 3월 ⇒ 6월 변경 승인\n"
    assert items(body) == [("공사 계약 : 5월 → 8월 변경 계약 체결", 5, 8, 2025, None),
                           ("준공 : 5월 → 8월 변경 예정", 8, 8, 2025, None),
                           ("설계 변경 : 3월 ⇒ 6월 변경 승인", 3, 6, 2025, None)]
