"""What `pdftotext -layout` prints of a PDF report reads as its text does: a project's team on a line of its own
below its numbered title, a table's header printed again over a blank column atop the next page, a running header
atop the cover, page numbers printed bare."""

import pytest

from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document

COVER = """제301회 한빛구의회 제1차 정례회

2025년 주요업무 보고

총 무 과

Ⅲ. 신규ㆍ중점사업 추진실적

"""

TITLE_OVER_TEAM = """{number} 청사 관리
{team}
청사를 안전하게 관리하고자 함

□ 사업개요
 - 기간: 2025. 1. ~ 12.

{second} 민원실 개선
{team2}
민원 대기 공간을 넓히고자 함
"""


@pytest.mark.parametrize(("number", "second"), [("1.", "2."), ("1", "2"), ("①", "②"), ("❶", "❷"), ("가.", "나.")])
@pytest.mark.parametrize(("team", "team2"), [("총무팀", "민원팀"), ("(총무팀)", "(민원팀)"),
                                             ("     총무팀", "   민원팀")])
def test_a_team_on_a_line_of_its_own_below_a_numbered_title_is_the_projects(number, second, team, team2, tmp_path):
    """`pdftotext -layout` prints a title's team, set at the right of its line or on a line of its own below it,
    on a line of its own: before, the title, team and purpose ran into one paragraph and the project had no title."""
    source = tmp_path / "report.txt"
    source.write_text(COVER + TITLE_OVER_TEAM.format(number=number, second=second, team=team, team2=team2),
                      encoding="utf-8")
    projects = extract_file(source).projects
    assert [(p.title, p.team, p.purpose) for p in projects] == [
        ("청사 관리", "총무팀", "청사를 안전하게 관리하고자 함"),
        ("민원실 개선", "민원팀", "민원 대기 공간을 넓히고자 함")]


@pytest.mark.parametrize("number", ["1", "1."])
def test_a_numbered_title_ending_in_its_team_is_apart_from_its_purpose_below(number, tmp_path):
    source = tmp_path / "report.txt"
    source.write_text(COVER + f"{number} 지방세 체납액 징수 강화 세무관리팀\n"
                      "체납액을 적극 정리하여 조세 정의를 실현하고자 함\n\n□ 사업개요\n - 목표: 체납액 32억원 정리\n",
                      encoding="utf-8")
    (project,) = extract_file(source).projects
    assert (project.title, project.team, project.purpose) == (
        "지방세 체납액 징수 강화", "세무관리팀", "체납액을 적극 정리하여 조세 정의를 실현하고자 함")


def test_a_numbered_line_over_a_wrapped_line_still_runs_on(tmp_path):
    """A numbered item whose line goes on below (no team's name alone) is one paragraph, as before."""
    source = tmp_path / "report.txt"
    source.write_text(COVER + "1. 청사 관리 업무를 위한 시설 점검과\n보수 계획 수립\n", encoding="utf-8")
    assert read_document(source).blocks[-1].text == "1. 청사 관리 업무를 위한 시설 점검과 보수 계획 수립"


BUDGET_OVER_A_PAGE = """ 4. 예 산
                                                         (2023. 5. 31. 현재, 단위: 천원)
                               단위사업          세부사업            예산액          집행액        집행률(%)

                                                            4,500,000    1,200,000   26.7
                              합계
                                           금연사업 운영          800,000      200,000     25.0


{footer}
\f


{header}

                                        비만예방 관리         700,000         150,000    21.4
                              건강증진 사업
                                        구강보건 사업         500,000         100,000    20.0

                                        심뇌혈관 예방         1,500,000       450,000    30.0
                              만성질환 관리
                                        치매관리 사업         1,000,000       300,000    30.0

 Ⅱ. 주요업무 추진실적
"""


@pytest.mark.parametrize("header", ["                               단위사업       세부사업           예산액    "
                                    "         집행액       집행률(%)",
                                    "                              단위사업        세부사업             예산액      "
                                    "     집행액        집행률(%)"])
@pytest.mark.parametrize("footer", ["                         -1-", "                        - 1 -", ""])
def test_a_header_printed_again_over_a_blank_column_atop_the_next_page_goes_on_from_the_table(header, footer, tmp_path):
    """The 단위사업 column printing only its group labels between their rows (`건강증진 사업`), `pdftotext -layout`
    lays the page out a column fewer and the header printed again reads `단위사업 세부사업` as one: before, the
    rows below the break were a table of their own, their group labels rows of no figures and the budget's
    parents lost."""
    source = tmp_path / "report.txt"
    source.write_text(BUDGET_OVER_A_PAGE.format(header=header, footer=footer), encoding="utf-8")
    (table,) = [b for b in read_document(source).blocks if isinstance(b, Table)]
    assert table.rows == (
        ("단위사업", "세부사업", "예산액", "집행액", "집행률(%)"), ("합계", "", "4,500,000", "1,200,000", "26.7"),
        ("", "금연사업 운영", "800,000", "200,000", "25.0"),
        ("건강증진 사업", "비만예방 관리", "700,000", "150,000", "21.4"),
        ("", "구강보건 사업", "500,000", "100,000", "20.0"),
        ("만성질환 관리", "심뇌혈관 예방", "1,500,000", "450,000", "30.0"),
        ("", "치매관리 사업", "1,000,000", "300,000", "30.0"))


PAGES = """{running}


제301회 한빛구의회 제1차 정례회

2025년 주요업무 보고

복지정책과

Ⅰ. 일반현황

{number1}
\f{running}


Ⅱ. 주요업무 추진실적

1. 복지 상담 강화

 ○ 상담 1,200건

{number2}
\f{running}

 ○ 방문 300건

{number3}
"""


@pytest.mark.parametrize("running", ["                                                   2025 주요업무보고",
                                     "복지정책과 업무보고"])
@pytest.mark.parametrize("numbers", [("1", "2", "3"), ("                 1", "                    2", "       3"),
                                     ("- 1 -", "- 2 -", "- 3 -")])
def test_a_running_header_atop_the_cover_and_page_numbers_printed_bare_are_no_text(running, numbers, tmp_path):
    """A running header printed on every page, the cover's too, that is not the cover's title: before, on the
    cover it was read as the report's title (`2025 주요업무보고`); a page number printed bare at the foot was a
    paragraph or a bullet's text (`상담 1,200건 2`)."""
    source = tmp_path / "report.txt"
    number1, number2, number3 = numbers
    source.write_text(PAGES.format(running=running, number1=number1, number2=number2, number3=number3),
                      encoding="utf-8")
    report = extract_file(source)
    assert (report.document.title, report.document.department) == ("2025년 주요업무 보고", "복지정책과")
    texts = [b.text for b in read_document(source).blocks if not isinstance(b, Table)]
    assert texts[-3:] == ["1. 복지 상담 강화", "상담 1,200건", "방문 300건"]
    assert not any(text.strip() in {"1", "2", "3"} or "업무보고" in text for text in texts)
