"""SQLite implementation of the store."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from enum import Enum
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

from sukien._errors import StoreError
from sukien.document import Cut, Document, OffsetMap
from sukien.record import EXTRACTOR_VERSION, Event


class InsertResult(Enum):
    NEW = "new"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"


class Stage(Enum):
    """What a failure stopped: an input (read, cleaned, stored) or a stored document's extraction."""

    INPUT = "input"
    EXTRACT = "extract"


def migration_files() -> list[tuple[str, str]]:
    """``(name, sql)`` of every migration, in the order they apply."""
    folder = resources.files("sukien.store").joinpath("migrations")
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    return [(p.name.removesuffix(".sql"), p.read_text(encoding="utf-8")) for p in files]


class Store:
    """A sukien database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no such database")
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.row_factory = sqlite3.Row
            if not readonly:
                self.migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- migrations -------------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply the migrations this database lacks; return their names."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL"
                          " DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
        done = {r[0] for r in self.conn.execute("SELECT name FROM migrations")}
        applied = []
        for name, sql in migration_files():
            if name in done:
                continue
            try:
                with self.conn:
                    self.conn.executescript("BEGIN;" + sql + f"\nINSERT INTO migrations(name) VALUES ('{name}');"
                                            "COMMIT;")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: migration {name} failed ({exc})") from exc
            applied.append(name)
        return applied

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY name")]

    # -- documents --------------------------------------------------------------------------------

    def insert_document(self, doc: Document) -> InsertResult:
        """Store ``doc`` unless its content is stored already. Call inside :meth:`transaction`."""
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
        digest = doc.hash
        if row is not None:
            return InsertResult.DUPLICATE if row[0] == digest else InsertResult.CONFLICT
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO documents (id, content_hash, source, title, url, published, published_source,"
            " original, text, offsets, cuts) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, digest, doc.source, doc.title, doc.url, doc.published, doc.published_source,
             doc.original, doc.text, json.dumps(doc.offsets.to_json()),
             json.dumps([c.to_dict() for c in doc.cuts], ensure_ascii=False)))
        return InsertResult.NEW if cur.rowcount else InsertResult.DUPLICATE

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def document_state(self, doc_id: str) -> tuple[str, str | None] | None:
        """``(content hash, extractor version)`` of a stored document, or None when it is not stored."""
        row = self.conn.execute("SELECT content_hash, extracted_version FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def record_failure(self, where: str, reason: str, stage: Stage = Stage.INPUT) -> None:
        self.conn.execute("INSERT OR IGNORE INTO failures (where_, reason, stage) VALUES (?, ?, ?)",
                          (where, reason, stage.value))

    def clear_failure(self, where: str, stage: Stage = Stage.INPUT) -> None:
        """Forget the ``stage`` failures recorded at ``where``, also those recorded at it with a document id
        after it (``file:line (id)``). Call inside :meth:`transaction`."""
        self.conn.execute("DELETE FROM failures WHERE stage = ?2 AND (where_ = ?1"
                          " OR substr(where_, 1, length(?1) + 2) = ?1 || ' (')", (where, stage.value))

    def transaction(self) -> sqlite3.Connection:
        """``with store.transaction():`` commits the block, or rolls it back on error."""
        return self.conn

    def commit(self) -> None:
        self.conn.commit()

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _row_to_document(row) if row else None

    def documents(self, *, pending_for: str | None = None, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Stored documents; ``pending_for=VERSION`` only those not yet extracted by that version."""
        sql = "SELECT * FROM documents"
        args: list[Any] = []
        if pending_for is not None:
            sql += " WHERE extracted_version IS NOT ? "
            args.append(pending_for)
        sql += " ORDER BY rowid"
        wanted = set(ids) if ids is not None else None
        for row in self.conn.execute(sql, args).fetchall() if wanted is None else self.conn.execute(sql, args):
            if wanted is None or row["id"] in wanted:
                yield _row_to_document(row)

    # -- events -----------------------------------------------------------------------------------

    def replace_events(self, doc_id: str, events: Iterable[Event], version: str = EXTRACTOR_VERSION) -> int:
        """Replace the events of ``doc_id`` and mark it extracted. Call inside :meth:`transaction`."""
        c = self.conn
        c.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
        n = 0
        for ev in events:
            rec = ev.to_record()
            cur = c.execute(
                "INSERT INTO events (doc_id, type, mode, cameo, date, end_date, location, contexts, evidence,"
                " evidence_start, evidence_end, international, record, extractor_version)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc_id, ev.type, ev.mode, ev.cameo, ev.date.value, ev.end_date.value, ev.location.value,
                 json.dumps(list(ev.contexts)), ev.evidence, ev.evidence_start, ev.evidence_end,
                 int(ev.international), json.dumps(rec, ensure_ascii=False), version))
            event_id = cur.lastrowid
            for side, people in (("actor", ev.actors), ("recipient", ev.recipients)):
                for pos, p in enumerate(people):
                    c.execute("INSERT OR IGNORE INTO actors (name, kind, country) VALUES (?,?,?)",
                              (p.name, p.kind, p.country or ""))
                    actor_id = c.execute("SELECT id FROM actors WHERE name=? AND kind=? AND country=?",
                                         (p.name, p.kind, p.country or "")).fetchone()[0]
                    c.execute("INSERT INTO participants (event_id, actor_id, side, position, office, org,"
                              " span_start, span_end, country_rule) VALUES (?,?,?,?,?,?,?,?,?)",
                              (event_id, actor_id, side, pos, p.office, p.org, p.start, p.end, p.country_rule))
            n += 1
        c.execute("UPDATE documents SET extracted_version = ? WHERE id = ?", (version, doc_id))
        return n

    def event_records(self, doc_ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """The stored JSON records, in document then event order."""
        wanted = set(doc_ids) if doc_ids is not None else None
        rows = self.conn.execute("SELECT doc_id, record FROM events ORDER BY doc_id, id").fetchall()
        for row in rows:
            if wanted is None or row["doc_id"] in wanted:
                rec: dict[str, Any] = json.loads(row["record"])
                yield rec

    # -- stats ------------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "events": one("SELECT count(*) FROM events"),
            "international_events": one("SELECT count(*) FROM events WHERE international = 1"),
            "actors": one("SELECT count(*) FROM actors"),
            "failed": one("SELECT count(*) FROM failures"),
            "extracted_documents": one("SELECT count(*) FROM documents WHERE extracted_version IS NOT NULL"),
            "migrations": self.applied_migrations(),
        }

    def failures(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.conn.execute("SELECT where_, reason FROM failures ORDER BY id")]


def _row_to_document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"], original=row["original"], published=row["published"],
        published_source=row["published_source"], title=row["title"], url=row["url"], source=row["source"],
        text=row["text"], offsets=OffsetMap.from_json(json.loads(row["offsets"])),
        cuts=[Cut(**c) for c in json.loads(row["cuts"])],
    )
