"""Events: triggers, sentence patterns, roles, and merging mentions of one meeting."""

from __future__ import annotations

from sukien.document import Document


def find_events(doc: Document) -> Document:
    """Needs: cleaned text. Adds: ``events``."""
    return doc.add_layer("events", ())
