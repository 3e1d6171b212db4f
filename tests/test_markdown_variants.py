"""Markdown as converters write it beyond the usual: pandoc's links, images and anchors from a Word document (its
table of contents a link per entry), and pipe tables whose rows print their outer pipes inconsistently."""

import pytest

from extractors import extract_report
from pipeline.document import Heading, Paragraph
from pipeline.read_text import read_text
from pipeline.records import records_data

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n총 무 과\n\n목 차\n\n"
GENERAL = "# []{#_Toc100 .anchor}Ⅰ. 일반현황\n\n1\\. 조직\n\n총무과 - (5)개팀\n\n"
DONE = ("# []{#_Toc102 .anchor}Ⅱ. 주요업무 추진실적\n\n청사를 안전하게 관리하고자 함\n\n"
        "□ 추진실적\n\n- 안전점검: 연중\n\n직원 역량을 강화하고자 함\n\n□ 추진실적\n\n- 신규직원 교육: 3월\n\n")
PLANNED = "# []{#_Toc105 .anchor}Ⅲ. 2026년 주요업무 계획\n\n청사를 신축하고자 함\n\n□ 추진계획\n\n- 설계 공모: 3월\n"
LISTED = [("Ⅱ 주요업무 추진실적", 1, "청사 시설물 안전관리", "청사관리팀", "toc"),
          ("Ⅱ 주요업무 추진실적", 2, "직원 역량강화 교육 운영", "교육후생팀", "toc"),
          ("Ⅲ 2026년 주요업무 계획", 1, "신청사 건립 추진", "청사관리팀", "toc")]


def extract(text: str):
    return extract_report(read_text("t.md", text.encode()))


def blocks(text: str):
    return read_text("t.md", text.encode()).blocks


def contents(separator: str) -> str:
    """A Word table of contents as pandoc writes it: an entry a link to its heading's `_Toc` bookmark, the tab
    before its page number a space (or kept, or with its leaders)."""
    entries = [("Ⅰ. 일반현황", 1), ("1\\. 조직", 1), ("Ⅱ. 주요업무 추진실적", 3),
               ("① 청사 시설물 안전관리 (청사관리팀)", 3), ("② 직원 역량강화 교육 운영 (교육후생팀)", 4),
               ("Ⅲ. 2026년 주요업무 계획", 5), ("① 신청사 건립 추진 (청사관리팀)", 5)]
    return "".join(f"[{title}{separator}{page}](#_Toc{100 + k})\n\n" for k, (title, page) in enumerate(entries))


@pytest.mark.parametrize("separator", [" ", "\t", " ········ ", "\t······\t"],
                         ids=["space", "tab", "leaders", "tab leaders"])
def test_a_word_contents_as_pandoc_links_titles_the_projects_the_body_leaves_untitled(separator):
    r = extract(COVER + contents(separator) + GENERAL + DONE + PLANNED)
    assert [(p.section, p.seq, p.title, p.team, p.title_from) for p in r.projects] == LISTED
    assert r.tables == []  # the contents is no table (a tab inside a link made it a row)
    assert [(t.section, t.text) for t in r.general_text] == [("Ⅰ 일반현황", "1. 조직 총무과 - (5)개팀")]


def test_a_contents_entry_is_read_as_the_contents_prints_it():
    """The link's text with the leaders Word printed before its page number (a contents line), wrapped over two lines
    by pandoc or not; a link to a `_Toc` bookmark within a sentence is only its text."""
    got = blocks("[Ⅱ. 주요업무 추진실적\t3](#_Toc102)\n\n"
                 "[① 노후 시설 개선을 통한 쾌적한 청사 환경 조성\n(청사관리팀) 7](#_Toc103)\n\n"
                 "[청사 관리 4](#__RefHeading___Toc5_1)\n\n세부 내용은 [Ⅱ. 주요업무](#_Toc102) 참조\n")
    assert [(type(b), b.text, b.line) for b in got] == [
        (Heading, "Ⅱ. 주요업무 추진실적 ····· 3", 1),
        (Heading, "노후 시설 개선을 통한 쾌적한 청사 환경 조성 (청사관리팀) ····· 7", 3),
        (Paragraph, "청사 관리 ····· 4", 6),  # LibreOffice's bookmark; lines keep their numbers
        (Paragraph, "세부 내용은 Ⅱ. 주요업무 참조", 8)]


def test_the_real_report_converted_by_pandoc_from_word_gives_its_records(real_report_path):
    """The real report as pandoc prints it from its Word document: the contents a link per entry, listing part Ⅱ's
    projects (the titles its body lacks, which the part's own contents table printed), and each heading after its
    bookmark's anchor. Without the part's own table, the document's contents titles its projects alike."""
    text = real_report_path.read_text(encoding="utf-8")
    lines = text.split("\n")
    own_contents = lines.index("연번\t사 업 명\t쪽")
    own = [line.split("\t") for line in lines[own_contents + 1:own_contents + 6]]
    listed = [f"[{number} {title.removesuffix(' .....')}\t{page}](#_Toc{k})"
              for k, (number, title, page) in enumerate(own)]
    entries = ["[I . 일반 현황\t1](#_Toc90)", "[II . 주요업무 추진실적 4](#_Toc91)", *listed,
               "[III . 신규·중점사업 추진실적 10](#_Toc92)", "![](media/image1.png){width=\"6.3in\" height=\"0.4in\"}"]
    del lines[own_contents:own_contents + 6]
    lines[21:24] = "\n\n".join(entries).split("\n")
    converted = "\n".join(lines).replace("# I . 일반현황", "# []{#_Toc90 .anchor}I . 일반현황").replace(
        "## Ⅱ . 주요업무", "## []{#_Toc91 .anchor}[]{#_Hlk1 .anchor}Ⅱ . 주요업무")
    r = extract_report(read_text(str(real_report_path), converted.encode()))
    original = extract_report(read_text(str(real_report_path), text.encode()))
    assert [(p.seq, p.title, p.title_from) for p in r.projects[:5]] == [
        (1, "안전하고 쾌적한 청사환경 조성", "toc"), (2, "화합행정과 공정한 인사", "toc"),
        (3, "미래지향적 전문인재 양성", "toc"), (4, "천선도시 등 대내·외 교류 내실화", "toc"),
        (5, "구 홈페이지 및 정보시스템 운영·관리", "toc")]
    assert records_data(r, with_sources=False) == records_data(original, with_sources=False)


def test_links_print_their_text_autolinks_their_address_and_images_nothing():
    """A link prints its text alone, as the report's PDF does (its address is not printed); an autolink is its
    address, printed; an image, even inside a link, leaves nothing; anchors vanish, so that a title after one is
    read as a title."""
    got = blocks("![](media/image1.png){width=\"6.268055555555556in\"\nheight=\"2in\"}\n\n"
                 "○ 누리집: [영등포구청](http://www.ydp.go.kr \"영등포구\") 안내 <https://www.ydp.go.kr/a?b=1>\n\n"
                 "[![](media/image2.png)](http://www.ydp.go.kr)\n\n"
                 "[]{#_Toc1 .anchor}① 청사 시설물 안전관리 (청사관리팀)\n\n"
                 "<span id=\"_Toc2\" class=\"anchor\"></span>□ 사업개요\n\n"
                 "- 문의: <ydp@seoul.go.kr>, [[민원]{.underline} 안내](https://minwon.ydp.go.kr/안내)\n\n"
                 "[영등포구](https://ko.wikipedia.org/wiki/영등포구_(서울)) 소개\n")
    assert [(type(b).__name__, b.text, getattr(b, "marker", None)) for b in got] == [
        ("Bullet", "누리집: 영등포구청 안내 https://www.ydp.go.kr/a?b=1", "○"),
        ("Heading", "청사 시설물 안전관리 (청사관리팀)", "①"),
        ("Heading", "사업개요", "□"),
        ("Bullet", "문의: ydp@seoul.go.kr, 민원 안내", "-"), ("Paragraph", "영등포구 소개", None)]
    assert [b.line for b in got] == [4, 8, 10, 12, 14]  # each on its line, the image's two lines blank


def test_brackets_that_are_no_link_stay_as_printed():
    """A bracketed word before a bracketed note is no link (no address, anchor or file after it)."""
    got = blocks("○ [붙임](별도) 참조\n\n○ [국비](50%) 지원\n\n○ 배정[2025](예정)\n")
    assert [b.text for b in got] == ["[붙임](별도) 참조", "[국비](50%) 지원", "배정[2025](예정)"]


VEHICLE_COVER = ("제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n"
                 "## 자 치 행 정 과\n\n")
VEHICLE_PROJECTS = ("\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 주민자치회 운영 지원 (자치지원팀)\n\n"
                    "□ 사업개요\n\n○ 기 간: 연중\n")


def test_a_pipe_table_whose_rows_print_their_outer_pipes_as_they_please_is_one_table():
    """A trailing pipe on the header, a leading one on the second row (its first cell a merged label's: the rows
    around it have six cells), none on the third: one table, its cells in their columns, and its vehicles."""
    table = "구 분 | 정수 | 보유 현황 | | | |\n| | 계 | 승용 | 승합 | 화물\n계 | 12 | 12 | 5 | 4 | 3\n"
    r = extract_report(read_text("t.md", (VEHICLE_COVER + "# Ⅰ. 일반현황\n\n## 2 차 량\n\n" + table
                                          + VEHICLE_PROJECTS).encode()))
    (fleet,) = r.vehicles
    assert fleet.quota == 12
    assert [(c.category, c.kind, c.count, c.source.line) for c in fleet.counts] == [
        ("계", "계", 12, 15), ("차량", "승용", 5, 15), ("차량", "승합", 4, 15), ("차량", "화물", 3, 15)]
    (grid,) = r.tables
    assert grid.rows == [["구 분", "정수", "보유 현황", "", "", ""], ["", "", "계", "승용", "승합", "화물"],
                         ["계", "12", "12", "5", "4", "3"]]
    assert grid.row_lines == [13, 14, 15]


def test_rows_without_outer_pipes_with_one_at_their_end_or_below_a_table_with_them():
    """A row of a table without outer pipes that ends with one (no cell: the rows around it have three), and a row
    without them below a table printed with them (as GFM reads it, a row of that table)."""
    (table, after) = blocks("구 분 | 정원 | 현원\n--- | --- | ---\n정 원 | 7 | 7 |\n| 소 계 | 7\n\n다음\n")
    assert table.rows == (("구 분", "정원", "현원"), ("정 원", "7", "7"), ("", "소 계", "7"))
    assert after.text == "다음"
    (table, after) = blocks("| 구 분 | 정원 | 현원 |\n|---|---|---|\n| 정 원 | 7 | 7 |\n현 원 | 6 | 6\n\n다음\n")
    assert table.rows == (("구 분", "정원", "현원"), ("정 원", "7", "7"), ("현 원", "6", "6"))
    assert [table.row_line(k) for k in range(3)] == [1, 3, 4]


def test_a_table_printed_with_outer_pipes_is_read_as_gfm_reads_it():
    """Outer pipes part no cells (`| | 계 |`: an empty first cell between the first two pipes); a row of another
    width stays as printed, not shifting the others; a line without outer pipes of another width below the table is
    text, not a row."""
    (table,) = blocks("| | 계 | 승용 |\n|---|---|---|\n| 구 분 | 3 | 2 |\n")
    assert table.rows == (("", "계", "승용"), ("구 분", "3", "2"))
    (table,) = blocks("| 구 분 | 계 |\n|---|---|\n| 정 원 | 3 | 비고 |\n| 현 원 | 2 |\n")
    assert table.rows == (("구 분", "계", ""), ("정 원", "3", "비고"), ("현 원", "2", ""))
    (table, note) = blocks("| 구 분 | 계 |\n|---|---|\n| 정 원 | 3 |\n기준일 | 2025. 5. 31. | 현원\n")
    assert table.rows == (("구 분", "계"), ("정 원", "3"))
    assert (type(note), note.text, note.line) == (Paragraph, "기준일 | 2025. 5. 31. | 현원", 4)
