"""`과부족` spaced inside the word (`과부 족`, as a PDF's narrow cell wraps `과부` over `족`, and `과 부족`) reads
as `과부족` does, as `과 부 족` does: a staffing table's 과부족 row or column, a vehicles table's, and a staffing
line's. In the text layouts and in a PDF."""

import pytest

from tests.layouts import read_laid_out
from tests.test_headcount_units_variants import BODY, COVER, EXPECTED, HEADER, PART, findings, records

SPACINGS = ["과부 족", "과 부족", "과 부 족"]
LAYOUTS = ["tab", "pipe-tables", "bare-pipe-tables", "space-aligned", "space-aligned-ruled", "pdf grid", "pdf none"]

STATUS_COLUMNS = (COVER + PART + "(단위: 명)\n\n구 분\t정 원\t현 원\t{}\n계\t40\t37\t△3\n행정직\t30\t28\t△2\n"
                  "사회복지직\t10\t9\t△1\n")
VEHICLES = (COVER + "# Ⅰ. 일반현황\n\n## 4 차량 현황\n\n(단위: 대)\n\n구 분\t정 수\t보 유\t{}\n계\t5\t4\t△1\n"
            "승용\t2\t2\t-\n승합\t3\t2\t△1\n")
VEHICLE_ROWS = (COVER + "# Ⅰ. 일반현황\n\n## 4 차량 현황\n\n(단위: 대)\n\n구 분\t계\t승용\t승합\n정 수\t5\t2\t3\n"
                "보 유\t4\t2\t2\n{}\t△1\t-\t△1\n")
STATED = (COVER + "# Ⅰ. 일반현황\n\n1. 조 직 : 3개팀 (총무팀, 인사팀, 청사관리팀)\n\n"
          "2. 인 력 : 정원 29명 / 현원 27명 ({} △2명)\n\n"
          "3. 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\n계\t3,800,000\t1,100,000\n"
          "쾌적한 청사 관리\t3,800,000\t1,100,000\n")


def shortfalls(fleet) -> list[tuple[str, str, int]]:
    return [(c.category, c.kind, c.count) for c in fleet.shortfalls]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("word", SPACINGS)
def test_a_staffing_tables_shortfall_row(word, layout, tmp_path):
    rows = [*BODY[:2], (word, *BODY[2][1:])]
    r = read_laid_out(COVER + PART + HEADER + "".join("\t".join(row) + "\n" for row in rows), layout, tmp_path)
    assert records(r) == EXPECTED
    assert findings(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("word", SPACINGS)
def test_a_staffing_tables_shortfall_column(word, layout, tmp_path):
    r = read_laid_out(STATUS_COLUMNS.format(word), layout, tmp_path)
    assert [(c.job_class, c.headcount) for c in r.staffing if c.status == "과부족"] == [
        ("계", -3), ("행정", -2), ("사회복지", -1)]
    assert findings(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("table", [VEHICLES, VEHICLE_ROWS])
@pytest.mark.parametrize("word", SPACINGS)
def test_a_vehicles_tables_shortfall(word, table, layout, tmp_path):
    spaced, plain = (read_laid_out(table.format(w), layout, tmp_path) for w in (word, "과부족"))
    (fleet,) = spaced.vehicles
    assert [c.count for c in fleet.shortfalls] == [-1, 0, -1]
    assert shortfalls(fleet) == shortfalls(plain.vehicles[0])
    assert findings(spaced) == findings(plain)


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "without-blank-lines", "pdf grid"])
@pytest.mark.parametrize("word", SPACINGS)
def test_a_staffing_lines_shortfall(word, layout, tmp_path):
    r = read_laid_out(STATED.format(word), layout, tmp_path)
    assert records(r) == [("정원", "계", "계", 29), ("현원", "계", "계", 27), ("과부족", "계", "계", -2)]
    assert findings(r) == []
