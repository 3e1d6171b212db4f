"""A note right under a table marked `주)` (`주1)`, `주 :`, `(주)` before a blank), as some reports mark what others
mark `※`: a `※` note. So it dates the table (`주) 2024. 5. 31. 기준`) or the column it names, and is otherwise an
item without its mark, as a `※` note is. Before, it was an item printed with its mark, and a date it gave was lost.
`(주)` before a name is a company's mark (`(주)미르건설`): that line stays as printed."""

import pytest

from extractors import extract_report
from pipeline.document import Bullet, Paragraph
from pipeline.read_text import read_text

REPORT = ("제318회 미르구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 25.\n\n# 2024년 주요업무보고\n\n## 자 치 행 정 과\n\n"
          "# Ⅱ. 주요업무 추진실적\n\n## 1. 주민자치회 운영 지원 (자치행정팀)\n\n### □ 추진실적\n\n"
          "- 주민자치회 위원 교육(18개동): 3월~4월 / 24,000천원\n\n### □ 예산현황\n\n(단위: 천원)\n\n"
          "| 구 분 | 예산액 | 집행액 | 집행률(%) |\n|---|---|---|---|\n| 계 | 1,850,000 | 712,500 | 38.5 |\n"
          "| 시비 | 850,000 | 312,500 | 36.8 |\n| 구비 | 1,000,000 | 400,000 | 40.0 |\n\nNOTE\n")


def project(note: str):
    [found] = extract_report(read_text("t.md", REPORT.replace("NOTE", note).encode())).projects
    return found


@pytest.mark.parametrize("mark", ["주)", "주1)", "주 :", "주:", "(주)", "※"])
def test_a_note_under_a_table_is_a_note_whatever_its_mark(mark):
    found = project(f"{mark} 시비는 서울시 보조금")
    assert [(item.heading, item.text) for item in found.items][-1] == ("예산현황", "시비는 서울시 보조금")


@pytest.mark.parametrize("note", ["주) 2024. 5. 31. 기준", "주 : 집행액은 2024. 5. 31. 기준", "(주) 2024. 5. 31. 기준"])
def test_a_marked_note_under_a_table_dates_it(note):
    found = project(note)
    assert {line.as_of.isoformat() for line in found.budget_lines} == {"2024-05-31"}
    assert [item.text for item in found.items] == ["주민자치회 위원 교육(18개동): 3월~4월 / 24,000천원"]


def test_notes_one_under_another_are_notes():
    blocks = read_text("t.md", REPORT.replace("NOTE", "주1) 시비는 보조금\n주2) 구비는 자체재원").encode()).blocks
    assert blocks[-2:] == [Bullet("시비는 보조금", 0, "※", 27), Bullet("구비는 자체재원", 0, "※", 28)]


@pytest.mark.parametrize("line", ["(주)미르건설과 보수 계약 체결", "주민 의견 수렴: 6월"])
def test_a_company_or_a_word_under_a_table_stays_as_printed(line):
    assert read_text("t.md", REPORT.replace("NOTE", line).encode()).blocks[-1] == Paragraph(line, 27)


def test_a_marked_line_away_from_a_table_stays_as_printed():
    text = REPORT.replace("- 주민자치회", "주) 교육은 동별로 실시\n\n- 주민자치회").replace("NOTE", "")
    assert Paragraph("주) 교육은 동별로 실시", 15) in read_text("t.md", text.encode()).blocks
