"""Shares of a whole (`구성비`, `비중`, `점유율`), as the budget's share columns (`checks.budget`) and any other
table's (`checks.tables`) print them: a row's share is its figure in the column the share is of, as a part of the
계 row's figure there (or of its group's), × 100. The column a share is of is the figure column before it whose
shares most rows print (`징수액 | 구성비`, `예산액 | 구성비 | 집행액 | 구성비`: `of_most_rows`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TypeVar

from extractors.labels import SHARE
from pipeline import patterns
from pipeline.values import compact

_SHARE_RE = patterns.compile(SHARE)
_POINTS_RE = patterns.compile(r"[%％][pP]")  # a change of a share, in points: no share

Share = tuple[float, int]  # a printed share and its decimals (`printed_rate`)
Column = TypeVar("Column")
Figure = TypeVar("Figure")
Wholes = tuple[tuple[str, Figure], ...]  # the wholes a figure may be a part of, each by its kind: `계`, its group's


def is_share(label: str) -> bool:
    """Whether a column's label names a share of the whole (`구성비`, `비중(%)`), not its change in points."""
    return _SHARE_RE.search(compact(label)) is not None and _POINTS_RE.search(label) is None


def of_most_rows(shares: dict[int, Share], columns: Iterable[tuple[Column, dict[int, tuple[Figure, Wholes]]]],
                 agrees: Callable[[Figure, Figure, Share], bool], total: int) -> tuple[Column, str, list[int]] | None:
    """Of the columns a share column may be of (each with the rows' figures in it, each with the wholes it may be a
    part of: the 계's, its group's), the first whose ratio most rows' shares print, of any of their wholes: two
    rows at least and more than half of those printing both, and more than any column before it; with the kind of
    whole most rows' shares are of (the 계 where as many), and the rows compared whose share `agrees` with none.
    Of a whole of two parts (`계 | 남 | 여`, a project's `국비 | 구비`) whose shares do not add up to the `total`
    row's 100, one is wrong: the other tells which, and the first column it agrees with (`_two_parts`). None where no
    column is so: shares of something the table does not print, or none."""
    best: tuple[Column, str, list[int], int] | None = None
    halves = []  # of two parts, the columns one part's share agrees with, each with its kind and the other part
    for column, figures in columns:
        compared = [k for k in shares if k in figures]
        agreeing = {k: [kind for kind, whole in figures[k][1] if agrees(figures[k][0], whole, shares[k])]
                    for k in compared}
        wrong = [k for k in compared if not agreeing[k]]
        if len(compared) - len(wrong) >= 2 and len(compared) > 2 * len(wrong) and (
                best is None or len(compared) - len(wrong) > best[3]):
            kinds = Counter(kind for kinds in agreeing.values() for kind in kinds)
            best = column, max(kinds, key=lambda kind: (kinds[kind], kind == "계")), wrong, len(compared) - len(wrong)
        elif len(compared) == 2 and len(wrong) == 1:
            right = next(k for k in compared if k not in wrong)
            halves.append((column, agreeing[right][0], wrong))
    if best is None and halves and len({wrong[0] for _, _, wrong in halves}) == 1 and _two_parts(shares, total):
        return halves[0]  # the first column the right part agrees with; none where each column blames another
    return None if best is None else best[:3]


def _two_parts(shares: dict[int, Share], total: int) -> bool:
    """Whether a whole's two parts' shares tell that one is wrong: the whole's (`total`) is 100 and theirs do not
    add up to it, beyond the rounding of each to its last printed digit. Shares of two parts that add up are told
    by nothing where one disagrees with its figure (the figure may be the wrong one, `sum.table`'s to find)."""
    parts = [share for k, share in shares.items() if k != total]
    if total not in shares or shares[total][0] != 100 or len(parts) != 2:
        return False
    digits = max(decimals for _, decimals in parts)
    return round(abs(sum(value for value, _ in parts) - 100), digits + 1) > 10 ** -digits
