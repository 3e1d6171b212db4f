"""A group's 소계 printed after its parts (`5급 … 9급 | 소계`, `국비 | 시비 | 소계`) where the header row above prints
each group's label on its first column, as tab and markdown tables print a merged cell: the 소계 closes its own
group, not the next one, whose label stands right after it. Before, the 소계 opened the next group (a 소계 first
is the common layout: `소 계 | 소형 | 중형`), so a staffing table's 일반직 소계 was read as 관리운영직's, which made
five false errors, and a money table's 보조금 소계 as 자체's, so a wrong one was blamed on the 계 row."""

from checks import run_checks
from extractors import extract_report
from extractors.context import column_labels
from pipeline.read_text import read_text

COVER = "제271회 해솔구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 26.\n\n# 2024년 주요업무 보고\n\n## 세 무 1 과\n\n"


def report(body: str, name: str = "t.txt"):
    return extract_report(read_text(name, (COVER + "# Ⅰ. 일반현황\n\n" + body).encode()))


def labels(r) -> tuple[str, ...]:
    table = r.tables[0]
    return column_labels(tuple(map(tuple, table.rows[:table.header_rows])))


def findings(r) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


STAFFING = ("## 2 인 력\n\n"
            "구 분\t계\t일 반 직\t\t\t\t\t\t관 리 운 영 직\t공무직\n"
            "\t\t5급\t6급\t7급\t8급\t9급\t소계\t8급\t\n"
            "정 원\t36\t1\t6\t10\t8\t{nine}\t31\t1\t4\n"
            "현 원\t35\t1\t7\t9\t7\t5\t29\t1\t5\n"
            "과부족\t△1\t-\t1\t△1\t△1\t△1\t△2\t-\t1\n")


def test_a_staffing_subtotal_after_its_grades_is_its_class_total():
    r = report(STAFFING.format(nine=6))
    quota = [(c.job_class, c.grade, c.headcount) for c in r.staffing if c.status == "정원"]
    assert quota == [("계", "계", 36), ("일반직", "5급", 1), ("일반직", "6급", 6), ("일반직", "7급", 10),
                     ("일반직", "8급", 8), ("일반직", "9급", 6), ("일반직", "계", 31), ("관리운영직", "8급", 1),
                     ("공무직", "계", 4)]
    assert findings(r) == []


def test_a_wrong_trailing_staffing_subtotal_is_found_on_its_class():
    assert findings(report(STAFFING.format(nine=7))) == [("sum.staffing", "정원", "일반직 9급", "6", "7")]


MONEY = ("## 2 사업비 현황\n\n(단위: 천원)\n\n"
         "구 분\t계\t보 조 금\t\t\t자 체\n"
         "\t\t국비\t시비\t소계\t구비\n"
         "계\t900\t300\t200\t500\t400\n"
         "수거\t600\t200\t100\t{subtotal}\t300\n"
         "재활용\t300\t100\t100\t200\t100\n")


def test_a_trailing_subtotal_of_a_money_table_is_its_group_s():
    r = report(MONEY.format(subtotal=300))
    assert labels(r) == ("구 분", "계", "보 조 금 국비", "보 조 금 시비", "보 조 금 소계", "자 체 구비")
    assert findings(r) == []
    # before: ('sum.table', '계', '자 체 소계', '510천원', '500천원'), on the 계 row
    wrong = ("sum.table", "수거", "보 조 금 소계", "300천원", "310천원")
    assert findings(report(MONEY.format(subtotal=310))) == [wrong]


def test_the_same_in_markdown():
    markdown = ("## 2 사업비 현황\n\n(단위: 천원)\n\n"
                "| 구 분 | 계 | 보 조 금 |  |  | 자 체 |\n|---|---|---|---|---|---|\n"
                "|  |  | 국비 | 시비 | 소계 | 구비 |\n"
                "| 계 | 900 | 300 | 200 | 500 | 400 |\n| 수거 | 600 | 200 | 100 | 310 | 300 |\n"
                "| 재활용 | 300 | 100 | 100 | 200 | 100 |\n")
    assert findings(report(markdown, "t.md")) == [("sum.table", "수거", "보 조 금 소계", "300천원", "310천원")]


def test_a_leading_subtotal_under_its_group_label_still_opens_its_group():
    # `승 용` printed on its 소계's column: the 소계 is 승용's, as before
    leading = ("## 2 사업비 현황\n\n(단위: 천원)\n\n"
               "구 분\t계\t보 조 금\t\t\t자 체\t\n"
               "\t\t소계\t국비\t시비\t소계\t구비\n"
               "계\t900\t500\t300\t200\t400\t400\n"
               "수거\t600\t310\t200\t100\t300\t300\n"
               "재활용\t300\t200\t100\t100\t100\t100\n")
    r = report(leading)
    assert labels(r)[2:] == ("보 조 금 소계", "보 조 금 국비", "보 조 금 시비", "자 체 소계", "자 체 구비")
    assert ("sum.table", "수거", "보 조 금 소계", "300천원", "310천원") in findings(r)


LAYOUT = ("   2. 인    력\n"
          "     구  분     계                   일 반 직                    관리운영직    공무직\n"
          "                        5급    6급    7급    8급    9급    소계       8급\n"
          "     정  원     36       1      6     10      8      {nine}      31         1          4\n"
          "     현  원     35       1      7      9      7      5      29         1          5\n"
          "     과부족     △1       -      1     △1     △1     △1     △2         -          1\n")


def test_as_pdftotext_layout_prints_it_the_class_labels_centred():
    # `관리운영직` centred over 8급 alone: before, read as over 소계 and 8급, with the same five false errors
    r = report(LAYOUT.format(nine=6))
    quota = [(c.job_class, c.grade, c.headcount) for c in r.staffing if c.status == "정원"]
    assert quota[5:8] == [("일반직", "9급", 6), ("일반직", "계", 31), ("관리운영직", "8급", 1)]
    assert findings(r) == []
    assert findings(report(LAYOUT.format(nine=7))) == [("sum.staffing", "정원", "일반직 9급", "6", "7")]


def test_a_money_table_as_pdftotext_layout_prints_it():
    layout = ("   1. 사업비 현황\n"
              "                                                                   (단위 : 천원)\n"
              "     구  분        계               보 조 금                  자  체\n"
              "                           국 비       시 비       소 계        구 비\n"
              "     합  계       900        300         200         500          400\n"
              "     수  거       600        200         100         310          300\n"
              "     재활용       300        100         100         200          100\n")
    r = report(layout)
    assert labels(r)[4:] == ("보 조 금 소 계", "자 체 구 비")
    assert findings(r) == [("sum.table", "수 거", "보 조 금 소 계", "300천원", "310천원")]


def test_a_leading_subtotal_centred_under_its_group_label_still_opens_its_group():
    layout = ("   1. 공용차량\n"
              "     총 계           승  용                   승  합\n"
              "              소 계   중형   대형      소 계   소형\n"
              "       9        5      3      2         4      4\n")
    r = report(layout)
    assert [(v.category, v.kind, v.count) for v in r.vehicles[0].counts] == [
        ("계", "계", 9), ("승용", "소계", 5), ("승용", "중형", 3), ("승용", "대형", 2), ("승합", "소계", 4),
        ("승합", "소형", 4)]
