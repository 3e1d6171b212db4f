"""pymupdf4llm's markdown of a report's PDF (`pymupdf4llm.to_markdown`, 1.28.2 with pymupdf-layout; branch mu68), as
it prints what `tests/test_hunt66.py`'s twins did not show, each line as it printed it for PDFs that
`scripts/make_pdfs.py` drew of small reports (tables ruled 'none'). A table it finds no rule in is one line of its
cells: where its labels are letter-spaced (`구 분 계 승 용 화 물 대 수 5 2 3`, `예 산 액 집 행 액 집행률(%) …`) or
several rows run on (`… 계 300,000 100,000 33.3 시 비 100,000 50,000 50.0 …`), it was a line of text, the fleet and
the projects' budgets lost. A block of a PDF's items it prints at the level of its leftmost line, a `-` item of the
second level at the margin and the `○` item after it printing its mark (`- ○ 조사 …`), where the list's other `○`
items print none: the `-` item was a level up and the `○` item nested under it; and a `-` item starting right of the
line above it it runs on in that line (`- … 강화: 1월 - 조사 회의 지원 설치 지원: 11월`). A project's numbered title
and its purpose it joins on one line (`1. 금연 사업 (건강증진팀) 금연 환경을 …`): the project was untitled. Each is
read as its text twin reads it now."""

from pipeline.document import Heading, Paragraph
from pipeline.extract import extract_file
from pipeline.read_text import read_text


def blocks(text: str) -> list:
    return read_text("t.md", text.encode()).blocks


def test_letter_spaced_labels_on_one_line_are_parted_by_the_rows_figures():
    (table,) = blocks("(단위: 대) \n\n구 분 계 승 용 화 물 대 수 5 2 3 \n")
    assert table.rows == (("구 분", "계", "승 용", "화 물"), ("대 수", "5", "2", "3"))
    assert table.unit == "대"
    (table,) = blocks("예 산 액 집 행 액 집행률(%) 1,210,000(구비) 320,000(구비) 26.4 \n")
    assert table.rows == (("예 산 액", "집 행 액", "집행률(%)"), ("1,210,000(구비)", "320,000(구비)", "26.4"))
    (table,) = blocks("예산액 집행액 잔 액 500,000 100,000 400,000 \n")
    assert table.rows == (("예산액", "집행액", "잔 액"), ("500,000", "100,000", "400,000"))


def test_rows_run_on_one_line_are_the_tables_rows():
    heading, table = blocks("- 예산현황 \n\n(단위: 천원) \n\n구 분 예산액 집행액 집행률(%) 계 300,000 100,000 33.3 "
                            "시 비 100,000 50,000 50.0 구 비 200,000 50,000 25.0 \n")
    assert (type(heading), heading.text, table.unit) == (Heading, "예산현황", "천원")
    assert table.rows == (("구 분", "예산액", "집행액", "집행률(%)"), ("계", "300,000", "100,000", "33.3"),
                          ("시 비", "100,000", "50,000", "50.0"), ("구 비", "200,000", "50,000", "25.0"))
    (table,) = blocks("구 분 예 산 액 집 행 액 계 800,000 200,000 구 비 800,000 200,000 \n")
    assert table.rows == (("구 분", "예 산 액", "집 행 액"), ("계", "800,000", "200,000"),
                          ("구 비", "800,000", "200,000"))
    (table,) = blocks("구 분 계 일 반 직 공 무 직 정 원 29 25 4 현 원 27 23 4 \n")
    assert table.rows == (("구 분", "계", "일 반 직", "공 무 직"), ("정 원", "29", "25", "4"),
                          ("현 원", "27", "23", "4"))


def test_lines_that_are_no_table_stay_text():
    # rows of other widths, labels too many for a lone row and a row's label of two words, figures first, one
    # figure a row
    for line in ("구 분 예산액 집행액 계 300,000 100,000 시 비 100,000",
                 "구 분 예산액 집행액 집행률(%) 계 300,000 100,000", "300,000 100,000 계 1 2",
                 "국비 500 시비 300 구비 200"):
        assert [type(b) for b in blocks(line + "\n")] == [Paragraph], line


REPORT = """# Ⅱ. 주요업무 추진실적

## 1. 하천 수질 개선 (환경정책팀)

하천 수질을 개선하고자 함

- 사업개요

- 대 상 : 관내 하천 3개소

- 예산현황

(단위: 천원)

구 분 예산액 집행액 집행률(%) 계 300,000 100,000 33.3 시 비 100,000 50,000 50.0 구 비 200,000 50,000 25.0
"""


def test_a_projects_budget_run_on_one_line_is_its_budget(tmp_path):
    path = tmp_path / "2025-hanbit-hwangyeong-pymupdf4llm.md"
    path.write_text(REPORT, encoding="utf-8")
    (project,) = extract_file(path).projects
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate)
            for line in project.budget_lines] == [("계", 300_000_000, 100_000_000, 33.3),
                                                  ("시비", 100_000_000, 50_000_000, 50.0),
                                                  ("구비", 200_000_000, 50_000_000, 25.0)]


def shape(got: list) -> list[tuple]:
    return [(type(b).__name__, b.text[:12], getattr(b, "marker", ""), getattr(b, "depth", 0)) for b in got]


def test_a_second_level_item_at_the_margin_before_an_item_printing_its_own_mark():
    # pymupdf4llm prints a PDF's block of items at its leftmost line's level: the `-` item wrapped over two lines
    # and the `○` item after it at the margin, the `○` kept; the list's other `○` items print no mark of their own
    got = blocks("- 향후계획 \n\n- 평가 홍보 조사: 6월 \n\n   - 안내 추진 제안 지원: 11월 \n\n"
                 "- 심사 회의 보급 접수 수립 심사 심사 제안 안내 제안 보급 지원 보급 위원 추진 점검 설치 "
                 "운영 심사 점검 점검 보급 평가 점검 수립 보급 계획 관리: 5월 \n\n- ○ 조사 조사 위원 제안: 5월 \n\n"
                 "   - 보급 위원 보급: 12월 \n\n- 예산현황 \n")
    assert shape(got) == [
        ("Heading", "향후계획", "□", 0), ("Bullet", "평가 홍보 조사: 6월", "-", 0),
        ("Bullet", "안내 추진 제안 지원:", "-", 1),
        ("Bullet", "심사 회의 보급 접수 ", "-", 1), ("Bullet", "조사 조사 위원 제안:", "○", 0),
        ("Bullet", "보급 위원 보급: 12", "-", 1), ("Heading", "예산현황", "□", 0)]
    # the item's one item under it, right below it
    got = blocks("- 주요 추진실적 \n\n- 접수 강화 운영 교육 현장: 1월 \n\n- 운영 운영 강화 점검 홍보 개최 "
                 "보급 교육 제안 회의 접수 개최 현장 개최 안내 점검 관리 추진 평가 접수 구축 현장 설치 "
                 "위원 현장 개최 수립: 7월 \n\n"
                 "- ○ 위원 수립 구축 운영 평가: 8월 \n")
    assert [(b.marker, b.depth) for b in got[1:]] == [("-", 0), ("-", 1), ("○", 0)]
    # a report's `ㆍ` items printing it, a `-` item at the margin after a deeper one of its own list: as before
    got = blocks("- 주요 추진실적\n\n- ㆍ 제안사업 공모\n\n   - 제안 접수: 2월~3월\n\n- 지역회의 심사: 4월\n\n"
                 "- ㆍ 위원 교육: 3월\n")
    assert [(b.marker, b.depth) for b in got[1:]] == [("·", 0), ("-", 1), ("-", 1), ("·", 0)]


def test_a_projects_items_as_its_text_twin_nests_them(tmp_path):
    path = tmp_path / "2025-hanbit-hwangyeong-pymupdf4llm.md"
    path.write_text(REPORT.replace("- 예산현황", "- 향후계획 \n\n- 수질 측정: 6월 \n\n   - 측정망 점검: 3월 \n\n"
                                   "- 측정 결과 공개 및 수질 개선 대책 수립 후 하천별 정비 계획 마련: 10월 \n\n"
                                   "- ○ 하천 정화 활동: 9월 \n\n- 예산현황"), encoding="utf-8")
    (project,) = extract_file(path).projects
    assert [(item.text, [child.text for child in item.children]) for item in project.items
            if item.heading == "향후계획"] == [
        ("수질 측정: 6월", ["측정망 점검: 3월",
                            "측정 결과 공개 및 수질 개선 대책 수립 후 하천별 정비 계획 마련: 10월"]),
        ("하천 정화 활동: 9월", [])]


def test_a_numbered_title_and_its_purpose_run_on_one_line_are_parted(tmp_path):
    got = blocks("1. 금연 사업 (건강증진팀) 금연 환경을 조성하고자 함 \n\n- 사업개요 \n")
    assert [(type(b), b.text) for b in got] == [
        (Paragraph, "1. 금연 사업 (건강증진팀)"), (Paragraph, "금연 환경을 조성하고자 함"), (Heading, "사업개요")]
    # no team in brackets, or no purpose after it: the line as printed
    for line in ("1. 금연 사업 추진 금연 환경을 조성하고자 함", "1. 금연 사업 (건강증진팀) 대상: 1,200개소"):
        assert [b.text for b in blocks(line + "\n")] == [line]
    path = tmp_path / "2025-hanbit-geongang-pymupdf4llm.md"
    path.write_text(REPORT.replace("## 1. 하천 수질 개선 (환경정책팀)\n\n하천", "1. 하천 수질 개선 (환경정책팀) 하천"),
                    encoding="utf-8")
    (project,) = extract_file(path).projects
    assert (project.title, project.team, project.purpose) == (
        "하천 수질 개선", "환경정책팀", "하천 수질을 개선하고자 함")


def test_a_second_level_item_run_on_in_its_first_level_items_line():
    # a first-level item wrapped over two lines and its first `-` item, which starts right of the line above it
    long = ("조사 계획 구축 현장 위원 조사 제안 구축 홍보 추진 제안 관리 안내 보급 강화 지원 개최 위원 정비 제안 제안 "
            "제안 계획 회의 제안 구축 수립 현장 홍보 강화: 1월")
    got = blocks(f"- 사업개요 \n\n- {long} - 조사 회의 지원 설치 지원: 11월 \n\n"
                 "   - 운영 제안 홍보 회의 계획: 2월 \n\n- 수립 평가 위원 점검 평가: 7월 \n")
    assert [(b.text, b.marker, b.depth) for b in got[1:]] == [
        (long, "-", 0), ("조사 회의 지원 설치 지원: 11월", "-", 1), ("운영 제안 홍보 회의 계획: 2월", "-", 1),
        ("수립 평가 위원 점검 평가: 7월", "-", 0)]
    # a dash of a period (no field after it) stays the item's text; fields run on with no item deeper below them
    # are siblings, as before
    got = blocks("- 기 간: 1월 - 3월 \n\n   - 대상 선정: 2월 \n")
    assert [(b.text, b.depth) for b in got] == [("기 간: 1월 - 3월", 0), ("대상 선정: 2월", 1)]
    got = blocks("- 대상: 전 직원 - 기간: 연중 \n")
    assert [(b.text, b.depth) for b in got] == [("대상: 전 직원", 0), ("기간: 연중", 0)]
