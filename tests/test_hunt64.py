"""Apache Tika's text of a .docx (`tika --text`, `java -jar tika-app.jar --text`): a paragraph a line, a Word bullet
list's item `· ` first, and a table a cell a line, each cell after a tab (an empty cell, or one a cell merged down
covers, a tab alone), a cell's further paragraphs on lines without one, a blank line after each row and one more
after the table; a cell merged across printed once. `tests/department_reports/2023-hanbit-garogyeonggwan.txt`
(가로경관과 2023) is printed so. Before, each cell line was text: the report had no staffing, fleet or budget."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.tika_tables import tika_tables
from tests.test_department_reports import REPORTS, planted

NAME = "2023-hanbit-garogyeonggwan.txt"


def tika_printed(blocks: list) -> str:
    """Paragraphs (a str each) and tables (rows of cells, a cell a str or a list of its paragraphs) as Tika's text
    handler prints the XHTML its .docx parser writes: a `</p>` a line break, a tab before each `<td>`, a line break
    after each `</tr>` and the `</table>`."""
    printed = []
    for block in blocks:
        if isinstance(block, str):
            printed.append(block + "\n")
            continue
        for row in block:
            printed += ["\t" + "".join(part + "\n" for part in ([cell] if isinstance(cell, str) else cell))
                        for cell in row]
            printed.append("\n")
        printed.append("\n")
    return "".join(printed)


def tables(text: str) -> list[Table]:
    return [block for block in read_text("t.txt", text.encode()).blocks if isinstance(block, Table)]


def test_a_department_report_printed_by_tika_gives_its_records():
    report = extract_file(REPORTS / NAME)
    assert (report.document.department, report.document.team_count) == ("가로경관과", 3)
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "현원"] == [
        ("현원", "계", "계", 20), ("현원", "일반직", "5급", 1), ("현원", "일반직", "6급", 4),
        ("현원", "일반직", "7급", 5), ("현원", "일반직", "8급", 5), ("현원", "일반직", "9급", 2),
        ("현원", "공무직", "계", 3)]
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", 0), ("일반직", "7급", -1), ("일반직", "8급", 0),
        ("일반직", "9급", -1), ("공무직", "계", 1)]
    assert {s.as_of for s in report.staffing} == {date(2023, 5, 31)}
    assert [(s.source.line, s.headcount) for s in report.staffing if s.grade == "계" and s.job_class == "계"] == [
        (27, 21), (36, 20), (45, -1)]  # each row's first cell's line
    [fleet] = report.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 4), ("승용", 1), ("승합", 1), ("화물", 2)]
    # `계` and `기본경비` merged across 단위사업명 and 세부사업명, each 단위사업's name merged down over its 세부사업
    assert [(b.name, b.parent, b.budget_krw, b.executed_krw, b.execution_rate) for b in report.budget] == [
        ("계", None, 9_432_000_000, 3_305_300_000, 35.0),
        ("가로환경 정비", None, 6_210_000_000, 2_236_500_000, 36.0),
        ("가로정비", "가로환경 정비", 4_350_000_000, 1_609_500_000, 37.0),
        ("보도 환경 개선", "가로환경 정비", 1_860_000_000, 627_000_000, 33.7),
        ("도시경관 관리", None, 2_780_000_000, 908_800_000, 32.7),
        ("야간경관 조성", "도시경관 관리", 1_980_000_000, 712_800_000, 36.0),
        ("경관심의 운영", "도시경관 관리", 800_000_000, 196_000_000, 24.5),
        ("기본경비", None, 442_000_000, 160_000_000, 36.2)]
    assert {(b.unit, b.as_of) for b in report.budget} == {("천원", date(2023, 5, 31))}
    assert [(p.title, p.team) for p in report.projects] == [
        ("야간경관 조성", "경관정책팀"), ("보도 환경 개선", "가로정비팀")]
    assert [[(b.name, b.budget_krw, b.executed_krw) for b in p.budget_lines] for p in report.projects] == [
        [("계", 1_980_000_000, 712_800_000)], [("구비", 1_860_000_000, 627_000_000)]]
    # the second project's parts list their items as a Word bullet list: `· ` first
    assert [(i.heading, i.text.split(":")[0], i.amount_krw) for i in report.projects[1].items] == [
        ("사업개요", "기 간", None), ("사업개요", "대 상", None), ("사업개요", "사업비", 1_860_000_000),
        ("추진실적", "한빛로 보도 정비 준공", 412_000_000), ("추진실적", "새솔로 점자블록 정비", 215_000_000),
        ("향후계획", "나래로 등 10개 구간 보도 정비", 1_233_000_000), ("향후계획", "보행환경 개선 주민 설명회", None)]
    assert run_checks(report) == []


def test_a_wrong_figure_in_a_table_tika_printed_is_found_on_its_cell():
    assert planted(NAME, "\t현 원\n\t20\n", "\t현 원\n\t21\n") == [("sum.staffing", "현원", "계", "20", "21")]
    assert planted(NAME, "\t과부족\n\t△1\n", "\t과부족\n\t△2\n") == [("shortfall", "과부족", "계", "-1", "-2")]
    assert planted(NAME, "\t1,609,500\n\t37.0\n", "\t1,609,500\n\t38.0\n") == [
        ("rate", "가로정비", "집행률(%)", "37.0", "38.0")]
    assert planted(NAME, "\t계\n\t9,432,000\n", "\t계\n\t9,433,000\n") == [
        ("sum.budget", "계", "예산액", "9,432,000천원", "9,433,000천원")]
    assert planted(NAME, "\t4\n\t1\n\t1\n\t2\n", "\t5\n\t1\n\t1\n\t2\n") == [("sum.vehicles", "계", "계", "4", "5")]


def test_merged_cells_are_placed_over_the_columns_they_span():
    text = tika_printed([
        "2. 인 력",
        [["구 분", "계", "일 반 직", "공무직"], ["", "", "5급", "6급", "7급", ""], ["정 원", "9", "1", "3", "4", "1"]],
        "3. 예산현황",
        [["구 분", "예산액", ["집행률(%)", "(5.31.기준)"]], ["계", "300", "50.0"],
         ["청사 관리", "소 계", "300", "50.0"], ["", "청소", "100", "40.0"], ["", "경비", "200", "55.0"]],
        "끝"])
    staffing, budget = tables(text)
    assert staffing.rows == (("구 분", "계", "일 반 직", "", "", "공무직"), ("", "", "5급", "6급", "7급", ""),
                             ("정 원", "9", "1", "3", "4", "1"))
    assert budget.rows == (("구 분", "", "예산액", "집행률(%) (5.31.기준)"), ("계", "", "300", "50.0"),
                           ("청사 관리", "소 계", "300", "50.0"), ("", "청소", "100", "40.0"),
                           ("", "경비", "200", "55.0"))
    assert (staffing.line, staffing.row_offsets) == (2, (0, 5, 12))  # each row's first cell's line
    assert (budget.line, budget.row_offsets) == (23, (0, 5, 9, 14, 19))


def test_a_table_first_in_the_document_is_read():
    # a .docx opening with a table: the text's first line is its first cell's, after a tab
    [table] = tables(tika_printed([[["구 분", "계"], ["정 원", "3"]], "끝"]))
    assert (table.rows, table.line) == ((("구 분", "계"), ("정 원", "3")), 1)


def test_paragraphs_tika_prints_a_line_each_are_not_joined():
    # its tables' rows print a blank line each: the text is not taken for wrapped paragraphs parted by blank lines
    cover = ["제283회 한빛구의회 제1차 정례회", "2023. 6. 13. ~ 6. 28.", "2023년 주요업무보고", "가로경관과",
             "Ⅱ. 주요업무 추진실적", "1. 야간경관 조성 (경관정책팀)", "하천에 경관조명을 설치하고자 함", "□ 추진실적",
             "· 경관조명 설치: 3월"]
    rows = [["구 분", "계"], *[[f"{k}월", str(k)] for k in range(1, 13)], ["합 계", "78"]]
    document = read_text("t.txt", tika_printed([*cover, "□ 월별 현황", rows]).encode())
    # before, the session's line and its dates were one paragraph
    assert [block.text for block in document.blocks[:4]] == cover[:4]
    report = extract_report(document)
    [project] = report.projects
    assert (project.title, project.team, project.purpose) == (
        "야간경관 조성", "경관정책팀", "하천에 경관조명을 설치하고자 함")
    assert [(i.heading, i.text, i.months) for i in project.items] == [("추진실적", "경관조명 설치: 3월", ["2023-03"])]
    [table] = report.tables
    assert (table.rows[0], table.rows[-1]) == (["구 분", "계"], ["합 계", "78"])


def test_lines_indented_by_a_tab_are_no_table():
    # a tab-indented paragraph (Word's "save as text" of a first-line indent), blank lines between: no row ends so
    text = "□ 사업개요\n\t○ 기 간: 연중\n\t○ 대 상: 전 구민\n\n\t○ 내 용: 교육\n\t○ 예 산: 1,000천원\n\n끝\n"
    assert tika_tables(text.split("\n")) == (text.split("\n"), [])
    assert tika_tables(["\t가", "", "\t나", "", "", ""])[1] == []  # rows of one cell
    assert tika_tables(["\t가", "\t나", "", "", ""])[1] == []  # one row


_CELL = st.text(st.sampled_from("가나다 계급원123,.△-"), min_size=1, max_size=6).map(str.strip).filter(bool)


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 5).flatmap(lambda width: st.lists(st.lists(_CELL, min_size=width, max_size=width),
                                                         min_size=2, max_size=6)),
       st.lists(st.text(st.sampled_from("가나다라 "), min_size=1, max_size=8).map(str.strip).filter(bool), max_size=3))
def test_a_grid_tika_printed_reads_back_as_the_grid(grid, before):
    text = tika_printed([*before, grid, "끝"])
    lines, [(start, rows, offsets)] = tika_tables(text.split("\n"))
    assert (start, rows) == (len(before), grid)
    assert offsets == tuple(k * (len(grid[0]) + 1) for k in range(len(grid)))
    assert lines[:start] == before and lines[start + offsets[-1] + len(grid[0]) + 2] == "끝"
    assert not any(lines[start:start + offsets[-1] + len(grid[0]) + 2])
