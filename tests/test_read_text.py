"""Text readers: encodings, line endings, markdown or none, and tables tab-separated, `|` or space-aligned."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractors import extract_report
from pipeline.document import Bullet, Heading, Paragraph, Table
from pipeline.errors import ReportError
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.records import records_data
from tests.layouts import (
    LAYOUTS,
    LINE_PER_PARAGRAPH,
    pandoc_escaped,
    space_aligned,
    space_aligned_letter_spaced,
    without_blank_lines,
    without_markdown,
)

REPORT = """제300회 한빛구의회 제1차 정례회

# 2024년 주요업무 보고

**□ 사업개요**

○ 노후 시설 개선
  - 별관 대강당 영상시설 조달구매: 4월 / 95,700천원
    · 세부 내용 하나
  - 우리은행 건물 옥상 방수공사  
계속되는 줄
○ 근무환경 개선

(단위: 천원)

구 분\t예산액\t집행액
계\t1,000\t500
"""


def blocks(text: str, encoding: str = "utf-8"):
    return read_text("t.txt", text.encode(encoding)).blocks


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "euc-kr", "utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_encodings_and_line_endings_give_the_same_document(encoding, newline):
    assert blocks(REPORT.replace("\n", newline), encoding) == blocks(REPORT)


def test_blocks_of_a_converter_report():
    got = blocks(REPORT)
    assert got[0] == Paragraph("제300회 한빛구의회 제1차 정례회", line=1)
    assert got[1] == Heading("2024년 주요업무 보고", 1, "", line=3)
    assert got[2] == Heading("사업개요", 0, "□", line=5)
    assert [(b.depth, b.marker, b.text) for b in got[3:8]] == [
        (0, "○", "노후 시설 개선"),
        (1, "-", "별관 대강당 영상시설 조달구매: 4월 / 95,700천원"),
        (2, "·", "세부 내용 하나"),
        (1, "-", "우리은행 건물 옥상 방수공사 계속되는 줄"),  # a hard break continues the item
        (0, "○", "근무환경 개선"),
    ]
    assert got[8] == Table((("구 분", "예산액", "집행액"), ("계", "1,000", "500")), unit="천원", line=16)


def test_text_with_no_blank_lines_has_one_paragraph_a_line():
    cover = "제300회 한빛구의회 제1차 정례회\n2024. 6. 11. ~ 6. 25.\n2024년 주요업무 보고\n청 소 과\n"
    assert [b.text for b in blocks(cover)] == [
        "제300회 한빛구의회 제1차 정례회", "2024. 6. 11. ~ 6. 25.", "2024년 주요업무 보고", "청 소 과"]
    report = read_text("t.txt", (cover + "Ⅰ. 일반현황\n1 조 직\n청 소 과 - ( 3 )개팀\n").encode())
    assert extract_report(report).document.department == "청소과"
    # with blank lines between paragraphs, a paragraph's lines are wrapped text
    assert [b.text for b in blocks("첫 줄\n이어지는 줄\n\n다음 문단\n")] == ["첫 줄 이어지는 줄", "다음 문단"]
    # but a bullet's text wrapped onto a line indented under it goes on there
    bullets = "  ○ 쉼터 운영 : 2개소, 인지강화 프로그램과\n    가족 자조모임 운영\n  ○ 검진\n  본문\n"
    assert [b.text for b in blocks(bullets)] == ["쉼터 운영 : 2개소, 인지강화 프로그램과 가족 자조모임 운영", "검진", "본문"]


@pytest.mark.parametrize(("printed", "unit", "basis"), [
    ("(단위: 천원)", "천원", None), ("（단위：천원）", "천원", None), ("[단위 : 천원]", "천원", None),
    ("<단위: 천원>", "천원", None), ("단위: 천원", "천원", None), ("※ 단위: 천원", "천원", None),
    ("(단위: 백만원, %)", "백만원, %", None), ("(단위: 천원, 5.31.기준)", "천원", "5.31.기준"),
    ("(2025. 5. 31. 기준, 단위: 천원)", "천원", "2025. 5. 31. 기준"),
])
def test_the_unit_above_a_table_however_it_is_printed(printed, unit, basis):
    (table,) = blocks(f"{printed}\n\n구분\t예산액\n계\t1,000\n")
    assert (table.unit, table.basis) == (unit, basis)



@pytest.mark.parametrize("printed", ["(2025. 5. 31. 기준)\n(단위: 명)", "(2025. 5. 31. 기준)\n\n(단위: 명)",
                                     "<2025. 5. 31. 기준>\n\n(단위: 명)", "(2025. 5. 31. 기준)"])
def test_a_date_on_a_line_of_its_own_above_a_table_is_its_basis_not_a_paragraph(printed):
    heading, table = blocks(f"2 인 력\n\n{printed}\n\n구분\t정원\n계\t3\n")
    assert (heading.text, table.basis) == ("2 인 력", "2025. 5. 31. 기준")
    _, date, _ = blocks("2 인 력\n\n(2025. 5. 31. 기준)\n\n다음 문단\n")  # no table below it: a paragraph
    assert date.text == "(2025. 5. 31. 기준)"

def test_a_unit_at_the_end_of_a_heading_and_words_that_only_look_like_one():
    heading, table = blocks("## 4 예산현황 (단위: 천원)\n\n구분\t예산액\n계\t1,000\n")
    assert (heading.text, table.unit) == ("4 예산현황", "천원")
    paragraph, item, table = blocks("단위 천원\n\n- 단위사업: 청사 관리\n\n구분\t예산액\n계\t1,000\n")
    assert (paragraph.text, item.text, table.unit) == ("단위 천원", "단위사업: 청사 관리", None)


def test_undecodable_bytes_are_refused_by_name():
    with pytest.raises(ReportError) as err:
        read_text("bad.txt", b"\x80\x81\xff " * 50)
    assert str(err.value) == "bad.txt: cannot decode the text: neither UTF-8 nor CP949/EUC-KR"
    for empty in (b"  \n", "\ufeff \r\n".encode("utf-8"), "\ufeff".encode("utf-16")):
        with pytest.raises(ReportError, match="^empty.txt: empty file$"):
            read_text("empty.txt", empty)
    with pytest.raises(ReportError, match="binary data"):
        read_text("bin.txt", b"\x00\x01abc")


@pytest.mark.parametrize("encoding", ["utf-8", "cp949"])
def test_a_few_stray_nul_bytes_are_dropped_and_the_rest_read(encoding):
    """A converter's stray NUL byte (in a line, at a line's end, padding the file's end) is dropped: the document
    is the one without it, and the lines it stood on are kept for the `repair.nul_bytes` finding."""
    data = REPORT.encode(encoding)
    lines = data.split(b"\n")
    lines[2] = lines[2].replace(b"2024", b"20\x0024")  # `# 2024년 주요업무 보고`
    with_nuls = b"\n".join(lines) + b"\x00"
    document = read_text("t.txt", with_nuls)
    assert document.blocks == blocks(REPORT)
    assert document.nul_lines == [3, 18]
    assert read_text("t.txt", data).nul_lines == []


def test_nul_bytes_of_one_percent_or_more_or_with_no_text_around_them_are_binary():
    for binary in (b"\x00\x01abc", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2, REPORT.encode()[:297] + b"\x00" * 3):
        with pytest.raises(ReportError, match="^bin.txt: binary data, not a text report$"):
            read_text("bin.txt", binary)
    hangul = ("가" * 33).encode()  # 99 bytes
    assert read_text("t.txt", hangul + b"a\x00").nul_lines == [1]  # 1 of 101 bytes: under 1%
    with pytest.raises(ReportError, match="binary data"):
        read_text("t.txt", hangul + b"\x00")  # 1 of 100


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=3))
def test_nul_bytes_put_between_characters_change_nothing_read(places):
    """A few NUL bytes anywhere between characters: the same blocks, each byte's line named."""
    data = REPORT.encode()
    starts = [at for at in range(len(data) + 1) if at == len(data) or data[at] < 0x80 or data[at] >= 0xC0]
    chosen = sorted(starts[place % len(starts)] for place in places)
    with_nuls = b"".join(data[a:b] + b"\x00" for a, b in zip([0, *chosen], chosen, strict=False)) + data[chosen[-1]:]
    document = read_text("t.txt", with_nuls)
    assert document.blocks == blocks(REPORT)
    assert document.nul_lines == [data.count(b"\n", 0, at) + 1 for at in chosen]


def test_markdown_escapes_as_pandoc_writes_them():
    """pandoc escapes what would be markup: a numbered title (`1\\.`), a dash that is no list (`\\-`), a tilde
    (`\\~`), brackets; a pipe inside a cell (`\\|`) stays the pipe table's to read."""
    got = blocks("1\\. 청사 관리 (총무팀)\n\n○ 외벽 보수 : 2월\\~3월\n\n\\- 하위 항목 \\[국비\\]\n\n"
                 "| 구 분 | 내 용 |\n|---|---|\n| A \\| B | 5 |\n")
    assert [(type(b).__name__, getattr(b, "text", None) or getattr(b, "rows", None)) for b in got] == [
        ("Paragraph", "1. 청사 관리 (총무팀)"), ("Bullet", "외벽 보수 : 2월~3월"), ("Bullet", "하위 항목 [국비]"),
        ("Table", (("구 분", "내 용"), ("A | B", "5")))]
    # and its attributes: a heading's identifier, an underline as a span
    got = blocks("# Ⅱ. 주요업무 추진실적 {#주요업무 .unnumbered}\n\n○ [정원 감축]{.underline} 대응 {검토}\n")
    assert [b.text for b in got] == ["Ⅱ. 주요업무 추진실적", "정원 감축 대응 {검토}"]


def test_pipe_tables_drop_separator_rows_and_keep_blank_merged_cells():
    (table,) = blocks("| 구 분 | 계 | 일반직 | |\n|---|:-:|---|---|\n| | | 5급 | 6급 |\n| 정 원 | 3 | 1 | 2 |\n")
    assert table.rows == (("구 분", "계", "일반직", ""), ("", "", "5급", "6급"), ("정 원", "3", "1", "2"))


def test_page_numbers_and_form_feeds_are_dropped():
    got = blocks("첫 쪽 내용\n\n- 1 -\n\f둘째 쪽 내용\n")
    assert [(b.text, b.line) for b in got] == [("첫 쪽 내용", 1), ("둘째 쪽 내용", 4)]  # lines as an editor counts


def test_bullet_marks_of_korean_word_processors():
    got = blocks("□ 사업개요\n\n∙ 총무∙인사 업무\n▸ 하나\n◈ 둘\n")
    assert [(b.marker, b.depth, b.text) for b in got[1:]] == [("·", 0, "총무·인사 업무"), ("▸", 1, "하나"), ("◈", 2, "둘")]
    # a wrapped line that starts with a syllable and a bracket (`등) 39종`) is no lettered item: only 가 나 다 …
    got = blocks("○ 대상: 공통시스템 48종, 구 자체 시스템(행정포털, 통합메시지시스템\n  등) 39종\n○ 다음\n")
    assert [b.text for b in got] == ["대상: 공통시스템 48종, 구 자체 시스템(행정포털, 통합메시지시스템 등) 39종", "다음"]
    # each its own bullet, not a line the bullet above goes on onto
    got = blocks("□ 추진실적\n\n○ 청사 보수\n  ∘ 외벽 도장 : 4월\n    → 만족도 85% 달성\n"
                 "○ 점검\n  가) 세부 : 6월\n  (나) 세부 : 7월\n○ 단계\n  ❶ 1단계 : 5월\n  \uf0a7 기호 글꼴의 표\n")
    assert [(b.marker, b.depth, b.text) for b in got[1:]] == [
        ("○", 0, "청사 보수"), ("∘", 1, "외벽 도장 : 4월"), ("→", 2, "만족도 85% 달성"), ("○", 0, "점검"),
        ("가)", 1, "세부 : 6월"), ("(나)", 2, "세부 : 7월"), ("○", 0, "단계"), ("❶", 1, "1단계 : 5월"),
        ("\uf0a7", 2, "기호 글꼴의 표")]


STAFFING_ALIGNED = """  구 분    계            일 반 직                관 리 운 영 직        별 정 직 · 임 기 제
                5급   6급   7급   8급   9급   6급   7급   8급   9급   6급   7급   8급   9급
  정 원    50     1     6    19     6    13     -     -     -     -     1     2     2     -
  현 원    51     1    13    20    10     2     1     -     -     -     1     3     -     -
  과부족    1     -     7     1     4   △11     1     -     -     -     -     1    △2     -
"""
STAFFING_GRID = (
    ("구 분", "계", "일 반 직", "", "", "", "", "관 리 운 영 직", "", "", "", "별 정 직 · 임 기 제", "", "", ""),
    ("", "", "5급", "6급", "7급", "8급", "9급", "6급", "7급", "8급", "9급", "6급", "7급", "8급", "9급"),
    ("정 원", "50", "1", "6", "19", "6", "13", "-", "-", "-", "-", "1", "2", "2", "-"),
    ("현 원", "51", "1", "13", "20", "10", "2", "1", "-", "-", "-", "1", "3", "-", "-"),
    ("과부족", "1", "-", "7", "1", "4", "△11", "1", "-", "-", "-", "-", "1", "△2", "-"),
)
VEHICLES_ALIGNED = """  총 계                 승 용                            승 합                        화 물                      특수차            임시 소 계
          소 계   소형· 다목적   중형   대형   소 계   소형   중형   대형   소 계   소형   중형   대형   소 계   청소차   구급차        기타
    236      65             17     46      2      28      0     28      0      78     55     17      6      41       27        1   13      24
"""
VEHICLES_GRID = (
    ("총 계", "승 용", "", "", "", "승 합", "", "", "", "화 물", "", "", "", "특수차", "", "", "임시 소 계", ""),
    ("", "소 계", "소형· 다목적", "중형", "대형", "소 계", "소형", "중형", "대형", "소 계", "소형", "중형", "대형",
     "소 계", "청소차", "구급차", "", "기타"),
    ("236", "65", "17", "46", "2", "28", "0", "28", "0", "78", "55", "17", "6", "41", "27", "1", "13", "24"),
)
BUILDINGS_ALIGNED = """  구 분                  대지 (m²)   건물 (m²)         규 모                           준공일자                                                                                                               비 고
  본 관   계                 7,622      15,667
          본 관              7,622       9,682   지하3층 ~ 지상6층   1976. 1. 5.
          보 건 소                       5,600   지하1층 ~ 지상6층   1994. 9. 1.
          부속건물                         385   지상2층             1997. 3. 26.                                   - 1층: 우리은행 - 2층: 통합일자리지원센터
  별 관   별 관              8,730       5,549   지하1층 ~ 지상6층   2002. 2. 19. (2018. 6. 2. 2020. 10. 5. 증축)   - 지하1층: 늘푸름학교, 서고 - 1층: 일자리경제과, 교통행정과, 보육지원과 - 2층: 청소과, 복지정책과 - 3층: 정원도시과, 환경과, 가로경관과 - 4층: 생활보장과 - 5층: 강당 - 6층: 아동청소년과
          주 차 문화과       2,940         616   지상1층             1998. 3. 13.                                   ※ 주차문화과 자체 관리 (특별기금 운용)
"""


@pytest.mark.parametrize(("text", "grid"), [(STAFFING_ALIGNED, STAFFING_GRID), (VEHICLES_ALIGNED, VEHICLES_GRID)])
def test_space_aligned_tables_give_the_converter_grid(text, grid):
    (table,) = blocks(text)
    assert table.rows == grid


def test_space_aligned_table_with_merged_row_labels_and_blank_cells():
    (table,) = blocks(BUILDINGS_ALIGNED)
    assert table.rows[0][:4] == ("구 분", "", "대지 (m²)", "건물 (m²)")
    assert table.rows[1][:4] == ("본 관", "계", "7,622", "15,667")
    assert table.rows[3][:5] == ("", "보 건 소", "", "5,600", "지하1층 ~ 지상6층")
    assert table.rows[5][1] == "별 관" and table.rows[5][6].startswith("- 지하1층")


WORDS_ALIGNED = """  구분        도시명
  국내(6개)   경남 고성군, 전남 영암군, 충남 청양군
  국외(4개)   중국 문두구구, 일본 기시와다시
"""


def test_space_aligned_table_of_words_alone():
    (table,) = blocks(WORDS_ALIGNED)
    assert table.rows == (("구분", "도시명"), ("국내(6개)", "경남 고성군, 전남 영암군, 충남 청양군"),
                          ("국외(4개)", "중국 문두구구, 일본 기시와다시"))
    (table,) = blocks("  구 분   명 칭          비 고\n  시 설   정보화교육장   전산운영팀\n  장 비                  대림3동\n")
    assert table.rows == (("구 분", "명 칭", "비 고"), ("시 설", "정보화교육장", "전산운영팀"), ("장 비", "", "대림3동"))


WRAPPED_LABELS = """   단위사업명            예산액       집행액
   계                     3,000        1,200
   청소행정 지원 및
   시설 관리              1,000          400
   깨끗한 거리 조성 및    1,500          600
   녹지 관리
   기본경비                 500          200
   주민 참여
"""


def test_a_row_label_wrapped_onto_a_line_of_its_own_stays_with_its_row():
    table, after = blocks(WRAPPED_LABELS + "\n다음 문단\n")
    assert table.rows == (("단위사업명", "예산액", "집행액"), ("계", "3,000", "1,200"),
                          ("청소행정 지원 및 시설 관리", "1,000", "400"), ("깨끗한 거리 조성 및 녹지 관리", "1,500", "600"),
                          ("기본경비 주민 참여", "500", "200"))
    assert [table.row_line(k) for k in range(5)] == [1, 2, 3, 5, 7]  # each row from the line it starts on
    assert after.text == "다음 문단"


def test_a_wrapped_label_on_the_first_row_of_figures():
    (table,) = blocks("   단위사업명            예산액       집행액\n   청소행정 지원 및\n"
                      "   시설 관리              1,000          400\n   계                     1,000          400\n")
    assert table.rows == (("단위사업명", "예산액", "집행액"), ("청소행정 지원 및 시설 관리", "1,000", "400"),
                          ("계", "1,000", "400"))



def test_a_wrapped_label_ending_in_a_qualifying_verb_goes_on_below_it():
    (table,) = blocks("  단위사업명              예산액       집행액\n  구정목표 달성을 위한     1,426,041      383,666\n"
                      "  조직운영\n  기본경비                    80,000            0\n")
    assert table.rows == (("단위사업명", "예산액", "집행액"), ("구정목표 달성을 위한 조직운영", "1,426,041", "383,666"),
                          ("기본경비", "80,000", "0"))


def test_a_label_centred_on_its_row_keeps_its_lines_above_and_below_the_figures():
    # `pdftotext -layout` of a PDF cell centred in a row two lines tall: one line of the label over the row's
    # figures, one under them; the line under them is no row of its own
    (table,) = blocks("  단위사업명            예산액      집행액\n  계                 5,207,845   2,953,136\n"
                      "  쾌적한 행정환경\n                     3,701,804   2,569,470\n  조성\n  구정목표 달성을\n"
                      "                     1,426,041     383,666\n  위한 조직운영\n  기본경비              80,000           0\n")
    assert table.rows == (("단위사업명", "예산액", "집행액"), ("계", "5,207,845", "2,953,136"),
                          ("쾌적한 행정환경 조성", "3,701,804", "2,569,470"),
                          ("구정목표 달성을 위한 조직운영", "1,426,041", "383,666"), ("기본경비", "80,000", "0"))


GROUP_HEADER = """                                {}
  단위사업명                계          국비        시비         구비         집행액    집행률(%)
  총      계           5,780,000     1,000,000     780,000    4,000,000    2,312,000       40.0
  공원 관리            1,500,000             -      80,000    1,420,000      600,000       40.0
"""


@pytest.mark.parametrize("label", ["             예산액", "          예    산    액"])
def test_a_group_label_alone_on_a_line_over_the_header_heads_the_columns_it_is_centred_on(label):
    # a merged header cell as `pdftotext -layout` prints it, written plainly or spread over its cell; the labels
    # merged down the header and printed low beside its group (`단위사업명`, `집행액`) go to its first row, as
    # where they are printed between its lines, which shows where the group ends
    (table,) = blocks(GROUP_HEADER.format(label))
    assert table.rows[:2] == (("단위사업명", "예산액", "", "", "", "집행액", "집행률(%)"),
                              ("", "계", "국비", "시비", "구비", "", ""))


def test_labels_merged_down_the_header_centred_between_its_lines_are_one_row_with_the_group_label():
    # a PDF's merged cells centred on a two-row header: 단위사업명, 집행액 and 집행률 on a line of their own
    lines = GROUP_HEADER.format("             예산액").splitlines()
    header = ["  단위사업명                                                                  집행액    집행률(%)",
              "                            계          국비        시비         구비"]
    (table,) = blocks("\n".join([lines[0], *header, *lines[2:]]) + "\n")
    assert table.rows[:2] == (("단위사업명", "예산액", "", "", "", "집행액", "집행률(%)"),
                              ("", "계", "국비", "시비", "구비", "", ""))

# The buildings as `pdftotext -layout` prints them from a PDF ruled with horizontal lines alone: cells wrapped over
# two lines centred on their row, header labels centred over three lines, group labels printed down a narrow cell.
WRAPPED_CELLS = """ 구                    대지         건물
                                                  규 모                 준공일자                      비 고
 분                   (m²)         (m²)
       계            7,622       15,667
                                             지하3층 ~
       본 관         7,622       9,682                        1976. 1. 5.
본                                            지상6층
관                                            지하1층 ~
       보 건 소                  5,600                        1994. 9. 1.
                                              지상6층
       부속건물                  385          지상2층         1997. 3. 26.                   - 1층: 우리은행
                                              지하1층 ~       2002. 2. 19. (2018. 6. 2.      - 지하1층: 서고
       별 관         8,730       5,549
별                                            지상6층         2020. 10. 5. 증축)             - 6층: 아동청소년과
관     주 차
                     2,940       616          지상1층         1998. 3. 13.                   ※ 자체 관리
      문화과
"""


WRAPPED_CELLS_GRID = (
    ("구 분", "", "대지 (m²)", "건물 (m²)", "규 모", "준공일자", "비 고"),
    ("본 관", "계", "7,622", "15,667", "", "", ""),
    ("", "본 관", "7,622", "9,682", "지하3층 ~ 지상6층", "1976. 1. 5.", ""),
    ("", "보 건 소", "", "5,600", "지하1층 ~ 지상6층", "1994. 9. 1.", ""),
    ("", "부속건물", "", "385", "지상2층", "1997. 3. 26.", "- 1층: 우리은행"),
    ("별 관", "별 관", "8,730", "5,549", "지하1층 ~ 지상6층", "2002. 2. 19. (2018. 6. 2. 2020. 10. 5. 증축)",
     "- 지하1층: 서고 - 6층: 아동청소년과"),
    ("", "주 차 문화과", "2,940", "616", "지상1층", "1998. 3. 13.", "※ 자체 관리"))


def test_cells_wrapped_over_several_lines_are_joined_to_their_rows():
    table, after = blocks(WRAPPED_CELLS + "\n다음 문단\n")
    assert table.rows == WRAPPED_CELLS_GRID
    assert [table.row_line(k) for k in range(len(table.rows))] == [1, 4, 5, 8, 11, 12, 15]  # where each starts
    assert after.text == "다음 문단"


def test_cells_wrapped_over_several_lines_in_rows_parted_by_blank_lines():
    lines = WRAPPED_CELLS.split("\n")  # a blank line below the header, 계, 보건소 and 부속건물
    tall = "\n".join([*lines[:3], "", lines[3], "", *lines[4:10], "", lines[10], "", *lines[11:]])
    table, after = blocks(tall + "\n다음 문단\n")
    assert table.rows == WRAPPED_CELLS_GRID
    assert [table.row_line(k) for k in range(len(table.rows))] == [1, 5, 7, 10, 14, 16, 19]
    assert after.text == "다음 문단"


TEXT_COLUMN_WRAPPED = (  # lines as the real report's buildings table laid out from a PDF at 9 pt, without vertical rules
    "      구 분       건물        규 모          준공일자                   비 고\n"
    "      부속건물     385        지상2층        1997. 3. 26.              - 1층: 우리은행 - 2층: 통합일자리지원센터\n"
    "                                                                        - 지하1층: 늘푸름학교, 서고 - 1층: 일자리경제과,"
    " 보육지원과 - 2층: 청소과,\n"
    "                              지하1층 ~      2002. 2. 19. (2018. 6.\n"
    "      별 관       5,549                                                 복지정책과 - 3층: 정원도시과, 환경과 - 6층:\n"
    "                              지상6층        2. 2020. 10. 5. 증축)     아동청소년과\n")


def test_a_long_line_of_a_column_of_text_goes_to_the_row_its_text_goes_on_in():
    """A cell centred on its row over more lines than the cells beside it (as a PDF without rules lays it
    out): its first line, long and starting `- ` in the column of text, is no paragraph and no bullet, and
    goes on in the row below it, not the nearer row above, whose cell ends."""
    (table,) = blocks(TEXT_COLUMN_WRAPPED)
    assert table.rows[1] == ("부속건물", "385", "지상2층", "1997. 3. 26.", "- 1층: 우리은행 - 2층: 통합일자리지원센터")
    assert table.rows[2] == ("별 관", "5,549", "지하1층 ~ 지상6층", "2002. 2. 19. (2018. 6. 2. 2020. 10. 5. 증축)",
                             "- 지하1층: 늘푸름학교, 서고 - 1층: 일자리경제과, 보육지원과 - 2층: 청소과, "
                             "복지정책과 - 3층: 정원도시과, 환경과 - 6층: 아동청소년과")


def test_a_group_label_going_on_below_its_last_row_onto_the_line_of_the_next_rows_label():
    """As a PDF without rules lays out 9 pt cells: `신` / `관` down the narrow group cell, its `관` below the
    group's row, on a line of its own above `주 민`, the first line of the next row's label."""
    text = (" 구                  대지       건물\n"
            "                                             규 모             준공일자\n"
            " 분                 (m²)       (m²)\n"
            "      계           5,100      12,300\n"
            "                                         지하2층 ~\n"
            "      본 청        5,100      9,000                     1980. 3. 2.\n"
            "본                                       지상5층\n"
            "청                                       지하1층 ~\n"
            "      의 회                   3,300                     1995. 7. 1.\n"
            "                                         지상4층\n"
            "                                         지하1층 ~      2005. 4. 9.\n"
            "      신 관        6,200      4,100\n"
            "신                                       지상6층        (2019. 8. 증축)\n"
            "관\n"
            "      주 민\n"
            "                   1,800        500        지상1층        1999. 5. 20.\n"
            "      쉼터\n")
    (table,) = blocks(text)
    assert table.rows == (
        ("구 분", "", "대지 (m²)", "건물 (m²)", "규 모", "준공일자"), ("본 청", "계", "5,100", "12,300", "", ""),
        ("", "본 청", "5,100", "9,000", "지하2층 ~ 지상5층", "1980. 3. 2."),
        ("", "의 회", "", "3,300", "지하1층 ~ 지상4층", "1995. 7. 1."),
        ("신 관", "신 관", "6,200", "4,100", "지하1층 ~ 지상6층", "2005. 4. 9. (2019. 8. 증축)"),
        ("", "주 민 쉼터", "1,800", "500", "지상1층", "1999. 5. 20."))


def test_a_line_below_a_table_joins_its_last_row_only_where_that_row_is_blank():
    table, *rest = blocks("   구 분     예산액     집행액     비 고\n   기본경비     500        200     본예산\n"
                          "   계         3,000      1,200\n                                   추경 포함\n   위 금액은\n\n")
    assert table.rows == (("구 분", "예산액", "집행액", "비 고"), ("기본경비", "500", "200", "본예산"),
                          ("계", "3,000", "1,200", "추경 포함"))
    assert [b.text for b in rest] == ["위 금액은"]
    table, *rest = blocks("   구 분     면적     비 고\n   본관       250     1층: 민원실,\n"
                          "                       2층: 세무과\n   위 면적은\n")  # the cell's text goes on below
    assert table.rows == (("구 분", "면적", "비 고"), ("본관", "250", "1층: 민원실, 2층: 세무과"))
    assert [b.text for b in rest] == ["위 면적은"]
    table, *rest = blocks("   구 분     예산액     집행액\n   계         3,000      1,200\n              기준\n")
    assert table.rows == (("구 분", "예산액", "집행액"), ("계", "3,000", "1,200"))
    assert [b.text for b in rest] == ["기준"]


def test_header_lines_are_one_row_only_where_each_column_prints_symmetrically_about_the_middle():
    """Over three lines, `구` and `분` above and below `규 모` are one row; over two lines a label on the first
    may be a group over the second's, so they stay rows of their own."""
    (table,) = blocks("   구                     비 고\n             예산액\n   분                     (A)\n"
                      "   계          3,000      본예산\n")
    assert table.rows == (("구 분", "예산액", "비 고 (A)"), ("계", "3,000", "본예산"))
    (table,) = blocks("   구 분     예산액     집행액\n             (A)        (B)\n   계         3,000      1,200\n")
    assert table.rows == (("구 분", "예산액", "집행액"), ("", "(A)", "(B)"), ("계", "3,000", "1,200"))
    (table,) = blocks(STAFFING_ALIGNED)
    assert table.rows[:2] == STAFFING_GRID[:2]


def test_rows_parted_by_blank_lines_are_one_table_where_they_line_up():
    """`pdftotext -layout` parts the rows of a table with tall rows by blank lines."""
    table, after = blocks("  단위사업명        예산액       집행액     집행률(%)\n\n  계             3,000,000    1,200,000        40.0\n\n"
                          "  청사 관리       2,000,000                     40.0\n\n  기본경비        1,000,000      400,000        40.0\n"
                          "\n다음 문단\n")
    assert table.rows == (("단위사업명", "예산액", "집행액", "집행률(%)"), ("계", "3,000,000", "1,200,000", "40.0"),
                          ("청사 관리", "2,000,000", "", "40.0"), ("기본경비", "1,000,000", "400,000", "40.0"))
    assert [table.row_line(k) for k in range(4)] == [1, 3, 5, 7]
    assert after.text == "다음 문단"
    apart = blocks("  구 분     예산액     집행액\n  계         3,000      1,200\n\n"
                   "  본문의 한 줄                         2024년  기준\n")  # not under the table's cells
    assert [type(b) for b in apart] == [Table, Paragraph]


def test_a_table_goes_on_over_a_page_break_past_the_page_number_and_running_header():
    text = ("2025년 주요업무 보고\n\n  단위사업명        예산액       집행액\n  계             3,000,000    1,200,000\n"
            "  청사 관리       2,000,000      800,000\n\n                 - 1 -\n\f2025년 주요업무 보고\n\n"
            "  기본경비        1,000,000      400,000\n\n다음 문단\n\n                 - 2 -\n\f2025년 주요업무 보고\n\n끝\n")
    title, table, *rest = read_text("x.txt", text.encode()).blocks
    assert title.text == "2025년 주요업무 보고"  # the cover's, on the first page
    assert table.rows == (("단위사업명", "예산액", "집행액"), ("계", "3,000,000", "1,200,000"),
                          ("청사 관리", "2,000,000", "800,000"), ("기본경비", "1,000,000", "400,000"))
    assert [table.row_line(k) for k in range(4)] == [3, 4, 5, 10]
    assert [b.text for b in rest] == ["다음 문단", "끝"]  # the running headers are gone
    apart = read_text("x.txt", text.replace("  기본경비        1,000,000      400,000", "기본경비 1,000,000").encode())
    assert [b.text for b in apart.blocks[2:]] == ["기본경비 1,000,000", "다음 문단", "끝"]


def test_a_table_goes_on_over_a_page_break_with_its_header_printed_again_or_not():
    aligned = ("  단위사업명        예산액       집행액\n  계             3,000,000    1,200,000\n"
               "  청사 관리       2,000,000      800,000\n\n - 1 -\n\f  단위사업명        예산액       집행액\n"
               "  기본경비        1,000,000      400,000\n")
    tabs = "단위사업명\t예산액\t집행액\n계\t3,000,000\t1,200,000\n청사 관리\t2,000,000\t800,000\n\n - 1 -\n\f" \
           "기본경비\t1,000,000\t400,000\n"
    for text in (aligned, tabs):
        (table,) = read_text("x.txt", text.encode()).blocks
        assert table.rows == (("단위사업명", "예산액", "집행액"), ("계", "3,000,000", "1,200,000"),
                              ("청사 관리", "2,000,000", "800,000"), ("기본경비", "1,000,000", "400,000"))
        assert [table.row_line(k) for k in range(4)] == [1, 2, 3, 7 if text is aligned else 6]
    for text in (aligned.replace("\f", ""), tabs.replace("\f", "")):  # a page number alone parts the pages
        (table,) = read_text("x.txt", text.encode()).blocks
        assert table.rows[-1] == ("기본경비", "1,000,000", "400,000")
    two_tables = tabs.replace("기본경비\t1,000,000\t400,000", "구 분\t명 칭\t비 고\n시 설\t교육장\t-")
    assert len(read_text("x.txt", two_tables.encode()).blocks) == 2  # a header of its own: another table


def test_a_paragraph_wrapped_onto_the_next_page_goes_on_there_where_its_line_runs_the_width():
    text = ("총 무 과\n\n                 - 1 -\n\f보고 순서\n\n"  # short lines: a paragraph each
            "청사 시설물을 안전하고 쾌적하게 유지·관리하고 공간을 효율적으로 조성하여 국민에게 더\n\n"
            "                 - 2 -\n\f좋은 행정서비스를 제공하고자 함\n\n"
            "직원 업무 환경을 개선하고 청사를 찾는 주민에게 더 나은 서비스를 제공하고자 함\n\n"
            "                 - 3 -\n\f새 문단은 여기서\n\n1 행복한 일터를 위한 직원 후생복지제도 운영 교육후생팀\n\n"
            "                 - 4 -\n\f직원별 선호를 반영한 후생복지제도를 운영하고자 함\n")
    assert [b.text for b in read_text("x.txt", text.encode()).blocks] == [
        "총 무 과", "보고 순서", "청사 시설물을 안전하고 쾌적하게 유지·관리하고 공간을 효율적으로 조성하여 국민에게 더 좋은 "
        "행정서비스를 제공하고자 함", "직원 업무 환경을 개선하고 청사를 찾는 주민에게 더 나은 서비스를 제공하고자 함",
        "새 문단은 여기서",  # a sentence ended: the next page starts a paragraph of its own
        "1 행복한 일터를 위한 직원 후생복지제도 운영 교육후생팀",  # a title: its purpose is a paragraph of its own
        "직원별 선호를 반영한 후생복지제도를 운영하고자 함"]


def test_a_bullet_wrapped_onto_the_next_page_goes_on_there():
    text = ("□ 주요 추진실적\n\n○ 노후 시설 개선\n  - 탐지시스템 운영: 3월~12월 /\n\n                 - 5 -\n"
            "\f    21,900천원\n  - 다음 항목: 4월\n\n                 - 6 -\n\f새 문단은 여기서\n")
    got = [(type(b).__name__, b.text) for b in read_text("x.txt", text.encode()).blocks]
    assert got == [("Heading", "주요 추진실적"), ("Bullet", "노후 시설 개선"),
                   ("Bullet", "탐지시스템 운영: 3월~12월 / 21,900천원"), ("Bullet", "다음 항목: 4월"),
                   ("Paragraph", "새 문단은 여기서")]  # at the margin: a paragraph of its own


def test_a_numbered_title_left_of_a_bullet_does_not_go_on_from_it():
    got = blocks(" ○ 합동점검 : 10월\n2. 치매안심센터 운영\n\n□ 사업개요\n ○ 기간 : 2025. 1. ~\n   2. 28.\n")
    assert [(type(b), b.text) for b in got] == [
        (Bullet, "합동점검 : 10월"), (Paragraph, "2. 치매안심센터 운영"), (Heading, "사업개요"),
        (Bullet, "기간 : 2025. 1. ~ 2. 28.")]  # indented under the bullet's text: wrapped


def test_pipe_tables_without_their_outer_pipes():
    text = ("구 분 | 계 | 5급\n--- | --- | ---\n정 원 | 7 | 7\n | 소 계 | 7\n\n민원종류 | 수수료\n등본 | 400원\n\n"
            "이 줄은 a | b 를 담은 문장\n\n두 줄 | 셋\n칸 수가 | 다른 | 줄\n")
    first, second, *rest = read_text("x.txt", text.encode()).blocks
    assert first.rows == (("구 분", "계", "5급"), ("정 원", "7", "7"), ("", "소 계", "7"))
    assert [first.row_line(k) for k in range(3)] == [1, 3, 4]
    assert second.rows == (("민원종류", "수수료"), ("등본", "400원"))
    assert [(type(b), b.text) for b in rest] == [(Paragraph, "이 줄은 a | b 를 담은 문장"),
                                                (Paragraph, "두 줄 | 셋 칸 수가 | 다른 | 줄")]  # cells that differ


def test_tables_ruled_with_dashes_as_pandoc_prints_them():
    simple = "  구 분      계   5급   6급\n  -------- ----- ----- -----\n  정 원       7     1     6\n  현 원       6     1     5\n"
    for text in (simple, f"  {'-' * 28}\n{simple}  {'-' * 28}\n"):
        (table,) = blocks(text + "\n다음 문단\n")[:1]
        assert table.rows == (("구 분", "계", "5급", "6급"), ("정 원", "7", "1", "6"), ("현 원", "6", "1", "5"))
    assert [type(b) for b in blocks("  제목  2025\n  -------- ----\n\n본문\n")] == [Paragraph, Paragraph]  # one row
    multiline = "\n".join([  # pandoc's multiline table: cells wrapped, rows parted by blank lines
        "  ------------------------------------------", "  구 분         대지      건물     규 모",
        "                (m²)      (m²)", "  ------------ -------- -------- ----------",
        "  본관           7,622    9,682   지하3층 ~", "                                  지상6층", "",
        "  보건소                  5,600   지하1층 ~", "                                  지상6층",
        "  ------------------------------------------", "", "다음 문단"])
    table, after = blocks(multiline)
    assert table.rows == (("구 분", "대지 (m²)", "건물 (m²)", "규 모"),  # its header's lines one row, as its rows'
                          ("본관", "7,622", "9,682", "지하3층 ~ 지상6층"), ("보건소", "", "5,600", "지하1층 ~ 지상6층"))
    assert [table.row_line(k) for k in range(3)] == [2, 5, 8]
    assert after.text == "다음 문단"
    long_cell = "\n".join([  # a cell wrapped over more lines than the others (a 비고)
        "  ---------------------------------------", "  구 분    건물     비 고", "  -------- -------- ---------------",
        "  별관     5,549    - 지하1층: 서고", "                    - 1층: 일자리경제과,", "                    교통행정과", "",
        "  주차장   616      ※ 자체 관리", "  ---------------------------------------", ""])
    (table,) = blocks(long_cell)
    assert table.rows == (("구 분", "건물", "비 고"), ("별관", "5,549", "- 지하1층: 서고 - 1층: 일자리경제과, 교통행정과"),
                          ("주차장", "616", "※ 자체 관리"))


def test_a_numbered_heading_right_below_a_table_is_no_row_label():
    got = blocks("   구 분     예산액     집행액\n   계         3,000      1,200\n   3 주요시설\n\n   본문\n")
    assert got[0].rows == (("구 분", "예산액", "집행액"), ("계", "3,000", "1,200"))
    assert [b.text for b in got[1:]] == ["3 주요시설", "본문"]


def test_a_short_line_below_a_table_that_text_goes_on_from_is_no_row_label():
    text_below = blocks("   구 분     예산액     집행액\n   계         3,000      1,200\n   위 금액은\n   5월 말 기준임\n")
    assert text_below[0].rows == (("구 분", "예산액", "집행액"), ("계", "3,000", "1,200"))
    assert [b.text for b in text_below[1:]] == ["위 금액은", "5월 말 기준임"]  # a line a paragraph: no blank lines


LETTER_SPACED = """   사  업  명       예산액       국비       집행액       집행률(%)
   합  계           3,210,000    500,000    1,020,000         31.8
   대기질 개선      2,000,000    500,000      700,000         35.0
   생활환경 관리    1,210,000          -      320,000         26.4
"""


def test_labels_letter_spaced_two_spaces_apart_are_one_cell():
    (table,) = blocks(LETTER_SPACED)
    assert table.rows == (("사 업 명", "예산액", "국비", "집행액", "집행률(%)"),
                          ("합 계", "3,210,000", "500,000", "1,020,000", "31.8"),
                          ("대기질 개선", "2,000,000", "500,000", "700,000", "35.0"),
                          ("생활환경 관리", "1,210,000", "-", "320,000", "26.4"))
    (table,) = blocks("   구 분    계    남  여\n   정 원    10     6   4\n   현 원     9     5   4\n")
    assert table.rows[0] == ("구 분", "계", "남", "여")  # two columns of figures under them: two labels


def test_labels_spread_over_their_cells_are_one_cell():
    spread = ("   구     분    대 지    비        고\n   본        관   7,622   우리은행\n"
              "   주 차 문화과      616\n   보   건   소      500   보건소 자체 관리\n")
    (table,) = blocks(spread)
    assert table.rows == (("구 분", "대 지", "비 고"), ("본 관", "7,622", "우리은행"), ("주 차 문화과", "616", ""),
                          ("보 건 소", "500", "보건소 자체 관리"))
    (table,) = blocks("   구      분     계    일반직\n   정 원         50        45\n   현 원         51        46\n")
    assert table.rows[0] == ("구 분", "계", "일반직")  # `분` nearer the next column, `계` its own label


def test_a_label_right_of_every_row_heads_a_blank_column():
    (table,) = blocks("   구  분    정 원    현 원    과부족    비 고\n   계           24       22        △2\n"
                      "   5급           1        1         -\n")
    assert table.rows == (("구 분", "정 원", "현 원", "과부족", "비 고"), ("계", "24", "22", "△2", ""),
                          ("5급", "1", "1", "-", ""))


def test_paragraph_lines_with_double_spaces_are_no_table():
    justified = ("  청사 시설물을  안전하고 쾌적하게 유지\n  관리하고 공간을 효율적으로  조성하여\n"  # gaps apart
                 "  국민에게  더 좋은 행정서비스와\n  직원들의  업무 환경을 제공하고자 함\n"  # the same gap, two wide
                 "\n다음 문단\n")
    assert [type(b) for b in blocks(justified)] == [Paragraph, Paragraph]
    crossing = ("  구 분   명 칭          비 고\n  시 설   정보화교육장   전산운영팀\n"
                "  장 비   교육용 PC와 프린터 여러 대\n")  # the last row's words run across the blank column
    assert all(not isinstance(b, Table) for b in blocks(crossing))


def test_bullets_and_paragraphs_are_not_taken_for_aligned_tables():
    text = "○ 노후 시설 개선:  4월  /  95,700천원\n  - 세부:  3월  /  1,000천원\n\n공간을  조성하고자  함 2024\n"
    assert all(not isinstance(b, Table) for b in blocks(text))
    marks = "∘ 기    간 : 2023. 1. ~ 12.\n∘ 대    상 : 65세 이상   3,200명\n→ 결과   85%\n"
    assert [(type(b), b.text) for b in blocks(marks)] == [
        (Bullet, "기 간 : 2023. 1. ~ 12."), (Bullet, "대 상 : 65세 이상 3,200명"), (Bullet, "결과 85%")]


def test_headings_and_labels_spread_wide_are_not_taken_for_aligned_tables():
    text = ("   1. 조    직 : 3팀 (건강정책팀, 만성질환팀)\n   2. 인    력\n"
            "     직  렬     정 원     현 원\n     합  계       30        28\n     행  정        8         8\n"
            "   3. 차    량 : 총 3대\n   기    간 : 연중\n")
    got = blocks(text)
    assert [type(b) for b in got] == [Paragraph, Paragraph, Table, Paragraph, Paragraph]
    assert got[2].rows == (("직 렬", "정 원", "현 원"), ("합 계", "30", "28"), ("행 정", "8", "8"))
    assert got[3].text == "3. 차 량 : 총 3대"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_document_or_a_report_error(data):
    try:
        read_text("x.txt", data)
    except ReportError as exc:
        assert str(exc).startswith("x.txt: ")


TEXT_PIECES = st.sampled_from(["\t", "|", "  ", " ", "\n", "\r\n", "- ", "○ ", "· ", "□ ", "# ", "**", "① ", "Ⅱ. ",
                               "계", "정 원", "5급", "1,234", "△3", "-", "(단위: 천원)", "4월", "~", ".....", "\f",
                               "- 3 -", "일 반 직", "ㆍ", "가나다", "0", "      ", "지하3층 ~", "(2018.", "본", " | ",
                               "-------- -----", "2024년 주요업무 보고", "구  분", "사  업  명", "총      계", "남  여",
                               "비 고", "∘ ", "가) ", "등) ", "\\", "\\|", "\\- ", "{#id}", "[강조]{.u}",
                               "1. 조    직 : 3팀", "\uf0a7 "])


@settings(max_examples=500, deadline=None)
@given(st.lists(TEXT_PIECES, max_size=100).map("".join))
@example("|-")  # a `|` table of nothing but its rule
@example("**  |\n△3")  # a row, then a figure alone where a wrapped label would be
@example("정 원- 3 -")  # a header and its one row on one line, as pymupdf4llm prints a table it finds no rule in
def test_arbitrary_report_like_text_gives_a_document_or_a_report_error(text):
    try:
        document = read_text("x.txt", text.encode())
    except ReportError:
        return
    n_lines = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    for block in document.blocks:
        assert isinstance(block, Heading | Paragraph | Bullet | Table)
        if isinstance(block, Table):
            assert len({len(r) for r in block.rows}) == 1
            lines = [block.row_line(k) for k in range(len(block.rows))]  # each row on a line of its own
            if len(set(lines)) == 1:  # but a table printed on one line, its header and rows (pymupdf4llm's)
                lines = lines[:1]
            assert lines == sorted(set(lines)) and lines[0] >= 1 and lines[-1] <= n_lines


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_real_report_in_another_text_layout_gives_its_records(layout, real_report_path, real_report, tmp_path):
    text = LAYOUTS[layout](real_report_path.read_text(encoding="utf-8"))
    laid_out = tmp_path / "laid-out.txt"
    laid_out.write_text(text, encoding="utf-8")
    got, want = (records_data(r, with_sources=False) for r in (extract_file(laid_out), real_report))
    if layout in LINE_PER_PARAGRAPH:  # two items the report wraps over two lines are two items each there
        split = [len(_item_texts(p["items"])) - len(_item_texts(q["items"]))
                 for p, q in zip(got["projects"], want["projects"], strict=True)]
        assert split == [0, 0, 0, 0, 1, 1]
        for records in (got, want):
            for project in records["projects"]:
                project["items"] = " ".join(_item_texts(project.pop("items")))
    assert got == want


def _item_texts(items: list[dict]) -> list[str]:
    return [text for item in items for text in (item["text"], *_item_texts(item["children"]))]


def test_the_layouts_change_what_they_say():
    text = "## 2 인 력\n\n구 분\t계\t일반직\n정 원\t5\t5\n"
    assert space_aligned(text) == "## 2 인 력\n\n  구 분   계   일반직\n  정 원    5        5\n"
    assert without_markdown(text) == text[3:]
    assert without_blank_lines(text) == "## 2 인 력\n구 분\t계\t일반직\n정 원\t5\t5\n"
    assert pandoc_escaped("1. 제목\n- 항목: 2월~3월 [국비]\n") == "1\\. 제목\n\\- 항목: 2월\\~3월 \\[국비\\]\n"
    assert space_aligned_letter_spaced(text + "본 청 사\t10\t10\n") == (
        "## 2 인 력\n\n  구      분   계   일반직\n  정      원    5        5\n  본  청  사   10       10\n")


def test_a_long_numbered_title_wrapped_onto_the_next_line_goes_on_there():
    # `pdftotext -layout`: the title runs the text's width, its last words and the team on the line under it
    title, purpose = blocks(" ① 노후 청사 시설물 안전관리 및 근무환경 개선을 통한 쾌적하고 안전한\n"
                            "    청사 조성                                                 (청사관리팀)\n\n"
                            "   청사 시설물을 안전하게 관리하고자 함\n")
    assert (title.text, purpose.text) == ("노후 청사 시설물 안전관리 및 근무환경 개선을 통한 쾌적하고 안전한 청사 조성 (청사관리팀)",
                                          "청사 시설물을 안전하게 관리하고자 함")
    title, purpose = blocks(" ① 노후 청사 시설물 안전관리 및 근무환경 개선을 통한 쾌적하고 안전한 청사\n"
                            "    청사 시설물을 안전하게 관리하고자 함\n")  # a purpose right under a title is none of it
    assert purpose.text == "청사 시설물을 안전하게 관리하고자 함"


def test_a_bullet_indented_by_tabs_below_a_tab_table_is_no_row_of_it():
    table, bullet = blocks("구분\t계\t국비\n합계\t10\t5\n\t\t- 본관 승강기 교체\n")
    assert table.rows == (("구분", "계", "국비"), ("합계", "10", "5"))
    assert (bullet.text, bullet.marker) == ("본관 승강기 교체", "-")
    (table,) = blocks("구분\t계\t비고\n합계\t10\t\n\t\t신규 2\n")  # a cell alone in a later column goes on
    assert table.rows[-1] == ("", "", "신규 2")


def test_a_figure_right_against_its_column_widens_it():
    # statuses as rows under each class, from a PDF whose figures are right-aligned: the rows with a class label,
    # the most cells, make the columns from their narrow `9` and `3`; `△1` (its `△` drawn a column wider than it
    # is shown) and `-` end a column short of them
    (table,) = blocks("  구 분             계     6급\n            정 원    10     3\n   계       현 원     9     3\n"
                      "           과부족   △1      -\n")
    assert table.rows == (("구 분", "", "계", "6급"), ("", "정 원", "10", "3"), ("계", "현 원", "9", "3"),
                          ("", "과부족", "△1", "-"))


def test_unmarked_fields_at_one_indentation_are_paragraphs_of_their_own():
    # a list whose marks pdftotext -enc EUC-KR dropped: each field a paragraph (before, one), a wrapped value and a
    # field at another indentation still going on from the line above
    text = ("  □ 사업개요\n\n"
            "     기    간 : 2025. 1. ~ 12.\n"
            "     대    상 : 학교 주변 조리·판매업소\n"
            "              412개소\n"
            "     예    산 : 95,700천원\n"
            "       내 역 : 점검 수당\n\n")
    blocks = [b.text for b in read_text("t.txt", text.encode()).blocks if isinstance(b, Paragraph)]
    assert blocks == ["기 간 : 2025. 1. ~ 12.", "대 상 : 학교 주변 조리·판매업소 412개소", "예 산 : 95,700천원 내 역 : 점검 수당"]


def test_unmarked_plans_at_one_indentation_are_paragraphs_of_their_own():
    # an achievement's or plan's label, longer, set apart from its colon: before, the plans ran together, the last
    # one's months running from 8월 to 2월 and its amount the other's
    text = ("  □ 향후계획\n\n"
            "   2차 교체 : 8월~11월 / 720등 / 7억 6,500만원\n"
            "   중장기 교체 계획 수립 : 하반기\n"
            "   2021년 전면 교체 : ’21. 1월~2월 / 32억 1,000만원\n"
            "   회의 개최 10:00 참석\n\n")
    blocks = [b.text for b in read_text("t.txt", text.encode()).blocks if isinstance(b, Paragraph)]
    assert blocks == ["2차 교체 : 8월~11월 / 720등 / 7억 6,500만원", "중장기 교체 계획 수립 : 하반기",
                      "2021년 전면 교체 : ’21. 1월~2월 / 32억 1,000만원 회의 개최 10:00 참석"]
