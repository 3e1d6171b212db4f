"""A project's team printed between dashes after its title (`3. 마을버스 노선 개편 [신규]  - 교통정책팀 -`,
`-교통정책팀-`, `– 교통정책팀 –`), or so on a line of its own below it, is its team, as `- 교통정책팀` is (before,
the title kept the team, its dashes and its continuity marker: `마을버스 노선 개편 [신규] - 교통정책팀 -`, no team)."""

import pytest

from extractors.projects import split_title
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("printed", "expected"), [
    ("마을버스 노선 개편 - 교통정책팀 -", ("마을버스 노선 개편", "교통정책팀", None)),
    ("마을버스 노선 개편 [신규]  - 교통정책팀 -", ("마을버스 노선 개편", "교통정책팀", "신규")),
    ("마을버스 노선 개편 -교통정책팀-", ("마을버스 노선 개편", "교통정책팀", None)),
    ("마을버스 노선 개편 – 교통정책팀 –", ("마을버스 노선 개편", "교통정책팀", None)),
    ("마을버스 노선 개편 - 교통정책팀, 대중교통팀 -", ("마을버스 노선 개편", "교통정책팀, 대중교통팀", None)),
    # as before: a dash before it alone, and a 팀 that is the title's own noun
    ("마을버스 노선 개편 - 교통정책팀", ("마을버스 노선 개편", "교통정책팀", None)),
    ("체납 전담팀 운영", ("체납 전담팀 운영", None, None)),
])
def test_a_team_between_dashes_after_a_title(printed, expected):
    assert split_title(printed)[:3] == expected


REPORT = ("제258회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n교 통 행 정 과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n1. 공영주차장 확충  - 주차시설팀 -\n\n□ 추진실적\n\n○ 공사 착공 : 3월\n\n"
          "2. 마을버스 노선 개편 [신규]  - 교통정책팀 -\n\n□ 추진실적\n\n○ 노선 개편 용역 : 1월~4월 / 45,000천원\n\n"
          "3. 불법 주정차 단속 강화\n\n- 주차관리팀 -\n\n□ 추진실적\n\n○ 단속카메라 설치 : 3월\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pdf grid"])
def test_a_reports_titles_so_printed(layout, tmp_path):
    report = read_laid_out(REPORT, layout, tmp_path)
    assert [(p.seq, p.title, p.team, p.continuity) for p in report.projects] == [
        (1, "공영주차장 확충", "주차시설팀", None), (2, "마을버스 노선 개편", "교통정책팀", "신규"),
        (3, "불법 주정차 단속 강화", "주차관리팀", None)]
    assert [item.text for p in report.projects for item in p.items] == [
        "공사 착공 : 3월", "노선 개편 용역 : 1월~4월 / 45,000천원", "단속카메라 설치 : 3월"]
