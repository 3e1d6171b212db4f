"""Titles and headings printed in a two-cell box, as HWP templates shade them: a number cell (`①`, `1`, in a PDF
shaded) beside a title cell (`① | 청사 환경 개선`), perhaps a team cell after, and the general part's `2 | 인 력`,
in PDFs and as converters print such a box (a markdown row, a tab row, an HTML table)."""

import pytest
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import make_pdfs

COVER = "2025년 주요업무 보고\n\n총무과\n\n"
PROJECTS = "Ⅱ. 주요업무 추진실적\n\n"
FIRST = "청사를 쾌적하게 개선하고자 함\n\n□ 주요 추진실적\n\n- 방수공사: 4월~5월\n\n"
SECOND = "직원 역량을 높이고자 함\n\n□ 주요 추진실적\n\n- 직무교육: 3월\n\n"
TITLED = [(1, "청사 환경 개선", "body", "청사관리팀", ["방수공사: 4월~5월"]),
          (2, "직원 역량강화 교육", "body", "교육후생팀", ["직무교육: 3월"])]


def report(body: str, name: str = "t.md"):
    return extract_report(read_text(name, (COVER + body).encode()))


def summary(r):
    """(seq, title, title_from, team, item texts) of each project."""
    return [(p.seq, p.title, p.title_from, p.team, [i.text for i in p.items]) for p in r.projects]


@pytest.mark.parametrize(("name", "first_box", "second_box"), [
    ("t.md", "| ① | 청사 환경 개선 |\n|---|---|\n\n(청사관리팀)\n\n",
     "| ② | 직원 역량강화 교육 |\n|---|---|\n\n(교육후생팀)\n\n"),
    ("t.md", "| 1 | 청사 환경 개선 (청사관리팀) |\n\n", "| 2 | 직원 역량강화 교육 (교육후생팀) |\n\n"),
    ("t.txt", "1\t청사 환경 개선 (청사관리팀)\n\n", "2\t직원 역량강화 교육 (교육후생팀)\n\n"),
    ("t.md", "<table><tr><td>①</td><td>청사 환경 개선</td><td>청사관리팀</td></tr></table>\n\n",
     "<table><tr><td>②</td><td>직원 역량강화 교육</td><td>(교육후생팀)</td></tr></table>\n\n"),
], ids=["markdown-team-below", "markdown-row", "tab-row", "html-team-cell"])
def test_titles_in_two_cell_boxes_start_their_projects(name, first_box, second_box):
    # before, every box was a generic table, each project started at its purpose without title or team, and a
    # team line below the second box was an item of the first project
    r = report(PROJECTS + first_box + FIRST + second_box + SECOND, name)
    assert summary(r) == TITLED
    assert [p.purpose for p in r.projects] == ["청사를 쾌적하게 개선하고자 함", "직원 역량을 높이고자 함"]
    assert r.tables == []


def test_a_two_cell_row_of_data_or_a_numbered_row_inside_a_project_is_no_title():
    """`| 계 | 12 |` and a box numbered other than the next project (`① | 놀이시설 교체` among the first's
    achievements) stay tables of the project they are in."""
    r = report(PROJECTS + "| ① | 청사 환경 개선 (청사관리팀) |\n|---|---|\n\n" + FIRST
               + "| ① | 놀이시설 교체 |\n|---|---|\n\n| 계 | 12 |\n|---|---|\n\n- 외벽 보수: 6월\n")
    assert summary(r) == [(1, "청사 환경 개선", "body", "청사관리팀", ["방수공사: 4월~5월", "외벽 보수: 6월"])]
    assert [(t.rows, t.project_seq) for t in r.tables] == [([["①", "놀이시설 교체"]], 1), ([["계", "12"]], 1)]


# the 인력 table with a column of leave beside the statuses: staffing only where the 인력 heading captions it
STAFF = "구 분\t정 원\t현 원\t과부족\t휴직\n계\t12\t11\t△1\t1\n환경공무관\t8\t8\t-\t1\n시설관리원\t4\t3\t△1\t-\n\n"
STAFF_TOTALS = [("정원", 12), ("현원", 11), ("과부족", -1)]


@pytest.mark.parametrize("box", ["| 2 | 인 력 |\n|---|---|\n\n",
                                 "<table><tr><td>2</td><td>인 력</td></tr></table>\n\n"], ids=["markdown", "html"])
def test_a_general_heading_in_a_two_cell_box_captions_the_table_below(box):
    # before, the box was a generic table and the 인력 table, its caption `공 원 녹 지 과 - (4)개팀`, no staffing
    r = report("Ⅰ. 일반현황\n\n| 1 | 조 직 |\n|---|---|\n\n총무과 - (4)개팀\n\n" + box + STAFF)
    assert [(c.status, c.headcount) for c in r.staffing if c.job_class == "계" and c.grade == "계"] == STAFF_TOTALS
    assert [(t.caption, t.records_in) for t in r.tables] == [("2 인 력", "staffing")]  # kept for its 휴직 column
    assert [t.text for t in r.general_text] == ["1 조 직 총무과 - (4)개팀 2 인 력"]


def test_a_one_row_table_of_figures_in_the_general_part_stays_a_table():
    r = report("Ⅰ. 일반현황\n\n| 1 | 공용차량 12대 |\n|---|---|\n\n| 계 | 12 |\n|---|---|\n\n")
    assert [t.rows for t in r.tables] == [[["1", "공용차량 12대"]], [["계", "12"]]]


# --- in a PDF: the number cell shaded, the title beside it ------------------------------------------------------

PDF_REPORT = ("제300회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n# Ⅰ. 일반현황\n\n"
              "| 1 | 조 직 |\n|---|---|\n\n총무과 - (4)개팀\n\n| 2 | 인 력 |\n|---|---|\n\n" + STAFF
              + "# Ⅱ. 주요업무 추진실적\n\n| 1 | 청사 환경 개선 |\n|---|---|\n\n(청사관리팀)\n\n" + FIRST
              + "| 2 | 직원 역량강화 교육 |\n|---|---|\n\n(교육후생팀)\n\n" + SECOND)


def test_titles_and_headings_in_shaded_number_boxes_in_a_pdf(monkeypatch, tmp_path):
    """The boxes drawn as HWP prints them: a one-row table, its number cell shaded, its title in heading type."""
    pdfs = make_pdfs()
    ruled = pdfs.ruled_table

    def box_or_table(block, ruling, repeat_header=True):
        if len(block.rows) != 1:
            return ruled(block, ruling, repeat_header)
        box = Table([[Paragraph(pdfs.printed(cell), pdfs.HEADINGS[4]) for cell in block.rows[0]]],
                    colWidths=[24, 300])
        box.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                                 ("BACKGROUND", (0, 0), (0, 0), colors.lightgrey)]))
        return box

    monkeypatch.setattr(pdfs, "ruled_table", box_or_table)
    source, target = tmp_path / "report.md", tmp_path / "report.pdf"
    source.write_text(PDF_REPORT, encoding="utf-8")
    pdfs.render(source, target, "grid")
    r = extract_file(target)
    assert summary(r) == TITLED
    assert [(c.status, c.headcount) for c in r.staffing if c.job_class == "계" and c.grade == "계"] == STAFF_TOTALS
    assert [(t.caption, t.records_in) for t in r.tables] == [("2 인 력", "staffing")]
    assert summary(extract_file(source)) == TITLED


def test_a_part_heading_in_a_two_cell_box_starts_the_part():
    # before, the box was a table of the general part and the projects were read as its text
    r = report("Ⅰ. 일반현황\n\n| 2 | 인 력 |\n|---|---|\n\n" + STAFF + "| Ⅱ | 주요업무 추진실적 |\n|---|---|\n\n"
               "| ① | 청사 환경 개선 (청사관리팀) |\n|---|---|\n\n" + FIRST)
    assert summary(r) == TITLED[:1]
    assert {p.section for p in r.projects} == {"Ⅱ 주요업무 추진실적"}
