"""HWP sets a report's paragraphs at the leading of their lines, no more space between two: a line that ends
short of the right edge, by more than the next line's first word would take, ends its paragraph."""

import pytest

from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.layouts import make_pdfs

FIRST = ("청사 시설물을 안전하고 쾌적하게 유지·관리하고 공간을 효율적으로 조성하여 더 좋은 행정서비스와 직원 업무 "
         "환경을 제공하고자 함")
SECOND = ("예측 가능하고 공정한 인사행정으로 신뢰감 있는 조직문화를 조성하고, 일과 가정의 균형있는 삶을 유지할 수 있는 "
          "각종 정책을 추진하고자 함")
REPORT = """Ⅱ. 주요업무 추진실적

연번\t사 업 명\t쪽
①\t청사 환경 개선 .....\t5
②\t공정하고 투명한 인사 운영 .....\t6

{first}

□ 주요 추진실적

○ 별관 대강당 영상시설 조달구매: 4월 / 95,700천원

□ 예산현황

(단위: 천원)

예산액\t집행액\t집행률(%)
2,698,307(구비)\t1,862,509(구비)\t69

{note}

{second}

□ 주요 추진실적

○ 인사상담 정례화: 매월 격주 목요일
"""


@pytest.mark.parametrize("note", ["※ 예산액에는 이월액 120,000천원 포함", "※ 구비 100%"])
def test_the_purpose_below_a_projects_last_note_is_the_next_projects(note, tmp_path):
    """Before, the next project's purpose went on the note above it (`예산액에는 이월액 120,000천원 포함 예측
    가능하고 …`), an item of the first project: the second had no purpose."""
    source = tmp_path / "report.txt"
    source.write_text(REPORT.format(first=FIRST, note=note, second=SECOND), encoding="utf-8")
    target = tmp_path / "report.pdf"
    make_pdfs().render(source, target)
    pdf = extract_file(target)
    assert [project.purpose for project in pdf.projects] == [FIRST, SECOND]
    assert records_data(pdf, with_sources=False) == records_data(extract_file(source), with_sources=False)
