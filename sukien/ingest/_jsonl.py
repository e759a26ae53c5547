"""JSON lines documents, plain or gzipped: ``{"id", "text", "published", "url"?, "title"?}``.

Read as bytes one line at a time, never more than one document's worth: a line
over the size limit is skipped unread (its bytes are counted, not kept), a
line that is not UTF-8 or not JSON is reported and the file goes on, and a
file that yields nothing but broken lines is given up after a few.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sukien._errors import DecodeError, FormatError, InputError
from sukien.document import Document
from sukien.ingest._checks import MAX_DOCUMENT_BYTES, check, too_big

BROKEN_RUN = 20
"""Broken lines in a row, with no document read yet, after which a file is given up as not JSON lines."""
_CHUNK = 1 << 20


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    try:
        fh: IO[bytes] = (gzip.open(path, "rb") if path.name.lower().endswith(".gz")  # type: ignore[assignment]
                         else open(path, "rb"))
    except OSError as exc:
        yield InputError(str(path), f"cannot open ({exc.strerror or exc})")
        return
    with fh:
        yield from _lines(path, fh)


def _lines(path: Path, fh: IO[bytes]) -> Iterator[Document | InputError]:
    lineno = 0
    good = broken = 0
    while True:
        where = f"{path}:{lineno + 1}"
        try:
            raw = fh.readline(MAX_DOCUMENT_BYTES + 1)
            if len(raw) > MAX_DOCUMENT_BYTES and not raw.endswith(b"\n"):
                size = len(raw) + _skip_line(fh)
                raw = b""
                item: Document | InputError | None = too_big(where, size)
            else:
                item = None
        except (OSError, EOFError, zlib.error) as exc:
            yield FormatError(where, f"unreadable compressed data ({exc.__class__.__name__}: {exc})")
            return
        if item is None and not raw:
            return
        lineno += 1
        if item is None:
            if not raw.strip():
                continue
            item = _document(raw, where, path, lineno)
        yield item
        if isinstance(item, Document):
            good += 1
            broken = 0
        else:
            broken += 1
            if not good and broken >= BROKEN_RUN:
                yield FormatError(str(path), f"not JSON lines: the first {BROKEN_RUN} lines are broken; "
                                             "rest of the file skipped")
                return


def _skip_line(fh: IO[bytes]) -> int:
    """Read past the rest of the current line without keeping it; return how many bytes that was."""
    n = 0
    while True:
        chunk = fh.readline(_CHUNK)
        n += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return n


def _document(raw: bytes, where: str, path: Path, lineno: int) -> Document | InputError:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return DecodeError(where, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return FormatError(where, f"broken JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return FormatError(where, 'not a document: needs a "text" string')
    doc_id = obj.get("id")
    published = obj.get("published")
    source = obj.get("source")
    doc = Document(id=str(doc_id) if doc_id not in (None, "") else f"{path.name}:{lineno}",
                   original=obj["text"],
                   published=str(published) if published else None,
                   published_source="input" if published else None,
                   title=_text(obj.get("title")), url=_text(obj.get("url")),
                   source=source if isinstance(source, str) and source else str(path), where=where)
    return check(doc, f"{where} ({doc.id})")


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
