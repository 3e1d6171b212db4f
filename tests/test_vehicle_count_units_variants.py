"""Vehicles' counts printing their unit (`9대`, `△1대`) under a two-row header (kinds under their categories,
merged cells blank): the header ends at the first row of such counts, as at counts printing `명`, so the table
reads as the same table printing no unit, in every layout and in a PDF. A count of `대` is told from an age band
(`40대`) by the row below printing such counts too, and by the row: one naming a band (`20대 이하`) or whose every
such count is a multiple of ten (`20대 | 30대 | 40대`) labels ages."""

import pytest

from pipeline.values import vehicle_counts
from tests.layouts import read_laid_out
from tests.test_headcount_units_variants import COVER, RULINGS, TEXT_LAYOUTS, findings

LAYOUTS = TEXT_LAYOUTS + [f"pdf {ruling}" for ruling in RULINGS]
GENERAL = "# Ⅰ. 일반현황\n\n## 3 차 량 (총 {total}대)\n\n"
HEADER = ("구 분\t계\t업무용\t\t\t특수용\t\n"
          "\t\t소계\t승용\t승합\t소계\t화물\n")
BODY = [("보 유", "9", "6", "4", "2", "3", "3"),
        ("정 수", "10", "7", "4", "3", "3", "3"),
        ("과부족", "△1", "△1", "-", "△1", "-", "-")]


def with_unit(cell: str, unit: str) -> str:
    return cell + unit if cell[-1:].isdigit() else cell


def vehicles_table(body=BODY, unit: str = "", total: int = 9) -> str:
    rows = [row[:1] + tuple(with_unit(c, unit) for c in row[1:]) for row in body]
    return COVER + GENERAL.format(total=total) + HEADER + "".join("\t".join(row) + "\n" for row in rows)


def fleets(r) -> list[tuple]:
    return [(f.caption, [(c.category, c.kind, c.count) for c in f.counts],
             [(c.category, c.kind, c.count) for c in f.quotas], [(c.category, c.kind, c.count) for c in f.shortfalls])
            for f in r.vehicles]


COUNTS = [("계", "계", 9), ("업무용", "소계", 6), ("업무용", "승용", 4), ("업무용", "승합", 2), ("특수용", "소계", 3),
          ("특수용", "화물", 3)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_vehicle_counts_printing_their_unit_read_as_counts_printing_none(layout, tmp_path):
    # before, the rows of `9대` were read as header rows: the fleet's one count row was its 과부족
    # (`'과부족 △1대 △1대', '업무용 승용 4대': 0`), and no 정수 nor 과부족 were read
    plain = read_laid_out(vehicles_table(), layout, tmp_path)
    units = read_laid_out(vehicles_table(unit="대"), layout, tmp_path)
    assert fleets(units) == fleets(plain)
    assert fleets(units)[0][1] == COUNTS
    assert findings(units) == findings(plain) == [("header.quota", "10", "9")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
def test_a_wrong_total_printing_its_unit_is_found_as_one_printing_none(layout, tmp_path):
    wrong = [("보 유", "8", *BODY[0][2:]), *BODY[1:]]
    plain = read_laid_out(vehicles_table(wrong, total=8), layout, tmp_path)
    units = read_laid_out(vehicles_table(wrong, unit="대", total=8), layout, tmp_path)
    assert fleets(units) == fleets(plain)
    assert fleets(units)[0][1][0] == ("계", "계", 8)
    assert ("sum.vehicles", "9", "8") in findings(units) == findings(plain)


@pytest.mark.parametrize("unit", ["대", " 대"])
@pytest.mark.parametrize("minus", ["△", "▲", "-"])
def test_unit_and_sign_as_printed(unit, minus, tmp_path):
    body = [tuple(c.replace("△", minus) for c in row) for row in BODY]
    assert fleets(read_laid_out(vehicles_table(body, unit=unit), "tab", tmp_path))[0][1:] == fleets(
        read_laid_out(vehicles_table(), "tab", tmp_path))[0][1:]


AGES = ("# Ⅰ. 일반현황\n\n## 5 연령별 직원 현황\n\n(단위: 명)\n\n{header}인 원\t100\t20\t10\t40\t30\n"
        "비 율\t100\t20\t10\t40\t30\n")
AGE_HEADERS = {
    "two rows, bands named": ("구 분\t계\t연령별\t\t\t\n\t\t20대 이하\t30대\t40대\t50대 이상\n",
                              ["구 분", "계", "연령별 20대 이하", "연령별 30대", "연령별 40대", "연령별 50대 이상"]),
    "two rows, tens": ("구 분\t계\t연령별\t\t\t\n\t\t20대\t30대\t40대\t50대\n",
                       ["구 분", "계", "연령별 20대", "연령별 30대", "연령별 40대", "연령별 50대"]),
    "one row, bands named": ("구 분\t계\t30대 미만\t30대\t40대\t40대 초과\n",
                             ["구 분", "계", "30대 미만", "30대", "40대", "40대 초과"]),
}


@pytest.mark.parametrize("header", AGE_HEADERS)
@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
def test_age_bands_stay_the_header(layout, header, tmp_path):
    """Age bands (`20대 이하 | 30대 | 40대 | 50대 이상`, `20대 | 30대 | 40대 | 50대`) label columns."""
    printed, labels = AGE_HEADERS[header]
    (table,) = read_laid_out(COVER + AGES.format(header=printed), layout, tmp_path).tables
    assert table.header_rows == 1
    assert table.rows[1] == ["인 원", "100", "20", "10", "40", "30"]
    assert table.rows[0] == labels


CARS = ("# Ⅰ. 일반현황\n\n## 5 가구별 보유 현황\n\n구 분\t계\t1대\t2대\t3대\n"
        "가구 수\t61{u}\t33{u}\t21{u}\t7{u}\n지원\t41{u}\t21{u}\t15{u}\t5{u}\n")


@pytest.mark.parametrize("unit", ["", "대"])
@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
def test_counts_of_vehicles_labelling_columns_stay_the_header(layout, unit, tmp_path):
    """`1대 | 2대 | 3대` (households by how many they hold), counting up one by one in the table's first row: labels,
    over rows of figures printing `대` or none."""
    (table,) = read_laid_out(COVER + CARS.format(u=unit), layout, tmp_path).tables
    assert table.header_rows == 1
    assert table.rows[:2] == [["구 분", "계", "1대", "2대", "3대"], ["가구 수", f"61{unit}", f"33{unit}",
                                                                   f"21{unit}", f"7{unit}"]]


@pytest.mark.parametrize(("row", "counts"), [
    (("보 유", "9대", "6대", "△1대"), [9, 6, -1]), (("보 유", "9 대", "1,200대"), [9, 1200]),
    (("", "20대", "30대", "40대"), []), (("", "20대 이하", "30대", "45대"), []), (("", "60대 이상", "7대"), []),
    (("", "10대", "20대"), []), (("4대", "-"), [4]), (("보 유", "9", "6"), []), (("대", "3대 이상"), []),
])
def test_vehicle_counts_are_counts_of_a_row_that_names_no_age(row, counts):
    assert vehicle_counts(row) == counts
