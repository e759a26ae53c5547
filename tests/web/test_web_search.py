"""Folded search (sukien/store/_queries.py over migration 0003_search): marks, đ and case ignored."""

from __future__ import annotations

import shutil
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sukien.document import Document
from sukien.store import Store
from sukien.store._queries import fold, highlight, search, search_terms, snippet

VOWELS = "aăâeêioôơuưy"
MARKS = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


def matched(result: dict[str, Any]) -> list[str]:
    """Every piece of text marked as matched, in the results' order."""
    return [p["text"] for hit in result["results"] for key in ("title", "snippet")
            for p in hit.get(key, []) if p["match"]]


def test_fold() -> None:
    assert fold("Quách Thanh Côn") == "quach thanh con"
    assert fold("ĐẢNG đảng") == "dang dang"
    assert fold("Nguyễn Phú Trọng") == "nguyen phu trong"
    decomposed = unicodedata.normalize("NFD", "Tô Lâm")
    assert fold(decomposed) == "to lam"


def test_search_terms() -> None:
    assert search_terms("  Tô  LÂM! ") == ["to", "lam"]
    assert search_terms('a"b OR c*') == ["a", "b", "or", "c"]


@pytest.mark.parametrize(("query", "name"), [
    ("to lam", "Tô Lâm"), ("TO LAM", "Tô Lâm"), ("tô lâm", "Tô Lâm"), ("Tô Lâm", "Tô Lâm"),
    ("quach thanh con", "Quách Thanh Côn"), ("nguyen phu trong", "Nguyễn Phú Trọng"),
    ("dak lak", "Ban Thường vụ Tỉnh ủy Đắk Lắk"),
])
def test_names_found_whatever_the_marks(client: TestClient, query: str, name: str) -> None:
    result = client.get("/api/search", params={"q": query}).json()
    first = result["results"][0]
    assert first["kind"] == "actor" and first["actor"]["name"] == name
    assert [p["text"] for p in first["title"] if p["match"]][0] in name
    assert name.split()[-1] in " ".join(matched(result))


def test_dang_finds_dang_in_its_own_spelling(client: TestClient) -> None:
    result = client.get("/api/search", params={"q": "dang"}).json()
    assert result["counts"]["document"] >= 1 and result["counts"]["actor"] >= 1
    assert "Đảng" in matched(result)
    docs = [h["document"]["id"] for h in result["results"] if h["kind"] == "document"]
    assert "a2" in docs


def test_search_ranks_the_phrase_first_and_marks_only_it(client: TestClient) -> None:
    result = client.get("/api/search", params={"q": "to lam", "kind": "document"}).json()
    assert result["kind"] == "document" and {h["kind"] for h in result["results"]} == {"document"}
    assert result["total"] == result["counts"]["document"]
    assert set(matched(result)) == {"Tô Lâm"}
    scores = [h["score"] for h in result["results"]]
    assert scores == sorted(scores, reverse=True)


def test_words_apart_are_found_when_no_phrase_is(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "to lam"}).json()["matched"] == "phrase"
    apart = client.get("/api/search", params={"q": "con quach", "kind": "actor"}).json()
    assert apart["matched"] == "words" and apart["results"][0]["actor"]["name"] == "Quách Thanh Côn"
    assert {p["text"] for p in apart["results"][0]["title"] if p["match"]} == {"Quách", "Côn"}


def test_search_pages(client: TestClient) -> None:
    everything = client.get("/api/search", params={"q": "to lam"}).json()
    first = client.get("/api/search", params={"q": "to lam", "size": 2}).json()
    second = client.get(first["next"]).json()
    assert [h["kind"] for h in first["results"] + second["results"]] == \
        [h["kind"] for h in everything["results"][:4]]


def test_search_page_html(client: TestClient) -> None:
    html = client.get("/search", params={"q": "quach thanh con"}).text
    assert "<mark>Quách Thanh Côn</mark>" in html
    assert client.get("/search").status_code == 200


def test_highlight_and_snippet() -> None:
    text = "Bộ trưởng Tô Lâm làm việc; ông Lâm nói."
    assert [text[s:e] for s, e in highlight(text, ["to", "lam"])] == ["Tô Lâm"]
    assert [text[s:e] for s, e in highlight(text, ["lam"])] == ["Lâm làm", "Lâm"]
    long = "x " * 300 + "Quách Thanh Côn ký" + " y" * 300
    pieces = snippet(long, ["quach", "thanh", "con"])
    assert pieces[0]["text"] == "…" and pieces[-1]["text"] == "…"
    assert [p["text"] for p in pieces if p["match"]] == ["Quách Thanh Côn"]
    assert len("".join(p["text"] for p in pieces)) < 300


def test_every_vietnamese_letter_folds_in_the_index_as_in_python(tmp_path: Path) -> None:
    letters = [unicodedata.normalize("NFC", v + m) for v in VOWELS + VOWELS.upper() for m in MARKS]
    letters += ["đ", "Đ"]
    with Store(tmp_path / "fold.db") as store:
        with store.transaction():
            for i, letter in enumerate(letters):
                store.insert_document(Document(id=f"d{i}", original=f"z{letter}z", text=f"z{letter}z"))
        store.commit()
        for i, letter in enumerate(letters):
            hits = search(store, f"z{letter}z", kind="document", limit=200)["results"]
            assert f"d{i}" in {h["document"]["id"] for h in hits}, letter


def _integrity(store: Store) -> None:
    store.conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")


def test_index_follows_replaced_events_and_deleted_documents(web_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(web_db, db)
    with Store(db) as store:
        assert search(store, "shinzo abe", kind="event")["total"] == 1
        with store.transaction():
            store.replace_events("a4", [])
        store.commit()
        _integrity(store)
        assert search(store, "shinzo abe", kind="event")["total"] == 0
        assert search(store, "shinzo abe", kind="actor")["total"] == 1
        assert search(store, "thu tuong nhat ban", kind="actor")["total"] == 0
        with store.transaction():
            store.conn.execute("DELETE FROM documents WHERE id = 'a3'")
        store.commit()
        _integrity(store)
        assert search(store, "quach thanh con", kind="document")["total"] == 0
        assert search(store, "quach thanh con", kind="event")["total"] == 0


def test_migration_indexes_what_was_stored_before_it(web_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(web_db, db)
    conn = sqlite3.connect(db)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                        " AND sql LIKE '%search_items%'")]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE search_fts")
    conn.execute("DROP TABLE search_items")
    conn.execute("DELETE FROM migrations WHERE name = '0003_search'")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert "0003_search" in store.applied_migrations()
        _integrity(store)
        result = search(store, "to lam")
        assert result["counts"] == {"actor": 1, "event": 4, "document": 3}
        assert search(store, "bo truong bo cong an", kind="actor")["results"][0]["actor"]["name"] == "Tô Lâm"
