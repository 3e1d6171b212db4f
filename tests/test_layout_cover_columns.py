"""A cover laid out in two columns in space-aligned text (`pdftotext -layout` of a cover set as a column of labels
beside their values, or as two blocks side by side, as tests/test_pdf_cover_columns.py draws it with
`scripts/make_pdfs.py`'s fonts; or typed so by hand) is read as text, as the PDF itself is. Before, its lines were a
table of words, and the session, council, session dates and office were lost (a table is no cover's line)."""

import datetime as dt

import pytest

from pipeline.document import Paragraph
from pipeline.document import Table as TextTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.conftest import SAMPLES
from tests.layouts import laid_out, records_but_the_document, without_blank_lines

SAMPLE = SAMPLES / "2025-hanbit-bokji.txt"  # its cover printed otherwise, right above its contents and tables
SESSION, TITLE = "제301회 한빛구의회 제1차 정례회", "2025년 주요업무 보고"
# as `pdftotext -layout` prints tests/test_pdf_cover_columns.py's covers, in the body's type (fields a blank line
# apart) and in a heading's (no blank line between)
COVERS = {
    "labels": [
        laid_out((47, TITLE)), "", "",
        laid_out((22, "회기"), (38, SESSION)), "",
        laid_out((22, "일시"), (38, "2025. 6. 10. ~ 6. 24.")), "",
        laid_out((22, "장소"), (38, "한빛구의회 본회의장")), "",
        laid_out((22, "보고부서"), (38, "복지정책과"))],
    "labels wrapped": [  # a value wrapped in its narrow column, its label at its last line
        laid_out((41, TITLE)), "", "",
        laid_out((62, "제301회 한빛구의회")),
        laid_out((40, "회기"), (62, "제1차 정례회")), "",
        laid_out((62, "2025. 6. 10. ~ 6.")),
        laid_out((40, "일시"), (62, "24.")), "",
        laid_out((40, "장소"), (62, "한빛구의회 본회의장")), "",
        laid_out((40, "보고부서"), (62, "복지정책과"))],
    "labels wrapped at the middle": [  # alone on its line between the value's two
        laid_out((41, TITLE)), "", "",
        laid_out((62, "제301회 한빛구의회")),
        laid_out((40, "회기")),
        laid_out((62, "제1차 정례회")), "",
        laid_out((62, "2025. 6. 10. ~ 6.")),
        laid_out((40, "일시")),
        laid_out((62, "24.")), "",
        laid_out((40, "장소"), (62, "한빛구의회 본회의장")), "",
        laid_out((40, "보고부서"), (62, "복지정책과"))],
    "labels wrapped, heading type": [
        laid_out((41, TITLE)), "", "",
        laid_out((57, "제301회")),
        laid_out((57, "한빛구의회")),
        laid_out((40, "회 기"), (57, "제1차 정례회")),
        laid_out((57, "2025. 6. 10.")),
        laid_out((40, "일 시"), (57, "~ 6. 24.")),
        laid_out((57, "한빛구의회")),
        laid_out((40, "장 소"), (57, "본회의장")),
        laid_out((40, "보고부서"), (57, "복지정책과"))],
    "labels wrapped at the top, heading type": [
        laid_out((41, TITLE)), "", "",
        laid_out((40, "회 기"), (57, "제301회")),
        laid_out((57, "한빛구의회")),
        laid_out((57, "제1차 정례회")),
        laid_out((40, "일 시"), (57, "2025. 6. 10.")),
        laid_out((57, "~ 6. 24.")),
        laid_out((40, "장 소"), (57, "한빛구의회")),
        laid_out((57, "본회의장")),
        laid_out((40, "보고부서"), (57, "복지정책과"))],
    "labels wrapped at the middle, heading type": [  # each alone between its value's lines: no line of two cells
        laid_out((40, TITLE)), "", "",
        laid_out((51, "제301회 한빛구의회")),
        laid_out((35, "회 기")),
        laid_out((51, "제1차 정례회")),
        laid_out((51, "2025. 6. 10. ~ 6.")),
        laid_out((35, "일 시")),
        laid_out((51, "24.")),
        laid_out((51, "한빛구의회")),
        laid_out((35, "장 소")),
        laid_out((51, "본회의장")),
        laid_out((51, "한빛구 복지국")),
        laid_out((35, "보고부서")),
        laid_out((51, "복지정책과"))],
    "labels wrapped at the middle, one beside a line": [  # the session over three lines, its label at the second
        laid_out((40, TITLE)), "", "",
        laid_out((57, "제301회")),
        laid_out((40, "회 기"), (57, "한빛구의회")),
        laid_out((57, "제1차 정례회")),
        laid_out((57, "2025. 6. 10.")),
        laid_out((40, "일 시")),
        laid_out((57, "~ 6. 24.")),
        laid_out((57, "한빛구의회")),
        laid_out((40, "장 소")),
        laid_out((57, "본회의장")),
        laid_out((57, "복지국")),
        laid_out((40, "보고부서")),
        laid_out((57, "복지정책과"))],
    "blocks": [  # two blocks side by side, the right one's lines right-aligned
        laid_out((9, SESSION), (77, TITLE)),
        laid_out((9, "2025. 6. 10. ~ 6. 24."), (77, "복 지 정 책 과"))],
    "blocks under a title": [
        laid_out((53, TITLE)), "", "",
        laid_out((9, SESSION), (72, "복지정책과")), "",
        laid_out((9, "2025. 6. 10. ~ 6. 24."), (72, "과장 홍 길 동"))],
}


def sample_body() -> str:
    """The sample from its contents on: its contents and tables right below the cover."""
    text = SAMPLE.read_bytes().decode("cp949")
    return text[text.index("보고 순서"):]


def with_cover(tmp_path, cover: list[str], name: str = "report.txt"):
    target = tmp_path / name
    target.write_text("\n".join(cover) + "\n\n\n" + sample_body(), encoding="utf-8")
    return target


@pytest.mark.parametrize("layout", COVERS)
def test_a_cover_in_two_columns_gives_its_session_council_and_department(layout, tmp_path):
    report = extract_file(with_cover(tmp_path, COVERS[layout]))
    info = report.document
    assert (info.council_session, info.council, info.department, info.title, info.session_start, info.session_end) == (
        SESSION, "한빛구의회", "복지정책과", TITLE, dt.date(2025, 6, 10), dt.date(2025, 6, 24))
    # the contents and the tables below the cover are read as before: the records are the sample's
    assert records_but_the_document(report) == records_but_the_document(extract_file(SAMPLE))


def test_the_cover_is_read_as_its_lines_each_on_the_line_it_starts(tmp_path):
    blocks = read_document(with_cover(tmp_path, COVERS["labels"])).blocks
    assert [(block.text, block.line) for block in blocks[:5]] == [
        (TITLE, 1), (f"회기 {SESSION}", 4), ("일시 2025. 6. 10. ~ 6. 24.", 6), ("장소 한빛구의회 본회의장", 8),
        ("보고부서 복지정책과", 10)]
    blocks = read_document(with_cover(tmp_path, COVERS["blocks"])).blocks  # the left block, then the right one
    assert [(block.text, block.line) for block in blocks[:3]] == [
        (f"{SESSION} 2025. 6. 10. ~ 6. 24.", 1), (f"{TITLE} 복 지 정 책 과", 1), ("보고 순서", 5)]
    blocks = read_document(with_cover(tmp_path, COVERS["labels wrapped at the top, heading type"])).blocks
    assert [block.text for block in blocks[1:5]] == [
        f"회 기 {SESSION}", "일 시 2025. 6. 10. ~ 6. 24.", "장 소 한빛구의회 본회의장", "보고부서 복지정책과"]
    # each value's lines on the label nearest them, a label alone halfway down them (before, one paragraph)
    blocks = read_document(with_cover(tmp_path, COVERS["labels wrapped at the middle, heading type"])).blocks
    assert [(block.text, block.line) for block in blocks[1:5]] == [
        (f"회 기 {SESSION}", 5), ("일 시 2025. 6. 10. ~ 6. 24.", 8), ("장 소 한빛구의회 본회의장", 11),
        ("보고부서 한빛구 복지국 복지정책과", 14)]


# typed by hand: the cover as a box of two columns, or a block beside a block of fields; the year from the report's
# date where the title prints none
HAND_MADE = {
    "box": ["                 주요업무 보고", "",
            "    회    기      제305회 영등포구의회 제1차 정례회",
            "    보고일자      2025. 6. 12.",
            "    보고부서      행정지원국 총무과"],
    "block beside fields": ["주요업무 보고", "",
                            "제305회 영등포구의회 제1차 정례회          보고일자   2025. 6. 12.",
                            "2025. 6. 10. ~ 6. 24.                      보고부서   총무과"],
}


@pytest.mark.parametrize("layout", HAND_MADE)
def test_a_cover_typed_in_two_columns(layout, tmp_path):
    info = extract_file(with_cover(tmp_path, HAND_MADE[layout])).document
    assert (info.council_session, info.council, info.department, info.year) == (
        "제305회 영등포구의회 제1차 정례회", "영등포구의회", "총무과", 2025)


@pytest.mark.parametrize("right", [[TITLE, "장안구 총무과"], ["장안구", "총무과"], [TITLE, "보고부서   장안구 총무과"]],
                         ids=["run on", "over", "labelled"])
def test_the_office_a_two_column_cover_prints(right, tmp_path):
    """A 구청's department on a city's council's cover in two columns: the office `장안구`, the department `총무과`."""
    left = ["제280회 수원시의회 제2차 정례회", "2025. 6. 10. ~ 6. 24."]
    cover = [TITLE, "", *(laid_out((3, a), (40, b)) for a, b in zip(left, right, strict=True))]
    info = extract_file(with_cover(tmp_path, cover, "보고서.txt")).document
    assert (info.council_session, info.council, info.office, info.department, info.from_file_name) == (
        "제280회 수원시의회 제2차 정례회", "수원시의회", "장안구", "총무과", [])


def test_two_columns_that_are_a_table_by_their_shape_stay_one(tmp_path):
    """Figures in a column, rules over and under the lines, or lines below the first heading make two columns a
    table, as they do in a PDF."""
    words = [laid_out((2, "구 분"), (20, "내 용")), laid_out((2, "위 치"), (20, "한빛구 중앙로 10")),
             laid_out((2, "규 모"), (20, "지하 1층, 지상 5층"))]
    figures = [laid_out((2, "구 분"), (20, "인 원")), laid_out((2, "정 원"), (22, "20")),
               laid_out((2, "현 원"), (22, "19"))]
    three = [laid_out((2, "시설명"), (20, "위치"), (36, "비고")),
             laid_out((2, "구민회관"), (20, "중앙로"), (36, "증축 중")),
             laid_out((2, "경로당"), (20, "동서로"), (36, "운영 중"))]  # more columns than a cover's
    rule = "  " + "-" * 40
    for lines in ([TITLE, "", *figures], [TITLE, "", rule, *words, rule], ["Ⅰ. 일반현황", "", *words],
                  [TITLE, "", *three]):
        target = tmp_path / "report.txt"
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        blocks = read_document(target).blocks
        assert [type(block) for block in blocks][-1] is TextTable
        assert not any(isinstance(block, Paragraph) and block.text.startswith(("구 분", "시설명")) for block in blocks)


def test_a_session_printed_over_two_lines_without_blank_lines_is_read(tmp_path):
    """A converter printing a paragraph a line and no blank line between (hwp5txt) gives a session and its dates
    wrapped on the cover as two paragraphs each; before, the session, its council and its dates were lost."""
    cover = ["제301회 한빛구의회", "제1차 정례회", "2025. 6. 10. ~ 6.", "24.", TITLE, "복지정책과"]
    target = tmp_path / "report.txt"
    target.write_text(without_blank_lines("\n".join(cover) + "\n" + sample_body()), encoding="utf-8")
    info = extract_file(target).document
    assert (info.council_session, info.council, info.department, info.session_start, info.session_end) == (
        SESSION, "한빛구의회", "복지정책과", dt.date(2025, 6, 10), dt.date(2025, 6, 24))
