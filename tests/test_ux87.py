"""The questions a council's staff, an auditor or a journalist asks, answered as README documents them, on fixtures
of many departments and years: the as-of date of a budget whose report prints its date over 인력 alone, what a
department planned (향후계획) with its months and amounts, the vehicles a fleet lists by age and 비고, and tables that
print Korean text whole at a narrow terminal (rich's ellipsis dropped a wrapped line's last word)."""

import shutil

import regex
from click.testing import CliRunner
from rich.console import Console

from pipeline.cli import main
from pipeline.render import Table
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "department_reports"


def readme_query(starting: str) -> str:
    """The README's `reportdb query` whose SQL starts so (spaces aside), as printed."""
    queries = regex.findall(r'reportdb query "(.*?)"', (ROOT / "README.md").read_text(encoding="utf-8"),
                            flags=regex.DOTALL)
    found = [query for query in queries if " ".join(query.split()).startswith(starting)]
    assert len(found) == 1, starting
    return found[0]


def ingest(tmp_path, monkeypatch, *names: str):
    for name in names:
        shutil.copy(FIXTURES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", *names, "--workers", "1"], catch_exceptions=False)
    assert result.exit_code == 0, result.output

    def invoke(*args: str, env: dict[str, str] | None = None):
        result = runner.invoke(main, list(args), catch_exceptions=False, env=env)
        assert "Traceback" not in result.output
        return result

    return invoke


def test_under_30_percent_takes_the_date_the_report_prints_over_its_staffing(tmp_path, monkeypatch):
    """도시계획과 2025 prints `(2025. 5. 31. 현재)` over 인력 alone and spent 612,750 of 2,451,000천원 (25.0%). Before,
    the README's question gave it no date, so it was not known to be May's; 건축과 prints `(2025. 5. 31. 기준)` over
    인력 too and spent 36.4%, not under 30%."""
    cli = ingest(tmp_path, monkeypatch, "2025-hanbit-dosigyehoek.txt", "2025-hanbit-geonchuk.txt")
    result = cli("query", readme_query("SELECT d.council, d.office, d.department, d.year, t.dated_as_of"), "--csv")
    assert result.output.splitlines() == ["council,office,department,year,dated_as_of,dated_by,execution_rate",
                                          "한빛구의회,,도시계획과,2025,2025-05-31,other tables,25.0"]
    every = readme_query("SELECT d.council, d.office, d.department, d.year, t.dated_as_of").replace(
        "WHERE t.executed_krw < 0.3 * t.budget_krw", "")
    assert cli("query", every, "--csv").output.splitlines()[1:] == [
        "한빛구의회,,도시계획과,2025,2025-05-31,other tables,25.0",
        "한빛구의회,,건축과,2025,2025-05-31,other tables,36.4"]


def test_a_departments_plans_with_their_months_and_amounts(tmp_path, monkeypatch):
    """공원녹지과 2023's 향후계획 items as printed (`나래어린이공원 등 3개소 착공: 7월 / 1,185,000천원`), its
    추진실적 left out; a plan into next year dated there (`’24. 3월`, `11월~익년 2월`)."""
    cli = ingest(tmp_path, monkeypatch, "2023-hanbit-gongwon.txt")
    result = cli("query", readme_query("SELECT d.council, d.year, p.title, i.text, i.months, i.amount_krw"), "--csv")
    assert result.output.splitlines() == [
        "council,year,title,text,months,amount_krw",
        '한빛구의회,2023,생활권 공원 조성,"나래어린이공원 등 3개소 착공: 7월 / 1,185,000천원",'
        '"[""2023-07""]",1185000000',
        '한빛구의회,2023,생활권 공원 조성,공원 이용 만족도 조사: 11월,"[""2023-11""]",',
        '한빛구의회,2023,생활권 공원 조성,나래어린이공원은 ’24. 3월 준공 예정,"[""2024-03""]",',
        '한빛구의회,2023,가로수 및 녹지 관리,하절기 가로수 가지치기: 7월~8월,"[""2023-07"",""2023-08""]",',
        '한빛구의회,2023,가로수 및 녹지 관리,동절기 가로수 월동 관리: 11월~익년 2월,'
        '"[""2023-11"",""2023-12"",""2024-01"",""2024-02""]",',
        '한빛구의회,2023,도시숲 조성,도시숲 조성 공사 착공: 8월,"[""2023-08""]",',
        '한빛구의회,2023,도시숲 조성,준공 및 유지관리: 2024. 6월,"[""2024-06""]",']


def test_listed_vehicles_by_age_and_those_past_their_useful_life(tmp_path, monkeypatch):
    """The fleets printed as lists (`연번 | 차 종 | 차량번호 | 연 식 | 용 도 | 비 고`, html2text's rows broken over
    lines; a list of one space, 세무관리과's), each vehicle with its plate, model year and age at the report's year;
    with the README's HAVING, the two its 비고 notes `내용연수 경과`, of 2015 and 2016."""
    cli = ingest(tmp_path, monkeypatch, "2025-seohae-gongwonnokji.md", "2025-hanbit-semugwalli.txt")
    fleet = readme_query("WITH labels AS (SELECT t.id AS table_id, h.col")
    assert cli("query", fleet, "--csv").output.splitlines() == [
        "council,department,year,caption,kind,plate,model_year,age,remark",
        "한빛구의회,세무관리과,2025,3 차량 현황,승용(소형),12가 3456,2015,10,내용연수 경과",
        "서해구의회,공원녹지과,2025,3. 차 량 : 총 3대,특수(살수차),85서5678,2016,9,내용연수 경과",
        "한빛구의회,세무관리과,2025,3 차량 현황,승합(중형),56다 1234,2019,6,",
        "서해구의회,공원녹지과,2025,3. 차 량 : 총 3대,화물(포터Ⅱ),81서1234,2019,6,",
        "한빛구의회,세무관리과,2025,3 차량 현황,승용(중형),34나 7890,2022,3,하이브리드",
        "서해구의회,공원녹지과,2025,3. 차 량 : 총 3대,승용(아이오닉5),123가4567,2022,3,전기차"]
    old = fleet.replace("GROUP BY t.id, c.row", "GROUP BY t.id, c.row HAVING age >= 10 OR remark LIKE '%내용연수%'")
    assert [row.split(",")[1::4] for row in cli("query", old, "--csv").output.splitlines()[1:]] == [
        ["세무관리과", "12가 3456"], ["공원녹지과", "85서5678"]]


def test_search_prints_a_wrapped_line_of_hangul_whole_at_80_columns(tmp_path, monkeypatch):
    """The purpose `… 근린공원의 노후 놀이시설과 …` wraps in a column 15 wide; rich's ellipsis printed `근린공원의 노 …`
    (the line just fills the column), losing `후`. A phrase finds the same 5 lines spaced or not (`공원 조성`,
    `공원조성`: `생활권 공원 조성`, `공원조성팀`), two terms the 8 lines holding both."""
    cli = ingest(tmp_path, monkeypatch, "2025-seohae-gongwonnokji.md", "2023-hanbit-gongwon.txt")
    both = cli("search", "공원", "조성", env={"COLUMNS": "80"})
    assert both.exit_code == 0 and both.output.startswith("8 matches")
    assert "│ 근린공원의 노후 │" in both.output and "…" not in both.output
    spaced = cli("search", "공원 조성")
    assert spaced.output.startswith("5 matches") and "생활권 공원 조성 (공원조성팀)" in spaced.output
    assert cli("search", "공원조성").output == spaced.output


def test_a_table_folds_a_word_too_long_for_its_column_rather_than_cropping_it():
    console = Console(width=30, record=True)
    table = Table("부서", "내용")
    table.add_row("서해구의회 공원녹지과", "근린공원의 노후 놀이시설과 산책로를 정비")
    console.print(table)
    printed = console.export_text()
    assert "…" not in printed and "노후" in printed and "정비" in printed


def test_bad_sql_and_files_that_are_no_report_say_so_in_one_line(tmp_path, monkeypatch):
    cli = ingest(tmp_path, monkeypatch, "2025-hanbit-dosigyehoek.txt")
    result = cli("query", "SELECT * FROM budget")
    assert result.exit_code == 1 and result.output.splitlines()[0].startswith(
        "Error: query failed: no such table: budget (the tables and views: budget_lines, budget_totals,")
    (tmp_path / "memo.txt").write_text("회의 메모\n", encoding="utf-8")
    result = cli("ingest", "memo.txt")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "refused   memo.txt: not a work report: no title, council session, numbered section or known table")
    (tmp_path / "empty").mkdir()
    result = cli("ingest", "empty")
    assert (result.exit_code, result.output.splitlines()[0]) == (1, "empty: no .txt, .md or .pdf reports found")


def test_a_query_starting_with_a_comment_runs_and_another_statement_is_refused_by_its_first_word(tmp_path,
                                                                                                  monkeypatch):
    """Before: `No such option '-- under 30%…'` (click took the query for an option), and `(SELECT 1)` refused as
    `not this`."""
    cli = ingest(tmp_path, monkeypatch, "2025-hanbit-dosigyehoek.txt")
    commented = "-- under 30%\nSELECT department, execution_rate FROM budget_totals JOIN reports ON id = document_id"
    for args in ([commented, "--csv"], ["--csv", commented], [commented, "--csv", "--db=reports.db"]):
        result = cli("query", *args)
        assert (result.exit_code, result.output.splitlines()) == (0, ["department,execution_rate", "도시계획과,25.0"])
    result = cli("query", "(SELECT 1)")
    assert (result.exit_code, result.output.splitlines()) == (
        1, ["Error: only SELECT and WITH queries are allowed, not one starting with `(`"])
    result = cli("query", "delete from documents")
    assert result.output.splitlines() == [
        "Error: only SELECT and WITH queries are allowed, not one starting with DELETE"]


def test_the_files_holding_wrong_totals_at_their_lines(tmp_path, monkeypatch):
    """회계과 2022 prints 8급 과부족 △2 where 현원 − 정원 is △1 (line 26), and 공유재산 관리's 집행률 32.6 where its
    figures make 32.4 (line 58)."""
    cli = ingest(tmp_path, monkeypatch, "2022-hanbit-hoegye.md")
    result = cli("query", readme_query("SELECT d.path, f.rule, f.location"), "--csv")
    path = str(tmp_path / "2022-hanbit-hoegye.md")
    assert result.output.splitlines() == [
        "path,rule,location,expected,actual", f"{path},shortfall,인력 / 과부족 / 일반직 8급 (line 26),-1,-2",
        f"{path},rate,예산현황 / 공유재산 관리 / 집행률(%) (line 58),32.4,32.6"]
