"""read → document model → records: a pure function of the file, safe to run in a process pool."""

from __future__ import annotations

from pathlib import Path

from extractors import extract_report
from pipeline.read import read_document
from schemas import Report


def extract_file(path: str | Path, data: bytes | None = None) -> Report:
    return extract_report(read_document(path, data))
