"""A 기획감사실's 2026 report as Google Docs' "Download → Markdown (.md)" prints a .docx converted from HWP (branch
hunt80): `2026-seohae-gihoekgamsa.md` (서해구의회 제301회 제1차 정례회): bold headings with Google's ids (`## **1\\.
조 직** {#1.-조-직}`), a table of contents of links to them (`[1. 조 직](\\#1.-조-직)`, the `#` escaped), escapes
(`\\~`, `1\\.`, `\\-`), every item of a numbered list numbered `1.`, each item but a list's last ending in a hard
break (two spaces), bullets nested two and four spaces in, pipe tables with `| :---- |` under their first row alone,
merged cells blank, `<br>` in cells, an organisation chart as an image by reference (`![][image1]`, its data at the
end: `[image1]: <data:image/png;base64,…>`), a footnote. Staffing by 직렬·직급 (`행정직` over grades, `전산직`,
`시설직`, `임기제`), the cover's session and a part's name in boxes (a table of one cell,
`| □ 사업개요 |`), a project's parts laid out in a table (`구 분 | 내 용` over `사업개요 | ○ 기 간: …<br>○ …`),
`3. 차 량 : 총 2대` over a vehicle list, a budget in 천원 of 단위사업 lines, a table of audits with its groups'
labels merged down beside their `소 계`, projects' 사업개요 of `* 기 간:` or `○ 기 간:` with `\\-` under them, a
계/국비/시비/구비 table and `예 산: 2,698,307(구비)`.
Three errors planted: 행정 7급's 과부족 `△1` where 6 − 8 is −2; 예산편성 및 재정운영's 집행률 33.8 where 612,430 ÷
1,845,600 is 33.2%; the audits' 계 지적 건수 96 where its groups' 소계s make 86.
What was read wrong before: the parts table was a generic table, its project with no 사업개요 nor 추진실적; each item
of a list numbered `1.` ran into the one before it (`… 84개 과제 1. 1/4분기 추진상황 점검: 4월`, one item of January
and April) and, where it did not, kept its `1.`; the contents' entries were paragraphs printing the link's markup
(`[1. 조 직](#1.-조-직)`: a link to a heading whose `#` is escaped, or whose id holds brackets, `(평가팀)`, was no
link); the image's definition at the end was an item of the last project (`[image1]:`); a box (a table of one cell)
was a table, so the cover's session and a part's name were lost (the part's items of no part). In its PDF's
`pdftotext -raw` text the vehicle list was read a column off (`승합(스타리아` a kind, `11인승)` run into the use),
and the audits' table not at all (a header of words, `감사 건수 지적 건수 … 재정상 조치(천원)`, over two label
columns: its 계's finding was missed). Google Docs prints a caption merged across a table's first row once, the other
cells blank (`| 공용차량 현황 (총 2대) | | |`): before, the fleet a generic table."""

import functools
from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.document import Bullet, Heading, Paragraph
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from pipeline.read_text import read_text
from tests.conftest import every_item
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading, read_markdown, records_but_the_document
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
AUDIT = "2026-seohae-gihoekgamsa.md"
K = 1_000  # 천원
PLANTED = [("shortfall", "과부족", "행정 7급", "-2", "-1"),
           ("rate", "예산편성 및 재정운영", "집행률(%)", "33.2", "33.8"),
           ("sum.table", "계", "지적 건수", "86", "96")]
YEAR = [f"2026-{month:02d}" for month in range(1, 13)]


@functools.cache
def report():
    return extract_file(REPORTS / AUDIT)


def months(first: int, last: int) -> list[str]:
    return YEAR[first - 1:last]


def blocks(text: str) -> list:
    return read_text("t.md", text.encode()).blocks


def test_the_three_planted_errors_are_the_findings():
    assert [finding_figures(f) + (f.source.line,) for f in run_checks(report())] == [
        key + (line,) for key, line in zip(PLANTED, (53, 73, 164), strict=True)]


def test_the_cover_under_a_contents_of_links():
    document = report().document
    assert (document.department, document.year, document.title, document.team_count) == (
        "기획감사실", 2026, "2026년 주요업무 보고", 5)
    assert (document.council_session, document.session_start, document.session_end) == (
        "제301회 서해구의회 제1차 정례회", date(2026, 6, 9), date(2026, 6, 23))


SERIES = {  # (job class, grade): (정원, 현원, 과부족 as printed)
    ("계", "계"): (32, 31, -1), ("행정", "4급"): (1, 1, 0), ("행정", "5급"): (4, 4, 0), ("행정", "6급"): (9, 10, 1),
    ("행정", "7급"): (8, 6, -1), ("행정", "8·9급"): (5, 6, 1), ("전산", "6급"): (1, 1, 0), ("전산", "7급"): (1, 0, -1),
    ("시설", "6급"): (1, 1, 0), ("임기제", "시간선택제"): (2, 2, 0)}


def test_the_staffing_by_series_and_grade():
    staffing = {(s.job_class, s.grade, s.status): s.headcount for s in report().staffing}
    assert staffing == {(series, grade, status): count for (series, grade), counts in SERIES.items()
                        for status, count in zip(("정원", "현원", "과부족"), counts, strict=True)}
    assert {s.as_of for s in report().staffing} == {date(2026, 5, 31)}


def test_the_vehicle_list_under_its_total():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total) == ("3. 차 량 : 총 2대", 2)
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 2), ("승용", "아이오닉5", 1), ("승합", "스타리아11인승", 1)]
    assert report().tables[0].rows[1] == ["1", "승용(아이오닉5)", "12가3456", "2022", "업무용 (전기차)"]  # `<br>`


def test_the_budget_in_thousands_of_units():
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in report().budget] == [
        ("계", 5_697_007 * K, 2_920_389 * K, "51.3"), ("기획 및 조정", 412_500 * K, 168_320 * K, "40.8"),
        ("구정 성과평가 운영", 286_000 * K, 97_240 * K, "34.0"),  # `구정 성과평가<br>운영`
        ("예산편성 및 재정운영", 1_845_600 * K, 612_430 * K, "33.8"),
        ("구민참여예산 운영", 2_698_307 * K, 1_862_509 * K, "69.0"),
        ("자체감사 운영", 358_200 * K, 141_680 * K, "39.6"),
        ("기본경비", 96_400 * K, 38_210 * K, "39.6")]
    assert {(b.unit, b.as_of) for b in report().budget} == {("천원", date(2026, 5, 31))}
    assert report().budget[4].other_columns == {"비고": "위원회 수당 포함"}


def test_the_audits_by_group_merged_down():
    audits = report().tables[1]
    assert (audits.caption, audits.unit, audits.as_of, audits.project_seq) == (
        "감사 실시 및 처분 현황(5.31.기준)", "건", date(2026, 5, 31), 3)
    assert [row[:4] for row in audits.rows[1:4]] == [
        ["계", "", "14", "96"], ["자체감사", "소 계", "9", "58"], ["", "종합감사", "3", "32"]]


def test_the_projects_and_their_items():
    assert [(p.seq, p.title, p.team, p.title_from) for p in report().projects] == [
        (1, "구정 주요업무 평가 및 관리", "평가팀", "body"), (2, "2027년도 본예산 편성", "예산팀", "body"),
        (3, "청렴도 향상 및 자체감사 강화", "감사팀", "body"), (4, "구민참여예산제 운영", "예산팀", "body")]
    review, budget, audit, participation = report().projects
    # each item of a list numbered `1.` an item of its own, without its number (before, run into the one above)
    assert project_items(review, "주요 추진실적") == [
        ("2026년 주요업무 계획 수립: 1월 / 84개 과제", months(1, 1), None),
        ("1/4분기 추진상황 점검: 4월", months(4, 4), None),
        ("부진과제 12건 보완 요구 및 재점검: 5월", months(5, 5), None),
        ("구정 성과평가위원회 운영: 2월~3월 / 위원 15명", months(2, 3), None),
        ("2025년 부서 성과평가 결과 심의·확정", None, None),
        ("우수부서 6개 부서 포상금 지급: 3월 / 18,000천원", months(3, 3), 18_000 * K)]
    assert [(item.text, item.depth) for item in every_item(review.items) if item.text.startswith("우수부서")] == [
        ("우수부서 6개 부서 포상금 지급: 3월 / 18,000천원", 2)]
    assert project_items(review, "향후계획") == [
        ("2/4분기 추진상황 점검: 7월", months(7, 7), None),
        ("하반기 주요업무 현장점검: 9월~10월", months(9, 10), None),
        ("2027년 주요업무 계획 수립: 12월", months(12, 12), None)]
    assert project_items(budget, "주요 추진실적")[2:5] == [
        ("2026년 제1회 추가경정예산 편성: 2월~3월 / 32억 1,000만원", months(2, 3), 3_210_000_000),
        ("국·시비 보조사업 등 12건 반영", None, None), ("구의회 의결: 3월 / 원안 가결", months(3, 3), None)]
    assert project_items(budget, "향후계획")[2] == ("2026년 제2회 추가경정예산 편성: 하반기", months(7, 12), None)
    assert [(b.name, b.budget_krw, b.funding_source) for b in audit.budget_lines] == [
        ("계", 358_200 * K, None), ("국비", 0, "국비"), ("시비", 58_200 * K, "시비"), ("구비", 300_000 * K, "구비")]
    assert [(item.text, [child.text for child in item.children]) for item in audit.items][2] == (
        "내 용", ["종합감사·특정감사·복무감사 실시", "청렴 교육 및 반부패 시책 추진"])
    assert project_items(audit, "향후계획") == [
        ("하반기 동 주민센터 종합감사: 9월 / 6개 동", months(9, 9), None),
        ("공직기강 특별점검(추석 명절 대비): 9월", months(9, 9), None),
        ("2026년 청렴도 자체평가: 11월", months(11, 11), None)]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in participation.budget_lines] == [
        ("구비", 2_698_307 * K, 1_862_509 * K)]
    assert project_items(participation, "주요 추진실적")[-1] == (
        "2026년 선정사업 추진: 상반기 / 24건", months(1, 6), None)
    # before, `[image1]:` (the image's data at the end) was the last project's last item
    assert project_items(participation, "향후계획") == [
        ("구민참여예산 총회 개최: 7월", months(7, 7), None),
        ("2027년 구민 제안사업 예산 반영: 11월", months(11, 11), None),
        ("구민참여예산학교 운영: 연중", YEAR, None)]


def test_the_contents_of_links_to_headings_read_as_contents():
    got = [b for b in read_text(AUDIT, (REPORTS / AUDIT).read_bytes()).blocks if b.line is not None and b.line < 36]
    assert [(type(b), b.text) for b in got[4:10]] == [
        (Paragraph, "목 차"), (Paragraph, "2026년 주요업무 보고 ·····"), (Paragraph, "기 획 감 사 실 ·····"),
        (Heading, "Ⅰ. 일반현황 ·····"), (Paragraph, "1. 조 직 ·····"), (Paragraph, "2. 인 력 ·····")]
    assert got[-1].text == "4. 구민참여예산제 운영 ·····"


def test_a_projects_parts_laid_out_in_a_pipe_table(tmp_path):
    """A table of two columns laying out a project's parts, each row a part's name beside its items parted by `<br>`,
    is read as the parts a text converter prints, as its HTML table is; the items nest by their marks (`-` under
    `○`). A table of a part's steps names no part and stays a table; so does one inside a `□` part."""
    participation = report().projects[3]
    assert [(i.heading, i.depth, i.text) for i in every_item(participation.items)][3:7] == [
        ("주요 추진실적", 0, "구민참여예산위원회 구성: 2월 / 위원 80명"),
        ("주요 추진실적", 0, "2027년 구민 제안사업 공모: 3월~4월 / 142건 접수"),
        ("주요 추진실적", 1, "분과위원회 사전심사: 5월 / 68건 선정"),
        ("주요 추진실적", 0, "2026년 선정사업 추진: 상반기 / 24건")]
    head = "# 2026년 주요업무 보고\n\n## 총 무 과\n\n# Ⅱ. 주요업무 추진실적\n\n## 1\\. 청사 관리 (청사팀)\n\n"
    steps = "| 기본계획 | \\- 3월: 수립 |\n| :---- | :---- |\n| 실시계획 | \\- 5월: 수립 |\n"
    r = read_markdown(tmp_path, head + "| 구 분 | 내 용 |\n| :---- | :---- |\n| 사업개요 | ○ 기 간: 연중 |\n"
                      "| 추진실적 | ○ 정기점검: 3월<br>\\- 보수: 4월 |\n\n" + steps, "2026-t.md")
    [project] = r.projects
    assert [(i.heading, i.depth, i.text) for i in every_item(project.items)] == [
        ("사업개요", 0, "기 간: 연중"), ("추진실적", 0, "정기점검: 3월"), ("추진실적", 1, "보수: 4월")]
    assert [t.rows for t in r.tables] == [[["기본계획", "- 3월: 수립"], ["실시계획", "- 5월: 수립"]]]
    inside = read_markdown(tmp_path, head + "**□ 추진계획**\n\n| 구 분 | 내 용 |\n| :---- | :---- |\n"
                           "| 사업개요 | ○ 설계: 3월 |\n| 추진실적 | ○ 착공: 5월 |\n", "2026-u.md")
    assert [t.rows[1] for t in inside.tables] == [["사업개요", "○ 설계: 3월"]]


def test_boxes_of_one_line_on_the_cover_and_over_a_part(tmp_path):
    """A box of one cell (a table HWP draws around a line) on the cover is the line it prints, its session read; one
    printing a part's `□` name is that part's heading (before, tables: no session, the part's items of no part). A
    box among a project's items stays a table (`tests/test_titles_variants.py`)."""
    assert [item.heading for item in report().projects[2].items][:4] == ["사업개요"] * 4
    assert [t.rows[0] for t in report().tables] == [  # the boxes are no tables
        ["연번", "차 종", "차량번호", "연 식", "용 도"],
        ["구 분", "", "감사 건수", "지적 건수", "시정·주의", "재정상 조치(천원)"]]
    r = read_markdown(tmp_path, "| **제301회 서해구의회 제1차 정례회** |\n| :---: |\n\n# 2026년 주요업무 보고\n\n"
                      "## 기 획 감 사 실\n\n# Ⅱ. 주요업무 추진실적\n\n| 1\\. 청렴도 향상 (감사팀) |\n| :---- |\n\n"
                      "| ■ 사업개요 |\n| :---- |\n\n* 기 간: 연중\n\n| □ 놀이시설 교체 |\n| :---- |\n\n* 점검: 3월\n",
                      "2026-t.md")
    assert r.document.council_session == "제301회 서해구의회 제1차 정례회"
    [project] = r.projects
    assert [(i.heading, i.text) for i in project.items] == [("사업개요", "기 간: 연중"), ("사업개요", "점검: 3월")]
    assert [t.rows for t in r.tables] == [[["□ 놀이시설 교체"]]]  # no part's name: a table of the project


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # 현원's 계 of the staffing
    ("| 현 원 | 31 |", "| 현 원 | 30 |", [("sum.staffing", "현원", "계", "31", "30")]),
    # a budget line's 집행액 in 천원: the line found, as the 계 and its rate both say
    ("| 기본경비 | 96,400 | 38,210 |", "| 기본경비 | 96,400 | 38,250 |",
     [("sum.budget", "기본경비", "집행액", "38,210천원", "38,250천원")]),
    # the project's 계/국비/시비/구비
    ("| 358,200 | \\- | 58,200 | 300,000 |", "| 358,200 | \\- | 58,200 | 310,000 |",
     [("sum.project_budget", "계", "예산액", "368,200천원", "358,200천원")]),
    # a group's 소계 of the audits merged down
    ("| 외부감사 | 소 계 | 5 |", "| 외부감사 | 소 계 | 6 |",
     [("sum.table", "외부감사 / 소 계", "감사 건수", "5", "6")]),
])
def test_one_more_error_planted_is_found_beside_the_three(printed, wrong, found):
    assert sorted(planted(AUDIT, printed, wrong)) == sorted(PLANTED + found)


def test_its_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / AUDIT, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == records_but_the_document(report())
    assert sorted(finding_figures(f) for f in run_checks(read)) == sorted(PLANTED)


@needs_pdftotext
@pytest.mark.parametrize(("mode", "differ"), [("-layout", {"projects", "tables"}), ("-raw", {"projects"})])
def test_the_text_of_its_pdf_reads_as_its_text(tmp_path, mode, differ):
    # before: `-raw` read the vehicle list a column off and the audits' table not at all (its 계 unchecked)
    read = pdftotext_reading(REPORTS / AUDIT, mode, tmp_path)
    assert sorted(finding_figures(f) for f in run_checks(read)) == sorted(PLANTED)
    records, own = records_but_the_document(read), records_but_the_document(report())
    assert {key for key in own if records[key] != own[key]} == differ
    assert records["vehicles"] == own["vehicles"]
    if mode == "-raw":  # it keeps no indentation: nested items are their parents' siblings, their text alike
        assert [(i.text, i.months) for p in read.projects for i in every_item(p.items)] == [
            (i.text, i.months) for p in report().projects for i in every_item(p.items)]
        assert records["tables"] == own["tables"]
    else:  # it prints the letter-spaced labels closer
        assert records["tables"][1]["rows"][0][0] == "구분"


# -- the conventions, each on its own --


@pytest.mark.parametrize("breaks", ["", "  "], ids=["plain", "hard breaks"])
def test_a_list_numbering_every_item_alike_is_a_list_of_items(tmp_path, breaks):
    """Markdown numbers a list's items as it likes: Google Docs prints every one `1.` (each but the last ending in a
    hard break), and nests a numbered list three spaces in; before, the second ran into the first, the third, after
    a nested bullet, kept its `1.`, and a nested numbered item was its parent's sibling."""
    text = ("# 2026년 주요업무 보고\n\n## 총 무 과\n\n# Ⅱ. 주요업무 추진실적\n\n## 1\\. 청사 관리 (청사팀)\n\n"
            f"□ 추진실적\n\n1. 정기점검: 3월{breaks}\n   1. 보수 2건: 3월{breaks}\n   1. 재점검: 4월{breaks}\n"
            f"1. 수시점검: 4월{breaks}\n   * 보수 3건: 5월{breaks}\n"
            "1. 승강기 교체: 6월\n\n□ 향후계획\n\n3. 정밀점검: 9월\n3. 결과 보고: 10월\n")
    [project] = read_markdown(tmp_path, text, "2026-t.md").projects
    assert [(i.heading, i.depth, i.text, i.months) for i in every_item(project.items)] == [
        ("추진실적", 0, "정기점검: 3월", months(3, 3)), ("추진실적", 1, "보수 2건: 3월", months(3, 3)),
        ("추진실적", 1, "재점검: 4월", months(4, 4)), ("추진실적", 0, "수시점검: 4월", months(4, 4)),
        ("추진실적", 1, "보수 3건: 5월", months(5, 5)), ("추진실적", 0, "승강기 교체: 6월", months(6, 6)),
        # a list numbered from 3 (no item after a 2.) keeps its numbers, each an item of its own
        ("향후계획", 0, "3. 정밀점검: 9월", months(9, 9)), ("향후계획", 0, "3. 결과 보고: 10월", months(10, 10))]


def test_google_docs_contents_links_are_contents_lines():
    """A line that is a link to a place in the document is a contents entry, Word's `_Toc` bookmark or Google's
    heading id (its `#` escaped, brackets in it), its page number after a tab or none; a link to a heading in a
    sentence is its text."""
    got = blocks("[Ⅱ. 주요업무 추진실적\t3](#heading=h.4d34og8)\n\n"
                 "[1. 청사 관리 (청사팀)](\\#1.-청사-관리-(청사팀))\n\n"
                 "[2. 직원 교육	5](#_Toc12)\n\n세부 내용은 [Ⅱ. 주요업무](\\#ⅱ.-주요업무) 참조\n")
    assert [(type(b), b.text) for b in got] == [
        (Heading, "Ⅱ. 주요업무 추진실적 ····· 3"), (Paragraph, "1. 청사 관리 (청사팀) ·····"),
        (Paragraph, "2. 직원 교육 ····· 5"), (Paragraph, "세부 내용은 Ⅱ. 주요업무 참조")]


def test_images_and_their_definitions_by_reference_print_nothing():
    """Google Docs prints a picture as an image by reference and its data at the document's end: neither is text;
    a bracketed label before a colon and words is (no destination)."""
    got = blocks("○ 조직도\n\n![][image1]\n\n○ 비고: ![조직도][image2] 참조\n\n[비고]: 없음\n\n"
                 "[image1]: <data:image/png;base64,iVBORw0KGgo=>\n\n[image2]: media/image2.png \"조직도\"\n")
    assert [(type(b), b.text, b.line) for b in got] == [
        (Bullet, "조직도", 1), (Bullet, "비고: 참조", 5), (Paragraph, "[비고]: 없음", 7)]


def test_a_caption_merged_across_a_tables_first_row_printed_once(tmp_path):
    """Google Docs prints a cell merged across once, the others blank: a first row of a caption so (a count `총 2대`,
    a unit, a date) is the caption's line over the table, as where every cell repeats it."""
    text = ("제301회 서해구의회 제1차 정례회\n\n# 2026년 주요업무 보고\n\n## 기 획 감 사 실\n\n# Ⅰ. 일반현황\n\n"
            "## 3\\. 차 량\n\n| 공용차량 현황 (총 3대) |  |  |  |\n| :---- | :---- | :---- | :---- |\n"
            "| 구 분 | 계 | 승 용 | 승 합 |\n| 대 수 | 2 | 1 | 1 |\n\n"
            "## 4\\. 조 직\n\n| 부서 현황 |  |\n| :---- | :---- |\n| 팀 | 5 |\n| 직원 | 32 |\n")
    r = read_markdown(tmp_path, text, "2026-t.md")
    [fleet] = r.vehicles
    assert (fleet.caption, fleet.printed_total, fleet_total(fleet)) == ("공용차량 현황 (총 3대)", 3, 2)
    assert [finding_figures(f) for f in run_checks(r)] == [("header.total", "제목", "총계", "2", "3")]
    # a first row of a label alone is the table's (no caption's text)
    assert r.tables[-1].rows[0] == ["부서 현황", ""]


def fleet_total(fleet) -> int:
    return next(c.count for c in fleet.counts if c.category == "계")


def test_a_two_level_table_under_a_header_of_words():
    """`pdftotext -raw`'s table of two label columns (groups merged down beside their `소 계`) under a one-line
    header of labels of two words (`감사 건수`, a measure; `재정상 조치(천원)`, a unit noted): its labels as a
    one-level header's, the first over both label columns. Before, words alone, and no table was read."""
    lines = ["구 분 감사 건수 지적 건수 시정ㆍ주의 재정상 조치(천원)", "계 14 96 71 48,320", "자체감사",
             "소 계 9 58 47 31,200",
             "종합감사 3 32 26 18,400", "복무감사 6 26 21 12,800", "외부감사", "소 계 5 38 24 17,120",
             "감사원 감사 5 38 24 17,120"]
    assert one_space_tables(lines)[:4] == [
        "구 분\t\t감사 건수\t지적 건수\t시정ㆍ주의\t재정상 조치(천원)", "계\t\t14\t96\t71\t48,320",
        "자체감사\t소 계\t9\t58\t47\t31,200", "\t종합감사\t3\t32\t26\t18,400"]


def test_a_vehicle_list_cell_whose_bracket_holds_a_space():
    """A cell of `pdftotext -raw`'s vehicle list ends in no bracket: `승합(스타리아 11인승)` is the kind's one cell."""
    lines = ["연번 차 종 차량번호 연 식 용 도", "1 승용(아이오닉5) 12가3456 2022 업무용 (전기차)",
             "2 승합(스타리아 11인승) 34나5678 2020 감사 현장 출장"]
    assert one_space_tables(lines)[2].split("\t") == [
        "2", "승합(스타리아 11인승)", "34나5678", "2020", "감사 현장 출장"]
