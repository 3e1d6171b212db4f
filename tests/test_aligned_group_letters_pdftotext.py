"""Space-aligned headers of three one-syllable group labels, each centred over a group of labels of its own that
repeats the others' (`계 | 남 | 여` over `소계 | 외국인`, `내국인 | 외국인` or `소계 | 내국인 | 외국인` each), as
`pdftotext -layout` (poppler 22.12) prints a table drawn with reportlab (HYSMyeongJo-Medium, merged cells as HWP
prints them, tests/test_pdf_three_row_headers.py's `pdf_of`): the letters stand evenly apart, as the letters of one
label spread over every column do (`예      산      액` over `계 | 국비 | 시비 | 구비`). Before, they were joined as
one such label, `계남여`, over every column (`계남여 외국인` thrice), and no check could tell the groups apart. What
stands below tells them: each letter centred between the first and the last label of a group of two or more of its
own, the groups side by side naming the same labels; a spread label's letters stand at its span's ends."""

import shutil
import subprocess

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text
from tests.test_pdf_three_row_headers import pdf_of, records, tables

COVER = "제301회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n자 치 행 정 과\n\nⅠ. 일반현황\n\n1 인구 현황\n\n"
AFTER = "\n2 예산현황\n\n- 예산 편성: 3월\n"

# the tables as their text (tab-separated) and as `pdftotext -layout` prints them (10pt, 9pt, a rule under each row)
SUBTOTALS = """구 분\t계\t\t남\t\t여\t
\t소계\t외국인\t소계\t외국인\t소계\t외국인
합 계\t3,000\t120\t1,450\t70\t1,550\t50
가동\t1,000\t40\t480\t25\t520\t15
나동\t2,000\t80\t970\t45\t1,030\t35
"""
SUBTOTALS_LAYOUT = """\
                              계                  남                 여
                구분
                      소계          외국인    소계          외국인   소계          외국인
                합계    3,000        120   1,450        70   1,550        50
                가동    1,000         40    480         25    520         15
                나동    2,000         80    970         45   1,030        35
"""
# `구 분` at the left of its span, on the letters' line
SUBTOTALS_LEFT_LAYOUT = """\
                구분            계                  남                 여
                      소계          외국인    소계          외국인   소계          외국인
                합계    3,000        120   1,450        70   1,550        50
                가동    1,000         40    480         25    520         15
                나동    2,000         80    970         45   1,030        35
"""
NATIONALS = """구 분\t계\t\t남\t\t여\t
\t내국인\t외국인\t내국인\t외국인\t내국인\t외국인
합 계\t2,880\t120\t1,380\t70\t1,500\t50
가동\t960\t40\t455\t25\t505\t15
나동\t1,920\t80\t925\t45\t995\t35
"""
NATIONALS_LAYOUT = """\
                              계                  남                 여
                 구분
                      내국인         외국인    내국인         외국인   내국인         외국인
                 합계   2,880        120   1,380        70   1,500        50
                 가동    960          40    455         25    505         15
                 나동   1,920         80    925         45    995         35
"""
# typed by hand in display columns, each letter over the middle of its pair
NATIONALS_TYPED = """\
                  계               남               여
  구  분    내국인  외국인   내국인  외국인   내국인  외국인
  합  계     2,880     120    1,380      70    1,500      50
  가  동       960      40      455      25      505      15
  나  동     1,920      80      925      45      995      35
"""
THREE_EACH = """구 분\t계\t\t\t남\t\t\t여\t\t
\t소계\t내국인\t외국인\t소계\t내국인\t외국인\t소계\t내국인\t외국인
합 계\t3,000\t2,880\t120\t1,450\t1,380\t70\t1,550\t1,500\t50
가동\t1,000\t960\t40\t480\t455\t25\t520\t505\t15
나동\t2,000\t1,920\t80\t970\t925\t45\t1,030\t995\t35
"""
THREE_EACH_LAYOUT = """\
                         계                        남                    여
         구분
                소계      내국인     외국인    소계      내국인      외국인   소계      내국인     외국인
         합계     3,000   2,880    120   1,450   1,380     70   1,550   1,500    50
         가동     1,000    960      40    480       455    25    520     505     15
         나동     2,000   1,920     80    970       925    45   1,030    995     35
"""


def _report(text: str):
    return extract_report(read_text("t.txt", (COVER + text + AFTER).encode()))


def _findings(report) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row.replace(" ", ""), f.column, f.expected, f.actual) for f in run_checks(report))


def _grouped(groups: tuple[str, ...], labels: tuple[str, ...]) -> list[str]:
    return [f"{group} {label}" for group in groups for label in labels]


@pytest.mark.parametrize(("text", "labels", "wrong"), [
    (SUBTOTALS_LAYOUT, ("소계", "외국인"), ("1,000         40", "1,000         41")),
    (SUBTOTALS_LEFT_LAYOUT, ("소계", "외국인"), ("1,000         40", "1,000         41")),
    (NATIONALS_LAYOUT, ("내국인", "외국인"), ("960          40", "960          41")),
    (NATIONALS_TYPED, ("내국인", "외국인"), ("960      40", "960      41")),
    (THREE_EACH_LAYOUT, ("소계", "내국인", "외국인"), ("960      40", "960      41"))],
    ids=["subtotals", "subtotals-left", "nationals", "nationals-typed", "three-each"])
def test_one_syllable_group_labels_evenly_apart_each_head_their_group(text, labels, wrong):
    report = _report(text)
    (table,) = report.tables
    assert table.rows[0][1:] == _grouped(("계", "남", "여"), labels)
    assert table.rows[2][len(labels)] == "40"  # 가동's 계 외국인
    assert _findings(report) == []
    # 가동's 계 외국인 printed 41: its group's sum and the 계 group's (남 + 여) both miss it, once
    column = "계 외국인"
    assert _findings(_report(text.replace(*wrong))) == [("sum.table", "가동", column, "40", "41")]


@pytest.mark.parametrize(("text", "header"), [
    # three letters evenly apart over four labels that repeat no group
    ("   단위사업명          예      산      액              집행액\n"
     "                   계      국비      시비      구비\n"
     "   합  계        900       300       400       200        450\n"
     "   도로정비      500       200       200       100        250\n"
     "   공원관리      400       100       200       100        200\n",
     (("단위사업명", "예산액", "", "", "", "집행액"), ("", "계", "국비", "시비", "구비", ""))),
    # four letters over four labels, one each: no group of two each
    ("   구  분       부       과       징       수\n"
     "               건수     금액     건수     금액\n"
     "   합  계        30      900       20      600\n"
     "   주민세        10      300        8      240\n"
     "   재산세        20      600       12      360\n",
     (("구 분", "부과징수", "", "", ""), ("", "건수", "금액", "건수", "금액"))),
    # two letters over two columns beside a label of its own
    ("   구  분       정     원      현  원\n"
     "               남     여\n"
     "   합  계       6      4        9\n"
     "   본  청       4      3        6\n",
     (("구 분", "정원", "", "현 원"), ("", "남", "여", "")))],
    ids=["budget", "levy", "staff"])
def test_letters_of_one_label_spread_over_its_columns_stay_one_label(text, header):
    document = read_text("t.txt", (COVER + text + AFTER).encode())
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.rows[:2] == header


@pytest.mark.parametrize(("table", "labels"), [(SUBTOTALS, ("소계", "외국인")), (NATIONALS, ("내국인", "외국인")),
                                               (THREE_EACH, ("소계", "내국인", "외국인"))],
                         ids=["subtotals", "nationals", "three-each"])
@pytest.mark.parametrize(("rules", "figures", "size"), [("rows", 2, 9), ("rows", 2, 11), ("none", 0, 10),
                                                        ("none", 1, 10)])
def test_the_pdf_and_its_layout_text_read_as_the_text(table, labels, rules, figures, size, tmp_path, monkeypatch):
    source, target = pdf_of(COVER + table + AFTER, tmp_path, monkeypatch, rules=rules, centred=True,
                            figures=figures, size=size)
    grid = tuple(tuple(line.split("\t")) for line in table.splitlines())
    assert tables(target) == tables(source) == [grid]
    assert records(target) == records(source)
    if shutil.which("pdftotext"):
        layout = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                                check=True).stdout
        (read,) = extract_report(read_text("t.txt", layout.encode())).tables
        assert read.rows[0][1:] == _grouped(("계", "남", "여"), labels)
        # `pdftotext -layout` prints `합 계` as `합계`
        assert [[row[0].replace(" ", ""), *row[1:]] for row in read.rows[1:]] == [
            [row[0].replace(" ", ""), *row[1:]] for row in grid[2:]]
