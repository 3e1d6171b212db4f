"""Extraction fed mangled reports returns a Report or raises the project's own error, nothing else."""

import contextlib
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import ReportError
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.conftest import REAL_REPORT, SAMPLES


def _corpus() -> list[bytes]:
    files = sorted(p for p in SAMPLES.glob("*") if p.suffix in {".txt", ".md"})
    if REAL_REPORT.exists():
        files.append(REAL_REPORT)
    return [p.read_bytes() for p in files]


CORPUS = _corpus()


def mutate(data: bytes, seed: int, kind: str) -> bytes:
    rng = random.Random(seed)
    text = data.decode("utf-8-sig", errors="replace")
    lines = text.split("\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    if kind == "drop":
        del lines[i: i + rng.randint(1, 5)]
    elif kind == "duplicate":
        lines[i:i] = lines[j: j + rng.randint(1, 5)]
    elif kind == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "cells":
        cells = lines[i].split("\t")
        rng.shuffle(cells)
        lines[i] = "\t".join(cells)
    elif kind == "junk":
        junk = "△▲-|\t ·ㆍ□○①계0123456789,.()~월원천억만 "
        lines.insert(i, "".join(rng.choice(junk) for _ in range(rng.randint(1, 40))))
    elif kind == "truncate":
        text = "\n".join(lines)
        return text[: rng.randrange(len(text) + 1)].encode()
    elif kind == "cp949":
        return "\n".join(lines).encode("cp949", errors="replace")
    return "\n".join(lines).encode()


@pytest.mark.skipif(not CORPUS, reason="no samples and no real report to mutate")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(min_value=0), seed=st.integers(min_value=0, max_value=2**32),
       kinds=st.lists(st.sampled_from(["drop", "duplicate", "swap", "cells", "junk", "truncate", "cp949"]),
                      min_size=1, max_size=4))
def test_mangled_reports_give_a_report_or_a_report_error(index, seed, kinds):
    data = CORPUS[index % len(CORPUS)]
    for n, kind in enumerate(kinds):
        data = mutate(data, seed + n, kind)
    try:
        report = extract_file("mangled.txt", data)
    except ReportError as exc:
        assert str(exc).startswith("mangled.txt: ") and "\n" not in str(exc)
    else:
        assert report.path == "mangled.txt"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400))
def test_arbitrary_text_gives_a_report_or_a_report_error(text):
    with contextlib.suppress(ReportError):
        extract_file("any.txt", text.encode())


def test_a_letter_is_not_a_report():
    letter = "안녕하세요.\n\n지난번 문의하신 건에 대해 답변드립니다.\n감사합니다.\n".encode()
    with pytest.raises(ReportError, match="not a work report"):
        extract_file("letter.txt", letter)


def test_a_mangled_table_whose_one_label_merged_down_heads_notes_is_read():
    """Found by the test above: a report decoded with replacement characters (each one column wide, as many
    characters as display columns), whose header's upper line prints one label right of the lower line's, over a
    notes cell only the widest row prints. The vote on how the table lines up dropped that label as the notes' and
    looked for the last of none (IndexError); it tells nothing."""
    lines = ["   3. ��    �� : �� 3��",
             " " * 69 + "(���� : ��)",
             "     ��  ��      ��      ��  ��      ��  ��      ��  ��",
             "     ��  ��      3          1           2       ����� 1",
             "   4. ��    ��"]
    (table,) = read_document("mangled.txt", "\n".join(lines).encode()).blocks
    assert table.rows[2] == ("��", "��", "", "3", "1", "2", "����� 1")


def test_a_rule_of_a_pipe_table_alone_over_a_page_break_is_no_table():
    """Found by the test above (seed 2203, lines dropped and swapped): a `|---|---|` rule left alone under a `|`
    table, past a page's blank lines, read as a table of no rows, which the joining over page breaks indexed
    (IndexError). It prints nothing: the table above stands as it is, the heading below stays a heading."""
    text = "| ① 요약 | · · · 1 |\n| ② 개요 | · · · 4 |\n\n|---|---|\n\n## 1 조 직\n"
    blocks = read_document("mangled.md", text.encode()).blocks
    assert [type(block).__name__ for block in blocks] == ["Table", "Heading"]
    assert blocks[0].rows == (("① 요약", "· · · 1"), ("② 개요", "· · · 4"))
    assert blocks[1].text == "1 조 직"
