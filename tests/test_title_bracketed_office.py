"""A project's office of another kind than a 팀 bracketed alone after its title (`1. 구정소식지 발간 (홍보담당관)`,
`(청사관리TF)`, `(민원담당)`, `【총무과】`) is its team, as `(청사관리팀)` is; before, the title kept the bracket and
named no team. A bracket of other words stays the title's (`(가칭)`, `(3개소)`, `(구 복지센터)`, `(운영성과)`), as
before; and so does an office bracketed on a line of its own below the title (not read yet)."""

import pytest

from extractors.projects import split_title
from pipeline.extract import extract_file
from tests.layouts import make_pdfs


@pytest.mark.parametrize(("printed", "expected"), [
    ("구정소식지 발간 (홍보담당관)", ("구정소식지 발간", "홍보담당관", None)),
    ("청사 관리 (청사관리TF)", ("청사 관리", "청사관리TF", None)),
    ("민원 처리 ( 민원담당 )", ("민원 처리", "민원담당", None)),
    ("민원 처리 [계속] (민원담당)", ("민원 처리", "민원담당", "계속")),
    ("민원 처리 (민원담당) [신규]", ("민원 처리", "민원담당", "신규")),
    ("구정소식지 발간 【홍보담당관】", ("구정소식지 발간", "홍보담당관", None)),
    ("구정소식지 발간 <홍보담당관>", ("구정소식지 발간", "홍보담당관", None)),
    ("청사 관리(총무과)", ("청사 관리", "총무과", None)),
    ("청소년 프로그램 운영 (청소년상담센터)", ("청소년 프로그램 운영", "청소년상담센터", None)),
    ("청사 보수 (청사관리팀)", ("청사 보수", "청사관리팀", None)),  # as before
    # brackets of other words: the title's
    ("구민회관 건립 (가칭)", ("구민회관 건립 (가칭)", None, None)),
    ("경로당 보수 (3개소)", ("경로당 보수 (3개소)", None, None)),
    ("청사 이전 (구 복지센터)", ("청사 이전 (구 복지센터)", None, None)),
    ("주민참여예산 평가 (운영성과)", ("주민참여예산 평가 (운영성과)", None, None)),
    ("청사 안전 점검 (점검결과)", ("청사 안전 점검 (점검결과)", None, None)),
    ("쉼터 운영 (신규)", ("쉼터 운영", None, "신규")),
    ("(홍보담당관)", ("(홍보담당관)", None, None)),  # a bracket alone: no title before it
])
def test_an_office_bracketed_after_a_title(printed, expected):
    assert split_title(printed)[:3] == expected


COVER = "제258회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
BODY = ("Ⅱ. 주요업무 추진실적\n\n1. 구정소식지 발간 (홍보담당관)\n\n□ 추진실적\n\n○ 소식지 발행 : 매월\n\n"
        "2. 청사 관리 [계속] (청사관리TF)\n\n□ 추진실적\n\n○ 방수공사 : 4월\n\n"
        "3. 민원 처리 개선 【민원담당】\n\n□ 추진실적\n\n○ 무인민원발급기 설치 : 3월\n\n"
        "4. 구민회관 건립 (가칭)\n\n□ 추진실적\n\n○ 기본설계 : 5월\n\n"
        "5. 경로당 보수 (3개소)\n\n□ 추진실적\n\n○ 보수공사 : 6월\n")


@pytest.mark.parametrize("layout", ["tab", "md", "pdf grid", "pdf none"])
def test_a_reports_titles_so_printed(layout, tmp_path):
    source = tmp_path / "t.txt"
    source.write_text(COVER + BODY, encoding="utf-8")
    if layout.startswith("pdf"):
        make_pdfs().render(source, tmp_path / "t.pdf", layout.removeprefix("pdf "))
        source = tmp_path / "t.pdf"
    elif layout == "md":
        source = source.rename(tmp_path / "t.md")
    assert [(p.seq, p.title, p.team, p.continuity) for p in extract_file(source).projects] == [
        (1, "구정소식지 발간", "홍보담당관", None), (2, "청사 관리", "청사관리TF", "계속"),
        (3, "민원 처리 개선", "민원담당", None), (4, "구민회관 건립 (가칭)", None, None),
        (5, "경로당 보수 (3개소)", None, None)]


def test_an_office_bracketed_on_a_line_of_its_own_below_a_title_is_no_team_yet(tmp_path):
    """Not read yet: `(홍보담당관)` on the line below its title names no team, where `(청사관리팀)` there does."""
    body = BODY.replace("1. 구정소식지 발간 (홍보담당관)", "1. 구정소식지 발간\n\n(홍보담당관)")
    source = tmp_path / "t.txt"
    source.write_text(COVER + body, encoding="utf-8")
    assert [(p.title, p.team) for p in extract_file(source).projects][0] == ("구정소식지 발간", None)
