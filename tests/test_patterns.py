"""`pipeline.patterns`: each method gives what the `regex` pattern's own gives (its arguments in their places)."""

import regex

from pipeline import patterns

TEXT = "정원 12명, 현원 10명 / 과부족 2명"
PATTERN = r"(\p{Hangul}+)\s*(\d+)명"


def test_methods_give_what_regex_gives():
    ours, theirs = patterns.compile(PATTERN), regex.compile(PATTERN)
    assert ours.pattern == PATTERN
    assert ours.match(TEXT).span() == theirs.match(TEXT).span() == (0, 6)
    assert ours.match(TEXT, 8).group(1) == "현원"
    assert ours.search(TEXT, 1, 12).span() == theirs.search(TEXT, 1, 12).span() == (1, 6)
    assert ours.search(TEXT, 1, 5) is None
    assert ours.fullmatch("정원 12명").groups() == ("정원", "12")
    assert [m.span() for m in ours.finditer(TEXT, 3)] == [m.span() for m in theirs.finditer(TEXT, 3)]
    assert ours.findall(TEXT) == theirs.findall(TEXT) == [("정원", "12"), ("현원", "10"), ("과부족", "2")]
    assert ours.sub(r"\1", TEXT) == theirs.sub(r"\1", TEXT) == "정원, 현원 / 과부족"
    assert ours.sub(r"\1", TEXT, count=1) == "정원, 현원 10명 / 과부족 2명"
    assert ours.subn(r"\1", TEXT, 2) == ("정원, 현원 / 과부족 2명", 2)
    assert ours.split(TEXT, maxsplit=1) == theirs.split(TEXT, maxsplit=1)


def test_flags_are_kept():
    assert patterns.compile(r"^b", regex.M).search("a\nb") is not None
