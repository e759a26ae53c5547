"""Fixtures for the web tests: the hand-made database (webdb.py), an app over it, a client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from webdb import build_db  # noqa: E402

from sukien.web import create_app  # noqa: E402


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="session")
def app(web_db: Path) -> FastAPI:
    return create_app(web_db)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c
