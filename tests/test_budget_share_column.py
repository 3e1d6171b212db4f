"""A budget table's share column printed without its `%` (`구성비`, `비중`) is no figure to add up: before, it was
summed as money in the table's unit, so shares rounded each (33.3 three times) gave two false errors, `계의 구성비
값이 단위사업별 합계와 다릅니다 (표기 100천원, 합계 99.9천원)` and the same of a project's 재원별 table."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

REPORT = ("제280회 해솔구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 복 지 정 책 과\n\n"
          "# Ⅰ. 일반현황\n\n## 1 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t{share}\t집행액\t집행률(%)\n"
          "계\t900,000\t100.0\t300,000\t33.3\n기초생활보장\t{first}\t33.3\t100,000\t33.3\n"
          "복지 전달체계\t300,000\t33.3\t100,000\t33.3\n기본경비\t300,000\t33.3\t100,000\t33.3\n\n"
          "# Ⅱ. 주요업무 추진실적\n\n## 1. 긴급복지 지원 (희망복지팀)\n\n위기가구를 지원하고자 함\n\n□ 예산현황\n\n"
          "(단위: 천원)\n\n구 분\t예산액\t{share}\t집행액\t집행률(%)\n계\t300,000\t100.0\t100,000\t33.3\n"
          "국비\t100,000\t33.3\t40,000\t40.0\n시비\t100,000\t33.3\t30,000\t30.0\n구비\t100,000\t33.3\t30,000\t30.0\n")


def findings(share: str = "구성비", first: str = "300,000") -> list[tuple[str, str, str, str, str]]:
    report = extract_report(read_text("t.txt", REPORT.format(share=share, first=first).encode()))
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


def test_shares_are_not_summed_as_money():
    assert findings() == []
    assert findings("비중") == []
    assert findings("구성비(%)") == []


def test_the_budget_beside_them_is_still_summed():
    """The 계's 예산액 less the other lines' makes the wrong line's 300,000, which puts its rate right too: one finding,
    on the line (before, the 계's 예산액 and the line's rate)."""
    assert findings(first="310,000") == [("sum.budget", "기초생활보장", "예산액", "300,000천원", "310,000천원")]


def test_the_shares_are_kept_with_their_lines():
    report = extract_report(read_text("t.txt", REPORT.format(share="구성비", first="300,000").encode()))
    assert [(line.name, line.other_columns) for line in report.budget][:2] == [
        ("계", {"구성비": "100.0"}), ("기초생활보장", {"구성비": "33.3"})]
