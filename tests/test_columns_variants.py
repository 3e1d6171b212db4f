"""A table's columns named one way (`extractors.context.column_labels`, `column_name`): in the generic grid's
header, in a budget line's `other_columns` and in a finding of `sum.table`."""

from tests import test_budget_variants as budget
from tests import test_generic_variants as generic


def test_a_column_without_a_label_has_one_name_in_records_and_findings():
    """Before, a budget line's column with no label was `열4`, while a finding called such a column `3열`."""
    r = budget.report(f"{budget.UNIT_PART}(단위: 천원)\n\n사업명\t예산액\t집행액\t\n계\t300\t100\t\n"
                      "공원 관리\t300\t100\t추경 반영\n")
    assert budget.lines(r) == [("계", None, 300, None), ("공원 관리", None, 300, {"4열": "추경 반영"})]
    table = generic.tsv("구 분 | 인 원 | ", "계 | 30 | 12", "가동 | 10 | 5", "나동 | 20 | 8")
    assert generic.summary(table) == [("sum.table", "계", "3열", "13", "12")]


def test_a_finding_names_a_column_of_rows_kept_as_printed_as_a_header_of_one_row_does():
    """Header rows that each print a row label are kept as printed; a finding names their column as the
    header read as one row would (`세대수` over `(세대)` is `세대수(세대)`, not `세대수 (세대)`)."""
    table = generic.tsv("구 분 | 인구 |  | 세대수", "(단위) | 남 | 여 | (세대)", "계 | 30 | 31 | 20",
                        "가동 | 10 | 10 | 10", "나동 | 20 | 21 | 11")
    assert generic.read(table).tables[0].header_rows == 2
    assert generic.summary(table) == [("sum.table", "계", "세대수(세대)", "21", "20")]
