"""What the reader put right to read a file at all is said, so the user knows the text differs from the bytes."""

from __future__ import annotations

from checks.base import Found, Rule
from schemas import Report, Source

NUL_BYTES = Rule("repair.nul_bytes", "info", "파일: 텍스트 속의 NUL 바이트를 버리고 읽음")
TABLES_LEFT_OUT = Rule("reading.tables_left_out", "warning", "파일: 변환기가 표를 `<표>`로만 남겨 그 수치가 없음")
TABLES_UNREAD = Rule("reading.tables_unread", "warning", "파일: 칸이 한 줄에 하나씩 인쇄된 표를 표로 읽지 못함")
GROUP_UNPLACED = Rule("reading.group_unplaced", "info",
                      "표: 쪽 머리에 인쇄된 묶음 이름이 앞 쪽 끝 행들부터인지 소계가 없어 모르므로 인쇄된 자리부터 "
                      "읽음")
UNREADABLE = Rule("value.unreadable", "info",
                  "표·본문: 어떤 보고서도 쓰지 않는 16자리 이상의 숫자는 읽지 않음 (칸은 빈 칸, 금액은 없음)")
RULES = (NUL_BYTES, TABLES_LEFT_OUT, TABLES_UNREAD, GROUP_UNPLACED, UNREADABLE)
_LINES_NAMED = 5  # lines a message names; more are counted, not listed


def check(report: Report) -> list[Found]:
    """A text holding a few stray NUL bytes (a converter's) is read without them: one finding, on the first. A text
    whose converter printed `<표>` for its tables (`hwp5txt`) holds none of their figures: one finding, on the first,
    so that a report with no staffing or budget says why. So too a text printing a table a cell a line that is read as
    none (plain `pdftotext`'s reading order): its figures are text alone. A group's label `pdftotext -raw` printed
    atop a page, read from there though the rows at the foot of the page above may be its, no 소계 telling: one
    finding on its row, so that the user looks at the PDF."""
    findings = []
    if lines := report.nul_lines:
        findings.append(NUL_BYTES.finding(
            table="파일", row="NUL 바이트", actual=str(len(lines)), source=Source(line=lines[0]),
            message=f"텍스트 속의 NUL 바이트 {len(lines)}개를 버리고 읽었습니다 (줄 {_where(lines)})"))
    if lines := report.left_out_tables:
        findings.append(TABLES_LEFT_OUT.finding(
            table="파일", row="<표>", actual=str(len(lines)), source=Source(line=lines[0]),
            message=f"변환기가 표 {len(lines)}개를 `<표>`로만 남겨 그 내용을 읽을 수 없습니다 (줄 {_where(lines)}): "
                    "표를 살리는 변환(hwp5html, HWP의 다른 이름으로 저장)으로 다시 변환하세요"))
    if lines := report.unread_tables:
        findings.append(TABLES_UNREAD.finding(
            table="파일", row="표", actual=str(len(lines)), source=Source(line=lines[0]),
            message=f"칸이 한 줄에 하나씩 인쇄된 표 {len(lines)}개를 표로 읽지 못해 그 "
                    f"{_left_in_text(len(lines), len(report.unread_word_tables))} 본문에만 남았습니다 "
                    f"(줄 {_where(lines)}): 표를 살리는 변환(`pdftotext -layout`, PDF 그대로)으로 다시 읽으세요"))
    findings += [GROUP_UNPLACED.finding(
        table="표", row=label, source=Source(line=line),
        message=f"쪽 머리에 인쇄된 묶음 `{label}`이 앞 쪽 끝의 행들부터인지 표에 소계가 없어 알 수 없어, 인쇄된 "
                "자리부터 그 묶음으로 읽었습니다: PDF에서 병합된 칸이 어디서 시작하는지 확인하세요")
        for line, label in report.unplaced_groups]
    findings += [UNREADABLE.finding(
        table=figure.table, row=figure.row, column=figure.column, actual=figure.text, source=figure.source,
        message=f"{figure.row}의 {figure.column} 값이 {len(figure.text)}자로 어떤 보고서도 쓰지 않는 자릿수라 "
                "읽지 않고 빈 칸으로 보았습니다: 그 칸이 든 합계와 비율은 검사하지 않았습니다" if figure.column else
                f"{figure.row}의 금액 {figure.text}이 어떤 보고서도 쓰지 않는 자릿수라 금액으로 읽지 않았습니다: "
                "그 금액이 든 합계는 검사하지 않았습니다")
        for figure in report.unreadable_figures]
    return findings


def _left_in_text(tables: int, of_words: int) -> str:
    """What the tables left unread leave in the text alone: their figures, the words of tables of words (places, a
    schedule's steps), both where some are of each: `수치가`, `내용이`, `수치와 내용이`."""
    return "내용이" if of_words == tables else "수치와 내용이" if of_words else "수치가"


def _where(lines: list[int]) -> str:
    """The lines a message names: the first five, the rest counted."""
    named = sorted(set(lines))
    more = len(named) - _LINES_NAMED
    return ", ".join(map(str, named[:_LINES_NAMED])) + (f" 외 {more}줄" if more > 0 else "")
