"""A city's council hears the departments of its 구청s too: `장안구 총무과` on a cover of the 수원시의회 is the
장안구's 총무과 (`office`), a report other than the 권선구's 총무과 of the year, where a district's own council's
cover (`영등포구 총무과` to the 영등포구의회) names the district, no office. The office may be printed after the
department in brackets (`총무과(장안구)`), run into it (`장안구총무과`), or, the cover naming none, in the file's name
(`2025-장안구-총무과.txt`)."""

import json
import sqlite3
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.db import SCHEMA_VERSION, connect
from pipeline.extract import extract_file
from tests.corpus import as_old_schema, invoke, report_folder
from tests.layouts import read_laid_out

BODY = ("Ⅰ. 일반현황\n\n1. 예산현황\n\n(단위: 백만원)\n\n구 분\t예산액\t집행액\t집행률(%)\n"
        "계\t3,150\t1,260\t40.0\n청사 관리\t2,100\t945\t45.0\n인력 운영\t1,050\t315\t30.0\n")


def cover(council: str, line: str, year: int = 2025) -> str:
    return f"제290회 {council} 제1차 정례회\n\n{year}년 주요업무 보고\n\n{line}\n\n{BODY}"


@pytest.mark.parametrize("layout", ["tab", "space-aligned-without-markdown", "pdf grid"])
@pytest.mark.parametrize("council, line, office, department", [
    ("수원시의회", "장안구 총무과", "장안구", "총무과"),
    ("수원시의회", "장안구청 총무과", "장안구", "총무과"),  # before: the department `장안구청총무과`
    ("수원시의회", "수원시 장안구 총무과", "장안구", "총무과"),
    ("수원시의회", "수원시 장안구청 총무과", "장안구", "총무과"),
    ("수원시의회", "장안구 / 총무과", "장안구", "총무과"),
    ("수원시의회", "장 안 구 총 무 과", "장안구", "총무과"),
    ("수원시의회", "장안구\n\n총무과", "장안구", "총무과"),
    ("수원시의회", "장안구청\n\n총무과", "장안구", "총무과"),
    ("수원시의회", "장안구 청소년과", "장안구", "청소년과"),
    ("수원시의회", "장안구 보건소 건강증진과", "장안구", "건강증진과"),
    ("고양시의회", "일산동구 총무과", "일산동구", "총무과"),
    ("고양시의회", "일산동구청 민원여권과", "일산동구", "민원여권과"),
    ("창원시의회", "마산합포구 총무과", "마산합포구", "총무과"),  # before: the department `마산합포구총무과`
    ("포항시의회", "남구청 총무과", "남구", "총무과"),
    ("용인시의회", "수지구 총무과", "수지구", "총무과"),
    ("천안시의회", "서북구 민원지적과", "서북구", "민원지적과"),
    ("수원시의회", "장안구 행정지원국 총무과", "장안구", "총무과"),
    # the office in brackets after the department; before, of no office (`총무과 (장안구청)`: no department, and
    # `건강증진과(장안구 보건소)` the department `보건소`)
    ("수원시의회", "총무과(장안구)", "장안구", "총무과"),
    ("수원시의회", "총무과 (장안구청)", "장안구", "총무과"),
    ("수원시의회", "건강증진과(장안구 보건소)", "장안구", "건강증진과"),
    ("고양시의회", "민원여권과（일산동구청）", "일산동구", "민원여권과"),
    # the office run into the department; before, the department as printed (`장안구총무과`, `장 안 구 청 총 무 과`
    # the department `청총무과`)
    ("수원시의회", "장안구총무과", "장안구", "총무과"),
    ("수원시의회", "장안구청총무과", "장안구", "총무과"),
    ("수원시의회", "장안구청사회복지과", "장안구", "사회복지과"),
    ("수원시의회", "장안구청소년과", "장안구", "청소년과"),  # the 청 of 청소년과, not of a 구청
    ("수원시의회", "장안구보건소 건강증진과", "장안구", "건강증진과"),
    ("수원시의회", "장 안 구 청 총 무 과", "장안구", "총무과"),
    ("창원시의회", "마산합포구청총무과", "마산합포구", "총무과"),
    ("포항시의회", "남구보건소 건강증진과", "남구", "건강증진과"),
    # a name that only starts like a 구 run into a department: as printed
    ("수원시의회", "개발제한구역과", None, "개발제한구역과"),
    ("수원시의회", "취약가구지원과", None, "취약가구지원과"),
    # no office: a city's own department, a unit above it that is no 구
    ("수원시의회", "총무과", None, "총무과"),
    ("수원시의회", "수원시 총무과", None, "총무과"),
    ("수원시의회", "수원시청 총무과", None, "총무과"),  # before: the department `수원시청총무과`
    ("수원시의회", "수원시청\n\n총무과", None, "총무과"),
    ("수원시의회", "총무과(수원시청)", None, "총무과"),
    ("수원시의회", "행정지원국 총무과", None, "총무과"),
    ("수원시의회", "농업기술센터 농업지원과", None, "농업지원과"),
    ("수원시의회", "수원시 농업기술센터 농업지원과", None, "농업지원과"),
    ("수원시의회", "농업기술센터\n\n농업지원과", None, "농업지원과"),
    # words that only end like a 구: no office (the department as before)
    ("수원시의회", "관광특구 총무과", None, "총무과"),
    ("수원시의회", "미래 연구 담당관", None, "담당관"),
    # a district's own council: its 구 is the district, no office of a city (as before)
    ("영등포구의회", "영등포구 총무과", None, "총무과"),
    ("영등포구의회", "영등포구\n\n총무과", None, "총무과"),
    # and run into the department, or as its 구청, the district is left out as printed apart (before, the department
    # `영등포구총무과`, `영등포구청총무과`; none for `총무과(영등포구청)`); another 구 run in is the department's name
    ("영등포구의회", "영등포구총무과", None, "총무과"),
    ("영등포구의회", "영등포구청 총무과", None, "총무과"),
    ("영등포구의회", "총무과(영등포구청)", None, "총무과"),
    ("영등포구의회", "장안구총무과", None, "장안구총무과"),
    # a 광역시's or 특별시's 구 has a council of its own: not read as an office of the city's
    ("부산광역시의회", "해운대구 총무과", None, "총무과"),
    ("서울특별시의회", "중구 총무과", None, "총무과")])
def test_the_office_a_citys_council_cover_names(council, line, office, department, layout, tmp_path):
    document = read_laid_out(cover(council, line), layout, tmp_path).document
    assert (document.council, document.office, document.department) == (council, office, department)


ORGANISATION = "Ⅰ. 일반현황\n\n1. 조 직 : {} - 4개팀\n\n"


@pytest.mark.parametrize("layout", ["tab", "pdf grid"])
@pytest.mark.parametrize("council, line, organisation, office, department", [
    # the cover prints the department alone, the organisation line its office too (before: no office)
    ("수원시의회", "총무과", "장안구 총무과", "장안구", "총무과"),
    ("수원시의회", "총무과", "장안구청 총무과", "장안구", "총무과"),
    ("창원시의회", "민원여권과", "마산합포구 민원여권과", "마산합포구", "민원여권과"),
    # the cover prints no department: the organisation line's office and department (before: the department)
    ("수원시의회", "", "장안구 총무과", "장안구", "총무과"),
    # the cover's office is kept; an organisation line naming another department gives no office
    ("수원시의회", "권선구 총무과", "장안구 총무과", "권선구", "총무과"),
    ("수원시의회", "총무과", "장안구 세정과", None, "총무과"),
    # another council's cover: no office (a district's own council, as its cover's line)
    ("영등포구의회", "총무과", "영등포구 총무과", None, "총무과"),
    ("서울특별시의회", "총무과", "중구 총무과", None, "총무과")])
def test_the_office_the_organisation_line_names(council, line, organisation, office, department, layout, tmp_path):
    text = cover(council, line).replace("Ⅰ. 일반현황\n\n", ORGANISATION.format(organisation))
    document = read_laid_out(text, layout, tmp_path).document
    assert (document.council, document.office, document.department, document.team_count) == (
        council, office, department, 4)


def test_the_office_on_a_cover_printing_its_council_alone(tmp_path):
    text = f"수원시의회\n\n2025년 주요업무 보고\n\n권선구 총무과\n\n{BODY}"
    document = read_laid_out(text, "tab", tmp_path).document
    assert (document.council, document.office, document.department) == ("수원시의회", "권선구", "총무과")


def two_offices(tmp_path):
    """The 장안구's and the 권선구's 총무과 2025, and a copy of the 장안구's report corrected after (`jangan2`: the
    same report, with a 계 that no longer adds up and its rate wrong either way: `sum.budget` and `rate`)."""
    jangan = cover("수원시의회", "장안구 총무과")
    return report_folder(tmp_path, gwonseon=cover("수원시의회", "권선구 총무과"), jangan=jangan,
                         jangan2=jangan.replace("계\t3,150\t1,260\t40.0", "계\t3,160\t1,260\t41.0"))


def test_two_offices_departments_of_one_name_are_two_reports(tmp_path):
    # before, all three were `총무과` 2025 of the 수원시의회: the `reports` view held one of them (`jangan2`), and the
    # summary counted `… in 3 files; 2 errors, 0 warnings, 0 info in 1 report`
    result = invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(two_offices(tmp_path)))
    assert result.exit_code == 0, result.output
    assert ("findings: 2 errors, 0 warnings, 0 info in 3 files; 2 errors, 0 warnings, 0 info in 2 reports"
            in " ".join(result.output.split()))
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT count(*) FROM reports").fetchone() == (2,)
    assert conn.execute("SELECT office, department, council, path FROM reports ORDER BY office").fetchall() == [
        ("권선구", "총무과", "수원시의회", str(tmp_path / "in" / "gwonseon.txt")),
        ("장안구", "총무과", "수원시의회", str(tmp_path / "in" / "jangan2.txt"))]
    conn.close()
    shown = invoke(tmp_path, "show", "--db", "r.db", "권선구 총무과 2025")
    assert shown.exit_code == 0, shown.output
    assert "권선구 총무과 2025 2025년 주요업무 보고" in shown.output
    assert [[cell.strip() for cell in line.split("│")[1:3]] for line in shown.output.splitlines()
            if "│ office" in line] == [["office", "권선구"]]
    both = invoke(tmp_path, "show", "--db", "r.db", "총무과 2025")
    assert both.exit_code == 1
    assert ("2 documents match '총무과 2025'; give one id (or the office first: `권선구 총무과 2025`): "
            "1 (수원시의회 권선구 2025, gwonseon.txt), 3 (수원시의회 장안구 2025, jangan2.txt)"
            in " ".join(both.output.split()))


def test_check_names_each_findings_office(tmp_path):
    invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(two_offices(tmp_path)))
    result = invoke(tmp_path, "check", "--db", "r.db")
    assert [line.split("│")[1].strip() for line in result.output.splitlines() if "│ error" in line] == [
        "장안구 총무과 2025 (jangan2.txt)", "장안구 총무과 2025 (jangan2.txt)"]  # jangan.txt is of that name too
    checked = invoke(tmp_path, "check", "--json", str(tmp_path / "in" / "jangan2.txt"))
    assert [(f["council"], f["office"], f["department"], f["rule"]) for f in json.loads(checked.output)] == [
        ("수원시의회", "장안구", "총무과", "rate"), ("수원시의회", "장안구", "총무과", "sum.budget")]


def test_a_schema_22_database_gains_the_office_and_tells_the_offices_apart_once_extracted_again(tmp_path):
    invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(two_offices(tmp_path)))
    as_old_schema(tmp_path / "r.db", 22)
    old = sqlite3.connect(tmp_path / "r.db")
    assert "office" not in [row[1] for row in old.execute("PRAGMA table_info(documents)")]
    assert old.execute("SELECT count(*) FROM reports").fetchone() == (1,)  # schema 22 folded them into one
    old.execute("UPDATE documents SET extracted_by = 'an older reportdb'")
    old.commit()
    old.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert "e.office IS d.office" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'reports'").fetchone()[0]
    assert db.execute("SELECT count(office) FROM documents").fetchone() == (0,)
    db.close()
    result = invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(tmp_path / "in"))
    assert "re-read 3" in result.output, result.output
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT office FROM reports ORDER BY office").fetchall() == [("권선구",), ("장안구",)]
    conn.close()


def _report_search(conn) -> list[str]:
    """How the `reports` view finds each document's report: its subqueries' searches."""
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM reports") if "SEARCH" in row[3]]


def test_a_schema_23_database_gains_the_index_by_office(tmp_path):
    invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(two_offices(tmp_path)))
    as_old_schema(tmp_path / "r.db", 23)
    old = sqlite3.connect(tmp_path / "r.db")
    # schema 23's index went by department, year and council: each report's document was looked for among every
    # office's documents of its department and year
    assert _report_search(old) == [
        "SEARCH e USING INDEX documents_report (department=? AND year=? AND council=?)"] * 2
    assert old.execute("SELECT count(*) FROM reports").fetchone() == (2,)
    old.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert _report_search(db) == [
        "SEARCH e USING INDEX documents_report (department=? AND year=? AND council=? AND office=?)"] * 2
    assert db.execute("SELECT office, path FROM reports ORDER BY office").fetchall() == [
        ("권선구", str(tmp_path / "in" / "gwonseon.txt")), ("장안구", str(tmp_path / "in" / "jangan2.txt"))]
    db.close()


def test_a_query_tells_the_two_offices_budgets_apart(tmp_path):
    invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(two_offices(tmp_path)))
    result = invoke(tmp_path, "query", "--db", "r.db", "--json",
                    "SELECT r.office, b.budget_krw FROM reports r JOIN budget_lines b ON b.document_id = r.id "
                    "WHERE b.name = '계' AND r.council = '수원시의회' AND r.department = '총무과' ORDER BY r.office")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"office": "권선구", "budget_krw": 3150000000},
                                         {"office": "장안구", "budget_krw": 3160000000}]


def test_search_names_each_matchs_office(tmp_path):
    invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(two_offices(tmp_path)))
    result = invoke(tmp_path, "search", "--db", "r.db", "청사 관리")
    assert result.exit_code == 0, result.output
    assert sorted(line.split("│")[1].strip() for line in result.output.splitlines() if "청사 관리" in line) == [
        "권선구 총무과", "장안구 총무과"]


def test_a_citys_own_department_is_named_without_an_office(tmp_path):
    folder = two_offices(tmp_path)
    (folder / "city.txt").write_text(cover("수원시의회", "총무과"), encoding="utf-8")
    invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder))
    city = invoke(tmp_path, "show", "--db", "r.db", "총무과 2025")
    assert city.exit_code == 0, city.output
    assert city.output.splitlines()[0].strip() == "총무과 2025 2025년 주요업무 보고"
    assert [[cell.strip() for cell in line.split("│")[1:3]] for line in city.output.splitlines()
            if "│ path" in line] == [["path", str(folder / "city.txt")]]
    jangan = invoke(tmp_path, "show", "--db", "r.db", "장안구 총무과 2025")
    assert jangan.output.splitlines()[0].strip() == "장안구 총무과 2025 2025년 주요업무 보고"


def test_the_readmes_staffing_question_keeps_two_offices_apart(tmp_path):
    """Before, the 장안구's and the 권선구's 총무과 2024 were one report, the one loaded last: its rows alone."""
    import regex

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    staffing = regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)[1]
    sample = (Path(__file__).parents[1] / "samples" / "2024-hanbit-chongmu-layout.txt").read_text(encoding="utf-8")
    city = sample.replace("한빛구의회", "수원시의회")
    folder = report_folder(tmp_path, jangan=city.replace("\n총 무 과\n", "\n장안구청\n\n총 무 과\n"),
                           gwonseon=city.replace("\n총 무 과\n", "\n권선구 총무과\n"))
    invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder))
    result = invoke(tmp_path, "query", "--db", "r.db", "--csv", staffing)
    assert result.output.splitlines() == [
        "council,office,year,department,as_of,정원,현원,과부족", "수원시의회,권선구,2024,총무과,,43,41,-2",
        "수원시의회,장안구,2024,총무과,,43,41,-2"]


def named_report(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(str(path))


def session_only(council: str) -> str:
    """A cover naming no department."""
    return f"제290회 {council} 제1차 정례회\n\n2025년 주요업무 보고\n\n{BODY}"


SESSION_ONLY = session_only("수원시의회")


@pytest.mark.parametrize("name, text, office, department, taken", [
    # a city's council's cover naming the department alone: the office from the name printed before it
    ("2025-장안구-총무과.txt", cover("수원시의회", "총무과"), "장안구", "총무과", ["office"]),
    ("수원시_장안구청_총무과_2025.md", cover("수원시의회", "총무과"), "장안구", "총무과", ["office"]),
    ("장안구총무과.txt", cover("수원시의회", "총무과"), "장안구", "총무과", ["office"]),
    ("2025 장안구 보건소 건강증진과.txt", cover("수원시의회", "건강증진과"), "장안구", "건강증진과", ["office"]),
    # naming none: the department and the office
    ("수원시_장안구청_총무과_2025.md", SESSION_ONLY, "장안구", "총무과", ["department", "office"]),
    ("장안구총무과.txt", SESSION_ONLY, "장안구", "총무과", ["department", "office"]),
    # the cover's office stands; the name's goes with the name's department only; none before it
    ("2025-장안구-총무과.txt", cover("수원시의회", "권선구 총무과"), "권선구", "총무과", []),
    ("2025-장안구-총무과.txt", cover("수원시의회", "세무과"), None, "세무과", []),
    ("장안구-2025-총무과.txt", cover("수원시의회", "총무과"), None, "총무과", []),
    # not a city's council: a district's own 구, or no council the cover names (a converter dropped the cover)
    ("2025-영등포구-총무과.txt", cover("영등포구의회", "총무과"), None, "총무과", []),
    ("영등포구총무과.txt", session_only("영등포구의회"), None, "총무과", ["department"]),  # as on its cover
    ("2025-장안구-총무과.txt", BODY, None, "총무과", ["department", "year"])])
def test_the_office_a_files_name_gives(name, text, office, department, taken, tmp_path):
    document = named_report(tmp_path, name, text).document
    assert (document.office, document.department, document.from_file_name) == (office, department, taken)


def test_check_says_the_office_was_taken_from_the_files_name(tmp_path):
    findings = run_checks(named_report(tmp_path, "2025-장안구-총무과.txt", cover("수원시의회", "총무과")))
    assert [(f.rule, f.row, f.actual, f.message) for f in findings if f.rule.startswith("cover")] == [
        ("cover.file_name", "구청", "장안구", "표지에 구청이 없어 파일 이름에서 가져왔습니다 (장안구)")]


def test_two_offices_told_apart_by_their_files_names_and_a_file_renamed(tmp_path):
    """The covers print `총무과` alone: before, one report of the two (`… in 1 report`). The office a name gave is
    the name's (`from_file_name`): a file renamed is read again, not taken over as it was."""
    folder = tmp_path / "in"
    folder.mkdir()
    for office, total in (("장안구", "3,150"), ("권선구", "3,160")):  # two contents: not a copy of the other
        text = cover("수원시의회", "총무과").replace("계\t3,150", f"계\t{total}")
        (folder / f"2025-{office}-총무과.txt").write_text(text, encoding="utf-8")
    invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder))
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT office, department, from_file_name FROM reports ORDER BY office").fetchall() == [
        ("권선구", "총무과", "office"), ("장안구", "총무과", "office")]
    conn.close()
    shown = invoke(tmp_path, "show", "--db", "r.db", "장안구 총무과 2025")
    assert [[cell.strip() for cell in line.split("│")[1:3]] for line in shown.output.splitlines()
            if "│ from file name" in line] == [["from file name", "office"]]
    (folder / "2025-장안구-총무과.txt").rename(folder / "2025-팔달구-총무과.txt")
    invoke(tmp_path, "ingest", "--db", "r.db", "--workers", "1", str(folder))
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT office, path FROM documents ORDER BY office").fetchall() == [
        ("권선구", str(folder / "2025-권선구-총무과.txt")), ("팔달구", str(folder / "2025-팔달구-총무과.txt"))]
    conn.close()
