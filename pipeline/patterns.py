"""How every pattern of the ingest is compiled: with the standard engine (`re`) where it reads the pattern alike,
else with `regex`, holding the GIL while it matches.

`re` sets up a match for about 1,200 instructions less than `regex` does (a third of what a short match costs), and
most patterns are tried on nearly every line or cell. It takes a pattern of `regex`'s syntax (`\\p{Hangul}`, nested
sets, lookbehinds of varying width, a group name used twice) as an error, and one that it reads otherwise is not
given to it: `\\w` and `\\b` (its word characters are `str.isalnum`'s, which `²` and the combining marks differ
in) and IGNORECASE (its folding of `ſ`, `K`). Its `\\s` is `str.isspace`, as `strip` and `split` read blanks:
`regex`'s leaves out U+001C–U+001F.

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


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern | Pattern:  # noqa: A001 - as `regex.compile`
    if isinstance(pattern, str) and not flags & re.IGNORECASE and not any(escape in pattern for escape in _REGEX_ONLY):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # `re` warns of a nested set (`[[`), which `regex` reads as one
                return re.compile(pattern, flags)
        except (re.error, FutureWarning):
            pass
    return Pattern(regex.compile(pattern, flags))
