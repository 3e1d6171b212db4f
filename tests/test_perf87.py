"""Work saved without changing what is read: an overview's period items looked for a colon only where they print the
간 their label needs (`_overview_periods`, asked by extraction and by each project's checks)."""

from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import _COLON_RE, _LATER_PARTS, _PERIOD_LABEL_RE, _overview_periods, _part_word
from pipeline.values import compact
from schemas import ProjectItem


def _periods_asking_every_colon(items: list[ProjectItem]) -> list[ProjectItem]:
    """`_overview_periods` as it was, the colon of every overview item looked for."""
    periods = []
    for item in items:
        part = _part_word(item.heading)
        if part.endswith(_LATER_PARTS):
            break
        colon = _COLON_RE.search(item.text) if part.endswith("개요") or not part else None
        if colon and _PERIOD_LABEL_RE.fullmatch(compact(item.text[:colon.start()])):
            periods.append(item)
    return periods


_ITEM = st.builds(lambda heading, text: ProjectItem(heading=heading, depth=0, text=text),
                  st.sampled_from(["", "사업개요", "추진실적", "사업 개요 (5.31. 기준)"]),
                  st.text(alphabet="사업추진기간 :：12.~연중대상", min_size=1, max_size=14).map(str.strip).filter(bool))


@given(st.lists(_ITEM, max_size=6))
def test_an_overviews_periods_are_those_every_colon_asked_finds(items):
    assert _overview_periods(items) == _periods_asking_every_colon(items)


def test_an_overviews_period_item_is_found_by_its_label():
    items = [ProjectItem(heading="사업개요", depth=0, text=text)
             for text in ("대상: 가로변 유휴부지 15개소", "사 업 기 간 : 2025. 1. ~ 12.", "기간 연중 : 상시")]
    assert [item.text for item in _overview_periods(items)] == ["사 업 기 간 : 2025. 1. ~ 12."]
