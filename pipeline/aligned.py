"""Space-aligned tables as `pdftotext -layout` prints them (Hangul is two columns wide there).

Placeholder: recognises nothing yet.
"""


def looks_aligned(lines: list[str], i: int) -> bool:
    return False


def aligned_table(lines: list[str], i: int) -> tuple[tuple[tuple[str, ...], ...], int]:
    raise NotImplementedError
