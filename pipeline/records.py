"""A report's records as plain JSON data: what `reportdb extract` prints and golden files hold."""

from __future__ import annotations

import json

from schemas import Report

_WHERE = {"source", "heading_source", "row_lines", "row_pages", "path", "format"}


def records_data(report: Report, with_sources: bool = True) -> dict:
    """The report as JSON-ready data; without sources it is what a PDF and its text must share."""
    data = report.model_dump(mode="json")
    return data if with_sources else _without(data)


def _without(value):
    if isinstance(value, dict):
        return {k: _without(v) for k, v in value.items() if k not in _WHERE}
    if isinstance(value, list):
        return [_without(v) for v in value]
    return value


def records_json(report: Report, with_sources: bool = True, ascii_only: bool = False) -> str:
    return json.dumps(records_data(report, with_sources), ensure_ascii=ascii_only, indent=2)
