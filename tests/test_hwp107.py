"""`pdftotext -layout` of HWP's staffing table with another table right under its last row, no blank line between
(`과` over `부   △1 …` over `족`, then the fleet's `구` over `계   승용 …` over `분`, or a header line
`구 분   계   승용 …`): the header of labels only under the rows of figures starts a table of its own, as a blank
line would (`AlignedRows._headers_right_below`). Before, the fleet's lines were read as rows of the staffing table
and no fleet was read."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.aligned import AlignedRows
from tests.test_hwp105 import _read, _records, _stacked_staffing

STAFF_THEN_FLEET = """\
Ⅰ. 일반현황
2 인력 및 장비 현황
□ 인력 및 공용차량 현황
  구
          계     5급    6급    7급
  분
  정
          20      2      8     10
  원
  현
          19      2      7     10
  원
  과
  부      △1      -     △1      -
  족
{fleet}"""

FLEET_HEADER_STACKED = """\
  구
      계       승용     승합     화물
  분
  보
      12         5        4        3
  유
  정
      13         5        5        3
  수
"""

FLEET_HEADER_LINE = """\
  구 분      계      승용     승합     화물
  보
            12         5        4        3
  유
  정
            13         5        5        3
  수
"""


def _staff_then_fleet(fleet: str) -> str:
    return STAFF_THEN_FLEET.format(fleet=fleet)


def test_a_fleet_right_under_a_staffing_table_reads_as_a_table_of_its_own(tmp_path):
    """Its label stacked around its header line (`구` over `계   승용 …` over `분`), its columns not the staffing's."""
    tables, _, report = _read(_staff_then_fleet(FLEET_HEADER_STACKED), tmp_path)
    assert [rows[0] for rows in tables] == [("구 분", "계", "5급", "6급", "7급"),
                                            ("구 분", "계", "승용", "승합", "화물")]
    assert [row[0] for row in tables[0]] == ["구 분", "정 원", "현 원", "과 부 족"]
    assert tables[1][1:] == (("보 유", "12", "5", "4", "3"), ("정 수", "13", "5", "5", "3"))
    staffing, (fleet,) = _records(report)
    assert len(staffing) == 12
    assert staffing[:2] == [("정원", "계", "계", 20), ("정원", "계", "5급", 2)]
    assert staffing[-2:] == [("과부족", "계", "6급", -1), ("과부족", "계", "7급", 0)]
    assert [(kind, count) for _, kind, count in fleet] == [
        ("계", 12), ("승용", 5), ("승합", 4), ("화물", 3), ("계", 13), ("승용", 5), ("승합", 5), ("화물", 3)]


def test_a_header_line_of_labels_right_under_a_staffing_table_starts_another_table(tmp_path):
    """`구 분   계   승용 …` on one line under `족`: its corner label and labels over the figures below it."""
    tables, _, report = _read(_staff_then_fleet(FLEET_HEADER_LINE), tmp_path)
    assert len(tables) == 2
    assert tables[1][0] == ("구 분", "계", "승용", "승합", "화물")
    staffing, (fleet,) = _records(report)
    assert len(staffing) == 12
    assert [kind for _, kind, _ in fleet][:4] == ["계", "승용", "승합", "화물"]


def test_a_staffing_tables_own_header_lines_and_its_header_printed_again_are_not_parted(tmp_path):
    """Guard: a header's second line (`소계   5급 …`) stands under no row of figures; the header printed again under
    the rows (a page break the text lost) is the same table going on."""
    text = """\
Ⅰ. 일반현황
2 인 력
  구
          계          일반직           기능직
  분
                 소계   5급   6급   소계   8급
  정
          20     16     6    10     4     4
  원
  구
          계          일반직           기능직
  분
                 소계   5급   6급   소계   8급
  현
          19     15     6     9     4     4
  원
"""
    lines = text.splitlines()
    assert AlignedRows(lines, [])._headers_right_below() == []
    _, _, report = _read(text, tmp_path)
    assert [(c.status, c.job_class, c.grade, c.headcount) for c in report.staffing][:3] == [
        ("정원", "계", "계", 20), ("정원", "일반직", "계", 16), ("정원", "일반직", "5급", 6)]
    assert {c.status for c in report.staffing} == {"정원", "현원"}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(st.integers(0, 400), min_size=4, max_size=4), min_size=1, max_size=2), st.integers(2, 6))
def test_a_stacked_staffing_table_alone_is_never_parted(counts, gap):
    """Its rows of figures under its stacked header: no line of it starts another table."""
    lines = _stacked_staffing(counts, gap).splitlines()
    assert AlignedRows(lines, [])._headers_right_below() == []


def test_a_row_of_labels_in_a_tables_body_naming_no_label_column_is_not_parted():
    """Guard: `소계   5급   6급` under a row of figures, over the next group's figures, names no row labels' column
    (`구 분`): the same table's group, not another table."""
    lines = """\
  구 분        계     5급    6급
  일반직       20      8     12
               소계    7급    8급
  기능직        4      1      3
""".splitlines()
    assert AlignedRows(lines, [])._headers_right_below() == []
    lines[2] = "  구 분       소계    7급    8급"
    assert AlignedRows(lines, [])._headers_right_below() == [2]
