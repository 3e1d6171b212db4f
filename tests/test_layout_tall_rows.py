"""Space-aligned tables whose header a reader once parted wrong: a fleet's long kinds over counts of a digit or two
as `pdftotext -layout` prints them (each word at the character column of its position)."""

from checks import run_checks
from pipeline.extract import extract_report
from pipeline.read_text import read_text
from tests.layouts import laid_out

COVER = "제305회 새빛구의회 정례회\n\n2024년도 주요업무보고\n\n자원순환과\n\nⅠ. 일반현황\n\n"
# 2024-saebit-jawon's 청소차량 현황 as `pdftotext -layout` prints its PDF: tall rows, a blank line between every two
FLEET = "\n".join([
    "4. 청소차량 현황", "총 45대 (정수 47)", "",
    laid_out((29, "구분"), (38, "계"), (43, "압축진개차"), (60, "암롤차"), (68, "노면청소차"), (83, "물청소차")), "",
    laid_out((28, "정수"), (38, "47"), (43, "28"), (60, "9"), (68, "6"), (82, "4")), "",
    laid_out((28, "보유"), (38, "45"), (43, "27"), (60, "9"), (68, "5"), (82, "4")), "",
    laid_out((28, "과부족"), (38, "△2"), (43, "△1"), (60, "-"), (68, "△1"), (82, "-")), "", "",
    "5. 대행업체 현황", ""])


def test_a_fleets_long_kinds_over_counts_of_a_digit_or_two_are_read_by_characters():
    """Each kind starts at its count's character column; the last, `물청소차`, a character right of its `4` (over it
    in neither count), told nothing, and the table was read by display columns, where `암롤차` stood over the 노면청소차
    count. Before: an empty column after 압축진개차, each kind with the next one's figures and a false
    `sum.vehicles` error."""
    r = extract_report(read_text("t.txt", (COVER + FLEET).encode()))
    fleet, = r.vehicles
    kinds = ["계", "압축진개차", "암롤차", "노면청소차", "물청소차"]
    assert [(c.kind, c.count) for c in fleet.counts] == list(zip(kinds, [45, 27, 9, 5, 4], strict=True))
    assert [(c.kind, c.count) for c in fleet.quotas] == list(zip(kinds, [47, 28, 9, 6, 4], strict=True))
    assert [(c.kind, c.count) for c in fleet.shortfalls] == list(zip(kinds, [-2, -1, 0, -1, 0], strict=True))
    assert [f.rule for f in run_checks(r) if f.severity == "error"] == []
