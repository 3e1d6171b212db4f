"""A section's plain and marked titles, and the one-count search of a staffing table, as before their early returns:
a section printing no line that reads as a title alone, or no heading of a title's box mark, has none; one that
does, has them as it always did; a staffing table of one finding keeps it."""

from checks import staffing
from extractors.projects import _marked_titles, _plain_titles
from pipeline.document import Bullet, Heading, Paragraph
from schemas import Source, StaffingCount

_PARTS = [Heading("사업개요", 0, "□"), Bullet("기 간 : 2025. 1. ~ 12.", 1, "ㅇ"), Heading("추진실적", 0, "□"),
          Bullet("주민 설명회 개최 : 3월", 1, "ㅇ")]


def test_a_section_of_numbered_titles_has_no_plain_nor_marked_title() -> None:
    blocks = [Heading("1. 어린이집 운영 지원", 2), *_PARTS, Heading("2. 경로당 냉난방비 지원", 2), *_PARTS]
    assert _plain_titles(blocks) == {}
    assert _marked_titles(blocks) == []


def test_a_plain_title_over_its_team_is_still_found() -> None:
    first, second = Paragraph("어린이집 운영 지원 (보육정책팀)"), Paragraph("경로당 냉난방비 지원 (노인복지팀)")
    blocks = [first, *_PARTS, second, *_PARTS]
    assert _plain_titles(blocks) == {id(first): False, id(second): False}


def test_marked_titles_over_box_parts_are_still_found() -> None:
    first, second = Heading("청사 환경 개선", 0, "■"), Heading("직원 후생 복지", 0, "■")
    assert _marked_titles([first, *_PARTS, second, *_PARTS]) == [id(first), id(second)]


def _count(status: str, grade: str, headcount: int, line: int) -> StaffingCount:
    return StaffingCount(table_no=1, status=status, job_class="계", grade=grade, headcount=headcount,
                         source=Source(line=line))


def test_a_staffing_table_of_one_wrong_sum_keeps_its_one_finding() -> None:
    cells = [_count("정원", "계", 31, 3), _count("정원", "5급", 1, 3), _count("정원", "6급", 29, 3)]
    findings = staffing._one_cell(cells, "인력")
    assert [(f.rule, f.row, f.expected, f.actual) for f in findings] == [("sum.staffing", "정원", "30", "31")]
