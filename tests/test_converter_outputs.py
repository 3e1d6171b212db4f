"""One report built in Word (merged header cells) as real converters print it: pandoc 2.x's markdown, markitdown's
pipe tables, LibreOffice's PDF through `pdftotext -layout`. Each excerpt is the converter's literal output, so each
test holds what a user's converter hands over."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제278회 서해구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 행 정 지 원 과\n\n"
STAFFING = {
    "정원": [("계", "계", 38), ("일반직", "5급", 1), ("일반직", "6급", 6), ("일반직", "7급", 12), ("일반직", "8급", 8),
           ("일반직", "9급", 6), ("관리운영직", "7급", 1), ("관리운영직", "8급", 1), ("별정직·임기제", "6급", 2),
           ("별정직·임기제", "7급", 1)],
    "현원": [("계", "계", 36), ("일반직", "5급", 1), ("일반직", "6급", 7), ("일반직", "7급", 10), ("일반직", "8급", 9),
           ("일반직", "9급", 4), ("관리운영직", "7급", 1), ("관리운영직", "8급", 0), ("별정직·임기제", "6급", 2),
           ("별정직·임기제", "7급", 2)],
    "과부족": [("계", "계", -2), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -2),
            ("일반직", "8급", 1), ("일반직", "9급", -2), ("관리운영직", "7급", 0), ("관리운영직", "8급", -1),
            ("별정직·임기제", "6급", 0), ("별정직·임기제", "7급", 1)],
}


def extract(text: str, name: str = "t.md"):
    return extract_report(read_text(name, text.encode()))


def staffing_by_status(report) -> dict[str, list[tuple[str, str, int]]]:
    got: dict[str, list[tuple[str, str, int]]] = {}
    for s in report.staffing:
        got.setdefault(s.status, []).append((s.job_class, s.grade, s.headcount))
    return got


# `pandoc -t markdown` (2.17) of the Word table: a multiline table, its merged header's second row the first body
# row, each `-` cell escaped (`\-`), which takes a column more than the `-` it prints.
PANDOC2_STAFFING = """## 2 인 력

(2025. 5. 31. 기준, 단위: 명)

  ---------------------------------------------------------------------------------------------
  구 분    계     일 반                              관리운영직          별정직·임기제
                  직
  -------- ------ ------ ------ ------ ------ ------ ------------ ------ --------------- ------
                  5급    6급    7급    8급    9급    7급          8급    6급             7급

  정 원    38     1      6      12     8      6      1            1      2               1

  현 원    36     1      7      10     9      4      1            \\-     2               2

  과부족   △2     \\-     1      △2     1      △2     \\-           △1     \\-              1
  ---------------------------------------------------------------------------------------------
"""


def test_pandoc2_multiline_staffing_with_escaped_dashes_reads_every_row():
    r = extract(COVER + PANDOC2_STAFFING)
    assert staffing_by_status(r) == STAFFING
    assert r.general_text == []  # 현원 and 과부족 were paragraphs


@pytest.mark.parametrize("line, unescaped", [
    ("  현 원    36     \\-     2", "  현 원    36     -      2"),  # the cell after keeps its column
    ("  과부족   \\-\\-    1", "  과부족   --      1"),
    ("2025\\. 6. 10. \\~ 6. 24.", "2025. 6. 10. ~ 6. 24."),  # running text: the characters alone
    ("| \\- | 1 |", "| - | 1 |"),
])
def test_an_escape_keeps_the_columns_after_it(line, unescaped):
    from pipeline.read_text import unescaped_markdown
    assert unescaped_markdown(line) == unescaped
