"""pymupdf4llm's markdown of a report's PDF (`pymupdf4llm.to_markdown`, 1.28.2 with pymupdf-layout; branch mu68),
as it prints what `tests/test_hunt66.py`'s twins did not show. A table it finds no rule in is one line of its
cells: where its labels are letter-spaced (`구 분 계 승 용 화 물 대 수 5 2 3`, `예 산 액 집 행 액 집행률(%) …`) or
several rows run on (`… 계 300,000 100,000 33.3 시 비 100,000 50,000 50.0 …`), it was a line of text (the fleet
and the projects' budgets lost); each is its table now. The lines are as pymupdf4llm printed them for PDFs that
`scripts/make_pdfs.py` drew of small reports ruled 'none'."""

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
