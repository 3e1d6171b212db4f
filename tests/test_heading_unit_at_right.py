"""`pdftotext -layout` prints a heading and the unit (or date) set at the right of its line as one line: `3.
예산현황          (단위 : 백만원)`. Before, a heading numbered `3.`, `가.` or `Ⅲ.` (or unnumbered) so printed was read
as the first row of the table below it (or the last of the table above): the budget became a generic grid, its
amounts lost, and a staffing table's classes were named by the bracket (`(2023.10.31.기준,단위:명)`). Written from a
made-up 푸른구 주택과 report laid out as `pdftotext -layout` prints HWP."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제291회 푸른구의회 제2차 정례회\n\n2023. 11. 21. ~ 12. 15.\n\n2023년 주요업무 보고\n\n주 택 과\n\n"

BUDGET = """\
         단 위 사 업 명               예 산 액        집 행 액        집행률(%)
               계                      18,420           9,844             53.4
     주거환경 개선                      10,215           6,120             59.9
     공동주택 관리 지원                  6,805           3,264             48.0
     주택행정 운영                       1,400             460             32.9
"""

STAFFING = """\
     구    분      계      행정      건축      토목      전산     공무직
     정    원      24       10        9         3         1         1
     현    원      23       11        7         3         1         1
     과 부 족      △1       1        △2         -         -         -
"""


def _report(text: str):
    return extract_report(read_text("t.txt", (COVER + "Ⅰ. 일반현황\n\n" + text).encode()))


@pytest.mark.parametrize("heading", ["3. 예산현황", "3.  예 산 현 황", "가. 예산현황", "Ⅲ. 예산현황", "예산 현황",
                                     "□ 예산현황", "4  예산현황"])
@pytest.mark.parametrize("bracket", ["(단위 : 백만원)", "(단위: 백만원, 10. 31. 기준)", "[단위: 백만원]"])
def test_a_heading_with_its_unit_at_the_right_is_no_row_of_the_budget(heading, bracket):
    report = _report(f" {heading}{' ' * 40}{bracket}\n\n{BUDGET}")
    assert [(line.name, line.budget_krw, line.unit) for line in report.budget] == [
        ("계", 18_420_000_000, "백만원"), ("주거환경 개선", 10_215_000_000, "백만원"),
        ("공동주택 관리 지원", 6_805_000_000, "백만원"), ("주택행정 운영", 1_400_000_000, "백만원")]
    assert report.tables == []


def test_a_spread_heading_with_its_date_and_unit_at_the_right_heads_the_staffing_below_it():
    """`2. 인      력` beside `(2023. 10. 31. 기준, 단위 : 명)`: the classes named by their labels, the date read; the
    budget's heading after the staffing table, unit at its right, neither the staffing's last row nor the budget's."""
    report = _report(" 2. 인      력" + " " * 40 + "(2023. 10. 31. 기준, 단위 : 명)\n\n" + STAFFING
                     + "\n 3. 예산현황" + " " * 50 + "(단위 : 백만원)\n\n" + BUDGET)
    quota = [(c.job_class, c.headcount) for c in report.staffing if c.status == "정원"]
    assert quota == [("계", 24), ("행정", 10), ("건축", 9), ("토목", 3), ("전산", 1), ("공무직", 1)]
    assert {str(c.as_of) for c in report.staffing} == {"2023-10-31"}
    assert report.budget[0].budget_krw == 18_420_000_000
    assert report.tables == []


def test_a_row_ending_in_a_bracketed_figure_is_still_a_row():
    """A row whose last cell is bracketed words with a figure but no unit or date (`(3월 개최)`) stays a row."""
    report = _report("3. 위원회 현황\n\n     위원회명          위원수      개최실적\n"
                     "     교통안전위원회      15          2회 (3월, 5월)\n"
                     "     주차심의위원회      11          (4월 개최)\n")
    assert [row[0] for row in report.tables[0].rows] == ["위원회명", "교통안전위원회", "주차심의위원회"]
