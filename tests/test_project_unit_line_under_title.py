"""The 단위사업 a project names on a line of its own right under its title, bracketed or not (`(단위사업 : 일자리 창출
및 취업 역량 강화 지원)`, as `pdftotext -layout` prints the bracket after a long title on the next line): the
project's `unit_name`, not its purpose. Before, the line was the purpose (or its start) and the project named no
단위사업. Written from a made-up 푸른구 일자리경제과 report."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제305회 푸른구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n일자리경제과\n\n"

LAYOUT = """\
 Ⅱ. 주요업무 추진실적

 1   청년 일자리 지원                                                  일자리정책팀
     {unit}
{purpose}
 □ 추진실적
   ○ 청년 구직활동비 지원 : 1월~5월 / 420명, 504,000천원
"""

MARKDOWN = """\
# Ⅱ. 주요업무 추진실적

### 1. 청년 일자리 지원 (일자리정책팀)

{unit}
{purpose}
## □ 추진실적

- 청년 구직활동비 지원 : 1월~5월 / 420명, 504,000천원
"""

PURPOSE = "\n청년의 구직 활동을 지원하여 취업 역량을 높이고자 함\n\n"
UNIT = "일자리 창출 및 취업 역량 강화 지원"


@pytest.mark.parametrize("unit", [f"(단위사업 : {UNIT})", f"（단위사업: {UNIT}）", f"단위사업 : {UNIT}",
                                  f"(단위사업명: {UNIT})"])
@pytest.mark.parametrize("shape", [LAYOUT, MARKDOWN])
@pytest.mark.parametrize("purpose", [PURPOSE, "\n"])
def test_a_unit_line_under_a_title_names_the_projects_unit(shape, unit, purpose):
    report = extract_report(read_text("t.txt", (COVER + shape.format(unit=unit, purpose=purpose)).encode()))
    (project,) = report.projects
    assert project.title == "청년 일자리 지원"
    assert project.unit_name == UNIT
    assert project.purpose == (purpose.strip() or None)
    assert [item.amount_krw for item in project.items] == [504_000_000]
