"""A budget table's wrong 계 or 소계 is one finding, `sum.budget`: its 집행률, 잔액 and funding are right by the
figures its lines make, so they are not found too (before, each expected of the printed total: a 계 printing
6,430,000 where its lines make 6,420,000 was three findings, its 잔액 expected 3,862,000 and its rate 39.9). A rate
right by the printed figures (a total's rate worked out from its wrong 집행액) is no finding either."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import read_laid_out

COVER = "제305회 새빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n"
BY_UNIT = (COVER + "## 총 무 과\n\n# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n"
           "단위사업명\t예산액\t집행액\t잔액\t집행률(%) (5.31.기준)\n"
           "계\t6,420,000\t2,568,000\t3,852,000\t40.0\n청 사 관 리\t3,200,000\t1,440,000\t1,760,000\t45.0\n"
           "인사 운영\t1,820,000\t637,000\t1,183,000\t35.0\n기본경비\t1,400,000\t491,000\t909,000\t35.1\n")
BY_ACCOUNT = (COVER + "## 복 지 정 책 과\n\n# Ⅰ. 일반현황\n\n## 3 예산현황\n\n(단위: 백만원)\n\n"
              "구 분\t단위사업명\t예산액\t국비\t시비\t구비\t집행액\t집행률(%) (5.31.기준)\n"
              "계\t\t42,600\t25,000\t9,600\t8,000\t19,170\t45.0\n"
              "일반회계\t소 계\t40,100\t24,000\t9,100\t7,000\t18,045\t45.0\n"
              "\t기초생활 보장\t30,100\t19,000\t6,100\t5,000\t14,448\t48.0\n"
              "\t복지 전달체계\t10,000\t5,000\t3,000\t2,000\t3,597\t36.0\n"
              "특별회계\t소 계\t2,500\t1,000\t500\t1,000\t1,125\t45.0\n"
              "\t사회복지기금\t2,500\t1,000\t500\t1,000\t1,125\t45.0\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("text", [BY_UNIT, BY_ACCOUNT], ids=["by-unit", "by-account"])
def test_the_unplanted_tables_give_no_finding(text, layout, tmp_path):
    assert found(read_laid_out(text, layout, tmp_path)) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("text", "printed", "planted", "finding"), [
    (BY_UNIT, "계\t6,420,000", "계\t6,430,000", ("sum.budget", "계", "예산액", "6,420,000천원", "6,430,000천원")),
    # its rate worked out from the wrong figure: right by the printed figures, no finding either
    (BY_UNIT, "계\t6,420,000\t2,568,000\t3,852,000\t40.0", "계\t6,420,000\t2,668,000\t3,852,000\t41.6",
     ("sum.budget", "계", "집행액", "2,568,000천원", "2,668,000천원")),
    (BY_ACCOUNT, "소 계\t40,100", "소 계\t40,200",
     ("sum.budget", "일반회계", "예산액", "40,100백만원", "40,200백만원")),
], ids=["total", "total-executed-and-its-rate", "subtotal"])
def test_a_wrong_total_is_one_finding(text, printed, planted, finding, layout, tmp_path):
    assert found(read_laid_out(text.replace(printed, planted, 1), layout, tmp_path)) == [finding]


def test_so_in_cp949_text(tmp_path):
    path = tmp_path / "복지정책과.txt"
    path.write_bytes(BY_ACCOUNT.replace("소 계\t40,100", "소 계\t40,200").encode("cp949"))
    assert found(extract_file(path)) == [("sum.budget", "일반회계", "예산액", "40,100백만원", "40,200백만원")]


def test_a_rate_wrong_either_way_beside_a_wrong_total_is_still_found(tmp_path):
    """The 계's 예산액 6,430,000 (its lines make 6,420,000) and its rate 41.0: 2,568,000 ÷ either is 40.0 or 39.9."""
    planted = BY_UNIT.replace("계\t6,420,000\t2,568,000\t3,852,000\t40.0", "계\t6,430,000\t2,568,000\t3,852,000\t41.0")
    assert found(read_laid_out(planted, "tab", tmp_path)) == [
        ("rate", "계", "집행률(%)", "39.9", "41.0"), ("sum.budget", "계", "예산액", "6,420,000천원", "6,430,000천원")]


SMALL = (COVER + "## 복 지 정 책 과\n\n# Ⅰ. 일반현황\n\n## 3 예산현황\n\n(단위: 백만원)\n\n"
         "단위사업명\t예산액\t국비\t시비\t구비\t집행액\t집행률(%) (5.31.기준)\n"
         "계\t3,000\t1,500\t800\t700\t1,500\t50.0\n기초생활 보장\t1,100\t500\t300\t200\t500\t45.5\n"
         "복지 전달체계\t2,000\t1,000\t500\t500\t1,000\t50.0\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_lines_funding_wrong_beside_a_total_it_makes_wrong_is_still_found(layout, tmp_path):
    """A line's 예산액 1,100 where its sources make 1,000: the 계's 3,000 is then no sum (3,100), and of a table of
    two lines, the 계 at 3,100 would make most lines' funding wrong: the line's is found all the same."""
    assert found(read_laid_out(SMALL, layout, tmp_path)) == [
        ("sum.budget", "계", "예산액", "3,100백만원", "3,000백만원"),
        ("sum.funding", "기초생활 보장", "예산액", "1,000백만원", "1,100백만원")]
