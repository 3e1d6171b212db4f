"""A report whose parts are named by no printed numeral (`일반현황`, `주요업무 추진실적`), read where no blank line
sets the names apart (branch parts62). What was read before:
- a part's name centred on its line (as `pdftotext -layout` prints a centred heading) or first on its page, with no
  blank line above or below it, ran into the lines around it (`가 정 복 지 과 일반현황 1. 조 직`): no part, no project;
- a PDF printing the names as paragraphs of their own (the fixture renderer draws a text's name standing between
  blank lines so) read no part either, where its text reads three projects.
Now each reads the text's parts and projects, and a contents list, a sentence naming a part, a table's cell and a
name flush left right over the next line stay no part."""

import functools
from pathlib import Path

import pytest
import regex

from checks import run_checks
from pipeline.aligned import display_width
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import space_aligned
from tests.pdf_styles import rendered
from tests.test_hunt58 import items
from tests.test_pdf_parity_styles import _records

REPORTS = Path(__file__).parent / "department_reports"
FAMILY = "2022-hanbit-gajeongbokji.txt"
PARTS = ("일반현황", "주요업무 추진실적")
PROJECTS = [("주요업무 추진실적", 1, "어린이집 운영 지원", "보육정책팀"),
            ("주요업무 추진실적", 2, "영유아 보육료 지원", "보육지원팀"),
            ("주요업무 추진실적", 3, "아동복지 증진", "아동복지팀")]


@functools.cache
def _numbered_text() -> str:
    """Hancom's 가정복지과 report (its parts numbered `Ⅰ.`, `Ⅱ.`), its lines ended as Python's are."""
    return (REPORTS / FAMILY).read_bytes().decode("cp949").replace("\r\n", "\n")


def _standing() -> str:
    """The report with its parts' names printed alone between blank lines, no numeral."""
    return _numbered_text().replace("Ⅰ. 일반현황", "일반현황").replace("Ⅱ. 주요업무 추진실적", "주요업무 추진실적")


def _width(text: str) -> int:
    """The display columns the text's widest line takes."""
    return max(display_width(line.rstrip()) for line in text.split("\n"))


def _centred(text: str) -> str:
    """The report with each part's name centred on the text's width, with no blank line above or below it."""
    width = _width(text)
    for name in PARTS:
        text = text.replace(f"\n\n{name}\n\n", f"\n{' ' * ((width - display_width(name)) // 2)}{name}\n")
    return text


def _paged(text: str) -> str:
    """The report with each part's name first on a new page (as `pdftotext` prints one: the page number above, a
    form feed), the next line right under it."""
    for page, name in enumerate(PARTS, 1):
        text = text.replace(f"\n\n{name}\n\n", f"\n\n{' ' * 44}- {page} -\n\f{name}\n")
    return text


def _read(text: str, tmp_path: Path, name: str = "t.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def _projects(found) -> list[tuple]:
    return [(p.section, p.seq, p.title, p.team) for p in found.projects]


def _lines(found) -> list[int]:
    return [p.source.line for p in found.projects]


@functools.cache
def _numbered():
    return extract_file(REPORTS / FAMILY)


def _as_numbered(found) -> None:
    """The report's projects, their items and its general part as the numbered report's, and no finding."""
    assert _projects(found) == PROJECTS
    assert [items(p) for p in found.projects] == [items(p) for p in _numbered().projects]
    assert [(b.name, b.budget_krw) for b in found.budget] == [(b.name, b.budget_krw) for b in _numbered().budget]
    assert len(found.staffing) == 21
    assert list(run_checks(found)) == []


def test_a_part_name_centred_with_no_blank_line_around_it_parts_the_report(tmp_path):
    found = _read(_centred(_standing()), tmp_path)
    _as_numbered(found)
    assert _lines(found) == [32, 59, 75]  # each title right under the centred name (31) or its purpose's blank
    assert items(found.projects[0])[0] == ("사업개요", "기 간 : 연중", 0, 1, 12, None, None)


def test_centred_part_names_in_a_space_aligned_text_part_it(tmp_path):
    """`pdftotext -layout`'s print: the tables in space-aligned columns, the names centred over the text."""
    found = _read(_centred(space_aligned(_standing())), tmp_path)
    _as_numbered(found)


def test_a_part_name_first_on_its_page_parts_the_report(tmp_path):
    found = _read(_paged(_standing()), tmp_path)
    _as_numbered(found)
    assert _lines(found) == [36, 63, 79]  # as where blank lines set the names apart


def test_the_general_part_ends_at_a_centred_name_not_before(tmp_path):
    found = _read(_centred(_standing()), tmp_path)
    assert [(b.name, b.budget_krw, b.executed_krw) for b in found.budget][:2] == [
        ("계", 41_250_000_000, 17_421_300_000), ("보육시설 운영 지원", 30_120_000_000, 12_650_400_000)]
    assert found.document.department == "가정복지과"


@pytest.mark.parametrize("contents", [
    ["목 차", "일반현황", "주요업무 추진실적"],
    ["목 차", "일반현황", "주요업무 추진실적", "1. 어린이집 운영 지원", "2. 영유아 보육료 지원", "3. 아동복지 증진"],
], ids=["names", "names-and-titles"])
def test_a_centred_contents_list_is_no_part(contents, tmp_path):
    """A contents list after the cover, its lines centred one under another as the body's names are: the parts start
    at the body's names (printed again), each project once."""
    text = _centred(_standing())
    width = _width(text)
    listed = "".join(f"{' ' * ((width - display_width(line)) // 2)}{line}\n" for line in contents)
    found = _read(text.replace("가 정 복 지 과\n", f"가 정 복 지 과\n\n{listed}"), tmp_path)
    assert _projects(found) == PROJECTS
    assert _lines(found) == [32 + len(contents) + 1, 59 + len(contents) + 1, 75 + len(contents) + 1]


def test_a_centred_sentence_naming_a_part_is_no_part(tmp_path):
    text = _standing().replace("\n\n주요업무 추진실적\n\n", f"\n{' ' * 30}다음은 주요업무 추진실적입니다\n")
    found = _read(text.replace("\n\n일반현황\n\n", f"\n{' ' * 40}일반현황 및 조직\n"), tmp_path)
    assert found.projects == []


def test_a_part_name_flush_left_right_over_the_next_line_stays_no_part(tmp_path):
    """No cue that it is a heading (not centred, not first on its page, no blank line): it goes on the line below
    as running text would (`가 정 복 지 과 일반현황 1. 조 직`), as before."""
    text = _standing().replace("\n\n일반현황\n\n", "\n일반현황\n").replace(
        "\n\n주요업무 추진실적\n\n", "\n주요업무 추진실적\n")
    assert _read(text, tmp_path).projects == []
    blocks = read_text("t.txt", text.encode()).blocks
    assert [b.text for b in blocks if "일반현황" in getattr(b, "text", "")] == ["가 정 복 지 과 일반현황 1. 조 직"]


def test_a_tables_cell_naming_a_part_is_no_part(tmp_path):
    """A row of a space-aligned table labelled as a part is named (`신규사업`), centred under its header: a row."""
    text = _standing().replace("기본경비\t70,000\t29,400\t42.0", "기본경비\t70,000\t29,400\t42.0\n신규사업\t-\t-\t-")
    found = _read(space_aligned(text), tmp_path)
    assert _projects(found) == PROJECTS
    assert [b.name for b in found.budget][-2:] == ["기본경비", "신규사업"]


PDF_STYLES = ["grid", "unruled", "bold headings", "tight", "portrait, tables over pages, header repeated"]


@pytest.mark.parametrize("style", PDF_STYLES)
@pytest.mark.parametrize("printed", ["standing", "centred", "paged"])
def test_a_pdf_of_unnumbered_parts_reads_as_its_text(printed, style, tmp_path_factory):
    """The fixture renderer's PDF of each text: its names drawn as paragraphs of their own (standing between
    blank lines) or as headings (read so in the text: centred, first on its page); before, a standing name's PDF
    read no part, all its general part. The records are the text's, projects and items too."""
    folder = tmp_path_factory.mktemp("parts62")
    text = {"standing": _standing, "centred": lambda: _centred(_standing()),
            "paged": lambda: _paged(_standing())}[printed]()
    source = folder / f"{printed}.txt"
    source.write_text(text, encoding="utf-8")
    pdf, own = extract_file(rendered(source, style, folder)), extract_file(source)
    assert _projects(pdf) == _projects(own) == PROJECTS
    assert _records(pdf) == _records(own)
    assert list(run_checks(pdf)) == []


def test_a_pdf_of_part_names_running_into_the_next_line_reads_no_part_as_its_text(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts62")
    source = folder / "over-next.txt"
    source.write_text(_standing().replace("\n\n일반현황\n\n", "\n일반현황\n").replace(
        "\n\n주요업무 추진실적\n\n", "\n주요업무 추진실적\n"), encoding="utf-8")
    assert extract_file(rendered(source, "grid", folder)).projects == extract_file(source).projects == []


def test_a_pdf_of_a_contents_list_standing_apart_parts_the_report_once(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts62")
    source = folder / "contents.txt"
    contents = "가 정 복 지 과\n\n목 차\n\n일반현황\n\n주요업무 추진실적\n"
    source.write_text(_standing().replace("가 정 복 지 과\n", contents), encoding="utf-8")
    assert _projects(extract_file(rendered(source, "grid", folder))) == _projects(extract_file(source)) == PROJECTS


# Titles of no number (a save-as-text of a Word file numbering its titles itself): `어린이집 운영 지원 (보육정책팀)`
# alone on its line over the purpose over `□ 사업개요`. Before, the title's line ran into its purpose (one paragraph)
# and the project had no title, the purpose `어린이집 운영 지원 (보육정책팀) 어린이집 운영비와 …`.
TITLED = [("주요업무 추진실적", 1, "어린이집 운영 지원", "보육정책팀",
           "어린이집 운영비와 교직원 인건비를 지원하여 보육의 공공성과 질을 높이고자 함"),
          ("주요업무 추진실적", 2, "영유아 보육료 지원", "보육지원팀",
           "부모의 양육 부담을 덜고자 어린이집 이용 아동의 보육료를 지원함"),
          ("주요업무 추진실적", 3, "아동복지 증진", "아동복지팀",
           "아동이 건강하게 자랄 수 있도록 돌봄과 급식을 지원함")]


def _unnumbered_titles(text: str, to: str = r"\1 (\2)\n") -> str:
    """The report with its titles' numbers dropped (`1. 어린이집 운영 지원 (보육정책팀)` → `to` of title, team)."""
    return regex.sub(r"(?m)^\d\. (.+) \((.+팀)\)\n", to, text)


def _titled(found) -> list[tuple]:
    return [(p.section, p.seq, p.title, p.team, p.purpose) for p in found.projects]


def test_unnumbered_titles_over_their_purposes_title_the_projects(tmp_path):
    found = _read(_unnumbered_titles(_standing()), tmp_path)
    assert _titled(found) == TITLED
    assert _lines(found) == [36, 63, 79]
    assert [items(p) for p in found.projects] == [items(p) for p in _numbered().projects]
    assert list(run_checks(found)) == []


def test_unnumbered_titles_under_numbered_parts_title_the_projects_alike(tmp_path):
    found = _read(_unnumbered_titles(_numbered_text()), tmp_path)
    assert _titled(found) == [("Ⅱ 주요업무 추진실적", *project[1:]) for project in TITLED]
    assert [items(p) for p in found.projects] == [items(p) for p in _numbered().projects]


def test_an_unnumbered_title_of_no_team_apart_from_its_purpose_titles_its_project(tmp_path):
    found = _read(_unnumbered_titles(_standing(), r"\1\n\n"), tmp_path)
    assert [(p.seq, p.title, p.team, p.purpose) for p in found.projects] == [
        (seq, title, None, purpose) for _, seq, title, _, purpose in TITLED]


def test_an_unnumbered_title_right_over_its_first_part_titles_its_project(tmp_path):
    text = regex.sub(r"(?m)^\d\. (.+ \(.+팀\))\n.+\n", r"\1\n", _standing())  # no purpose
    found = _read(text, tmp_path)
    assert [(p.seq, p.title, p.team, p.purpose) for p in found.projects] == [
        (seq, title, team, None) for _, seq, title, team, _ in TITLED]
    assert [len(items(p)) for p in found.projects] == [10, 7, 6]


@pytest.mark.parametrize("to", [r"다음과 같이 추진하였음\n", r"\1\n"], ids=["sentence", "title-running-into-purpose"])
def test_a_line_that_may_be_otherwise_titles_nothing(to, tmp_path):
    """A sentence over the purpose, or a title of no team right over its purpose (read as one paragraph, as a wrapped
    line is): the projects start at their purposes as before, no title."""
    found = _read(_unnumbered_titles(_standing(), to), tmp_path)
    assert [(p.seq, p.title, p.team) for p in found.projects] == [(1, None, None), (2, None, None), (3, None, None)]
    assert _lines(found) == [36, 63, 79]


def test_a_caption_over_a_part_the_project_has_not_had_is_no_title(tmp_path):
    """`교직원 교육 일정` right over `□ 향후계획`, in a project that has not printed that part: the project's line."""
    note = "※ 미점검 4개소는 휴원 중\n\n"
    text = _unnumbered_titles(_standing()).replace(note, f"{note}교직원 교육 일정\n")
    found = _read(text, tmp_path)
    assert _titled(found) == TITLED
    assert [i.heading for i in found.projects[0].items][-2:] == ["향후계획", "향후계획"]


def test_a_numbered_title_in_the_part_leaves_the_unnumbered_lines_no_titles(tmp_path):
    title = "어린이집 운영 지원 (보육정책팀)\n"
    text = _unnumbered_titles(_standing()).replace(title, f"1. {title}")
    found = _read(text, tmp_path)
    assert [(p.seq, p.title) for p in found.projects][0] == (1, "어린이집 운영 지원")
    assert [p.title for p in found.projects][1:] == [None, None]


@pytest.mark.parametrize("style", ["grid", "unruled"])
def test_a_pdf_of_unnumbered_titles_reads_as_its_text(style, tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts62")
    source = folder / "titles.txt"
    source.write_text(_unnumbered_titles(_standing()), encoding="utf-8")
    pdf, own = extract_file(rendered(source, style, folder)), extract_file(source)
    assert _titled(pdf) == _titled(own) == TITLED
    assert _records(pdf) == _records(own)
