"""Space-aligned headers as `pdftotext -layout` prints them by characters (each syllable one column, each word at
the character column of its position): labels centred in their cells over right-aligned figures, and a label
wrapped over two lines of its own cell (`재정상` over `조치`) beside a centred group label (`처 분 건 수`)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.aligned import label_lines_joined
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = "제285회 서해구의회 제2차 정례회\n\n2024년 주요업무 보고\n\n감 사 담 당 관\n\nⅠ. 일반현황\n\n 1. 감사 실적\n"
UNIT = "                                                        (단위: 건)\n"
CENTRED = """\
      구    분            계        징계       경고       주의       시정       기타
      계                   254        4       18       70       50      112
      종합감사                150        2       10       40       28       70
      특정감사                104        2        8       30       22       42
"""
WRAPPED = """\
                                                   재정상
      구    분            계        징계       주의        조치
      계                    96       12       84        312
      종합감사                 60        8       52        210
      특정감사                 36        4       32        102
"""
GROUP_BESIDE_WRAPPED = """\
                                                 처 분 건 수                       재정상
      구    분           감사건수       계        징계       경고       주의       시정        조치
      계                     21      142        4       18       70       50        312
      종합감사                   6       80        2       10       40       28        210
      특정감사                   5       32        2        4       16       10         72
      복무감사                  10       30        -        4       14       12         30
"""


def _read(table: str):
    document = read_text("t.txt", (COVER + UNIT + table).encode())
    tables = [block for block in document.blocks if isinstance(block, Table)]
    return tables, extract_report(document)


def _findings(report) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


def test_labels_centred_over_figures_aligned_by_characters_head_their_own_columns():
    """Counted in display columns, each two-syllable label of the header drifts two columns further right of its
    figures than the last, and the 계 row's figures stand three left of those of `종합감사`: `시정` reached the
    column of 기타's figures, `기타` went right of every column, and 시정's figures stood under a blank label."""
    (table,), report = _read(CENTRED)
    assert table.rows[0] == ("구 분", "계", "징계", "경고", "주의", "시정", "기타")
    assert table.rows[1] == ("계", "254", "4", "18", "70", "50", "112")
    (generic,) = report.tables
    assert generic.rows[0] == ["구 분", "계", "징계", "경고", "주의", "시정", "기타"]
    assert generic.rows[2] == ["종합감사", "150", "2", "10", "40", "28", "70"]
    assert _findings(report) == []


def test_a_planted_total_is_named_by_its_own_label():
    _, report = _read(CENTRED.replace("   50      112", "   51      112"))
    # the 계 row's 시정 alone: its 계, 254, is the rows' (before, also found, as no sum of its row's 255)
    assert _findings(report) == [("sum.table", "계", "시정", "50", "51")]


def test_a_label_wrapped_in_its_own_cell_is_one_label_not_a_group():
    """`재정상` printed alone over `조치`, centred on it: read as a group label it took the best-centred widest span,
    `주의` and `조치` (`재정상 주의`)."""
    (table,), report = _read(WRAPPED)
    (generic,) = report.tables
    assert generic.rows[0] == ["구 분", "계", "징계", "주의", "재정상 조치"]
    assert generic.rows[1] == ["계", "96", "12", "84", "312"]
    assert table.rows[-1] == ("특정감사", "36", "4", "32", "102")
    assert _findings(report) == []
    _, planted = _read(WRAPPED.replace("    96       12", "    96       13"))
    assert _findings(planted) == [("sum.table", "계", "징계", "12", "13")]


def test_a_wrapped_label_beside_a_centred_group_label():
    """`처 분 건 수` heads 계 … 시정, `재정상` only the `조치` under it; before, an empty column was added and
    `재정상` took 주의 and 시정 too."""
    _, report = _read(GROUP_BESIDE_WRAPPED)
    (generic,) = report.tables
    assert generic.rows[0] == ["구 분", "감사건수", "처 분 건 수 계", "처 분 건 수 징계", "처 분 건 수 경고",
                               "처 분 건 수 주의", "처 분 건 수 시정", "재정상 조치"]
    assert generic.rows[4] == ["복무감사", "10", "30", "-", "4", "14", "12", "30"]
    assert _findings(report) == []
    _, planted = _read(GROUP_BESIDE_WRAPPED.replace("  80        2       10", "  80        2       11"))
    assert _findings(planted) == [("sum.table", "종합감사", "처 분 건 수 경고", "10", "11")]


WRAPPED_IN_DISPLAY_COLUMNS = """\
                                  재정상
      구   분        계   징계     조치     주의
      계             96     12      312       84
      종합감사       60      8      210       52
      특정감사       36      4      102       32
"""
WRAPPED_LAST_IN_DISPLAY_COLUMNS = """\
                                           재정상
      구   분        계   징계     주의     조치
      계             96     12       84      312
      종합감사       60      8       52      210
      특정감사       36      4       32      102
"""


def test_a_wrapped_label_in_display_columns_heads_its_own_column():
    """Centred over `조치` between two columns, `재정상` was a group over every column right of the labels'
    (`재정상 계` … `재정상 주의`); over the last column, reaching a column past the labels below it, it was no
    header line at all and `조치` lost its first line."""
    _, report = _read(WRAPPED_IN_DISPLAY_COLUMNS)
    (generic,) = report.tables
    assert generic.rows[0] == ["구 분", "계", "징계", "재정상 조치", "주의"]
    assert generic.rows[1] == ["계", "96", "12", "312", "84"]
    _, report = _read(WRAPPED_LAST_IN_DISPLAY_COLUMNS)
    (generic,) = report.tables
    assert generic.rows[0] == ["구 분", "계", "징계", "주의", "재정상 조치"]
    assert _findings(report) == []


def test_a_lone_label_centred_over_one_label_beside_a_total_still_heads_the_group():
    """`예산액` over `계 | 국비 | 시비` stands over `국비` alone, centred on it, as a wrapped label would; the span
    from the total is centred under it as well, so it is the group's."""
    (table,), report = _read("""\
                               예산액
      구   분           계       국비       시비
      합계             300        100        200
      가사업           100         40         60
      나사업           200         60        140
""")
    assert table.rows[:2] == (("구 분", "예산액", "", ""), ("", "계", "국비", "시비"))
    (generic,) = report.tables
    assert generic.rows[0] == ["구 분", "예산액 계", "예산액 국비", "예산액 시비"]


def test_lines_a_pdf_laid_out_in_display_columns_are_never_read_by_characters():
    """A PDF's table without vertical rules is laid out in display columns, each word at its x position: a
    `△2` starting where the `1` above it starts ends a column further, which in characters matched the row
    above by chance (`과부족` one wide letter more than `현 원`), and the table was laid out again by characters:
    `8급9급` one label, its 9급 lost."""
    from pipeline.read_text import parse_lines

    lines = ["구 분     계    5급    6급    7급    8급    9급",
             "정 원    24     1      6      9      5      3",
             "현 원    22     1      8      8      4      1",
             "과부족   △2     -      2      △1     △1     △2"]
    (table,) = [b for b in parse_lines(lines, display_columns=True) if isinstance(b, Table)]
    assert table.rows[0] == ("구 분", "계", "5급", "6급", "7급", "8급", "9급")


# rendered by scripts/make_pdfs.py without rules, the 과부족 column narrow: `과부` over the header's line, `족` under it
WRAPPED_SHORTFALL = """\
제312회 새빛구의회 제1차 정례회

 2025년 주요업무 보고

 환경과

 Ⅰ. 일반현황
 2 인 력
                                                    (단위: 명)

                                        과부
                        직급   정원   현원         비고
                                         족
                        계    24   23    △1
                        5급   1    1     -
                        6급   5    6     1
                        7급   9    8     △1   휴직 1
                        8급   4    5     1
                        9급   5    3     △2


 Ⅱ. 주요업무 추진실적
"""


def test_a_label_wrapped_around_the_header_s_line_over_rows_lined_up_by_characters():
    """The label's two lines, a syllable alone below a word (`과부` over `족`), are one word, `과부족`, as its text
    prints it, and tell that the rows line up by characters (`족` the header's line right above them, one label
    alone, told nothing). Before: read by display columns, `과부 현원족` one label over the 과부족 figures, the 현원
    column under no label (its counts lost, the 현원 row false)."""
    document = read_text("t.txt", WRAPPED_SHORTFALL.encode())
    (table,) = [b for b in document.blocks if isinstance(b, Table)]
    assert table.rows[:2] == (("직급", "정원", "현원", "과부족", "비고"), ("계", "24", "23", "△1", ""))
    r = extract_report(document)
    assert [(c.grade, c.status, c.headcount) for c in r.staffing if c.grade in ("계", "7급")] == [
        ("계", "정원", 24), ("계", "현원", 23), ("계", "과부족", -1),
        ("7급", "정원", 9), ("7급", "현원", 8), ("7급", "과부족", -1)]
    assert [f.rule for f in run_checks(r)] == []


@pytest.mark.parametrize(("lines", "label"), [
    (["과부", "족"], "과부족"), (["과", "부족"], "과부족"), (["별정직ㆍ임기", "제"], "별정직ㆍ임기제"),
    (["정", "원"], "정 원"), (["전년도", "예산액"], "전년도 예산액"), (["소형ㆍ", "다목적"], "소형ㆍ 다목적"),
    (["집행률(%", ")"], "집행률(% )"), (["시설 점검 및", "보수"], "시설 점검 및 보수")])
def test_a_header_label_s_lines_are_joined_as_its_text_prints_them(lines, label):
    assert label_lines_joined(lines) == label
