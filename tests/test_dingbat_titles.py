"""Project titles numbered with the other circled digits word processors offer (`❶`, `➊`, `➀`, `⓵`), as some
councils' house styles number them, read as `①` titles are; the same marks on items under titles numbered
otherwise stay items."""

import pytest

from tests.layouts import read_laid_out

COVER = "2025년 주요업무 보고\n\n기획예산과\n\nⅡ. 주요업무 추진상황\n\n"


def body(marks: str) -> str:
    first, second = marks
    return (f"【 주요사업 】\n\n{first} 2026년도 본예산 편성 (예산팀)\n\n"
            "재정 여건을 반영한 건전한 예산을 편성하고자 함\n\n□ 추진실적 및 계획\n\n"
            "- ’25. 7월 : 예산편성 기본지침 시달\n\n□ 향후 추진계획\n\n- 12월 : 구의회 의결\n\n"
            f"{second} 주민참여예산 운영 (재정팀)\n\n주민참여예산제를 내실 있게 운영하고자 함\n\n"
            "□ 추진실적 및 계획\n\n- 동별 지역회의 개최 : 2025. 4.~6.\n")


def summary(report):
    return [(p.seq, p.title, p.team, [(i.text, i.start_month, i.end_month) for i in p.items])
            for p in report.projects]


# the CID fonts the PDFs are drawn with have `❶` and `➊` but not `➀` nor `⓵` (drawn as nothing)
@pytest.mark.parametrize(("marks", "layout"), [
    *((marks, layout) for marks in ("❶❷", "➊➋", "➀➁", "⓵⓶")
      for layout in ("tab", "without-blank-lines", "pandoc-escaped")),
    *((marks, layout) for marks in ("❶❷", "➊➋") for layout in ("pdf grid", "pdf horizontal"))])
def test_titles_numbered_with_other_circled_digits_start_their_projects(marks, layout, tmp_path):
    # before, `❶ 제목 (팀)` was a bullet: the first project had no title and the second's title was an item of
    # the first (`주민참여예산 운영 (재정팀)` under `12월 : 구의회 의결`), its own items the first's
    report = read_laid_out(COVER + body(marks), layout, tmp_path)
    assert summary(report) == [
        (1, "2026년도 본예산 편성", "예산팀",
         [("’25. 7월 : 예산편성 기본지침 시달", 7, 7), ("12월 : 구의회 의결", 12, 12)]),
        (2, "주민참여예산 운영", "재정팀", [("동별 지역회의 개최 : 2025. 4.~6.", 4, 6)])]


@pytest.mark.parametrize("title", ["① 청사 관리 (총무팀)", "1. 청사 관리 (총무팀)"])
def test_other_circled_digits_under_titles_numbered_otherwise_stay_items(title, tmp_path):
    text = (COVER + f"{title}\n\n청사를 관리하고자 함\n\n□ 추진실적\n\n❶ 승강기 교체 : 3월\n\n❷ 방수공사 : 5월\n\n"
            "❸ 외벽 보수 : 6월\n")
    report = read_laid_out(text, "tab", tmp_path)
    assert summary(report) == [(1, "청사 관리", "총무팀", [("승강기 교체 : 3월", 3, 3), ("방수공사 : 5월", 5, 5),
                                                         ("외벽 보수 : 6월", 6, 6)])]


@pytest.mark.parametrize("group", ["【 주요사업 】", "【주요사업】", "< 주요사업 >", "〔 주요사업 〕",
                                   "《 신규사업 》"])
@pytest.mark.parametrize("marks", ["①②", "❶❷"])
def test_a_bracketed_group_label_over_the_titles_is_no_project(group, marks, tmp_path):
    # before, `【 주요사업 】` above the first title was a project of its own, numbered 1, with no title and the
    # label as its purpose, beside the real project 1
    text = COVER + body(marks).replace("【 주요사업 】", group)
    report = read_laid_out(text, "tab", tmp_path)
    assert [(p.seq, p.title, p.purpose) for p in report.projects] == [
        (1, "2026년도 본예산 편성", "재정 여건을 반영한 건전한 예산을 편성하고자 함"),
        (2, "주민참여예산 운영", "주민참여예산제를 내실 있게 운영하고자 함")]
