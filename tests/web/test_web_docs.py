"""Docs drift: the routes API.md lists are exactly the app's routes."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import FastAPI
from fastapi.routing import APIRoute
from starlette.routing import Route

API_MD = Path(__file__).resolve().parents[2] / "sukien" / "web" / "API.md"


def documented() -> set[str]:
    return set(re.findall(r"^\| `GET (/\S*)` \|", API_MD.read_text(encoding="utf-8"), flags=re.M))


def test_every_documented_route_exists_and_every_route_is_documented(app: FastAPI) -> None:
    routes = {r.path for r in app.routes if isinstance(r, APIRoute | Route)}
    assert documented(), "API.md lists no routes"
    assert documented() - routes == set(), "documented in API.md but not served"
    assert routes - documented() == set(), "served but not documented in API.md"


def test_the_issue_routes_are_there(app: FastAPI) -> None:
    assert {"/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{actor_id}", "/api/search",
            "/openapi.json"} <= documented()
