"""The SQLite store: recorded migrations, idempotent inserts by content, failures counted once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sukien import Document, Store, StoreError, clean
from sukien.store import InsertResult, Stage
from sukien.store._sqlite import migration_files

TEXT = "Tiêu đề\n\nChiều 3/6, tại Hà Nội, Thủ tướng tiếp Đại sứ Nhật Bản. (Ảnh: Thống Nhất/TTXVN)\nM.Anh"


def doc(doc_id: str = "a", text: str = TEXT) -> Document:
    return clean(Document(id=doc_id, original=text, published="2017-06-03", published_source="input",
                          title="Tiêu đề", url="http://x", source="test"))


def test_new_database_is_wal_and_records_its_migrations(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "s.db"
    with Store(path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = [name for name, _ in migration_files()]
        assert names == sorted(names) and names[0] == "0001_documents"
        assert store.applied_migrations() == names
        assert store.stats()["migrations"] == names
    with Store(path) as store:
        assert store.migrate() == []


def test_insert_is_idempotent_by_content(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store, store.transaction():
        assert store.insert_document(doc("a")) is InsertResult.NEW
        assert store.insert_document(doc("a")) is InsertResult.DUPLICATE
        assert store.insert_document(doc("b")) is InsertResult.DUPLICATE
        assert store.insert_document(doc("a", TEXT + " Thêm.")) is InsertResult.CONFLICT
        assert store.stats()["documents"] == 1
        assert store.has_document("a") and not store.has_document("b")


def test_stored_document_round_trips_text_map_and_cuts(tmp_path: Path) -> None:
    original = doc("a")
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.insert_document(original)
        again = store.get_document("a")
        assert store.get_document("missing") is None
    assert again is not None
    assert (again.text, again.cuts) == (original.text, original.cuts)
    assert again.offsets.segments == original.offsets.segments
    assert (again.published, again.published_source, again.title, again.url) == \
           ("2017-06-03", "input", "Tiêu đề", "http://x")
    assert {c.reason for c in again.cuts} == {"photo-credit", "byline"}


def test_failures_are_counted_once_per_input_and_reason(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.record_failure("x.txt", "empty file")
            store.record_failure("x.txt", "empty file")
            store.record_failure("y.jsonl:3", "broken JSON")
        assert store.stats()["failed"] == 2
        assert store.failures() == [("x.txt", "empty file"), ("y.jsonl:3", "broken JSON")]
        with store.transaction():
            store.clear_failure("x.txt")
        assert store.stats()["failed"] == 1


def test_clearing_an_input_keeps_other_inputs_and_extraction_failures(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.record_failure("y.jsonl:3", "broken JSON")
            store.record_failure("y.jsonl:3 (a)", "not Vietnamese")
            store.record_failure("y.jsonl:30", "broken JSON")
            store.record_failure("y.jsonl:3", "extraction failed: boom", Stage.EXTRACT)
            store.clear_failure("y.jsonl:3")
        assert store.failures() == [("y.jsonl:30", "broken JSON"), ("y.jsonl:3", "extraction failed: boom")]
        with store.transaction():
            store.clear_failure("y.jsonl:3", Stage.EXTRACT)
        assert store.failures() == [("y.jsonl:30", "broken JSON")]


def test_migration_gives_failures_recorded_before_it_their_stage(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT '')")
    for name, sql in migration_files():
        if name < "0004":
            conn.executescript(sql)
            conn.execute("INSERT INTO migrations (name) VALUES (?)", (name,))
    conn.execute("INSERT INTO failures (where_, reason) VALUES ('x', 'extraction failed: boom'), ('x', 'empty')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.applied_migrations()[-1] == "0004_failure_stages"
        with store.transaction():
            store.clear_failure("x", Stage.EXTRACT)
        assert store.failures() == [("x", "empty")]


def test_pending_documents_until_extracted(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.insert_document(doc("a"))
            store.insert_document(doc("b", TEXT + " Hai."))
        assert [d.id for d in store.documents(pending_for="v1")] == ["a", "b"]
        assert store.document_state("a") == (doc("a").hash, None)
        with store.transaction():
            assert store.replace_events("a", [], "v1") == 0
        assert [d.id for d in store.documents(pending_for="v1")] == ["b"]
        assert [d.id for d in store.documents(ids=["b"])] == ["b"]
        assert store.document_state("a") == (doc("a").hash, "v1")
        assert store.document_state("missing") is None
        assert store.stats()["extracted_documents"] == 1


def test_readonly_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.db", readonly=True)
    with Store(tmp_path / "s.db") as store, store.transaction():
        store.insert_document(doc())
    with Store(tmp_path / "s.db", readonly=True) as store:
        assert store.stats()["documents"] == 1
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("DELETE FROM documents")


def test_unopenable_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path)
