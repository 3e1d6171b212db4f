"""pymupdf4llm's markdown of three more samples' PDFs (`pymupdf4llm.to_markdown`, 1.28.2 with pymupdf-layout;
branch hunt67), read as their text twins are: `tests/department_reports/*-pymupdf4llm.md` of
`samples/2022-hanbit-hwangyeong-layout.txt`, `samples/2025-hanbit-park-planted.txt` and
`samples/한빛구-기획예산과-업무보고.md`. pymupdf4llm prints a table it finds no rule in as one line of its cells
(`예산액 집행액 집행률(%) 1,210,000(구비) 320,000(구비) 26.4`), a report's `ㆍ` items as a list's (`- ㆍ 결산 …`) or
as text (`ㆍ 재정 공시 …`), its `-` items a level down as a list's at the margin (`- 동 지역회의 심사: 4월`), two
items of one block on one line (`ㆍ 제안사업 총회: 7월~8월 ㆍ 예산 반영: 하반기`), and a header's word parted at a
rule it finds inside it (`승 | 용<br>승합`, `임 시 소 | 계`). Before, the project's budget was a line of an item,
items were a level off or ran together, the 승용 count was `승`'s and `용승합`'s, and the 작업차량's `임시소` a
group. Each reads as its text twin does (`tests/test_hunt66.py`'s TWINS)."""


from checks import run_checks
from pipeline.document import Bullet, Heading, Paragraph, Table
from pipeline.read_text import read_text
from tests.test_hunt66 import REPORTS, report


def test_the_staffing_line_found_is_the_markdowns_own():
    (found,) = [f for f in run_checks(report("2025-hanbit-park-planted-pymupdf4llm.md"))
                if f.rule == "cross.staffing_line"]
    assert "본문(line 19)" in found.message
    lines = (REPORTS / "2025-hanbit-park-planted-pymupdf4llm.md").read_text(encoding="utf-8").splitlines()
    assert lines[18].strip() == "2 인 력 : 정원 29명 / 현원 27명"


def test_a_header_and_its_row_on_one_line_are_a_table():
    found = report("2022-hanbit-hwangyeong-pymupdf4llm.md")
    (project,) = [p for p in found.projects if p.title == "생활 소음 관리 강화"]
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in project.budget_lines] == [
        ("구비", 1_210_000_000, 320_000_000, 26.4)]
    assert not any("예산액" in item.text for item in project.items)


def blocks(text: str) -> list:
    return read_text("t.md", text.encode()).blocks


def shape(got: list) -> list[tuple]:
    return [(type(b).__name__, getattr(b, "text", None), getattr(b, "marker", ""), getattr(b, "depth", 0))
            for b in got]


def test_one_line_of_labels_and_as_many_figures_is_a_header_and_its_row():
    heading, table = blocks("- 예산현황\n\n(단위: 천원)\n\n"
                            "예산액 집행액 집행률(%) 1,210,000(구비) 320,000(구비) 26.4\n")
    assert (type(heading), type(table), table.unit) == (Heading, Table, "천원")
    assert table.rows == (("예산액", "집행액", "집행률(%)"), ("1,210,000(구비)", "320,000(구비)", "26.4"))
    assert blocks("3월 4월 52 48\n")[0].rows == (("3월", "4월"), ("52", "48"))
    # counts with their units, labels and figures not as many, one label alone: the text it prints
    for line in ("점검 대상 52개소 48개소", "예산액 집행액 1,210,000 320,000 26.4", "총 1,210,000", "대상: 52 48"):
        assert [type(b) for b in blocks(line + "\n")] == [Paragraph], line


def test_a_reports_items_printed_as_a_list_and_as_text_are_one_list():
    got = blocks("### □ 사업개요\n\nㆍ 대상: 38개 항목\n\n- 주요 추진실적\n\n- ㆍ 결산 공시: 3월~4월\n\n"
                 "ㆍ 책자 발간: 5월\n\n- 향후계획\n\n- ㆍ 상반기 공시: 8월\n")
    assert shape(got) == [
        ("Heading", "사업개요", "□", 0), ("Bullet", "대상: 38개 항목", "·", 0), ("Heading", "주요 추진실적", "□", 0),
        ("Bullet", "결산 공시: 3월~4월", "·", 0), ("Bullet", "책자 발간: 5월", "·", 0),
        ("Heading", "향후계획", "□", 0), ("Bullet", "상반기 공시: 8월", "·", 0)]


def test_a_second_levels_dash_item_listed_at_the_margin_stays_at_its_level():
    got = blocks("- 주요 추진실적\n\n- ㆍ 제안사업 공모\n\n   - 제안 접수: 2월~3월\n\n- 지역회의 심사: 4월\n\n"
                 "- ㆍ 위원 교육: 3월\n\n- 향후계획\n\nㆍ 총회 및 선정: 7월~8월 ㆍ 예산 반영: 하반기\n")
    assert shape(got) == [
        ("Heading", "주요 추진실적", "□", 0), ("Bullet", "제안사업 공모", "·", 0),
        ("Bullet", "제안 접수: 2월~3월", "-", 1), ("Bullet", "지역회의 심사: 4월", "-", 1),
        ("Bullet", "위원 교육: 3월", "·", 0), ("Heading", "향후계획", "□", 0),
        ("Bullet", "총회 및 선정: 7월~8월", "·", 0), ("Bullet", "예산 반영: 하반기", "·", 0)]


def test_an_item_whose_parts_are_no_fields_stays_one():
    got = blocks("□ 사업개요\n\nㆍ 재원: 국비 50% ㆍ 시비 50%\n\nㆍ 대상: 전 직원\n")
    assert [(type(b), b.text) for b in got if isinstance(b, Bullet)] == [
        (Bullet, "재원: 국비 50% · 시비 50%"), (Bullet, "대상: 전 직원")]


def test_a_part_over_items_indented_deeper_stays_an_item():
    got = blocks("- 사업개요\n\n   - 대상: 본관\n")
    assert [type(b) for b in got] == [Bullet, Bullet]
    assert not any(isinstance(b, Heading) for b in got)


def test_a_word_parted_with_the_next_label_below_its_rest():
    (table,) = [b for b in blocks("|구 분|계|승|용<br>승합|\n|---|---|---|---|\n|대 수|3|2|1|\n")
                if isinstance(b, Table)]
    assert table.rows == (("구 분", "계", "승용", "승합"), ("대 수", "3", "2", "1"))
    # two columns it finds no rule between, every row as many lines: parted, not joined
    (table,) = [b for b in blocks("|구 분|계|남|여<br>기타|\n|---|---|---|---|\n|인 원|3|2|1<br>0|\n")
                if isinstance(b, Table)]
    assert table.rows[0][2] == "남"


def test_a_totals_letters_parted_are_one_label():
    text = ("|총 계||특 수||임 시 소|계|\n|---|---|---|---|---|---|\n||소 계|살수차|고소작업차||기타|\n"
            "|7|5|2|1|2|2|\n")
    (table,) = [b for b in blocks(text) if isinstance(b, Table)]
    assert table.rows[0] == ("총 계", "특 수", "", "", "임 시 소 계", "")
    # a 계 of its own beside a letter-spaced label, over figures or a group of its own: no total's letter
    (table,) = [b for b in blocks("|구 분|승 용|승 합|계|\n|---|---|---|---|\n|대 수|2|1|3|\n")
                if isinstance(b, Table)]
    assert table.rows[0] == ("구 분", "승 용", "승 합", "계")
    (table,) = [b for b in blocks("|구 분|승 합|계||\n|---|---|---|---|\n|||남|여|\n|인 원|1|1|0|\n")
                if isinstance(b, Table)]
    assert table.rows[0] == ("구 분", "승 합", "계", "")
