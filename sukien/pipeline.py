"""The extraction pipeline: the steps a cleaned Document goes through, in order.

Every step has one shape, ``step(doc) -> doc``, and states in its docstring
the layers it needs and the layer it adds. Cheap steps come first: a document
with no trigger word never reaches the expensive ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sukien.document import Document
from sukien.events import find_events
from sukien.record import Event

Step = Callable[[Document], Document]

STEPS: Sequence[Step] = (find_events,)


def run(doc: Document, steps: Sequence[Step] = STEPS) -> Document:
    """Run ``steps`` over a cleaned document."""
    for step in steps:
        doc = step(doc)
    return doc


def extract_events(doc: Document) -> list[Event]:
    """The events of a cleaned document."""
    return list(run(doc).layer("events"))
