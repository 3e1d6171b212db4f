"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain102): classes over series whose spans the text does not print read joined, as
`pdftotext -raw`'s one line is; a group's `계` printed beside its label read as the group's total."""

from pathlib import Path

from checks import run_checks
from pipeline.cell_lines import cell_line_tables
from pipeline.document import Table, add_table
from pipeline.extract import extract_file
from pipeline.values import is_series

COVER = "제298회 새솔구의회 제1차 정례회\n2024년 주요업무 보고\n총 무 과\nⅠ. 일반현황\n"


def read_report(tmp_path: Path, *lines: str):
    """The lines as a 2024 report's body, extracted."""
    path = tmp_path / "2024-saesol-chongmu.txt"
    path.write_text(COVER + "\n".join(lines) + "\n", encoding="utf-8")
    return extract_file(path)


def unread_messages(report) -> list[str]:
    """What the report's `reading.tables_unread` findings say."""
    return [f.message for f in run_checks(report) if f.rule == "reading.tables_unread"]


def _tables(lines: list[str]) -> list:
    unread: list[int] = []
    tables = [row for _, rows, _ in cell_line_tables(lines, unread)[1] for row in rows]
    return [*tables, unread]


# classes over series, their spans unprinted -------------------------------------------------------------------------

STAFFING = ("2. 인 력", "(2024. 6. 30. 기준, 단위: 명)", "구 분", "계", "일 반 직", "기 능 직", "별정직", "청원경찰",
            "세무", "사회복지", "조리", "방호", "정 원", "25", "9", "8", "3", "2", "1", "2",
            "현 원", "24", "9", "7", "3", "1", "1", "3", "※ 청원경찰: 정원 외 1명 한시 배치")


def test_classes_over_series_read_joined():
    """`일 반 직 | 기 능 직` over `세무 | 사회복지 | 조리 | 방호`: which series are whose the text does not say, so
    the two classes are one label over them all, each column a series of the two; `별정직 | 청원경찰` merged down
    right (before, the table was told unread)."""
    header, lower, quota, actual, unread = _tables(list(STAFFING))
    assert header == ("구 분", "계", "일 반 직 기 능 직", "", "", "", "별정직", "청원경찰")
    assert lower == ("", "", "세무", "사회복지", "조리", "방호", "", "")
    assert actual == ("현 원", "24", "9", "7", "3", "1", "1", "3")
    assert unread == []


def test_classes_over_series_give_each_series_its_count(tmp_path):
    report = read_report(tmp_path, *STAFFING)
    assert [(s.job_class, s.series, s.grade, s.headcount) for s in report.staffing if s.status == "정원"] == [
        ("계", None, "계", 25), ("일반직·기능직", "세무", "계", 9), ("일반직·기능직", "사회복지", "계", 8),
        ("일반직·기능직", "조리", "계", 3), ("일반직·기능직", "방호", "계", 2), ("별정직", None, "계", 1),
        ("청원경찰", None, "계", 2)]
    assert unread_messages(report) == []


def test_words_under_classes_that_are_no_series_are_not_joined():
    """`본청 | 사업소 | 보건소 | 동주민센터` under the classes name no series: which the upper row's labels stand
    over is not told, so no table is read (told unread)."""
    lines = [*STAFFING[:8], "본청", "사업소", "보건소", "동주민센터", *STAFFING[12:]]
    *tables, unread = _tables(lines)
    assert tables == []
    assert unread == [2]


def test_one_class_over_series_stands_over_them_all():
    """`일 반 직` over `세무 | 사회복지 | 조리`, `임기제 | 청원경찰` merged down right (before, not read: the series
    are no group of a kind by their labels)."""
    lines = ["2. 인 력", "(단위: 명)", "구 분", "계", "일 반 직", "임기제", "청원경찰", "세무", "사회복지", "조리",
             "정 원", "9", "3", "3", "1", "1", "1", "현 원", "8", "3", "2", "1", "1", "1", "※ 기준일 현재"]
    header, lower, quota, actual, unread = _tables(lines)
    assert header == ("구 분", "계", "일 반 직", "", "", "임기제", "청원경찰")
    assert lower == ("", "", "세무", "사회복지", "조리", "", "")
    assert actual == ("현 원", "8", "3", "2", "1", "1", "1")
    assert unread == []


# a group's 계 beside its label -------------------------------------------------------------------------------------

FACILITIES = ("□ 체육시설 현황", "구 분", "개소", "면적(m²)", "체육시설", "계", "9", "52,400", "테니스장", "4",
              "12,400", "축구장", "5", "40,000", "□ 공용차량 - 총5대")


def test_a_groups_total_beside_its_label_heads_its_rows():
    """`체육시설 | 계` over `테니스장`, `축구장`, whose figures add up to its: the group's label and its total in the
    two label columns, its rows in the second (before, told unread)."""
    header, total, tennis, football, unread = _tables(list(FACILITIES))
    assert header == ("구 분", "", "개소", "면적(m²)")
    assert total == ("체육시설", "계", "9", "52,400")
    assert tennis == ("", "테니스장", "4", "12,400")
    assert football == ("", "축구장", "5", "40,000")
    assert unread == []


def test_a_groups_total_its_rows_do_not_add_up_to_is_not_read_so():
    lines = list(FACILITIES)
    lines[6] = "10"  # 4 + 5 is no 10
    *tables, unread = _tables(lines)
    assert tables == []
    assert unread == [1]


def test_a_headers_last_label_over_the_tables_total_stays_the_headers():
    """`구비` over `계`: the header's last label, then the table's total row, its rows adding up to it all the same
    (a group's 계 beside its label is asked only after the header fails over the 계 alone)."""
    lines = ["3. 예산현황", "(단위: 천원)", "세부사업", "예산액", "집행액", "계", "국ㆍ시비", "구비",
             "계", "900,000", "300,000", "600,000", "450,000", "체납 관리", "500,000", "200,000", "300,000",
             "250,000", "세원 발굴", "400,000", "100,000", "300,000", "200,000", "Ⅱ. 주요업무 추진실적"]
    header, lower, total, *rows, unread = _tables(lines)
    assert header == ("세부사업", "예산액", "", "", "집행액")
    assert lower == ("", "계", "국ㆍ시비", "구비", "")
    assert total == ("계", "900,000", "300,000", "600,000", "450,000")
    assert rows == [("체납 관리", "500,000", "200,000", "300,000", "250,000"),
                    ("세원 발굴", "400,000", "100,000", "300,000", "200,000")]
    assert unread == []


# labels wrapped, their first lines printed first ---------------------------------------------------------------------

def test_labels_wrapped_print_their_first_lines_first():
    """`민원 | 처리 | 평균` over `접수 | 완료 | 처리일`: a header of twice the figures' labels and the rows' is each
    upper label over one lower, the only way the count fits (before, told unread)."""
    lines = ["○ 민원 처리 결과", "(단위: 건, 일)", "구 분", "민원", "처리", "평균", "접수", "완료", "처리일",
             "계", "120", "110", "3.5", "여권", "70", "66", "2.0", "가족관계", "50", "44", "5.6", "□ 향후계획"]
    header, lower, total, *rows, unread = _tables(lines)
    assert header == ("구 분", "민원", "처리", "평균")
    assert lower == ("", "접수", "완료", "처리일")
    assert total == ("계", "120", "110", "3.5")
    assert rows == [("여권", "70", "66", "2.0"), ("가족관계", "50", "44", "5.6")]
    assert unread == []


def test_a_header_of_one_row_over_a_row_of_no_label_is_no_wrapped_header():
    """`사 업 명 | 예 산 액 | 집 행 액 | 집행률(%)` over `기본경비`'s figures after a page break: the count of a
    header of one row and a row's label, never `집행률(%) | 기본경비` under the first three."""
    lines = ["2025년 주요업무 보고", "- 2 -", "사 업 명", "예 산 액", "집 행 액", "집행률(%)", "기본경비", "28,400",
             "11,360", "40.0", "Ⅱ. 주요업무 추진실적", "1 생활체육 활성화 (체육진흥팀)"]
    assert all(row[1:3] != ("집행률(%)", "기본경비") for row in _tables(lines)[:-1])


def test_a_narrower_table_after_a_page_break_is_a_table_of_its_own():
    """A table below a page break whose header is the first columns of the one above (`구 분 | 계` after `구 분 |
    계 | 국 비 | 시 비`): no column of the above's is missing from it, so it goes on as a table of its own (before,
    asking for a merged column raised IndexError past its last label)."""
    above = Table(rows=(("구 분", "계", "국 비", "시 비"), ("예산액", "300", "100", "200")), line=1)
    below = Table(rows=(("구 분", "계"), ("집행액", "120")), line=9)
    blocks: list = [above]
    add_table(blocks, below, True)
    assert [block.rows for block in blocks] == [above.rows, below.rows]


# a special vehicle's kinds after the sizes ---------------------------------------------------------------------------

FLEET = ["□ 공용차량 - 총 9대", "(단위: 대)", "구 분", "계", "승 용", "화 물", "특 수", "소형", "중형", "소형", "중형",
         "청소차", "굴착기", "계", "9", "1", "2", "2", "1", "2", "1", "관 용", "8", "1", "2", "1", "1", "2", "1",
         "임 차", "1", "-", "-", "1", "-", "-", "-", "4 예산현황"]


def test_a_special_vehicles_kinds_after_the_sizes_are_its_group():
    """`특 수` over `청소차 | 굴착기` after `소형 | 중형` twice: kinds naming no size right after the sizes start a
    group, the one the upper row's `특 수` stands over (before, told unread)."""
    header, lower, *rows, unread = _tables(list(FLEET))
    assert header == ("구 분", "계", "승 용", "", "화 물", "", "특 수", "")
    assert lower == ("", "", "소형", "중형", "소형", "중형", "청소차", "굴착기")
    assert rows[0] == ("계", "9", "1", "2", "2", "1", "2", "1")
    assert unread == []


def test_a_special_vehicles_kinds_give_their_counts(tmp_path):
    report = read_report(tmp_path, *FLEET)
    assert [(c.category, c.kind, c.count) for c in report.vehicles[0].counts if c.category == "관용"] == [
        ("관용", "소계", 8), ("관용", "승용 소형", 1), ("관용", "승용 중형", 2), ("관용", "화물 소형", 1),
        ("관용", "화물 중형", 1), ("관용", "특수 청소차", 2), ("관용", "특수 굴착기", 1)]
    assert unread_messages(report) == []


def test_kinds_naming_no_size_under_no_special_category_are_no_group():
    """The same labels under `승 합` in place of `특 수`: only a special vehicle's kinds name no size."""
    lines = [label if label != "특 수" else "승 합" for label in FLEET]
    *tables, unread = _tables(lines)
    assert tables == []
    assert unread == [2]


def test_a_series_is_named_alone_with_or_without_its_jik():
    assert [is_series(label) for label in ("행정", "전산직", "사서 직렬", "사회복지", "방 호")] == [True] * 5
    assert [is_series(label) for label in ("일반직", "기능직", "5급", "본청", "행정6급", "소 계")] == [False] * 6
