"""`pipeline.patterns`: each method gives what the `regex` pattern's own gives (its arguments in their places)."""

import re

import regex

from pipeline import patterns

TEXT = "정원 12명, 현원 10명 / 과부족 2명"
PATTERN = r"(\p{L}+)\s*(\d+)명"  # `\p{L}`: of `regex`'s syntax alone


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


def test_hangul_is_read_as_regex_reads_it():
    """`\\p{Hangul}` is spelled as its ranges for `re`: every character of the Basic Multilingual Plane is Hangul
    as `regex` reads it, alone, in a set and in a set negated; a `]` first in a set is one of its characters."""
    hangul = regex.compile(r"\p{Hangul}")
    ours = [patterns.compile(pattern) for pattern in (r"\p{Hangul}", r"[\p{Hangul}]", r"[^]\p{Hangul}]")]
    assert all(isinstance(pattern, re.Pattern) for pattern in ours)
    for char in map(chr, range(0x10000)):
        is_hangul = hangul.match(char) is not None
        assert [pattern.match(char) is not None for pattern in ours] == [is_hangul, is_hangul,
                                                                         not is_hangul and char != "]"], char
    assert patterns.compile(r"^(\p{Hangul}+)\\p").match("정원\\p").group(1) == "정원"  # an escaped `\` is no property


def test_ignorecase_goes_to_re_where_it_folds_as_regex_does():
    """Under IGNORECASE `re` folds every ASCII letter as `regex` does (`ſ` with `s`, the Kelvin sign with `k`) but
    `i` (`re` folds the dotless `ı` with it too): a pattern naming no `i`, no range of letters and no letter outside
    ASCII is given to `re` (an HTML tag's, `<table`), any other to `regex`."""
    every_character = "".join(map(chr, range(0x10000)))
    for letter in "abcdefghjklmnopqrstuvwxyzABCDEFGHJKLMNOPQRSTUVWXYZ":
        ours = patterns.compile(letter, regex.I)
        assert isinstance(ours, re.Pattern)
        assert ours.findall(every_character) == regex.findall(letter, every_character, regex.I), letter
    assert isinstance(patterns.compile(r"<(/?)table(?=[\s/>])[^>]*>", regex.I), re.Pattern)
    for pattern in ("li", "I", "[a-z]", "é"):
        assert isinstance(patterns.compile(pattern, regex.I), patterns.Pattern), pattern
    assert patterns.compile("i", regex.I).search("ı") is None  # as `regex` reads it
