"""A table `pdftotext -layout` prints from a PDF whose rows are taller than a line (a cell's padding, as reportlab
and word processors draw them): a blank line after each row, its header's too, and its columns lined up by
characters (each syllable one column), so that a row of Hangul labels and a row of figures stand apart in display
columns. Its rows were read as text and its budget lost; they are one table, as the PDF itself is read."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file

COVER = ("제300회 새빛구의회 제1차 정례회\n\n2026. 6. 10. ~ 6. 24.\n\n2026년 주요업무 보고\n\n총무과\n\n"
         "Ⅰ. 일반현황\n\n")


# as `pdftotext -layout` prints scripts/make_pdfs.py's tables (rows padded): its words' columns by characters
BUDGET = """\
2 예산현황 (2026. 5. 31. 기준)
                                                                                                   (단위: 천원)
                                                단위사업명        예산액            집행액           집행률(%)

                                               계           3,000,000    1,200,000         40.0

                                               청사 관리       2,000,000    800,000           40.0

                                               인사 운영       1,000,000    400,000           40.0
"""

VEHICLES = """\
<표 1> 관용차량 현황

                                            구분        정수      보유      과부족

                                            승용        2       2       -

                                            승합        3       2       △1

                                            계         5       4       △1
"""


def read(text, tmp_path):
    (tmp_path / "t.txt").write_text(COVER + text + "\nⅡ. 주요업무 추진실적\n", encoding="utf-8")
    return extract_file(tmp_path / "t.txt")


@pytest.mark.parametrize("indent", [-40, 0, 10])
def test_a_budget_table_of_tall_rows_lined_up_by_characters_is_read(indent, tmp_path):
    r = read(shifted(BUDGET, indent), tmp_path)
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in r.budget] == [
        ("계", 3_000_000_000, 1_200_000_000, 40.0), ("청사 관리", 2_000_000_000, 800_000_000, 40.0),
        ("인사 운영", 1_000_000_000, 400_000_000, 40.0)]
    assert run_checks(r) == []


@pytest.mark.parametrize("indent", [-40, 0])
def test_a_fleet_of_tall_rows_lined_up_by_characters_keeps_its_total_row(indent, tmp_path):
    """The `계` row, one syllable, stands a column left of the figures above it in display columns."""
    r = read("1 공용차량\n\n" + shifted(VEHICLES, indent), tmp_path)
    [fleet] = r.vehicles
    assert fleet.caption == "<표 1> 관용차량 현황"
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [("승용", "소계", 2), ("승합", "소계", 2),
                                                                     ("계", "계", 4)]
    assert [(c.category, c.count) for c in fleet.shortfalls] == [("승용", 0), ("승합", -1), ("계", -1)]
    assert [(f.rule, f.expected, f.actual) for f in run_checks(r)] == [("header.quota", "5", "4")]  # 4 held of 5


# `pdftotext -layout` of scripts/make_pdfs.py's PDFs of a November plan: cells left-aligned, so the rows' figures
# start at one character column (a `계` row's `△100,000` a character longer than the `△50,000` below it, beside a
# label a syllable shorter, ends at one display column with it by chance); the header's labels centred over them
NOVEMBER_COVER = ("제305회 새빛구의회 제2차 정례회\n\n2025. 11. 24. ~ 12. 19.\n\n2026년 주요업무 계획\n\n도시계획과\n\n"
                  "Ⅰ. 일반현황\n\n")
LEFT_ALIGNED_STAFF = """\
1. 인 력 (’25. 10. 31. 현재)
                                                          구분       계        5급     6급     7급       8급

                                                          정원      12        1      3      5       3

                                                          현원      11        1      3      5       2

                                                          과부족     (1)       -      -      -       (1)
"""
LEFT_ALIGNED_PROJECT_BUDGET = """\
Ⅱ. 2026년 주요업무 계획
1 저소득층 자립 지원 (계속) (자립지원팀)
근로 능력이 있는 저소득 주민의 자립을 돕고자 함

□ 소요예산
단위사업: 저소득층 지원
                                                                                             (단위: 천원)
                                                   구분    2025년 예산   2026년 예산(안)     증감

                                                   계     700,000    600,000       △100,000

                                                   국비    350,000    300,000       △50,000

                                                   구비    350,000    300,000       △50,000
"""


def read_november_plan(text, tmp_path):
    (tmp_path / "t.txt").write_text(NOVEMBER_COVER + text + "\n", encoding="utf-8")
    return extract_file(tmp_path / "t.txt")


def test_a_staffing_table_of_left_aligned_tall_rows_is_read_by_characters(tmp_path):
    """The `과부족` row, a syllable longer, starts its figures at the characters the rows above start theirs at: by
    characters. Before, only rows ending in a figure were compared (`(1)` is none), by their ends, and the header
    told nothing (`8급` stands right of the `3` and the `2` in either count): read by display columns, the 과부족 row
    shifted a column, its `(1)` in a column of no label, and three false `sum.staffing` errors."""
    r = read_november_plan(LEFT_ALIGNED_STAFF, tmp_path)
    assert r.tables == []
    assert [(s.status, s.grade, s.headcount) for s in r.staffing if s.grade in ("계", "8급")] == [
        ("정원", "계", 12), ("정원", "8급", 3), ("현원", "계", 11), ("현원", "8급", 2), ("과부족", "계", -1),
        ("과부족", "8급", -1)]
    assert run_checks(r) == []


def test_a_project_budget_of_left_aligned_tall_rows_is_read_by_characters(tmp_path):
    """The `계` row's figures start where the `국비` row's do in characters alone: by characters, as its header tells.
    Before, the rows' last figures, ending at one display column by chance, told display columns against the header
    (a tie, read by display columns): `2026년 예산(안)` stood over the `증감` figures, and the change (−100,000) was
    taken for the budget."""
    r = read_november_plan(LEFT_ALIGNED_PROJECT_BUDGET, tmp_path)
    [project] = r.projects
    assert [(b.name, b.budget_krw, b.executed_krw, b.other_columns) for b in project.budget_lines] == [
        ("계", 600_000_000, None, {"2025년 예산": "700,000", "증감": "△100,000"}),
        ("국비", 300_000_000, None, {"2025년 예산": "350,000", "증감": "△50,000"}),
        ("구비", 300_000_000, None, {"2025년 예산": "350,000", "증감": "△50,000"})]
    assert run_checks(r) == []


# `pdftotext -layout` of a PDF drawn by scripts/make_pdfs.py in 9 pt, figures right-aligned, no rules: the 과부족 row,
# its bracketed figures drawn narrower than three figures, printed a character left of the rows above it
RIGHT_ALIGNED_STAFF = (
    "1. 인력 현황\n"
    "                                                                                (단위: 명)\n"
    "\n"
    "                               구분    계       5급    6급    7급     8급    9급\n"
    "                                정원    27      0     8     2     11     6\n"
    "                                현원    24      0     7     2     10     5\n"
    "                               과부족   (3)      -    (1)    -     (1)   (1)\n")


def test_a_tie_of_the_rows_and_the_header_is_read_as_the_header_tells(tmp_path):
    """The 과부족 row's `(3)` and last `(1)` start where the `24` and the `5` above them do in display columns alone
    (as though its row were typed so), the header's `9급` stands over the last figures in characters alone: a tie,
    read by characters as the header tells. Before, a tie was read by display columns: `8급` and `9급` stood a column
    right of their figures, the last figures under no label (three false `sum.staffing` errors)."""
    r = read(RIGHT_ALIGNED_STAFF, tmp_path)
    assert r.tables == []
    assert [(s.status, s.grade, s.headcount) for s in r.staffing if s.grade in ("계", "6급", "9급")] == [
        ("정원", "계", 27), ("정원", "6급", 8), ("정원", "9급", 6), ("현원", "계", 24), ("현원", "6급", 7),
        ("현원", "9급", 5), ("과부족", "계", -3), ("과부족", "6급", -1), ("과부족", "9급", -1)]
    assert run_checks(r) == []

# `pdftotext -layout` of a PDF drawn by scripts/make_pdfs.py, no rules: each 직렬 merged down over its 정원 and 현원
# rows, its label printed between them on a line of its own, the grade labels centred over figures set right
CLASS_ROWS_STAFF = (
    " 2인력\n"
    + " " * 103 + "(2025. 5. 31. 기준, 단위: 명)\n"
    "                                          직렬   구분   계    5급      6급       7급     8급       9급\n"
    "\n"
    "                                               정원   24   1       6        8      6        3\n"
    "                                          계\n"
    "                                               현원   22   1       6        7      4        4\n"
    "\n"
    "                                               정원   8    1       2        3      1        1\n"
    "                                          행정\n"
    "                                               현원   7    1       2        2      1        1\n"
    "\n"
    "                                               정원   12   -       3        4      3        2\n"
    "                                          토목\n"
    "                                               현원   11   -       3        4      2        2\n"
    "\n"
    "                                               정원   3    -       1        1      1        -\n"
    "                                          시설\n"
    "                                               현원   3    -       1        1      -        1\n"
    "\n"
    "                                               정원   1    -       -        -      1        -\n"
    "                                          운전\n"
    "                                               현원   1    -       -        -      1        -\n")


def test_a_staffing_table_of_classes_printed_between_their_rows_is_read_by_characters(tmp_path):
    """Every row of figures prints a cell fewer than the header (its 직렬's label on the line between the two),
    starting right of the header's `직렬`: the header's `9급` stands over their last figures in characters alone, read
    so. Before, only rows of as many cells as the header were asked, none was, and the tie was read by display columns:
    a column of no label after `5급` took `6급`'s figures, each grade from `6급` on the next one's, the last none."""
    r = read(CLASS_ROWS_STAFF, tmp_path)
    assert r.tables == []
    assert [(s.job_class, s.status, s.grade, s.headcount) for s in r.staffing
            if s.job_class in ("계", "시설") and s.grade in ("5급", "6급", "8급", "9급")] == [
        ("계", "정원", "5급", 1), ("계", "정원", "6급", 6), ("계", "정원", "8급", 6), ("계", "정원", "9급", 3),
        ("계", "현원", "5급", 1), ("계", "현원", "6급", 6), ("계", "현원", "8급", 4), ("계", "현원", "9급", 4),
        ("시설", "정원", "5급", 0), ("시설", "정원", "6급", 1), ("시설", "정원", "8급", 1), ("시설", "정원", "9급", 0),
        ("시설", "현원", "5급", 0), ("시설", "현원", "6급", 1), ("시설", "현원", "8급", 0), ("시설", "현원", "9급", 1)]
    assert len(r.staffing) == 60
    assert run_checks(r) == []

# `pdftotext -layout` of a PDF drawn by scripts/make_pdfs.py, no rules: a table of words alone, its labels centred
# over their cells, which a row of longer words pushes further right in display columns than in characters
COMMITTEES = (
    " 5. 위원회 운영 현황\n"
    "\n"
    + " " * 42 + "위원회명               구성            개최            주요 안건\n"
    "\n"
    + " " * 37 + "민원조정위원회          위원장 등 7명             수시      반복 민원 처리 심의\n"
    "\n"
    + " " * 37 + "가족관계등록 심의회       위원장 등 5명             분기별     등록부 정정 심의\n"
    "\n")


def test_a_table_of_words_alone_in_tall_rows_is_read_by_characters(tmp_path):
    """Its blank columns run down in characters (`분기별` ends five characters left of `등록부`), not in display
    columns, where `분기별` ends two columns short of where `반복 민원 처리 심의` starts. Before, only display columns
    were asked: the header and each row were read as paragraphs of the general text, no grid."""
    r = read(COMMITTEES, tmp_path)
    [table] = r.tables
    assert table.rows == [["위원회명", "구성", "개최", "주요 안건"],
                          ["민원조정위원회", "위원장 등 7명", "수시", "반복 민원 처리 심의"],
                          ["가족관계등록 심의회", "위원장 등 5명", "분기별", "등록부 정정 심의"]]

# `pdftotext -layout` of a PDF drawn by scripts/make_pdfs.py, no rules: a project's overview, its `내용` centred
# over a column of words only some rows reach, and a table of its work by date, its dates left of `일자`
PROJECT_OF_WORDS = (
    " ② 한솔 거리예술 축제 개최 (문화예술팀)\n"
    " 구민이 함께 즐기는 거리예술 축제로 지역 문화를 활성화하고자 함\n"
    "\n"
    " □ 사업개요\n"
    + " " * 49 + "구분                          내용\n"
    "\n"
    + " " * 49 + "사업기간       2025. 3. ~ 10.\n"
    "\n"
    + " " * 49 + "사업량        거리공연 40회, 축제 1회(2일)\n"
    "\n"
    + " " * 49 + "사업비        280,000천원 (구비)\n"
    "\n"
    + " " * 49 + "사업내용       거리예술 공연단 공모, 가을 축제 개최\n"
    "\n"
    "\n"
    " □ 추진실적\n"
    + " " * 42 + "일자                            내용                      비고\n"
    "\n"
    + " " * 35 + "’25. 3. 24.             거리예술 공연단 공모(28팀 응모)\n"
    "\n"
    + " " * 35 + "’25. 4. 15.             공연단 선정 심사                         12팀 선정\n"
    "\n"
    + " " * 35 + "’25. 5. 3. ~ 5. 31.     주말 거리공연(8회)                       관람 3,400명\n")


def test_a_projects_tables_of_words_in_tall_rows_keep_their_headers_and_first_rows(tmp_path):
    """`구분  내용` over a blank line heads the overview's rows: `내용` stands over the longer lines of its column,
    the first's (`2025. 3. ~ 10.`) ends left of it. The first dated row's long `내용` reaches into the blank column the
    rows of three cells leave before `비고`, short of it by more than three columns: that blank column still runs
    down. Before, `구분 내용` was left as the overview's item, and the dated table's header and first row as a
    paragraph (`일자 내용 비고 ’25. 3. 24. …`: the first dated item lost)."""
    (tmp_path / "t.txt").write_text(COVER + "Ⅱ. 주요업무 추진실적\n\n" + PROJECT_OF_WORDS, encoding="utf-8")
    [project] = extract_file(tmp_path / "t.txt").projects
    assert project.title == "한솔 거리예술 축제 개최"
    assert [item.text for item in project.items][:7] == [
        "사업기간 : 2025. 3. ~ 10.", "사업량 : 거리공연 40회, 축제 1회(2일)", "사업비 : 280,000천원 (구비)",
        "사업내용 : 거리예술 공연단 공모, 가을 축제 개최", "’25. 3. 24. : 거리예술 공연단 공모(28팀 응모)",
        "’25. 4. 15. : 공연단 선정 심사 / 12팀 선정", "’25. 5. 3. ~ 5. 31. : 주말 거리공연(8회) / 관람 3,400명"]
    assert [(item.text, item.year, item.start_month) for item in project.items][4:5] == [
        ("’25. 3. 24. : 거리예술 공연단 공모(28팀 응모)", 2025, 3)]


def shifted(text: str, by: int) -> str:
    """The indented lines (the table's) moved right, or left, by `by` columns."""
    lines = []
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        lines.append(" " * max(indent + by, 1) + line.lstrip(" ") if indent else line)
    return "\n".join(lines)
