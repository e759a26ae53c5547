"""Readers: one per source format, each streaming :class:`~sukien.document.Document` objects.

:func:`read` yields, for every input item, either a Document or the
:class:`~sukien._errors.InputError` that explains in one line why the item
could not be read (undecodable bytes, an empty file, binary data, broken JSON,
a document over the size limit, a document not in Vietnamese), so that one bad
item never stops a run. Nothing is held beyond the document being yielded.

Formats: ``.txt`` (one article a file, id = file stem, the first line may be
the title), ``.jsonl`` and ``.jsonl.gz`` (one document a line: ``{"id",
"text", "published", "url"?, "title"?}``), ``.html``/``.htm`` saved pages
(needs the ``html`` extra), and folders, walked in name order for those files.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from sukien._errors import InputError
from sukien.document import Document
from sukien.ingest._checks import MAX_DOCUMENT_BYTES
from sukien.ingest._html import read_html
from sukien.ingest._jsonl import read_jsonl
from sukien.ingest._text import read_text, title_line

_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".json")
_SAMPLE_BYTES = 1 << 20


def read(paths: Iterable[str | Path]) -> Iterator[Document | InputError]:
    """Documents (or the errors of unreadable items) from files and folders, streamed."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield InputError(str(path), "no such file or folder")


def _read_file(path: Path) -> Iterator[Document | InputError]:
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".json")):
        yield from read_jsonl(path)
    elif name.endswith(".txt"):
        yield read_text(path)
    elif name.endswith((".html", ".htm")):
        yield read_html(path)
    else:
        yield InputError(str(path), "unknown format (expected .jsonl, .jsonl.gz, .txt, .html or a folder)")


def _walk(folder: Path) -> Iterator[Path]:
    """The readable files under ``folder``, in name order, hidden ones left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(_SUFFIXES):
                yield Path(root) / name


def estimate_count(paths: Iterable[str | Path]) -> int | None:
    """About how many documents ``paths`` hold, cheaply (for a progress ETA): one a ``.txt`` or ``.html``
    file; for JSON lines, the file's (uncompressed) size over the mean length of its first lines."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = _walk(path) if path.is_dir() else [path]
        for file in files:
            total += _estimate_file(file)
    return total or None


def _estimate_file(path: Path) -> int:
    name = path.name.lower()
    if not name.endswith((".jsonl", ".jsonl.gz", ".json")):
        return 1 if path.is_file() else 0
    try:
        if name.endswith(".gz"):
            with path.open("rb") as fh:
                fh.seek(-4, os.SEEK_END)
                size = int.from_bytes(fh.read(4), "little")
            with gzip.open(path, "rb") as gz:
                sample = gz.read(_SAMPLE_BYTES)
        else:
            size = path.stat().st_size
            with path.open("rb") as fh:
                sample = fh.read(_SAMPLE_BYTES)
    except (OSError, EOFError):
        return 0
    lines = sample.count(b"\n")
    if not sample:
        return 0
    if len(sample) < _SAMPLE_BYTES or lines == 0:
        return max(lines, 1)
    return max(lines, round(max(size, len(sample)) * lines / len(sample)))


__all__ = ["MAX_DOCUMENT_BYTES", "estimate_count", "read", "title_line"]
