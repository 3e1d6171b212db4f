"""The label words spelled once in `extractors.labels`, as the checks and the extractors read them alike."""

from tests.test_generic_variants import summary, tsv

VISITS = tsv("구 분 | 계 | 상반기 | 하반기", "방문 건수 | 2,400 | 1,100 | 1,300")


def test_a_rate_with_a_fullwidth_bracket_is_no_row_total():
    # before, the checks took a rate only where an ASCII bracket followed its 율 (`처리율(%)`), though the
    # extractors' merged headers read `（` and `[` too: a row of rates printed `처리율（％）` was summed
    assert summary(VISITS + "처리율（％）\t30\t20\t40\n") == []
    wrong = VISITS.replace("2,400", "2,500") + "처리율（％）\t30\t20\t40\n"
    assert summary(wrong) == [("sum.table", "방문 건수", "계", "2,400", "2,500")]
