"""`hwp5txt` prints `<표>` on a line of its own for each table of an HWP file and `<그림>` for each picture, their
contents left out: the placeholders are no text (before, a `<그림>` was an item of its project), and a warning says
how many tables the file lacks (before, a report with no staffing or budget said nothing of why)."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

HWP5TXT = ("제311회 미르구의회 제1차 정례회\n2023. 6. 13. ~ 6. 27.\n2023년 주요업무보고\n문 화 체 육 과\n\n<표>\n\n"
           "Ⅰ. 일반현황\n1. 조 직 : 4팀\n2. 인 력\n\n<표>\n\n3. 예산현황\n\n<표>\n\n"
           "Ⅱ. 주요업무 추진실적\n1. 구민 생활체육 활성화 (체육진흥팀)\n□ 추진실적\n"
           "○ 생활체육 교실 운영(24개 종목) : 3월 ~ 11월\n\n<그림>\n\n"
           "□ 향후계획\n○ 하반기 생활체육 교실 : 9월 ~ 11월\n")


def report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def test_placeholders_are_no_text_and_the_tables_left_out_are_told():
    r = report(HWP5TXT)
    [project] = r.projects
    assert [(item.heading, item.text) for item in project.items] == [
        ("추진실적", "생활체육 교실 운영(24개 종목) : 3월 ~ 11월"), ("향후계획", "하반기 생활체육 교실 : 9월 ~ 11월")]
    assert (r.staffing, r.budget, r.tables) == ([], [], [])
    [finding] = run_checks(r)
    assert (finding.rule, finding.severity, finding.source.line, finding.actual) == (
        "reading.tables_left_out", "warning", 6, "3")
    assert finding.message.startswith("변환기가 표 3개를 `<표>`로만 남겨 그 내용을 읽을 수 없습니다 (줄 6, 12, 16)")


def test_pictures_alone_are_dropped_untold():
    r = report(HWP5TXT.replace("<표>", ""))
    assert [item.text for item in r.projects[0].items][1:] == ["하반기 생활체육 교실 : 9월 ~ 11월"]
    assert run_checks(r) == []


def test_a_placeholder_in_a_line_of_text_or_a_numbered_caption_stays():
    """`<표 1>` numbers a table's caption; a `<표>` inside a sentence is the sentence's."""
    r = report(HWP5TXT.replace("<표>", "").replace("○ 생활체육 교실", "○ <표> 참조 생활체육 교실"))
    assert r.projects[0].items[0].text == "<표> 참조 생활체육 교실 운영(24개 종목) : 3월 ~ 11월"
    assert run_checks(r) == []
