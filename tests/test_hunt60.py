"""Two departments' reports in converter styles not held before, read against their text line by line (branch hunt60):
- `2022-hanbit-gajeongbokji.txt` (가정복지과 2022, Hancom's own "save as txt" of an .hwp, in CP949 with CRLF: tables
  in tabs, `ㅇ`/`-` bullets and labels set with full-width spaces, a `※` note): the staffing and fleet tables, the
  budget, 어린이집 현황 with its group labels merged down (`국공립` over a blank), `32억 1,000만원` with its sources.
- `2023-hanbit-munhwacheyuk.md` (문화체육과 2023, markitdown's markdown of a docx whose headings and `□` parts Word
  numbers and marks itself, so neither is printed: `# 주요업무 추진실적`, `## 생활체육 활성화 (체육진흥팀)` over
  `* 사업개요` and `  + 기 간: 연중`): a staffing table whose lower header row is shifted left under the cells merged
  down, a festival's days `2023. 10. 6. ~ 10. 8.`, 체육시설 by 동 with 소계, the 동 merged down as markitdown drops it.
What they read wrong before: the Hancom text read right. The markitdown text gave no project at all: its parts, named
by no numeral (`# 일반현황`, `# 주요업무 추진실적`), were not found, so everything was the general part; and with
the parts numbered but the titles not (`## 한빛 가을 문화축제 개최 (문화예술팀)`), the first title was a part of a
project of no title and each later one an item of the project above. Neither report has a finding; each planted
error is found on its cell."""

import functools
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.test_hunt58 import budget_lines, items

REPORTS = Path(__file__).parent / "department_reports"
FAMILY, CULTURE = "2022-hanbit-gajeongbokji.txt", "2023-hanbit-munhwacheyuk.md"


@functools.cache
def report(name: str):
    return extract_file(REPORTS / name)


def findings(found) -> list[tuple]:
    return [(f.rule, f.severity, f.source.line, f.row, f.column, f.expected, f.actual) for f in run_checks(found)]


def planted(name: str, old: str, new: str, encoding: str = "utf-8") -> list[tuple]:
    """The findings of the report with one printed figure changed."""
    data = (REPORTS / name).read_bytes()
    assert data.count(old.encode(encoding)) == 1
    return findings(extract_file(REPORTS / name, data.replace(old.encode(encoding), new.encode(encoding))))


def variant(text: str):
    """The markitdown report with its text changed, as another Word file would print it."""
    return extract_file(REPORTS / CULTURE, text.encode())


def staffing(found, status: str) -> list[tuple]:
    return [(s.job_class, s.grade, s.headcount) for s in found.staffing if s.status == status]


def fleet(found) -> list[tuple]:
    return [(c.category, c.kind, c.count) for v in found.vehicles for c in v.counts]


def budget(found) -> list[tuple]:
    return [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in found.budget]


def titles(found) -> list[tuple]:
    return [(p.section, p.seq, p.title, p.team, p.purpose) for p in found.projects]


@pytest.mark.parametrize("name", [FAMILY, CULTURE])
def test_the_reports_give_no_finding(name):
    assert findings(report(name)) == []


def test_hancoms_text_in_cp949_reads_its_cover_staffing_fleet_and_budget():
    family = report(FAMILY)
    document = family.document
    assert (document.council, document.department, document.year, document.team_count, document.title) == (
        "한빛구의회", "가정복지과", 2022, 3, "2022년 주요업무보고")
    assert staffing(family, "정원") == [("계", "계", 18), ("계", "5급", 1), ("계", "6급", 4), ("계", "7급", 6),
                                        ("계", "8급", 4), ("계", "9급", 2), ("공무직", "계", 1)]
    assert staffing(family, "현원") == [("계", "계", 17), ("계", "5급", 1), ("계", "6급", 4), ("계", "7급", 5),
                                        ("계", "8급", 4), ("계", "9급", 2), ("공무직", "계", 1)]
    assert staffing(family, "과부족") == [("계", "계", -1), ("계", "5급", 0), ("계", "6급", 0), ("계", "7급", -1),
                                         ("계", "8급", 0), ("계", "9급", 0), ("공무직", "계", 0)]
    assert fleet(family) == [("계", "계", 2), ("장비", "승용", 1), ("장비", "승합", 1), ("장비", "화물", 0)]
    assert budget(family) == [("계", 41_250_000_000, 17_421_300_000, 42.2),
                              ("보육시설 운영 지원", 30_120_000_000, 12_650_400_000, 42.0),
                              ("보육료 지원", 3_210_000_000, 1_444_500_000, 45.0),
                              ("아동복지 증진", 7_850_000_000, 3_297_000_000, 42.0),
                              ("기본경비", 70_000_000, 29_400_000, 42.0)]
    [nurseries] = family.tables
    assert (nurseries.caption, nurseries.unit) == ("어린이집 현황", "개소, 명")
    assert nurseries.rows == [["구 분", "", "시설수", "정 원", "현 원"], ["계", "", "212", "9,850", "8,420"],
                              ["국공립", "구립", "38", "2,460", "2,310"], ["", "법인", "6", "520", "470"],
                              ["민간", "민간", "61", "3,720", "3,060"], ["", "가정", "102", "2,630", "2,090"],
                              ["직장", "", "5", "520", "490"]]


def test_hancoms_text_reads_its_projects_amounts_and_periods():
    family = report(FAMILY)
    assert titles(family) == [
        ("Ⅱ 주요업무 추진실적", 1, "어린이집 운영 지원", "보육정책팀",
         "어린이집 운영비와 교직원 인건비를 지원하여 보육의 공공성과 질을 높이고자 함"),
        ("Ⅱ 주요업무 추진실적", 2, "영유아 보육료 지원", "보육지원팀",
         "부모의 양육 부담을 덜고자 어린이집 이용 아동의 보육료를 지원함"),
        ("Ⅱ 주요업무 추진실적", 3, "아동복지 증진", "아동복지팀",
         "아동이 건강하게 자랄 수 있도록 돌봄과 급식을 지원함")]
    nurseries, fees, children = family.projects
    assert items(nurseries) == [
        ("사업개요", "기 간 : 연중", 0, 1, 12, None, None),
        ("사업개요", "대 상 : 관내 어린이집 212개소", 0, None, None, None, None),
        ("사업개요", "사 업 비 : 301억 2,000만원 (국비 150억 6,000만원, 시비 90억 3,600만원, 구비 60억 2,400만원)",
         0, None, None, None, 30_120_000_000),
        ("추진실적", "어린이집 현황", 0, None, None, None, None),
        ("추진실적", "교직원 인건비 지원 : 1월~5월 / 1,284명, 96억 3,000만원", 0, 1, 5, None, 9_630_000_000),
        ("추진실적", "어린이집 정기 점검(2022. 4. 4. ~ 4. 29.) : 212개소 중 208개소 점검", 0, 4, 4, None, None),
        ("추진실적", "시정명령 3건, 보조금 환수 2건(4,820천원)", 1, None, None, None, None),
        ("추진실적", "미점검 4개소는 휴원 중", 0, None, None, None, None),
        ("향후계획", "하반기 어린이집 정기 점검 : 10월~11월", 0, 10, 11, None, None),
        ("향후계획", "보육교직원 처우개선비 지급 : 연중", 0, 1, 12, None, None)]
    assert budget_lines(nurseries) == [("계", 30_120_000_000, None, None, None),
                                       ("국비", 15_060_000_000, None, None, "국비"),
                                       ("시비", 9_036_000_000, None, None, "시비"),
                                       ("구비", 6_024_000_000, None, None, "구비")]
    assert items(fees)[2:5] == [
        ("사업개요", "사 업 비 : 32억 1,000만원 (국비 22억 4,700만원, 시비 4억 8,150만원, 구비 4억 8,150만원)",
         0, None, None, None, 3_210_000_000),
        ("추진실적", "보육료 지원 : 1월~5월 / 월평균 8,420명, 14억 4,450만원", 0, 1, 5, None, 1_444_500_000),
        ("추진실적", "누리과정 지원 : 3월~5월 / 3,150명", 0, 3, 5, None, None)]
    assert items(fees)[-1] == (
        "향후계획", "보육료 부정수급 점검 : 상반기 중 계획 수립, 하반기 실시", 0, 1, 12, None, None)
    assert budget_lines(fees)[2:] == [("시비", 481_500_000, None, None, "시비"),
                                      ("구비", 481_500_000, None, None, "구비")]
    assert items(children) == [
        ("사업개요", "기 간 : 2022. 1. ~ 12.", 0, 1, 12, None, None),
        ("사업개요", "내 용 : 지역아동센터 운영 지원, 아동급식 지원", 0, None, None, None, None),
        ("추진실적", "지역아동센터 운영 지원 : 24개소 / 6억 3,500만원", 0, None, None, None, 635_000_000),
        ("추진실적", "아동급식카드 지원 : 1월~5월 / 2,140명", 0, 1, 5, None, None),
        ("향후계획", "아동친화도시 인증 신청 : 2022. 9.", 0, 9, 9, None, None),
        ("향후계획", "드림스타트 사례관리 : 연중", 0, 1, 12, None, None)]


def test_markitdowns_report_of_unnumbered_parts_reads_its_general_part():
    culture = report(CULTURE)
    document = culture.document
    assert (document.council, document.department, document.year, document.team_count, document.title) == (
        "한빛구의회", "문화체육과", 2023, 4, "2023년 주요업무보고")
    assert staffing(culture, "정원") == [("계", "계", 24), ("일반직", "5급", 1), ("일반직", "6급", 5),
                                         ("일반직", "7급", 8), ("일반직", "8급", 5), ("일반직", "9급", 3),
                                         ("공무직", "계", 2)]
    assert staffing(culture, "현원") == [("계", "계", 23), ("일반직", "5급", 1), ("일반직", "6급", 5),
                                         ("일반직", "7급", 7), ("일반직", "8급", 6), ("일반직", "9급", 2),
                                         ("공무직", "계", 2)]
    assert fleet(culture) == [("계", "계", 3), ("장비", "승용", 1), ("장비", "승합", 1), ("장비", "화물", 1)]
    assert budget(culture) == [("계", 12_480_000_000, 4_617_800_000, 37.0),
                               ("문화예술 진흥", 3_260_000_000, 1_304_000_000, 40.0),
                               ("지역축제 개최", 1_850_000_000, 351_500_000, 19.0),
                               ("생활체육 활성화", 2_140_000_000, 920_200_000, 43.0),
                               ("체육시설 운영", 5_150_000_000, 2_008_500_000, 39.0),
                               ("기본경비", 80_000_000, 33_600_000, 42.0)]
    [facilities] = culture.tables
    assert (facilities.caption, facilities.unit, facilities.project_seq) == ("동별 공공체육시설 현황", "개소", 3)
    assert facilities.rows[:5] == [["동 별", "구 분", "계", "체육관", "운동장", "테니스장"],
                                   ["합 계", "", "31", "6", "11", "14"], ["한빛1동", "소 계", "9", "2", "3", "4"],
                                   ["", "구립", "6", "2", "1", "3"], ["", "학교개방", "3", "-", "2", "1"]]


def test_markitdowns_report_reads_its_unnumbered_titles_and_parts():
    culture = report(CULTURE)
    assert titles(culture) == [
        ("주요업무 추진실적", 1, "한빛 가을 문화축제 개최", "문화예술팀",
         "구민과 함께하는 지역 대표 축제를 열어 문화 향유 기회를 넓히고자 함"),
        ("주요업무 추진실적", 2, "생활체육 활성화", "체육진흥팀",
         "구민 누구나 가까운 곳에서 운동할 수 있도록 생활체육 프로그램을 운영함"),
        ("주요업무 추진실적", 3, "공공체육시설 운영", "체육시설팀",
         "동별 공공체육시설을 안전하게 운영하여 구민의 체육 활동을 돕고자 함")]
    festival, sports, facilities = culture.projects
    assert items(festival) == [
        ("사업개요", "기 간: 2023. 10. 6. ~ 10. 8. (3일간)", 0, 10, 10, None, None),
        ("사업개요", "장 소: 한빛천 둔치 일원", 0, None, None, None, None),
        ("사업개요", "사업비: 18억 5,000만원 (시비 5억원, 구비 13억 5,000만원)", 0, None, None, None, 1_850_000_000),
        ("추진실적", "축제 기본계획 수립: 2023. 2.", 0, 2, 2, None, None),
        ("추진실적", "공연단체 공모: 2023. 3. 13. ~ 3. 31. / 42개 단체 신청, 15개 단체 선정", 0, 3, 3, None, None),
        ("추진실적", "축제 홍보물 제작: 4월~5월 / 35,200천원", 0, 4, 5, None, 35_200_000),
        ("향후계획", "축제 개최: 2023. 10. 6. ~ 10. 8.", 0, 10, 10, None, None),
        ("향후계획", "결과 보고 및 만족도 조사: 11월", 0, 11, 11, None, None)]
    assert budget_lines(festival) == [("계", 1_850_000_000, None, None, None),
                                      ("시비", 500_000_000, None, None, "시비"),
                                      ("구비", 1_350_000_000, None, None, "구비")]
    assert items(sports)[3:] == [
        ("추진실적", "생활체육교실 운영: 1월~5월 / 48개 교실, 1,920명", 0, 1, 5, None, None),
        ("추진실적", "구민 체육대회: 2023. 5. 20. / 3,400명 참여", 0, 5, 5, None, None),
        ("향후계획", "하반기 생활체육교실 운영: 7월~12월", 0, 7, 12, None, None)]
    assert budget_lines(sports) == [("계", 2_140_000_000, 920_200_000, None, None),
                                    ("시비", 640_000_000, 276_000_000, None, "시비"),
                                    ("구비", 1_500_000_000, 644_200_000, None, "구비")]
    assert items(facilities)[-1] == (
        "향후계획", "노후 체육관 바닥 교체: 2023. 7. ~ 9. / 3억 2,000만원", 0, 7, 9, None, 320_000_000)


def test_unnumbered_titles_over_bold_box_parts_and_numbered_parts_read_alike():
    """The same Word file with its `□` parts typed (`**□ 사업개요**`), or its parts numbered in the text (`# Ⅱ.
    주요업무 추진실적`) and its titles not, gives the same projects (the part's label its numeral too)."""
    text = (REPORTS / CULTURE).read_text(encoding="utf-8")
    boxed = text
    for part in ("사업개요", "추진실적", "향후계획"):
        boxed = boxed.replace(f"* {part}\n", f"**□ {part}**\n\n")
    boxed = boxed.replace("\n  + ", "\n* ")
    assert titles(variant(boxed)) == titles(report(CULTURE))
    assert [items(p) for p in variant(boxed).projects] == [items(p) for p in report(CULTURE).projects]
    numbered = text.replace("# 일반현황", "# Ⅰ. 일반현황").replace("# 주요업무 추진실적", "# Ⅱ. 주요업무 추진실적")
    found = variant(numbered)
    assert [(p.section, p.seq, p.title, p.team) for p in found.projects] == [
        ("Ⅱ 주요업무 추진실적", 1, "한빛 가을 문화축제 개최", "문화예술팀"),
        ("Ⅱ 주요업무 추진실적", 2, "생활체육 활성화", "체육진흥팀"),
        ("Ⅱ 주요업무 추진실적", 3, "공공체육시설 운영", "체육시설팀")]
    assert [items(p) for p in found.projects] == [items(p) for p in report(CULTURE).projects]
    assert findings(found) == []


def test_a_heading_naming_no_part_alone_is_no_part():
    """The report's title (`# 2023년 주요업무보고`) and a heading that says more than a part's name are no parts: a
    report whose headings name none keeps all in its general part, as before."""
    text = (REPORTS / CULTURE).read_text(encoding="utf-8")
    found = variant(text.replace("# 일반현황", "# 부서 일반현황 및 조직").replace(
        "# 주요업무 추진실적", "# 그간의 주요업무 추진실적과 향후 계획"))
    assert found.projects == []
    assert found.document.title == "2023년 주요업무보고"


def test_planted_errors_in_hancoms_text_are_found_on_their_cells():
    assert planted(FAMILY, "현　원\t17\t1\t4\t5", "현　원\t17\t1\t4\t6", "cp949") == [
        ("sum.staffing", "error", 17, "현원", "계 7급", "5", "6")]
    assert planted(FAMILY, "\t가정\t102\t2,630", "\t가정\t102\t2,680", "cp949") == [
        ("sum.table", "error", 48, "계", "정 원", "9,900", "9,850")]
    assert planted(FAMILY, "보육료 지원\t3,210,000\t1,444,500", "보육료 지원\t3,210,000\t1,445,500", "cp949") == [
        ("sum.budget", "error", 28, "계", "집행액", "17,422,300천원", "17,421,300천원")]
    assert planted(FAMILY, "시비 4억 8,150만원, 구비", "시비 4억 8,250만원, 구비", "cp949") == [
        ("sum.project_budget", "error", 69, "계", "예산액", "32억 1,100만원", "32억 1,000만원")]


def test_planted_errors_in_markitdowns_text_are_found_on_their_cells():
    assert planted(CULTURE, "| 현 원 | 23 | 1 | 5 | 7 | 6 |", "| 현 원 | 23 | 1 | 5 | 7 | 5 |") == [
        ("sum.staffing", "error", 23, "현원", "일반직 8급", "6", "5")]
    assert planted(CULTURE, "| 구립 | 7 | 2 | 2 | 3 |", "| 구립 | 7 | 2 | 3 | 3 |") == [
        ("sum.table", "error", 110, "새솔1동 / 구립", "운동장", "2", "3")]
    assert planted(CULTURE, "| 강변1동 | 소 계 | 10 |", "| 강변1동 | 소 계 | 11 |") == [
        ("sum.table", "error", 112, "강변1동 / 소 계", "계", "10", "11")]
    assert planted(CULTURE, "| 집행액 | 920,200 | 276,000", "| 집행액 | 920,200 | 267,000") == [
        ("sum.project_budget", "error", 81, "계", "집행액", "911,200천원", "920,200천원")]
