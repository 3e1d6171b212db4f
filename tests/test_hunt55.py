"""Two departments' reports in styles not held before, read against their text line by line (branch hunt55):
- `2024-hanbit-anjeon.txt` (안전총괄과 2024, `pdftotext -layout` of a landscape PDF: form feeds, a running header,
  a letter-spaced title): 방재안전직 and 청원경찰 beside 일반직, a fleet printed model by model with its counts
  (`구 분 | 차 종 | 차 명 | 연 료 | 대 수 | 용 도`), 대피시설 in 개소 and ㎡, training dates `2024. 5. 14. ~ 5. 16.`,
  시설 점검 counts, a project's budget by 국비/시비/구비 rows.
- `2021-hanbit-cheongsohaengjeong.txt` (청소행정과 2021, `pandoc -t plain` of a .docx as pandoc on Windows writes it:
  CRLF): a fleet of `총 48대` with fuels as rows over kinds as columns, 폐기물 처리량 with `증 감 | 증감률(%)`,
  재활용품 by month with an `증 감` row, a 과태료's amount in an item, a project's budget by source rows.
What they read wrong before: the model-by-model fleet (each row's labels run together as its category, `승용 중형
아이오닉5 전기`, its kind `소계`, no fuel), the fuels-as-rows fleet (each fuel a category, the kinds its kinds), and
`412건, 과태료 41,200천원` (no amount). Neither report has a finding; each planted error is found on its cell."""

import functools
from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from extractors.projects import _amount
from pipeline.extract import extract_file
from pipeline.read_text import decode
from tests.conftest import every_item
from tests.layouts import space_aligned
from tests.pdf_styles import STYLES, rendered
from tests.test_pdf_parity_styles import _findings, _records

REPORTS = Path(__file__).parent / "department_reports"
SAFETY, CLEANING = "2024-hanbit-anjeon.txt", "2021-hanbit-cheongsohaengjeong.txt"


@functools.cache
def report(name: str):
    return extract_file(REPORTS / name)


def planted(name: str, old: str, new: str):
    """The report with one printed figure changed: its records and findings."""
    data = (REPORTS / name).read_bytes()
    assert old.encode() in data
    changed = extract_file(REPORTS / name, data.replace(old.encode(), new.encode(), 1))
    return changed, [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(changed)]


def counts(fleet) -> list[tuple]:
    return [(c.category, c.kind, c.fuel, c.count) for c in fleet.counts]


def items(project) -> list[tuple]:
    return [(item.text.split(" :")[0].split(":")[0], item.start_month, item.end_month, item.amount_krw)
            for item in every_item(project.items) if item.start_month or item.amount_krw]


def budget(lines) -> list[tuple]:
    return [(b.name, b.budget_krw // 1_000, b.executed_krw and b.executed_krw // 1_000) for b in lines]


@pytest.mark.parametrize("name", [SAFETY, CLEANING])
def test_the_reports_give_no_finding(name):
    assert run_checks(report(name)) == []


def test_a_safety_departments_cover_staffing_and_budget():
    safety = report(SAFETY)
    document = safety.document
    assert (document.council, document.department, document.year, document.team_count) == (
        "한빛구의회", "안전총괄과", 2024, 4)
    assert (document.session_start, document.session_end) == (date(2024, 6, 11), date(2024, 6, 25))
    assert [(s.job_class, s.grade, s.headcount) for s in safety.staffing if s.status == "현원"] == [
        ("계", "계", 33), ("일반직", "5급", 1), ("일반직", "6급", 6), ("일반직", "7급", 8), ("일반직", "8급", 5),
        ("일반직", "9급", 4), ("방재안전", "계", 2), ("공무직", "계", 5), ("청원경찰", "계", 2)]
    assert [(s.job_class, s.grade, s.headcount) for s in safety.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -1), ("일반직", "8급", -1),
        ("일반직", "9급", 0), ("방재안전", "계", -1), ("공무직", "계", 1), ("청원경찰", "계", 0)]
    assert {s.as_of for s in safety.staffing} == {date(2024, 5, 31)}
    # the 단위사업 table goes on over a page break, under the running header
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.rate_text) for b in safety.budget] == [
        ("계", 6_842_310, 2_318_904, "33.9"), ("재난관리 체계 구축", 2_115_400, 804_210, "38.0"),
        ("안전문화 확산", 486_700, 152_380, "31.3"), ("시설물 안전관리", 3_640_210, 1_165_004, "32.0"),
        ("민방위 운영", 520_000, 174_310, "33.5"), ("기본경비", 80_000, 23_000, "28.8")]
    assert [(t.caption, t.unit) for t in safety.tables] == [
        ("3. 차량 현황 : 총 5대", "대"), ("민방위 대피시설", "개소, ㎡"), ("재난안전 장비", "대"),
        ("시설 점검 현황", "개소, 건")]


def test_a_fleet_printed_model_by_model_with_its_counts():
    fleet, = report(SAFETY).vehicles
    # before: ('승용 중형 아이오닉5 전기', '소계', None, 1): the row's labels run together as its category, no fuel
    assert (fleet.caption, fleet.printed_total) == ("3. 차량 현황 : 총 5대", 5)
    assert counts(fleet) == [("승용", "중형", "전기", 1), ("승합", "중형", "경유", 2), ("화물", "소형", "경유", 1),
                             ("특수", "구조공작", "경유", 1)]
    # each model's row is kept as printed, its 차명 and 용도 too
    grid, = (t for t in report(SAFETY).tables if t.caption == fleet.caption)
    assert (grid.records_in, grid.rows[1]) == ("vehicles", ["승 용", "중형", "아이오닉5", "전기", "1", "재난현장 지휘"])


def test_models_of_one_kind_are_one_count_of_it():
    line = "   승  합          중형             스타리아         경유            2         비상근무·민방위\n"
    extra = "   승  합          중형             카니발           휘발유          1         민방위 교육\n"
    changed = extract_file(REPORTS / SAFETY, (REPORTS / SAFETY).read_bytes().replace(
        "총 5대".encode(), "총 6대".encode()).replace(line.encode(), (line + extra).encode()))
    assert counts(changed.vehicles[0])[1] == ("승합", "중형", None, 3)  # two fuels: the count has none
    assert run_checks(changed) == []


def test_a_model_by_model_fleet_is_checked_against_its_heading():
    _, found = planted(SAFETY, "총 5대", "총 6대")
    assert [(rule, expected, actual) for rule, _, _, expected, actual in found] == [("header.total", "5", "6")]


def test_a_safety_departments_projects():
    first, second, third = report(SAFETY).projects
    assert [(p.title, p.team, p.continuity) for p in (first, second, third)] == [
        ("2024년 재난대응 안전한국훈련 추진", "재난관리팀", "계속"), ("재난위험시설 안전점검", "시설안전팀", "확대"),
        ("민방위 교육훈련 운영", "민방위팀", None)]
    assert first.purpose.startswith("재난 발생 시 기관 간 협업체계를 점검하고")
    assert items(first) == [("기 간", 5, 5, None), ("훈련 기본계획 수립", 3, 3, None),
                            ("관계기관 합동 기획회의", 3, 4, None), ("토론기반 훈련(TTX)", 5, 5, None),
                            ("현장훈련", 5, 5, 18_500_000), ("훈련 결과보고 및 개선과제 발굴", 6, 6, None),
                            ("재난안전대책본부 운영 매뉴얼 정비", 7, 9, None)]
    assert budget(first.budget_lines) == [("계", 42_000, 26_000), ("국비", 10_000, 10_000), ("시비", 12_000, 8_000),
                                          ("구비", 20_000, 8_000)]
    assert items(second) == [("기 간", 1, 12, None), ("사 업 비", None, None, 184_000_000),
                             ("해빙기 안전점검", 2, 3, None), ("여름철 우기 대비 점검", 5, 5, 36_200_000),
                             ("재난위험시설 정밀안전진단", 4, 5, 62_000_000), ("풍수해 대비 급경사지 점검", 6, 7, None),
                             ("겨울철 대비 시설 점검", 11, 12, None)]
    assert budget(second.budget_lines) == [("계", 184_000, 98_200), ("시비", 54_000, 36_200),
                                           ("구비", 130_000, 62_000)]
    assert items(third)[-2:] == [("을지연습 연계 민방공 대피훈련", 8, 8, 64_000_000), ("민방위 보충교육", 10, 11, None)]
    assert third.budget_lines == []


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a source's row of a project's budget
    ("   구  비                20,000              8,000              40.0",
     "   구  비                21,000              8,000              38.1",
     [("sum.project_budget", "계", "예산액", "43,000천원", "42,000천원")]),
    # a part of the 시설 점검 count: its 지적사항 is its 조치완료 and 조치중, as on every row, and the 계 row's sum
    # then adds up over its right figure, so the part alone is found
    ("   급경사지                     34             34               9",
     "   급경사지                     34             34               8",
     [("sum.columns", "급경사지", "지적사항", "9", "8")]),
])
def test_a_safety_departments_planted_errors_are_found(old, new, expected):
    assert planted(SAFETY, old, new)[1] == expected


def test_a_cleaning_departments_staffing_and_budget():
    cleaning = report(CLEANING)
    document = cleaning.document
    assert (document.department, document.year, document.team_count, document.session_start) == (
        "청소행정과", 2021, 4, date(2021, 6, 8))
    assert [(s.job_class, s.grade, s.headcount) for s in cleaning.staffing if s.status == "정원"][-3:] == [
        ("계", "9급", 3), ("운전", "계", 9), ("환경공무관", "계", 68)]
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.rate_text) for b in cleaning.budget] == [
        ("계", 32_418_600, 13_247_310, "40.9"), ("생활폐기물 수집·운반", 24_806_000, 10_418_520, "42.0"),
        ("재활용 활성화", 4_120_400, 1_482_330, "36.0"), ("가로환경 정비", 2_952_200, 1_180_880, "40.0"),
        ("청소장비 운영", 540_000, 165_580, "30.7")]


KINDS = ("압축진개차", "암롤차", "노면청소차", "음식물수거차", "소형청소차")
FUEL_COUNTS = {"경유": (29, 8, 9, 3, 8, 1), "CNG": (15, 12, 0, 3, 0, 0), "전기": (4, 0, 0, 0, 0, 4)}
# each kind its told category's part, 화물 (fleet112)
PARTS = tuple(f"화물 {kind}" for kind in KINDS)
FLEET = {("계", "계", None, 48), *((kind, "소계", None, n) for kind, n in zip(PARTS, (20, 9, 6, 8, 5), strict=True)),
         *((kind, None, fuel, n) for fuel, row in FUEL_COUNTS.items()
           for kind, n in zip(("계", *PARTS), row, strict=True))}


def test_a_fleet_of_fuels_as_rows_over_kinds():
    fleet, = report(CLEANING).vehicles
    # before: ('경유', '소계', None, 29), ('경유', '압축진개차', None, 8) …: each fuel a category
    assert (fleet.caption, fleet.printed_total) == ("3. 청소차량 현황 : 총 48대", 48)
    assert set(counts(fleet)) == FLEET and len(fleet.counts) == len(FLEET)


def test_the_fleet_of_kinds_as_rows_over_fuels_reads_the_same():
    transposed = ("  구 분          계     경 유   CNG   전 기\r\n"
                  "  -------------- ------ ------- ----- -------\r\n"
                  "  계             48     29      15    4\r\n"
                  "  압축진개차     20     8       12    -\r\n"
                  "  암롤차         9      9       -     -\r\n"
                  "  노면청소차     6      3       3     -\r\n"
                  "  음식물수거차   8      8       -     -\r\n"
                  "  소형청소차     5      1       -     4\r\n")
    text = (REPORTS / CLEANING).read_bytes().decode()
    start = text.index("  구 분    계     압축진개차")
    end = text.index("\r\n\r\n", start) + 2
    columns = extract_file(REPORTS / CLEANING, (text[:start] + transposed + text[end:]).encode())
    assert set(counts(columns.vehicles[0])) == FLEET
    assert run_checks(columns) == []


def test_a_wrong_count_in_a_fleet_of_fuels_as_rows_is_found_on_its_cell():
    _, found = planted(CLEANING, "  경 유    29     8            9", "  경 유    29     9            9")
    assert found == [("sum.vehicles", "경유", "압축진개차", "8", "9")]  # its row the fuel's, as printed (fleet118)


def test_fuels_as_rows_over_the_laws_categories(tmp_path):
    # before: ('휘발유', '승용', None, 2) …, each fuel a category (a known limitation)
    text = ("2025년 주요업무 보고\n\n총무과\n\n□ 공용차량 현황 : 총 5대\n\n"
            "구 분\t소 계\t승 용\t승 합\n계\t5\t3\t2\n휘발유\t3\t2\t1\n전 기\t2\t1\t1\n")
    (path := tmp_path / "fleet.txt").write_text(text, encoding="utf-8")
    fleet, = extract_file(path).vehicles
    assert counts(fleet) == [("계", "계", None, 5), ("승용", "소계", None, 3), ("승합", "소계", None, 2),
                             ("계", None, "휘발유", 3), ("승용", None, "휘발유", 2), ("승합", None, "휘발유", 1),
                             ("계", None, "전기", 2), ("승용", None, "전기", 1), ("승합", None, "전기", 1)]
    wrong = run_checks(extract_file(path, text.replace("전 기\t2\t1\t1", "전 기\t2\t1\t2").encode()))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in wrong] == [
        ("sum.vehicles", "전기", "승합", "1", "2")]  # its row the fuel's, as printed (fleet118)


def test_a_cleaning_departments_projects():
    first, second = report(CLEANING).projects
    assert first.purpose == "생활폐기물을 신속하고 위생적으로 수집·운반하여 깨끗한 도시환경을 유지하고자 함"
    # before: the 과태료's amount was none
    assert items(first) == [("기 간", 1, 12, None), ("예 산", None, None, 24_806_000_000),
                            ("대행업체 수집·운반 실태 점검", 3, 5, None),
                            ("생활폐기물 배출시간 위반 단속", 1, 5, 41_200_000),
                            ("대행업체 원가산정 용역", 2, 4, 38_500_000), ("하반기 대행업체 평가", 10, 10, None),
                            ("2022년 대행계약 체결", 12, 12, None)]
    assert budget(first.budget_lines) == [("구비", 24_806_000, None)]
    assert items(second) == [("기 간", 3, 12, None), ("사업비", None, None, 412_000_000),
                             ("재활용 정거장 운영", 4, 12, None), ("투명 페트병 전용 수거함 배부", 3, 3, 18_600_000),
                             ("재활용 정거장 확대 설치", 7, 12, None), ("아파트 분리배출 컨설팅", 7, 11, None)]
    assert budget(second.budget_lines) == [("계", 412_000, 148_330), ("국비", 100_000, 62_000),
                                           ("시비", 120_000, 41_200), ("구비", 192_000, 45_130)]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a change, and a rate of change, of 폐기물 처리량 (`증 감 | 증감률(%)` after the two periods)
    ("  종량제    38,210         36,905         △1,305", "  종량제    38,210         36,905         △1,350",
     [("sum.table", "종량제", "증 감", "-1,305", "-1,350")]),
    ("  음식물    14,830         14,102         △728     △4.9",
     "  음식물    14,830         14,102         △728     △5.9",
     [("rate.table", "음식물", "증감률(%)", "-4.9", "-5.9")]),
    # a month's 증 감 under the two years' rows
    ("  증 감   52      48      109", "  증 감   52      48      119",
     [("sum.table", "증 감", "3월", "109", "119")]),
])
def test_a_cleaning_departments_planted_errors_are_found(old, new, expected):
    assert planted(CLEANING, old, new)[1] == expected


@pytest.mark.parametrize(("text", "amount"), [
    # what is imposed is money as a 부과액 is (before, none)
    ("생활폐기물 배출시간 위반 단속: 1월~5월 / 412건, 과태료 41,200천원", 41_200_000),
    ("영업정지 갈음 과징금: 3건, 과징금 12,000천원", 12_000_000),
    ("위반건축물 이행강제금 1억 2,000만원 부과", 120_000_000),
    ("과태료: 5,000천원", 5_000_000),
    # as before
    ("허위·지연신고 과태료 부과: 2월~5월 / 27건, 31,400천원", 31_400_000),
    ("과태료 6건", None), ("행정처분: 업무정지 2건, 과태료 6건", None),
])
def test_an_items_money_imposed(text, amount):
    assert _amount(text) == amount


@pytest.mark.parametrize("name", [SAFETY, CLEANING])
@pytest.mark.parametrize("style", list(STYLES))
def test_the_reports_as_pdfs_give_the_records_and_findings_of_their_text(name, style, tmp_path_factory):
    pdf = rendered(REPORTS / name, style, tmp_path_factory.mktemp("hunt55"))
    text, printed = report(name), extract_file(pdf)
    assert _records(printed) == _records(text)
    assert _findings(printed) == _findings(text) == []


@pytest.mark.parametrize("name", [SAFETY, CLEANING])
def test_the_reports_laid_out_as_aligned_text_give_the_records_of_their_text(name, tmp_path):
    source = REPORTS / name
    aligned = tmp_path / name
    aligned.write_text(space_aligned(decode(str(source), source.read_bytes())), encoding="utf-8")
    shared = ("document", "projects", "staffing", "vehicles", "budget")
    read, text = _records(extract_file(aligned)), _records(report(name))
    assert {key: read[key] for key in shared} == {key: text[key] for key in shared}
