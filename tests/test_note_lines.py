"""A `※` remark printing no figure (`※ 잠정치`, `※ 괄호는 여성`) between a table's caption and the table is a note:
the caption stays the heading above it, the remark stays in the general text. In every text layout and in a PDF."""

import pytest

from tests.layouts import read_laid_out

COVER = ("제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n# 2025년 주요업무 보고\n\n## 건 강 증 진 과\n\n"
         "# Ⅰ. 일반현황\n\n## 3 주요 현황\n\n")
TABLE = "(단위: 건)\n\n구 분\t2024년\t2025년\n계\t30\t20\n1급\t10\t5\n2급\t20\t15\n\n"
LAYOUTS_READ = ["tab", "pipe-tables", "space-aligned-without-markdown", "pdf grid"]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("note", ["※ 잠정치", "※ 괄호는 여성", "※ 보건소 자료", "※ 전년 대비", "* 잠정치",
                                  # as before: remarks the tool knew
                                  "※ 부가세 포함", "※ 2025. 5. 31. 기준"])
def test_a_remark_without_a_figure_under_the_caption_leaves_it_the_tables(note, layout, tmp_path):
    """Before: `※ 잠정치` was the table's caption (as `※ 임차차량` names a table below another), the heading lost."""
    r = read_laid_out(COVER + "□ 감염병 발생 현황\n\n" + note + "\n\n" + TABLE, layout, tmp_path)
    assert [(t.caption, t.rows[1]) for t in r.tables] == [("감염병 발생 현황", ["계", "30", "20"])]
    text = [part.text for general in r.general_text for part in general.parts]
    assert text[:2] == ["3 주요 현황", "감염병 발생 현황"]
    assert text[2:] == ([] if "기준" in note else [note[2:]])


@pytest.mark.parametrize("layout", LAYOUTS_READ)
def test_a_plain_note_line_between_two_tables_still_names_the_second(layout, tmp_path):
    """Below a table its caption already heads, a `※` line saying a thing names the next table, as before."""
    r = read_laid_out(COVER + "□ 감염병 발생 현황\n\n" + TABLE + "※ 해외유입\n\n" + TABLE, layout, tmp_path)
    assert [t.caption for t in r.tables] == ["감염병 발생 현황", "해외유입"]
