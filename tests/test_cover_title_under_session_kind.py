"""A cover printing its year with the kind of session on one line and the title's words on the next
(`2025년도 행정사무감사` over `주요업무 추진상황 보고`), as converters give two paragraphs: one title, its year the
report's."""

import pytest

from tests.layouts import read_laid_out

BODY = ("Ⅰ. 일반현황\n\n1. 인력\n\n구 분\t계\t일반직\n정 원\t18\t16\n현 원\t17\t15\n\n"
        "Ⅱ. 주요업무 추진상황\n\n1. 주민참여예산 운영 (재정팀)\n\n□ 추진실적\n\n- 위원회 구성 : 3월\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "space-aligned", "pdf grid"])
@pytest.mark.parametrize(("first", "second", "title"), [
    ("2025년도 행정사무감사", "주요업무 추진상황 보고", "2025년도 행정사무감사 주요업무 추진상황 보고"),
    ("2025년 행정사무감사", "주요업무 추진실적 보고", "2025년 행정사무감사 주요업무 추진실적 보고"),
    ("’25년 제1차 정례회", "주요업무보고", "’25년 제1차 정례회 주요업무보고"),
])
def test_a_year_with_the_session_kind_over_the_titles_words_is_the_title(first, second, title, layout, tmp_path):
    # before, neither line was read as a title: the cover gave no year (`cover.missing`, or the file name's)
    report = read_laid_out(f"{first}\n\n{second}\n\n기획예산과\n\n{BODY}", layout, tmp_path)
    assert (report.document.title, report.document.year, report.document.department) == (title, 2025, "기획예산과")


def test_a_year_line_over_words_that_are_no_title_gives_none(tmp_path):
    report = read_laid_out(f"2025년도 제1차 정례회\n\n기획예산과\n\n{BODY}", "tab", tmp_path)
    assert (report.document.title, report.document.year) == (None, None)


def test_a_year_with_the_audit_alone_over_the_department_is_the_title(tmp_path):
    # before, no title and no year: a 행정사무감사's cover titled by the session alone is its title (see
    # tests/test_older_years_conventions.py)
    report = read_laid_out(f"2025년도 행정사무감사\n\n기획예산과\n\n{BODY}", "tab", tmp_path)
    assert (report.document.title, report.document.year) == ("2025년도 행정사무감사", 2025)


def test_the_covers_month_over_the_titles_words_is_its_date_not_its_title(tmp_path):
    report = read_laid_out(f"2025년 11월\n\n주요업무 보고\n\n기획예산과\n\n{BODY}", "tab", tmp_path)
    assert (report.document.title, report.document.year) == (None, 2025)
