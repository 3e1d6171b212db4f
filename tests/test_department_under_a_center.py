"""A 군's or 시's 농업기술센터 is a unit above its departments, as a 보건소 is: `농업기술센터 농업지원과` is the
농업지원과 (a center's own report, `농업기술센터` alone, is the center's)."""

import pytest

from tests.layouts import read_laid_out

BODY = ("Ⅰ. 일반현황\n\n1. 예산현황\n\n(단위: 백만원)\n\n구 분\t예산액\t집행액\t집행률(%)\n"
        "계\t3,150\t1,260\t40.0\n농업기술 보급\t2,100\t945\t45.0\n농기계 임대\t1,050\t315\t30.0\n")


@pytest.mark.parametrize("layout", ["tab", "space-aligned-without-markdown", "pdf grid"])
@pytest.mark.parametrize("line, department", [
    ("농업기술센터 농업지원과", "농업지원과"), ("농업기술센터 / 농업지원과", "농업지원과"),
    ("농업지원과(농업기술센터)", "농업지원과"), ("농 업 기 술 센 터 농 업 지 원 과", "농업지원과"),
    ("농업기술센터 기술보급과", "기술보급과"),
    # as before
    ("농업기술센터", "농업기술센터"), ("보건소 건강증진과", "건강증진과")])
def test_a_department_under_its_agricultural_center(line, department, layout, tmp_path):
    # before, `농업기술센터 농업지원과` was the department `농업기술센터농업지원과`, which no question by `농업지원과`
    # finds
    text = f"제290회 강화군의회 제1차 정례회\n\n2025년 주요업무 보고\n\n{line}\n\n{BODY}"
    assert read_laid_out(text, layout, tmp_path).document.department == department
