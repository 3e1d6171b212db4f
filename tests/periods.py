"""What the tests of periods compare: a period's span without its months (`Period.months`, asked apart)."""

from pipeline.values import Period


def span(period: Period | None) -> tuple[int, int, int | None, int | None] | None:
    """(start, end, year, end year) of a period, or None."""
    return None if period is None else tuple(period[:4])
