"""The document's structure as report writers vary it: sibling numbering, teams in titles, parts, tables of
contents, numbered items, tabs."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "2025년 주요업무 보고\n\n행정지원국 총무과\n\nⅡ. 주요업무 추진실적\n\n"


def report(body: str, cover: str = COVER, name: str = "t.txt"):
    return extract_report(read_text(name, (cover + body).encode()))


def outline(items, depth=0):
    """(depth, text) of items and their children, in order."""
    return [row for item in items for row in [(item.depth, item.text), *outline(item.children)]]


@pytest.mark.parametrize(("first", "second", "third"), [("1)", "2)", "3)"), ("(1)", "(2)", "(3)"),
                                                        ("가.", "나.", "다."), ("❶", "❷", "❸")])
def test_siblings_numbered_alike_are_one_level(first, second, third):
    """`1)`, `2)` are one mark to nest by: each numbered item is a sibling of the one before."""
    (project,) = report(f"① 청사 관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n□ 추진실적\n ○ 안전점검 실시\n"
                        f"   {first} 정기점검: 3월\n   {second} 수시점검: 7월\n    - 야간: 8월\n"
                        f"   {third} 특별점검: 9월\n ○ 소방훈련\n").projects
    assert outline(project.items) == [(0, "안전점검 실시"), (1, "정기점검: 3월"), (1, "수시점검: 7월"),
                                      (2, "야간: 8월"), (1, "특별점검: 9월"), (0, "소방훈련")]
