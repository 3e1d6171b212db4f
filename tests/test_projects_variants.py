"""Projects as converters print them beyond the common layouts: parts printed as bullets (`○ 사업개요`) in projects
whose titles only the table of contents prints, a team printed as a bullet under the title, a stated budget with a
letter-spaced label."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text


def report(text: str, name: str = "t.txt"):
    return extract_report(read_text(name, text.encode()))


def summary(r):
    """(seq, title, title_from, team, (part, item) of each item) of each project."""
    return [(p.seq, p.title, p.title_from, p.team, [(i.heading, i.text) for i in p.items]) for p in r.projects]


# --- parts printed as bullets, titles in the table of contents only --------------------------------------------

# the part's own contents and two projects whose parts are bullets, as each converter prints them: hwp5txt (a line
# a paragraph, no blank lines, `ㅇ` parts and `-` items), pandoc's markdown (the parts paragraphs, the items a list)
# and `pdftotext -layout` (indented, a page number and a form feed between the projects)
BULLET_PARTS = {
    "hwp5txt": ("t.txt",
                "2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n"
                "연번\t사 업 명\t쪽\n①\t청사 시설물 안전관리\t3\n②\t직원 역량강화 교육 운영\t4\n"
                "ㅇ 사업개요\n  - 대상시설: 본관·보건소·별관 청사\n"
                "ㅇ 추진실적\n  - 승강기 정밀점검: 3월\nㅇ 추진실적: 3회 개최\n"
                "ㅇ 향후계획\n  - 외벽타일 보수: 6월\n"
                "ㅇ 사업개요\n  - 대상: 전 직원 1,200명\nㅇ 추진실적\n  - 신규직원 교육: 3월\n"),
    "pandoc markdown": ("t.md",
                        "2025년 주요업무 보고\n\n총무과\n\nⅡ\\. 주요업무 추진실적\n\n"
                        "| 연번 | 사 업 명 | 쪽 |\n|---|---|---|\n| ① | 청사 시설물 안전관리 | 3 |\n"
                        "| ② | 직원 역량강화 교육 운영 | 4 |\n\n"
                        "○ 사업개요\n\n-   대상시설: 본관·보건소·별관 청사\n\n"
                        "○ 추진실적\n\n-   승강기 정밀점검: 3월\n\n○ 추진실적: 3회 개최\n\n"
                        "○ 향후계획\n\n-   외벽타일 보수: 6월\n\n"
                        "○ 사업개요\n\n-   대상: 전 직원 1,200명\n\n○ 추진실적\n\n-   신규직원 교육: 3월\n"),
    "pdftotext -layout": ("t.txt",
                          "                         2025년 주요업무 보고\n\n                               총무과\n\n"
                          "\fⅡ. 주요업무 추진실적\n\n"
                          "    연번              사 업 명                     쪽\n"
                          "     ①        청사 시설물 안전관리                  3\n"
                          "     ②        직원 역량강화 교육 운영               4\n\n"
                          "  ○ 사업개요\n     - 대상시설: 본관·보건소·별관 청사\n"
                          "  ○ 추진실적\n     - 승강기 정밀점검: 3월\n  ○ 추진실적: 3회 개최\n"
                          "  ○ 향후계획\n     - 외벽타일 보수: 6월\n\n                                 - 3 -\n"
                          "\f  ○ 사업개요\n     - 대상: 전 직원 1,200명\n  ○ 추진실적\n     - 신규직원 교육: 3월\n"),
}
BULLET_PROJECTS = [
    (1, "청사 시설물 안전관리", "toc", None,
     [("사업개요", "대상시설: 본관·보건소·별관 청사"), ("추진실적", "승강기 정밀점검: 3월"),
      ("추진실적", "추진실적: 3회 개최"), ("향후계획", "외벽타일 보수: 6월")]),
    (2, "직원 역량강화 교육 운영", "toc", None,
     [("사업개요", "대상: 전 직원 1,200명"), ("추진실적", "신규직원 교육: 3월")])]


@pytest.mark.parametrize("layout", BULLET_PARTS)
def test_a_part_printed_again_as_a_bullet_opens_the_next_project_the_contents_lists(layout):
    # before, the first `ㅇ 사업개요` was an item of a project without parts and the second project's parts went on
    # the first: one project, and as the contents listed two, no title. `ㅇ 추진실적: 3회 개최` is an item, not a part
    name, text = BULLET_PARTS[layout]
    r = report(text, name)
    assert summary(r) == BULLET_PROJECTS
    assert [p.purpose for p in r.projects] == [None, None]


def test_purposes_written_as_noun_phrases_above_bullet_parts_part_the_projects():
    """A paragraph right above a part the project before has had (`ㅇ 사업개요` again) is the next project's
    purpose, however it ends (`…조성`, `…도모`), as it is above a `□ 사업개요`."""
    r = report("2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n"
               "연번\t사 업 명\t쪽\n①\t청사 시설물 안전관리\t3\n②\t직원 역량강화 교육 운영\t4\n"
               "청사를 안전하게 관리하여 쾌적한 근무환경 조성\nㅇ 사업개요\n  - 대상: 본관\n"
               "ㅇ 추진실적\n  - 승강기 점검: 3월\n"
               "직원 역량 강화를 통한 행정 서비스의 질 향상 도모\nㅇ 사업개요\n  - 대상: 전 직원\n"
               "ㅇ 추진실적\n  - 신규직원 교육: 3월\n")
    assert [(p.title, p.purpose, [i.text for i in p.items]) for p in r.projects] == [
        ("청사 시설물 안전관리", "청사를 안전하게 관리하여 쾌적한 근무환경 조성", ["대상: 본관", "승강기 점검: 3월"]),
        ("직원 역량강화 교육 운영", "직원 역량 강화를 통한 행정 서비스의 질 향상 도모",
         ["대상: 전 직원", "신규직원 교육: 3월"])]


def test_bullet_parts_printed_again_without_contents_or_under_a_title_stay_the_projects():
    """Without a contents listing more projects, or in a project the body titles, a part printed again is the
    same project's (`- 향후계획` as a part's mark too)."""
    parts = "- 추진실적\n  · 본관 점검: 3월\n- 향후계획\n  · 외벽 보수: 6월\n- 추진실적\n  · 별관 점검: 4월\n"
    untitled = report("2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n" + parts)
    titled = report("2025년 주요업무 보고\n총무과\n목 차\nⅡ. 주요업무 추진실적 ···· 3\n① 청사 관리 ···· 3\n"
                    "② 인사 운영 ···· 4\nⅡ. 주요업무 추진실적\n① 청사 관리 (청사관리팀)\n" + parts)
    items = [("추진실적", "본관 점검: 3월"), ("향후계획", "외벽 보수: 6월"), ("추진실적", "별관 점검: 4월")]
    assert summary(untitled) == [(1, None, None, None, items)]
    assert summary(titled) == [(1, "청사 관리", "body", "청사관리팀", items)]
