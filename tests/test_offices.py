"""A city's council hears the departments of its 구청s too: `장안구 총무과` on a cover of the 수원시의회 is the
장안구's 총무과 (`office`), a report other than the 권선구's 총무과 of the year, where a district's own council's
cover (`영등포구 총무과` to the 영등포구의회) names the district, no office."""

import pytest

from tests.layouts import read_laid_out

BODY = ("Ⅰ. 일반현황\n\n1. 예산현황\n\n(단위: 백만원)\n\n구 분\t예산액\t집행액\t집행률(%)\n"
        "계\t3,150\t1,260\t40.0\n청사 관리\t2,100\t945\t45.0\n인력 운영\t1,050\t315\t30.0\n")


def cover(council: str, line: str, year: int = 2025) -> str:
    return f"제290회 {council} 제1차 정례회\n\n{year}년 주요업무 보고\n\n{line}\n\n{BODY}"


@pytest.mark.parametrize("layout", ["tab", "space-aligned-without-markdown", "pdf grid"])
@pytest.mark.parametrize("council, line, office, department", [
    ("수원시의회", "장안구 총무과", "장안구", "총무과"),
    ("수원시의회", "장안구청 총무과", "장안구", "총무과"),  # before: the department `장안구청총무과`
    ("수원시의회", "수원시 장안구 총무과", "장안구", "총무과"),
    ("수원시의회", "수원시 장안구청 총무과", "장안구", "총무과"),
    ("수원시의회", "장안구 / 총무과", "장안구", "총무과"),
    ("수원시의회", "장 안 구 총 무 과", "장안구", "총무과"),
    ("수원시의회", "장안구\n\n총무과", "장안구", "총무과"),
    ("수원시의회", "장안구청\n\n총무과", "장안구", "총무과"),
    ("수원시의회", "장안구 청소년과", "장안구", "청소년과"),
    ("수원시의회", "장안구 보건소 건강증진과", "장안구", "건강증진과"),
    ("고양시의회", "일산동구 총무과", "일산동구", "총무과"),
    ("고양시의회", "일산동구청 민원여권과", "일산동구", "민원여권과"),
    ("창원시의회", "마산합포구 총무과", "마산합포구", "총무과"),  # before: the department `마산합포구총무과`
    ("포항시의회", "남구청 총무과", "남구", "총무과"),
    ("용인시의회", "수지구 총무과", "수지구", "총무과"),
    ("천안시의회", "서북구 민원지적과", "서북구", "민원지적과"),
    ("수원시의회", "장안구 행정지원국 총무과", "장안구", "총무과"),
    # no office: a city's own department, a unit above it that is no 구
    ("수원시의회", "총무과", None, "총무과"),
    ("수원시의회", "수원시 총무과", None, "총무과"),
    ("수원시의회", "행정지원국 총무과", None, "총무과"),
    ("수원시의회", "농업기술센터 농업지원과", None, "농업지원과"),
    ("수원시의회", "수원시 농업기술센터 농업지원과", None, "농업지원과"),
    ("수원시의회", "농업기술센터\n\n농업지원과", None, "농업지원과"),
    # words that only end like a 구: no office (the department as before)
    ("수원시의회", "관광특구 총무과", None, "총무과"),
    ("수원시의회", "미래 연구 담당관", None, "담당관"),
    # a district's own council: its 구 is the district, no office of a city (as before)
    ("영등포구의회", "영등포구 총무과", None, "총무과"),
    ("영등포구의회", "영등포구\n\n총무과", None, "총무과"),
    # a 광역시's or 특별시's 구 has a council of its own: not read as an office of the city's
    ("부산광역시의회", "해운대구 총무과", None, "총무과"),
    ("서울특별시의회", "중구 총무과", None, "총무과")])
def test_the_office_a_citys_council_cover_names(council, line, office, department, layout, tmp_path):
    document = read_laid_out(cover(council, line), layout, tmp_path).document
    assert (document.council, document.office, document.department) == (council, office, department)


def test_the_office_on_a_cover_printing_its_council_alone(tmp_path):
    text = f"수원시의회\n\n2025년 주요업무 보고\n\n권선구 총무과\n\n{BODY}"
    document = read_laid_out(text, "tab", tmp_path).document
    assert (document.council, document.office, document.department) == ("수원시의회", "권선구", "총무과")

