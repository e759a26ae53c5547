"""Cleaning: the text extraction reads, with a map back to the original."""

from __future__ import annotations

import unicodedata

from sukien.document import Document, TextBuilder


def clean(doc: Document) -> Document:
    """Needs: ``original``. Adds: ``text``, ``offsets``, ``cuts``."""
    builder = TextBuilder()
    for i, ch in enumerate(doc.original):
        builder.replace(unicodedata.normalize("NFC", ch), i, i + 1)
    doc.text, doc.offsets = builder.build()
    return doc
