"""Project titles from a table of contents printed once, at the document's start (after the cover), listing
the parts and under each its projects: where a part's body prints no titles, its projects take them."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n총 무 과\n\n목 차\n\n"

# the document's contents in each layout: lines with leaders, a table, pandoc's markdown, pandoc's tables
CONTENTS = {
    "lines": (
        "Ⅰ. 일반현황 ····························· 1\n"
        "  1. 조직 ····························· 1\n"
        "  2. 인력 ····························· 2\n"
        "Ⅱ. 주요업무 추진실적 ·························· 3\n"
        "  ① 청사 시설물 안전관리 (청사관리팀) ·········· 3\n"
        "  ② 직원 역량강화 교육 운영 (교육후생팀) ········ 4\n"
        "Ⅲ. 2026년 주요업무 계획 ······················· 5\n"
        "  ① 신청사 건립 추진 (청사관리팀) ·············· 5\n\n"),
    "table": (
        "구 분\t사 업 명\t담당팀\t쪽\n"
        "Ⅰ. 일반현황\t\t\t1\n"
        "Ⅱ. 주요업무 추진실적\t\t\t3\n"
        "1\t청사 시설물 안전관리\t청사관리팀\t3\n"
        "2\t직원 역량강화 교육 운영\t교육후생팀\t4\n"
        "Ⅲ. 2026년 주요업무 계획\t\t\t5\n"
        "1\t신청사 건립 추진\t청사관리팀\t5\n\n"),
    "pandoc markdown": (
        "Ⅰ\\. 일반현황 ································· 1\n\n"
        "1\\. 조직 ······································ 1\n\n"
        "Ⅱ\\. 주요업무 추진실적 ·························· 3\n\n"
        "① 청사 시설물 안전관리 (청사관리팀) ············ 3\n\n"
        "② 직원 역량강화 교육 운영 (교육후생팀) ·········· 4\n\n"
        "Ⅲ\\. 2026년 주요업무 계획 ······················· 5\n\n"
        "1\\. 신청사 건립 추진 (청사관리팀) ··············· 5\n\n"),
    "pandoc grid table": (
        "+------------------------------------------+------+\n"
        "| 구 분                                    | 쪽   |\n"
        "+==========================================+======+\n"
        "| Ⅰ\\. 일반현황                            | 1    |\n"
        "+------------------------------------------+------+\n"
        "| Ⅱ\\. 주요업무 추진실적                   | 3    |\n"
        "+------------------------------------------+------+\n"
        "| ① 청사 시설물 안전관리 (청사관리팀)      | 3    |\n"
        "+------------------------------------------+------+\n"
        "| ② 직원 역량강화 교육 운영 (교육후생팀)   | 4    |\n"
        "+------------------------------------------+------+\n"
        "| Ⅲ\\. 2026년 주요업무 계획                | 5    |\n"
        "+------------------------------------------+------+\n"
        "| ① 신청사 건립 추진 (청사관리팀)          | 5    |\n"
        "+------------------------------------------+------+\n\n"),
    "pandoc multiline table": (
        "  ---------------------------------------------------\n"
        "  구 분                                          쪽\n"
        "  ----------------------------------------- ---------\n"
        "  Ⅰ. 일반현황                                     1\n\n"
        "  Ⅱ. 주요업무 추진실적                            3\n\n"
        "  1\\. 청사 시설물 안전관리 (청사관리팀)           3\n\n"
        "  2\\. 직원 역량강화 교육 운영 (교육후생팀)        4\n\n"
        "  Ⅲ. 2026년 주요업무 계획                         5\n\n"
        "  1\\. 신청사 건립 추진 (청사관리팀)               5\n"
        "  ---------------------------------------------------\n\n"),
    # Word's "save as text" prints the leaders as a tab before the page number
    "tab before the page": (
        "Ⅰ. 일반현황\t1\n"
        "  1. 조직\t1\n"
        "Ⅱ. 주요업무 추진실적\t3\n"
        "  ① 청사 시설물 안전관리 (청사관리팀)\t3\n"
        "  ② 직원 역량강화 교육 운영 (교육후생팀)\t4\n"
        "Ⅲ. 2026년 주요업무 계획\t5\n"
        "  ① 신청사 건립 추진 (청사관리팀)\t5\n\n"),
}
NAMES = {"lines": "t.txt", "table": "t.txt", "pandoc markdown": "t.md", "pandoc grid table": "t.md",
         "pandoc multiline table": "t.txt", "tab before the page": "t.txt"}

GENERAL = "Ⅰ. 일반현황\n\n1. 조직\n\n총무과 - (5)개팀\n\n"
DONE = "Ⅱ. 주요업무 추진실적\n\n{first}청사를 안전하게 관리하고자 함\n\n□ 추진실적\n\n- 안전점검: 연중\n\n" \
       "직원 역량을 강화하고자 함\n\n□ 추진실적\n\n- 신규직원 교육: 3월\n\n"
PLANNED = "Ⅲ. 2026년 주요업무 계획\n\n청사를 신축하고자 함\n\n□ 추진계획\n\n- 설계 공모: 3월\n"

LISTED = [("Ⅱ 주요업무 추진실적", 1, "청사 시설물 안전관리", "toc", ["안전점검: 연중"]),
          ("Ⅱ 주요업무 추진실적", 2, "직원 역량강화 교육 운영", "toc", ["신규직원 교육: 3월"]),
          ("Ⅲ 2026년 주요업무 계획", 1, "신청사 건립 추진", "toc", ["설계 공모: 3월"])]
TEAMS = ["청사관리팀", "교육후생팀", "청사관리팀"]


def extract(text: str, name: str = "t.txt"):
    return extract_report(read_text(name, text.encode()))


def rows(projects):
    return [(p.section, p.seq, p.title, p.title_from, [i.text for i in p.items]) for p in projects]


@pytest.mark.parametrize("layout", CONTENTS)
def test_the_documents_contents_titles_each_parts_projects(layout):
    """Each part's projects take the titles listed under that part, in order (Ⅲ's first is Ⅲ's ①, not Ⅱ's
    third), with the team each names; the general part's lines (`1. 조직`) title nothing."""
    r = extract(COVER + CONTENTS[layout] + GENERAL + DONE.format(first="") + PLANNED, NAMES[layout])
    assert rows(r.projects) == LISTED
    assert [p.team for p in r.projects] == TEAMS


@pytest.mark.parametrize("layout", CONTENTS)
def test_the_documents_contents_is_no_project_and_no_table(layout):
    """The contents is the cover's: no project, no generic table, no part of its own."""
    r = extract(COVER + CONTENTS[layout] + GENERAL + DONE.format(first="") + PLANNED, NAMES[layout])
    assert len(r.projects) == 3
    assert r.tables == []
    assert [t.section for t in r.general_text] == ["Ⅰ 일반현황"]


def test_a_title_the_body_prints_wins():
    """The body's title (and team) stands; only the project without one takes the contents' title."""
    body = DONE.format(first="① 청사 관리 (총무팀)\n\n")
    r = extract(COVER + CONTENTS["lines"] + GENERAL + body + PLANNED)
    assert [(p.section, p.seq, p.title, p.team, p.title_from) for p in r.projects] == [
        ("Ⅱ 주요업무 추진실적", 1, "청사 관리", "총무팀", "body"),
        ("Ⅱ 주요업무 추진실적", 2, "직원 역량강화 교육 운영", "교육후생팀", "toc"),
        ("Ⅲ 2026년 주요업무 계획", 1, "신청사 건립 추진", "청사관리팀", "toc")]


def test_a_parts_own_contents_stands_over_the_documents():
    own = "연번\t사 업 명\t쪽\n①\t청사 안전관리\t3\n②\t직원 교육\t4\n\n"
    body = DONE.format(first="").replace("추진실적\n\n", "추진실적\n\n" + own, 1)
    r = extract(COVER + CONTENTS["lines"] + GENERAL + body + PLANNED)
    assert [(p.seq, p.title, p.title_from) for p in r.projects] == [
        (1, "청사 안전관리", "toc"), (2, "직원 교육", "toc"), (1, "신청사 건립 추진", "toc")]


def test_purposes_written_as_noun_phrases_part_the_projects_the_documents_contents_lists():
    """As with a part's own contents: a paragraph above a part the project before has had opens the next
    listed project, however its purpose ends (`…조성`, `…도모`)."""
    body = ("Ⅱ. 주요업무 추진실적\n\n청사를 안전하게 관리하여 쾌적한 근무환경 조성\n\n□ 추진실적\n\n"
            "- 안전점검: 연중\n\n직원 역량 강화를 통한 행정 서비스의 질 향상 도모\n\n"
            "□ 추진실적\n\n- 신규직원 교육: 3월\n\n")
    r = extract(COVER + CONTENTS["lines"] + GENERAL + body + PLANNED)
    assert [(p.seq, p.title, p.purpose) for p in r.projects[:2]] == [
        (1, "청사 시설물 안전관리", "청사를 안전하게 관리하여 쾌적한 근무환경 조성"),
        (2, "직원 역량강화 교육 운영", "직원 역량 강화를 통한 행정 서비스의 질 향상 도모")]


def test_parts_numbered_as_numbers_take_their_listed_titles():
    """In a report whose parts are numbered `1.`, `2.`, the contents' `2. 주요업무 추진실적` heads part 2's titles."""
    contents = ("1. 일반현황 ································· 1\n"
                "2. 주요업무 추진실적 ·························· 3\n"
                "  1) 청사 시설물 안전관리 ·················· 3\n"
                "  2) 직원 역량강화 교육 운영 ················ 4\n\n")
    body = DONE.format(first="").replace("Ⅱ.", "2.")
    r = extract(COVER + contents + "1. 일반현황\n\n총무과 - (5)개팀\n\n" + body)
    assert [(p.section, p.seq, p.title) for p in r.projects] == [
        ("2 주요업무 추진실적", 1, "청사 시설물 안전관리"), ("2 주요업무 추진실적", 2, "직원 역량강화 교육 운영")]


def test_a_contents_of_parts_alone_titles_nothing():
    """The real report's cover lists its parts only: the projects stay as the body has them."""
    contents = "Ⅰ. 일반현황\t· · · 1\nⅡ. 주요업무 추진실적\t· · · 3\nⅢ. 2026년 주요업무 계획\t· · · 5\n\n"
    r = extract(COVER + contents + GENERAL + DONE.format(first="") + PLANNED)
    assert [(p.seq, p.title, p.title_from) for p in r.projects] == [(1, None, None), (2, None, None), (1, None, None)]


@pytest.mark.parametrize(("contents", "name"), [
    ("1) 청사 시설물 안전관리 ········· 3\n2) 2025 구민의 날 행사 ········· 4\n\n", "t.txt"),
    ("+------------------------------+-----+\n| 구 분                        | 쪽  |\n"
     "+==============================+=====+\n"
     "| ① 청사 시설물 안전관리       | 3   |\n+------------------------------+-----+\n"
     "| ② 2025 구민의 날 행사        | 4   |\n+------------------------------+-----+\n\n", "t.md"),
], ids=["bullets", "grid table"])
def test_a_parts_own_contents_without_a_title_column(contents, name):
    """A part's own contents as bullets numbered `1)`, or as a table headed `구 분 | 쪽` with each title's number in
    its cell: the header is no title, the numbers are no part of one, and a title may start with a year."""
    body = ("청사를 관리하고자 함\n\n□ 추진실적\n\n- 안전점검: 연중\n\n"
            "구민의 날 행사를 열고자 함\n\n□ 추진실적\n\n- 기념식: 10월\n")
    r = extract("2025년 주요업무 보고\n\n총무과\n\nⅡ. 주요업무 추진실적\n\n" + contents + body, name)
    assert [(p.seq, p.title, p.title_from) for p in r.projects] == [
        (1, "청사 시설물 안전관리", "toc"), (2, "2025 구민의 날 행사", "toc")]


def test_an_introduction_before_titled_projects_takes_no_listed_title():
    """The body prints every listed title; a paragraph before the first (an introduction) becomes a project of its
    own, and takes none of them. Before, it took the first by position: two projects of one title."""
    body = ("Ⅱ. 주요업무 추진실적\n\n2025년 상반기에는 청사 안전과 직원 교육을 중점 추진하였음\n\n"
            "① 청사 시설물 안전관리 (청사관리팀)\n\n청사를 안전하게 관리하고자 함\n\n□ 추진실적\n\n- 안전점검: 연중\n\n"
            "② 직원 역량강화 교육 운영 (교육후생팀)\n\n직원 역량을 강화하고자 함\n\n"
            "□ 추진실적\n\n- 신규직원 교육: 3월\n\n")
    r = extract(COVER + CONTENTS["lines"] + GENERAL + body + PLANNED)
    assert [(p.title, p.title_from) for p in r.projects if p.section.startswith("Ⅱ")] == [
        (None, None), ("청사 시설물 안전관리", "body"), ("직원 역량강화 교육 운영", "body")]


def test_a_part_with_fewer_projects_than_listed_takes_no_titles_by_position():
    """Ⅱ lists two projects, its body shows one (a project whose purpose the walker missed): which title is its is
    not known, so it takes none; Ⅲ, whose count agrees, takes its own. Before, Ⅱ's one took the first listed."""
    body = "Ⅱ. 주요업무 추진실적\n\n직원 역량을 강화하고자 함\n\n□ 추진실적\n\n- 신규직원 교육: 3월\n\n"
    r = extract(COVER + CONTENTS["lines"] + GENERAL + body + PLANNED)
    assert [(p.section[0], p.title, p.title_from) for p in r.projects] == [
        ("Ⅱ", None, None), ("Ⅲ", "신청사 건립 추진", "toc")]
