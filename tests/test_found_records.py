"""The checks make plain `Found`s, cheap to make where a table is checked again with one cell changed;
`run_checks` hands back the ones it keeps as `Finding` records, with the same fields."""

from pathlib import Path

from checks import run_checks, staffing
from checks.base import Found
from extractors import extract_report
from pipeline.read import read_bytes, read_document
from schemas import Finding, Source

PLANTED = Path(__file__).resolve().parents[1] / "samples" / "2025-hanbit-park-planted.txt"


def planted_report():
    return extract_report(read_document(str(PLANTED), read_bytes(str(PLANTED))))


def test_a_check_makes_founds_and_run_checks_hands_back_findings():
    report = planted_report()
    found = staffing.check(report)
    assert {type(f) for f in found} == {Found}
    findings = run_checks(report)
    assert findings and {type(f) for f in findings} == {Finding}
    of_staffing = [(f.rule, f.row, f.column, f.expected, f.actual) for f in findings if f.table == "인력"]
    assert of_staffing == [("sum.staffing", "정원", "계", "28", "29"),
                           ("cross.staffing_line", "현원", "계", "27", "26"),
                           ("shortfall", "과부족", "일반직 6급", "1", "2")]


def test_a_found_becomes_the_finding_of_its_fields():
    found = Found(rule="sum.staffing", severity="error", table="인력", row="정원", column="계", expected="28",
                  actual="29", message="정원 계가 직렬별 인원의 합과 다릅니다 (표기 29, 합계 28)",
                  source=Source(line=12))
    assert found.record() == Finding(rule="sum.staffing", severity="error", table="인력", row="정원", column="계",
                                     expected="28", actual="29", message=found.message, source=Source(line=12))
