"""A row's lone label set right of the first column's labels but short of the second's (branch lone98, after
mupdf97's prepared patch): PyMuPDF's sorted text (`page.get_text(sort=True)`) sets a `소 계` row printing no
단위사업 off by its own letters, counting the blank first cell in them, so the `소 계` of the 세부사업 column stands
right of the 단위사업 labels, its 단위사업 printed on the group's middle row. Read into the second column, the
단위사업 rises to it; before, each `소 계` was a 단위사업 of its own (a second total of the table, false
`sum.budget` findings). `pdftotext -layout` centres a `계` in a wide first cell, so that it too stands right of
that column's labels: centred in the first column's span (equal blanks either side, in display columns or, typed
by hand, in characters) it stays that column's. So does a `소 계` over a group whose label is printed on a line of
its own and already given a row below, unless that label is centred on the `소 계`'s row and its group's (branch
mupdf99: tests/test_hunt95.py's `북부권역` rises to its `소 계`)."""

from checks import run_checks
from pipeline.aligned import _centred_within
from pipeline.extract import extract_file
from tests.test_hunt95 import tables

# PyMuPDF's sorted text: each `소 계` set off right of `문화예술 진흥`, short of `지역축제 개최`
SET_OFF = """\
 3. 예산현황

                                                                              (5.31.기준, 단위: 백만원)

                                   단위사업     세부사업      예산액  집행액  집행률(%)

                                          소 계            1,020    431      42.3

                                   문화예술 진흥  지역축제 개최     700     300      42.9

                                          공연장 운영       320     131      40.9

                                          소 계            810      311      38.4

                                   체육 진흥    생활체육 지원     500     201      40.2

                                          체육시설 관리     310     110      35.5

                                   계                            1,830   742      40.5
"""

# `pdftotext -layout` of the same table printing each 단위사업 on each of its rows: the `계` centred in its cell
CENTRED = """\
 3. 예산현황

                                                                 (5.31.기준, 단위: 백만원)

                단위사업             세부사업       예산액   집행액   집행률(%)

                   계                                1,830     742      40.5

             문화예술 진흥      지역축제 개최        700      300      42.9

             문화예술 진흥       공연장 운영         320      131      40.9

               체육 진흥        생활체육 지원        500      201      40.2

               체육 진흥        체육시설 관리        310      110      35.5
"""

# typed by hand, the `계` centred in characters (four blanks either side of it under `문화예술 진흥`'s seven)
TYPED = CENTRED.replace("                   계          ", "               계              ")


def test_a_subtotal_set_off_short_of_the_second_label_column_is_that_columns(tmp_path):
    [rows] = tables(tmp_path, SET_OFF)
    assert rows[1:] == (("문화예술 진흥", "소 계", "1,020", "431", "42.3"), ("", "지역축제 개최", "700", "300", "42.9"),
                        ("", "공연장 운영", "320", "131", "40.9"), ("체육 진흥", "소 계", "810", "311", "38.4"),
                        ("", "생활체육 지원", "500", "201", "40.2"), ("", "체육시설 관리", "310", "110", "35.5"),
                        ("계", "", "1,830", "742", "40.5"))


def test_the_set_off_subtotals_check_and_a_wrong_one_is_found(tmp_path):
    path = tmp_path / "2025-hanbit-munhwa-pymupdf-sort.txt"
    path.write_text(SET_OFF, encoding="utf-8")
    found = extract_file(path)
    assert [(b.name, b.parent, b.budget_krw // 1_000_000) for b in found.budget] == [
        ("문화예술 진흥", None, 1020), ("지역축제 개최", "문화예술 진흥", 700), ("공연장 운영", "문화예술 진흥", 320),
        ("체육 진흥", None, 810), ("생활체육 지원", "체육 진흥", 500), ("체육시설 관리", "체육 진흥", 310),
        ("계", None, 1830)]
    assert [f.rule for f in run_checks(found) if f.rule.startswith("sum.")] == []
    path.write_text(SET_OFF.replace("810      311", "810      331"), encoding="utf-8")
    assert [(f.rule, f.row, f.column) for f in run_checks(extract_file(path)) if f.rule.startswith("sum.")] == [
        ("sum.budget", "체육 진흥", "집행액")]


def test_a_total_centred_in_the_first_column_stays_there(tmp_path):
    for text in (CENTRED, TYPED):
        [rows] = tables(tmp_path, text)
        assert rows[1] == ("계", "", "1,830", "742", "40.5")
        assert rows[2] == ("문화예술 진흥", "지역축제 개최", "700", "300", "42.9")


def test_a_group_label_on_a_line_of_its_own_goes_to_its_set_off_subtotal(tmp_path):
    """`문화예술 진흥` printed between its group's last two rows, centred on the group of three with its `소 계`:
    the label goes to the group's first row, the `소 계`'s. (A group label printed on a line of its own that is
    already on a row below, `labelled`, keeps the `소 계` above in the first column, unless it is centred on the
    `소 계`'s row and the group's: tests/test_hunt95.py's `북부권역`, tests/test_mupdf99.py.)"""
    text = SET_OFF.replace("""\
                                   문화예술 진흥  지역축제 개최     700     300      42.9

                                          공연장 운영       320     131      40.9
""", """\
                                              지역축제 개최     700     300      42.9
                                   문화예술 진흥
                                              공연장 운영       320     131      40.9
""")
    [rows] = tables(tmp_path, text)
    assert rows[1:4] == (("문화예술 진흥", "소 계", "1,020", "431", "42.3"),
                         ("", "지역축제 개최", "700", "300", "42.9"), ("", "공연장 운영", "320", "131", "40.9"))


def test_centred_is_equal_blanks_either_side_a_syllable_apart_at_most():
    assert _centred_within(7, 7) and _centred_within(4, 6) and _centred_within(6, 5)
    assert not _centred_within(6, -3) and not _centred_within(4, 0) and not _centred_within(9, 1)


# `pdftotext -layout` of a table whose row labels wrap wider than their cells (joined back): the `계` centred under
# `구 분`, left of the middle of `취약계층 생활보장 강화`
UNDER_ITS_HEAD = """\
 3. 예산현황

                                                              (단위: 백만원)

         구 분                            단위사업       예산액      집행액

          계                                            1,200        600

       취약계층 생활보장 강화             생계급여        300          150

                                          의료급여        200          100

       자립 지원                          자활사업        700          350
"""


def test_a_total_centred_under_the_first_columns_head_stays_there(tmp_path):
    [rows] = tables(tmp_path, UNDER_ITS_HEAD)
    assert rows[1:3] == (("계", "", "1,200", "600"), ("취약계층 생활보장 강화", "생계급여", "300", "150"))
