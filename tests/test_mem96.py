"""mem96: the caches keyed on a report's text keep `TEXT_CACHE` entries, so a worker's memory stays flat over a bulk
ingest (before, nine of them kept 8,192 cells or labels each: 12 MiB more in each worker at 10,000 files)."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from decimal import Decimal

import checks
import extractors
import pipeline
from checks import tables
from extractors import context
from pipeline import values
from pipeline.values import TEXT_CACHE

# the unbounded caches, each keyed on what few values there are, not on a report's text
KEYED_ON_FEW = {
    "pipeline.values._iso_year",  # a year
    "pipeline.one_space_tables._sizes",  # a count of letters
    "pipeline.read_text._own_mark_kind",  # a character
    "pipeline.aligned._character_width",  # a character
    "pipeline.load._insert",  # a table and a count of rows
    "pipeline.fingerprint.extraction_fingerprint",  # nothing
}
# keyed on a place in a report (a line, a page), not its text: the places a report prints records at
KEYED_ON_PLACES = {"extractors.context.source_at"}


def _caches() -> dict[str, functools._lru_cache_wrapper]:
    found = {}
    for package in (pipeline, extractors, checks):
        for module_info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(module_info.name)
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == module.__name__:
                    found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


def test_every_cache_is_bounded_or_keyed_on_few_values():
    caches = _caches()
    assert {"pipeline.values.parse_count", "checks.tables._figure", "extractors.context.is_number"} <= set(caches)
    unbounded = {name for name, cache in caches.items() if cache.cache_parameters()["maxsize"] is None}
    assert unbounded == KEYED_ON_FEW
    too_large = {name: cache.cache_parameters()["maxsize"] for name, cache in caches.items()
                 if name not in KEYED_ON_FEW | KEYED_ON_PLACES and cache.cache_parameters()["maxsize"] > TEXT_CACHE}
    assert too_large == {}


def test_the_cell_caches_keep_text_cache_entries_and_read_alike_past_them():
    for cache in (values.parse_count, values.parse_money_cell, context.is_number, tables._figure):
        cache.cache_clear()
    for k in range(3 * TEXT_CACHE):
        figure = f"{k + 1000:,}"
        assert values.parse_count(figure) == k + 1000
        assert values.parse_money_cell(f"{figure}(구비)", 1000) == ((k + 1000) * 1000, "구비")
        assert context.is_number(figure)
        assert tables._figure(figure, "") == Decimal(k + 1000)
    for cache in (values.parse_count, values.parse_money_cell, context.is_number, tables._figure):
        assert cache.cache_info().currsize == TEXT_CACHE == 1024
    # read again after being evicted, a cell reads as it did
    assert values.parse_count("1,000") == 1000
    assert values.parse_count("△3") == -3
    assert values.parse_money_cell("2,698,307(구비)", 1000) == (2_698_307_000, "구비")
    assert tables._figure("8(1)", "") == Decimal(8)
