"""A bullet naming a table at a page's foot, the table's date or units set at the right at the top of the next page
(`(5.31.기준)`), then the table: the date is the table's, not the bullet's text wrapped onto the next page (before,
the bullet read `공공체육시설 이용 현황 (5.31.기준)`, the table was undated and its note an item under the bullet)."""

from datetime import date

import pytest

from extractors import extract_report
from pipeline.document import Bullet
from pipeline.read import read_document

REPORT = """2025년 주요업무 보고

체육진흥과

□ 추진실적

  - 공공체육시설 이용 현황
\f
                                                        {line}
    구 분          개소    면적(m²)    이용 인원(명)
    계                3      8,730          347,130
    구민체육센터      1      6,420          182,400
    테니스장          2      2,310          164,730

  ※ 이용 인원은 1월~5월 누계
"""


@pytest.mark.parametrize(("line", "unit", "as_of"), [("(5.31.기준)", None, date(2025, 5, 31)),
                                                     ("(단위: 개소, m², 명)", "개소, m², 명", None)])
def test_a_tables_date_or_units_over_a_page_break_is_the_tables(tmp_path, line, unit, as_of):
    path = tmp_path / "report.txt"
    path.write_text(REPORT.format(line=line), encoding="utf-8")
    document = read_document(path)
    assert [(b.text, b.depth) for b in document.blocks if isinstance(b, Bullet)] == [
        ("공공체육시설 이용 현황", 0), ("이용 인원은 1월~5월 누계", 0)]
    [table] = extract_report(document).tables
    assert (table.caption, table.unit, table.as_of, list(table.rows[1])) == (
        "공공체육시설 이용 현황", unit, as_of, ["계", "3", "8,730", "347,130"])
