"""Two tables printed one right after the other in a PDF ruled with horizontal rules alone, or none (no caption or
text between: a vehicle list and its count table), are two tables, as in the report's text; a row of words right
below a row of figures at the table's own spacing stays a row of its table."""

import pytest
from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RuledTable

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.layouts import make_pdfs
from tests.test_vehicle_list_gaps import COUNT, COVER, GENERAL, LIST, LISTED, PROJECTS, fleets, held


def _rendered(tmp_path, general: str, ruling: str, gap: float, padding: float = 3):
    """The report as `scripts/make_pdfs.py` draws it, its tables ruled so and `gap` points apart, each table's first
    row under its header `padding` points below its rule."""
    pdfs = make_pdfs()
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(COVER + GENERAL + general + PROJECTS, encoding="utf-8")
    flowables = [Spacer(1, gap) if isinstance(f, Spacer) else f
                 for f in pdfs.flowables(read_document(source), ruling)]
    for table in flowables:
        if isinstance(table, RuledTable):
            table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, 1), padding)]))
    SimpleDocTemplate(str(target), pagesize=pdfs.PAGE, invariant=1).build(flowables)
    return target


# the space between the tables, and the first row's padding: tables further apart than their rows, or (horizontal
# rules) a rule under one table and another over the next with nothing between, though the rows stand as far apart
GAPS = [("horizontal", 6, 3), ("horizontal", 13, 3), ("horizontal", 3, 12), ("none", 6, 3), ("none", 13, 3)]


@pytest.mark.parametrize(("ruling", "gap", "padding"), GAPS)
@pytest.mark.parametrize("tables", [LIST + COUNT, COUNT + LIST], ids=["list-before", "list-after"])
def test_a_vehicle_list_and_its_count_table_one_right_after_the_other_are_two_tables(tables, ruling, gap, padding,
                                                                                   tmp_path):
    """Before, they were read as one table: a list before the count took the count's header for a vehicle (4 for 3,
    `스타리아구분`, a false `header.total`); after it, the count's rows were the list's header and the count lost."""
    path = _rendered(tmp_path, "## 1. 공용차량 현황 (총 3대)\n\n" + tables, ruling, gap, padding)
    report = extract_file(path)
    assert fleets(report) == [("1. 공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]
    assert run_checks(report) == []


FACILITIES = "구 분\t명 칭\t면 적\n시 설\t정보화교육장\t120\n비 고\t전산운영팀 관리\t별관 3층\n\n"


@pytest.mark.parametrize("ruling", ["horizontal", "none"])
def test_a_row_of_words_below_a_row_of_figures_stays_a_row_of_its_table(ruling, tmp_path):
    path = _rendered(tmp_path, "## 3 주요시설\n\n" + FACILITIES, ruling, 6)
    (table,) = [block for block in read_document(str(path)).blocks if isinstance(block, Table)]
    assert table.rows == (("구 분", "명 칭", "면 적"), ("시 설", "정보화교육장", "120"),
                          ("비 고", "전산운영팀 관리", "별관 3층"))
