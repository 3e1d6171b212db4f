"""Budget tables as `pdftotext -raw` prints them (`pipeline/one_space_tables.py`): a header whose last label prints
the as-of date after it (`집행률(%) (5.31.기준)`), a label of two words one dated (`전년도 예산액`), and a project's
budget whose one row prints no label (`385,200(구비) 140,100(구비) 36.4` under `예산액 집행액 집행률(%)`). Before,
all three stayed running text: the department's 단위사업 lines and each project's budget were lost."""

import datetime

from extractors import extract_report
from pipeline.one_space_tables import one_space_tables
from pipeline.read import read_document

RAW = """2023년 주요업무 보고
재 무 과
4 예산현황
(단위: 천원)
단위사업명 전년도 예산액 예산액 증감 집행액 집행률(%) (5.31.기준)
계 1,702,300 1,686,100 △16,200 693,400 41.1
건전한 재정 운영 1,187,000 1,204,500 17,500 512,300 42.5
세입 확충 기반 강화 420,900 385,200 △35,700 140,100 36.4
기본경비 94,400 96,400 2,000 41,000 42.5
Ⅱ. 주요업무 추진실적
1 공유재산 관리 효율화 재산관리팀
□ 사업개요
- 대상: 구 소유 공유재산 1,284필지
□ 예산현황
(단위: 천원)
예산액 집행액 집행률(%)
385,200(구비) 140,100(구비) 36.4
"""


def test_a_header_dated_after_its_last_label_and_a_dated_two_word_label_part_as_the_rows_count():
    lines = one_space_tables(RAW.splitlines())
    assert lines[4:6] == ["단위사업명\t전년도 예산액\t예산액\t증감\t집행액\t집행률(%) (5.31.기준)",
                          "계\t1,702,300\t1,686,100\t△16,200\t693,400\t41.1"]


def test_a_row_of_figures_alone_under_as_many_labels_is_a_table():
    assert one_space_tables(RAW.splitlines())[-2:] == ["예산액\t집행액\t집행률(%)",
                                                       "385,200(구비)\t140,100(구비)\t36.4"]


def test_a_page_number_or_a_line_of_words_over_figures_of_another_count_stays_text():
    lines = ["2023년 주요업무 보고 보고 순서", "- 3 -", "예산액 집행액 집행률(%)", "385,200(구비) 140,100(구비)"]
    assert one_space_tables(lines) == lines


def test_the_raw_texts_budget_lines_and_projects_budget_are_read(tmp_path):
    path = tmp_path / "2023-hanbit-jaemu-raw.txt"
    path.write_text(RAW, encoding="utf-8")
    report = extract_report(read_document(str(path), path.read_bytes()))
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in report.budget] == [
        ("계", 1_686_100_000, 693_400_000, 41.1), ("건전한 재정 운영", 1_204_500_000, 512_300_000, 42.5),
        ("세입 확충 기반 강화", 385_200_000, 140_100_000, 36.4), ("기본경비", 96_400_000, 41_000_000, 42.5)]
    assert report.budget[0].as_of == datetime.date(2023, 5, 31)
    [project] = report.projects
    assert [(line.budget_krw, line.executed_krw, line.funding_source) for line in project.budget_lines] == [
        (385_200_000, 140_100_000, "구비")]
