"""A 국's report heads the projects of each of its 과 with the 과's name set apart (`【복지정책과】` as a markdown
heading, `◈ 복지정책과 ◈` as a bullet or heading, `◆ 노인장애인과 ◆`): a label over the titles below it, no project nor
item. Before, the first was a project with no title and the others items of the project above (`향후계획`)."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = ("제290회 미르구의회 제1차 정례회\n\n2020. 6. 9. ~ 6. 23.\n\n# 2020년 주요업무보고\n\n## 복 지 국\n\n"
         "# Ⅱ. 주요업무 추진실적\n\n")
PROJECTS = [("복지정책과", "1. 찾아가는 복지상담 운영 (희망복지팀)", "위기가구 발굴 조사(1,240가구): 2월~4월"),
            ("노인장애인과", "2. 어르신 일자리 확대 (노인복지팀)", "노인일자리 참여자 선발(2,150명): 1월~2월"),
            ("여성가족과", "3. 국공립 어린이집 확충 (보육팀)", "관리동 어린이집 전환(3개소): 3월~5월")]
LABELS = {"heading in brackets": "## 【{}】", "bullet": "◈ {} ◈", "heading": "## ◈ {} ◈", "other mark": "◆ {} ◆",
          "line in brackets": "【{}】"}


def report(label: str):
    text = COVER + "".join(f"{label.format(office)}\n\n### {title}\n\n□ 추진실적\n\n- {item}\n\n□ 향후계획\n\n"
                           "- 하반기 추진: 9월\n\n" for office, title, item in PROJECTS)
    return extract_report(read_text("t.md", text.encode()))


def items(project):
    return [(item.heading, item.text) for item in project.items]


@pytest.mark.parametrize("label", LABELS.values(), ids=LABELS)
def test_an_offices_label_over_its_projects_is_neither_project_nor_item(label):
    r = report(label)
    assert [(p.seq, p.title, p.team) for p in r.projects] == [(1, "찾아가는 복지상담 운영", "희망복지팀"),
                                                              (2, "어르신 일자리 확대", "노인복지팀"),
                                                              (3, "국공립 어린이집 확충", "보육팀")]
    assert [items(p) for p in r.projects] == [[("추진실적", item), ("향후계획", "하반기 추진: 9월")]
                                             for _office, _title, item in PROJECTS]


def test_a_line_set_between_two_marks_below_no_title_is_an_item():
    """`◈ 목표 달성 ◈` inside a project, no title right below it: an item, as before."""
    text = (COVER + "### 1. 찾아가는 복지상담 운영 (희망복지팀)\n\n□ 추진실적\n\n- 위기가구 발굴 조사: 2월~4월\n\n"
            "◈ 목표 달성 ◈\n\n□ 향후계획\n\n- 하반기 추진: 9월\n")
    [project] = extract_report(read_text("t.md", text.encode())).projects
    assert [child.text for item in project.items for child in item.children] == ["목표 달성 ◈"]
