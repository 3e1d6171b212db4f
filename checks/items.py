"""A rate an item or a line of the general part states beside the two figures it is of (`검진 3,200명 (목표 4,000명
대비 80.0%)`, `징수 9,500백만원 / 부과 10,000백만원 (95.0%)`, `집행률 45.3% (453/1,000백만원)`) is the one ÷ the
other × 100 at its printed precision (`rate.item`). Only these three ways of printing it are read, each figure in
one unit (or the part printing none before the whole's, `453/1,000백만원`): a change rate (`증가율`, `대비 6.7%
증가`), a 대비 of a figure not named a target or a base (`전년 2,900명 대비`), or figures in two units are not
taken."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from checks.base import Found, Rule
from pipeline import patterns
from pipeline.values import expected_rate, parse_decimal, rate_agrees, unit_multiplier
from schemas import Report, Source

RATE = Rule("rate.item", "warning", "항목: 두 수치와 함께 적은 율(`목표 4,000명 대비 80.0%`, `징수 9,500백만원 / "
                                    "부과 10,000백만원 (95.0%)`, `집행률 45.3% (453/1,000백만원)`)은 앞 수치 ÷ "
                                    "뒤(목표·부과) 수치 × 100, 표기된 자릿수에서 반올림 오차 이내")
RULES = (RATE,)

_FIGURE = r"(\d[\d,]*(?:\.\d+)?)\s*(\p{Hangul}{0,4})"
_RATE = r"(\d+(?:\.\d+)?)\s*[%％]"
# What a 대비 names as the whole a figure is a rate of: a target, a plan, an amount levied or budgeted, those eligible
_WHOLE = r"(?:목표|계획|부과|예산|대상|배정|정원|신청)\p{Hangul}{0,3}"
_WHOLE_RE = patterns.compile(_WHOLE)
# `3,200명 (목표 4,000명 대비 80.0%)`: the figure right before the bracket over the one the bracket names
_OVER_TARGET_RE = patterns.compile(rf"(?<![\d,.]){_FIGURE}\s*[(（]\s*{_WHOLE}\s*{_FIGURE}\s*대비\s*{_RATE}\s*[)）]")
# `9,500백만원 / 부과 10,000백만원 (95.0%)`: the figure before the slash over the one after it
_SLASHED_RE = patterns.compile(rf"(?<![\d,.]){_FIGURE}\s*/\s*\p{{Hangul}}{{0,6}}\s*{_FIGURE}\s*[(（]\s*{_RATE}\s*[)）]")
# `집행률 45.3% (453/1,000백만원)`: a rate named (no change rate) and its figures in brackets after it
_NAMED_RATE_RE = patterns.compile(
    rf"(\p{{Hangul}}*[율률])\s*[:：]?\s*{_RATE}\s*[(（]\s*{_FIGURE}\s*/\s*{_FIGURE}\s*[)）]")
_CHANGE_RATE_RE = patterns.compile(r"증가|증감|감소|상승|하락|변동")
_AMOUNT_BEFORE_RE = patterns.compile(r"\d\s*[조억]\s*$")  # `1억 ` before a part
# What a slash's second figure names that makes it no whole: a quarter (`1/4분기 (23.5%)`, the rate of the quarter)
# or a date (`집행률 80% (6/30 기준)`, `5/31 현재`, `6/30까지`)
_NO_WHOLE_RE = patterns.compile(r"분기|기준|현재|까지")


class _Stated(NamedTuple):
    """A rate an item prints (as printed: `80.0`) with the part and whole it is of, each as printed with its unit;
    `either_way` where the line does not say which is the whole (`37명 / 39명 (94.9%)`: either over the other)."""
    rate: str
    part: tuple[str, str]
    whole: tuple[str, str]
    either_way: bool = False


def check(report: Report) -> list[Found]:
    findings = []
    for where, text, source in _lines(report):
        if "%" not in text and "％" not in text:
            continue
        findings += [finding for stated in _stated(text)
                     if (finding := _wrong(where, text, source, stated)) is not None]
    return findings


def _lines(report: Report) -> Iterator[tuple[str, str, Source]]:
    """Each line that may state a rate, with where it is printed: a project's items, nested ones too, under the
    project's title, and the general part's headings and paragraphs outside its tables (`○ 세외수입 징수 9,500백만원 /
    부과 10,000백만원 (95.0%)` under `Ⅰ. 일반현황`) under the part's name."""
    for project in report.projects:
        title = f"{project.section} {project.seq}. {project.title or ''}".strip()
        pending = list(project.items)
        while pending:  # a stack: items may nest deeper than Python's recursion limit
            item = pending.pop()
            pending += item.children
            yield title, item.text, item.source
    for general in report.general_text:
        for part in general.parts:
            yield general.section, part.text, part.source


def _stated(text: str) -> list[_Stated]:
    """The rates a line states beside the two figures they are of, in the three ways read (`_OVER_TARGET_RE`,
    `_SLASHED_RE`, `_NAMED_RATE_RE`)."""
    found = []
    if "대비" in text:
        found += [(_Stated(m[5], (m[1], m[2]), (m[3], m[4])), m.start()) for m in _OVER_TARGET_RE.finditer(text)]
    if "/" in text:
        found += [(_Stated(m[5], (m[1], m[2] or m[4]), (m[3], m[4]), True), m.start())
                  for m in _SLASHED_RE.finditer(text) if _names_a_whole(text[m.end(2):m.start(3)].strip(" /"))]
        found += [(_Stated(m[2], (m[3], m[4] or m[6]), (m[5], m[6])), m.start(3)) for m in _NAMED_RATE_RE.finditer(text)
                  if not _CHANGE_RATE_RE.search(m[1])]
    # a part that is the last group of an amount written out (`5,000만원` of `1억 5,000만원`) is no figure of its own
    return [stated for stated, start in found
            if not _AMOUNT_BEFORE_RE.search(text, 0, start) and not _NO_WHOLE_RE.match(stated.whole[1])]


def _names_a_whole(label: str) -> bool:
    """Whether what a slash's second figure is named (`부과` of `징수 9,500 / 부과 10,000`) makes it the whole, as a
    대비's does, or it is named nothing (`453/1,000`): two parts of a whole are named others (`완료 12개소 / 추진중
    8개소 (60%)`, `남 120명 / 여 80명 (60%)`: the first's share of both, no rate of the one over the other)."""
    return not label or _WHOLE_RE.fullmatch(label) is not None


def _wrong(where: str, text: str, source: Source, stated: _Stated) -> Found | None:
    """A finding where the stated rate is not part ÷ whole × 100 at its printed precision (a figure in a money unit
    may be rounded to it), nor, where the line does not say which is the whole, whole ÷ part (the nearer then is
    what it should be); None where it is, or the figures are in two units or the whole is 0."""
    if stated.part[1] != stated.whole[1] or (rate := parse_decimal(stated.rate)) is None:
        return None
    orders = [(stated.part, stated.whole), (stated.whole, stated.part)][:2 if stated.either_way else 1]
    expected = []
    for (part, unit), (whole, _) in orders:
        part_value, whole_value = (Decimal(figure.replace(",", "")) for figure in (part, whole))
        if whole_value <= 0:
            return None
        # in steps of half the printed precision (`45` in 백만원 is 90 halves), that half a printed unit is one
        scale = 2 * 10 ** max(-min(value.as_tuple().exponent, 0) for value in (part_value, whole_value))
        step = scale if unit_multiplier(unit) else 0  # a figure in 백만원 is rounded to 1백만원: within half of it
        if rate_agrees(int(part_value * scale), int(whole_value * scale), rate, int(step)):
            return None
        expected.append((expected_rate(part_value, whole_value, rate[1]), part + unit, whole + unit))
    should, part, whole = min(expected, key=lambda worked: abs(worked[0] - Decimal(str(rate[0]))))
    return RATE.finding(
        table=where, row=text.strip(), expected=str(should), actual=stated.rate, source=source,
        message=f"'{text.strip()}'의 {stated.rate}%가 {part} ÷ {whole} × 100과 맞지 않습니다 (계산 {should}%)")
