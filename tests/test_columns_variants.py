"""A table's columns named one way (`extractors.context.column_labels`, `column_name`): in the generic grid's
header, in a budget line's `other_columns` and in a finding of `sum.table`; and a cover's slogan run into its
department."""

import pytest

from extractors.context import column_labels
from tests import test_budget_variants as budget
from tests import test_generic_variants as generic
from tests.test_cover_variants import cover_info


def cover_department(cover: str) -> str | None:
    return cover_info(cover).department


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


def test_a_figure_of_its_own_on_the_lower_row_is_no_part_of_the_amount_merged_to_its_left():
    """`예산액` merged over `국비 | 구비`, with `집행액` printed on the lower row alone: before, the merged label
    ran over every column to its right with a blank above it, and the third was `예산액 집행액`."""
    header = (("구 분", "예산액", "", "", ""), ("", "국비", "구비", "집행액", "집행률"))
    assert column_labels(header) == ("구 분", "예산액 국비", "예산액 구비", "집행액", "집행률")
    taxes = generic.tsv("구 분 | 부과액 |  | ", " | 국세 | 지방세 | 징수액", "계 | 30 | 70 | 90",
                        "재산세 | 10 | 30 | 35", "자동차세 | 20 | 40 | 55")
    (grid,) = generic.read(taxes).tables
    assert (grid.header_rows, grid.rows[0]) == (1, ["구 분", "부과액 국세", "부과액 지방세", "징수액"])
    assert generic.summary(taxes) == []


def test_parts_of_a_merged_label_on_the_lower_row_still_take_it():
    """What a merged amount heads (`계 | 국비 | 구비`) and what a merged year or kind heads (`예산액 | 집행액`
    under `2024년`, `계 | 남 | 여` under `인 원`) still take the label."""
    assert column_labels((("구 분", "예산액", "", ""), ("", "계", "국비", "구비"))) == (
        "구 분", "예산액 계", "예산액 국비", "예산액 구비")
    assert column_labels((("구 분", "2024년", "", ""), ("", "예산액", "집행액", "집행률"))) == (
        "구 분", "2024년 예산액", "2024년 집행액", "2024년 집행률")
    assert column_labels((("구 분", "인 원", "", ""), ("", "남", "여", "계"))) == (
        "구 분", "인 원 남", "인 원 여", "인 원 계")


@pytest.mark.parametrize("cover", [
    "2025년도 주요업무보고\n함께 만드는 행복 영등포\n총 무 과",  # lines without blank lines: one paragraph
    "2025년도 주요업무보고 함께 만드는 행복 영등포 총 무 과",
    "2025년도 주요업무보고\n함께 만드는 행복 영등포\n총무과",
    "제265회 영등포구의회 정례회\n2025년도 주요업무보고\n함께 만드는 행복 영등포\n행정지원국 총무과",
])
def test_a_cover_slogan_run_into_the_department_is_no_part_of_it(cover):
    """Before, the slogan's words were joined to the department's (`함께만드는행복영등포총무과`), or with a higher
    unit between them named none."""
    assert cover_department(cover) == "총무과"


@pytest.mark.parametrize(("cover", "department"), [
    ("2025년도 주요업무보고\n복지 정책과", "복지정책과"),  # a name printed in two words stays whole
    ("2025년도 주요업무보고\n행정지원국 총 무 과", "총무과"),
    ("2025년도 주요업무보고\n영등포구 보건소 건강증진과", "건강증진과"),
    ("2025년도 주요업무보고\n기획 예산 담당관", "기획예산담당관"),  # a kind of unit alone names none
    ("2025년도 주요업무보고\n\n공원 녹지 과", "공원녹지과"),
    ("2025년도 주요업무보고\n복지 정책 과", "복지정책과"),
    ("2025년도 주요업무보고\n\n푸른도시국 공원 녹지 과", "공원녹지과"),
])
def test_a_department_printed_in_words_on_a_cover_without_blank_lines(cover, department):
    assert cover_department(cover) == department
