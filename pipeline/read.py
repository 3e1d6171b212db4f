"""Pick the reader by content, not by file name: `%PDF-` bytes go to pdfplumber, a word processor's or
spreadsheet's own file (HWP, Word, Excel) is refused by what it is, the rest is text."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

from pipeline.document import Document
from pipeline.errors import ReportError
from pipeline.read_text import read_text

MAX_BYTES = 50 * 1024 * 1024  # the default; the commands take another (--max-bytes, REPORTDB_MAX_BYTES)
# what a path that is neither a regular file nor a folder is, by its mode's file type
_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))
_COMPOUND_FILE = bytes.fromhex("d0cf11e0a1b11ae1")  # OLE2: HWP 5, and Word's and Excel's before 2007
# what names inside an OLE2 file (UTF-16) or a ZIP archive tell the program that wrote it
_OLE_STREAMS = (("FileHeader", "an HWP document"), ("WordDocument", "a Word document"),
                ("Workbook", "an Excel workbook"))
_ZIP_PARTS = (("Contents/section", "an HWPX document"), ("word/", "a Word document"), ("xl/", "an Excel workbook"),
              ("ppt/", "a PowerPoint file"))
_ZIP = "a ZIP archive"


def read_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        check_before_reading(path, max_bytes)
        with open(path, "rb", buffering=0) as handle:
            data = handle.readall()
    except OSError as exc:
        raise ReportError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:  # it grew since, or reported no size (as the files of /proc do)
        raise too_large(path, len(data), max_bytes)
    return data


def check_before_reading(path: str | Path, max_bytes: int) -> None:
    """Refuse a file about to be read by its status, before it is opened: a device (`/dev/zero`) or a named
    pipe (`/dev/stdin` in a pipeline) reports no size, and reading it would never end or would wait for a
    writer; and a file above the limit. A folder is left to `open`, which says why it cannot be read (`Is a
    directory`, `Permission denied`). OSError where the path cannot be looked at."""
    status = os.stat(path)
    if (kind := special_kind(status.st_mode)) is not None:
        raise ReportError(str(path), f"not a regular file: {kind}")
    if status.st_size > max_bytes:
        raise too_large(path, status.st_size, max_bytes)


def special_kind(mode: int) -> str | None:
    """What a path of this mode (`os.stat`'s) is where it is neither a regular file nor a folder: `a named pipe`."""
    return next((name for is_kind, name in _KINDS if is_kind(mode)), None)


def too_large(path: str | Path, size: int, max_bytes: int) -> ReportError:
    return ReportError(str(path), f"file too large: {size:,} bytes (limit {max_bytes:,})")


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """A file (or its bytes) into the document model; ReportError names the file and the problem."""
    data = read_bytes(path) if data is None else data
    if data.lstrip()[:5] == b"%PDF-":
        from pipeline.read_pdf import read_pdf

        return read_pdf(str(path), data)
    if (program_file := program_file_kind(data)) is not None:
        advice = "unpack it" if program_file == _ZIP else "save it as PDF or text to read it"
        raise ReportError(str(path), f"{program_file}, not a text report: {advice}")
    return read_text(str(path), data)


def program_file_kind(data: bytes) -> str | None:
    """What program's own file these bytes are, where they are one (`an HWP document`, `a Word document`, `a ZIP
    archive`), told by its signature and the names of its parts: a report handed over as the HWP or Word file it
    was written in is refused saying so, not as `binary data`."""
    if data.startswith(b"HWP Document File"):  # HWP 3
        return "an HWP document"
    if data.startswith(_COMPOUND_FILE):
        return next((kind for stream, kind in _OLE_STREAMS if stream.encode("utf-16-le") in data),
                    "an HWP or Office document")
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, ValueError, OSError):
            names = []
        return next((kind for part, kind in _ZIP_PARTS if any(name.startswith(part) for name in names)), _ZIP)
    return None
