"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of tables its letters set off their columns (branch mupdf101).

A work fleet's header of two lines over figures alone, its last group's own total printed with the group's name
beside the group label before it (`임 시 소 계` over a blank cell and `기타`): PyMuPDF narrows each line of labels by
its letters, so the count of the figures tells which labels are merged down, as a staffing header's are
(`_merged_down_counted`); the table was read as three paragraphs, the fleet lost."""

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.test_hunt95 import tables
from tests.test_mupdf99 import line

# a fleet of cleaning vehicles as PyMuPDF prints its PDF: the header's lines narrowed by their letters, each its
# own way, the figures set by theirs
FLEET = [
    line((37, "총 계"), (50, "압 축"), (65, "기 타 소 계")),
    line((41, "소 계"), (48, "압축진개차"), (60, "암롤차"), (75, "청소차")),
    line((59, "9"), (66, "6"), (73, "4"), (81, "2"), (92, "3"), (103, "3")),
]


def fleet_text(caption: str = "청소차량 - 총9대 (정수 9)", rows: list[str] = FLEET) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " 3. 주요 장비 현황", f" □ {caption}", line((128, "(단위: 대)")),
                        *rows]) + "\n"


FLEET_TWIN = (("총 계", "압 축", "", "", "기 타 소 계", ""), ("", "소 계", "압축진개차", "암롤차", "", "청소차"),
              ("9", "6", "4", "2", "3", "3"))


def test_a_fleet_header_whose_last_group_prints_its_total_reads_as_its_twin(tmp_path):
    assert tables(tmp_path, fleet_text()) == [FLEET_TWIN]


def test_the_fleets_counts_are_stored_under_their_groups(tmp_path):
    path = tmp_path / "2025-hanbit-cheongso-pymupdf-sort.txt"
    path.write_text(fleet_text(), encoding="utf-8")
    report = extract_file(path)
    [fleet] = records_data(report, with_sources=False)["vehicles"]
    assert [(c["category"], c["kind"], c["count"]) for c in fleet["counts"]] == [
        ("계", "계", 9), ("압축", "소계", 6), ("압축", "압축진개차", 4), ("압축", "암롤차", 2), ("기타", "소계", 3),
        ("기타", "청소차", 3)]
    assert not fleet["repaired"]
    assert [f.rule for f in run_checks(report) if f.rule.startswith(("header.", "sum.", "repair."))] == []


def test_a_caption_the_fleet_does_not_match_is_found(tmp_path):
    path = tmp_path / "2025-hanbit-cheongso-pymupdf-sort.txt"
    path.write_text(fleet_text("청소차량 - 총10대 (정수 8)"), encoding="utf-8")
    assert sorted((f.rule, f.expected, f.actual) for f in run_checks(extract_file(path))
                  if f.rule.startswith("header.")) == [("header.over_quota", "8", "9"), ("header.total", "9", "10")]


def test_a_label_merged_down_right_of_every_kind_stays_last(tmp_path):
    """`이륜차` starts right of every label below it: a kind of its own merged down at the right, after them."""
    rows = [line((37, "총 계"), (50, "압 축"), (72, "이륜차")),
            line((41, "소 계"), (48, "압축진개차"), (60, "암롤차")),
            line((59, "9"), (66, "6"), (73, "4"), (81, "2"), (92, "3"))]
    assert tables(tmp_path, fleet_text(rows=rows)) == [
        (("총 계", "압 축", "", "", "이륜차"), ("", "소 계", "압축진개차", "암롤차", ""), ("9", "6", "4", "2", "3"))]
