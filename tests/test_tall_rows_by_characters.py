"""A table `pdftotext -layout` prints from a PDF whose rows are taller than a line (a cell's padding, as reportlab
and word processors draw them): a blank line after each row, its header's too, and its columns lined up by
characters (each syllable one column), so that a row of Hangul labels and a row of figures stand apart in display
columns. Its rows were read as text and its budget lost; they are one table, as the PDF itself is read."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file

COVER = ("제300회 새빛구의회 제1차 정례회\n\n2026. 6. 10. ~ 6. 24.\n\n2026년 주요업무 보고\n\n총무과\n\n"
         "Ⅰ. 일반현황\n\n")


# as `pdftotext -layout` prints scripts/make_pdfs.py's tables (rows padded): its words' columns by characters
BUDGET = """\
2 예산현황 (2026. 5. 31. 기준)
                                                                                                   (단위: 천원)
                                                단위사업명        예산액            집행액           집행률(%)

                                               계           3,000,000    1,200,000         40.0

                                               청사 관리       2,000,000    800,000           40.0

                                               인사 운영       1,000,000    400,000           40.0
"""

VEHICLES = """\
<표 1> 관용차량 현황

                                            구분        정수      보유      과부족

                                            승용        2       2       -

                                            승합        3       2       △1

                                            계         5       4       △1
"""


def read(text, tmp_path):
    (tmp_path / "t.txt").write_text(COVER + text + "\nⅡ. 주요업무 추진실적\n", encoding="utf-8")
    return extract_file(tmp_path / "t.txt")


@pytest.mark.parametrize("indent", [-40, 0, 10])
def test_a_budget_table_of_tall_rows_lined_up_by_characters_is_read(indent, tmp_path):
    r = read(shifted(BUDGET, indent), tmp_path)
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in r.budget] == [
        ("계", 3_000_000_000, 1_200_000_000, 40.0), ("청사 관리", 2_000_000_000, 800_000_000, 40.0),
        ("인사 운영", 1_000_000_000, 400_000_000, 40.0)]
    assert run_checks(r) == []


@pytest.mark.parametrize("indent", [-40, 0])
def test_a_fleet_of_tall_rows_lined_up_by_characters_keeps_its_total_row(indent, tmp_path):
    """The `계` row, one syllable, stands a column left of the figures above it in display columns."""
    r = read("1 공용차량\n\n" + shifted(VEHICLES, indent), tmp_path)
    [fleet] = r.vehicles
    assert fleet.caption == "<표 1> 관용차량 현황"
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [("승용", "소계", 2), ("승합", "소계", 2),
                                                                     ("계", "계", 4)]
    assert [(c.category, c.count) for c in fleet.shortfalls] == [("승용", 0), ("승합", -1), ("계", -1)]
    assert [(f.rule, f.expected, f.actual) for f in run_checks(r)] == [("header.quota", "5", "4")]  # 4 held of 5


def shifted(text: str, by: int) -> str:
    """The indented lines (the table's) moved right, or left, by `by` columns."""
    lines = []
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        lines.append(" " * max(indent + by, 1) + line.lstrip(" ") if indent else line)
    return "\n".join(lines)
