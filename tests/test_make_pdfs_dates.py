"""scripts/make_pdfs.py draws a table's date printed without a unit (`(2025. 5. 31. 기준)` over a 동's staffing) above
it, as the text prints it, so a PDF drawn from a report and its `pdftotext -layout` text read as the report does."""

import pytest

from tests.layouts import read_laid_out

# b-dong (hunt2): a 동's report, its staffing dated without a unit
DONG = ("제301회 한솔구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n새 솔 1 동 주 민 센 터\n\n"
        "Ⅰ. 일반현황\n\n1 조 직 : 2팀 (행정민원팀, 맞춤형복지팀)\n\n2 인 력\n\n(2025. 5. 31. 기준)\n\n"
        "구 분\t계\t일 반 직\t\t\t\t\t공무직\t청원경찰\n\t\t소계\t5급\t6급\t7급\t8급\t\t\n"
        "정 원\t14\t11\t1\t3\t4\t3\t2\t1\n현 원\t13\t10\t1\t3\t4\t2\t2\t1\n"
        "과부족\t△1\t△1\t-\t-\t-\t△1\t-\t-\n\n3 관할 현황\n")


@pytest.mark.parametrize("layout", ["tab", "pdf grid", "pdf none"])
def test_a_staffing_table_dated_without_a_unit_is_dated_in_the_pdf_too(layout, tmp_path):
    """Before: the PDF printed no date (only a unit's bracket was drawn), so its staffing had no as_of."""
    r = read_laid_out(DONG, layout, tmp_path)
    assert {str(s.as_of) for s in r.staffing} == {"2025-05-31"}
    assert len(r.staffing) == 24
