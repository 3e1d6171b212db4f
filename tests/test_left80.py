"""Leftovers of pass 80: a long run of Hangul letters (a cover's, a list of contents' line, a budget's bracket, a
`pdftotext -raw` row label) read in linear time, each pattern matching as before; two wrong figures of a budget
table a finding each; a figure of 16 digits told (`value.unreadable`); a `-raw` vehicle list's note of no note word
left in its use (documented)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks import run_checks
from extractors import budget, document_info, extract_report
from pipeline import one_space_tables, patterns
from pipeline.read_text import read_text
from pipeline.values import DATE, TOO_LONG_FIGURE
from schemas.budget import FUNDING_PATTERN, JOINT_FUNDING_PATTERN

# the patterns as they were before `_RUN_START` gated their runs of Hangul: what they match must not change
_OLD_SESSION_RE = patterns.compile(document_info._SESSION_RE.pattern.replace(document_info._RUN_START, ""))
_OLD_COVER_PIECE_RE = patterns.compile(document_info._COVER_PIECE_RE.pattern.replace(document_info._RUN_START, ""))
# the letters the cover's pieces are made of, and a few others, digits, blanks and dots
_COVER_LETTERS = st.text(alphabet=list("의회위원제정례임시차가구서해년도업무보고계획순목권월 1230.\n"), max_size=40)


@settings(max_examples=400, deadline=None)
@given(text=_COVER_LETTERS)
@example(text="정례회서해구의회 총무과")  # a council right after a session's word (`\\G`)
@example(text="서해구의회제305회정례회")
def test_cover_pieces_match_as_before_the_run_start_gate(text):
    assert [m.span() for m in document_info._COVER_PIECE_RE.finditer(text)] == \
        [m.span() for m in _OLD_COVER_PIECE_RE.finditer(text)]
    assert document_info._COVER_PIECE_RE.sub("\n", text) == _OLD_COVER_PIECE_RE.sub("\n", text)
    new, old = document_info._SESSION_RE.search(text), _OLD_SESSION_RE.search(text)
    assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


_OLD_CONTENTS_ROW_RE = patterns.compile(r"([①-⑳]|\d{1,2}\.?) (.*\p{Hangul}.* (?:\.{3,}|…+)) (\d{1,3})")
_OLD_PAGED_ROW_RE = patterns.compile(r"([①-⑳]|\d{1,2}\.?) (.*\p{Hangul}.*?(?: (?:\.{3,}|…+))?) (\d{1,3})")


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.text(alphabet=list("①②12 .…가나a-"), max_size=30), st.builds(
    "{} {}{} {}".format, st.sampled_from(["①", "1", "1.", "12", "a"]),
    st.text(alphabet=list("12 .…가나a"), max_size=12),
    st.sampled_from(["", " .....", " …", " ..", "가"]), st.sampled_from(["5", "12", "123", "1234", "", "가"]))))
def test_contents_rows_match_as_before_the_title_lookahead(text):
    for new, old in ((one_space_tables._CONTENTS_ROW_RE, _OLD_CONTENTS_ROW_RE),
                     (one_space_tables._PAGED_ROW_RE, _OLD_PAGED_ROW_RE)):
        assert (match.groups() if (match := new.fullmatch(text)) else None) == \
            (match.groups() if (match := old.fullmatch(text)) else None)


_OLD_DATED_LABEL_RE = patterns.compile(rf"(?P<name>.*\p{{Hangul}}.*?) (?P<period>{DATE}(?: ?~ ?{DATE})?)")


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("가회 2025.1~년월일"), max_size=30))
@example(text="제259회 임시회 2025. 2. 10. ~ 2. 21.")
@example(text="가 2025년 1월 1일")
def test_dated_labels_match_as_before_the_period_lookahead(text):
    new, old = one_space_tables._DATED_LABEL_RE.fullmatch(text), _OLD_DATED_LABEL_RE.fullmatch(text)
    assert (new and (new["name"], new["period"])) == (old and (old["name"], old["period"]))


def test_a_contents_line_run_on_by_20000_letters_is_no_row():
    line = "① 공유재산 관리 효율화 ..... 5" + "가" * 20_000
    assert one_space_tables._CONTENTS_ROW_RE.fullmatch(line) is None
    assert one_space_tables._DATED_LABEL_RE.fullmatch("가" * 20_000 + " 1") is None
    assert one_space_tables._PAGED_ROW_RE.fullmatch(line[:-20_000]).groups() == ("①", "공유재산 관리 효율화 .....", "5")


_OLD_SOURCE_NAME = (rf"{JOINT_FUNDING_PATTERN}|{FUNDING_PATTERN}|[국시구도군](?=[:：]?\d)"
                    rf"|(?![억만천원])\p{{Hangul}}{{2,}}(?=[:：]?\d)")
_OLD_FUNDING_PART_RE = patterns.compile(
    rf"({_OLD_SOURCE_NAME})[:：]?(?!{TOO_LONG_FIGURE})(?:(\d+(?:\.\d+)?)%|(\d[\d,]*(?:\.\d+)?))?[,·/+]?")
_OLD_SOURCE_NAME_RE = patterns.compile(_OLD_SOURCE_NAME)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("국시구도비기금교부세특별억만천원가자담민:1,0.%·/ "), max_size=30))
@example(text="국비가나기금")  # a kind's word right after a source's (`\\G`)
@example(text="만원자부담1,000")  # a name right after a unit's letters
def test_funding_sources_match_as_before_the_run_start_gate(text):
    for new, old in ((budget._FUNDING_PART_RE, _OLD_FUNDING_PART_RE), (budget._SOURCE_NAME_RE, _OLD_SOURCE_NAME_RE)):
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)]


def test_a_bracket_of_20000_letters_is_read_in_linear_time():
    """A word before a figure is a source (`자부담 1,000`), however long."""
    bracket = "가" * 20_000 + "1"
    assert budget._funding_sources(bracket) == (("가" * 20_000, 1.0, None),)
    assert budget._sources_in_unit(bracket, 1_000) is None
    assert budget._funding_sources("자부담1,000구비2,000") == (("자부담", 1000.0, None), ("구비", 2000.0, None))
    assert budget._funding_sources("억자부담1,000") == (("억자부담1,000", None, None),)  # a unit's letter is no name's


def test_council_after_an_attached_session_is_still_a_cover_piece():
    assert document_info._lines_of("서해구의회제305회정례회 총무과") == [" 총무과"]
    assert document_info._lines_of("정례회서해구의회 총무과") == [" 총무과"]
    assert document_info._SESSION_RE.search("서해구의회제305회정례회").groups() == ("서해구의회", "제305회", "정례회")


def test_a_run_of_50000_syllables_on_a_cover_is_read():
    run = "".join(chr(0xAC00 + (k * 7919) % 11172) for k in range(50_000))
    assert document_info._lines_of(run) == [run]
    assert document_info._lines_of(f"제1차 정례회{run}위원회 총무과") == [" 총무과"]
    assert document_info._SESSION_RE.search(run) is None


BUDGET_COVER = ("제312회 새빛구의회 제1차 정례회\n2025. 6. 11. ~ 6. 25.\n2025년 주요업무 보고\n재 무 과\n\n"
                "4 예산현황\n(단위: 천원)\n")
BUDGET_HEADER = "단위사업명\t예산액\t집행액\t집행률(%)\n"


def budget_findings(rows: str) -> list[tuple]:
    report = extract_report(read_text("t.txt", (BUDGET_COVER + BUDGET_HEADER + rows).encode()))
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


def test_two_wrong_figures_of_a_budget_table_are_a_finding_each():
    """The 계's 예산액 and the first line's rate make its 예산액 1,000,000, the 계's 집행액 and the second's rate its
    집행액 250,000: before, the 계's 예산액 and 집행액 and the two rates were found (the one-cell search gave up
    where two cells each explained findings of their own)."""
    assert budget_findings("계\t1,700,000\t700,000\t41.2\n"
                           "건전한 재정 운영\t1,100,000\t400,000\t40.0\n"
                           "세입 확충 기반 강화\t500,000\t260,000\t50.0\n"
                           "기본경비\t200,000\t50,000\t25.0\n") == [
        ("sum.budget", "건전한 재정 운영", "예산액", "1,000,000천원", "1,100,000천원"),
        ("sum.budget", "세입 확충 기반 강화", "집행액", "250,000천원", "260,000천원"),
    ]


def test_one_wrong_figure_is_still_one_finding():
    assert budget_findings("계\t1,700,000\t700,000\t41.2\n"
                           "건전한 재정 운영\t1,000,000\t400,000\t40.0\n"
                           "세입 확충 기반 강화\t500,000\t260,000\t50.0\n"
                           "기본경비\t200,000\t50,000\t25.0\n") == [
        ("sum.budget", "세입 확충 기반 강화", "집행액", "250,000천원", "260,000천원"),
    ]


def test_two_wrong_figures_of_one_column_are_found_by_their_rates():
    """Two lines' 예산액 wrong under one 계, each line's rate telling its own (`_by_rates`, as before)."""
    assert budget_findings("계\t1,700,000\t700,000\t41.2\n"
                           "건전한 재정 운영\t1,100,000\t400,000\t40.0\n"
                           "세입 확충 기반 강화\t600,000\t250,000\t50.0\n"
                           "기본경비\t200,000\t50,000\t25.0\n") == [
        ("sum.budget", "건전한 재정 운영", "예산액", "1,000,000천원", "1,100,000천원"),
        ("sum.budget", "세입 확충 기반 강화", "예산액", "500,000천원", "600,000천원"),
    ]


def test_two_cells_clearing_one_error_leave_the_findings_as_found():
    """Two wrong figures with no rate to tell them: the 계's 예산액 and 집행액 stand (either line may be wrong)."""
    assert budget_findings("계\t1,700,000\t700,000\t\n"
                           "건전한 재정 운영\t1,100,000\t400,000\t\n"
                           "세입 확충 기반 강화\t500,000\t260,000\t\n"
                           "기본경비\t200,000\t50,000\t\n") == [
        ("sum.budget", "계", "예산액", "1,800,000천원", "1,700,000천원"),
        ("sum.budget", "계", "집행액", "710,000천원", "700,000천원"),
    ]


def test_a_figure_of_16_digits_is_told_where_it_is(tmp_path):
    """Read as blank (no sum or rate of it), as before, and now a finding naming its cell and the printed text; a
    figure of 15 digits is read, and a cell of a figure and words is no figure at all."""
    from pipeline.values import garbled_figure
    assert garbled_figure("1234567890123456") and garbled_figure("△1,234,567,890,123,456(구비)")
    assert garbled_figure("12345678901234.56%") and not garbled_figure("123456789012345")
    assert not garbled_figure("1234567890123456번지") and not garbled_figure("2025. 1. 1. ~ 2025. 12. 31.")
    findings = budget_findings("계\t1,700,000\t700,000\t41.2\n"
                               "건전한 재정 운영\t1,000,000\t400,000\t40.0\n"
                               "세입 확충 기반 강화\t500,000\t1,234,567,890,123,456\t50.0\n"
                               "기본경비\t200,000\t50,000\t25.0\n")
    assert findings == [("value.unreadable", "세입 확충 기반 강화", "집행액", None, "1,234,567,890,123,456")]


def test_a_raw_vehicle_list_s_note_of_no_note_word_stays_in_its_use():
    """`pdftotext -raw` prints no blank cell: a 비고 right after the 용도, of words no note starts with, cannot be told
    from the use's words and stays in it (documented); one starting with a note's word (`임차`) is parted."""
    from pipeline.one_space_vehicles import vehicle_list
    lines = ["차 종 차량번호 연 식 용 도 비 고", "승 용 12가 3456 2019 업무용", "승 합 34나 5678 2020 업무용 부서 공용",
             "화 물 56다 7890 2021 민원 현장 임차 차량", ""]
    assert vehicle_list(lines, 0) == ([["차 종", "차량번호", "연 식", "용 도", "비 고"],
                                       ["승 용", "12가 3456", "2019", "업무용", ""],
                                       ["승 합", "34나 5678", "2020", "업무용 부서 공용", ""],
                                       ["화 물", "56다 7890", "2021", "민원 현장", "임차 차량"]], 4)
