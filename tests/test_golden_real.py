"""Golden test on the one real report (../shared/reports): every figure and project field, hand-checked."""

import datetime as dt
import json

import pytest

from pipeline.db import connect
from pipeline.load import load_report
from tests.conftest import every_item
from tests.layouts import LAYOUTS, assert_rows_give_their_lines

K = 1_000  # the report prints money in 천원

STAFFING_COLUMNS = (
    [("계", "계")]
    + [("일반직", g) for g in ("5급", "6급", "7급", "8급", "9급")]
    + [("관리운영직", g) for g in ("6급", "7급", "8급", "9급")]
    + [("별정직·임기제", g) for g in ("6급", "7급", "8급", "9급")]
)
STAFFING = {
    "정원": [50, 1, 6, 19, 6, 13, 0, 0, 0, 0, 1, 2, 2, 0],
    "현원": [51, 1, 13, 20, 10, 2, 1, 0, 0, 0, 1, 3, 0, 0],
    "과부족": [1, 0, 7, 1, 4, -11, 1, 0, 0, 0, 0, 1, -2, 0],
}

VEHICLES = [
    ("계", "계", 236),
    ("승용", "소계", 65),
    ("승용", "소형·다목적", 17),
    ("승용", "중형", 46),
    ("승용", "대형", 2),
    ("승합", "소계", 28),
    ("승합", "소형", 0),
    ("승합", "중형", 28),
    ("승합", "대형", 0),
    ("화물", "소계", 78),
    ("화물", "소형", 55),
    ("화물", "중형", 17),
    ("화물", "대형", 6),
    ("특수차", "소계", 41),
    ("특수차", "청소차", 27),
    ("특수차", "구급차", 1),
    ("특수차", "기타", 13),
    ("임시", "소계", 24),
]

BUDGET = [  # name, 예산액 and 집행액 in 천원, 집행률 as printed
    ("계", 137_351_335, 60_741_935, "44.2"),
    ("쾌적한 행정환경 조성", 3_701_804, 2_569_470, "69.4"),
    ("구정목표 달성을 위한 조직운영", 1_426_041, 383_666, "26.9"),
    ("창의적인 인재양성 및 직원복지 향상", 7_456_188, 3_844_211, "51.6"),
    ("대외교류 활성화", 79_369, 39_400, "49.6"),
    ("스마트시대를 선도하는 미래 정보화 추진", 1_116_906, 555_945, "49.8"),
    ("인력운영비", 123_033_956, 53_176_418, "43.2"),
    ("기본경비", 537_071, 172_825, "32.2"),
]

II, III = "Ⅱ 주요업무 추진실적", "Ⅲ 신규·중점사업 추진실적"
PROJECTS = [  # section, seq, title, where the title came from, team, (budget, executed in 천원, rate, source)
    (II, 1, "안전하고 쾌적한 청사환경 조성", "toc", None, (2_698_307, 1_862_509, "69", "구비")),
    (II, 2, "화합행정과 공정한 인사", "toc", None, (1_054_341, 388_833, "36.9", "구비")),
    (II, 3, "미래지향적 전문인재 양성", "toc", None, (904_400, 235_073, "26", "구비")),
    (II, 4, "천선도시 등 대내·외 교류 내실화", "toc", None, (79_369, 34_500, "43.5", "구비")),
    (II, 5, "구 홈페이지 및 정보시스템 운영·관리", "toc", None, (726_235, 364_600, "50.2", "구비")),
    (III, 1, "행복한 일터를 위한 직원 후생복지제도 운영", "body", "교육후생팀", (6_444_228, 3_556_748, "55.2", "구비")),
]

ITEMS = {  # (section, seq): every item as (heading, depth, text start, start month, end month, amount in won)
    ("Ⅱ 주요업무 추진실적", 1): [
        ("사업개요", 0, "대상시설: 본관·보건소", None, None, None),
        ("사업개요", 0, "추진사항: 청사 내 효", None, None, None),
        ("주요 추진실적", 0, "노후 시설 개선을 통한", None, None, None),
        ("주요 추진실적", 1, "별관 대강당 영상시설", 4, 4, 95700000),
        ("주요 추진실적", 1, "보건소 화장실 내 냉난", 2, 3, 45850000),
        ("주요 추진실적", 1, "우리은행 건물 옥상 방", 4, 5, 19558000),
        ("주요 추진실적", 0, "근무 직원과 내방 민원", None, None, None),
        ("주요 추진실적", 1, "여자화장실 상시형 불법", 3, 12, 21900000),
        ("주요 추진실적", 0, "근무환경 개선을 통한", None, None, None),
        ("주요 추진실적", 1, "전화업무용 방음부스 조", 4, 4, 26400000),
        ("향후계획", 0, "본관 청사 외벽타일 점", 6, 6, None),
        ("향후계획", 0, "사무실 재배치 및 근무", 6, 12, None),
    ],
    ("Ⅱ 주요업무 추진실적", 2): [
        ("사업개요", 0, "인사 정례화를 통한 투", None, None, None),
        ("사업개요", 0, "성과주의를 기본으로 하", None, None, None),
        ("주요 추진실적", 0, "공정하고 예측 가능한", None, None, None),
        ("주요 추진실적", 1, "정기인사 일정 사전 공", None, None, None),
        ("주요 추진실적", 1, "전보 희망부서제 및 부", None, None, None),
        ("주요 추진실적", 1, "직렬별 특성에 맞춘 전", None, None, None),
        ("주요 추진실적", 1, "인사상담 정례화: 매월", 1, 12, None),  # `매월 격주 목요일`: all year
        ("주요 추진실적", 0, "성과 중심의 일하는 조", None, None, None),
        ("주요 추진실적", 1, "전문직위 내실화 및 전", None, None, None),
        ("주요 추진실적", 1, "근무성적평정 '가' 평", None, None, None),
        ("주요 추진실적", 1, "구정현안업무 추진 우수", 1, 12, None),  # `매월 2개 부서`
        ("주요 추진실적", 1, "'재난 및 안전관리 직", None, None, None),
        ("주요 추진실적", 0, "직원과 조직이 함께 발", None, None, None),
        ("주요 추진실적", 1, "일·가정 양립을 위한", None, None, None),
        ("주요 추진실적", 1, "특별휴가(부모사랑휴가)", None, None, None),
        ("향후계획", 0, "2025년 하반기 인사", 6, 6, None),
    ],
    ("Ⅱ 주요업무 추진실적", 3): [
        ("사업개요", 0, "공직 주기별로 요구되는", None, None, None),
        ("사업개요", 0, "행정 전문가 양성을 위", None, None, None),
        ("사업개요", 0, "새로운 정책 수요에 대", None, None, None),
        ("주요 추진실적", 0, "직급별 맞춤형 교육", None, None, None),
        ("주요 추진실적", 1, "신규직원 조직적응지원", 3, 3, None),
        ("주요 추진실적", 0, "직무 교육 및 공직자", None, None, None),
        ("주요 추진실적", 1, "조직문화, 예산·회계,", None, None, None),
        ("주요 추진실적", 1, "직원 민원 소통교육(3", 3, 3, None),
        ("주요 추진실적", 0, "미래 변화 대응 역량", None, None, None),
        ("주요 추진실적", 1, "국내 대학(원) 교육비", 1, 6, None),
        ("주요 추진실적", 1, "독서 통신교육(3월~1", 3, 11, None),
        ("주요 추진실적", 1, "모바일 외국어 교육(2", 2, 11, None),
        ("향후계획", 0, "분야별 직무교육 및 글", 6, 11, None),
        ("향후계획", 0, "힐링 프로그램 및 희망", 7, 11, None),
        ("향후계획", 0, "4·5급 간부공무원 및", 9, 11, None),
    ],
    ("Ⅱ 주요업무 추진실적", 4): [
        ("주요 추진실적", 0, "국내 교류", None, None, None),
        ("주요 추진실적", 1, "제19회 영등포 여의도", 4, 4, None),
        ("주요 추진실적", 1, "개청 30주년 광주 남", 4, 4, None),
        ("주요 추진실적", 1, "친선도시 어린이 문화체", 5, 5, None),
        ("주요 추진실적", 0, "국외 교류", None, None, None),
        ("주요 추진실적", 1, "서한문 및 기념품 교환", 1, 12, None),
        ("주요 추진실적", 1, "영등포구 선수단 일본", 2, 2, None),
        ("주요 추진실적", 0, "대외 교류", None, None, None),
        ("주요 추진실적", 1, "영등포구 청년의 투자·", 2, 2, None),
        ("주요 추진실적", 1, "상반기 청년실전경제교육", 3, 5, None),
        ("주요 추진실적", 1, "다문화 학생 AI·디지", 3, 3, None),
        ("주요 추진실적", 1, "다문화 학생 AI·디지", 4, 5, None),
        ("향후계획", 0, "영등포구 명예구민증 수", 6, 6, None),
        ("향후계획", 0, "하반기 청년실전경제교육", 6, 11, None),
        ("향후계획", 0, "영등포 청소년문화체험단", 7, 7, None),
        ("향후계획", 0, "여름방학 어린이 문화체", 8, 8, None),
        ("향후계획", 0, "일본 기시와다시 오사카", 9, 9, None),
        ("향후계획", 0, "일본 기시와다시 문예축", 10, 10, None),
        ("향후계획", 0, "지역행사 및 시·군·구", 1, 12, None),
    ],
    ("Ⅱ 주요업무 추진실적", 5): [
        ("사업개요", 0, "사업기간: 1월~12월", 1, 12, None),
        ("사업개요", 0, "사업내용", None, None, None),
        ("사업개요", 1, "대표 홈페이지 안정적", None, None, None),
        ("사업개요", 1, "행정정보시스템의 안정적", None, None, None),
        ("주요 추진실적", 0, "대표 홈페이지 안정적", None, None, None),
        ("주요 추진실적", 1, "설날 종합대책 안내 콘", 1, 1, None),
        ("주요 추진실적", 1, "문화관광 홈페이지 봄꽃", 1, 3, None),
        ("주요 추진실적", 1, "중장년국가자격응시료지원", 3, 4, None),
        ("주요 추진실적", 0, "홈페이지 스토리지 교체", 2, 3, None),
        ("주요 추진실적", 1, "홈페이지 스토리지 노후", None, None, None),
        ("주요 추진실적", 0, "서울행정, 온나라 등", None, None, None),
        ("주요 추진실적", 1, "대상: 시군구 공통시스", None, None, None),
        ("향후계획", 0, "안정적인 홈페이지 운영", None, None, None),
        ("향후계획", 1, "대표 홈페이지 메인 디", 6, 7, None),
        ("향후계획", 1, "자동차 무보험 운행사건", 6, 8, None),
        ("향후계획", 1, "대형폐기물 행정동 자동", 8, 9, None),
        ("향후계획", 0, "정보시스템 주요 데이터", 6, 12, None),
    ],
    ("Ⅲ 신규·중점사업 추진실적", 1): [
        ("사업개요", 0, "휴식과 충전을 위한 여", None, None, None),
        ("사업개요", 0, "일-가정 양립을 위한", None, None, None),
        ("사업개요", 0, "건강한 근무 환경 조성", None, None, None),
        ("주요 추진실적", 0, "여가 및 휴양생활 지원", None, None, None),
        ("주요 추진실적", 1, "휴양소 운영: (연중콘", 2, 2, None),
        ("주요 추진실적", 1, "직원동호회 지원: 15", None, None, None),
        ("주요 추진실적", 1, "모범공무원 국토 사랑", 5, 5, None),
        ("주요 추진실적", 0, "가족친화제도 강화 운영", None, None, None),
        ("주요 추진실적", 1, "명절 및 생일선물 지급", None, None, None),
        ("주요 추진실적", 1, "직원 경조사 지원: 장", None, None, None),
        ("주요 추진실적", 0, "맞춤형 건강관리 지원", None, None, None),
        ("주요 추진실적", 1, "직원 단체보장보험 보장", None, None, None),
        ("주요 추진실적", 1, "국가 건강검진비 지원:", None, None, None),
        ("주요 추진실적", 1, "난임치료 시술비 지원:", None, None, None),
        ("향후계획", 0, "하계휴양소 운영: 하계", 7, 8, None),
    ],
}


def test_document_info(real_report):
    doc = real_report.document
    assert (doc.department, doc.year, doc.title) == ("총무과", 2025, "2025년 주요업무 보고")
    assert doc.council_session == "제261회 구의회 제1차 정례회"
    assert (doc.session_start, doc.session_end) == (dt.date(2025, 6, 12), dt.date(2025, 6, 27))
    assert doc.team_count == 5


def test_every_staffing_figure(real_report):
    got = {(s.status, s.job_class, s.grade): s.headcount for s in real_report.staffing}
    expected = {
        (status, cls, grade): n
        for status, row in STAFFING.items()
        for (cls, grade), n in zip(STAFFING_COLUMNS, row, strict=True)
    }
    assert got == expected
    assert {s.source.line for s in real_report.staffing if s.status == "과부족"} == {40}
    assert {s.as_of for s in real_report.staffing} == {None}  # `2 인력` prints no date (the budget: `(5.31.기준)`)


def test_vehicle_header_repaired_by_the_sums(real_report):
    (fleet,) = real_report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == VEHICLES
    assert (fleet.caption, fleet.printed_total, fleet.quota, fleet.unit) == (
        "공용차량 - 총236대 (정수 236)",
        236,
        236,
        "대",
    )
    assert fleet.repaired and "특수차 4칸" in fleet.repair_note
    assert fleet.as_of is None  # neither `□ 공용차량 - 총236대 (정수 236)` nor `(단위: 대)` prints a date


def test_every_budget_line(real_report):
    got = [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in real_report.budget]
    assert got == [(name, budget * K, executed * K, rate) for name, budget, executed, rate in BUDGET]
    assert {b.as_of for b in real_report.budget} == {dt.date(2025, 5, 31)}
    assert {b.unit for b in real_report.budget} == {"천원"}


def test_projects_titles_teams_and_budgets(real_report):
    got = [
        (
            p.section,
            p.seq,
            p.title,
            p.title_from,
            p.team,
            [(b.budget_krw, b.executed_krw, b.rate_text, b.funding_source) for b in p.budget_lines],
        )
        for p in real_report.projects
    ]
    assert got == [(s, n, t, f, team, [(b * K, e * K, r, src)]) for s, n, t, f, team, (b, e, r, src) in PROJECTS]
    assert real_report.projects[0].purpose.startswith("청사 시설물을 안전하고 쾌적하게")
    assert real_report.projects[0].purpose.endswith("제공하고자 함")


@pytest.mark.parametrize("key", list(ITEMS))
def test_every_project_item(real_report, key):
    project = next(p for p in real_report.projects if (p.section, p.seq) == key)
    flat = [(item.heading, item.depth, item.text[:12].strip(), item.start_month, item.end_month, item.amount_krw)
            for item in every_item(project.items)]
    assert flat == ITEMS[key]


def test_continuation_line_joins_its_item(real_report):
    project = next(p for p in real_report.projects if p.seq == 5 and p.section == II)
    target = project.items[4].children[0]
    assert target.text.endswith("39종") and "48종 구 자체 운영 시스템" in target.text


def test_other_tables_kept_as_grids(real_report):
    captions = [(t.caption, t.project_seq, len(t.rows)) for t in real_report.tables]
    assert captions == [("구 청사", None, 7), ("정보화교육장", None, 2), ("상호결연도시 현황", 4, 3)]
    assert [t.as_of for t in real_report.tables] == [None, None, None]  # `준공일자` dates buildings, not the table
    buildings = real_report.tables[0]
    assert buildings.rows[0][2] == "대지 (m²)"
    assert buildings.rows[1][:4] == ["본 관", "계", "7,622", "15,667"]
    assert buildings.rows[2][:2] == ["", "본 관"]  # merged row label kept as a blank


def test_the_buildings_dates_give_their_months(real_report, tmp_path):
    """`준공일자` dates each building (`table_cells.months`), 별관's its extensions' too, printed run together in
    brackets, `2002. 2. 19. (2018. 6. 2. 2020. 10. 5. 증축)` (before, 2018's month was lost)."""
    db = connect(tmp_path / "r.db")
    load_report(db, real_report, "sha-1", [])
    assert [(row, json.loads(months)) for row, months in db.conn.execute(
        "SELECT c.row, c.months FROM table_cells c JOIN generic_tables t ON t.id = c.table_id "
        "WHERE t.caption = '구 청사' AND c.months IS NOT NULL ORDER BY c.row, c.col")] == [
        (2, ["1976-01"]), (3, ["1994-09"]), (4, ["1997-03"]), (5, ["2002-02", "2018-06", "2020-10"]),
        (6, ["1998-03"])]

@pytest.mark.parametrize("layout", ["as-printed", *LAYOUTS])
def test_each_table_row_record_gives_the_line_that_prints_it(layout, real_report_path, tmp_path):
    assert_rows_give_their_lines(real_report_path.read_text(encoding="utf-8"), layout, tmp_path)
