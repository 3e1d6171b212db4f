"""Pick the reader by content, not by file name: `%PDF-` bytes go to pdfplumber, the rest is text."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.document import Document
from pipeline.errors import ReportError
from pipeline.read_text import read_text

MAX_BYTES = 50 * 1024 * 1024  # the default; the commands take another (--max-bytes, REPORTDB_MAX_BYTES)


def read_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        with open(path, "rb", buffering=0) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise ReportError(str(path), f"file too large: {size:,} bytes (limit {max_bytes:,})")
            return handle.readall()
    except OSError as exc:
        raise ReportError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """A file (or its bytes) into the document model; ReportError names the file and the problem."""
    data = read_bytes(path) if data is None else data
    if data.lstrip()[:5] == b"%PDF-":
        from pipeline.read_pdf import read_pdf

        return read_pdf(str(path), data)
    return read_text(str(path), data)
