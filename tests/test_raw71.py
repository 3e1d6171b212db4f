"""`pdftotext -raw` and `-layout` of the department fixtures' PDFs (drawn by scripts/make_pdfs.py) read as their text
twins. `-raw` (`pipeline/one_space_tables.py`): a label of two words whose last notes its unit
(`과태료 부과(천원)`) where the header has one word too many; a header's word ending in a dot going on in the
next (`소형ㆍ 다목적`); a list of contents under `쪽` printing no dots. `-layout` (`pipeline/aligned.py`,
`pipeline/read_text.py`): a header of three lines whose top label is printed at its cell's left (`일반직` left of
`행정`, `5급` nearer `6급`'s figures); a row label centred on the middle of its three rows (`국가통계`); labels
centred over figures set at their cells' left; a list's mark right against its text (`*예산`), a part's name among
the items of a part printed with its `□` (`-예산`), and a table's date under a bullet (`(5.31.기준)`)."""


import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Bullet, Table
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables, parted_labels
from pipeline.read import read_document
from tests.conftest import ROOT
from tests.layouts import needs_pdftotext, pdftotext_reading, records_but_the_document

FIXTURES = ROOT / "tests" / "department_reports"


def _path(tmp_path, text):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _report(tmp_path, text):
    path = _path(tmp_path, text)
    return extract_report(read_document(str(path), path.read_bytes()))


def _blocks(tmp_path, text):
    path = _path(tmp_path, text)
    return read_document(str(path), path.read_bytes()).blocks


def _findings(report):
    return sorted((f.rule, f.expected, f.actual) for f in run_checks(report))


def _line(*cells: tuple[int, str]) -> str:
    """A line as `pdftotext -layout` prints it: each text starting at its column."""
    line = ""
    for column, text in cells:
        line = line.ljust(column) + text
    return line


# -raw


def test_a_label_of_two_words_its_last_noting_the_unit_is_one_cell_and_its_wrong_total_found(tmp_path):
    text = """2025년 주요업무 보고
Ⅱ. 주요업무 추진실적
2. 금연 환경 조성 (건강증진팀)
□ 추진실적
- 금연구역 지도점검 실적
구 분 점검 적발 과태료 부과(천원)
1분기 1,240 86 8,600
2분기(4~5월) 980 74 7,400
누 계 2,220 170 16,000
"""
    assert one_space_tables(text.splitlines())[5:7] == [
        "구 분\t점검\t적발\t과태료 부과(천원)", "1분기\t1,240\t86\t8,600"]
    assert ("sum.table", "160", "170") in [(rule, str(e), str(a)) for rule, e, a in _findings(_report(tmp_path, text))]


def test_labels_of_two_words_the_last_naming_what_they_measure():
    assert one_space_tables(["구 분 심사 건수 요청 금액 조정 금액 절감률(%)", "계 148 42,860 1,286 3.0",
                             "공 사 52 31,200 964 3.1"]) == [
        "구 분\t심사 건수\t요청 금액\t조정 금액\t절감률(%)", "계\t148\t42,860\t1,286\t3.0",
        "공 사\t52\t31,200\t964\t3.1"]


@pytest.mark.parametrize(("header", "row", "labels"), [
    ("구 분 2022년 2023년 2024년 2025.5월", "계 412 538 601 243", ["구 분", "2022년", "2023년", "2024년", "2025.5월"]),
    ("구 분 ’22년말 ’23. 5월 증 감 증감률", "인 구 153,020 152,380 ▲640 ▲0.4",
     ["구 분", "’22년말", "’23. 5월", "증 감", "증감률"]),
    ("구 분 2023년(1~5월) 2024년(1~5월) 증 감 증감률(%)", "계 1,146 1,012 △134 △11.7",
     ["구 분", "2023년(1~5월)", "2024년(1~5월)", "증 감", "증감률(%)"]),
    ("구 분 1/4분기 4월 5월 누 계 전년 동기 증 감", "계 14,310 4,920 4,812 24,042 23,180 862",
     ["구 분", "1/4분기", "4월", "5월", "누 계", "전년 동기", "증 감"]),
    ("구 분 목표액 정리액 달성률 전년 동기 정리액", "계 6,400 4,352 68.0% 3,980",
     ["구 분", "목표액", "정리액", "달성률", "전년 동기 정리액"]),
    ("구 분 판매량 판매액 전년 동기 증감률", "계 4,120,300 3,296,240 3,180,200 3.6%",
     ["구 분", "판매량", "판매액", "전년 동기", "증감률"]),
    ("구 분 등록자 6개월 성공자 성공률", "계(실인원) 1,240 372 30.0", ["구 분", "등록자", "6개월 성공자", "성공률"])])
def test_labels_dated_by_years_months_and_the_same_time_a_year_before(header, row, labels):
    assert one_space_tables([header, row])[0] == "\t".join(labels)


def test_words_noting_no_unit_or_printed_as_labels_of_their_own_are_not_joined():
    # `예산액` is a label of its own: the header stays unparted where its words are too many
    assert one_space_tables(["구 분 점검 예산액 집행액(천원)", "계 100 50"]) == [
        "구 분 점검 예산액 집행액(천원)", "계 100 50"]
    # a bracket noting no unit (`(B)`) closes no label of two words
    assert one_space_tables(["구 분 점검 적발 과태료 부과(B)", "1분기 1 2 3"]) == [
        "구 분 점검 적발 과태료 부과(B)", "1분기 1 2 3"]


def test_a_headers_word_ending_in_a_dot_goes_on_in_the_next(tmp_path):
    assert parted_labels(["소", "계", "소형ㆍ", "다목적", "중형"], None) == ["소 계", "소형ㆍ 다목적", "중형"]
    text = """□ 공용차량 - 총5대 (정수 5)
(단위: 대)
총 계 승 용 승 합 화 물
소 계 소형ㆍ 다목적 중형 소 계 중형 대형 소 계 소형
5 2 1 1 2 1 1 1 1
"""
    [fleet] = _report(tmp_path, text).vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 5), ("승용", "소계", 2), ("승용", "소형·다목적", 1), ("승용", "중형", 1), ("승합", "소계", 2),
        ("승합", "중형", 1), ("승합", "대형", 1), ("화물", "소계", 1), ("화물", "소형", 1)]


def test_a_list_of_contents_under_its_page_label_printing_no_dots():
    assert one_space_tables(["연번 사 업 명 쪽", "① 공정한 지방세 부과 5", "② 체납액 일제정리 추진 6"]) == [
        "연번\t사 업 명\t쪽", "①\t공정한 지방세 부과\t5", "②\t체납액 일제정리 추진\t6"]
    # pages running back: no list of contents
    assert one_space_tables(["연번 사 업 명 쪽", "① 공정한 지방세 부과 6", "② 체납액 일제정리 추진 5"]) == [
        "연번 사 업 명 쪽", "① 공정한 지방세 부과 6", "② 체납액 일제정리 추진 5"]


# -layout

THREE_LINE_HEADER_AT_LEFT = "\n".join([
    "2025년 주요업무 보고",
    "2 인 력",
    _line((95, "(2025. 5. 31. 기준, 단위: 명)")),
    _line((25, "구분"), (31, "계"), (37, "일반직"), (89, "공무직")),
    "",
    _line((45, "행정"), (79, "사서")),
    "",
    _line((40, "5급"), (45, "6급"), (55, "7급"), (65, "8급"), (75, "6급"), (84, "7급")),
    "",
    _line((25, "정원"), (31, "16"), (36, "1"), (45, "3"), (55, "4"), (65, "3"), (75, "1"), (82, "2"), (89, "2")),
    "",
    _line((25, "현원"), (31, "15"), (36, "1"), (45, "3"), (55, "3"), (65, "4"), (75, "1"), (82, "1"), (89, "2")),
    "",
    _line((25, "과부족"), (31, "△1"), (36, "-"), (45, "-"), (55, "△1"), (65, "1"), (75, "-"), (82, "△1"), (89, "-")),
    ""])


def test_a_header_of_three_lines_its_top_label_at_its_cells_left(tmp_path):
    report = _report(tmp_path, THREE_LINE_HEADER_AT_LEFT)
    assert [(c.job_class, c.grade, c.headcount) for c in report.staffing if c.status == "정원"] == [
        ("계", "계", 16), ("행정", "5급", 1), ("행정", "6급", 3), ("행정", "7급", 4), ("행정", "8급", 3),
        ("사서", "6급", 1), ("사서", "7급", 2), ("공무직", "계", 2)]


SURVEYS = "\n".join([
    _line((43, "구분"), (58, "조사명"), (76, "조사기간"), (96, "조사원(명)")),
    "",
    _line((52, "경제총조사(사업체)"), (73, "6. 1. ~ 7. 31."), (96, "86")),
    "",
    _line((42, "국가통계"), (52, "지역별고용조사"), (73, "연중"), (96, "4")),
    "",
    _line((52, "사회조사"), (73, "5. 10. ~ 5. 25."), (96, "12")),
    "",
    _line((42, "서울시통계"), (52, "서울서베이"), (73, "9. 1. ~ 10. 31."), (96, "25")),
    "",
    _line((52, "사업체조사"), (73, "상반기"), (96, "18")),
    "",
    _line((42, "계"), (96, "145")),
    ""])


def test_a_row_label_centred_on_the_middle_of_its_rows_labels_the_first(tmp_path):
    [table] = [b for b in _blocks(tmp_path, SURVEYS) if isinstance(b, Table)]
    assert [row[:2] for row in table.rows] == [
        ("구분", "조사명"), ("국가통계", "경제총조사(사업체)"), ("", "지역별고용조사"), ("", "사회조사"),
        ("서울시통계", "서울서베이"), ("", "사업체조사"), ("계", "")]


def test_a_label_on_its_first_row_among_tall_rows_is_a_group_of_one(tmp_path):
    """Among tall rows (parted by blank lines, as `pdftotext -layout` prints a PDF's) a label centred over two rows
    stands on a line of its own: one on its row's line right under the header is a group of that row alone, and the
    next label, as many blank rows above it as below, is its group's middle row's (branch pdf92; before, the
    blank row under `서울시통계` was taken for its)."""
    lines = SURVEYS.split("\n")
    text = "\n".join([*lines[:2], *lines[8:12], *lines[4:8], *lines[12:]])
    [table] = [b for b in _blocks(tmp_path, text) if isinstance(b, Table)]
    assert [row[0] for row in table.rows] == ["구분", "서울시통계", "국가통계", "", "", "계"]


def test_labels_centred_over_figures_set_at_their_cells_left_head_them(tmp_path):
    text = "\n".join([
        "□ 공급 현황",
        _line((108, "(단위: 호)")),
        _line((57, "구분"), (70, "계"), (78, "청년"), (84, "신혼부부"), (95, "고령자")),
        "",
        _line((53, "계"), (66, "240"), (75, "120"), (84, "80"), (95, "40")),
        "",
        _line((53, "한빛1단지"), (66, "100"), (75, "50"), (84, "30"), (95, "20")),
        ""])
    [table] = [b for b in _blocks(tmp_path, text) if isinstance(b, Table)]
    assert table.rows == (("구분", "계", "청년", "신혼부부", "고령자"), ("계", "240", "120", "80", "40"),
                          ("한빛1단지", "100", "50", "30", "20"))


def test_a_marks_joined_text_and_a_parts_name_among_a_printed_parts_items_are_items(tmp_path):
    text = "\n".join([
        "□ 사업개요", " * 기 간: 연중", " * 내 용: 보도자료 배포", " *예산",
        "□ 사업개요", "  - 기 간: 2025. 1. 1. ~ 5. 30.", "  -예산", ""])
    assert [(b.marker, b.text) for b in _blocks(tmp_path, text) if isinstance(b, Bullet)] == [
        ("*", "기 간: 연중"), ("*", "내 용: 보도자료 배포"), ("*", "예산"), ("-", "기 간: 2025. 1. 1. ~ 5. 30."),
        ("-", "예산")]
    # emphasis closes its `*`: no item
    text = "\n".join(["□ 사업개요", " * 기 간: 연중", " *강조*", ""])
    assert [b.text for b in _blocks(tmp_path, text) if isinstance(b, Bullet)] == ["기 간: 연중"]


def test_a_tables_date_under_a_bullet_is_the_tables(tmp_path):
    text = "\n".join([
        "□ 추진실적", " - 공공체육시설 이용 현황", _line((97, "(5.31.기준)")),
        _line((42, "구분"), (62, "개소"), (72, "면적(m²)"), (84, "이용 인원(명)")), "",
        _line((41, "계"), (62, "7"), (71, "14,780"), (84, "362,760")), "",
        _line((41, "실내"), (48, "구민체육센터"), (62, "1"), (71, "6,420"), (84, "182,400")), ""])
    blocks = _blocks(tmp_path, text)
    assert [b.text for b in blocks if isinstance(b, Bullet)] == ["공공체육시설 이용 현황"]
    [table] = [b for b in blocks if isinstance(b, Table)]
    assert table.basis == "5.31.기준"


# the fixtures drawn as PDFs


def _printed(fixture, mode, tmp_path):
    source = FIXTURES / fixture
    return extract_file(source), pdftotext_reading(source, mode, tmp_path)


@needs_pdftotext
@pytest.mark.parametrize(("fixture", "mode", "records"), [
    ("2025-hanbit-bogeonso.md", "-raw", ("staffing", "vehicles", "budget")),
    ("2023-hanbit-jachihaengjeong.txt", "-raw", ("staffing", "vehicles", "budget")),
    ("2025-hanbit-semu1.txt", "-raw", ("staffing", "vehicles", "budget")),
    ("2025-hanbit-gyoyuk.txt", "-layout", ("staffing", "vehicles", "budget", "projects")),
    ("2023-hanbit-jachihaengjeong.txt", "-layout", ("staffing", "vehicles", "budget", "projects")),
    ("2025-hanbit-budongsan.txt", "-layout", ("staffing", "vehicles", "budget")),
    ("2025-hanbit-cheyuk.txt", "-layout", ("staffing", "vehicles", "budget", "projects")),
    ("2025-hanbit-jutaek.md", "-layout", ("staffing", "vehicles", "budget", "projects"))])
def test_the_text_of_a_fixtures_pdf_reads_as_its_twin(fixture, mode, records, tmp_path):
    twin, read = _printed(fixture, mode, tmp_path)
    assert _findings(read) == _findings(twin)
    twin_records, read_records = records_but_the_document(twin), records_but_the_document(read)
    for name in records:
        assert read_records[name] == twin_records[name], name


@needs_pdftotext
def test_pdftotext_raw_of_the_bogeonso_fixture_finds_its_wrong_total(tmp_path):
    _twin, read = _printed("2025-hanbit-bogeonso.md", "-raw", tmp_path)
    assert ("sum.table", "160", "170") in [(rule, str(e), str(a)) for rule, e, a in _findings(read)]


@needs_pdftotext
def test_pdftotext_layout_of_the_gyoyuk_fixture_reads_5geup_under_its_class(tmp_path):
    _twin, read = _printed("2025-hanbit-gyoyuk.txt", "-layout", tmp_path)
    assert [(c.job_class, c.grade, c.headcount) for c in read.staffing if c.status == "현원"][:3] == [
        ("계", "계", 15), ("행정", "5급", 1), ("행정", "6급", 3)]
