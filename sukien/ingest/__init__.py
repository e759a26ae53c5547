"""Readers: one per source format, each streaming :class:`~sukien.document.Document` objects.

:func:`read` yields, for every input item, either a Document or the
:class:`~sukien._errors.InputError` that explains why the item could not be
read, so that one bad item never stops a run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sukien._errors import InputError
from sukien.document import Document
from sukien.ingest._jsonl import read_jsonl


def read(paths: Iterable[str | Path]) -> Iterator[Document | InputError]:
    """Documents (or the errors of unreadable items) from files and folders, streamed."""
    for raw in paths:
        path = Path(raw)
        name = path.name.lower()
        if name.endswith((".jsonl", ".jsonl.gz", ".json")):
            yield from read_jsonl(path)
        else:
            yield InputError(str(path), "unknown input format (expected .jsonl, .jsonl.gz, .txt, .html or a folder)")


__all__ = ["read"]
