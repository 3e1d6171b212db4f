"""A part heading of a project that collects nothing (no item, no table) and names no part is content printed as a
heading (`■ 놀이시설 점검 (30개소): 2월~3월` level with the `○` items above it): its text is kept as an item, of the
part above it, with the period and amount its text prints; an empty part that names one (`□ 향후계획`) stays a part."""

from extractors import extract_report
from pipeline.read_text import read_text


def report(text: str, name: str = "t.txt"):
    return extract_report(read_text(name, text.encode()))


def items(r):
    """(seq, [(part, depth, text, start month, end month, amount) of each item]) of each project."""
    return [(p.seq, [(i.heading, i.depth, i.text, i.start_month, i.end_month, i.amount_krw) for i in p.items])
            for p in r.projects]


HEAD = "2025년 주요업무 보고\n\n공 원 녹 지 과\n\nⅡ. 주요업무 추진실적\n\n"
TITLE = "① 공원 시설물 안전 관리 (공원관리팀)\n\n공원 시설물을 안전하게 관리하고자 함\n\n"
ACHIEVED = "□ 주요 추진실적\n ○ 정기 점검: 1월\n ○ 노후 시설 보수: 4월\n"
KEPT = ("주요 추진실적", 0, "놀이시설 점검 (30개소): 2월~3월", 2, 3, None)


def test_an_empty_heading_at_the_end_is_an_item_of_the_part_above():
    # before, the `■` line was read as a part heading that nothing followed, and its text was lost
    r = report(HEAD + TITLE + ACHIEVED + "■ 놀이시설 점검 (30개소): 2월~3월\n")
    assert items(r) == [(1, [("주요 추진실적", 0, "정기 점검: 1월", 1, 1, None),
                             ("주요 추진실적", 0, "노후 시설 보수: 4월", 4, 4, None), KEPT])]
    assert r.projects[0].items[-1].source.line == 14


def test_an_empty_heading_before_the_next_part_keeps_its_place():
    r = report(HEAD + TITLE + ACHIEVED + "■ 놀이시설 점검 (30개소): 2월~3월\n\n□ 향후계획\n ○ 하반기 점검: 9월\n")
    assert items(r) == [(1, [("주요 추진실적", 0, "정기 점검: 1월", 1, 1, None),
                             ("주요 추진실적", 0, "노후 시설 보수: 4월", 4, 4, None), KEPT,
                             ("향후계획", 0, "하반기 점검: 9월", 9, 9, None)])]


def test_an_empty_heading_before_the_next_project_stays_with_its_own():
    r = report(HEAD + TITLE + ACHIEVED + "■ 놀이 시설 정비 5월 / 30,000천원\n\n"
               "② 가로수 관리 (녹지조성팀)\n\n□ 추진실적\n ○ 가지치기: 3월\n")
    assert items(r) == [
        (1, [("주요 추진실적", 0, "정기 점검: 1월", 1, 1, None),
             ("주요 추진실적", 0, "노후 시설 보수: 4월", 4, 4, None),
             ("주요 추진실적", 0, "놀이 시설 정비 5월 / 30,000천원", 5, 5, 30_000_000)]),
        (2, [("추진실적", 0, "가지치기: 3월", 3, 3, None)])]


def test_an_empty_heading_first_in_its_project_is_an_item_of_no_part():
    r = report(HEAD + TITLE + "□ 놀이시설 점검 (30개소): 2월~3월\n\n□ 추진실적\n ○ 정기 점검: 1월\n")
    assert items(r) == [(1, [("", 0, "놀이시설 점검 (30개소): 2월~3월", 2, 3, None),
                             ("추진실적", 0, "정기 점검: 1월", 1, 1, None)])]


def test_an_empty_part_that_names_one_stays_a_part():
    r = report(HEAD + TITLE + ACHIEVED + "□ 향후계획\n\n□ 추진실적 (5.31. 기준)\n")
    assert items(r) == [(1, [("주요 추진실적", 0, "정기 점검: 1월", 1, 1, None),
                             ("주요 추진실적", 0, "노후 시설 보수: 4월", 4, 4, None)])]


def test_a_heading_over_a_table_keeps_the_table_and_no_item():
    r = report(HEAD + TITLE + ACHIEVED + "■ 놀이시설 점검 현황\n\n구 분\t개소\n계\t30\n")
    assert items(r)[0][1][-1] == ("주요 추진실적", 0, "노후 시설 보수: 4월", 4, 4, None)
    assert any(t.caption == "놀이시설 점검 현황" for t in r.tables)
