"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of a numbered heading right under a note (branch mupdf103).

PyMuPDF prints a staffing table's note and the next part's heading as one block, no blank line between them
(` ※ 공무직 : 행정 보조 1명` over ` 3. 차 량 : 총 3대`), the heading as far left as the note's mark: the heading was
read as the note's text, and the vehicle table under it took the staffing's caption above (`2. 인 력 : …`), a
fleet its text twin does not have. A numbered title of words at the mark, or left of it, starts a block of its own;
a wrapped date (`2. 28.`) or a line indented under the note's text still goes on with it."""

from pathlib import Path

import pytest

from pipeline.document import Bullet, Paragraph
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.test_mupdf99 import line

STAFF = [line((40, "구 분"), (50, "계"), (56, "6급"), (62, "7급"), (68, "8급")),
         line((40, "정 원"), (51, "12"), (57, "3"), (63, "5"), (69, "4")),
         line((40, "현 원"), (51, "11"), (57, "3"), (63, "4"), (69, "4"))]
FLEET = [line((42, "차종별"), (50, "계"), (55, "승용"), (61, "승합"), (67, "화물")),
         line((42, "보유대수"), (51, "3"), (56, "2"), (62, "1"), (68, "-"))]


def general_text(note: str, heading: str) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " Ⅰ. 일반현황", " 2. 인 력 : 정원 12명, 현원 11명",
                        line((130, "(단위: 명)")), *STAFF, f"{note}\n{heading}", line((130, "(단위: 대)")), *FLEET,
                        " 4. 예산 현황"]) + "\n"


def read(tmp_path: Path, text: str):
    path = tmp_path / "2025-hanbit-cheongnyeon-pymupdf-sort.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("note", "heading"), [
    (" ※ 공무직 : 행정 보조 1명", " 3. 차 량 : 총 3대"),
    (" ※ 시간선택제: 임기제 7급 상당 포함", " 3. 차량현황"),
    ("   ※ 기간제 : 통합사례관리사 1명", " 3. 차 량 : 총 3대"),  # the heading left of the mark, as before
])
def test_a_heading_under_a_note_captions_the_fleet_below_it(tmp_path, note, heading):
    path = read(tmp_path, general_text(note, heading))
    texts = [(type(b).__name__, b.text) for b in read_document(path).blocks if isinstance(b, (Bullet, Paragraph))]
    assert texts[-3] == ("Bullet", note.strip()[2:]) and texts[-2] == ("Paragraph", heading.strip())
    data = records_data(extract_file(path), with_sources=False)
    assert data["tables"] == []  # the fleet is no table of its own, as in the text twin
    [fleet] = data["vehicles"]
    assert fleet["caption"] == heading.strip()
    assert [(c["kind"], c["count"]) for c in fleet["counts"]] == [("승용", 2), ("승합", 1), ("화물", 0)]


@pytest.mark.parametrize("wrapped", [" 2. 28.까지", "    12. 31.까지 연장"])
def test_a_date_wrapped_on_still_goes_on_with_the_note(tmp_path, wrapped):
    # a date wrapped on at the mark (`2. 28.`: a figure, no title's words) or set in under the note's text
    path = read(tmp_path, general_text(" ※ 공무직 : 행정 보조 1명, 기간 2025. 1. 1. ~", wrapped))
    notes = [b.text for b in read_document(path).blocks if isinstance(b, Bullet)]
    assert notes == [f"공무직 : 행정 보조 1명, 기간 2025. 1. 1. ~ {wrapped.strip()}"]
