"""PDF text in content order with no indentation, as PyMuPDF's `page.get_text()` prints a report's PDF drawn from a
markdown list (branch plain103): `* 향후계획` over `+ …` items, each list's lines at the margin. A `+` item alone
under its `*` item (a list of one) is that item's where the text's lists above nest `+` under `*`; before, it was a
paragraph printing its mark (`+ 하반기 생활체육교실 운영: 7월~12월`), in no section and its period unread."""

from pathlib import Path

from pipeline.cell_lines import _parts
from pipeline.extract import extract_file
from pipeline.read_text import parse_lines
from pipeline.records import records_data

COVER = "제287회 새솔구의회 제1차 정례회\n2024년 주요업무 보고\n문 화 체 육 과\nⅠ. 일반현황\n1. 조 직 : 2개팀\n"
PROJECT = "Ⅱ. 주요업무 추진실적\n1. 구민 걷기대회 (생활체육팀)\n구민의 건강을 높이고자 함\n"


def _read(tmp_path: Path, body: str):
    path = tmp_path / "2024-saesol-munhwa.txt"
    path.write_text(COVER + PROJECT + body, encoding="utf-8")
    return extract_file(path)


def _items(report) -> list[tuple[str, str]]:
    return [(item.heading, item.text) for project in report.projects for item in project.items]


def test_a_lone_plus_item_under_a_star_item_where_lists_above_nest_plus_under_star(tmp_path):
    """`* 향후계획` over one `+` item: the section's item, its period read, as `* 추진실적`'s two are."""
    report = _read(tmp_path, "* 추진실적\n+ 동별 걷기대회 개최: 3월~5월 / 12회, 2,400명\n"
                             "+ 걷기 지도자 양성: 4월 / 30명\n* 향후계획\n+ 하반기 걷기대회 개최: 9월~10월\n"
                             "2. 생활체육 지원 (생활체육팀)\n")
    assert _items(report) == [("추진실적", "동별 걷기대회 개최: 3월~5월 / 12회, 2,400명"),
                              ("추진실적", "걷기 지도자 양성: 4월 / 30명"),
                              ("향후계획", "하반기 걷기대회 개최: 9월~10월")]
    planned = report.projects[0].items[-1]
    assert (planned.start_month, planned.end_month) == (9, 10)


def test_a_lone_plus_item_under_a_list_of_one_above_too():
    """Each later `*` item's lone `+` item is its own, once a list above nested `+` under `*`."""
    blocks = parse_lines(["* 사업개요", "+ 기 간: 연중", "+ 대 상: 구민", "* 추진실적", "+ 체육시설 현황 조사",
                          "* 향후계획", "+ 노후 체육관 보수: 7월~9월 / 3억원"], wrapped=False)
    assert [(type(b).__name__, b.marker, b.depth, b.text) for b in blocks] == [
        ("Bullet", "*", 0, "사업개요"), ("Bullet", "+", 1, "기 간: 연중"), ("Bullet", "+", 1, "대 상: 구민"),
        ("Bullet", "*", 0, "추진실적"), ("Bullet", "+", 1, "체육시설 현황 조사"),
        ("Bullet", "*", 0, "향후계획"), ("Bullet", "+", 1, "노후 체육관 보수: 7월~9월 / 3억원")]


def test_a_plus_line_alone_stays_text_where_no_list_nests_plus_under_star():
    """No list above nests `+` under `*`: a `+` line alone under a `*` item is the text it prints, as before (a
    sum's part, `+ 200천원`)."""
    blocks = parse_lines(["* 예산: 1,000천원", "+ 200천원"], wrapped=False)
    assert [(type(b).__name__, b.text) for b in blocks] == [("Bullet", "예산: 1,000천원"), ("Paragraph", "+ 200천원")]


# a table's caption ending in its date or units, right above a table printed a cell a line ---------------------------

PERMITS = ("□ 추진실적", "점용 허가 현황 (2024. 5. 31. 현재)", "구 분", "’23년", "’24년", "증 감", "계", "286", "301",
           "▲15", "전 기", "120", "118", "△2", "가 스", "98", "115", "▲17", "통 신", "68", "68", "-",
           "점용료 부과 : 3월 / 412건", "□ 향후계획", "하반기 점용료 부과 : 9월")


def test_a_table_under_its_caption_ending_in_its_date_is_read(tmp_path):
    """`점용 허가 현황 (2024. 5. 31. 현재)` over `구 분 | ’23년 | ’24년 | 증 감`: the caption parts the table from the
    text above as `(2024. 5. 31. 현재)` alone does; before, the table read as none and each cell as an item."""
    report = _read(tmp_path, "\n".join(PERMITS) + "\n")
    tables = [table["rows"] for table in records_data(report, with_sources=False)["tables"]]
    assert [("구 분", "’23년", "’24년", "증 감"), ("계", "286", "301", "▲15"), ("전 기", "120", "118", "△2"),
            ("가 스", "98", "115", "▲17"), ("통 신", "68", "68", "-")] in [list(map(tuple, rows)) for rows in tables]
    assert [text for _, text in _items(report)] == ["점용 허가 현황 (2024. 5. 31. 현재)", "점용료 부과 : 3월 / 412건",
                                                    "하반기 점용료 부과 : 9월"]


def test_a_caption_ending_in_a_bracket_of_no_date_or_units_may_be_a_cell():
    """`집행률 (%)` and `사업비 (구비)` end in a bracket of neither: a header's cells, not text parting a table."""
    assert [_parts(line) for line in ("점용 허가 현황 (2024. 5. 31. 현재)", "이용 현황 (5.31.기준)",
                                      "예산 현황 (단위: 천원)", "집행률 (%)", "사업비 (구비)", "구 분")] == [
        True, True, True, False, False, False]
