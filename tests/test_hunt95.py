"""PyMuPDF's sorted text (`page.get_text(sort=True)`) read without the false findings its rows set off gave
(branch hunt95). PyMuPDF sets each row by its own widths: a header's labels closer together than the figures
below them (`구 분    계     국 비` over `예산액   8,450,000   2,535,000`), a row's figures two under one column
(`36,402   168`) or under a column of labels (`소 계` indented, its figures one column left), a `계` row's figures
right of every other row's. Before, such tables read with columns off and sums that add up were found wrong:
over the samples' and fixtures' PDFs, 65 findings its text twins do not raise; now 30."""

import textwrap

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document

SORTED_TEXT = textwrap.dedent("""\
    2025년 주요업무 보고

     Ⅰ. 일반현황

     4 예산현황

                                                                (2025. 5. 31. 기준, 단위: 천원)

                                       단위사업     세부사업     예산액   집행액   집행률(%)

                                              소 계            1,284,500   596,210   46.4

                                              의원 의정활동비   624,000     260,000   41.7
                                      의정활동 지원
                                              의원 월정수당     552,500     276,250   50.0

                                              의원 국외연수     108,000     59,960     55.5

                                              소 계            386,700     142,380   36.8

                                      의회 운영    회의 운영        214,300     86,920     40.6

                                              의회 홍보        172,400     55,460     32.2

                                      기본경비                        61,300      24,800     40.5

                                      계                              1,732,500   763,390   44.1

     □ 권역별 동 주민센터 현황

                                                                (5.31.기준)

                                         구 분         인 구(명)  세 대   통   반

                                        총 계                 152,380    68,945   312   2,140

                                              소 계       81,210     36,402   168   1,152

                                                  새솔1동     27,430     12,218   56    390
                                        북부권역
                                                  새솔2동     25,960     11,604   52    358

                                                 빛가람1동   27,820     12,580   60    404

                                              소 계       71,170     32,543   144   988

                                        남부권역  빛가람2동   34,650     15,920   70    476

                                              한빛동      36,520     16,623   74    512

    Ⅱ. 주요업무 추진실적

     1. 어린이집 운영 지원 (어린이집지원팀)

      - 대 상: 관내 어린이집 151개소

     □ 예 산

                                                                (단위: 천원)

                                         구 분    계     국 비    시 비    구 비

                                        예산액   8,450,000   2,535,000   3,380,000   2,535,000

                                        집행액   3,802,500   1,140,750   1,521,000   1,140,750
""")

# a `계` row's figures right of every other row's, its label on a line of its own below them
SET_OFF_TOTAL = textwrap.dedent("""\
    2022년 주요업무 보고

     Ⅰ. 일반현황

     4. 예산현황

                   단위사업     세부사업     예산액    집행액   집행률(%)

                                                                            3,210,000   1,020,000   31.8
                 총 계
                         소 계            2,000,000   700,000     35.0

                         미세먼지 저감     1,500,000   560,000     37.3
                 대기질 개선
                         대기측정망 운영   500,000     140,000     28.0

                         소 계            1,210,000   320,000     26.4
                 생활환경 관리
""")

# a row's figures set off their columns with notes after them: `18` under `비 고`
DEPOTS = textwrap.dedent("""\
    2024년 주요업무 보고

     Ⅰ. 일반현황

     □ 청소차고지 현황

                                        구 분            면적(m²)  수용 차량    비 고

                                            계           4,850      58

                                        차고지  제1차고지     3,200      40     세차장 포함

                                                제2차고지     1,650      18

                                        적환장  한빛 적환장   2,100     -     재활용 선별장
""")


def tables(tmp_path, text: str) -> list[tuple]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [block.rows for block in read_document(path).blocks if isinstance(block, Table)]


def findings(tmp_path, text: str) -> list[tuple]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(extract_file(path))
            if f.rule != "cover.missing"]


def test_rows_set_off_by_their_own_widths_read_in_their_columns(tmp_path):
    budget, districts, project = tables(tmp_path, SORTED_TEXT)
    assert budget[1] == ("의정활동 지원", "소 계", "1,284,500", "596,210", "46.4")
    assert budget[5] == ("", "소 계", "386,700", "142,380", "36.8")
    # a `소 계` set short of the 동 column is that column's (branches mupdf97, lone98), its 권역 on the group's
    # middle row rising to it; so is the one over `북부권역`, printed on a line of its own centred on the `소 계`'s
    # row and its group's three below (branch mupdf99; before, `북부권역` stayed on 새솔1동's row)
    assert districts[2] == ("북부권역", "소 계", "81,210", "36,402", "168", "1,152")
    assert districts[3][:2] == ("", "새솔1동")
    assert districts[6] == ("남부권역", "소 계", "71,170", "32,543", "144", "988")
    assert project == (("구 분", "계", "국 비", "시 비", "구 비"),
                       ("예산액", "8,450,000", "2,535,000", "3,380,000", "2,535,000"),
                       ("집행액", "3,802,500", "1,140,750", "1,521,000", "1,140,750"))


def test_sums_that_add_up_are_not_found_wrong(tmp_path):
    assert findings(tmp_path, SORTED_TEXT) == []


def test_a_sum_that_does_not_add_up_is_still_found(tmp_path):
    wrong = SORTED_TEXT.replace("예산액   8,450,000", "예산액   8,540,000")
    assert findings(tmp_path, wrong) == [("sum.project_budget", "계", "예산액", "8,450,000천원", "8,540,000천원")]


def test_a_total_rows_figures_set_off_right_of_every_row_are_its_columns(tmp_path):
    [rows] = tables(tmp_path, SET_OFF_TOTAL)
    # its header heads it too (hunt96; before, a paragraph over it)
    assert rows[0] == ("단위사업", "세부사업", "예산액", "집행액", "집행률(%)")
    assert rows[1] == ("총 계", "", "3,210,000", "1,020,000", "31.8")
    assert rows[2] == ("", "소 계", "2,000,000", "700,000", "35.0")


def test_figures_set_off_their_columns_before_notes_are_its_columns_the_notes_after(tmp_path):
    [rows] = tables(tmp_path, DEPOTS)
    assert rows[1:] == (("차고지", "계", "4,850", "58", ""), ("", "제1차고지", "3,200", "40", "세차장 포함"),
                        ("", "제2차고지", "1,650", "18", ""), ("적환장", "한빛 적환장", "2,100", "-", "재활용 선별장"))
