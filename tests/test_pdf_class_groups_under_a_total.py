"""A 보건소's staffing by 직렬 in rows, each class (`계` first) merged down over its `정원` and `현원` rows, in a PDF
without vertical rules (horizontal rules alone, or none): word processors print each class halfway between its two
rows, set at its cell's left. Before, `계` (narrower than `직 렬` centred over the column) stayed on its line, and
each class below it went to the row above its own group (`의료기술직` to `계`'s 현원 row): 계's 현원 counts read as
의료기술's, and a false `sum.staffing` error. Each class now goes to its group's first row, as the text and the
ruled PDF read it."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import make_pdfs

COVER = ("제318회 한빛구의회 정례회\n\n2025년 주요업무 보고\n\n보 건 소\n\nⅠ. 일반현황\n\n"
         "1. 인 력 (2025. 5. 31. 기준)\n\n")
HEADER = "직 렬\t구 분\t계\t5급\t6급\t7급\t8급\t9급\n"
TOTAL = "계\t정원\t58\t2\t14\t20\t14\t8\n\t현원\t55\t2\t13\t19\t13\t8\n"
CLASSES = ("의료기술직\t정원\t16\t{blank}\t4\t6\t4\t2\n\t현원\t15\t{blank}\t4\t5\t4\t2\n"
           "간호직\t정원\t24\t1\t6\t8\t6\t3\n\t현원\t23\t1\t5\t8\t6\t3\n"
           "보건직\t정원\t18\t1\t4\t6\t4\t3\n\t현원\t17\t1\t4\t6\t3\t3\n")


def _counts(report, status):
    return [(count.job_class, count.grade, count.headcount) for count in report.staffing
            if count.status == status and count.grade in ("계", "5급", "6급")]


@pytest.mark.parametrize("ruling", ["none", "horizontal", "open sides", "grid"])
@pytest.mark.parametrize("blank", ["", "-"], ids=["blank", "dash"])
@pytest.mark.parametrize("total", [True, False], ids=["with-total", "classes-alone"])
def test_each_class_is_its_own_rows_in_a_pdf(ruling, blank, total, tmp_path):
    source = tmp_path / "2025-bogeonso.txt"
    source.write_text(COVER + HEADER + (TOTAL if total else "") + CLASSES.format(blank=blank) + "\n",
                      encoding="utf-8")
    make_pdfs().render(source, tmp_path / "2025-bogeonso.pdf", ruling)
    text, pdf = extract_file(source), extract_file(tmp_path / "2025-bogeonso.pdf")
    assert _counts(pdf, "현원") == _counts(text, "현원")
    medical = [("의료기술", "계", 15), *([("의료기술", "5급", 0)] if blank else []), ("의료기술", "6급", 4)]
    assert _counts(pdf, "현원") == [*([("계", "계", 55), ("계", "5급", 2), ("계", "6급", 13)] if total else []),
                                   *medical, ("간호", "계", 23), ("간호", "5급", 1), ("간호", "6급", 5),
                                   ("보건", "계", 17), ("보건", "5급", 1), ("보건", "6급", 4)]
    assert [f.rule for f in run_checks(pdf) if f.severity == "error"] == []
