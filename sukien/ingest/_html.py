"""Saved HTML pages: the main text by trafilatura (the optional extra ``html``), the title and the
published date from the page's metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sukien._errors import FormatError, InputError
from sukien.document import Document
from sukien.ingest._checks import MAX_PAGE_BYTES, check
from sukien.ingest._text import decode, read_capped

_MIN_WORDS = 10
_MISSING = "reading .html pages needs trafilatura: pip install 'sukien[html]'"


def read_html(path: Path) -> Document | InputError:
    where = str(path)
    try:
        import trafilatura
    except ImportError:
        return InputError(where, _MISSING)
    data = read_capped(path, MAX_PAGE_BYTES)
    if isinstance(data, InputError):
        return data
    if not data.strip():
        return FormatError(where, "empty page")
    page = decode(data, where) if b"charset" not in data[:2048].lower() else data
    if isinstance(page, InputError):
        return page
    try:
        found: Any = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # a page trafilatura chokes on is one failed input, not a failed run
        return FormatError(where, f"cannot parse the page ({exc.__class__.__name__})")
    text = getattr(found, "text", None) if found is not None else None
    if not text or len(text.split()) < _MIN_WORDS:
        return FormatError(where, "no article text found in the page")
    date = getattr(found, "date", None)
    return check(Document(id=path.stem, original=text, title=getattr(found, "title", None) or None,
                          published=date or None, published_source="html-metadata" if date else None,
                          url=getattr(found, "url", None) or None, source=where, where=where), where)
