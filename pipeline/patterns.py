"""Compiled `regex` patterns that keep the GIL while they match: how every pattern of the ingest is compiled.

On a `str`, `regex` lets the GIL go for each match and takes it back after it (and around each allocation the
match makes), so that other threads may run meanwhile: about 1,000–1,500 instructions a call, a third of what a
short match costs. The ingest's workers are processes of one thread, which gain nothing from it. A `Pattern`
passes `concurrent=False`, positionally: as a keyword, `regex` parses its arguments the slow way, which costs
more than the GIL does.
"""

from __future__ import annotations

import regex


class Pattern:
    """A compiled pattern with the methods of `regex.Pattern` the ingest uses, each run holding the GIL."""

    __slots__ = ("compiled", "number", "pattern")

    def __init__(self, compiled: regex.Pattern) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        # each named group's number, for a match read many times: `regex` reads a group by its name only after
        # trying the name as a number (a TypeError raised and cleared, ~2,500 instructions), five times the cost
        # of a read by number
        self.number: dict[str, int] = compiled.groupindex

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


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - named as `regex.compile`, which it stands for
    return Pattern(regex.compile(pattern, flags))
