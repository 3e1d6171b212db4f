"""Tables other departments print in their general part beside the 총무과-style ones: a programme table of
money (`□ 공공일자리 사업 현황`: `사업명 | 참여인원 | 예산액 | 집행액`) above the department's 예산현황, and a unit of a
rate (`(단위: 톤/일)`). Each in every text layout and in a PDF."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import LAYOUTS, read_laid_out, space_aligned

COVER = "제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n# 2025년 주요업무 보고\n\n## 일 자 리 경 제 과\n\n"
PART = "# Ⅰ. 일반현황\n\n"
JOBS = ("## 3 주요 현황\n\n{caption}\n\n(단위: 명, 천원)\n\n"
        "사업명\t참여인원\t예산액\t집행액\n계\t842\t4,210,500\t1,902,300\n공공근로\t312\t1,520,000\t712,400\n"
        "지역공동체 일자리\t180\t1,105,300\t488,100\n청년 일자리\t350\t1,585,200\t701,800\n\n")
BUDGET = ("## 4 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%) (5.31.기준)\n"
          "계\t10,784,900\t2,950,200\t27.4\n일자리 창출\t5,410,200\t2,012,500\t37.2\n"
          "소상공인 지원\t3,210,000\t601,200\t18.7\n전통시장 활성화\t2,105,800\t310,400\t14.7\n"
          "기본경비\t58,900\t26,100\t44.3\n\n")
TEXT_LAYOUTS = ["tab", "pipe-tables", "space-aligned", "space-aligned-without-markdown", "grid-tables"]


def budget_tables(r) -> list[tuple[int, str, int, int]]:
    return [(b.table_no, b.name, b.budget_krw // 1_000, b.executed_krw // 1_000) for b in r.budget]


DEPARTMENT_LINES = [(1, "계", 10_784_900, 2_950_200), (1, "일자리 창출", 5_410_200, 2_012_500),
                    (1, "소상공인 지원", 3_210_000, 601_200), (1, "전통시장 활성화", 2_105_800, 310_400),
                    (1, "기본경비", 58_900, 26_100)]


@pytest.mark.parametrize("layout", [*TEXT_LAYOUTS, "pdf grid", "pdf horizontal"])
@pytest.mark.parametrize("caption", ["□ 공공일자리 사업 현황", "○ 공공일자리 사업 추진 현황", "3-1. 일자리사업 실적"])
def test_a_programme_table_above_the_budget_section_is_a_grid_not_the_department_budget(caption, layout, tmp_path):
    """Before: the programme table was the department's budget table 1 (`budget_totals`: 45.2% of 4,210,500천원),
    the 예산현황 table 2, so the department (27.4%) was missing from "which spent under 30%"."""
    r = read_laid_out(COVER + PART + JOBS.format(caption=caption) + BUDGET, layout, tmp_path)
    assert budget_tables(r) == DEPARTMENT_LINES
    assert [(t.caption, t.rows[1]) for t in r.tables] == [
        (caption[2:] if caption[0] in "□○" else caption, ["계", "842", "4,210,500", "1,902,300"])]
    assert [f.rule for f in run_checks(r)] == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_a_programme_table_is_the_budget_where_no_heading_names_the_budget(layout, tmp_path):
    """No `예산현황` elsewhere: nothing shows the table is not the department's budget, which it is read as still."""
    r = read_laid_out(COVER + PART + JOBS.format(caption="□ 공공일자리 사업 현황"), layout, tmp_path)
    assert budget_tables(r)[0] == (1, "계", 4_210_500, 1_902_300)


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("caption", ["□ 일반회계", "□ 세출 예산 현황", "□ 단위사업별 집행 현황"])
def test_budget_tables_captioned_by_their_account_stay_the_budget(caption, layout, tmp_path):
    """Under the `4 예산현황` title, or naming the budget themselves: the department's budget tables 1 and 2."""
    text = (COVER + PART + BUDGET.replace("\n\n(단위", f"\n\n{caption}\n\n(단위")
            + "□ 기타 특별회계\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\n계\t100\t50\n주차장 관리\t100\t50\n\n")
    r = read_laid_out(text, layout, tmp_path)
    assert budget_tables(r) == [*DEPARTMENT_LINES, (2, "계", 100, 50), (2, "주차장 관리", 100, 50)]


WASTE = ("## 3 주요시설 및 장비\n\n□ 생활폐기물 발생 및 처리 현황\n\n(단위: {unit})\n\n"
         "구 분\t발생량\t매 립\t소 각\t재활용\n계\t612.4\t48.2\t301.5\t262.7\n종량제\t318.6\t40.1\t278.5\t-\n"
         "음식물\t152.3\t-\t-\t152.3\n재활용품\t141.5\t8.1\t23.0\t110.4\n\n")


@pytest.mark.parametrize("layout", [*TEXT_LAYOUTS, "pdf grid"])
@pytest.mark.parametrize("caption", ["가. 세부사업별 현황", "○ 부서 사업별 현황", "(1) 주요사업 내역"])
def test_a_table_under_the_budget_title_is_the_budget_whatever_its_caption(caption, layout, tmp_path):
    """Under `4 예산현황` (up to the next numbered title), a caption naming no budget still heads the budget."""
    text = COVER + PART + JOBS.format(caption="□ 공공일자리 사업 현황") + BUDGET.replace(
        "\n\n(단위", f"\n\n{caption}\n\n(단위", 1)
    assert budget_tables(read_laid_out(text, layout, tmp_path)) == DEPARTMENT_LINES


@pytest.mark.parametrize("layout", [*TEXT_LAYOUTS, "pdf grid"])
@pytest.mark.parametrize("unit, read_as", [("톤/일", "톤/일"), ("톤 / 일", "톤/일"), ("ton/일", "ton/일"),
                                           ("명/일", "명/일"), ("건/월", "건/월"), ("가구 / 천원", "가구, 천원"),
                                           ("명/천원", "명, 천원"), ("명/일, 천원", "명/일, 천원")])
def test_a_unit_per_day_or_month_is_one_unit(unit, read_as, layout, tmp_path):
    """A 청소행정과's daily waste, `(단위: 톤/일)`. Before: two units, `톤, 일`, as `가구 / 천원` is."""
    r = read_laid_out(COVER + PART + WASTE.format(unit=unit), layout, tmp_path)
    assert [(t.caption, t.unit) for t in r.tables] == [("생활폐기물 발생 및 처리 현황", read_as)]


@pytest.mark.parametrize("layout", ["tab", "space-aligned-without-markdown", "pdf grid"])
@pytest.mark.parametrize("line, department", [
    ("건강증진과(보건소)", "건강증진과"), ("건 강 증 진 과 ( 보 건 소 )", "건강증진과"),
    ("총무과 (행정지원국)", "총무과"), ("보건소 / 건강증진과", "건강증진과"), ("행정지원국 / 총무과", "총무과"),
    ("보 건 소 / 건 강 증 진 과", "건강증진과"),
    # as before
    ("보건소(건강증진과)", "건강증진과"), ("보건소 건강증진과", "건강증진과"), ("보건소", "보건소"),
    ("(총무과)", "총무과")])
def test_a_higher_unit_in_brackets_after_the_department_or_before_it_past_a_slash(line, department, layout, tmp_path):
    """A 보건소's department names its 보건소 after it in brackets, or before it past a slash. Before:
    `건강증진과(보건소)` was the department `건강증진과보건소`, and `보건소 / 건강증진과` none (`cover.missing`)."""
    text = COVER.replace("일 자 리 경 제 과", line) + PART + BUDGET
    assert read_laid_out(text, layout, tmp_path).document.department == department


TWO_LEVELS_HEADER = "단위사업\t세부사업\t예산액\t집행액\t집행률(%)\n"
TWO_LEVELS_BODY = ("계\t\t4,700,200\t754,400\t16.1\n도시계획 수립\t소 계\t2,192,000\t457,700\t20.9\n"
                   "\t도시관리계획 재정비\t1,250,000\t312,500\t25.0\n\t지구단위계획 수립\t880,000\t120,400\t13.7\n"
                   "\t도시계획위원회 운영\t62,000\t24,800\t40.0\n도시정비\t소 계\t2,508,200\t296,700\t11.8\n"
                   "\t정비구역 지정 용역\t1,540,000\t0\t0.0\n\t모아타운 관리계획\t968,200\t296,700\t30.6\n")
TWO_LEVELS_LINES = [(1, "계", None, 4_700_200), (1, "도시계획 수립", None, 2_192_000),
                    (1, "도시관리계획 재정비", "도시계획 수립", 1_250_000),
                    (1, "지구단위계획 수립", "도시계획 수립", 880_000),
                    (1, "도시계획위원회 운영", "도시계획 수립", 62_000), (1, "도시정비", None, 2_508_200),
                    (1, "정비구역 지정 용역", "도시정비", 1_540_000), (1, "모아타운 관리계획", "도시정비", 968_200)]


def _two_levels_over_a_page_break(rows_before: int) -> str:
    """pdftotext -layout's text of the budget broken over a page after `rows_before` rows, its header printed
    again atop the next page at the same columns (one table, laid out once)."""
    lines = space_aligned(TWO_LEVELS_HEADER + TWO_LEVELS_BODY).split("\n")
    return (COVER + PART + "## 4 예산현황\n\n(단위: 천원)\n\n" + "\n".join(lines[:1 + rows_before])
            + "\n\n" + " " * 40 + "- 1 -\n\f" + lines[0] + "\n" + "\n".join(lines[1 + rows_before:]) + "\n")


@pytest.mark.parametrize("rows_before", [1, 2, 4])
def test_a_two_level_budget_broken_after_its_total_goes_on_over_the_page(rows_before, tmp_path):
    """Atop the page, only the `계` row below the header: its blank 세부사업 column ran into 예산액
    (`세부사업 예산액`), so the part on the next page was a second table of no unit. Before: its lines in won
    (`도시계획 수립` 2,192,000원, table 2); now one table, in 천원."""
    r = read_laid_out(_two_levels_over_a_page_break(rows_before), "tab", tmp_path)
    assert [(b.table_no, b.name, b.parent, b.budget_krw // 1_000) for b in r.budget] == TWO_LEVELS_LINES
    assert [f.rule for f in run_checks(r)] == []


@pytest.mark.parametrize("ruling", ["horizontal", "none"])
def test_a_two_level_budget_broken_after_its_total_in_a_pdf_without_vertical_rules(ruling, tmp_path):
    """The same in a PDF ruled with horizontal lines alone, or none, the table broken by the page's end."""
    filler = "".join(f"- 참고 사항 {k}\n\n" for k in range(24))  # the table at the foot of the first page
    text = COVER + PART + filler + "## 4 예산현황\n\n(단위: 천원)\n\n" + TWO_LEVELS_HEADER + TWO_LEVELS_BODY
    r = read_laid_out(text, f"pdf {ruling}", tmp_path)
    assert [(b.table_no, b.name, b.parent, b.budget_krw // 1_000) for b in r.budget] == TWO_LEVELS_LINES


REVENUE_THEN_EXPENDITURE = ("## 3 예산현황\n\n가. 세입\n\n(단위: 천원)\n\n구 분\t예산액\t징수액\t징수율(%)\n"
                            "계\t5,120,400\t2,412,300\t47.1\n재산임대수입\t3,210,000\t1,605,000\t50.0\n"
                            "사용료수입\t1,910,400\t807,300\t42.3\n{caption}\n(단위: 천원)\n\n"
                            + BUDGET.split("\n\n", 2)[2])
REVENUE_ROWS = [["구 분", "예산액", "징수액", "징수율(%)"], ["계", "5,120,400", "2,412,300", "47.1"],
                ["재산임대수입", "3,210,000", "1,605,000", "50.0"], ["사용료수입", "1,910,400", "807,300", "42.3"]]


def _centred(text: str) -> str:
    """pdftotext -layout's text of a page whose tables stand centred, far right of the text's margin."""
    return "\n".join(" " * 30 + line if line.startswith("  ") else line
                     for line in LAYOUTS["space-aligned-without-markdown"](text).split("\n"))


@pytest.mark.parametrize("layout", ["space-aligned-without-markdown", "centred", "pdf horizontal", "pdf none"])
@pytest.mark.parametrize("caption", ["나. 세출", "2) 세출", "(2) 세출", "나) 세출"])
def test_a_numbered_caption_right_below_a_table_at_the_margin_is_the_next_tables(caption, layout, tmp_path):
    """`나. 세출` printed right below the 세입 table (no blank line, as pdftotext prints a PDF's close lines), left of
    its columns. Before: read into the table as a label centred on its rows (`나. 세출 | 계 | 5,120,400 …`)."""
    text = COVER + PART + REVENUE_THEN_EXPENDITURE.format(caption=caption)
    if layout == "centred":
        (tmp_path / "t.txt").write_text(_centred(text), encoding="utf-8")
        r = extract_file(tmp_path / "t.txt")
    else:
        r = read_laid_out(text, layout, tmp_path)
    assert [(t.caption, t.rows) for t in r.tables] == [("세입", REVENUE_ROWS)]
    assert budget_tables(r) == DEPARTMENT_LINES
