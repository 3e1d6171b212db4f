"""Projects titled by a bullet's mark (`가. 제목 (팀)`, `❶ 제목 (팀)`, as plain text prints a title lettered or
numbered so) whose parts are bullets one level under the title (`  ○ 사업개요`, `  ○ 추진실적`), their items a level
under those (`   - 기간 : 2025. 3. ~ 10.`). Before, the parts were read as items of no part, the items their children,
and the 사업개요's `예산 : 72,000천원(구비)` gave the project no budget."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제301회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n민 원 여 권 과\n\n"
BODY = ("Ⅱ. 주요업무 추진실적\n\n"
        "{first} 무인민원발급기 확대 설치 (민원행정팀)\n\n"
        " ○ 사업개요\n  - 기간 : 2025. 3. ~ 10.\n  - 내용 : 무인민원발급기 6대 추가 설치\n  - 예산 : 72,000천원(구비)\n"
        " ○ 추진실적\n  - 설치 장소 선정 : 3월\n  - 발급기 구매 계약 : 4월 / 48,000천원\n"
        " ○ 향후계획\n  - 발급기 설치 및 운영 : 7월~10월\n\n"
        "{second} 야간·휴일 여권 민원실 운영 (여권팀)\n\n"
        " ○ 사업개요\n  - 기간 : 연중(매주 목요일 21시까지)\n"
        " ○ 추진실적\n  - 야간 접수 1,420건, 휴일 접수 680건 : 1월~5월\n")
ITEMS = [
    ("무인민원발급기 확대 설치", "민원행정팀", [
        ("사업개요", 0, "기간 : 2025. 3. ~ 10.", 3, 10, None),
        ("사업개요", 0, "내용 : 무인민원발급기 6대 추가 설치", None, None, None),
        ("사업개요", 0, "예산 : 72,000천원(구비)", None, None, 72_000_000),
        ("추진실적", 0, "설치 장소 선정 : 3월", 3, 3, None),
        ("추진실적", 0, "발급기 구매 계약 : 4월 / 48,000천원", 4, 4, 48_000_000),
        ("향후계획", 0, "발급기 설치 및 운영 : 7월~10월", 7, 10, None)]),
    ("야간·휴일 여권 민원실 운영", "여권팀", [
        ("사업개요", 0, "기간 : 연중(매주 목요일 21시까지)", 1, 12, None),
        ("추진실적", 0, "야간 접수 1,420건, 휴일 접수 680건 : 1월~5월", 1, 5, None)])]


def projects(r):
    return [(p.title, p.team, [(i.heading, i.depth, i.text, i.start_month, i.end_month, i.amount_krw)
                               for i in p.items]) for p in r.projects]


@pytest.mark.parametrize("first, second", [("가.", "나."), ("❶", "❷")])
def test_parts_one_level_under_a_bullet_title_are_its_parts(first, second):
    r = extract_report(read_text("t.txt", (COVER + BODY.format(first=first, second=second)).encode()))
    assert projects(r) == ITEMS
    assert all(not item.children for p in r.projects for item in p.items)
    assert [(b.name, b.budget_krw, b.funding_source) for b in r.projects[0].budget_lines] == [
        ("구비", 72_000_000, "구비")]
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", ["without-blank-lines", "pandoc-escaped", "pdf grid", "pdf none"])
def test_parts_under_a_lettered_title_in_other_layouts(layout, tmp_path):
    r = read_laid_out(COVER + BODY.format(first="가.", second="나."), layout, tmp_path)
    assert projects(r) == ITEMS
    assert [b.budget_krw for b in r.projects[0].budget_lines] == [72_000_000]


def test_items_under_a_lettered_title_with_no_parts_stay_its_items():
    """No bullet names a part: the title's bullets are its items, at their depth, as before."""
    body = ("Ⅱ. 주요업무 추진실적\n\n가. 무인민원발급기 확대 설치 (민원행정팀)\n\n"
            " ○ 설치 장소 선정 : 3월\n  - 동 주민센터 4곳, 지하철역 2곳\n ○ 발급기 설치 : 7월~10월\n")
    r = extract_report(read_text("t.txt", (COVER + body).encode()))
    [project] = r.projects
    assert [(i.heading, i.depth, i.text, [c.text for c in i.children]) for i in project.items] == [
        ("", 1, "설치 장소 선정 : 3월", ["동 주민센터 4곳, 지하철역 2곳"]), ("", 1, "발급기 설치 : 7월~10월", [])]
