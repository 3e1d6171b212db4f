"""Words a table's labels print, spelled once for the extractors that read the labels and the checks that sum
the figures under them. Each label is asked compacted (`compact`: no spaces)."""

from __future__ import annotations

SERIAL_WORDS = ("연번", "순번", "번호")  # a column that numbers the rows
SHORTFALL_WORDS = ("과부족", "증감", "차이")  # what is held less what is due: 현원 − 정원, 보유 − 정수
# where a label's word ends: at its end, or where its bracket opens (`처리율(%)`, `예산액（천원）`)
WORD_END = r"(?:[(（\[]|$)"
RATE = rf"%|[률율]{WORD_END}"  # a rate or a share, as a pattern: `처리율`, `집행률(%)`, `구성비(%)`, not `율곡로`
SHARE = "구성비|비중|점유율"  # a share of the whole, as a pattern: no rate of a line's own figures, nor one to sum
# a project's total cost and its years' shares, as an item prints them after the total (`(기투자 400,000, 2026년
# 300,000, 향후 500,000)`) or a table as its columns (`총사업비 | 기투자 | 2026년 | 향후`). A share is a year (`2026년`,
# `’26년`, `2026`) or years (`2024~2025년`, `’24~’25년`), what came before (`기투자`, `기투입`, `기집행`, `2025년까지`,
# `~’25`) or what is left (`향후`, `잔여`, `2027년 이후`, `2027년~`), which says the shares cover the total
COST_SHARE_YEAR = r"(?:20\d{2}|[’‘'`]\d{2})\s*(?:년\s*도?)?"
COST_SHARE_REST = rf"(?:향\s*후|잔\s*여|{COST_SHARE_YEAR}\s*(?:이\s*후|~))"
COST_SHARE_LABEL = (rf"(?:{COST_SHARE_YEAR}\s*[~～]\s*{COST_SHARE_YEAR}|{COST_SHARE_REST}"
                    rf"|기\s*(?:투\s*[자입]|집\s*행)\s*액?|~\s*{COST_SHARE_YEAR}|{COST_SHARE_YEAR}(?:\s*까\s*지)?)")
# the label a header of two rows prints over a cost table's years (`총사업비 | 연도별 투자계획` over `~2024 | 2025 |
# 2026 | 2027 이후`), before each year's label in its column's (`연도별 투자계획 2025`), compacted
COST_YEARS_GROUP = r"(?:연[도차]별)?(?:투자|소요)(?:계획|액|내역)?|연[도차]별(?:계획|내역)?"
COST_TOTALS = ("총사업비", "사업비")  # the column of a project's total cost over its years (compacted)


def is_change_label(text: str) -> bool:
    """A change (`증감`, `전년대비 증감`, `증감률`): it adds up along its line, no part of a total across it."""
    return "증감" in text
