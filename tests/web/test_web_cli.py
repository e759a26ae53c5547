"""`sukien serve`: applies migrations, binds to 127.0.0.1 by default, prints its address."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sukien.cli import main


def test_serve_applies_migrations_and_prints_the_address(web_db: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    import uvicorn

    db = tmp_path / "serve.db"
    db.write_bytes(web_db.read_bytes())
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM migrations WHERE name = '0003_search'")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE search_fts")
    conn.execute("DROP TABLE search_items")
    conn.commit()
    conn.close()
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    assert main(["serve", "--db", str(db), "--port", "8123"]) == 0
    assert calls and calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123
    assert "http://127.0.0.1:8123/" in capsys.readouterr().out
    names = [r[0] for r in sqlite3.connect(db).execute("SELECT name FROM migrations")]
    assert "0003_search" in names


def test_serve_refuses_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "nope.db")]) == 2
    assert "no such database" in capsys.readouterr().err
    assert not (tmp_path / "nope.db").exists()
