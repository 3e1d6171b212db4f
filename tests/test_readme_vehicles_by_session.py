"""The README's vehicles questions over a department's June and November reports of one year: two rows, told apart
by `session_start`. Before, the questions printed two rows of one department and year alike."""

import json

import regex

from tests.conftest import ROOT

JUNE = ("제294회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n사 회 복 지 과\n\n"
        "Ⅰ. 일반현황\n\n1 공용차량 - 총{held}대 (정수 5)\n\n(단위: 대)\n\n"
        "총 계\t승 용\t승 합\t화 물\n{held}\t{cars}\t2\t1\n\n"
        "Ⅱ. 주요업무 추진실적\n\n① 폭염 취약계층 보호 (복지정책팀)\n\n보호하고자 함\n\n"
        "□ 추진실적\n\n○ 쉼터 지정: 5월\n")
NOVEMBER = (JUNE.replace("제294회", "제299회").replace("제1차", "제2차").replace("6. 10. ~ 6. 24.", "11. 18. ~ 12. 16.")
            .replace("주요업무 보고", "행정사무감사 업무보고"))


def readme_query(containing: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return next(q for q in regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL) if containing in q)


def test_a_june_and_a_november_report_are_two_rows_told_apart(cli, tmp_path):
    (tmp_path / "06.txt").write_text(JUNE.format(held=4, cars=1), encoding="utf-8")
    (tmp_path / "11.txt").write_text(NOVEMBER.format(held=5, cars=2), encoding="utf-8")
    assert cli("ingest", "06.txt", "11.txt")[0] == 0
    for containing, answer in (("sum(t.held)", [4, 5]), ("sum(c.count)", [1, 2])):
        code, out = cli("query", readme_query(containing), "--json")
        assert code == 0
        assert [(r["department"], r["year"], r["session_start"], r["held"]) for r in json.loads(out)] == [
            ("사회복지과", 2025, "2025-06-10", answer[0]), ("사회복지과", 2025, "2025-11-18", answer[1])]
