"""The former name a project's title or a budget line's name prints after it (`청사시설 관리 (구 청사 관리)`), kept
apart from the name, so that the name is as other years print it, and a project or 단위사업 renamed is followed
across the years by either name (the `project_renames` view)."""

from __future__ import annotations

from pipeline import patterns
from pipeline.values import clean_text, compact

# in brackets at the name's end, after a marker: `(구 청사 관리)`, `(舊 청사 관리)`, `(前 청사관리)`, `(종전: 청사
# 관리)`, `(구: 청사 관리)`; not `전`, which a title's own bracket starts with (`(전 직원 대상)`), nor `구` run into its
# word (`(구비)`, `(구청 주관)`)
_MARKED_RE = patterns.compile(
    r"\s*[(（]\s*(?:구\s*[.:：]\s*|구\s+|舊\s*|前\s*|종\s*전\s*[.:：]?\s*)([^()（）]+?)\s*[)）]$")
# or after the marker in brackets of its own, bare or bracketed: `청사시설 유지관리 (구) 청사 시설 관리`,
# `청사시설 유지관리 ((구) 청사 시설 관리)`
_MARK_BRACKETED = r"[(（]\s*[구舊前]\s*[)）]"
_MARKS = frozenset("구舊前")
_BRACKETED_MARK_RE = patterns.compile(
    rf"\s+(?:{_MARK_BRACKETED}\s*([^()（）]+?)|[(（]\s*{_MARK_BRACKETED}\s*([^()（）]+?)\s*[)）])$")
# or telling of the rename, a date before it or not: `(사업명 변경: 청사 관리 → 청사시설 관리)`, `(’24. 명칭변경 : 청사
# 관리 → 청사시설 관리)` (group 1, the name now group 2), `(2024년 청사 관리에서 명칭 변경)` (group 3)
_TOLD_RE = patterns.compile(
    r"\s*[(（][^()（）:：→]*?(?:(?:사업\s*명|명\s*칭)\s*변\s*경\s*[:：]?\s*([^()（）→:：]+?)\s*(?:→|->|⇒)\s*"
    r"([^()（）]+?)|(?<![\p{Hangul}\d])([\p{Hangul}][^()（）]*?)\s*에서\s*(?:명\s*칭\s*)?변\s*경)\s*[)）]$")
# a word of comparison or change after a bracket's first (`(종전 청사 관리 대비 증가)`, `(종전 사업 통합)`): `종전`
# without a colon is also the word "before", and what it starts then is no name
_COMPARED_RE = patterns.compile(r"\s(?:대비|증가|감소|통합|폐지|분리|확대|축소)(?:됨|함)?(?!\S)")
_LETTER_PAIR_RE = patterns.compile(r"\p{Hangul}{2}")
_MIN_LETTERS = 3  # a name's letters at least: `(구 비)`, a funding source letter-spaced, is none


def split_former_name(printed: str) -> tuple[str, str | None]:
    """A name without the former name printed after it, and that former name (its spaces as printed): `청사시설 관리
    (구 청사 관리)` → (`청사시설 관리`, `청사 관리`), and so `청사시설 관리 (구) 청사 관리`. After a marker, only a
    name sharing two letters running with the name now (a project renamed keeps some of its words), as a bracket of
    another kind may start with `구` (`(구 전역 대상)`), nor, after `종전` without a colon, a comparison with before
    (`(종전 청사 관리 대비 증가)`, `(종전 사업 통합)`: `_COMPARED_RE`); a rename told (`사업명 변경: … → …`) only to the
    name now."""
    if not _MARKS.isdisjoint(printed) and (match := _BRACKETED_MARK_RE.search(printed)):
        name, former = printed[:match.start()], match.group(1) or match.group(2)
        return (name, clean_text(former)) if _former_of(name, former, shared=True) else (printed, None)
    if not printed.endswith((")", "）")):
        return printed, None
    if match := _MARKED_RE.search(printed):
        name, former = printed[:match.start()], match.group(1)
        marker = printed[match.start():match.start(1)].rstrip()
        if "종" in marker and marker[-1] not in ".:：" and _COMPARED_RE.search(former):
            return printed, None
        return (name, clean_text(former)) if _former_of(name, former, shared=True) else (printed, None)
    if (match := _TOLD_RE.search(printed)) and (match.group(2) is None
                                                or compact(match.group(2)) == compact(printed[:match.start()])):
        name, former = printed[:match.start()], match.group(1) or match.group(3)
        return (name, clean_text(former)) if _former_of(name, former, shared=False) else (printed, None)
    return printed, None


def _former_of(name: str, former: str, shared: bool) -> bool:
    """Whether `former` is another name than `name`, of three letters or more, and, where `shared` is asked, with
    two letters running of `name`'s."""
    name, former = compact(name), compact(former)
    pairs = {former[k:k + 2] for k in range(len(former) - 1)}
    return (bool(name) and former != name and sum(map(str.isalpha, former)) >= _MIN_LETTERS
            and (not shared or any(pair in name for pair in pairs if _LETTER_PAIR_RE.fullmatch(pair))))


# a line under a project's title telling of its rename, its note's mark or a dash taken off, bracketed or not, a
# date before it or not: `※ 사업명 변경: 청사 시설 관리 → 청사시설 유지관리` (group 1, the name now group 2),
# `(’24. 명칭 변경 : … → …)`, `2024. 1. 1. 청사 관리에서 사업명 변경` (group 3)
_TOLD_LINE_RE = patterns.compile(
    r"^[(（]?[^()（）:：→]*?(?:(?:사업\s*명|명\s*칭)\s*변\s*경\s*[:：]?\s*([^()（）→:：]+?)\s*(?:→|->|⇒)\s*"
    r"([^()（）→]+?)|(?<![\p{Hangul}\d])([\p{Hangul}][^()（）:：→]*?)\s*에서\s*(?:사업\s*명|명\s*칭)\s*변\s*경)"
    r"\s*[)）]?$")
# or printing the former name after its marker in brackets or its label: `(구) 청사 시설 관리`, `(舊) …`, `구 사업명 :
# 청사 시설 관리`, `(종전 사업명: …)`, `변경 전 사업명 : …`
_MARKED_LINE_RE = patterns.compile(
    rf"^[(（]?\s*(?:{_MARK_BRACKETED}|(?:[구舊前]|종\s*전|이\s*전|변\s*경\s*전)\s*사\s*업\s*명\s*[:：]?)"
    r"\s*([^()（）:：→]+?)\s*[)）]?$")
_LINE_MARKS = "※*＊-·ㆍ○ "  # what a line may start with that is no part of what it says
_LINE_LETTERS = _MARKS | frozenset("변명")  # one of which any such line prints: most lines print none
_MARKED_LINE_STARTS = "(（구舊前종이변"  # what a line printing a former name after its marker or label starts with


def former_title_line(text: str, title: str | None) -> str | None:
    """The former name a line under a project's title prints (`_TOLD_LINE_RE`, `_MARKED_LINE_RE`), of a rename to
    `title` itself where it names the name now (`※ 사업명 변경: 청사 시설 관리 → 청사시설 유지관리` under `청사시설
    유지관리`); after a marker, only a name sharing two letters running with the title, as `split_former_name`
    asks; else None."""
    if not title or _LINE_LETTERS.isdisjoint(text):
        return None
    text = clean_text(text).lstrip(_LINE_MARKS)
    if "변" in text and (match := _TOLD_LINE_RE.match(text)):
        now, former = match.group(2), match.group(1) or match.group(3)
        return clean_text(former) if (now is None or compact(now) == compact(title)) and _former_of(
            title, former, shared=False) else None
    if text[:1] in _MARKED_LINE_STARTS and (match := _MARKED_LINE_RE.match(text)):
        return clean_text(match.group(1)) if _former_of(title, match.group(1), shared=True) else None
    return None

