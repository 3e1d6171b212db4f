"""Two departments' reports in converter styles not held before, read against their text line by line (branch hunt58):
- `2021-hanbit-iljarigyeongje.txt` (일자리경제과 2021, `hwp5txt`'s text of an HWP file: a paragraph a line, no blank
  line but those around its `<표>` and `<그림>` placeholders, its tables left out): staffing stated in a line
  (`정원 27명, 현원 26명`), amounts `32억 1,000만원` with their sources, three projects.
- `2024-hanbit-bogeonhaengjeong.txt` (보건행정과 2024, plain `pdftotext` of a PDF, no `-layout`: a paragraph's lines
  as the PDF wraps them, each table cell on a line of its own in reading order, row after row): a staffing table of
  two header rows, 구급차·방역차 `총 9대`, the budget, 감염병 신고 counts by month with 전년 대비 증감·증감률.
What they read wrong before: hwp5txt's blank lines around `<표>` made the text one of wrapped paragraphs, so a numbered
title ran on from the bullet above it (`하반기 공공근로 사업: 7. 1. ~ 12. 31. 2. 소상공인 지원 (지역경제팀)
코로나19로 …`: projects 2 and 3 lost into project 1's last item); a table printed a cell a line that is read as
none (the staffing table, whose lower header row prints no empty cell under the labels merged down) left its figures
in the text silently (now a warning, `reading.tables_unread`); a caption naming the fleet by its kinds
(`구급차·방역차 현황 : 총 9대`) made a generic table, its 총 9대 unchecked.
Neither report has a finding but the warnings that say what the file lacks (the staffing table read since plain99:
`공무직` merged down at the right, printed after `5급 … 9급`); each planted error is found."""

import functools
from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.conftest import every_item
from tests.pdf_styles import STYLES, rendered
from tests.test_pdf_parity_styles import _findings, _records

REPORTS = Path(__file__).parent / "department_reports"
JOBS, HEALTH = "2021-hanbit-iljarigyeongje.txt", "2024-hanbit-bogeonhaengjeong.txt"


@functools.cache
def report(name: str):
    return extract_file(REPORTS / name)


def findings(found) -> list[tuple]:
    return [(f.rule, f.severity, f.source.line, f.row, f.column, f.expected, f.actual) for f in run_checks(found)]


def planted(name: str, old: str, new: str) -> list[tuple]:
    """The findings of the report with one printed figure changed."""
    data = (REPORTS / name).read_bytes()
    assert data.count(old.encode()) == 1
    return findings(extract_file(REPORTS / name, data.replace(old.encode(), new.encode())))


def items(project) -> list[tuple]:
    """Each item's heading, text, depth, months (the end's year where another's) and amount, nested ones too."""
    return [(item.heading, item.text, item.depth, item.start_month, item.end_month, item.end_year, item.amount_krw)
            for item in every_item(project.items)]


def budget_lines(project) -> list[tuple]:
    return [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.funding_source) for b in project.budget_lines]


LEFT_OUT = ("reading.tables_left_out", "warning", 12, "<표>", None, None, "4")


def test_the_reports_give_no_finding_but_what_their_files_lack():
    assert findings(report(JOBS)) == [LEFT_OUT]
    assert findings(report(HEALTH)) == []  # its staffing table read since plain99 (before, `reading.tables_unread`)


def test_hwp5txts_cover_and_stated_staffing():
    jobs = report(JOBS)
    document = jobs.document
    assert (document.council, document.department, document.year, document.team_count, document.title) == (
        "한빛구의회", "일자리경제과", 2021, 4, "2021년 주요업무보고")
    assert (document.session_start, document.session_end) == (date(2021, 6, 8), date(2021, 6, 22))
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in jobs.staffing] == [
        ("정원", "계", "계", 27), ("현원", "계", "계", 26)]
    assert (jobs.budget, jobs.tables) == ([], [])  # `<표>`: not in the file
    # the fleet its line states (`3. 차량 현황 : 총 2대 (승용 1, 승합 1)`), no table's (tests/test_line59.py)
    assert [(f.printed_total, [(c.kind, c.count) for c in f.counts]) for f in jobs.vehicles] == [
        (2, [("승용", 1), ("승합", 1)])]


def test_hwp5txts_projects_each_its_own_after_the_bullet_above():
    one, two, three = report(JOBS).projects
    assert [(p.seq, p.title, p.team) for p in (one, two, three)] == [
        (1, "구민 일자리 창출", "일자리정책팀"), (2, "소상공인 지원", "지역경제팀"),
        (3, "전통시장 활성화", "전통시장팀")]
    assert one.purpose == "지역 맞춤형 일자리를 발굴하고 취업 취약계층의 구직을 지원하여 고용률을 높이고자 함"
    assert items(one) == [
        ("사업개요", "기 간: 2021. 1. ~ 12.", 0, 1, 12, None, None),
        ("사업개요", "사업비: 32억 1,000만원 (국비 12억, 시비 8억 1,000만원, 구비 12억)", 0, None, None, None,
         3_210_000_000),
        ("사업개요", "내 용: 공공근로, 지역공동체 일자리, 뉴딜 일자리 사업", 0, None, None, None, None),
        ("추진실적", "상반기 공공근로 사업: 1. 4. ~ 6. 30. / 184명 / 11억 3,000만원", 0, 1, 6, None, 1_130_000_000),
        ("추진실적", "지역공동체 일자리 사업: 3. 2. ~ 11. 30. / 46명", 0, 3, 11, None, None),
        ("추진실적", "고용률 63.2% (전년 동기 대비 0.8%p 상승)", 1, None, None, None, None),
        ("향후계획", "하반기 공공근로 사업 참여자 모집: 6월", 0, 6, 6, None, None),
        ("향후계획", "하반기 공공근로 사업: 7. 1. ~ 12. 31.", 0, 7, 12, None, None)]
    assert budget_lines(one) == [("계", 3_210_000_000, None, None, None), ("국비", 1_200_000_000, None, None, "국비"),
                                 ("시비", 810_000_000, None, None, "시비"), ("구비", 1_200_000_000, None, None, "구비")]
    assert two.purpose == "코로나19로 어려움을 겪는 소상공인의 경영 안정을 돕고자 함"
    assert items(two)[2:4] == [
        ("사업개요", "사업비: 15억 4,500만원 (구비)", 0, None, None, None, 1_545_000_000),
        ("추진실적", "소상공인 긴급 경영안정자금 융자: 2월 ~ 5월 / 312개소 / 9억 3,600만원", 0, 2, 5, None,
         936_000_000)]
    assert budget_lines(two) == [("구비", 1_545_000_000, None, None, "구비")]
    assert items(three) == [
        ("사업개요", "대 상: 관내 전통시장 6개소 (점포 842개)", 0, None, None, None, None),
        ("사업개요", "사업비: 7억 2,000만원 (시비 3억 6,000만원, 구비 3억 6,000만원)", 0, None, None, None,
         720_000_000),
        ("추진실적", "한빛시장 아케이드 보수: 3월 ~ 5월 / 2억 4,000만원", 0, 3, 5, None, 240_000_000),
        ("추진실적", "전통시장 상인 교육: 4. 12. ~ 4. 23. / 120명", 0, 4, 4, None, None),
        ("향후계획", "전통시장 화재알림시설 설치: 2021. 8. ~ 10.", 0, 8, 10, None, None)]
    assert budget_lines(three) == []  # a 사업비 under no period of the year may be of several years


def test_plain_pdftotexts_fleet_budget_and_counts_by_month():
    health = report(HEALTH)
    assert (health.document.department, health.document.year, health.document.team_count) == ("보건행정과", 2024, 4)
    # `공무직` merged down at the header's right, printed after the lower row's `5급 … 9급` (plain99; before, told
    # unread)
    assert [(s.job_class, s.grade, s.headcount) for s in health.staffing if s.status == "현원"] == [
        ("계", "계", 31), ("일반직", "5급", 1), ("일반직", "6급", 7), ("일반직", "7급", 9), ("일반직", "8급", 7),
        ("일반직", "9급", 5), ("공무직", "계", 2)]
    [fleet] = health.vehicles
    assert (fleet.caption, fleet.printed_total) == ("구급차·방역차 현황 : 총 9대", 9)
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 9), ("구급차", 3), ("방역차", 6)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in health.budget] == [
        ("계", 4_815_200_000, 1_926_080_000, "40.0"), ("보건의료 기반 강화", 1_230_500_000, 498_350_000, "40.5"),
        ("감염병 예방 및 관리", 3_584_700_000, 1_427_730_000, "39.8")]
    [months] = health.tables
    assert (months.caption, months.unit, months.project_seq) == ("법정감염병 신고 처리 현황", "건", 2)
    assert months.rows[0] == ["구 분", "2023년(1~5월)", "2024년(1~5월)", "증 감", "증감률(%)"]
    assert months.rows[1:] == [["계", "1,146", "1,012", "△134", "△11.7"], ["1월", "312", "265", "△47", "△15.1"],
                               ["2월", "254", "231", "△23", "△9.1"], ["3월", "221", "206", "△15", "△6.8"],
                               ["4월", "187", "162", "△25", "△13.4"], ["5월", "172", "148", "△24", "△14.0"]]
    # the staffing table read leaves the general part's text (before, its figures stayed in it, unread)
    assert health.general_text[0].text == ("1. 조 직 : 4팀 (보건정책팀, 의약관리팀, 감염병관리팀, 보건행정팀) 2. 인 력 "
                                           "3. 주요장비 구급차·방역차 현황 : 총 9대 4. 예산현황")


def test_plain_pdftotexts_projects():
    one, two = report(HEALTH).projects
    assert [(p.seq, p.title, p.team) for p in (one, two)] == [
        (1, "의료기관 지도·점검", "의약관리팀"), (2, "감염병 예방 및 대응", "감염병관리팀")]
    assert one.purpose == (
        "관내 의료기관의 안전한 진료환경을 조성하고 불법 의료행위를 예방하여 구민 건강을 보호하고자 함")
    assert items(one) == [
        ("사업개요", "기 간: 2024. 1. ~ 12.", 0, 1, 12, None, None),
        ("사업개요", "대 상: 관내 의료기관 612개소 (병원 24, 의원 388, 치과 130, 한의원 70)", 0, None, None, None,
         None),
        ("사업개요", "내 용: 의료기관 개설·변경 신고 처리 및 정기 지도·점검", 0, None, None, None, None),
        ("추진실적", "의료기관 정기 점검: 3월 ~ 5월 / 188개소", 0, 3, 5, None, None),
        ("추진실적", "위반사항 적발 12건 (시정명령 9, 과태료 3)", 1, None, None, None, None),
        ("추진실적", "의료기관 개설·변경 신고 처리: 146건", 0, None, None, None, None),
        ("향후계획", "하반기 의료기관 정기 점검: 9월 ~ 11월", 0, 9, 11, None, None)]
    assert budget_lines(one) == [("구비", 38_400_000, 15_120_000, 39.4, "구비")]
    assert items(two)[1:] == [
        ("사업개요", "사업비: 3억 2,000만원 (국비 50%, 시비 25%, 구비 25%)", 0, None, None, None, 320_000_000),
        ("추진실적", "법정감염병 신고 처리 현황", 0, None, None, None, None),
        ("추진실적", "하절기 방역소독: 5월 ~ 10월 / 방역차 6대 투입", 0, 5, 10, None, None),
        ("향후계획", "하절기 감염병 비상방역 근무: 5. 1. ~ 9. 30.", 0, 5, 9, None, None),
        ("향후계획", "연말연시 감염병 감시체계 강화", 0, 12, 1, 2025, None)]
    assert budget_lines(two) == [("계", 320_000_000, None, None, None), ("국비", 160_000_000, None, None, "국비"),
                                 ("시비", 80_000_000, None, None, "시비"), ("구비", 80_000_000, None, None, "구비")]


@pytest.mark.parametrize(("name", "old", "new", "found"), [
    (HEALTH, "\n1,926,080\n", "\n1,962,080\n",
     ("sum.budget", "error", 66, "계", "집행액", "1,926,080천원", "1,962,080천원")),
    (HEALTH, "\n206\n△15\n", "\n206\n△25\n", ("sum.table", "error", 131, "3월", "증 감", "-15", "-25")),
    # one row of parts: which of them is wrong no sum tells, so the 계 is found (the caption's 총 9대 agrees with it)
    (HEALTH, "\n3\n6\n\n", "\n3\n5\n\n", ("sum.vehicles", "error", 55, "계", "계", "8", "9")),
    (JOBS, "시비 8억 1,000만원", "시비 9억 1,000만원",
     ("sum.project_budget", "error", 24, "계", "예산액", "33억 1,000만원", "32억 1,000만원")),
], ids=["health-budget", "health-month-change", "health-fleet", "jobs-sources"])
def test_a_planted_figure_is_found(name, old, new, found):
    base = [] if name == HEALTH else [LEFT_OUT]
    assert planted(name, old, new) == base + [found]


def report_of(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def reading(found) -> list[tuple]:
    """What a report says of its reading (a fragment has no cover: that finding aside)."""
    return [(f.rule, f.source.line, f.actual) for f in run_checks(found) if f.rule.startswith("reading.")]


def test_hwp5txts_blank_lines_around_placeholders_part_no_paragraphs():
    lines = ["2021년 주요업무보고", "일 자 리 경 제 과", "Ⅱ. 주요업무 추진실적", "1. 구민 일자리 창출 (일자리정책팀)",
             "□ 추진실적", "○ 공공근로 사업: 1월 ~ 6월", "", "<표>", "", "○ 하반기 공공근로: 7월 ~ 12월",
             "2. 소상공인 지원 (지역경제팀)", "소상공인의 경영 안정을 돕고자 함", "□ 추진실적",
             "○ 경영안정자금 융자: 2월"]
    projects = report_of("\n".join(lines) + "\n").projects
    assert [(p.title, [item.text for item in p.items]) for p in projects] == [
        ("구민 일자리 창출", ["공공근로 사업: 1월 ~ 6월", "하반기 공공근로: 7월 ~ 12월"]),
        ("소상공인 지원", ["경영안정자금 융자: 2월"])]
    # blank lines of its own part its paragraphs still: a wrapped line goes on
    wrapped = "Ⅱ. 주요업무 추진실적\n\n1. 구민 일자리 창출\n\n지역 일자리를 발굴하여\n고용률을 높이고자 함"
    assert report_of(wrapped + "\n\n<표>\n\n□ 추진실적\n\n○ 공공근로: 3월\n").projects[0].purpose == (
        "지역 일자리를 발굴하여 고용률을 높이고자 함")


def test_a_table_a_cell_a_line_read_as_none_is_told_on_its_first_line():
    # grades starting anew (`7급` over `6급`) where one class stands over them: where its grades end no label tells
    text = ("Ⅰ. 일반현황\n2. 인 력\n구 분\n계\n일 반 직\n5급\n6급\n7급\n6급\n정 원\n8\n1\n3\n2\n2\n현 원\n8\n1\n3\n2\n"
            "2\n3. 예산현황\n")
    found = report_of(text)
    assert found.staffing == []
    assert reading(found) == [("reading.tables_unread", 3, "1")]
    # a list of words a line each, or a table read, is told nothing
    assert reading(report_of("Ⅰ. 일반현황\n구 분\n내 용\n청사 관리\n인사 운영\n")) == []
    read = report_of("Ⅰ. 일반현황\n2. 인 력\n구 분\n계\n5급\n6급\n정 원\n6\n1\n5\n현 원\n6\n1\n5\n3. 예산현황\n")
    assert [(s.status, s.grade, s.headcount) for s in read.staffing][:2] == [("정원", "계", 6), ("정원", "5급", 1)]
    assert reading(read) == []


@pytest.mark.parametrize("caption", ["구급차·방역차 현황 : 총 9대", "구급차 및 방역차 보유현황 (총 9대)"])
def test_a_caption_naming_a_fleet_by_its_kinds_is_a_fleet(caption):
    text = f"Ⅰ. 일반현황\n3. 주요장비\n□ {caption}\n구 분\t계\t구급차\t방역차\n보 유\t9\t3\t6\n4. 예산현황\n"
    [fleet] = report_of(text).vehicles
    assert (fleet.printed_total, [(c.kind, c.count) for c in fleet.counts]) == (
        9, [("계", 9), ("구급차", 3), ("방역차", 6)])
    # a wrong 계: its parts and the caption's 총 9대 agree on 9
    wrong = report_of(text.replace("\t9\t3", "\t10\t3"))
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(wrong) if f.rule != "cover.missing"] == [
        ("sum.vehicles", "계", "9", "10")]


def test_a_caption_naming_machines_or_no_count_stays_a_table():
    for caption in ("방역기·드론 현황 : 총 9대", "구급차·방역차 현황"):
        found = report_of(f"Ⅰ. 일반현황\n□ {caption}\n구 분\t계\t구급차\t방역차\n보 유\t9\t3\t6\n")
        assert found.vehicles == [], caption


@pytest.mark.parametrize("style", list(STYLES))
def test_hwp5txts_report_as_a_pdf_gives_the_records_of_its_text(style, tmp_path_factory):
    """The PDF drawn of hwp5txt's text (its placeholders no text) reads as the text does; the text alone says it
    lacks its tables. Plain `pdftotext`'s text is no source to draw: it is a PDF's already, its tables lost."""
    pdf = rendered(REPORTS / JOBS, style, tmp_path_factory.mktemp("hunt58"))
    printed = extract_file(pdf)
    assert _records(printed) == _records(report(JOBS))
    assert _findings(printed) == []
