"""`■` project titles read where their siblings agree: each over `□` parts of its own, one part's name recurring
under every one, though a later one starts with a part the project above did not print (`□ 추진배경`), names a part
itself (`■ 폭염 대비 대책`), or a part-wide `□ 추진개요` stands before the first."""

import pytest

from pipeline.extract import extract_file
from tests.layouts import make_pdfs
from tests.test_structure_gaps_variants import COVER, GROUPED_ITEMS, GROUPS, LAYOUTS, projects_of, report

SECTION = "Ⅱ 주요업무 추진실적"
FIRST = "■ 청사 환경 개선\n\n□ 사업개요\n ○ 기 간 : 2025. 1. ~ 12.\n\n□ 추진실적\n ○ 승강기 교체 : 3월 ~ 5월\n\n"
FIRST_ITEMS = [("사업개요", "기 간 : 2025. 1. ~ 12.", 1, 2025), ("추진실적", "승강기 교체 : 3월 ~ 5월", 3, 2025)]
SECOND = "{title}\n\n□ {part}\n ○ 직원 사기 진작\n\n□ 사업개요\n ○ 기 간 : 연중\n\n□ 추진실적\n ○ 건강검진 실시 : 4월\n"


def second_items(part: str) -> list[tuple]:
    return [(part, "직원 사기 진작", None, None), ("사업개요", "기 간 : 연중", 1, 2025),
            ("추진실적", "건강검진 실시 : 4월", 4, 2025)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("part", ["추진배경", "추진근거", "현황 및 문제점", "추진방향"])
def test_a_marked_title_over_a_part_the_project_above_did_not_print(part, layout):
    # before, `■ 직원 후생 복지` was an item of 청사 환경 개선's 추진실적, and its parts that project's too
    r = report(LAYOUTS[layout](COVER + FIRST + SECOND.format(title="■ 직원 후생 복지", part=part)))
    assert projects_of(r) == [(SECTION, 1, "청사 환경 개선", None, "body", FIRST_ITEMS),
                              (SECTION, 2, "직원 후생 복지", None, "body", second_items(part))]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("title", ["폭염 대비 대책", "재난 안전 대책", "민원 처리 개선 방안", "청사 이전 추진 경과"])
def test_a_marked_title_naming_a_part_itself(title, layout):
    # before, `■ 폭염 대비 대책` was read as a part of 청사 환경 개선 (and lost: no item holds it), its parts that
    # project's too
    r = report(LAYOUTS[layout](COVER + FIRST + SECOND.format(title=f"■ {title}", part="추진배경")))
    assert projects_of(r) == [(SECTION, 1, "청사 환경 개선", None, "body", FIRST_ITEMS),
                              (SECTION, 2, title, None, "body", second_items("추진배경"))]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_marked_heading_ending_as_a_part_among_siblings_that_do_not_agree_stays_what_it_was(layout):
    """`■ 폭염 대비 대책` over one `□` part, as the title above is: no siblings agree, so it is read as before (a part
    of the project above)."""
    text = COVER + ("■ 청사 환경 개선\n\n□ 추진실적\n ○ 승강기 교체 : 3월\n\n"
                    "■ 폭염 대비 대책\n\n□ 추진실적\n ○ 무더위 쉼터 운영 : 7월\n")
    assert projects_of(report(LAYOUTS[layout](text))) == [(SECTION, 1, "청사 환경 개선", None, "body", [
        ("추진실적", "승강기 교체 : 3월", 3, 2025), ("추진실적", "무더위 쉼터 운영 : 7월", 7, 2025)])]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("overview", ["추진개요", "추진방향", "총괄 현황"])
def test_marked_titles_after_a_part_wide_part(overview, layout):
    """A part-wide `□ 추진개요` before the first `■` title, which no project prints again, stays its own untitled
    project; the `■` titles below it are the part's projects."""
    # before, the whole part was one untitled project, the titles its items under `추진개요` and `추진실적`
    part_wide = f"□ {overview}\n ○ 쾌적한 근무환경 조성\n\n"
    r = report(LAYOUTS[layout](COVER + part_wide + FIRST + SECOND.format(title="■ 직원 후생 복지", part="추진배경")))
    assert projects_of(r) == [(SECTION, 1, None, None, None, [(overview, "쾌적한 근무환경 조성", None, None)]),
                              (SECTION, 2, "청사 환경 개선", None, "body", FIRST_ITEMS),
                              (SECTION, 3, "직원 후생 복지", None, "body", second_items("추진배경"))]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("title", ["향후 추진방향", "주요 추진실적", "하반기 추진계획", "2026년 사업계획"])
def test_a_marked_heading_naming_any_projects_part_is_no_title(title, layout):
    """A `■` heading naming a part any project has (`■ 향후 추진방향`) is no title, though `□` parts stand below it."""
    text = COVER + FIRST + SECOND.format(title=f"■ {title}", part="추진배경")
    assert [(p.seq, p.title) for p in report(LAYOUTS[layout](text)).projects] == [(1, "청사 환경 개선")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_marked_groups_after_a_part_their_groups_print_again_stay_items(layout):
    """`■` groups each over two parts, below a `□ 추진실적` they print again, group one project's work: the part above
    them is the project's, not a part-wide one."""
    groups = ("□ 추진실적\n ○ 생활체육 프로그램 운영 : 연중\n\n"
              "■ 생활체육 교실 운영\n\n□ 추진실적\n ○ 요가 교실 : 3월 ~ 11월\n\n□ 향후계획\n ○ 필라테스 교실 : 9월\n\n"
              "■ 체육시설 개방\n\n□ 추진실적\n ○ 학교 운동장 개방 : 연중\n\n□ 향후계획\n ○ 야간 조명 설치 : 9월\n")
    (project,) = report(LAYOUTS[layout](COVER + groups)).projects
    assert (project.seq, project.title, [(i.heading, i.text) for i in project.items]) == (1, None, [
        ("추진실적", "생활체육 프로그램 운영 : 연중"), ("추진실적", "생활체육 교실 운영"),
        ("추진실적", "요가 교실 : 3월 ~ 11월"), ("향후계획", "필라테스 교실 : 9월"), ("향후계획", "체육시설 개방"),
        ("추진실적", "학교 운동장 개방 : 연중"), ("향후계획", "야간 조명 설치 : 9월")])


@pytest.mark.parametrize("layout", LAYOUTS)
def test_marked_groups_of_one_part_each_stay_items(layout):
    """`■` groups over one `□` part each (`GROUPS`) after a part-wide-looking `□ 추진개요` do not agree as projects."""
    r = report(LAYOUTS[layout](COVER + "□ 추진개요\n ○ 구민 생활체육 활성화\n\n" + GROUPS))
    (project,) = projects_of(r)
    assert project[1:] == (1, None, None, None, [("추진개요", "구민 생활체육 활성화", None, None),
                                                 ("추진개요", "생활체육 교실 운영", None, None), *GROUPED_ITEMS])


def test_the_three_read_so_in_a_pdf(tmp_path):
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(COVER + "□ 추진개요\n ○ 쾌적한 근무환경 조성\n\n" + FIRST
                      + SECOND.format(title="■ 폭염 대비 대책", part="추진배경") + "\n"
                      + SECOND.format(title="■ 직원 후생 복지", part="추진근거"), encoding="utf-8")
    make_pdfs().render(source, target)
    assert projects_of(extract_file(str(target))) == [
        (SECTION, 1, None, None, None, [("추진개요", "쾌적한 근무환경 조성", None, None)]),
        (SECTION, 2, "청사 환경 개선", None, "body", FIRST_ITEMS),
        (SECTION, 3, "폭염 대비 대책", None, "body", second_items("추진배경")),
        (SECTION, 4, "직원 후생 복지", None, "body", second_items("추진근거"))]
