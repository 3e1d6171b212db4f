"""How a projects part is structured where reports print its marks otherwise: a part's roman numeral followed by a
hyphen or bracket (`Ⅲ- 2026년 주요업무 계획`, `Ⅱ) 주요업무`)."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

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
