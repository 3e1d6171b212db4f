"""Words a table's labels print, spelled once for the extractors that read the labels and the checks that sum
the figures under them. Each label is asked compacted (`compact`: no spaces)."""

from __future__ import annotations

SERIAL_WORDS = ("연번", "순번", "번호")  # a column that numbers the rows
SHORTFALL_WORDS = ("과부족", "증감", "차이")  # what is held less what is due: 현원 − 정원, 보유 − 정수
# where a label's word ends: at its end, or where its bracket opens (`처리율(%)`, `예산액（천원）`)
WORD_END = r"(?:[(（\[]|$)"
RATE = rf"%|[률율]{WORD_END}"  # a rate or a share, as a pattern: `처리율`, `집행률(%)`, `구성비(%)`, not `율곡로`
SHARE = "구성비|비중|점유율"  # a share of the whole, as a pattern: no rate of a line's own figures, nor one to sum


def is_change_label(text: str) -> bool:
    """A change (`증감`, `전년대비 증감`, `증감률`): it adds up along its line, no part of a total across it."""
    return "증감" in text
