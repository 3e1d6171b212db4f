"""`reportdb show` prints an item's year only where it is not the report's, for every project: before, after a
project with budget lines every later project's items printed their year (`[2025년 4월]` in a 2025 report), as
the year a budget line is of took the place of the report's."""

from tests.corpus import shown_of_report

REPORT = ("제301회 서해구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n총무과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n1 청사 관리 (청사팀)\n\n관리하고자 함\n\n□ 추진실적\n\n- 정기점검: 3월\n\n"
          "□ 소요예산\n\n(단위: 천원)\n\n구 분\t계\t구비\n2026년 예산(안)\t100,000\t100,000\n\n"
          "2 코딩 교실 (교육팀)\n\n교육하고자 함\n\n□ 추진실적\n\n- 교실 운영: 4월\n- 후속 과정: ’26. 1월\n")


def test_items_print_their_year_only_where_it_is_not_the_report_s(tmp_path):
    shown = shown_of_report(tmp_path, REPORT, "총무과")
    assert "정기점검: 3월  [3월]" in shown
    assert "2026년 예산 계: 100,000,000원" in shown  # the plan's line keeps its year
    assert "교실 운영: 4월  [4월]" in shown
    assert "후속 과정: ’26. 1월  [2026년 1월]" in shown
