"""`reportdb show` prints a project's budget lines with their 집행액 and 집행률 where the report prints them: before,
the 예산액 alone (`예산 계: 42,000,000원`), so what a project had spent was in the database but not on the screen."""

from tests.corpus import shown_of_report

REPORT = ("제271회 해솔구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 26.\n\n2024년 주요업무 보고\n\n세무1과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n1 모바일 전자고지 확대 (세무총괄팀)\n\n납세 편의를 높이고자 함\n\n"
          "□ 추진실적\n\n- 전자고지 신청 안내: 3월~5월\n\n□ 예산현황\n\n(단위: 천원)\n\n"
          "구 분\t계\t시비\t구비\n예산액\t42,000\t21,000\t21,000\n집행액\t15,300\t7,650\t7,650\n"
          "집행률(%)\t36.4\t36.4\t36.4\n\n"
          "2 재산세 부과 (재산세팀)\n\n과세하고자 함\n\n□ 추진실적\n\n- 정기분 부과: 7월\n\n□ 예산현황\n\n"
          "(단위: 천원)\n\n구 분\t계\t국비\t구비\n예산액\t512,300\t-\t512,300\n집행액\t251,600\t-\t251,600\n\n"
          "□ 2025년 소요예산\n\n(단위: 천원)\n\n구 분\t계\t구비\n2025년 예산(안)\t520,000\t520,000\n")


def test_a_project_s_budget_lines_show_what_was_spent(tmp_path):
    shown = shown_of_report(tmp_path, REPORT, "세무1과")
    assert "예산 계: 42,000,000원, 집행 15,300,000원 (36.4%)\n" in shown
    assert "예산 시비: 21,000,000원, 집행 7,650,000원 (36.4%) (시비)" in shown
    # a table printing no 집행률 shows none; a plan's line, spent nothing yet, its budget alone
    assert "예산 계: 512,300,000원, 집행 251,600,000원\n" in shown
    assert "예산 구비: 512,300,000원, 집행 251,600,000원 (구비)" in shown
    assert "2025년 예산 계: 520,000,000원\n" in shown
