"""build_document's cheaper paths give what the full ones gave: a table's repeated labels merged only where one is
printed again beside or under itself, and the blocks handed back as they are where no table's last row is a note."""

from pipeline.document import Paragraph, Table, _notes_out_of_last_rows, _repeated_beside_or_under, _repeats_as_merged

VEHICLES = (("총 계", "승 용", "", "", "화 물", "", ""),
            ("", "소 계", "소형", "중형", "소 계", "소형", "중형"),
            ("120", "80", "50", "30", "40", "25", "15"),
            ("130", "85", "55", "30", "45", "25", "20"))


def test_a_label_printed_again_apart_is_no_merged_cell():
    assert not _repeated_beside_or_under(VEHICLES[:4])  # `소 계` twice, apart; `25` beside `25` is no label
    assert _repeats_as_merged(VEHICLES) == VEHICLES


def test_a_label_printed_again_beside_itself_is_merged_across():
    rows = (("구 분", "예 산 액", "예 산 액", "예 산 액"), ("", "국비", "시비", "구비"), ("도로", "100", "200", "300"))
    assert _repeated_beside_or_under(rows)
    assert _repeats_as_merged(rows)[0] == ("구 분", "예 산 액", "", "")


def test_a_label_printed_again_under_itself_is_merged_down():
    rows = (("구 분", "계", "국비"), ("구 분", "계", "소계"), ("도로", "300", "100"))
    assert _repeated_beside_or_under(rows)
    assert _repeats_as_merged(rows)[:2] == (("구 분", "계", "국비"), ("", "", "소계"))


def test_blocks_with_no_note_in_a_last_row_come_back_as_they_are():
    blocks = [Paragraph("□ 차량 현황", line=1), Table(VEHICLES, line=2)]
    assert _notes_out_of_last_rows(blocks) is blocks


def test_a_note_in_a_last_row_is_set_under_its_table():
    table = Table((*VEHICLES, ("※ 2025. 5. 31. 기준", "", "", "", "", "", "")), line=2)
    blocks = [Paragraph("□ 차량 현황", line=1), table]
    out = _notes_out_of_last_rows(blocks)
    assert out[1].rows == VEHICLES
    assert out[2] == Paragraph("※ 2025. 5. 31. 기준", 6, None)
    assert len(blocks[1].rows) == 5  # the reader's table as it was
