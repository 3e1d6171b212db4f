"""What the reader put right to read a file at all is said, so the user knows the text differs from the bytes."""

from __future__ import annotations

from checks.base import Rule
from schemas import Finding, Report, Source

NUL_BYTES = Rule("repair.nul_bytes", "info", "파일: 텍스트 속의 NUL 바이트를 버리고 읽음")
RULES = (NUL_BYTES,)
_LINES_NAMED = 5  # lines a message names; more are counted, not listed


def check(report: Report) -> list[Finding]:
    """A text holding a few stray NUL bytes (a converter's) is read without them: one finding, on the first."""
    lines = report.nul_lines
    if not lines:
        return []
    named = sorted(set(lines))
    more = len(named) - _LINES_NAMED
    where = ", ".join(map(str, named[:_LINES_NAMED])) + (f" 외 {more}줄" if more > 0 else "")
    return [NUL_BYTES.finding(table="파일", row="NUL 바이트", actual=str(len(lines)), source=Source(line=lines[0]),
                              message=f"텍스트 속의 NUL 바이트 {len(lines)}개를 버리고 읽었습니다 (줄 {where})")]
