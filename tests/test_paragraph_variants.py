"""Paragraphs in text without blank lines: wrapped at the text's right margin (plain `pdftotext`), or one a line
as long as its text (hwp5txt)."""

from extractors import extract_report
from pipeline.aligned import widened
from pipeline.read_text import read_text

PURPOSE = ("청사 시설물을 안전하고 쾌적하게 유지·관리하고 공간을 효율적으로 조성하여 주민에게 더",
           "좋은 행정서비스와 직원 업무 환경을 제공하고자 함")
LONG_PURPOSE = ("성과주의를 기본으로 하는 공정하고 소통하는 인사정책을 구현하여 직원들이 일하고 싶은",
                "조직 분위기를 만들고 직무 만족도를 높여 활력 넘치는 행복한 조직을 만드는 데 기여하고",
                "구정 목표 달성을 뒷받침하고자 함")
ITEM = ("추진사항: 청사 내 효율적인 공간 및 시설물 배치와 적기 보수·교체 등 시설 점검을",
        "통해 안전하고 쾌적한 청사환경 조성")
# as plain `pdftotext` prints a report: no blank lines, each line of running text wrapped at the page's width
WRAPPED = f"""제301회 한빛구의회 제1차 정례회
2025. 6. 10. ~ 6. 24.
2025년 주요업무 보고
총 무 과
Ⅱ. 주요업무 추진실적
① 안전하고 쾌적한 청사환경 조성 (청사관리팀)
{PURPOSE[0]}
{PURPOSE[1]}
□ 사업개요
○ 대상시설: 본관·보건소·별관 청사
○ {ITEM[0]}
{ITEM[1]}
□ 주요 추진실적
○ 노후 시설 개선을 통한 쾌적한 청사 환경 조성
② 화합행정과 공정한 인사 (인사팀)
{LONG_PURPOSE[0]}
{LONG_PURPOSE[1]}
{LONG_PURPOSE[2]}
□ 사업개요
○ 대상: 구 소속 공무원 1,650명
"""


def texts(text: str) -> list[tuple[str, str]]:
    return [(type(b).__name__, b.text) for b in read_text("x.txt", text.encode()).blocks]


def test_a_paragraph_wrapped_at_the_right_margin_is_one_paragraph():
    got = texts(WRAPPED)
    assert got[6] == ("Paragraph", " ".join(PURPOSE))
    assert got[-3] == ("Paragraph", " ".join(LONG_PURPOSE))  # over three lines
    assert got[:4] == [("Paragraph", "제301회 한빛구의회 제1차 정례회"), ("Paragraph", "2025. 6. 10. ~ 6. 24."),
                       ("Paragraph", "2025년 주요업무 보고"), ("Paragraph", "총 무 과")]  # short lines: one each
    assert got[9] == ("Bullet", " ".join(ITEM))  # as before
    assert len(got) == 16
    purposes = [p.purpose for p in extract_report(read_text("x.txt", WRAPPED.encode())).projects]
    assert purposes == [" ".join(PURPOSE), " ".join(LONG_PURPOSE)]  # whole, as the database stores and searches it


def test_a_paragraph_wrapped_over_a_page_break_in_text_without_blank_lines():
    assert texts(WRAPPED.replace(f"{PURPOSE[0]}\n", f"{PURPOSE[0]}\n- 2 -\n"))[6] == ("Paragraph", " ".join(PURPOSE))


def test_a_paragraph_line_at_the_margin_that_ends_a_sentence_does_not_go_on():
    ended = "청사 시설물을 안전하고 쾌적하게 유지·관리하고 공간을 효율적으로 조성하고자 함"  # as wide as the others
    assert texts(WRAPPED.replace(PURPOSE[0], ended))[6:8] == [("Paragraph", ended), ("Paragraph", PURPOSE[1])]


def test_a_numbered_title_as_wide_as_the_text_does_not_go_on():
    # a title is as wide as the text, stopping at a word; its purpose follows it
    title = "1 노후 청사 시설물 안전관리 및 근무환경 개선을 통한 쾌적하고 안전한 청사환경 조성"
    got = texts(WRAPPED.replace("① 안전하고 쾌적한 청사환경 조성 (청사관리팀)", title))
    assert got[5:7] == [("Paragraph", title), ("Paragraph", " ".join(PURPOSE))]


def test_a_date_or_a_numbered_line_below_a_paragraph_starts_anew():
    for below in ("(2025. 5. 31. 기준)", "2. 화합행정과 공정한 인사"):  # a table's date, as its unit; a title
        got = texts(WRAPPED.replace(PURPOSE[1], below))
        assert got[6:8] == [("Paragraph", PURPOSE[0]), ("Paragraph", below)]


def test_a_paragraph_line_short_of_the_margin_does_not_go_on():
    # a line this short may be a title, or the last line of a paragraph that stops at a word
    first, rest = PURPOSE[0].split(" 효율적으로 ")
    got = texts(WRAPPED.replace(f"{PURPOSE[0]}\n", f"{first}\n효율적으로 {rest} "))
    assert got[6:8] == [("Paragraph", first), ("Paragraph", f"효율적으로 {rest} {PURPOSE[1]}")]


# as hwp5txt prints a report: each paragraph one line, as long as its text; many stop at a word, none wrapped
ONE_A_LINE = [
    "제301회 한빛구의회 제1차 정례회",
    "2025년도 행정사무감사 주요업무 추진실적 및 2026년도 주요업무 계획 보고",
    "총 무 과",
    "Ⅱ. 주요업무 추진실적",
    "① 안전하고 쾌적한 청사환경 조성 (청사관리팀)",
    " ".join(PURPOSE),
    "추진사항: 청사 내 효율적인 공간 및 시설물 배치와 적기 보수·교체 등 시설 점검",
    "대상시설: 본관·보건소·별관 청사 및 부속건물 주차장과 정보화교육장 전체",
    "추진기간: 2025년 1월부터 2025년 12월까지 연중 추진",
    "청사 시설물 정기 안전점검 및 보수공사 추진으로 안전사고 예방",
    "노후 시설 개선을 통한 쾌적한 청사 환경 조성 및 에너지 절감형 설비 교체로 운영비 절감과 탄소중립 실천",
    "근무 직원과 내방 민원인을 위한 안전한 청사 환경 조성",
]


def test_paragraphs_one_a_line_as_long_as_their_text_stay_apart():
    got = texts("\n".join(ONE_A_LINE) + "\n")
    assert got[1:3] == [("Paragraph", ONE_A_LINE[1]), ("Paragraph", "총 무 과")]  # the cover's title, its department
    assert [text for _, text in got[5:]] == ONE_A_LINE[5:]


# Space-aligned tables (`pdftotext -layout`) over a page break: a page number, a form feed, then the next page
PAGE_BREAK = "\n\n                 - 1 -\n\f"
BUDGET = ("   단위사업명          예산액      집행액\n"
          "   계               3,000,000   1,200,000\n"
          "   청사 관리         2,000,000     800,000\n"
          "   청소행정 지원 및\n"  # a label wrapped onto a line of its own over its row
          "   시설 관리         1,000,000     400,000\n\n다음 문단\n")
BUILDINGS = ("   구 분      건물       규 모\n"
             "   본 관      9,682      지상6층\n"
             "   보건소     5,600      지상6층\n"
             "                      지하1층 ~\n"  # a cell wrapped over three lines, centred on its row
             "   별 관      5,549\n"
             "                      지상6층\n\n다음 문단\n")


def blocks_of(text: str) -> list:
    return [getattr(b, "rows", None) or b.text for b in read_text("x.txt", text.encode()).blocks]


def test_lines_wrapped_right_after_a_page_break_go_on_to_the_row_below_them():
    for text, wrapped, row in ((BUDGET, "   청소행정 지원 및", ("청소행정 지원 및 시설 관리", "1,000,000", "400,000")),
                               (BUILDINGS, "                      지하1층 ~", ("별 관", "5,549", "지하1층 ~ 지상6층"))):
        table, after = blocks_of(text)
        assert (table[-1], after) == (row, "다음 문단")  # on one page
        broken = read_text("x.txt", text.replace(f"\n{wrapped}", f"{PAGE_BREAK}{wrapped}").encode()).blocks
        assert [getattr(b, "rows", None) or b.text for b in broken] == [table, "다음 문단"]
        assert broken[0].row_line(len(table) - 1) == 6  # the row starts at its wrapped line, atop the next page


def test_a_caption_atop_the_next_page_is_no_line_wrapped_in_the_table_above():
    # the next table's header lines up with the columns above; it prints no figure, so the table above ends
    text = (BUDGET.split("   청소행정")[0].rstrip("\n") + PAGE_BREAK + "   정보화교육장\n"
            "   구 분               명 칭            비 고\n   시 설           교육장(1개소)      전산운영팀\n")
    assert blocks_of(text) == [(("단위사업명", "예산액", "집행액"), ("계", "3,000,000", "1,200,000"),
                                ("청사 관리", "2,000,000", "800,000")), "정보화교육장",
                               (("구 분", "명 칭", "비 고"), ("시 설", "교육장(1개소)", "전산운영팀"))]


def _wrapped(text: str, width: int) -> list[str]:
    """`text` wrapped at `width` display columns (Hangul two), at spaces, as a page of running text wraps it."""
    lines, line = [], ""
    for word in text.split():
        if line and len(widened(f"{line} {word}")) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


def test_the_margin_is_the_furthest_edge_many_lines_end_at_not_that_of_bullets_ending_short_of_it():
    """Plain `pdftotext` drops a bullet's indentation on the page, so its lines end short of the margin, at an edge
    as common as the margin's; the paragraphs' lines run to the margin. Before, the margin was put between the two
    (58), and a paragraph's line ending beyond it, at 59, went on no further."""
    item = "○ 안전점검: 청사 내 주요 시설물에 대한 정기 점검과 수시 점검을 실시하여 위험 요소를 사전에 제거하고 보수함"
    purpose = ("청사 시설물을 안전하고 쾌적하게 유지·관리하고 공간을 효율적으로 조성하여 주민에게 더 좋은 행정서비스와 "
               "직원 업무 환경을 제공하고 청사를 찾는 모든 주민이 편리하게 이용할 수 있도록 하고자 함")
    bullets = [_wrapped(item, 50)[0]] * 4  # one line each, short of the margin by more than a word
    lines = ["2025년 주요업무 보고", "총 무 과", "Ⅱ. 주요업무 추진실적", "① 청사 환경 조성 (청사관리팀)",
             *_wrapped(purpose, 60), "□ 추진실적", *bullets,
             "② 직원 교육 운영 (교육후생팀)", *_wrapped(purpose.replace("청사 시설물", "직원 교육"), 60), "□ 추진실적",
             *bullets]
    assert [len(widened(line)) for line in _wrapped(purpose, 60)] == [52, 59, 58, 16]
    assert ("Paragraph", purpose) in texts("\n".join(lines))
