"""Letter-spaced labels in budget tables are stored as their words: the keys of `other_columns` under a
letter-spaced group (`예 산 액` over `계 | 국비`) and a 단위사업 name spread over its cell (`녹 지 조 성`)."""

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제301회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 공 원 녹 지 과\n\n"
BUDGET = ("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n"
          "단위사업명\t예 산 액\t\t\t\t집행액\t집행률(%) (5.31.기준)\n"
          "\t계\t국비\t시비\t구비\t\t\n"
          "계\t5,780,000\t1,000,000\t780,000\t4,000,000\t2,321,000\t40.2\n"
          "{name}\t4,200,000\t1,000,000\t700,000\t2,500,000\t1,680,000\t40.0\n"
          "공원 관리\t1,500,000\t-\t80,000\t1,420,000\t609,000\t40.6\n"
          "기본경비\t80,000\t-\t-\t80,000\t32,000\t40.0\n\n"
          "# Ⅱ. 주요업무 추진실적\n")


def budget(name: str = "푸른 녹지 조성"):
    return extract_report(read_text("t.txt", (COVER + BUDGET.format(name=name)).encode())).budget


def test_the_parts_of_a_letter_spaced_group_are_keyed_by_its_word():
    line = next(b for b in budget() if b.name == "공원 관리")
    assert line.other_columns == {"예산액 국비": "-", "예산액 시비": "80,000", "예산액 구비": "1,420,000"}


def test_a_name_spread_over_its_cell_is_its_word_and_a_name_of_words_stays_as_printed():
    assert [b.name for b in budget("녹 지 조 성")] == ["계", "녹지조성", "공원 관리", "기본경비"]
    assert [b.name for b in budget()] == ["계", "푸른 녹지 조성", "공원 관리", "기본경비"]
