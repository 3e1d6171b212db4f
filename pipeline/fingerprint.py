"""Which extraction made a document's rows (`documents.extracted_by`): an ingest extracts an unchanged file again
where another reportdb made its rows (an upgrade changed the reading, extraction, checks or rows), and skips it
where this one did.

The fingerprint hashes the source files of the code that reads, extracts and checks a file and makes its rows,
where they are installed (an editable checkout or site-packages alike), with the versions of reportdb and of the
libraries that read PDFs (the version alone where an install holds no sources). Worked out once a process, in
the one that loads: hashing some fifty files takes milliseconds.
"""

from __future__ import annotations

import functools
import hashlib
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path

PACKAGES = ("checks", "extractors", "pipeline", "schemas")
# pipeline's modules that make none of a document's rows: the commands, the bulk ingest's walking, hashing and
# skipping, and what reads the database back; a change to them alone extracts nothing again
NOT_EXTRACTING = frozenset({"pipeline/cli.py", "pipeline/ingest.py", "pipeline/query.py", "pipeline/render.py",
                            "pipeline/search.py"})
DISTRIBUTIONS = ("reportdb", "pdfplumber", "pdfminer.six")


@functools.cache
def extraction_fingerprint() -> str:
    """A sha256 (hex) of what makes a document's rows in this reportdb."""
    digest = hashlib.sha256()
    for name in DISTRIBUTIONS:
        digest.update(f"{name} {_version(name)}\0".encode())
    for package in PACKAGES:
        # located without importing it: `reportdb query` never imports the extractors
        folder = Path(find_spec(package).submodule_search_locations[0])
        for source in sorted(folder.rglob("*.py")):
            relative = f"{package}/{source.relative_to(folder).as_posix()}"
            if relative not in NOT_EXTRACTING:
                data = source.read_bytes()
                digest.update(f"{relative} {len(data)}\0".encode())
                digest.update(data)
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:  # run from a checkout without installing it
        return ""
