"""Space-aligned tables whose header a reader once parted wrong: a fleet's long kinds over counts of a digit or two
as `pdftotext -layout` prints them (each word at the character column of its position), and a `비 고` column no
row fills beside single-syllable labels (`통 | 반`)."""

import pytest

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_report
from pipeline.read_text import read_text
from tests.layouts import LAYOUTS, laid_out

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


DISTRICTS = ("□ 통·반 현황\n\n구 분\t면적(㎢)\t통\t반\t비 고\n계\t1.42\t18\t126\t\n새솔1가\t0.58\t7\t49\t\n"
             "새솔2가\t0.51\t6\t45\t\n새솔3가\t0.33\t5\t32\t\n\n다음 문단\n")
DISTRICT_ROWS = (("구 분", "면적(㎢)", "통", "반", "비 고"), ("계", "1.42", "18", "126", ""),
                 ("새솔1가", "0.58", "7", "49", ""), ("새솔2가", "0.51", "6", "45", ""),
                 ("새솔3가", "0.33", "5", "32", ""))
# b-dong's 통·반 현황 as `pdftotext -layout` prints its PDF: tall rows lined up by characters
PRINTED_DISTRICTS = "\n".join([
    " □ 통ㆍ반 현황",
    laid_out((45, "구분"), (53, "면적(㎢)"), (67, "통"), (77, "반"), (87, "비고")), "",
    laid_out((44, "계"), (53, "1.42"), (67, "18"), (76, "126")), "",
    laid_out((44, "새솔1가"), (53, "0.58"), (67, "7"), (76, "49")), "",
    laid_out((44, "새솔2가"), (53, "0.51"), (67, "6"), (76, "45")), "",
    laid_out((44, "새솔3가"), (53, "0.33"), (67, "5"), (76, "32")), "", "",
    " 다음 문단", ""])


@pytest.mark.parametrize("layout", [name for name in LAYOUTS if name.startswith("space-aligned")])
def test_an_unfilled_remarks_column_beside_single_syllable_labels_is_a_column_of_its_own(layout):
    """`통` and `반` over their figures, `비 고` right of every row's cells. Before: as `비 고` stood nearest the 반
    column, `통` and `반` were taken for one label spread over its cell (`통 반` over the 통 figures, `비 고` over
    the 반's)."""
    blocks = read_text("t.txt", LAYOUTS[layout](DISTRICTS).encode()).blocks
    assert [getattr(b, "rows", None) or b.text for b in blocks] == ["통·반 현황", DISTRICT_ROWS, "다음 문단"]


def test_an_unfilled_remarks_column_in_pdftotext_tall_rows_is_a_column_of_its_own():
    """Read by characters, as the rows tell; before that was asked of every row (by display columns, its `126`
    pushed under the label), `반 비고` was one label over the 반's figures."""
    blocks = read_text("t.txt", PRINTED_DISTRICTS.encode()).blocks
    assert [getattr(b, "rows", None) or b.text for b in blocks] == [
        "통·반 현황", (("구분", "면적(㎢)", "통", "반", "비고"), *DISTRICT_ROWS[1:]), "다음 문단"]


def test_a_last_label_spread_wide_past_the_figures_is_one_label():
    # `일   반` over a column whose figures end under `일`: before, `반` headed an empty column of its own and the
    # figures stood under `일`; a label of more than a syllable there (`비 고`) still heads its own
    text = ("   ○ 업종별 평가 현황\n\n"
            "     업   종          계        최우수        우   수        일   반\n"
            "     계              642          118           391           133\n"
            "     숙 박 업        124           21            78            25\n"
            "     목욕장업         38            6            22            10\n\n")
    tables = [b.rows for b in read_text("t.txt", text.encode()).blocks if isinstance(b, Table)]
    assert tables == [(("업 종", "계", "최우수", "우 수", "일 반"), ("계", "642", "118", "391", "133"),
                       ("숙 박 업", "124", "21", "78", "25"), ("목욕장업", "38", "6", "22", "10"))]
