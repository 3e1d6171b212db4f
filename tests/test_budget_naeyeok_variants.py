"""A `내역`/`세부내역` column beside the name column: a second level where the first column groups the rows, a
description of each line (kept beside) where it does not; and the funding source a `구분` column of sources
names."""

from tests.test_budget_naeyeok_cross import PROJECTS, found, project, report

DESCRIBED_UNITS = ("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n단위사업명\t내역\t예산액\t집행액\t집행률(%)\n"
                   "계\t\t2,500,000\t1,000,000\t40.0\n공원 관리\t공원 시설 유지보수 등\t1,500,000\t600,000\t40.0\n"
                   "녹지 조성\t가로변 녹지 조성 등\t1,000,000\t400,000\t40.0\n\n")


def test_a_detail_column_describing_each_unit_is_kept_beside():
    r = report(DESCRIBED_UNITS)
    assert [(b.name, b.parent, b.budget_krw // 1000, b.other_columns) for b in r.budget] == [
        ("계", None, 2_500_000, None), ("공원 관리", None, 1_500_000, {"내역": "공원 시설 유지보수 등"}),
        ("녹지 조성", None, 1_000_000, {"내역": "가로변 녹지 조성 등"})]


def test_units_described_beside_are_matched_by_the_projects_naming_them():
    r = report(DESCRIBED_UNITS + PROJECTS
               + project("근린공원 시설 정비", "공원 관리", "예산액\t집행액\t집행률(%)\n"
                         "1,800,000(구비)\t700,000(구비)\t38.9\n")
               + project("가로변 녹지 조성", "녹지 조성", "예산액\t집행액\t집행률(%)\n"
                         "1,000,000(구비)\t450,000(구비)\t45.0\n"))
    assert found(r) == [("cross.project_over_unit", "공원 관리", "예산액", "≤ 1,500,000천원", "1,800,000천원"),
                        ("cross.executed", "녹지 조성", "집행액", "400,000천원", "450,000천원")]


def test_a_detail_column_under_repeated_labels_is_the_second_level():
    r = report("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n단위사업\t내역\t예산액\t집행액\n"
               "계\t\t1,800,000\t700,000\n교통안전 강화\t어린이보호구역 개선\t1,200,000\t500,000\n"
               "교통안전 강화\t교통안전시설 정비\t600,000\t200,000\n")
    assert [(b.name, b.parent, b.budget_krw // 1000) for b in r.budget] == [
        ("계", None, 1_800_000), ("어린이보호구역 개선", "교통안전 강화", 1_200_000),
        ("교통안전시설 정비", "교통안전 강화", 600_000)]


def test_details_grouped_under_a_funding_source_keep_it():
    r = report(DESCRIBED_UNITS + PROJECTS + project(
        "근린공원 시설 정비", "공원 관리", "구분\t세부내역\t예산액\t집행액\t집행률(%)\n계\t\t1,500,000\t600,000\t40.0\n"
        "구비\t놀이시설 교체\t1,000,000\t400,000\t40.0\n구비\t화장실 개선\t500,000\t200,000\t40.0\n"))
    assert [(b.name, b.parent, b.budget_krw // 1000, b.funding_source)
            for b in r.projects[0].budget_lines] == [
        ("계", None, 1_500_000, None), ("놀이시설 교체", "구비", 1_000_000, "구비"),
        ("화장실 개선", "구비", 500_000, "구비")]
    assert found(r) == []


def test_a_detail_beside_each_funding_source_is_kept_beside_it():
    r = report(DESCRIBED_UNITS + PROJECTS + project(
        "근린공원 시설 정비", "공원 관리", "구분\t세부내역\t예산액\t집행액\n계\t\t1,500,000\t600,000\n"
        "시비\t놀이시설 교체\t1,000,000\t400,000\n구비\t화장실 개선\t500,000\t200,000\n"))
    assert [(b.name, b.budget_krw // 1000, b.funding_source, b.other_columns)
            for b in r.projects[0].budget_lines] == [
        ("계", 1_500_000, None, None), ("시비", 1_000_000, "시비", {"세부내역": "놀이시설 교체"}),
        ("구비", 500_000, "구비", {"세부내역": "화장실 개선"})]
