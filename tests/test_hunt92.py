"""A report saved as Word's .doc and printed by antiword (branch hunt92): `2022-cheongram-cheongnyeon.txt`
(청람구의회 제279회 제1차 정례회, 청년정책과 2022). antiword prints a Word table a row a line, `|` between the cells and
either side,
each cell padded to its column's width in display columns (a Hangul letter two), no rule under the header: a cell
merged across as one wider cell (`|일 반 직                      |` over `|5급  |6급  |…`), its bars rounded a column
or two apart from its columns' (as antiword sizes each cell of each row apart), and a cell's text wider than its
column wrapped over lines of its own, the row's other cells blank (`|청년 일자리·창업    |` over `|지원   |`), broken at
a space or, where none is, cut where the column ends (`|집행률|` over `|(%)   |`, `|1,620,400,00|` over `|0   |`); a
cell's paragraph on a line of its own (`|예 산 액    |` over `|(A)    |`). Its text: titles and dates centred by
spaces, a table's unit set right (`(’22. 5. 31. 현재, 단위 : 천원)`), justified paragraphs wrapped at 76 columns with
the spaces stretched (`○ 내    용 :  청년센터  3개소  운영,`), `[pic]` where a picture was (the cover's emblem, a
photo above its caption `< 청년 네트워크 발대식 (4. 23.) >`), no form feed. Three errors planted: 일반직 8급's 과부족
`△1` where 4 − 6 is −2; 청년공간 운영's 집행률 44.9 where 245,300 ÷ 585,200 is 41.9%; the 청년센터 table's 계 이용자
18,460 where its rows make 18,360.
What was read wrong before: the staffing header's merged `일 반 직` was one cell, so `임기제` and `공무직` stood over
6급 and 7급 (the 계 found wrong twice, the 8급 blamed on 공무직); each wrapped line was a row of its own (`지원` a
단위사업 of no budget, `청년 일자리·창업` its name; `카페` a facility; the 원 table's 계 `1,620,400,00` no figure, so
the project's 계 had no budget); `[pic]` was a line of text (the photo's caption an item `[pic] < … >`); and
`pdftotext -raw` of its PDF, `단위사업명 예 산 액 (A) 집 행 액 (B) 집행률(%)`, read no budget, and kept each facility's
opening day in its name (`청람청년센터 2019. 3. 15.`, under one label `시 설 명 개 소 일`)."""

import functools
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables, parted_labels
from pipeline.read_text import _column_aligned_rows
from tests.layouts import (
    antiword_table_lines,
    antiword_tables,
    make_pdfs,
    needs_pdftotext,
    pdftotext_reading,
    records_but_the_document,
)
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
CHEONGNYEON = "2022-cheongram-cheongnyeon.txt"
K = 1_000  # 천원
PLANTED = [("shortfall", "과부족", "일반직 8급", "-2", "-1"),
           ("rate", "청년공간 운영", "집행률(%)", "41.9", "44.9"),
           ("sum.table", "계", "이용자(명)", "18,360", "18,460")]
YEAR = [f"2022-{month:02d}" for month in range(1, 13)]


@functools.cache
def report():
    return extract_file(REPORTS / CHEONGNYEON)


def read(text: str):
    return extract_file(Path("2022-t.txt"), text.encode())


def test_the_three_planted_errors_are_the_findings():
    assert [finding_figures(f) + (f.severity, f.source.line) for f in run_checks(report())] == [
        key + ("error", line) for key, line in zip(PLANTED, (32, 50, 68), strict=True)]


def test_the_cover_centred_by_spaces_an_emblem_on_it():
    document = report().document
    assert (document.department, document.year, document.title, document.team_count) == (
        "청년정책과", 2022, "2022년도 주요업무보고", 3)
    assert (document.council_session, document.council) == ("제279회 청람구의회 제1차 정례회", "청람구의회")
    assert (document.session_start, document.session_end) == (date(2022, 6, 14), date(2022, 6, 28))


GRADES = {"5급": (1, 1, 0), "6급": (4, 4, 0), "7급": (7, 8, 1), "8급": (6, 4, -1), "9급": (3, 3, 0)}  # as printed


def test_staffing_under_a_label_merged_across_printed_as_one_wide_cell():
    # before: `일 반 직 | 임기제 | 공무직` over `5급 | 6급 | 7급`, `공무직 8급` blamed, the 계 found wrong twice
    staffing = {(s.status, s.job_class, s.grade): s.headcount for s in report().staffing}
    assert staffing == {
        **{(status, "일반직", grade): count for grade, counts in GRADES.items()
           for status, count in zip(("정원", "현원", "과부족"), counts, strict=True)},
        ("정원", "계", "계"): 24, ("현원", "계", "계"): 23, ("과부족", "계", "계"): -1,
        ("정원", "임기제", "계"): 1, ("현원", "임기제", "계"): 1, ("과부족", "임기제", "계"): 0,
        ("정원", "공무직", "계"): 2, ("현원", "공무직", "계"): 2, ("과부족", "공무직", "계"): 0}
    assert {s.as_of for s in report().staffing} == {date(2022, 5, 31)}
    assert [(s.status, s.headcount) for s in report().stated_staffing] == [("정원", 24), ("현원", 23)]


def test_the_fleet():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.unit) == ("3. 차 량 : 총 2대", 2, "대")
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 2), ("차량", "승용", 1), ("차량", "승합", 1), ("차량", "화물", 0)]


def test_the_budget_its_names_and_header_wrapped_over_lines():
    # before: `청년 일자리·창업` and `지원` two lines, the header `집행률` over `(%)` a row of its own
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in report().budget] == [
        ("계", 4_512_600 * K, 1_628_450 * K, "36.1"),
        ("청년 정책 기반 조성", 385_000 * K, 142_450 * K, "37.0"),
        ("청년 주거 안정 지원", 1_850_000 * K, 612_350 * K, "33.1"),
        ("청년 일자리·창업 지원", 1_620_400 * K, 598_100 * K, "36.9"),
        ("청년공간 운영", 585_200 * K, 245_300 * K, "44.9"),
        ("기본경비", 72_000 * K, 30_250 * K, "42.0")]
    assert {(b.unit, b.as_of) for b in report().budget} == {("천원", date(2022, 5, 31))}


def test_a_projects_budget_in_won_its_total_cut_where_its_column_ends():
    # `|계        |1,620,400,00|598,100,000 |36.9  |` over `|          |0           |…`: before, no figure
    centre, rent, startup = report().projects
    assert [(p.seq, p.title, p.team) for p in report().projects] == [
        (1, "청년센터 운영", "청년공간팀"), (2, "청년 월세 한시 특별지원", "청년정책팀"),
        (3, "청년 창업 지원", "청년일자리팀")]
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text, b.funding_source) for b in startup.budget_lines] == [
        ("계", 1_620_400_000, 598_100_000, "36.9", None), ("국비", 300_000_000, 150_000_000, "50.0", "국비"),
        ("시비", 520_000_000, 188_600_000, "36.3", "시비"), ("구비", 800_400_000, 259_500_000, "32.4", "구비")]
    assert [(b.name, b.budget_krw) for b in rent.budget_lines] == [
        ("계", 1_850_000 * K), ("국비", 925_000 * K), ("시비", 462_500 * K), ("구비", 462_500 * K)]
    assert [(b.name, b.budget_krw) for b in centre.budget_lines] == [
        ("계", 585_200 * K), ("시비", 180_000 * K), ("구비", 405_200 * K)]


def test_a_wrong_figure_on_a_cut_figures_line_is_found():
    # the 계's 예산액 `1,620,500,00` over `0`: the sources make 1,620,400,000
    found = planted(CHEONGNYEON, "|계        |1,620,400,00|", "|계        |1,620,500,00|")
    assert sorted(found) == sorted([*PLANTED, ("sum.project_budget", "계", "예산액", "1,620,400,000원",
                                               "1,620,500,000원")])


def test_a_facilitys_name_wrapped_is_one_row():
    centres, payments = report().tables
    assert centres.rows[-1] == ["청년 일자리 카페", "2021. 11. 22.", "320", "3,490", "68"]  # before: `카페` a row
    assert len(centres.rows) == 5
    assert payments.rows[0] == ["구 분", "계", "1분기", "4월", "5월"]


def test_a_picture_is_no_item_its_caption_is():
    # before: `[pic] < 청년 네트워크 발대식 (4. 23.) >`, nested under the item above
    centre = report().projects[0]
    assert project_items(centre, "추진실적") == [
        ("청년센터 운영 현황 (’22. 5. 31. 현재)", None, None),
        ("청년 커뮤니티 프로그램 운영 : 3. 2. ~ 5. 31. / 312회, 연인원 4,870명", YEAR[2:5], None),
        ("진로·취업 특강 42회, 소모임 지원 28개 팀", None, None),
        ("< 청년 네트워크 발대식 (4. 23.) >", YEAR[3:4], None)]
    assert project_items(centre, "향후계획")[-1] == (
        "제4호 청년센터 조성 : 총사업비 32억 1,000만원 (시비 12억원, 구비 20억 1,000만원), ’23. 12월 개소 목표",
        ["2023-12"], 3_210_000_000)
    assert "[pic]" not in json.dumps(records_but_the_document(report()), ensure_ascii=False)


def test_its_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / CHEONGNYEON, pdf)
    read_pdf = extract_file(pdf)
    assert records_but_the_document(read_pdf) == records_but_the_document(report())
    assert sorted(finding_figures(f) for f in run_checks(read_pdf)) == sorted(PLANTED)


@needs_pdftotext
@pytest.mark.parametrize(("mode", "differ"), [("-raw", []), ("-layout", ["tables"])])
def test_the_text_of_its_pdf_reads_its_records(tmp_path, mode, differ):
    # before: `-raw`'s `단위사업명 예 산 액 (A) 집 행 액 (B) 집행률(%)` read no budget, its 집행률 unchecked, and its
    # facilities' days stayed in their names (`청람청년센터 2019. 3. 15.` under `시 설 명 개 소 일`, one label)
    pdf_text = pdftotext_reading(REPORTS / CHEONGNYEON, mode, tmp_path)
    assert sorted(finding_figures(f) for f in run_checks(pdf_text)) == sorted(PLANTED)
    records, own = records_but_the_document(pdf_text), records_but_the_document(report())
    assert [key for key in own if records[key] != own[key]] == differ
    if differ:  # `-layout` prints the letter-spaced labels closer
        assert records["tables"][0]["rows"][0][:2] == ["시설명", "개소일"]


def test_a_rows_day_in_one_space_text_is_a_cell_where_the_header_parts_so():
    lines = ["시 설 명 개 소 일 면적(㎡) 이용자(명)", "계 1,100 14,870", "청람청년센터 2019. 3. 15. 620 9,240",
             "청년 일자리 카페 2021. 11. 22. 480 5,630"]
    assert [line.split("\t") for line in one_space_tables(lines)] == [
        ["시 설 명", "개 소 일", "면적(㎡)", "이용자(명)"], ["계", "", "1,100", "14,870"],
        ["청람청년센터", "2019. 3. 15.", "620", "9,240"], ["청년 일자리 카페", "2021. 11. 22.", "480", "5,630"]]
    # a header of no column for them keeps the days in the labels
    lines[0] = "시 설 명 면적(㎡) 이용자(명)"
    assert one_space_tables(lines)[2].split("\t")[0] == "청람청년센터 2019. 3. 15."


def test_a_formula_bracket_set_apart_after_a_letter_spaced_label():
    words = ["단위사업명", "예", "산", "액 (A)", "집", "행", "액 (B)", "집행률(%)"]
    assert parted_labels(words, 4) == ["단위사업명", "예 산 액 (A)", "집 행 액 (B)", "집행률(%)"]


# -- the conventions, each on its own --

STAFFING = """|구  분  |계   |일 반 직          |공무직|
|        |     |6급  |7급  |8급  |       |
|정  원  |9    |2    |4    |3    |{extra}|
|현  원  |9    |2    |4    |3    |       |
"""


def rows_of(text: str):
    return _column_aligned_rows(text.strip("\n").split("\n"))


def test_a_merged_cells_bars_snap_to_its_columns_within_two():
    rows, at = rows_of(STAFFING.format(extra="-      "))
    assert rows[0] == ("구  분", "계", "일 반 직", "", "", "공무직")
    assert rows[1] == ("", "", "6급", "7급", "8급", "")
    assert at == (0, 1, 2, 3)


def test_a_table_whose_bars_stand_anywhere_is_no_fixed_width_one():
    text = STAFFING.format(extra="-      ").replace("|일 반 직          |", "|일 반 직             |")
    assert rows_of(text) is None  # three columns off: not antiword's
    assert rows_of("| 구 분 | 계 |\n|---|---|\n| 정 원 | 9 |\n| 현 원 | 9 |") is None  # markdown, ruled
    assert rows_of("|구 분|계|\n|정 원|9|") is None  # one row of the widest


@pytest.mark.parametrize(("lines", "rows"), [
    # a bracket, a cell's paragraph of its own, goes on its cell
    (["|구 분 |예 산 액    |집행률|", "|      |(A)         |(%)   |", "|계    |100         |10.0  |"],
     [("구 분", "예 산 액 (A)", "집행률(%)"), ("계", "100", "10.0")]),
    # a range's date run on, and the words beside it; a total's row is its own, though its label overruns
    (["|조 사 명    |조사기간    |인원|", "|경제총조사( |6. 1. ~ 7.  |86  |", "|사업체)     |31.         |    |",
      "|계          |            |86  |"],
     [("조 사 명", "조사기간", "인원"), ("경제총조사(사업체)", "6. 1. ~ 7. 31.", "86"), ("계", "", "86")]),
    # a word cut where a wide letter does not fit the one column left: no space
    (["|구 분       |계  |", "|설치공사(급 |1   |", "|속)         |    |", "|기타        |2   |"],
     [("구 분", "계"), ("설치공사(급속)", "1"), ("기타", "2")]),
    # a line filling every cell is a row of its own
    (["|일 시      |내 용       |", "|’24. 7. 1. |탄소중립 실 |", "|’24. 9월   |중간보고회  |"],
     [("일 시", "내 용"), ("’24. 7. 1.", "탄소중립 실"), ("’24. 9월", "중간보고회")]),
])
def test_what_goes_on_the_row_above(lines, rows):
    assert list(_column_aligned_rows(lines)[0]) == rows


LABEL = st.lists(st.sampled_from(["청년", "센터", "운영", "지원", "주거", "안정", "일자리", "창업", "기반", "조성"]),
                 min_size=1, max_size=4).map(" ".join)
FIGURE = st.integers(0, 9_999_999).map("{:,}".format)


@settings(max_examples=60, deadline=None)
@given(labels=st.lists(LABEL, min_size=2, max_size=5, unique=True), widest=st.integers(6, 16), data=st.data())
def test_an_antiword_table_reads_back_its_cells(labels, widest, data):
    figures = [[data.draw(FIGURE) for _ in range(3)] for _ in labels]
    rows = [["단위사업명", "예산액", "집행액", "잔액"],
            *([label, *row] for label, row in zip(labels, figures, strict=True))]
    lines = [line for line in antiword_table_lines(rows, widest) if line]
    read_rows, _ = _column_aligned_rows(lines)
    # words are read spaces aside (a word ending where its column does may have been cut, or broken at a space)
    assert [tuple(cell.replace(" ", "") for cell in row) for row in read_rows] == [
        tuple(cell.replace(" ", "") for cell in row) for row in rows]


def spaces_aside(records) -> str:
    return json.dumps(records, ensure_ascii=False, sort_keys=True, default=str).replace(" ", "")


@pytest.mark.parametrize("name", [
    "2024-haeon-jumin.txt", "2023-gaon-jaemu.txt", "2025-nuri-bokjijeongchaek.txt", "2022-hanbit-yesan.txt",
    "2023-hanbit-jachihaengjeong.txt", "2024-hanbit-sahoebokji.txt", "2025-hanbit-chisu.txt",
    "2025-hanbit-dosinongeop.txt"])
def test_a_fixtures_tables_printed_by_antiword_read_as_its_tabs(name):
    """Each of a fixture's tab tables printed as antiword prints a Word table (`antiword_tables`: merged header
    cells one wide cell, text wrapped in columns at most 12 wide) reads the records and findings of its tabs, spaces
    aside (a word filling its column may have been cut or broken at a space after it)."""
    path = REPORTS / name
    tabs = extract_file(path)
    printed = path.read_bytes()
    encoding = "cp949" if name == "2025-hanbit-chisu.txt" else "utf-8-sig"
    antiword = extract_file(path, antiword_tables(printed.decode(encoding)).encode("utf-8"))
    assert spaces_aside(records_but_the_document(antiword)) == spaces_aside(records_but_the_document(tabs))
    assert spaces_aside(sorted(map(finding_figures, run_checks(antiword)))) == spaces_aside(
        sorted(map(finding_figures, run_checks(tabs))))


def test_a_pictures_placeholder_is_no_text():
    text = ("제279회 청람구의회 제1차 정례회\n\n2022년도 주요업무보고\n\n청 년 정 책 과\n\n                 [pic]\n\n"
            "Ⅱ. 주요업무 추진상황\n\n1. 청년센터 운영 (청년공간팀)\n\n □ 추진실적\n  ○ 발대식 개최 : 4. 23.\n[pic]\n")
    [project] = read(text).projects
    assert project_items(project) == [("발대식 개최 : 4. 23.", YEAR[3:4], None)]
