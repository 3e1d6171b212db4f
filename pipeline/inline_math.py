"""Inline formulas a PDF-to-markdown converter prints for a report's symbols and units, as the characters they are.

MinerU (and marker, where it takes a symbol for mathematics) prints a unit as LaTeX between dollars,
`대지( $\\mathrm{m}^{2}$ )`, `4,820 $\\mathrm{m}^{2}$`, tokens spaced or not (`$ { \\mathsf { m } } ^ { 2 } $`), and a
symbol it read as mathematics the same way: `$\\textcircled{1}$` for `①`, `$\\triangle 25$` for `△25`, `$\\sim$`
for `~`, `$\\bigcirc$` for a bullet's `○`. Read as printed, a unit was text no reader knows (`대지($\\mathrm{m}^{2}$)`)
and a symbol no mark. A formula is read only where all of it is such a unit, symbol or figure; anything else
(a fraction, a Greek letter) stays as printed.
"""

from __future__ import annotations

import regex

from pipeline import patterns
from pipeline.values import superscript

# a formula on one line, between single dollars, holding a command or a raised part (not two amounts in dollars),
# with the blanks a converter sets around it
_FORMULA_RE = patterns.compile(r"(?P<before>[ \t]*)(?<![\\$])\$(?!\$)"
                               r"(?P<formula>[^$\n]{0,120}?[\\^][^$\n]{0,120}?)(?<!\\)\$(?!\$)(?P<after>[ \t]*)")
_OPENING, _CLOSING = "([<（［", ")]>）］,.:"  # what a formula closes up to, with no blank between
# the commands setting letters in a style: their argument is the text
_STYLES = frozenset({"mathrm", "mathsf", "mathit", "mathbf", "text", "textrm", "operatorname", "rm"})
_SYMBOLS = {
    "cdot": "·", "cdots": "…", "ldots": "…", "sim": "~", "approx": "≈", "times": "×", "div": "÷", "pm": "±",
    "triangle": "△", "bigtriangleup": "△", "vartriangle": "△", "blacktriangle": "▲", "blacktriangledown": "▼",
    "bigtriangledown": "▽", "triangledown": "▽", "bigcirc": "○", "circ": "○", "bullet": "•", "square": "□",
    "Box": "□", "blacksquare": "■", "diamond": "◇", "Diamond": "◇", "bigstar": "★", "ast": "*",
    "rightarrow": "→", "to": "→", "Rightarrow": "⇒", "leftarrow": "←", "leftrightarrow": "↔", "uparrow": "↑",
    "downarrow": "↓", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "mu": "µ", "%": "%", "&": "&",
    "#": "#", ",": "", ";": "", ":": "", "!": "", " ": "", "quad": "", "qquad": "",
}
_CIRCLED = {str(n): chr(0x2460 + n - 1) for n in range(1, 21)}  # `\textcircled{1}` is `①`
# a token of a formula: a command and its argument, a command, a raised part, a brace, a blank or a character
_TOKEN_RE = patterns.compile(
    r"\\(?:(?P<style>[A-Za-z]+)\s*\{(?P<text>[^{}]*)\}|(?P<command>[A-Za-z]+|[%&#,;:! ]))"
    r"|(?P<raised>\^)\s*(?:\{(?P<part>[^{}]*)\}|(?P<one>\S))|(?P<ignored>[{}]|\s+)|(?P<char>.)")


def without_inline_math(text: str) -> str:
    """Each formula of a unit, symbol or figure (see the module) as the characters it prints; a blank a converter
    sets between a formula and a bracket or a point beside it dropped (`대지( $\\mathrm{m}^{2}$ )` → `대지(m²)`)."""
    return _FORMULA_RE.sub(_spelled_out, text) if "$" in text else text


def _spelled_out(match: regex.Match) -> str:
    read = _formula_text(match["formula"])
    if read is None:
        return match.group()
    before = "" if match.start() == 0 or match.string[match.start() - 1] in _OPENING else match["before"]
    after = "" if match.string[match.end():match.end() + 1] in _CLOSING else match["after"]
    return f"{before}{read}{after}"


def _formula_text(formula: str) -> str | None:
    """What a formula prints, or None where a part of it is no unit, symbol or figure."""
    out = []
    for token in _TOKEN_RE.finditer(formula):
        if (style := token["style"]) is not None:
            text = "".join(token["text"].split())
            if style == "textcircled" and text in _CIRCLED:
                out.append(_CIRCLED[text])
            elif style in _STYLES:
                out.append(text)
            else:
                return None
        elif (command := token["command"]) is not None:
            if command not in _SYMBOLS:
                return None
            out.append(_SYMBOLS[command])
        elif token["raised"] is not None:
            power = "".join((token["part"] if token["part"] is not None else token["one"]).split())
            if not power.isdigit():
                return None
            out.append(superscript(power))
        elif token["char"] is not None:
            if token["char"] == "_":
                return None
            out.append(token["char"])
    return "".join(out)
