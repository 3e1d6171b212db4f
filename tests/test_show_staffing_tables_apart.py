"""`reportdb show` of a report printing two staffing tables (`□ 공무원` and `□ 공무직 등`) prints each as a table of
its own, `인력 표 1` and `인력 표 2`, its own 계 and date. Before, one grid of both: the second's 계 and 공무직
were printed over the first's (`정원 계 16` where the report prints 40) beside the first's 과부족."""

import re

import pytest

from tests.layouts import make_pdfs, space_aligned

COVER = "제281회 한빛구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 25.\n\n2024년 주요업무 보고\n\n행 정 지 원 과\n\n"
STAFFING = ("Ⅰ. 일반현황\n\n1 인 력\n\n□ 공무원 (2024. 5. 31. 기준)\n\n"
            "구 분\t계\t일 반 직\t\t\t공무직\n\t\t5급\t6급\t7급\t\n"
            "정 원\t40\t1\t15\t21\t3\n현 원\t38\t1\t16\t18\t3\n과부족\t△2\t-\t1\t△3\t-\n\n"
            "□ 공무직 등\n\n구 분\t계\t공무직\t기간제\n정 원\t16\t12\t4\n현 원\t15\t11\t4\n\n"
            "Ⅱ. 주요업무 추진실적\n\n① 청사 관리 (총무팀)\n\n관리하고자 함\n\n□ 추진실적\n\n○ 정기점검: 3월\n")


def rows_of(shown: str, title: str) -> list[list[str]]:
    """The body rows of the table `shown` prints under `title`, each as its cells."""
    lines = shown.split("\n")
    start = next(k for k, line in enumerate(lines) if line.startswith(title))
    body = []
    for line in lines[start + 1:]:
        if line.startswith("└"):
            break
        if line.startswith("│"):
            body.append(re.split(r"\s*│\s*", line.strip("│ ")))
    return body


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf"])
def test_each_staffing_table_is_shown_apart(layout, cli, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    text = COVER + STAFFING
    source = tmp_path / "2024-행정지원과.txt"
    source.write_text(space_aligned(text) if layout == "space-aligned" else text, encoding="utf-8")
    if layout == "pdf":
        make_pdfs().render(source, tmp_path / "2024-행정지원과.pdf")
        source.unlink()
    assert cli("ingest", ".")[0] == 0
    code, shown = cli("show", "1")
    assert code == 0
    assert rows_of(shown, "인력 표 1 (as of 2024-05-31)") == [["정원", "40", "1", "15", "21", "3"],
                                                          ["현원", "38", "1", "16", "18", "3"],
                                                          ["과부족", "-2", "0", "1", "-3", "0"]]
    assert rows_of(shown, "인력 표 2") == [["정원", "16", "12", "4"], ["현원", "15", "11", "4"]]


def test_one_staffing_table_is_shown_as_before(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    (tmp_path / "2024-행정지원과.txt").write_text(COVER + STAFFING.split("□ 공무직 등")[0] + "Ⅱ. 주요업무 추진실적\n"
                                               + STAFFING.split("Ⅱ. 주요업무 추진실적\n")[1], encoding="utf-8")
    assert cli("ingest", ".")[0] == 0
    code, shown = cli("show", "1")
    assert code == 0 and "인력 표" not in shown
    assert rows_of(shown, "인력 (as of 2024-05-31)")[0] == ["정원", "40", "1", "15", "21", "3"]
