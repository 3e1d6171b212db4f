"""A project's 신규/계속 marker printed with its title, as a November report's plans for next year mark them
(`① 본관 청사 리모델링 [계속] (청사관리팀)`, `【신규】 구민 소통 플랫폼`): the title is the project's name alone, as a
June report prints it, and the marker its `continuity`. In every text layout and in a PDF."""

import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.db import connect
from tests.corpus import as_old_schema, invoke
from tests.layouts import NOVEMBER_COVER, read_laid_out

COVER = (NOVEMBER_COVER
         + "# Ⅲ. 2026년 주요업무 계획\n\n")
PROJECT = ("## {title}\n\n{purpose}\n\n### □ 사업개요\n\n- 기 간 : 2026. 1. ~ 12.\n\n### □ 추진계획\n\n"
           "- 설계 용역 : 3월\n\n")
FIRST, SECOND = "본관 청사 리모델링", "구민 소통 플랫폼 구축"
PURPOSES = ("노후 청사를 안전하게 고치고자 함", "구민과 소통하는 창구를 만들고자 함")
LAYOUTS_READ = ["tab", "without-markdown", "without-blank-lines", "space-aligned-without-markdown", "pdf grid"]


def read(titles: list[str], layout: str, tmp_path):
    body = "".join(PROJECT.format(title=title, purpose=purpose)
                   for title, purpose in zip(titles, PURPOSES, strict=True))
    return read_laid_out(COVER + body, layout, tmp_path)


def projects(r) -> list[tuple]:
    return [(p.seq, p.title, p.team, p.continuity) for p in r.projects]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("first, second, continuity", [
    ("① 본관 청사 리모델링 [계속] (청사관리팀)", "② 구민 소통 플랫폼 구축 [신규] (총무팀)", ("계속", "신규")),
    ("① 본관 청사 리모델링 (계속) (청사관리팀)", "② 구민 소통 플랫폼 구축 (신규) (총무팀)", ("계속", "신규")),
    ("① 본관 청사 리모델링【계속】(청사관리팀)", "② 구민 소통 플랫폼 구축【신규】(총무팀)", ("계속", "신규")),
    ("① 본관 청사 리모델링 <계속> (청사관리팀)", "② 구민 소통 플랫폼 구축 〈신규〉 (총무팀)", ("계속", "신규")),
    ("① 본관 청사 리모델링 ［계속］ (청사관리팀)", "② 구민 소통 플랫폼 구축 ［신규］ (총무팀)", ("계속", "신규")),
    ("① 본관 청사 리모델링 (계속사업) (청사관리팀)", "② 구민 소통 플랫폼 구축 [신규사업] (총무팀)", ("계속", "신규")),
    ("① 본관 청사 리모델링 [ 계 속 ] (청사관리팀)", "② 구민 소통 플랫폼 구축 (총무팀)", ("계속", None)),
    # before the title
    ("① [계속] 본관 청사 리모델링 (청사관리팀)", "② 【신규】 구민 소통 플랫폼 구축 (총무팀)", ("계속", "신규")),
    ("① [계속]본관 청사 리모델링 (청사관리팀)", "② 【신규】구민 소통 플랫폼 구축 (총무팀)", ("계속", "신규")),
    # after the team, at the line's end
    ("① 본관 청사 리모델링 (청사관리팀) [계속]", "② 구민 소통 플랫폼 구축 (총무팀) (신규)", ("계속", "신규")),
    # a team printed as the line's bare last word (`1 제목 청사관리팀`)
    ("1. 본관 청사 리모델링 [계속] 청사관리팀", "2. 구민 소통 플랫폼 구축 (신규) 총무팀", ("계속", "신규")),
    # markers other than 신규/계속: what the project is beside last year's (grown, changed, done, cut, ended)
    ("① 본관 청사 리모델링 (확대) (청사관리팀)", "② 구민 소통 플랫폼 구축 [변경] (총무팀)", ("확대", "변경")),
    ("① 본관 청사 리모델링 (완료) (청사관리팀)", "② 【축소】 구민 소통 플랫폼 구축 (총무팀)", ("완료", "축소")),
    ("① 본관 청사 리모델링 (청사관리팀) <종료>", "② 구민 소통 플랫폼 구축 (확대사업) (총무팀)", ("종료", "확대")),
])
def test_a_titles_marker_is_its_continuity(first, second, continuity, layout, tmp_path):
    """Before: the marker stayed in the title (`본관 청사 리모델링 [계속]`), which a June report prints without it."""
    r = read([first, second], layout, tmp_path)
    assert projects(r) == [(1, FIRST, "청사관리팀", continuity[0]), (2, SECOND, "총무팀", continuity[1])]
    assert [p.purpose for p in r.projects] == list(PURPOSES)


@pytest.mark.parametrize("layout", LAYOUTS_READ)
def test_a_title_without_a_team_loses_its_marker_too(layout, tmp_path):
    r = read(["① 본관 청사 리모델링 [계속]", "② (신규) 구민 소통 플랫폼 구축"], layout, tmp_path)
    assert projects(r) == [(1, FIRST, None, "계속"), (2, SECOND, None, "신규")]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("first, second", [
    # words of the title, not bracketed markers: as before
    ("① 계속 운영되는 쉼터 확충 (청사관리팀)", "② 신규 공무원 역량 강화 (총무팀)"),
    ("① 캠핑장 카라반(신규) 설치 (청사관리팀)", "② 구민 소통 플랫폼(계속비) 구축 (총무팀)"),
    # another bracketed word is no marker
    ("① 본관 청사 리모델링 (가칭) (청사관리팀)", "② 구민 소통 플랫폼 구축 [공약] (총무팀)"),
    # a round bracket joined to the title's first word is that word's
    ("① (신규)임용자 교육 (청사관리팀)", "② 구민 소통 플랫폼 구축 (총무팀)"),
])
def test_words_of_a_title_stay_in_it(first, second, layout, tmp_path):
    r = read([first, second], layout, tmp_path)
    titles = [title.split(" ", 1)[1].rsplit(" (", 1)[0] for title in (first, second)]
    assert projects(r) == [(1, titles[0], "청사관리팀", None), (2, titles[1], "총무팀", None)]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("first, second, titles", [
    ("① 본관 청사 리모델링 [계속] [공약] (청사관리팀)", "② [공약] [신규] 구민 소통 플랫폼 구축 (총무팀)",
     ("본관 청사 리모델링 [공약]", "[공약] 구민 소통 플랫폼 구축")),
    ("① 본관 청사 리모델링 [공약] [계속] (청사관리팀)", "② [신규] [공약] 구민 소통 플랫폼 구축 (총무팀)",
     ("본관 청사 리모델링 [공약]", "[공약] 구민 소통 플랫폼 구축")),
    ("① 본관 청사 리모델링 (계속) <중점> (청사관리팀)", "② 구민 소통 플랫폼 구축 [역점] (신규) (총무팀)",
     ("본관 청사 리모델링 <중점>", "구민 소통 플랫폼 구축 [역점]")),
])
def test_a_marker_beside_another_bracketed_word_is_the_continuity_and_the_word_stays(first, second, titles, layout,
                                                                                      tmp_path):
    """Before, a marker with a bracketed word between it and the title's end or start (`[계속] [공약]`) stayed in
    the title and the project had no continuity. The other word stays where it is printed: a title is as printed
    but for its marker and team."""
    r = read([first, second], layout, tmp_path)
    assert projects(r) == [(1, titles[0], "청사관리팀", "계속"), (2, titles[1], "총무팀", "신규")]


@pytest.mark.parametrize("title", ["(가칭)신길 문화센터 건립", "[공약] 구민 소통 플랫폼 구축",
                                   "구민 소통 플랫폼 구축 <중점>", "본관 청사 리모델링 [역점]"])
def test_a_bracketed_word_of_another_kind_stays_in_the_title(title, tmp_path):
    r = read([f"① {title} (청사관리팀)", f"② {SECOND} (총무팀)"], "tab", tmp_path)
    assert projects(r)[0] == (1, title, "청사관리팀", None)


MARKER_LINES = {  # where a marker on a line of its own is printed around a title (`{m}`, `{t}`)
    "below the title": "## {t}\n\n{m}",
    "below, no blank line": "## {t}\n{m}",
    "below the team's line": "## {t}\n\n({team})\n\n{m}",
    "above the title": "{m}\n\n## {t}",
    "above, no blank line": "{m}\n## {t}",
}


MARKER_LINE_CASES = [(numbers, where, layout) for numbers in ("①②", "12") for where in MARKER_LINES
                     for layout in [*LAYOUTS_READ, "pipe-tables", "space-aligned"]]


@pytest.mark.parametrize("numbers, where, layout", MARKER_LINE_CASES)
def test_a_marker_on_a_line_of_its_own_is_the_continuity_of_the_title_beside_it(numbers, where, layout, tmp_path):
    """Before: below the title it was read as the purpose's start (`[계속] 노후 청사를 …`, or a purpose of its own
    where the purpose's line ends it), above the next title as an item of the project above (above the first, a
    project of its own with the marker as its purpose); and then a PDF still ran one above a title into the item
    above it (as any short line), and plain text one right above a title numbered `1.` into the title's line (the
    title was lost)."""
    body = ""
    for number, title, team, marker, purpose in zip(numbers, (FIRST, SECOND), ("청사관리팀", "총무팀"),
                                                    ("[계속]", "(확대)"), PURPOSES, strict=True):
        number = number if number in "①②" else f"{number}."
        title = f"{number} {title}" if "team" in where else f"{number} {title} ({team})"
        head = MARKER_LINES[where].format(t=title, m=marker, team=team)
        body += PROJECT.replace("## {title}", head).format(purpose=purpose)
    r = read_laid_out(COVER + body, layout, tmp_path)
    assert projects(r) == [(1, FIRST, "청사관리팀", "계속"), (2, SECOND, "총무팀", "확대")]
    assert [p.purpose for p in r.projects] == list(PURPOSES)
    assert [item.text for p in r.projects for item in p.items] == ["기 간 : 2026. 1. ~ 12.", "설계 용역 : 3월"] * 2


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_a_marker_line_above_a_title_printed_in_a_box(layout, tmp_path):
    """A title in a box (`① | 제목 (팀)`, a table of one row) takes the marker line above it as a title line does."""
    body = "".join(f"{marker}\n\n{number}\t{title}\n\n{purpose}\n\n□ 사업개요\n\n- 기 간 : 2026. 1. ~ 12.\n\n"
                   for marker, number, title, purpose in zip(
                       ("[계속]", "(신규)"), "①②", (f"{FIRST} (청사관리팀)", f"{SECOND} (총무팀)"), PURPOSES,
                       strict=True))
    r = read_laid_out(COVER + body, layout, tmp_path)
    assert projects(r) == [(1, FIRST, "청사관리팀", "계속"), (2, SECOND, "총무팀", "신규")]
    assert [p.purpose for p in r.projects] == list(PURPOSES)


@pytest.mark.parametrize("layout", LAYOUTS_READ)
def test_a_marker_run_into_the_purpose_below_the_title_is_its_continuity(layout, tmp_path):
    """`[계속] 노후 청사를 …`: a marker line a converter ran into the purpose's paragraph is the project's."""
    titles = ["① 본관 청사 리모델링 (청사관리팀)", "② 구민 소통 플랫폼 구축 (총무팀)"]
    body = "".join(PROJECT.format(title=title, purpose=f"{marker} {purpose}")
                   for title, marker, purpose in zip(titles, ("[계속]", "(완료)"), PURPOSES, strict=True))
    r = read_laid_out(COVER + body, layout, tmp_path)
    assert projects(r) == [(1, FIRST, "청사관리팀", "계속"), (2, SECOND, "총무팀", "완료")]
    assert [p.purpose for p in r.projects] == list(PURPOSES)


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "space-aligned-without-markdown"])
def test_a_marker_line_among_the_items_stays_an_item(layout, tmp_path):
    """A marker line neither beside a title nor above one (under a part, between items) is kept where printed, as
    before (a PDF, and text without blank lines, run it into the item above, as any short line)."""
    text = COVER + PROJECT.format(title="① 본관 청사 리모델링 (청사관리팀)", purpose=PURPOSES[0]).replace(
        "- 설계 용역 : 3월\n\n", "- 설계 용역 : 3월\n\n[계속]\n\n- 공사 : 6월\n\n")
    r = read_laid_out(text, layout, tmp_path)
    assert projects(r) == [(1, FIRST, "청사관리팀", None)]
    assert [item.text for item in r.projects[0].items] == ["기 간 : 2026. 1. ~ 12.", "설계 용역 : 3월", "[계속]",
                                                           "공사 : 6월"]


def test_a_title_the_contents_lists_with_its_marker(tmp_path):
    """A title taken from the table of contents (the body prints none) loses its marker there too."""
    contents = ("목 차\n\nⅢ. 2026년 주요업무 계획 ···· 3\n\n① 본관 청사 리모델링 [계속] ···· 3\n\n"
                "② 구민 소통 플랫폼 구축 (신규) ···· 4\n\n")
    body = "".join(f"{purpose}\n\n□ 사업개요\n\n- 기 간 : 2026. 1. ~ 12.\n\n□ 추진계획\n\n- 설계 용역 : 3월\n\n"
                   for purpose in PURPOSES)
    cover = COVER.replace("# Ⅲ. 2026년 주요업무 계획\n\n", contents + "# Ⅲ. 2026년 주요업무 계획\n\n")
    r = read_laid_out(cover + body, "tab", tmp_path)
    assert [(p.seq, p.title, p.title_from, p.continuity) for p in r.projects] == [
        (1, FIRST, "toc", "계속"), (2, SECOND, "toc", "신규")]


def test_the_continuity_is_stored_shown_and_searched(tmp_path):
    report = tmp_path / "in" / "2025-총무과.txt"
    report.parent.mkdir()
    report.write_text(COVER + PROJECT.format(title="① 본관 청사 리모델링 [계속] (청사관리팀)", purpose=PURPOSES[0])
                      + PROJECT.format(title="② 구민 소통 플랫폼 구축 (총무팀)", purpose=PURPOSES[1]),
                      encoding="utf-8")
    runner = CliRunner()
    db = str(tmp_path / "r.db")
    assert runner.invoke(main, ["ingest", str(report.parent), "--db", db]).exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT title, team, continuity FROM projects ORDER BY id").fetchall() == [
            (FIRST, "청사관리팀", "계속"), (SECOND, "총무팀", None)]
    shown = runner.invoke(main, ["show", "1", "--db", db], terminal_width=200).output
    assert "1. 본관 청사 리모델링 [계속] (청사관리팀)" in shown
    assert "2. 구민 소통 플랫폼 구축 (총무팀)" in shown
    found = runner.invoke(main, ["search", "리모델링", "--db", db], terminal_width=200)
    assert found.exit_code == 0 and "본관 청사 리모델링 [계속]" in found.output
    marked = runner.invoke(main, ["search", "계속", "--db", db], terminal_width=200)
    assert marked.exit_code == 0 and "1. 본관 청사 리모델링" in marked.output and "구민 소통" not in marked.output


def test_a_schema_21_database_gains_the_column_and_an_ingest_reads_the_titles_again(tmp_path):
    """A database an older reportdb made holds the marker in the title; migrated, its projects have no continuity
    until the next ingest reads them again, which it does (another reportdb extracted them)."""
    report = tmp_path / "in" / "2025-총무과.txt"
    report.parent.mkdir()
    report.write_text(COVER + PROJECT.format(title="① 본관 청사 리모델링 [계속] (청사관리팀)", purpose=PURPOSES[0]),
                      encoding="utf-8")
    db = tmp_path / "r.db"
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    as_old_schema(db, 21)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE projects SET title = '본관 청사 리모델링 [계속]'")
        conn.execute("UPDATE documents SET extracted_by = 'an older reportdb'")
    connect(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT title, continuity FROM projects").fetchall() == [
            ("본관 청사 리모델링 [계속]", None)]
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT title, continuity FROM projects").fetchall() == [(FIRST, "계속")]


# a November report's plans grouped under labels naming the kind of project (`《 신규사업 》` over its new projects,
# `< 계속사업 >` over those continued)
GROUPED = [("본관 청사 리모델링", "청사관리팀", "노후 청사를 안전하게 고치고자 함"),
           ("구민 소통 플랫폼 구축", "총무팀", "구민과 소통하는 창구를 만들고자 함"),
           ("민원실 환경 개선", "민원팀", "민원실을 쾌적하게 고치고자 함"),
           ("청사 안전 점검", "청사관리팀", "청사를 빠짐없이 점검하고자 함")]


def grouped(labels: dict[int, str], numbers: str, marks: dict[int, str] | None = None) -> str:
    """The four projects of GROUPED, each title numbered from `numbers` as a markdown heading, `labels` (by the
    project's index) on a line of their own above their titles, `marks` printed with their titles."""
    marks = marks or {}
    body = ""
    for k, (title, team, purpose) in enumerate(GROUPED):
        number = f"{numbers[k]}." if numbers[k] in "123456789" else numbers[k]
        body += f"{labels[k]}\n\n" if k in labels else ""
        body += PROJECT.format(title=f"{number} {title}{marks.get(k, '')} ({team})", purpose=purpose)
    return COVER + body


def grouped_projects(r) -> list[tuple]:
    return [(p.seq, p.title, p.team, p.continuity, p.purpose, [item.text for item in p.items]) for p in r.projects]


def expected(continuity: tuple) -> list[tuple]:
    return [(k + 1, title, team, marker, purpose, ["기 간 : 2026. 1. ~ 12.", "설계 용역 : 3월"])
            for k, ((title, team, purpose), marker) in enumerate(zip(GROUPED, continuity, strict=True))]


GROUP_LABELS = [("《 신규사업 》", "《 계속사업 》"), ("< 신규사업 >", "< 계속사업 >"),
                ("【 신규사업 】", "【 계속사업 】"), ("[신규사업]", "[계속사업]"),
                ("■ 신규사업 (2건)", "■ 계속사업 (2건)"), ("【 신규사업 : 2건 】", "【 계속 사업 】"),
                ("## 신규사업", "## 계속 추진사업"), ("## 1. 신규사업", "## 2. 계속사업"),
                ("가. 신규사업", "나. 계속사업"), ("◈ 신규사업", "◈ 계속사업")]


# titles numbered `❶` in plain text only: a markdown heading `## ❶ 제목` is read as no title
NUMBERED_LAYOUTS = [*((numbers, layout) for numbers in ("①②③④", "1234")
                      for layout in [*LAYOUTS_READ, "pipe-tables", "space-aligned"]),
                    ("❶❷❸❹", "without-markdown"), ("❶❷❸❹", "space-aligned-without-markdown")]


@pytest.mark.parametrize("numbers, layout", NUMBERED_LAYOUTS)
@pytest.mark.parametrize("labels", GROUP_LABELS)
def test_a_group_labels_marker_is_the_continuity_of_every_title_of_its_group(labels, numbers, layout, tmp_path):
    """Before: the label marked the first title of its group only (`■ 신규사업 (2건)` and a numbered label none,
    and were a project of their own, numbered 1, with no title or the label as its title), and in a PDF the second
    label ran into the item above it."""
    r = read_laid_out(grouped({0: labels[0], 2: labels[1]}, numbers), layout, tmp_path)
    assert grouped_projects(r) == expected(("신규", "신규", "계속", "계속"))


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "without-blank-lines", "pdf grid"])
def test_a_titles_own_marker_wins_over_its_groups(layout, tmp_path):
    """A marker printed with the title, on a line of its own above or below it (`(종료)` below the fourth's), is
    the project's; the group's marks the others."""
    text = grouped({0: "《 계속사업 》", 2: "[확대]"}, "①②③④", {1: " (축소)"})
    text = text.replace("청사를 빠짐없이 점검하고자 함", "(종료)\n\n청사를 빠짐없이 점검하고자 함")
    r = read_laid_out(text, layout, tmp_path)
    assert grouped_projects(r) == expected(("계속", "축소", "확대", "종료"))


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "without-blank-lines", "pdf grid"])
def test_a_group_label_over_the_first_titles_own_marker_line(layout, tmp_path):
    r = read_laid_out(grouped({0: "《 계속사업 》\n\n[확대]"}, "①②③④"), layout, tmp_path)
    assert grouped_projects(r) == expected(("확대", "계속", "계속", "계속"))


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "pdf grid"])
def test_a_label_naming_no_marker_ends_the_group_above_it(layout, tmp_path):
    r = read_laid_out(grouped({0: "《 계속사업 》", 2: "【 기타사업 】"}, "①②③④"), layout, tmp_path)
    assert grouped_projects(r) == expected(("계속", "계속", None, None))


@pytest.mark.parametrize("numbers, layout", [("1234", "tab"), ("1234", "without-markdown"), ("1234", "pdf grid"),
                                             ("❶❷❸❹", "without-markdown")])
def test_a_bare_marker_above_a_title_is_that_titles_alone(numbers, layout, tmp_path):
    """`[확대]` on a line of its own names no kind of project (`확대사업`): it marks the title below it only. Before,
    over the first title numbered `❶`, it started a project of its own, whose item the title was. Lines of two kinds
    one of which is `[계속]` mark their groups (tests/test_marker_lines_over_groups.py)."""
    r = read_laid_out(grouped({0: "[확대]", 2: "(신규)"}, numbers), layout, tmp_path)
    assert grouped_projects(r) == expected(("확대", None, "신규", None))
    r = read_laid_out(grouped({0: "[계속]", 2: "(신규)"}, numbers), layout, tmp_path)
    assert grouped_projects(r) == expected(("계속", "계속", "신규", "신규"))


def test_a_group_label_not_over_a_title_stays_where_printed(tmp_path):
    """A label's words as an item among a project's items, the next title not below it, are the item they are."""
    items = "- 설계 용역 : 3월\n\n"
    text = grouped({}, "①②③④").replace(items, f"{items}- 계속사업\n\n- 공사 : 6월\n\n", 1)
    r = read_laid_out(text, "tab", tmp_path)
    assert [item.text for item in r.projects[0].items] == ["기 간 : 2026. 1. ~ 12.", "설계 용역 : 3월", "계속사업",
                                                           "공사 : 6월"]
    assert [p.continuity for p in r.projects] == [None] * 4


# a bare marker in a label's brackets (`《 신규 》`, `【계속】`, `< 확대 >`) over a group of titles printing none
LABEL_MARKERS = [("《 신규 》", "《 계속 》"), ("【신규】", "【계속】"), ("< 신규 >", "< 계속 >"),
                 ("〈신규〉", "〈계속〉")]


@pytest.mark.parametrize("numbers, layout", [("1234", "tab"), ("1234", "without-markdown"), ("①②③④", "pdf grid"),
                                             ("❶❷❸❹", "without-markdown")])
@pytest.mark.parametrize("labels", LABEL_MARKERS)
def test_a_bare_marker_in_a_labels_brackets_over_titles_printing_none_is_their_groups(labels, numbers, layout,
                                                                                       tmp_path):
    """`《 신규 》` over the first of two titles printing no marker, `《 계속 》` over the third: each the continuity of
    its group, as `《 신규사업 》` is. Before, it marked the first title of its group only."""
    r = read_laid_out(grouped({0: labels[0], 2: labels[1]}, numbers), layout, tmp_path)
    assert grouped_projects(r) == expected(("신규", "신규", "계속", "계속"))


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "pdf grid"])
def test_a_bare_marker_in_a_labels_brackets_over_titles_printing_their_own_is_the_first_titles(layout, tmp_path):
    """Titles below it printing their own marker (`(축소)` with the second, `《 확대 》` over the third's, then none):
    the report marks its titles one by one, so each line is its title's alone and the fourth has none."""
    text = grouped({0: "《 신규 》", 2: "《 확대 》"}, "①②③④", {1: " (축소)"})
    r = read_laid_out(text, layout, tmp_path)
    assert grouped_projects(r) == expected(("신규", "축소", "확대", None))


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "pdf grid"])
def test_a_bare_marker_in_a_labels_brackets_under_a_group_label_is_its_titles(layout, tmp_path):
    """`《 확대 》` over the third title, in the group `《 계속사업 》` heads: the third's own; the group goes on."""
    r = read_laid_out(grouped({0: "《 계속사업 》", 2: "《 확대 》"}, "①②③④"), layout, tmp_path)
    assert grouped_projects(r) == expected(("계속", "계속", "확대", "계속"))
