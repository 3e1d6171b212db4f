"""The cover names the department and the year, by which every question about a report finds it."""

from __future__ import annotations

from checks.base import Found, Rule
from schemas import Report

FROM_FILE_NAME = Rule("cover.file_name", "info", "표지: 부서, 연도나 구청이 표지에 없어 파일 이름에서 가져옴")
MISSING = Rule("cover.missing", "warning", "표지: 부서나 연도를 표지에서도 파일 이름에서도 찾지 못함")
RULES = (FROM_FILE_NAME, MISSING)

# every report has a department and a year (none: `cover.missing`); only a 구청's department has an office
_FIELDS = {"department": "부서", "year": "연도", "office": "구청"}
_ALWAYS = {"department", "year"}


def check(report: Report) -> list[Found]:
    info = report.document
    findings = []
    for field, label in _FIELDS.items():
        value = getattr(info, field)
        if field in info.from_file_name:
            findings.append(FROM_FILE_NAME.finding(
                table="표지", row=label, actual=str(value), source=info.source,
                message=f"표지에 {_subject(label)} 없어 파일 이름에서 가져왔습니다 ({value})"))
        elif value is None and field in _ALWAYS:
            findings.append(MISSING.finding(
                table="표지", row=label, source=info.source,
                message=f"표지에도 파일 이름에도 {label}가 없습니다: {label}로는 이 보고서를 찾을 수 없습니다"))
    return findings


def _subject(label: str) -> str:
    """`부서가`, `구청이`: the subject's particle after a last syllable without or with a final consonant."""
    return label + ("이" if (ord(label[-1]) - ord("가")) % 28 else "가")
