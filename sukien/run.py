"""Runs over many documents: ingest into the store, then extract, never losing work.

Documents are committed in batches; a document already stored (same content)
is skipped, and a document already extracted by this extractor version is not
extracted again, so a run killed midway and started again ends with every
document stored once. A bad item is recorded with its id and reason and the
run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sukien._errors import InputError, SukienError
from sukien.clean import clean
from sukien.document import Document
from sukien.ingest import read
from sukien.pipeline import extract_events
from sukien.record import EXTRACTOR_VERSION, Event
from sukien.store import InsertResult, Store


@dataclass
class RunReport:
    """What a run did."""

    seen: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    extracted: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)


Progress = Callable[[RunReport], None]
Failure = Callable[[str], None]


def ingest(store: Store, inputs: Iterable[str | Path], *, extract: bool = False, batch: int = 200,
           on_progress: Progress | None = None, on_failure: Failure | None = None) -> RunReport:
    """Read ``inputs`` into ``store``; with ``extract``, extract the events of every pending document."""
    report = RunReport()
    pending: list[Document] = []

    def flush() -> None:
        with store.transaction():
            for doc in pending:
                if extract:
                    _extract_one(store, doc, report, on_failure)
        pending.clear()

    with store.transaction():
        for item in read(inputs):
            report.seen += 1
            if isinstance(item, InputError):
                _fail(store, report, item.where, item.reason, on_failure)
            else:
                _store_one(store, item, report, pending if extract else None, on_failure)
            if report.seen % batch == 0:
                store.commit()
                if pending:
                    flush()
                if on_progress:
                    on_progress(report)
        store.commit()
    if pending:
        flush()
    if on_progress:
        on_progress(report)
    return report


def extract_stored(store: Store, *, doc_ids: Iterable[str] | None = None, batch: int = 200,
                   on_progress: Progress | None = None, on_failure: Failure | None = None) -> RunReport:
    """Extract the events of stored documents that this extractor version has not yet seen."""
    report = RunReport()
    for doc in store.documents(pending_for=EXTRACTOR_VERSION, ids=doc_ids):
        report.seen += 1
        _extract_one(store, doc, report, on_failure)
        if report.seen % batch == 0:
            store.commit()
            if on_progress:
                on_progress(report)
    store.commit()
    if on_progress:
        on_progress(report)
    return report


def _store_one(store: Store, doc: Document, report: RunReport, pending: list[Document] | None,
               on_failure: Failure | None) -> None:
    try:
        doc = clean(doc)
    except SukienError as exc:
        where, reason = (exc.where, exc.reason) if isinstance(exc, InputError) else (doc.id, str(exc))
        _fail(store, report, where, reason, on_failure)
        return
    result = store.insert_document(doc)
    if result is InsertResult.NEW:
        report.new += 1
        if pending is not None:
            pending.append(doc)
    elif result is InsertResult.DUPLICATE:
        report.duplicate += 1
        if pending is not None and store.needs_extraction(doc.id):
            stored = store.get_document(doc.id)
            if stored is not None:
                pending.append(stored)
    else:
        _fail(store, report, doc.id, "another document with this id and different text is stored already",
              on_failure)


def _extract_one(store: Store, doc: Document, report: RunReport, on_failure: Failure | None) -> None:
    try:
        events: list[Event] = extract_events(doc)
    except SukienError as exc:
        _fail(store, report, doc.id, f"extraction failed: {exc}", on_failure)
        return
    except Exception as exc:  # noqa: BLE001 - one document's defect must not stop a corpus run
        _fail(store, report, doc.id, f"extraction failed: internal error {exc.__class__.__name__}: {exc}",
              on_failure)
        return
    report.events += store.replace_events(doc.id, events)
    report.extracted += 1


def _fail(store: Store, report: RunReport, where: str, reason: str, on_failure: Failure | None) -> None:
    report.failed += 1
    report.failures.append(f"{where}: {reason}")
    store.record_failure(where, reason)
    if on_failure:
        on_failure(f"{where}: {reason}")
