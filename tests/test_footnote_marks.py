"""Footnotes as converters print them in a text report: pandoc's `[^1]` after the word it notes and its text
`[^1]: …` at the document's end, HTML's `<sup>1</sup>`, a raised `¹` or `¹⁾` as HWP prints it: a mark after an
amount or a figure leaves it read, and the footnote's text is no item of the last project."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import clean_cell

COVER = "제251회 한빛구의회 제1차 정례회\n\n2025년 주요업무보고\n\n여 성 가 족 과\n\n"


def _report(mark: str, notes: str = ""):
    text = COVER + f"""# Ⅰ. 일반현황

## 1. 예산현황

(단위: 천원)

| 단위사업명 | 예산액 | 집행액 | 집행률(%) |
|---|---|---|---|
| 계 | 9,850,000{mark} | 3,940,000 | 40.0 |
| 보육서비스 지원 | 8,500,000 | 3,400,000 | 40.0 |
| 기본경비{mark} | 1,350,000 | 540,000 | 40.0 |

# Ⅱ. 주요업무 추진실적

## 1. 국공립어린이집 확충 (보육팀)

□ 사업개요

- 사업비: 12억 5,000만원(국비 50%, 구비 50%){mark}
- 신규 개원(3개소){mark}: 3월 / 750,000천원{mark}
- 놀이공간 조성: 500m²

□ 향후계획

- 추가 개원: 9월
{notes}"""
    return extract_report(read_text("여성가족과.md", text.encode()))


PANDOC_NOTES = "\n[^1]: 추경 예산 포함\n    (제1회 추경)\n\n[^2]: 국비는 보건복지부 보조금\n"


@pytest.mark.parametrize(("mark", "notes"), [
    ("[^1]", PANDOC_NOTES), ("[^note]", "\n[^note]: 추경 예산 포함\n"), ("<sup>1</sup>", ""), ("¹", ""), ("¹⁾", ""),
    ("²", "")])
def test_a_footnote_mark_after_a_figure_or_an_amount_leaves_it_read(mark, notes):
    report = _report(mark, notes)
    assert [(line.name, line.budget_krw) for line in report.budget] == [
        ("계", 9_850_000_000), ("보육서비스 지원", 8_500_000_000), ("기본경비", 1_350_000_000)]
    [project] = report.projects
    assert [(item.text.split(":")[0], item.amount_krw) for item in project.items] == [
        ("사업비", 1_250_000_000), (project.items[1].text.split(":")[0], 750_000_000), ("놀이공간 조성", None),
        ("추가 개원", None)]
    assert project.items[-1].text == "추가 개원: 9월"  # the footnotes' texts are no items
    assert not [f for f in run_checks(report) if f.severity == "error"]


@pytest.mark.parametrize(("cell", "read"), [
    ("9,850,000¹", "9,850,000"), ("현 원¹⁾", "현 원"), ("48²", "48"), ("51*", "51"), ("500m²", "500m²"),
    ("비고*", "비고*"), ("면적(m²)", "면적(m²)"),
    ("²", "²")])
def test_a_cells_raised_mark_at_its_end_is_dropped_but_a_units(cell, read):
    assert clean_cell(cell) == read
