"""An item's amount after the words of its funding is the item's where they name one source or sources printed as
one (`국·시비`, `구ㆍ시비`, `국시비`), `포함` after them or not (`단속 결과 공개: 매월 / 국·시비 포함 2억`: the whole,
national and city money included), as it is after one source's name (`구비 150,000천원`) and before the words, in a
bracket (`2억(국·시비 포함)`). Before, after `포함` or sources printed as one it was none. Two sources, each with its
amount, are parts of it: none."""

import pytest

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "amount"), [
    ("단속 결과 공개: 매월 / 국·시비 포함 2억", 200_000_000),
    ("국·시비 포함 2억", 200_000_000),
    ("구비 포함 2억원", 200_000_000),
    ("시비 포함 1,200천원", 1_200_000),
    ("사업비 : 국·시비 포함 2억원", 200_000_000),
    ("총사업비 국·시비 포함 5,000천원", 5_000_000),
    ("국시비 포함 2억", 200_000_000),
    ("국·시비 2억", 200_000_000),
    ("구ㆍ시비 3억원", 300_000_000),
    ("시 · 구비 3억원", 300_000_000),
    ("구비 포함 2억원 (3월~5월)", 200_000_000),
    # as before: one source's, or before the words in a bracket
    ("구비 150,000천원", 150_000_000),
    ("2억(국·시비 포함)", 200_000_000),
    # parts of the whole, each source's amount; no money
    ("국·시비 2억, 구비 1억", None),
    ("국비 100,000천원, 구비 50,000천원", None),
    ("국·시비 포함 3건", None),
])
def test_an_amount_after_its_fundings_words(text, amount):
    assert item_fields(text, 2025).amount == amount


REPORT = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 주 차 관 리 과\n\n"
          "# Ⅱ. 주요업무 추진실적\n\n## ① 불법 주정차 단속 (주차단속팀)\n\n"
          "불법 주정차를 줄이고자 단속을 강화함\n\n### □ 추진실적\n\n"
          "○ 단속 결과 공개: 매월 / 국·시비 포함 2억\n\n"
          "○ 단속 장비 교체 : 구ㆍ시비 3억원\n\n"
          "○ 단속 인력 운영 : 국비 100,000천원, 구비 50,000천원\n")


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "space-aligned", "without-blank-lines",
                                    "pandoc-escaped", "pdf grid"])
def test_an_amount_after_its_fundings_words_in_every_layout(layout, tmp_path):
    [project] = read_laid_out(REPORT, layout, tmp_path).projects
    assert [(item.text, item.amount_krw) for item in project.items] == [
        ("단속 결과 공개: 매월 / 국·시비 포함 2억", 200_000_000),
        ("단속 장비 교체 : 구·시비 3억원", 300_000_000),  # its `ㆍ` read as `·`
        ("단속 인력 운영 : 국비 100,000천원, 구비 50,000천원", None)]
