"""Headers of two and three rows printed as HWP prints them to PDF without vertical rules (no rules at all, or a
rule under every row), in 9 to 11 pt on an A4 page upright or lying: labels merged down the header printed
halfway between its rows, a group label over labels a row below it. The header's lines stand closer than a
cell's leading there, so how far apart the labels one over another stand tells its rows: each reads as its
text twin (records equal)."""

import pytest
from reportlab.lib.pagesizes import A4, landscape

from pipeline.document import Table
from pipeline.read_text import read_text
from tests.test_budget_spaced_labels import BUDGET
from tests.test_budget_spaced_labels import COVER as BUDGET_COVER
from tests.test_pdf_three_row_headers import STAFF_GRID, pdf_of, records, tables
from tests.test_project_schedules import COVER as SCHEDULE_COVER
from tests.test_project_schedules import END, HALVES_OVER_MONTHS

PAGES = {"upright": A4, "landscape": landscape(A4)}
FUNDING = BUDGET_COVER + BUDGET.format(name="푸른 녹지 조성")
FUNDING_GRID = tuple(tuple(line.split("\t")) for line in BUDGET.format(name="푸른 녹지 조성").splitlines()[6:12])


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("size", [9, 10, 11])
def test_a_group_label_half_a_row_above_labels_merged_down_heads_its_columns(size, page, tmp_path, monkeypatch):
    """`예 산 액` over `계 | 국비 | 시비 | 구비`, `단위사업명 | 집행액` merged down halfway between them, and
    `집행률(%) (5.31.기준)` wrapped over two lines around them (in 11 pt on an upright page its column is too
    narrow for one): the wrapped label's lines, a leading apart, stand closer than `예 산 액` and `국비` one over
    the other, a row apart: those are two rows. Before, in 11 pt upright, the header's three lines were one row
    (`계 | 예 산 액 국비 시비 | | 구비`), the 예산액 column lost, its figures 계's."""
    source, target = pdf_of(FUNDING, tmp_path, monkeypatch, rules="none", centred=True, figures=2, size=size,
                            page=PAGES[page])
    assert tables(target) == tables(source) == [FUNDING_GRID]
    assert records(target) == records(source)
    assert [(line["name"], line["budget_krw"], line["other_columns"]["예산액 시비"])
            for line in records(target)["budget"]][:2] == [("계", 5780000000, "780,000"),
                                                          ("푸른 녹지 조성", 4200000000, "700,000")]


def test_a_wrapped_label_beside_a_group_label_under_a_rule_each_row_is_left_apart(tmp_path, monkeypatch):
    """Still not read: ruled under every row, in 11 pt on an upright page, the rule under `예 산 액` parts the
    wrapped label's two lines (`집행률(%)` over `(5.31.기준)`), so they stay two rows' labels (the records are read
    all the same)."""
    source, target = pdf_of(FUNDING, tmp_path, monkeypatch, rules="rows", centred=True, figures=2, size=11)
    (grid,) = tables(target)
    assert grid[:2] == ((*FUNDING_GRID[0][:6], "집행률(%)"), (*FUNDING_GRID[1][:6], "(5.31.기준)"))
    assert grid[2:] == FUNDING_GRID[2:]
    assert records(target) == records(source)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("size", [9, 10, 11])
def test_labels_merged_down_beside_halves_over_months_head_their_columns(size, page, tmp_path, monkeypatch):
    """`구 분`, `비 고` merged down a header of `상반기 | 하반기` over the months, printed halfway between them."""
    text = SCHEDULE_COVER + HALVES_OVER_MONTHS + END
    source, target = pdf_of(text, tmp_path, monkeypatch, rules="none", centred=True, figures=1, size=size,
                            page=PAGES[page])
    assert tables(target) == tables(source)
    assert tables(target)[0][0][0] == "구 분" and tables(target)[0][0][-1] == "비 고"
    assert records(target) == records(source)


# as the PDF reader lays out a header of three rows printed without rules: `일 반 직` a row above `행 정 |
# 사회복지`, `관리운영직` halfway between them, `구 분 | 계 | 공무직` on the middle row's line
LAID_OUT = """\
                                          일 반 직
                                                                  관리운영직
              구 분   계        행 정                   사회복지               공무직
                             6급     7급      6급     7급   8급      7급
             정 원    30          4     6         5     8     3            2       2
             현 원    28          4     5         5     7     3            2       2
             과부족  △2          -   △1           -   △1      -           -        -
"""


@pytest.mark.parametrize("shift", [-4, 0, 4], ids=["left", "as laid out", "right"])
def test_a_group_label_over_a_label_printed_halfway_beside_it_heads_the_header(shift):
    """The aligned reader takes a lone label over a lone label beside it, both over a header's row, for the
    header's first line (before: `일 반 직` a paragraph, and over the columns of the merged-down `계` and `공무직`
    the group label had to span them, `일 반 직` heading `계`); set off its span's centre by two syllables too."""
    lines = LAID_OUT.splitlines()
    lines[0] = lines[0][-shift:] if shift < 0 else " " * shift + lines[0]  # two syllables off its centre
    blocks = read_text("t.txt", ("1 인 력\n\n" + "\n".join(lines) + "\n").encode()).blocks
    assert [block.rows for block in blocks if isinstance(block, Table)] == [STAFF_GRID]
    assert "일 반 직" not in [getattr(block, "text", "") for block in blocks]

