"""Two department reports in styles the others do not print, read against their text line by line:
- `2023-hanbit-bitgaram2dong.md` (빛가람2동 주민센터, 2023), markdown as MinerU converts a PDF: every heading `# `,
  each table one line of HTML with rowspan/colspan and no `<th>`, bullets as paragraphs apart, nesting lost, and its
  units as LaTeX between dollars (`대지( $\\mathrm{m}^{2}$ )`); 민원 처리 by month with `계 | 전년 동기 | 증 감`,
  복지 대상자 by 가구 and 인원, items `2023. 3. 2. ~ 3. 31.`, `상반기 / 수혜자 86명`, `연말`, `32억 1,000만원`;
- `2022-hanbit-yesan.txt` (예산과, 2022, tabs as 한글 saves text): the 구's budget by account (`규모`), its 세입 by
  source and its 세출 by field (`세출예산(분야별)`: `일반공공행정`, `사회복지` …) with 구성비, and the department's
  own 단위사업, each printed again in its project's `□ 예산현황` (the two agree); `’22. 11월`, `연말`.
Neither plants an error: each test plants its own. Both read as the PDFs make_pdfs draws of them."""

from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.inline_math import without_inline_math
from pipeline.values import parse_period
from tests.conftest import every_item
from tests.test_department_reports import REPORTS, planted

DONG = "2023-hanbit-bitgaram2dong.md"
BUDGET_OFFICE = "2022-hanbit-yesan.txt"


def _items(report):
    return [(item.text.split(":")[0].strip(), item.months and (item.months[0], item.months[-1]), item.amount_krw)
            for project in report.projects for item in every_item(project.items)]


def test_a_dong_centres_report_as_mineru_prints_it_reads_its_figures():
    report = extract_file(REPORTS / DONG)
    assert (report.document.department, report.document.year, report.document.session_start) == (
        "빛가람2동주민센터", 2023, date(2023, 6, 13))
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("과부족", "계", "계", 1), ("과부족", "일반직", "6급", 0), ("과부족", "일반직", "7급", 1),
        ("과부족", "일반직", "8급", -1), ("과부족", "일반직", "9급", 1), ("과부족", "공무직", "계", 0)]
    assert {s.as_of for s in report.staffing} == {date(2023, 5, 31)}
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate) for b in report.budget] == [
        ("계", 412_580, 187_340, 45.4), ("주민자치 활성화", 58_200, 24_310, 41.8),
        ("찾아가는 동 복지 지원", 214_380, 102_630, 47.9), ("동 청사 관리", 96_000, 41_800, 43.5),
        ("기본경비", 44_000, 18_600, 42.3)]
    assert report.vehicles == []
    building, complaints, welfare = report.tables
    # MinerU's `$\mathrm{m}^{2}$` is the unit it prints: before, `대지($\mathrm{m}^{2}$)`
    assert building.rows == [["구 분", "대지(m²)", "건물(m²)", "규 모", "준공일자"],
                             ["동 청사", "1,250.5", "2,184.3", "지하1층 ~ 지상4층", "2009. 11. 20."]]
    assert (complaints.unit, complaints.rows[1]) == (
        "건", ["계", "2,159", "2,003", "2,407", "2,165", "2,244", "10,978", "11,003", "△25"])
    assert (welfare.as_of, welfare.rows[2]) == (date(2023, 5, 31), ["인 원", "1,883", "942", "417", "263", "261"])
    assert run_checks(report) == []


def test_a_dong_centres_projects_read_line_by_line():
    report = extract_file(REPORTS / DONG)
    assert [(p.seq, p.title, p.team) for p in report.projects] == [
        (1, "찾아가는 동 주민센터 운영", "맞춤형복지팀"), (2, "주민자치회 운영 활성화", "행정민원팀"),
        (3, "빛가람2동 복합청사 건립", "행정민원팀")]
    assert report.projects[0].purpose.startswith("복지 사각지대에 놓인 주민을 먼저 찾아가")
    assert [(b.name, b.budget_krw // 1_000) for b in report.projects[0].budget_lines] == [
        ("계", 214_380), ("국비", 85_750), ("시비", 64_310), ("구비", 64_320)]
    items = _items(report)
    assert items[3:9] == [
        ("복지 사각지대 일제 발굴", ("2023-03", "2023-03"), None),
        ("긴급지원 연계 18가구, 민간자원 연계 45가구", None, None),
        ("우리동네 돌봄단 안부 확인", ("2023-01", "2023-06"), None),
        ("저소득 가구 긴급 생계비 지원", ("2023-01", "2023-05"), 24_500_000),
        ("하반기 복지 사각지대 일제조사", ("2023-09", "2023-10"), None),
        # `연말` is December: before, no month
        ("저소득 가구 김장 나눔 행사", ("2023-12", "2023-12"), None)]
    assert items[-6:] == [
        ("규 모", None, None),  # `연면적 4,820 $\mathrm{m}^{2}$ ,` is `연면적 4,820 m²,`
        ("총사업비", None, 3_210_000_000),
        ("건립 기본계획 수립", ("2023-02", "2023-02"), None),
        ("주민설명회 개최", ("2023-04", "2023-04"), None),
        ("설계공모 및 실시설계", ("2023-07", "2023-12"), None),
        ("임시청사 이전", ("2023-12", "2023-12"), None)]
    assert report.projects[2].items[1].text == "규 모: 연면적 4,820 m², 지하2층 ~ 지상6층"


def test_a_dong_centres_report_finds_the_figures_planted_wrong():
    # a month of one 민원 is its row's; a 계 of 가구 or 인원 its categories' sum; a rate its 단위사업's
    assert planted(DONG, "<td>402</td><td>377</td>", "<td>412</td><td>377</td>") == [
        ("sum.table", "인감증명", "1월", "402", "412")]
    assert planted(DONG, "<td>1,883</td>", "<td>1,893</td>") == [("sum.table", "인 원", "계", "1,883", "1,893")]
    assert planted(DONG, "<td>24,310</td><td>41.8</td>", "<td>24,310</td><td>42.8</td>") == [
        ("rate", "주민자치 활성화", "집행률(%)", "41.8", "42.8")]


def test_a_budget_offices_report_reads_its_figures():
    report = extract_file(REPORTS / BUDGET_OFFICE)
    assert (report.document.department, report.document.year, report.document.team_count) == ("예산과", 2022, 3)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "현원"] == [
        ("계", "계", 16), ("일반직", "5급", 1), ("일반직", "6급", 5), ("일반직", "7급", 4), ("일반직", "8급", 3),
        ("일반직", "9급", 2), ("공무직", "계", 1)]
    assert report.vehicles == []
    # the 구's spending by field is no 단위사업 of the department's: before, its first budget table, `사회복지`
    # 497,650백만원 among its lines
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate, b.as_of)
            for b in report.budget] == [
        ("계", 3_417_500, 1_365_870, 40.0, date(2022, 5, 31)),
        ("재정 건전성 강화", 42_600, 18_930, 44.4, date(2022, 5, 31)),
        ("예산 편성 및 운영", 85_400, 32_150, 37.6, date(2022, 5, 31)),
        ("주민참여예산 운영", 3_210_000, 1_284_500, 40.0, date(2022, 5, 31)),
        ("기금 관리", 28_300, 9_420, 33.3, date(2022, 5, 31)), ("기본경비", 51_200, 20_870, 40.8, date(2022, 5, 31))]
    captions = [(t.caption, t.unit, t.rows[1]) for t in report.tables]
    assert captions[1:] == [
        ("4. 2022년도 구 예산 규모", "백만원", ["계", "812,450", "745,380", "67,070", "9.0"]),
        ("세입예산", "백만원", ["계", "786,120", "100.0"]),
        ("세출예산(분야별)", "백만원", ["계", "786,120", "100.0"])]
    assert run_checks(report) == []


def test_a_budget_offices_projects_agree_with_its_units():
    report = extract_file(REPORTS / BUDGET_OFFICE)
    assert [(p.seq, p.title, p.team, p.unit_name) for p in report.projects] == [
        (1, "2023년도 본예산 편성 준비", "예산팀", "예산 편성 및 운영"),
        (2, "주민참여예산제 운영 내실화", "재정분석팀", "주민참여예산 운영"),
        (3, "지방재정 공시 및 재정 건전성 관리", "재정분석팀", None)]
    assert [[(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000) for b in p.budget_lines]
            for p in report.projects] == [
        [("구비", 85_400, 32_150)], [("구비", 3_210_000, 1_284_500)], [("구비", 42_600, 18_930)]]
    items = _items(report)
    assert items[:4] == [("기 간", ("2022-03", "2022-12"), None), ("내 용", None, None), ("단위사업", None, None),
                         ("2023년도 예산편성 기본계획 수립", ("2022-04", "2022-04"), None)]
    assert ("2023년도 예산 확정 및 배정", ("2022-12", "2022-12"), None) in items
    assert ("2023년도 예산안 구의회 제출", ("2022-11", "2022-11"), None) in items
    assert ("2023년 주민참여예산 제안사업 공모", ("2022-03", "2022-03"), None) in items
    assert ("2022년 주민참여예산 사업 집행", ("2022-01", "2022-05"), 1_284_500_000) in items
    assert ("주민참여예산 총회 개최 및 사업 선정", ("2022-07", "2022-07"), 3_210_000_000) in items


def test_a_budget_offices_report_finds_the_figures_planted_wrong():
    # the field's share is checked as any table's (before, as a budget line's)
    assert planted(BUDGET_OFFICE, "사회복지\t497,650\t63.3", "사회복지\t497,650\t62.3") == [
        ("share.table", "사회복지", "구성비(%)", "63.3", "62.3")]
    assert planted(BUDGET_OFFICE, "특별회계\t26,330\t24,440\t1,890\t7.7", "특별회계\t26,330\t24,440\t1,890\t7.9") == [
        ("rate.table", "특별회계", "증감률(%)", "7.7", "7.9")]
    # the 단위사업 printed twice: its project's 집행액 is compared with the summary's, whose 32,150 its 집행률 makes
    # too: `rate` on it (before, on its 집행률, 38.8, and cross.executed at the line)
    assert planted(BUDGET_OFFICE, "85,400(구비)\t32,150(구비)", "85,400(구비)\t33,150(구비)") == [
        ("rate", "구비", "집행액", "32,150천원", "33,150천원")]


def test_a_department_whose_units_are_named_as_fields_keeps_its_budget():
    # two lines named as fields (`환경`, `보건`) among a department's 단위사업 leave its budget table its own
    path = REPORTS / BUDGET_OFFICE
    text = path.read_text(encoding="utf-8").replace("재정 건전성 강화\t42,600", "환경\t42,600").replace(
        "기금 관리\t28,300", "보건\t28,300")
    report = extract_file(path, text.encode())
    assert [b.name for b in report.budget] == [
        "계", "환경", "예산 편성 및 운영", "주민참여예산 운영", "보건", "기본경비"]


@pytest.mark.parametrize("name", [DONG, BUDGET_OFFICE])
def test_the_new_reports_read_as_their_pdfs(name, tmp_path):
    from pipeline.records import records_data
    from tests.layouts import make_pdfs
    pdf_path = tmp_path / (Path(name).stem + ".pdf")
    make_pdfs().render(REPORTS / name, pdf_path)
    text, pdf = extract_file(REPORTS / name), extract_file(pdf_path)
    assert records_data(pdf, with_sources=False) == records_data(text, with_sources=False)
    assert run_checks(pdf) == run_checks(text) == []


@pytest.mark.parametrize(("printed", "read"), [
    ("대지( $\\mathrm{m}^{2}$ )", "대지(m²)"),
    ("연면적 4,820 $\\mathrm{m}^{2}$ , 지하2층", "연면적 4,820 m², 지하2층"),
    ("$ { \\mathsf { m } } ^ { 2 } $", "m²"),
    ("처리량 12 $\\mathrm{m}^{3}/일$", "처리량 12 m³/일"),
    ("$\\textcircled{1}$ 청사 관리", "① 청사 관리"),
    ("과부족 $\\triangle 1$", "과부족 △1"),
    ("$\\bigcirc$ 기 간: 3월 $\\sim$ 5월", "○ 기 간: 3월 ~ 5월"),
    # what is no unit, symbol or figure stays as printed, and so do dollars around no command
    ("$\\frac{1}{2}$", "$\\frac{1}{2}$"), ("$x_1$", "$x_1$"), ("$\\alpha$", "$\\alpha$"), ("$5 and $6", "$5 and $6")])
def test_mineru_formulas_as_the_characters_they_print(printed, read):
    assert without_inline_math(printed) == read


@pytest.mark.parametrize(("text", "months"), [
    ("연말", ("2023-12",)), ("2024년 연말", ("2024-12",)), ("준공: 연말", ("2023-12",)),
    ("연말정산 교육: 2월", ("2023-02",)), ("연말연시 특별점검: 12월~1월", ("2023-12", "2024-01"))])
def test_the_years_end_is_december(text, months):
    assert parse_period(text, 2023).months == months


def _parted_at(text: str, row: str) -> str:
    """The text with the HTML table holding `row` parted before it into two, as MinerU prints a table a page
    break parts: one right after the other, no mark of the break between."""
    at = text.index(row)
    return f"{text[:at]}</table>\n\n<table>{text[at:]}"


def test_a_table_mineru_parts_at_a_page_break_is_one_table():
    # before, two tables: the 계 found wrong against the rows above the break, 8 errors (`1월`: 1,612 of 2,159)
    path = REPORTS / DONG
    text = _parted_at(path.read_text(encoding="utf-8"), "<tr><td>전입신고</td>")
    report = extract_file(path, text.encode())
    complaints = report.tables[1]
    assert (complaints.caption, len(complaints.rows), complaints.rows[-1][0]) == (
        "3. 민원 처리 실적 (1~5월)", 6, "가족관계증명")
    assert run_checks(report) == []
    wrong = text.replace("<td>1,341</td>", "<td>1,351</td>")
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(extract_file(path, wrong.encode()))] \
        == [("sum.table", "전입신고", "계", "1,341", "1,351")]


def test_a_table_right_after_another_printing_its_own_header_stays_apart():
    # as wide as the table above, but labelling its columns: a table of its own
    text = ("# 2023년 주요업무 보고\n\n# 1. 현황\n\n<table><tr><td>구 분</td><td>가구</td><td>인원</td></tr>"
            "<tr><td>계</td><td>30</td><td>52</td></tr><tr><td>수급</td><td>30</td><td>52</td></tr></table>\n\n"
            "<table><tr><td>구 분</td><td>건수</td><td>금액</td></tr><tr><td>계</td><td>4</td><td>120</td></tr>"
            "<tr><td>지원</td><td>4</td><td>120</td></tr></table>\n")
    report = extract_file(Path("2023-hanbit-test.md"), text.encode())
    assert [table.rows[0] for table in report.tables] == [["구 분", "가구", "인원"], ["구 분", "건수", "금액"]]
