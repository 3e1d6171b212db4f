"""`clean_text` and `clean_cell` read every text as they did before their shortcuts (issue 7): a figure cell returned
as it is without `clean_text`, and a bracket's inner spaces dropped after the spaces are collapsed, by `str.replace`
instead of a pattern. The reference below is the earlier code, step by step; the extractors read both functions."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import patterns, values
from pipeline.values import clean_cell, clean_text

_OLD_PAREN_SPACE_RE = patterns.compile(r"\(\s+|\s+\)")


def _reference_clean_text(text: str) -> str:
    """`clean_text` as it was: every step, the bracket's spaces by pattern before the spaces are collapsed."""
    if not text.strip(values._FIGURE_CHARS):
        return text
    text = values.normalize_chars(text)
    text = values.without_struck(text)  # struck text, read as not printed since (branch strike82)
    if "<" in text:
        text = values._TAG_RE.sub(" ", values.sup_raised(text))
    text = text.replace("**", "").replace("__", "")
    if "*" in text:
        text = values._EMPHASIS_RE.sub(r"\1", text)
    if "_" in text:  # html2text's `_italic_`, read as its text since (branch hunt87)
        text = values._UNDERSCORE_EMPHASIS_RE.sub(r"\1", text)
    if "{" in text:
        text = values._ATTRIBUTES_RE.sub(lambda m: m.group(1) or "", text)
    if "m2" in text or "m3" in text:
        text = values._FLAT_POWER_RE.sub(lambda power: values.superscript(power.group(1)), text)
    if "²" in text or "³" in text:
        text = values._SPACE_BEFORE_SUP_RE.sub("", text)
    if "(" in text or ")" in text:
        text = _OLD_PAREN_SPACE_RE.sub(lambda m: m.group(0).strip(), text)
    # an escaped markup character's stand-in as the character, last (branch esc87)
    return " ".join(text.split()).translate(values._AS_PRINTED)


def _reference_clean_cell(cell: str) -> str:
    text = _reference_clean_text(cell)
    if text[-1:] in values._CELL_MARK_ENDS:
        text = values._CELL_FOOTNOTE_MARK_RE.sub("", text)
    return text


# what the steps read: blanks of every kind (`str.split`'s and the patterns' `\s`, U+001C among them), brackets,
# figures and their signs, powers and footnote marks, markup and escaped markup's stand-ins, look-alikes, Hangul
_ALPHABET = (" \t\n\u3000\u00a0\u200b\x1c\x1f\u2028()（）[]{}#.0123456789,△▲%-+−m2k3²³¹⁾*＊_<>/sup계원천가 ·ㆍ"
             + "".join(values.LITERAL_MARKUP.values()))
TEXTS = st.one_of(st.text(max_size=40), st.text(alphabet=_ALPHABET, max_size=40))


@settings(max_examples=2000)
@given(TEXTS)
def test_clean_text_reads_every_text_as_before(text):
    assert clean_text.__wrapped__(text) == _reference_clean_text(text)


@settings(max_examples=2000)
@given(TEXTS)
def test_clean_cell_reads_every_cell_as_before(cell):
    assert clean_cell.__wrapped__(cell) == _reference_clean_cell(cell)


def test_a_brackets_inner_spaces_go_once_collapsed():
    assert clean_text("( 구비  )  500") == "(구비) 500"
    assert clean_text("예산 ( \t )") == "예산 ()"
    assert clean_text("( ( 가 ) )") == "((가))"
    assert clean_text("대지 (m <sup>2</sup> )") == "대지 (m²)"


def test_a_figure_cell_is_returned_as_printed():
    assert clean_cell("1,234,500") == "1,234,500"
    assert clean_cell("△12.5%") == "△12.5%"
    assert clean_cell("51*") == "51"  # a footnote's star after a figure: no figure alone, still dropped
    assert clean_cell("9,850,000¹") == "9,850,000"
