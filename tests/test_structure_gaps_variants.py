"""How a projects part is structured where reports print its marks otherwise: a part's roman numeral followed by a
hyphen or bracket (`Ⅲ- 2026년 주요업무 계획`, `Ⅱ) 주요업무`); a note marked by a star other than `*` (`＊ 2025. 5. 31.
기준`); project titles marked `■` over `□` parts."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Bullet
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.values import normalize_chars
from tests.layouts import make_pdfs

COVER = "2025년 주요업무 보고\n\n총 무 과\n\nⅡ. 주요업무 추진실적\n\n"
DONE = "1. 청사 시설 관리 (청사관리팀)\n\n□ 추진실적\n ○ 승강기 교체 : 3월 ~ 5월\n\n"
PLANNED = "1. 청사 환경 개선 (청사관리팀)\n\n□ 추진계획\n ○ 냉난방기 교체 : 9월\n"


def report(text: str, name: str = "t.txt"):
    return extract_report(read_text(name, text.encode()))


def projects_of(r) -> list[tuple]:
    """(part, seq, title, team, title_from, (part of the project, item, start month, year) of each item)."""
    return [(p.section, p.seq, p.title, p.team, p.title_from,
             [(i.heading, i.text, i.start_month, i.year) for i in p.items]) for p in r.projects]


# --- a part's roman numeral followed by a hyphen or bracket ---------------------------------------------------------

@pytest.mark.parametrize("heading", [
    "Ⅲ. 2026년 주요업무 계획", "Ⅲ- 2026년 주요업무 계획", "Ⅲ - 2026년 주요업무 계획", "Ⅲ-2026년 주요업무 계획",
    "Ⅲ – 2026년 주요업무 계획", "Ⅲ — 2026년 주요업무 계획", "Ⅲ－2026년 주요업무 계획", "Ⅲ) 2026년 주요업무 계획",
    "Ⅲ ) 2026년 주요업무 계획", "Ⅲ: 2026년 주요업무 계획", "III. 2026년 주요업무 계획", "III - 2026년 주요업무 계획",
    "III) 2026년 주요업무 계획", "III-2026년 주요업무 계획", "## Ⅲ - 2026년 주요업무 계획",
    "**Ⅲ - 2026년 주요업무 계획**",
])
def test_a_roman_numeral_and_a_hyphen_or_bracket_head_a_part(heading):
    # before, `Ⅲ- 2026년 주요업무 계획` was no part: part Ⅲ's project ran into part Ⅱ's (its title an item, its
    # `9월` dated 2025), and with ASCII numerals the heading itself was an item too
    r = report(COVER + DONE + heading + "\n\n" + PLANNED)
    assert projects_of(r) == [
        ("Ⅱ 주요업무 추진실적", 1, "청사 시설 관리", "청사관리팀", "body",
         [("추진실적", "승강기 교체 : 3월 ~ 5월", 3, 2025)]),
        ("Ⅲ 2026년 주요업무 계획", 1, "청사 환경 개선", "청사관리팀", "body",
         [("추진계획", "냉난방기 교체 : 9월", 9, 2026)])]


@pytest.mark.parametrize(("heading", "label"), [
    ("Ⅱ) 주요업무", "Ⅱ 주요업무"), ("Ⅱ - 주요업무 추진실적", "Ⅱ 주요업무 추진실적"),
    ("Ⅱ- 주요업무 추진실적 및 향후계획", "Ⅱ 주요업무 추진실적 및 향후계획"),
    ("II) 주요사업 추진현황", "Ⅱ 주요사업 추진현황"),
])
def test_a_part_so_headed_is_the_projects_part(heading, label):
    r = report("2025년 주요업무 보고\n\n총 무 과\n\nⅠ - 일반현황\n\n○ 조직 : 3팀\n\n" + heading + "\n\n" + DONE)
    assert [(p.section, p.title) for p in r.projects] == [(label, "청사 시설 관리")]
    assert "조직 : 3팀" in r.general_text[0].text


@pytest.mark.parametrize("line", ["Ⅱ-1. 청사 관리", "Ⅱ-가. 주요업무 추진실적", "Ⅱ) 청사 관리", "Ⅱ - 승강기 교체 완료",
                                  "X-ray 검색대 운영", "V- 3월 점검"])
def test_a_numeral_and_hyphen_before_no_parts_name_heads_no_part(line):
    """A sub-part's number (`Ⅱ-1.`) or a line that names no part after the hyphen or bracket is no part heading."""
    r = report(COVER + "1. 청사 시설 관리 (청사관리팀)\n\n□ 추진실적\n\n" + line + "\n\n ○ 승강기 교체 : 3월 ~ 5월\n")
    assert [(p.section, p.title) for p in r.projects] == [("Ⅱ 주요업무 추진실적", "청사 시설 관리")]


def test_a_contents_entry_so_numbered_names_its_part():
    """The document's contents lists `Ⅲ - 2026년 주요업무 계획`'s projects under it: an untitled project there takes
    its title."""
    contents = ("Ⅱ - 주요업무 추진실적 ··········· 3\n 1. 청사 시설 관리 ··········· 3\n"
                "Ⅲ - 2026년 주요업무 계획 ··········· 5\n 1. 청사 환경 개선 ··········· 5\n\n")
    body = ("Ⅱ - 주요업무 추진실적\n\n청사 시설을 관리하고자 함\n\n□ 추진실적\n ○ 승강기 교체 : 3월 ~ 5월\n\n"
            "Ⅲ - 2026년 주요업무 계획\n\n청사 환경을 개선하고자 함\n\n□ 추진계획\n ○ 냉난방기 교체 : 9월\n")
    r = report("2025년 주요업무 보고\n\n총 무 과\n\n" + contents + body)
    assert [(p.section, p.title, p.title_from, [(i.text, i.year) for i in p.items]) for p in r.projects] == [
        ("Ⅱ 주요업무 추진실적", "청사 시설 관리", "toc", [("승강기 교체 : 3월 ~ 5월", 2025)]),
        ("Ⅲ 2026년 주요업무 계획", "청사 환경 개선", "toc", [("냉난방기 교체 : 9월", 2026)])]


# --- a note marked by a star other than `*` ---------------------------------------------------------------------------

STARRED = (COVER + "1. 청사 시설 관리 (청사관리팀)\n\n□ 추진실적\n ○ 승강기 교체 : 3월 ~ 5월\n   - 본관 2대 교체 완료\n"
           "   {star} 2025. 5. 31. 기준\n ○ 노후 시설 보수 : 4월 ~ 5월 / 58,000천원\n   {star} 국비 50% 포함\n\n"
           "□ 향후계획\n ○ 냉난방기 교체 : 9월\n")


def outline(items) -> list[tuple]:
    """(depth, text, start month, end month, amount) of items and their children, in order."""
    return [row for i in items
            for row in [(i.depth, i.text, i.start_month, i.end_month, i.amount_krw), *outline(i.children)]]


def _hwp5txt(text: str) -> str:
    """As hwp5txt prints it: a line a paragraph, no indentation, no blank lines."""
    return "\n".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"


@pytest.mark.parametrize("layout", [lambda text: text, _hwp5txt], ids=["indented", "hwp5txt"])
@pytest.mark.parametrize("star", ["＊", "﹡", "∗", "⁎", "✱", "※", "*"])
def test_a_line_a_star_starts_is_a_note_as_one_of_reference_marks_is(star, layout):
    # before, `＊ 2025. 5. 31. 기준` ran into the item above (`본관 2대 교체 완료 ＊ 2025. 5. 31. 기준`), and `＊ 국비
    # 50% 포함` into `노후 시설 보수 : 4월 ~ 5월 / 58,000천원 ＊ 국비 50% 포함`, whose amount was lost
    (project,) = report(layout(STARRED.format(star=star))).projects
    assert outline(project.items) == [
        (0, "승강기 교체 : 3월 ~ 5월", 3, 5, None), (1, "본관 2대 교체 완료", None, None, None),
        (2, "2025. 5. 31. 기준", None, None, None),  # a mark of another kind, nested as `※` is
        (0, "노후 시설 보수 : 4월 ~ 5월 / 58,000천원", 4, 5, 58_000_000), (1, "국비 50% 포함", None, None, None),
        (0, "냉난방기 교체 : 9월", 9, 9, None)]


@pytest.mark.parametrize("star", ["＊", "﹡", "∗", "⁎", "✱"])
def test_a_star_starting_a_line_is_read_as_the_asterisk_it_stands_for(star):
    """Only where it starts a line before a space: elsewhere a full-width `＊` stays as printed (a word's mark, or
    markdown's emphasis that its text does not mean)."""
    assert normalize_chars(f"{star} 국비 50% 포함\n  {star}\t국비\n국비{star} 포함\n{star}{star}강조") == (
        f"* 국비 50% 포함\n  *\t국비\n국비{normalize_chars(star)} 포함\n{star}{star}강조")
    blocks = read_text("t.txt", f"Ⅱ. 주요업무 추진실적\n\n{star} 국비 50% 포함\n".encode()).blocks
    assert [(type(b), b.marker, b.text) for b in blocks[1:]] == [(Bullet, "*", "국비 50% 포함")]


# --- project titles marked `■` over `□` parts ----------------------------------------------------------------------

MARKED = ("{m} 청사 환경 개선{team}\n\n{purpose}□ 사업개요\n ○ 기 간 : 2025. 1. ~ 12.\n"
          " ○ 내 용 : 청사 노후 시설 정비\n\n"
          "□ 추진실적\n ○ 승강기 교체 : 3월 ~ 5월\n   - 본관 2대 교체 완료\n\n□ 향후계획\n ○ 냉난방기 교체 : 9월\n\n"
          "{m} 직원 후생 복지{team2}\n\n□ 사업개요\n ○ 기 간 : 연중\n\n□ 추진실적\n ○ 건강검진 실시 : 4월\n")
FIRST_ITEMS = [("사업개요", "기 간 : 2025. 1. ~ 12.", 1, 2025), ("사업개요", "내 용 : 청사 노후 시설 정비", None, None),
               ("추진실적", "승강기 교체 : 3월 ~ 5월", 3, 2025), ("향후계획", "냉난방기 교체 : 9월", 9, 2025)]
SECOND_ITEMS = [("사업개요", "기 간 : 연중", 1, 2025), ("추진실적", "건강검진 실시 : 4월", 4, 2025)]


def _markdown(text: str) -> str:
    """As pandoc prints it: the box headings markdown's, the items at the margin."""
    return "\n".join(f"## {line}" if line[:1] in "■◼▣" else f"### {line}" if line[:1] == "□" else line.strip()
                      for line in text.split("\n")) + "\n"


LAYOUTS = {"indented": lambda text: text, "hwp5txt": _hwp5txt, "markdown": _markdown}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("mark", ["■", "◼", "▣"])
def test_a_box_heading_of_another_mark_over_box_parts_titles_its_project(mark, layout):
    # before, `■ 청사 환경 개선` was content before `□ 사업개요` (an item of no part), and `■ 직원 후생 복지` an
    # item of 향후계획: the two projects one, untitled
    r = report(LAYOUTS[layout](COVER + MARKED.format(m=mark, team="", team2="", purpose="")))
    assert projects_of(r) == [
        ("Ⅱ 주요업무 추진실적", 1, "청사 환경 개선", None, "body", FIRST_ITEMS),
        ("Ⅱ 주요업무 추진실적", 2, "직원 후생 복지", None, "body", SECOND_ITEMS)]
    assert [child.text for child in r.projects[0].items[2].children] == ["본관 2대 교체 완료"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_marked_title_takes_its_team_and_purpose(layout):
    # before, the title was an item of an empty first project, and each purpose started an untitled project
    text = MARKED.format(m="■", team=" (청사관리팀)", team2="\n\n(교육후생팀)",
                         purpose="노후 청사 시설을 정비하여 쾌적한 근무환경을 조성하고자 함\n\n")
    r = report(LAYOUTS[layout](COVER + text))
    assert projects_of(r) == [
        ("Ⅱ 주요업무 추진실적", 1, "청사 환경 개선", "청사관리팀", "body", FIRST_ITEMS),
        ("Ⅱ 주요업무 추진실적", 2, "직원 후생 복지", "교육후생팀", "body", SECOND_ITEMS)]
    assert r.projects[0].purpose == "노후 청사 시설을 정비하여 쾌적한 근무환경을 조성하고자 함"


def test_a_marked_title_in_a_part_dated_next_year():
    text = ("2025년 주요업무 보고\n\n총 무 과\n\nⅢ - 2026년 주요업무 계획\n\n■ 청사 환경 개선\n\n"
            "□ 추진계획\n ○ 냉난방기 교체 : 3월\n   ＊ 국비 50% 포함\n")
    r = report(text)
    assert projects_of(r) == [("Ⅲ 2026년 주요업무 계획", 1, "청사 환경 개선", None, "body",
                               [("추진계획", "냉난방기 교체 : 3월", 3, 2026)])]
    assert [c.text for c in r.projects[0].items[0].children] == ["국비 50% 포함"]


def test_box_marks_under_numbered_titles_stay_what_they_were():
    """Under a title numbered `①`, a `■` over `□` parts is no title: its project's titles are numbered."""
    text = COVER + ("① 공원 시설물 안전 관리 (공원관리팀)\n\n■ 놀이시설\n\n□ 추진실적\n  ○ 정기 점검: 2월~3월\n\n"
                    "■ 안내판\n\n□ 추진실적\n  ○ 안내판 교체: 3월~5월\n")
    assert [(p.seq, p.title) for p in report(text).projects] == [(1, "공원 시설물 안전 관리")]


def test_content_marked_so_before_a_part_the_project_has_not_had_stays_an_item():
    """A `■` line level with the `○` items (`■ 놀이시설 점검 (30개소): 2월~3월`) before the project's first `□ 향후계획`
    is content of the project, not the next title: a title is followed by a part the project above has had."""
    text = COVER + ("■ 공원 시설물 안전 관리\n\n□ 추진실적\n ○ 정기 점검: 1월\n\n"
                    "■ 놀이시설 점검 (30개소): 2월~3월\n\n□ 향후계획\n ○ 하반기 점검: 9월\n")
    assert projects_of(report(text)) == [
        ("Ⅱ 주요업무 추진실적", 1, "공원 시설물 안전 관리", None, "body",
         [("추진실적", "정기 점검: 1월", 1, 2025), ("추진실적", "놀이시설 점검 (30개소): 2월~3월", 2, 2025),
          ("향후계획", "하반기 점검: 9월", 9, 2025)])]


def test_box_items_under_a_marked_title_stay_items():
    """`■` lines right below a `□` part of a `■`-titled project (a box mark that is an item there) stay its items."""
    text = COVER + ("■ 공원 시설물 안전 관리\n\n□ 사업개요\n  ■ 대상: 공원 42개소\n  ■ 단위사업: 공원 관리\n\n"
                    "□ 추진실적\n  ■ 정기 점검: 2월~3월\n\n■ 가로수 관리\n\n□ 사업개요\n  ■ 대상: 가로수 1,200주\n")
    r = report(text)
    assert projects_of(r) == [
        ("Ⅱ 주요업무 추진실적", 1, "공원 시설물 안전 관리", None, "body",
         [("사업개요", "대상: 공원 42개소", None, None), ("사업개요", "단위사업: 공원 관리", None, None),
          ("추진실적", "정기 점검: 2월~3월", 2, 2025)]),
        ("Ⅱ 주요업무 추진실적", 2, "가로수 관리", None, "body", [("사업개요", "대상: 가로수 1,200주", None, None)])]
    assert r.projects[0].unit_name == "공원 관리"


# `■` headings grouping the work of one project inside its repeated `□` parts (as before `■` titles were read)
GROUPS = ("■ 생활체육 교실 운영\n\n□ 추진실적\n ○ 요가 교실 : 3월 ~ 11월\n\n"
          "■ 체육시설 개방\n\n□ 추진실적\n ○ 학교 운동장 개방 : 연중\n\n□ 추진실적\n ○ 야간 조명 설치 : 9월\n\n"
          "■ 구민 체육대회\n\n□ 사업개요\n ○ 일 시 : 10월\n")
GROUPED_ITEMS = [("추진실적", "요가 교실 : 3월 ~ 11월", 3, 2025), ("추진실적", "체육시설 개방", None, None),
                 ("추진실적", "학교 운동장 개방 : 연중", 1, 2025), ("추진실적", "야간 조명 설치 : 9월", 9, 2025),
                 ("추진실적", "구민 체육대회", None, None), ("사업개요", "일 시 : 10월", 10, 2025)]
GROUPED = {  # (the part's text before the groups, the project's title and team, its items before the groups)
    "overview above": ("□ 사업개요\n ○ 구민 생활체육 활성화\n\n", None, None,
                       [("사업개요", "구민 생활체육 활성화", None, None),
                        ("사업개요", "생활체육 교실 운영", None, None)]),
    "done above": ("□ 추진실적\n ○ 생활체육 프로그램 운영 : 연중\n\n", None, None,
                   [("추진실적", "생활체육 프로그램 운영 : 연중", 1, 2025),
                    ("추진실적", "생활체육 교실 운영", None, None)]),
    "numbered title": ("1. 생활체육 활성화 (체육진흥팀)\n\n□ 사업개요\n ○ 기 간 : 연중\n\n",
                       "생활체육 활성화", "체육진흥팀",
                       [("사업개요", "기 간 : 연중", 1, 2025), ("사업개요", "생활체육 교실 운영", None, None)]),
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("shape", GROUPED)
def test_marked_groups_below_a_part_of_the_project_stay_its_items(shape, layout):
    """`■` headings below a `□` part the project printed before the first of them (`□ 사업개요` over `■ 생활체육 교실
    운영` over `□ 추진실적`) group its work: the report's projects are not titled so, and the groups are its items."""
    # before, `■ 체육시설 개방` (over a `□ 추진실적` printed above) started a project 2, which took the items of
    # `■ 구민 체육대회` as well
    above, title, team, first_items = GROUPED[shape]
    r = report(LAYOUTS[layout](COVER + above + GROUPS))
    (project,) = projects_of(r)
    assert project[1:] == (1, title, team, "body" if title else None, first_items + GROUPED_ITEMS)


MARKDOWN_COVER = "# 2025년 주요업무 보고\n\n## 총 무 과\n\n# Ⅱ. 주요업무 추진실적\n\n"


def test_marked_groups_under_a_markdown_title_of_no_mark_stay_items():
    """`### ■` headings under a `##` title of no mark group its work: the report's projects are not titled `■`."""
    # before, each `■` started a project, and `## 도서관 운영 (도서관팀)` was an item of `■ 체육시설 개방`
    text = MARKDOWN_COVER + ("## 생활체육 활성화 (체육진흥팀)\n\n### ■ 생활체육 교실 운영\n\n#### □ 추진실적\n\n"
                             "- 요가 교실 : 3월 ~ 11월\n\n### ■ 체육시설 개방\n\n#### □ 추진실적\n\n"
                             "- 학교 운동장 개방 : 연중\n\n## 도서관 운영 (도서관팀)\n\n### ■ 독서 교실\n\n"
                             "#### □ 추진실적\n\n- 여름 독서 교실 : 7월\n")
    assert projects_of(report(text, "t.md")) == [("Ⅱ 주요업무 추진실적", 1, None, None, None, [
        ("", "생활체육 활성화 (체육진흥팀)", None, None), ("", "생활체육 교실 운영", None, None),
        ("추진실적", "요가 교실 : 3월 ~ 11월", 3, 2025), ("추진실적", "체육시설 개방", None, None),
        ("추진실적", "학교 운동장 개방 : 연중", 1, 2025), ("추진실적", "도서관 운영 (도서관팀)", None, None),
        ("추진실적", "독서 교실", None, None), ("추진실적", "여름 독서 교실 : 7월", 7, 2025)])]


def test_a_marked_group_below_a_part_of_a_marked_project_is_no_title():
    """A `####` `■` heading below a `### □ 추진실적` of a `## ■`-titled project groups its work, though a `□` part
    the project has had stands below it: it sits under that part, deeper than the project's titles."""
    # before, `#### ■ 체육시설 개방` started project 2 (its one item `학교 운동장 개방 : 연중`)
    text = MARKDOWN_COVER + ("## ■ 생활체육 활성화\n\n### □ 사업개요\n\n- 기 간 : 연중\n\n### □ 추진실적\n\n"
                             "- 요가 교실 : 3월 ~ 11월\n\n#### ■ 체육시설 개방\n\n##### □ 추진실적\n\n"
                             "- 학교 운동장 개방 : 연중\n\n## ■ 도서관 운영\n\n### □ 추진실적\n\n- 독서 교실 : 7월\n")
    assert projects_of(report(text, "t.md")) == [
        ("Ⅱ 주요업무 추진실적", 1, "생활체육 활성화", None, "body",
         [("사업개요", "기 간 : 연중", 1, 2025), ("추진실적", "요가 교실 : 3월 ~ 11월", 3, 2025),
          ("추진실적", "체육시설 개방", None, None), ("추진실적", "학교 운동장 개방 : 연중", 1, 2025)]),
        ("Ⅱ 주요업무 추진실적", 2, "도서관 운영", None, "body", [("추진실적", "독서 교실 : 7월", 7, 2025)])]


FLEET = "(단위: 대)\n\n구 분\t계\t승용\t승합\t화물\n대 수\t5\t2\t2\t1\n\n"


@pytest.mark.parametrize("star", ["＊", "﹡", "∗", "⁎", "✱"])
def test_a_star_right_before_its_note_is_its_mark_where_no_star_closes_it(star):
    # before, `＊국비 50% 포함` (no space after the star) ran into the item above, whose amount was lost
    text = ("2025년 주요업무 보고\n\n총 무 과\n\nⅡ. 주요업무 추진실적\n\n1. 청사 환경 개선 (청사관리팀)\n\n"
            f"□ 추진실적\n  ○ 냉난방기 교체 : 4월 / 58,000천원\n    {star}국비 50% 포함\n  ○ 화장실 보수 : 6월\n")
    (project,) = report(text).projects
    assert outline(project.items) == [(0, "냉난방기 교체 : 4월 / 58,000천원", 4, 4, 58_000_000),
                                       (1, "국비 50% 포함", None, None, None), (0, "화장실 보수 : 6월", 6, 6, None)]
    # a star another star closes is a word's mark: the line stays as printed
    emphasis = f"{star}강조{star} 문구\n{star}{star}굵게{star}{star}"
    assert normalize_chars(emphasis) == emphasis


@pytest.mark.parametrize("star", ["※", "*", "＊", "∗"])
@pytest.mark.parametrize("note", ["2025. 5. 31. 기준", "친환경차 2대 포함"])
def test_a_starred_note_between_a_heading_and_its_table_leaves_the_heading_its_caption(star, note):
    # before, a `*` (or `＊`) note captioned the table below (`친환경차 2대 포함`): it was read as no vehicles at all
    r = report(f"2025년 주요업무 보고\n\n총 무 과\n\nⅠ. 일반현황\n\n## 3. 공용차량 현황 (총 6대)\n\n{star} {note}\n\n"
               + FLEET + "Ⅱ. 주요업무 추진실적\n\n" + DONE)
    assert [(f.caption, [(c.category, c.kind, c.count) for c in f.counts]) for f in r.vehicles] == [
        ("3. 공용차량 현황 (총 6대)", [("계", "계", 5), ("공용차량현황", "승용", 2), ("공용차량현황", "승합", 2),
                                     ("공용차량현황", "화물", 1)])]
    assert [(f.rule, f.expected, f.actual) for f in run_checks(r)] == [("header.total", "5", "6")]


@pytest.mark.parametrize("star", ["※", "*", "＊"])
def test_a_starred_line_naming_a_table_captions_it(star):
    r = report("2025년 주요업무 보고\n\n총 무 과\n\nⅠ. 일반현황\n\n## 3. 공용차량 현황 (총 5대)\n\n"
               + FLEET + f"{star} 전기차 충전시설 현황\n\n구 분\t급속\t완속\t계\n청 사\t2\t4\t6\n\n"
               + "Ⅱ. 주요업무 추진실적\n\n" + DONE)
    assert [t.caption for t in r.tables] == ["전기차 충전시설 현황"]


def test_the_three_read_so_in_a_pdf(tmp_path):
    """A PDF of a `■`-titled part, a `＊` note and a part headed `Ⅲ - …`, as the samples' PDFs are drawn."""
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(COVER + MARKED.format(m="■", team=" (청사관리팀)", team2="", purpose="").replace(
        "   - 본관 2대 교체 완료\n", "   - 본관 2대 교체 완료\n   ＊ 2025. 5. 31. 기준\n")
        + "\nⅢ - 2026년 주요업무 계획\n\n" + PLANNED, encoding="utf-8")
    make_pdfs().render(source, target)
    r = extract_file(str(target))
    assert projects_of(r) == [
        ("Ⅱ 주요업무 추진실적", 1, "청사 환경 개선", "청사관리팀", "body", FIRST_ITEMS),
        ("Ⅱ 주요업무 추진실적", 2, "직원 후생 복지", None, "body", SECOND_ITEMS),
        ("Ⅲ 2026년 주요업무 계획", 1, "청사 환경 개선", "청사관리팀", "body",
         [("추진계획", "냉난방기 교체 : 9월", 9, 2026)])]
    assert outline(r.projects[0].items[2].children) == [
        (1, "본관 2대 교체 완료", None, None, None), (2, "2025. 5. 31. 기준", None, None, None)]
