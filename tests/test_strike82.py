"""Struck text and a cell's markdown list (branch strike82), as Google Docs' markdown, pandoc and markitdown print
them: `~~10,000천원~~ 12,000천원` (HTML's `<del>`, `<s>`, `<strike>`) is a corrected figure beside the current one,
which is what is read; `| 비 고 | * 위원회 수당<br>* 회의 운영비 포함 |` a bulleted list in a cell, read without its
`*` marks. Before, the struck figure stayed as text, so its item had no amount and its cell no figure (no check
ran on it), and the stars were the cell's text. `~~` that is a range (`3월~~5월`) stays one."""


import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.read_text import read_text
from pipeline.values import clean_text
from tests.conftest import audit_with, every_item

K = 1_000  # 천원


def test_a_struck_amount_and_month_are_not_read():
    report = audit_with(("* 예 산: 286,000천원(구비)", "* 예 산: ~~250,000천원~~ 286,000천원(구비)"),
                        ("1. 1/4분기 추진상황 점검: 4월", "1. 1/4분기 추진상황 점검: ~~3월~~ 4월"))
    items = [(i.text, i.months, i.amount_krw) for i in every_item(report.projects[0].items)]
    assert items[3:6] == [("예 산: 286,000천원(구비)", None, 286_000 * K),
                          ("2026년 주요업무 계획 수립: 1월 / 84개 과제", ["2026-01"], None),
                          ("1/4분기 추진상황 점검: 4월", ["2026-04"], None)]


def test_a_wholly_struck_item_is_withdrawn():
    listed = "* 재정공시 및 재정정보 공개: 연중"
    report = audit_with((listed, f"{listed}\n* ~~재정 설명회 개최: 4월~~"))
    assert [i.text for i in every_item(report.projects[1].items) if i.heading == "주요 추진실적"][-1:] == [
        "재정공시 및 재정정보 공개: 연중"]


def test_a_struck_figure_in_a_cell_is_checked_by_its_current_one():
    report = audit_with(("| 기획 및 조정 | 412,500 |", "| 기획 및 조정 | ~~412,500~~ 400,000 |"))
    assert [(b.name, b.budget_krw) for b in report.budget][:2] == [("계", 5_697_007 * K), ("기획 및 조정", 400_000 * K)]
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)
            if f.rule == "sum.budget"] == [("sum.budget", "기획 및 조정", "예산액", "412,500천원", "400,000천원")]


def test_a_cells_bulleted_list_is_read_without_its_marks():
    report = audit_with(("| 69.0 | 위원회 수당<br>포함 |", "| 69.0 | * 위원회 수당<br>* 회의 운영비 포함 |"))
    assert report.budget[4].other_columns == {"비고": "위원회 수당 회의 운영비 포함"}


def test_a_cells_lists_and_notes_in_a_generic_table():
    table = read_text("t.md", "\n".join([
        "| 구 분 | 내 용 |", "| :---- | :---- |", "| 교육 | * 전 직원 대상<br>* 연 2회 |",
        "| 비고 | * 국비 포함 |", "| 방법 | - 집합교육<br>- 온라인 |", "| 예산 | ~~10,000천원~~ 12,000천원 |",
        "| 기간 | 3월~~5월 |"]).encode()).blocks[0]
    assert table.rows[1:] == (("교육", "전 직원 대상 연 2회"), ("비고", "* 국비 포함"), ("방법", "- 집합교육 - 온라인"),
                              ("예산", "12,000천원"), ("기간", "3월~~5월"))


def test_struck_html_is_not_read():
    blocks = read_text("t.html", "\n".join([
        "<html><body>", "<p>□ 사업개요</p>", "<p>○ 예 산: <del>10,000천원</del> 12,000천원</p>",
        "<table><tr><td>구 분</td><td>예산</td></tr><tr><td>교육</td><td><s>10,000</s> 12,000</td></tr></table>",
        "</body></html>"]).encode()).blocks
    assert blocks[1].text == "예 산: 12,000천원"
    assert blocks[2].rows == (("구 분", "예산"), ("교육", "12,000"))


@pytest.mark.parametrize(("text", "read"), [
    ("예 산: ~~10,000천원~~ 12,000천원", "예 산: 12,000천원"), ("(~~4월~~ 5월)", "(5월)"),
    ("<strike>가</strike>나 <s class=\"x\">다</s>", "나"), ("3월~~5월", "3월~~5월"),
    ("3~~5월 및 7~~9월", "3~~5월 및 7~~9월"), ("2026. 1. ~~ 12.", "2026. 1. ~~ 12."), ("~~ 가 ~~", "~~ 가 ~~"),
    ("~~가<br>나~~ 다", "~~가 나~~ 다")])
def test_what_is_struck(text, read):
    assert clean_text(text) == read


@given(st.integers(1, 12), st.integers(1, 12), st.sampled_from(["월", "일", ""]))
def test_a_range_of_two_tildes_stays(first, last, unit):
    text = f"기 간: {first}{unit}~~{last}{unit} / {first}{unit}~~{last}{unit}"
    assert clean_text(text) == text
