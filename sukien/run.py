"""Runs over many documents: ingest into the store, then extract, never losing work.

Documents are committed in batches; a document already stored (same content)
is skipped, and a document already extracted by this extractor version is not
extracted again, so a run killed midway and started again ends with every
document stored once. A bad item is recorded with its id and reason and the
run goes on. Failures are kept as of the latest attempt: reading an input again
clears what was recorded for it, and extracting a document clears its
extraction failures, so the store counts what fails now.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sukien._errors import InputError, SukienError
from sukien.clean import clean
from sukien.document import Document
from sukien.ingest import read
from sukien.pipeline import extract_events
from sukien.record import EXTRACTOR_VERSION, Event
from sukien.store import InsertResult, Stage, Store

_CONFLICT = "another document with this id and different text is stored already"


@dataclass
class RunReport:
    """What a run did; ``doc_ids`` are the ids of the documents its inputs hold (new or stored before)."""

    seen: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    extracted: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)


Progress = Callable[[RunReport], None]
Failure = Callable[[str], None]


def ingest(store: Store, inputs: Iterable[str | Path], *, extract: bool = False, batch: int = 200, jobs: int = 1,
           on_progress: Progress | None = None, on_failure: Failure | None = None) -> RunReport:
    """Read ``inputs`` into ``store``; with ``extract``, extract the events of every new document and of every
    stored one that this extractor version has not seen. ``jobs`` worker processes clean and extract while this
    process reads and writes; every ``batch`` documents are committed together."""
    report = RunReport()
    items = iter(read(inputs))
    with _workers(jobs) as pool:
        while chunk := list(itertools.islice(items, batch)):
            tasks: list[tuple[Document, bool, bool]] = []
            for item in chunk:
                report.seen += 1
                if isinstance(item, InputError):
                    _fail(store, report, Stage.INPUT, item.where, item.reason, on_failure)
                    continue
                report.doc_ids.append(item.id)
                store.clear_failure(item.where or item.id)
                task = _task(store, item, extract, report, on_failure)
                if task is not None:
                    tasks.append(task)
            with store.transaction():
                for done in pool(_prepare, tasks):
                    _write(store, done, report, on_failure)
            if on_progress:
                on_progress(report)
    return report


@dataclass(frozen=True)
class _Done:
    """A document after cleaning (and extraction) in a worker: what to write, or why not."""

    doc: Document | None
    stored: bool
    events: list[Event] | None
    failure: tuple[Stage, str, str] | None = None


Mapper = Callable[[Callable[[tuple[Document, bool, bool]], _Done], list[tuple[Document, bool, bool]]],
                  Iterable[_Done]]


@contextmanager
def _workers(jobs: int) -> Iterator[Mapper]:
    """A map over ``jobs`` processes (forked, so the tagger and lexicons load once), or in this process."""
    if jobs <= 1:
        yield lambda fn, tasks: map(fn, tasks)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(jobs) as pool:
        yield lambda fn, tasks: pool.imap(fn, tasks, chunksize=8)


def _task(store: Store, doc: Document, extract: bool, report: RunReport,
          on_failure: Failure | None) -> tuple[Document, bool, bool] | None:
    """What a worker must do with ``doc``: nothing when it is stored (and extracted by this version) already."""
    state = store.document_state(doc.id)
    if state is None:
        return doc, extract, False
    digest, version = state
    if digest != doc.hash:
        _fail(store, report, Stage.INPUT, _at(doc), _CONFLICT, on_failure)
        return None
    report.duplicate += 1
    if extract and version != EXTRACTOR_VERSION:
        return doc, True, True
    return None


def _prepare(task: tuple[Document, bool, bool]) -> _Done:
    """Clean, and extract when asked: the work done in a worker. Never raises for one document's defect."""
    doc, extract, stored = task
    try:
        doc = clean(doc)
    except SukienError as exc:
        where, reason = (exc.where, exc.reason) if isinstance(exc, InputError) else (_at(doc), str(exc))
        return _Done(None, stored, None, (Stage.INPUT, where, reason))
    if not extract:
        return _Done(doc, stored, None)
    try:
        return _Done(doc, stored, extract_events(doc))
    except SukienError as exc:
        return _Done(doc, stored, None, (Stage.EXTRACT, doc.id, f"extraction failed: {exc}"))
    except Exception as exc:  # noqa: BLE001 - one document's defect must not stop a corpus run
        return _Done(doc, stored, None, (Stage.EXTRACT, doc.id,
                                         f"extraction failed: internal error {exc.__class__.__name__}: {exc}"))


def _write(store: Store, done: _Done, report: RunReport, on_failure: Failure | None) -> None:
    if done.doc is not None and not done.stored:
        result = store.insert_document(done.doc)
        if result is InsertResult.NEW:
            report.new += 1
        elif result is InsertResult.DUPLICATE:
            report.duplicate += 1
        else:
            _fail(store, report, Stage.INPUT, _at(done.doc), _CONFLICT, on_failure)
            return
    if done.failure is not None:
        _fail(store, report, *done.failure, on_failure)
    elif done.doc is not None and done.events is not None:
        _store_events(store, done.doc.id, done.events, report)


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


def _extract_one(store: Store, doc: Document, report: RunReport, on_failure: Failure | None) -> None:
    try:
        events: list[Event] = extract_events(doc)
    except SukienError as exc:
        _fail(store, report, Stage.EXTRACT, doc.id, f"extraction failed: {exc}", on_failure)
        return
    except Exception as exc:  # noqa: BLE001 - one document's defect must not stop a corpus run
        _fail(store, report, Stage.EXTRACT, doc.id,
              f"extraction failed: internal error {exc.__class__.__name__}: {exc}", on_failure)
        return
    _store_events(store, doc.id, events, report)


def _store_events(store: Store, doc_id: str, events: list[Event], report: RunReport) -> None:
    """Store the events extracted from ``doc_id``, which answers its earlier extraction failures."""
    report.events += store.replace_events(doc_id, events)
    report.extracted += 1
    store.clear_failure(doc_id, Stage.EXTRACT)


def _at(doc: Document) -> str:
    """Where a failure of ``doc`` as an input is recorded: its input and id, or its id alone."""
    return doc.id if doc.where is None else f"{doc.where} ({doc.id})"


def _fail(store: Store, report: RunReport, stage: Stage, where: str, reason: str,
          on_failure: Failure | None) -> None:
    """Record a failure at ``where``, in place of what ``stage`` recorded there before."""
    report.failed += 1
    report.failures.append(f"{where}: {reason}")
    store.clear_failure(where, stage)
    store.record_failure(where, reason, stage)
    if on_failure:
        on_failure(f"{where}: {reason}")
