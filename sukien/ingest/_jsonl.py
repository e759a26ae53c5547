"""JSON lines documents, plain or gzipped: ``{"id", "text", "published", "url"?, "title"?}``."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sukien._errors import FormatError, InputError
from sukien.document import Document


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        fh: IO[str] = opener(path, "rt", encoding="utf-8", errors="strict")  # type: ignore[operator]
    except OSError as exc:
        yield InputError(str(path), f"cannot open ({exc.strerror or exc})")
        return
    with fh:
        lineno = 0
        while True:
            where = f"{path}:{lineno + 1}"
            try:
                line = fh.readline()
            except (UnicodeDecodeError, OSError, EOFError) as exc:
                yield InputError(where, f"unreadable bytes ({exc.__class__.__name__})")
                return
            if not line:
                return
            lineno += 1
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield FormatError(where, f"broken JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield FormatError(where, "not a document: needs a \"text\" string")
                continue
            doc_id = str(obj.get("id") or f"{path.name}:{lineno}")
            published = obj.get("published")
            yield Document(id=doc_id, original=obj["text"],
                           published=str(published) if published else None,
                           published_source="input" if published else None,
                           title=obj.get("title"), url=obj.get("url"), source=str(path))
