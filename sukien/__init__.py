"""sukien: Vietnamese news to PLOVER event records.

The public API; everything else is private to the package::

    from sukien import Document, Store, clean, extract_events
    doc = clean(Document(id="a1", original=text, published="2017-06-03"))
    events = extract_events(doc)
"""

from sukien._errors import (
    DecodeError,
    FormatError,
    InputError,
    LexiconError,
    PipelineError,
    RejectedDocument,
    StoreError,
    SukienError,
)
from sukien.record import EXTRACTOR_VERSION, Event, Participant, Resolved

__version__ = "0.1.0"

from sukien.clean import clean  # noqa: E402
from sukien.document import Cut, Document, OffsetMap, Span  # noqa: E402
from sukien.ingest import read  # noqa: E402
from sukien.pipeline import extract_events  # noqa: E402
from sukien.run import RunReport, extract_stored, ingest  # noqa: E402
from sukien.store import Store  # noqa: E402

__all__ = [
    "EXTRACTOR_VERSION", "Cut", "DecodeError", "Document", "Event", "FormatError", "InputError",
    "LexiconError", "OffsetMap", "Participant", "PipelineError", "RejectedDocument", "Resolved",
    "RunReport", "Span", "Store", "StoreError", "SukienError", "__version__", "clean", "extract_events",
    "extract_stored", "ingest", "read",
]
