"""Tables printed a cell a line: `docx2txt` and LibreOffice's "save as text" (`soffice --headless --convert-to
txt:Text`) of Word files built with python-docx (merged cells as HWP→DOCX conversions print them). The files under
tests/cell_lines/ are the converters' literal output of two reports; the excerpts below, of one table each."""

from pathlib import Path

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.cell_lines import cell_line_tables
from pipeline.document import Table
from pipeline.read import read_document
from pipeline.read_text import decode, read_text
from tests.conftest import REAL_REPORT, SAMPLES
from tests.test_converter_outputs import STAFFING, staffing_by_status

FIXTURES = Path(__file__).parent / "cell_lines"
CONVERTERS = ("libreoffice", "docx2txt")


def tables(text: str) -> list[tuple[tuple[str, ...], ...]]:
    return [block.rows for block in read_text("t.txt", text.encode()).blocks if isinstance(block, Table)]


def libreoffice(*cells: str) -> str:
    """LibreOffice's text: a cell a line, an empty cell an empty line."""
    return "\n".join(cells) + "\n"


def docx2txt(*cells: str) -> str:
    """docx2txt's text: a blank line after each cell, so an empty cell is two blank lines more."""
    return "".join(f"{cell}\n\n" for cell in cells)


def printed(convert, caption: str, cells: tuple[str, ...]) -> str:
    return convert("2 인 력", caption, *cells, "○ 인력 운영: 3월")


# --- the two reports, whole --------------------------------------------------------------------------------


@pytest.mark.parametrize("converter", CONVERTERS)
def test_report_reads_staffing_vehicles_budget_and_a_projects_budget(converter):
    report = extract_report(read_document(FIXTURES / f"{converter}-report.txt"))
    assert staffing_by_status(report) == STAFFING
    fleet, = report.vehicles
    assert (fleet.printed_total, fleet.quota, fleet.unit) == (12, 12, "대")
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 12), ("승용", "소계", 7), ("승용", "소형·다목적", 3), ("승용", "중형", 3), ("승용", "대형", 1),
        ("승합", "소계", 3), ("승합", "중형", 2), ("승합", "대형", 1), ("화물", "소계", 2), ("화물", "소형", 2)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, str(b.as_of)) for b in report.budget] == [
        ("계", 4_219_500_000, 1_734_210_000, 41.1, "2025-05-31"),
        ("청사 시설 관리", 1_820_000_000, 912_340_000, 50.1, "2025-05-31"),
        ("인사·조직 운영", 612_300_000, 201_450_000, 32.9, "2025-05-31"),
        ("직원 역량 강화", 287_200_000, 95_420_000, 33.2, "2025-05-31"),
        ("기본경비", 1_500_000_000, 525_000_000, 35.0, "2025-05-31")]
    personnel = report.projects[1]
    # before, the project's budget table's six cells were six of its items (`예산액`, …, `612,300(구비)`)
    assert [item.text for item in personnel.items] == [
        "정기인사 사전 예고제 운영", "상반기 정기인사 실시: 1월", "인사상담 운영: 2월~5월 / 총 12회",
        "하반기 정기인사: 7월"]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.funding_source)
            for b in personnel.budget_lines] == [("구비", 612_300_000, 201_450_000, 32.9, "구비")]
    general, = report.general_text
    assert general.text == ("1 조 직 행정지원과 - (4)개팀 2 인 력 3 주요시설 및 장비 공용차량 - 총12대 (정수 12) "
                            "4 예산현황")
    assert run_checks(report) == []


@pytest.mark.parametrize("converter", CONVERTERS)
def test_classes_merged_down_and_a_budget_under_a_two_row_header(converter):
    document = read_document(FIXTURES / f"{converter}-classes.txt")
    staffing, budget = (block.rows for block in document.blocks if isinstance(block, Table))
    assert staffing == (("구 분", "", "정 원", "현 원", "과부족"), ("계", "", "24", "23", "△1"),
                        ("일반직", "소계", "20", "19", "△1"), ("", "6급", "5", "5", "-"), ("", "7급", "8", "7", "△1"),
                        ("", "8급", "7", "7", "-"), ("공무직", "", "4", "4", "-"))
    assert budget == (("단위사업명", "예 산 액", "", "", "", "집행액", "집행률(%)"),
                      ("", "계", "국비", "시비", "구비", "", ""),
                      ("계", "5,300,000", "1,000,000", "800,000", "3,500,000", "2,120,000", "40.0"),
                      ("세입 관리", "3,300,000", "1,000,000", "300,000", "2,000,000", "1,320,000", "40.0"),
                      ("세외수입 징수", "2,000,000", "", "500,000", "1,500,000", "800,000", "40.0"))
    report = extract_report(document)
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "현원"] == [
        ("현원", "계", "계", 23), ("현원", "일반직", "계", 19), ("현원", "일반직", "6급", 5),
        ("현원", "일반직", "7급", 7), ("현원", "일반직", "8급", 7), ("현원", "공무직", "계", 4)]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in report.budget] == [
        ("계", 5_300_000_000, 2_120_000_000), ("세입 관리", 3_300_000_000, 1_320_000_000),
        ("세외수입 징수", 2_000_000_000, 800_000_000)]
    assert run_checks(report) == []


@pytest.mark.parametrize("converter", CONVERTERS)
def test_table_rows_keep_the_line_of_their_first_cell(converter):
    path = FIXTURES / f"{converter}-classes.txt"
    lines = path.read_text(encoding="utf-8-sig").split("\n")
    staffing = next(block for block in read_document(path).blocks if isinstance(block, Table))
    assert [lines[staffing.row_line(k) - 1] for k in range(len(staffing.rows))] == [
        "구 분", "계", "일반직", "", "", "", "공무직"]


# --- one table each, as each converter prints it -----------------------------------------------------------

SHAPES = {
    "grades over statuses": (
        "(단위: 명)",
        ("구 분", "계", "5급", "6급", "7급", "8급", "9급", "정 원", "20", "1", "4", "6", "5", "4",
         "현 원", "19", "1", "4", "5", "5", "4", "과부족", "△1", "-", "-", "△1", "-", "-"),
        (("구 분", "계", "5급", "6급", "7급", "8급", "9급"), ("정 원", "20", "1", "4", "6", "5", "4"),
         ("현 원", "19", "1", "4", "5", "5", "4"), ("과부족", "△1", "-", "-", "△1", "-", "-"))),
    "직렬 rows": (
        "(단위: 명)",
        ("직 렬", "정 원", "현 원", "과부족", "계", "12", "11", "△1", "행정", "8", "8", "-", "세무", "3", "2", "△1"),
        (("직 렬", "정 원", "현 원", "과부족"), ("계", "12", "11", "△1"), ("행정", "8", "8", "-"),
         ("세무", "3", "2", "△1"))),
    "classes over grades, 계 and 공무직 merged down": (
        "(단위: 명)",
        ("구 분", "계", "일반직", "공무직", "", "", "6급", "7급", "8급", "",
         "정 원", "10", "2", "3", "3", "2", "현 원", "9", "2", "3", "2", "2"),
        (("구 분", "계", "일반직", "", "", "공무직"), ("", "", "6급", "7급", "8급", ""),
         ("정 원", "10", "2", "3", "3", "2"), ("현 원", "9", "2", "3", "2", "2"))),
    "vehicles by kind": (
        "□ 공용차량 (단위: 대)",
        ("차 종", "정 수", "보 유", "과부족", "계", "5", "5", "-", "승용", "2", "2", "-", "승합", "3", "3", "-"),
        (("차 종", "정 수", "보 유", "과부족"), ("계", "5", "5", "-"), ("승용", "2", "2", "-"),
         ("승합", "3", "3", "-"))),
    "a generic table": (
        "□ 민원 처리 현황 (단위: 건)",
        ("구 분", "접 수", "처 리", "처리율(%)", "계", "150", "140", "93.3", "일반민원", "100", "95", "95.0",
         "고충민원", "50", "45", "90.0"),
        (("구 분", "접 수", "처 리", "처리율(%)"), ("계", "150", "140", "93.3"), ("일반민원", "100", "95", "95.0"),
         ("고충민원", "50", "45", "90.0"))),
    "one row under a header of one row": (
        "(단위: 명)",
        ("구 분", "정 원", "현 원", "과부족", "계", "10", "9", "△1"),
        (("구 분", "정 원", "현 원", "과부족"), ("계", "10", "9", "△1"))),
    "a count of vehicles under its total": (
        "□ 공용차량 (단위: 대)",
        ("계", "승용", "승합", "화물", "12", "7", "3", "2"),
        (("계", "승용", "승합", "화물"), ("12", "7", "3", "2"))),
    "a count of vehicles in five groups, the last merged down": (
        "□ 공용차량 - 총236대 (정수 236)",
        ("총 계", "승 용", "승 합", "화 물", "특수차", "기 타", "", "소 계", "소형·다목적", "중형", "대형", "소 계",
         "소형", "중형", "대형", "소 계", "소형", "중형", "대형", "소 계", "청소차", "구급차", "임시", "",
         "236", "65", "17", "46", "2", "28", "0", "28", "0", "78", "55", "17", "6", "41", "27", "1", "13", "24"),
        (("총 계", "승 용", "", "", "", "승 합", "", "", "", "화 물", "", "", "", "특수차", "", "", "", "기 타"),
         ("", "소 계", "소형·다목적", "중형", "대형", "소 계", "소형", "중형", "대형", "소 계", "소형", "중형", "대형",
          "소 계", "청소차", "구급차", "임시", ""),
         ("236", "65", "17", "46", "2", "28", "0", "28", "0", "78", "55", "17", "6", "41", "27", "1", "13", "24"))),
    "an empty figure cell": (
        "(단위: 천원)",
        ("단위사업명", "예산액", "국비", "구비", "계", "300", "100", "200", "청사 관리", "200", "", "200",
         "민원 안내", "100", "100", "-"),
        (("단위사업명", "예산액", "국비", "구비"), ("계", "300", "100", "200"), ("청사 관리", "200", "", "200"),
         ("민원 안내", "100", "100", "-"))),
}


@pytest.mark.parametrize("converter", [libreoffice, docx2txt], ids=CONVERTERS)
@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_reads_as_its_table(converter, shape):
    caption, cells, rows = SHAPES[shape]
    assert tables(printed(converter, caption, cells)) == [rows]


def test_libreoffice_cell_of_two_lines_is_one_cell():
    # LibreOffice prints a line break in a cell as a line of its own; docx2txt prints no blank line between them
    cells = ("단위사업명", "예산액", "집행액", "집행률(%)", "(5.31.기준)", "계", "3,000", "1,500", "50.0",
             "대중교통 활성화 및", "편의 증진", "2,000", "1,000", "50.0", "기본경비", "1,000", "500", "50.0")
    expected = [(("단위사업명", "예산액", "집행액", "집행률(%) (5.31.기준)"), ("계", "3,000", "1,500", "50.0"),
                 ("대중교통 활성화 및 편의 증진", "2,000", "1,000", "50.0"), ("기본경비", "1,000", "500", "50.0"))]
    assert tables(printed(libreoffice, "(단위: 천원)", cells)) == expected
    text = printed(docx2txt, "(단위: 천원)", cells).replace("집행률(%)\n\n(", "집행률(%)\n(").replace(
        "활성화 및\n\n편의", "활성화 및\n편의")
    assert tables(text) == expected


def test_docx2txt_cell_of_two_lines_is_one_cell():
    # docx2txt prints a line break in a cell as a line break: no blank line between the cell's lines
    cells = ("구 분", "예산\n현액", "집행액", "계", "300", "100", "청사 관리", "200", "50", "민원 안내", "100", "50")
    assert tables(printed(docx2txt, "(단위: 천원)", cells)) == [(
        ("구 분", "예산 현액", "집행액"), ("계", "300", "100"), ("청사 관리", "200", "50"), ("민원 안내", "100", "50"))]


NOT_TABLES = {
    # a header of years is figures: where the body starts is not told
    "years as columns": ("(단위: 천원)", ("구 분", "2024", "2025", "증감", "예산", "1,000", "1,200", "200",
                                      "결산", "900", "1,100", "200")),
    "words alone": ("□ 추진일정", ("구 분", "내 용", "비 고", "1단계", "계획 수립", "3월", "2단계", "시행", "5월")),
    # rows of other lengths than the header fills
    # (a last label `비 고` over no note is read: PDF text in content order prints no cell for an empty one,
    # tests/test_hunt93.py)
    "a header of too many labels": ("(단위: 명)", ("구 분", "정 원", "현 원", "과부족", "증 감", "계", "10", "9", "△1",
                                                "행정", "8", "8", "-")),
    # a labelled row alone under a two-row header is no evidence enough
    "one labelled row under two header rows": ("(단위: 명)", ("구 분", "일반직", "", "6급", "7급", "계", "3", "2")),
    # a known label within a header that starts with one the tool does not know: rows of figures go on after
    # what would be its rows (`1`, then `청사 관리 | 1,000`, then `500` …)
    "a header's second label": ("(단위: 천원)", ("연번", "사업명", "예산액", "집행액", "1", "청사 관리", "1,000", "500",
                                              "2", "민원 안내", "300", "100")),
    # a column of dates right of the figures: its cells are no row's labels (the rows would read `1976. 1. 5.`,
    # `보 건 소` as labels)
    "a column of words after the figures": ("□ 구 청사", (
        "구 분", "대지(m²)", "건물(m²)", "준공일자", "본 관", "계", "7,622", "15,667", "", "", "본 관", "7,622",
        "9,682", "1976. 1. 5.", "", "보 건 소", "", "5,600", "1994. 9. 1.", "별 관", "별 관", "8,730", "5,549",
        "2002. 2. 19.")),
    "a known label over a list of words": ("", ("구 분", "○ 정기점검 실시", "3월", "○ 하반기 점검", "9월")),
}


@pytest.mark.parametrize("converter", [libreoffice, docx2txt], ids=CONVERTERS)
@pytest.mark.parametrize("shape", NOT_TABLES)
def test_no_table_without_the_evidence(converter, shape):
    caption, cells = NOT_TABLES[shape]
    assert tables(printed(converter, caption, cells)) == []


def test_ordinary_text_reads_unchanged():
    # the real report and the samples hold no run of cells a line: the lines come back as they were
    texts = [path for path in sorted(SAMPLES.iterdir()) if path.suffix in (".txt", ".md")]
    texts += [REAL_REPORT] if REAL_REPORT.exists() else []
    assert texts
    for path in texts:
        lines = decode(str(path), path.read_bytes()).split("\n")
        assert cell_line_tables(lines) == (lines, []), path


@pytest.mark.parametrize("converter", [libreoffice, docx2txt], ids=CONVERTERS)
def test_a_projects_budget_before_an_empty_paragraph(converter):
    # an empty paragraph between the table and the next project's purpose prints an empty line, as an empty cell
    purpose = "예측 가능하고 공정한 인사행정으로 신뢰감 있는 조직문화를 조성하고, 균형있는 삶을 유지하고자 함"
    text = converter("□ 예산현황", "(단위: 천원)", "예산액", "집행액", "집행률(%)", "2,698,307(구비)",
                     "1,862,509(구비)", "69", "", purpose)
    assert tables(text) == [(("예산액", "집행액", "집행률(%)"), ("2,698,307(구비)", "1,862,509(구비)", "69"))]
