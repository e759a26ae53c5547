"""Plain text files: one article a file, UTF-8; the id is the file's stem; the first line may be the title."""

from __future__ import annotations

import codecs
from pathlib import Path

from sukien._errors import DecodeError, InputError, RejectedDocument
from sukien.document import Document
from sukien.ingest._checks import MAX_DOCUMENT_BYTES, check, too_big

_TITLE_MAX = 250


def read_text(path: Path) -> Document | InputError:
    where = str(path)
    data = read_capped(path, MAX_DOCUMENT_BYTES)
    if isinstance(data, InputError):
        return data
    if not data.strip():
        return RejectedDocument(where, "empty file")
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return RejectedDocument(where, "binary data (NUL bytes), not text")
    text = decode(data, where)
    if isinstance(text, InputError):
        return text
    return check(Document(id=path.stem, original=text, title=title_line(text), source=where, where=where), where)


def read_capped(path: Path, limit: int) -> bytes | InputError:
    """The file's bytes, or why not: missing, unreadable, or over ``limit`` (then it is not read at all)."""
    try:
        size = path.stat().st_size
        big = too_big(str(path), size, limit)
        if big is not None:
            return big
        return path.read_bytes()
    except OSError as exc:
        return InputError(str(path), f"cannot read ({exc.strerror or exc})")


def decode(data: bytes, where: str) -> str | InputError:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        return DecodeError(where, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})")


def title_line(text: str) -> str | None:
    """The first line when it reads as a headline: short, followed by more text, not ending a sentence."""
    head, sep, rest = text.strip().partition("\n")
    head = head.strip()
    if not sep or not rest.strip() or not head or len(head) > _TITLE_MAX or head[-1] in ".!?…;,:":
        return None
    return head
