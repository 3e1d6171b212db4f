"""perf105: `_bridge_blank_lines` passes a line of text at once, and `_spread_over` returns a line with no two lone
syllables side by side as it is; tables read as before."""

from hypothesis import given
from hypothesis import strategies as st

from pipeline.aligned import AlignedRows, Cell, _is_syllable, _spread_over, split_cells

_BUDGET = """□ 주요 예산 현황
  청사 관리와 민원 편의를 위하여 다음과 같이 예산을 편성하였음

  구  분        예산액      집행액     집행률

  청사 관리    1,254,000     980,000     78.1

  민원 편의      420,000     315,000     75.0

  계           1,674,000   1,295,000     77.4

  예산은 분기별로 점검하여 집행률을 높이겠음
""".splitlines()


def test_tall_rows_bridged_between_paragraphs():
    rows = AlignedRows(_BUDGET, [0])
    assert [rows.end(i) for i in range(4)] == [0, 1, 2, 10]
    assert rows.table(3) == ((("구 분", "예산액", "집행액", "집행률"),
                              ("청사 관리", "1,254,000", "980,000", "78.1"),
                              ("민원 편의", "420,000", "315,000", "75.0"),
                              ("계", "1,674,000", "1,295,000", "77.4")), (0, 2, 4, 6), 10)


def test_paragraph_right_under_a_table_ends_it():
    lines = _BUDGET[:10] + ["  예산은 분기별로 점검하겠음", "", "  구  분        예산액      집행액     집행률"]
    rows = AlignedRows(lines, [0])
    assert rows.end(3) == 10
    assert rows.end(12) == 12  # a header alone is no table


def test_group_label_spread_over_labels_joined():
    upper = split_cells("              예      산      액")
    lower = split_cells("  구  분     계      국비    시비    구비")
    assert _spread_over(upper, lower) == [Cell(14, 32, "예산액")]


def test_no_lone_syllables_side_by_side_kept_as_a_new_list():
    labels = split_cells("  구  분     계      국비    시비    구비")
    kept = _spread_over(labels, [])
    assert kept == labels
    assert kept is not labels
    apart = split_cells("  계     국비     시     구비")  # lone syllables, never side by side
    assert _spread_over(apart, split_cells("  인원   금액   인원   금액   인원")) == apart


_WORDS = st.sampled_from(["계", "남", "여", "일", "반", "직", "국비", "시비", "5급", "(명)", "소계", "비 고", "1", "-"])


@given(st.lists(st.tuples(st.integers(2, 9), _WORDS), min_size=2, max_size=7),
       st.lists(st.tuples(st.integers(2, 6), _WORDS), max_size=7))
def test_only_runs_of_lone_syllables_joined(upper, lower):
    cells = split_cells("".join(" " * gap + word for gap, word in upper))
    below = split_cells("".join(" " * gap + word for gap, word in lower))
    out = _spread_over(cells, below)
    assert "".join(c.text for c in out) == "".join(c.text for c in cells)
    k = 0
    for cell in out:
        run = [cells[k]]
        while run[-1].end < cell.end:
            k += 1
            run.append(cells[k])
        k += 1
        assert (cell.start, cell.end) == (run[0].start, run[-1].end)
        assert len(run) == 1 or all(len(c.text) == 1 and _is_syllable(c.text) for c in run)
