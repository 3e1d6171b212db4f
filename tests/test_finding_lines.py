"""A finding names the line that prints the figure it is about: a heading's `총6대` is checked on the heading's
line, not the table's. Before, `header.total` and `header.quota` gave the table's first line, where an auditor finds
no `총6대`."""

from tests.test_vehicle_list_gaps import COVER, GENERAL, report, run_checks

FIVE = "(단위: 대)\n\n구 분\t계\t승용\t승합\t화물\n대 수\t5\t2\t2\t1\n\n"


def lines_of(general: str) -> dict[str, int | None]:
    return {f.rule: f.source.line for f in run_checks(report(general))}


def line_of(text: str, general: str) -> int:
    """The (1-based) line `text` is printed on in the report `report` reads."""
    return (COVER + GENERAL + general).splitlines().index(text) + 1


def test_a_wrong_total_in_a_heading_is_found_on_the_heading_line():
    general = "## 3. 공용차량 현황 (총 6대, 정수 7대)\n\n" + FIVE
    assert lines_of(general) == {"header.total": line_of("## 3. 공용차량 현황 (총 6대, 정수 7대)", general),
                                 "header.quota": line_of("## 3. 공용차량 현황 (총 6대, 정수 7대)", general)}


def test_a_wrong_total_in_a_count_line_under_the_heading_is_found_on_that_line():
    general = "## 3. 공용차량 현황\n\n○ 총 6대 (정수 6대)\n\n※ 친환경차 2대 포함\n\n" + FIVE
    count_line = line_of("○ 총 6대 (정수 6대)", general)
    assert lines_of(general) == {"header.total": count_line, "header.quota": count_line}
