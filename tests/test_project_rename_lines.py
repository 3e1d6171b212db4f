"""A project's rename told on a line under its title, not in brackets after it: `※ 사업명 변경: 청사 시설 관리 →
청사시설 유지관리`, `- 사업명 변경 : … → …`, `(구) 청사 시설 관리`, `구 사업명 : …` is its `former_title` (before, the
line was an item of the project, or its purpose), and the line is no item; so is `청사시설 유지관리 (구) 청사 시설 관리`
printed as the title. A rename to another name, a former name sharing no words with the title, or such a line under a
part stays what it was."""

import pytest

from extractors.former_names import former_title_line, split_former_name
from tests.layouts import read_laid_out
from tests.test_overview_variants import report

TITLE = "① 청사시설 유지관리 (청사관리팀)\n\n"
PURPOSE = "노후 청사를 체계적으로 관리하여 쾌적한 근무환경을 조성하고자 함\n\n"
BODY = "□ 추진실적\n\n○ 본관 옥상 방수공사 : 4월~5월\n"


def _project(r) -> tuple:
    (project,) = r.projects
    return (project.title, project.former_title, project.team, project.purpose,
            [item.text for item in project.items])


READ = ("청사시설 유지관리", "청사 시설 관리", "청사관리팀", PURPOSE.strip(), ["본관 옥상 방수공사 : 4월~5월"])


@pytest.mark.parametrize("line", [
    "※ 사업명 변경: 청사 시설 관리 → 청사시설 유지관리",
    "※ 사업명 변경 : 청사 시설 관리 → 청사시설유지관리",  # the name now spaced otherwise
    "- 사업명 변경 : 청사 시설 관리 → 청사시설 유지관리",
    "○ 명칭 변경: 청사 시설 관리 -> 청사시설 유지관리",
    "(’24. 사업명 변경 : 청사 시설 관리 → 청사시설 유지관리)",
    "※ 2024. 1. 1. 청사 시설 관리에서 사업명 변경",
    "(구) 청사 시설 관리",
    "※ (舊) 청사 시설 관리",
    "- 구 사업명 : 청사 시설 관리",
    "(종전 사업명: 청사 시설 관리)",
])
@pytest.mark.parametrize("where", ["below the title", "below the purpose"])
def test_a_rename_on_a_line_under_the_title_is_the_former_title(line, where):
    body = TITLE + line + "\n\n" + PURPOSE if where == "below the title" else TITLE + PURPOSE + line + "\n\n"
    assert _project(report("Ⅱ. 주요업무 추진실적\n\n" + body + BODY)) == READ


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "without-markdown", "space-aligned", "pdf grid",
                                    "all-of-them"])
def test_a_rename_line_in_a_report_so_printed(layout, tmp_path):
    text = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
            "Ⅱ. 주요업무 추진실적\n\n" + TITLE + "※ 사업명 변경: 청사 시설 관리 → 청사시설 유지관리\n\n" + PURPOSE
            # a dash line over the purpose would take the purpose for its wrapped rest where no blank line parts them
            + BODY + "\n② 직원 디지털 전환 교육 (교육후생팀)\n\n직원의 디지털 역량을 높이고자 함\n\n"
            "- 사업명 변경 : 직원 디지털 역량 강화 → 직원 디지털 전환 교육\n\n□ 추진실적\n\n○ 디지털 교육 : 3월~6월\n")
    r = read_laid_out(text, layout, tmp_path)
    assert [(p.title, p.former_title, [item.text for item in p.items]) for p in r.projects] == [
        ("청사시설 유지관리", "청사 시설 관리", ["본관 옥상 방수공사 : 4월~5월"]),
        ("직원 디지털 전환 교육", "직원 디지털 역량 강화", ["디지털 교육 : 3월~6월"])]


def test_a_title_printing_its_former_name_after_a_bracketed_mark():
    for title in ("① 청사시설 유지관리 (구) 청사 시설 관리 (청사관리팀)",
                  "① 청사시설 유지관리 ((구) 청사 시설 관리) (청사관리팀)"):
        assert _project(report("Ⅱ. 주요업무 추진실적\n\n" + title + "\n\n" + PURPOSE + BODY)) == READ


@pytest.mark.parametrize("line", [
    "※ 사업명 변경: 청사 관리 → 청사 보수",  # a rename to another name
    "(구) 전역 방역",  # no word of the title's
    "※ 위탁 방식에서 직영으로 변경",  # not the name
    "(구) 청사",  # two letters
])
def test_other_lines_under_the_title_stay_what_they_were(line):
    (project,) = report("Ⅱ. 주요업무 추진실적\n\n" + TITLE + PURPOSE + line + "\n\n" + BODY).projects
    assert project.former_title is None
    assert line.lstrip("※(- ").split()[-1] in (project.purpose or "") + " ".join(item.text for item in project.items)


def test_a_rename_line_under_a_part_is_an_item():
    (project,) = report("Ⅱ. 주요업무 추진실적\n\n" + TITLE + PURPOSE + BODY
                        + "\n○ 사업명 변경: 청사 시설 관리 → 청사시설 유지관리\n").projects
    assert project.former_title is None
    assert [item.text for item in project.items][-1] == "사업명 변경: 청사 시설 관리 → 청사시설 유지관리"


@pytest.mark.parametrize(("line", "former"), [
    ("사업명 변경: 청사 시설 관리 → 청사시설 유지관리", "청사 시설 관리"),
    ("변경 전 사업명 : 청사 시설 관리", "청사 시설 관리"),
    ("사업명 변경 : 청사 시설 관리 → 청사시설 유지관리 (’24. 1월)", None),  # more after the name now
    ("청사 시설 관리에서 변경", None),  # no 사업명 nor 명칭
    ("구 청사 3,000천원", None),
])
def test_what_a_line_tells(line, former):
    assert former_title_line(line, "청사시설 유지관리") == former
    assert former_title_line(line, None) is None


def test_a_bracketed_mark_after_a_name():
    assert split_former_name("청사시설 유지관리 (구) 청사 시설 관리") == ("청사시설 유지관리", "청사 시설 관리")
    assert split_former_name("안전 점검 (구) 청사") == ("안전 점검 (구) 청사", None)
