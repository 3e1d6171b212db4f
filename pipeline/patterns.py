"""How every pattern of the ingest is compiled: with the standard engine (`re`) where it reads the pattern alike,
else with `regex`, holding the GIL while it matches.

`re` sets up a match for about 1,200 instructions less than `regex` does (a third of what a short match costs), and
most patterns are tried on nearly every line or cell. It takes a pattern of `regex`'s syntax (nested sets,
lookbehinds of varying width, a group name used twice, properties) as an error, but for `\\p{Hangul}`, the most used
property, which is given to it spelled as the ranges `regex` reads (`HANGUL`; its searches run faster in `re` too). A
pattern that `re` reads otherwise is not given to it: `\\w` and `\\b` (its word characters are `str.isalnum`'s,
which `²` and the combining marks differ in) and IGNORECASE where the pattern names an `i` (`re` folds the dotless
`ı` with it too), a range of letters or a letter outside ASCII; both fold the other ASCII letters alike (`ſ` with `s`,
the Kelvin sign with `k`), so an HTML tag's name (`<table`, `<br`) is given to it. Its `\\s` is `str.isspace`, as
`strip` and `split` read blanks: `regex`'s leaves out U+001C–U+001F.

On a `str`, `regex` lets the GIL go for each match and takes it back after it (and around each allocation the
match makes), so that other threads may run meanwhile: about 1,000–1,500 instructions a call, a third of what a
short match costs. The ingest's workers are processes of one thread, which gain nothing from it. A `Pattern`
passes `concurrent=False`, positionally: as a keyword, `regex` parses its arguments the slow way, which costs
more than the GIL does.
"""

from __future__ import annotations

import re
import warnings

import regex


class Pattern:
    """A compiled pattern with the methods of `regex.Pattern` the ingest uses, each run holding the GIL."""

    __slots__ = ("compiled", "groupindex", "pattern")

    def __init__(self, compiled: regex.Pattern) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        # each named group's number, for a match read many times: `regex` reads a group by its name only after
        # trying the name as a number (a TypeError raised and cleared, ~2,500 instructions), five times the cost
        # of a read by number (named as `re.Pattern` names it)
        self.groupindex: dict[str, int] = compiled.groupindex

    def match(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match | None:
        return self.compiled.match(string, pos, endpos, False)

    def fullmatch(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match | None:
        return self.compiled.fullmatch(string, pos, endpos, False)

    def search(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match | None:
        return self.compiled.search(string, pos, endpos, False)

    def finditer(self, string: str, pos: int | None = None, endpos: int | None = None):
        return self.compiled.finditer(string, pos, endpos, False, False)

    def findall(self, string: str, pos: int | None = None, endpos: int | None = None) -> list:
        return self.compiled.findall(string, pos, endpos, False, False)

    def sub(self, repl, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count, None, None, False)

    def subn(self, repl, string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count, None, None, False)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit, False)


# what `re` reads otherwise than `regex` does in a text (see above): `regex` compiles a pattern holding one of these
# (and a pattern of bytes, a test's)
_REGEX_ONLY = (r"\w", r"\W", r"\b", r"\B")
# what `re` folds otherwise than `regex` does under IGNORECASE (see above): an `i`, a range of letters, a letter
# outside ASCII (its cases; asked of any such character)
_FOLDED_OTHERWISE_RE = re.compile(r"[iI]|[A-Za-z]-[A-Za-z]|[^\x00-\x7f]")


# `\p{Hangul}`, the Hangul script as `regex` reads it (Unicode 14), spelled as the ranges `re` reads
_HANGUL_PROPERTY = r"\p{Hangul}"
HANGUL = ("\u1100-\u11ff\u302e\u302f\u3131-\u318e\u3200-\u321e\u3260-\u327e\ua960-\ua97c\uac00-\ud7a3"
          "\ud7b0-\ud7c6\ud7cb-\ud7fb\uffa0-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc")


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern | Pattern:  # noqa: A001 - as `regex.compile`
    if (isinstance(pattern, str) and not (flags & re.IGNORECASE and _FOLDED_OTHERWISE_RE.search(pattern))
            and not any(escape in pattern for escape in _REGEX_ONLY)):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # `re` warns of a nested set (`[[`), which `regex` reads as one
                return re.compile(_hangul_spelled(pattern) if _HANGUL_PROPERTY in pattern else pattern, flags)
        except (re.error, FutureWarning):
            pass
    return Pattern(regex.compile(pattern, flags))


def _hangul_spelled(pattern: str) -> str:
    r"""The pattern with each `\p{Hangul}` as its ranges (`HANGUL`): in a set, the ranges; elsewhere, a set of them."""
    out, k, in_set = [], 0, False
    while k < len(pattern):
        if pattern.startswith(_HANGUL_PROPERTY, k):
            out.append(HANGUL if in_set else f"[{HANGUL}]")
            k += len(_HANGUL_PROPERTY)
            continue
        if pattern[k] == "\\":
            out.append(pattern[k:k + 2])
            k += 2
            continue
        if pattern[k] == "[" and not in_set:  # a `]` right after the set's start (or its `^`) is one of its own
            in_set = True
            start = k + 1 + (pattern[k + 1:k + 2] == "^")
            end = start + (pattern[start:start + 1] == "]")
            out.append(pattern[k:end])
            k = end
            continue
        if pattern[k] == "]" and in_set:
            in_set = False
        out.append(pattern[k])
        k += 1
    return "".join(out)
