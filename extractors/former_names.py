"""The former name a project's title or a budget line's name prints after it (`청사시설 관리 (구 청사 관리)`), kept
apart from the name, so that the name is as other years print it, and a project or 단위사업 renamed is followed
across the years by either name (the `project_renames` view)."""

from __future__ import annotations

from pipeline import patterns
from pipeline.values import clean_text, compact

# in brackets at the name's end, after a marker: `(구 청사 관리)`, `(舊 청사 관리)`, `(前 청사관리)`; not `전`, which
# a title's own bracket starts with (`(전 직원 대상)`), nor `구` run into its word (`(구비)`, `(구청 주관)`)
_MARKED_RE = patterns.compile(r"\s*[(（]\s*(?:구\s+|舊\s*|前\s*)([^()（）]+?)\s*[)）]$")
# or telling of the rename, a date before it or not: `(사업명 변경: 청사 관리 → 청사시설 관리)`, `(’24. 명칭변경 : 청사
# 관리 → 청사시설 관리)` (group 1, the name now group 2), `(2024년 청사 관리에서 명칭 변경)` (group 3)
_TOLD_RE = patterns.compile(
    r"\s*[(（][^()（）:：→]*?(?:(?:사업\s*명|명\s*칭)\s*변\s*경\s*[:：]?\s*([^()（）→:：]+?)\s*(?:→|->|⇒)\s*"
    r"([^()（）]+?)|(?<![\p{Hangul}\d])([\p{Hangul}][^()（）]*?)\s*에서\s*(?:명\s*칭\s*)?변\s*경)\s*[)）]$")
_LETTER_PAIR_RE = patterns.compile(r"\p{Hangul}{2}")
_MIN_LETTERS = 3  # a name's letters at least: `(구 비)`, a funding source letter-spaced, is none


def split_former_name(printed: str) -> tuple[str, str | None]:
    """A name without the former name printed after it, and that former name (its spaces as printed): `청사시설 관리
    (구 청사 관리)` → (`청사시설 관리`, `청사 관리`). After a marker, only a name sharing two letters running with the
    name now (a project renamed keeps some of its words), as a bracket of another kind may start with `구` (`(구
    전역 대상)`); a rename told (`사업명 변경: … → …`) only to the name now."""
    if not printed.endswith((")", "）")):
        return printed, None
    if match := _MARKED_RE.search(printed):
        name, former = printed[:match.start()], match.group(1)
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
