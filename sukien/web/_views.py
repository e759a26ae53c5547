"""The handlers. Each serves a page and, asked for JSON (``.json``, ``/api/``, Accept), the same data.

They open the database read-only for each request and only read from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import Response

from sukien.store import Store
from sukien.store import _queries as q
from sukien.web._params import Paging, actor_filter, actor_sort, event_filter, event_sort, paging
from sukien.web._render import article, data, download, event_row, link, page, wants

EVENT_COLUMNS = ("id", "date", "end_date", "type", "mode", "cameo", "actors", "recipients", "countries",
                 "offices", "location", "contexts", "international", "doc_id", "evidence")
ACTOR_COLUMNS = ("id", "name", "kind", "country", "events", "first_date", "last_date")


def _db(request: Request) -> Path:
    db: Path = request.app.state.db
    return db


def _stream(db: Path, rows: Callable[[Store], Iterator[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    with Store(db, readonly=True) as store:
        yield from rows(store)


def _urls(items: list[dict[str, Any]], base: str) -> list[dict[str, Any]]:
    return [{**item, "url": f"{base}/{item['id']}"} for item in items]


def _pages(request: Request, about: dict[str, int], path: str) -> dict[str, str | None]:
    """Links to the next and previous pages on ``path``, keeping the other parameters."""
    def at(n: int) -> str:
        items = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        items += [("page", str(n))] if n > 1 else []
        return path + ("?" + urlencode(items) if items else "")
    return {"next": at(about["page"] + 1) if about["page"] < about["pages"] else None,
            "prev": at(about["page"] - 1) if about["page"] > 1 else None}


def _facet_links(request: Request, f: q.EventFilter, facets: dict[str, list[dict[str, Any]]]) -> None:
    """Give each facet value the link that adds it to the filter (a second country makes a pair)."""
    for name, rows in facets.items():
        if name == "month":
            continue
        for row in rows:
            value: Any = row["value"]
            if name == "country":
                pair = len(f.countries) == 1 and value not in f.countries
                value = [*f.countries, value] if pair else [value]
            row["href"] = link(request, **{name: value, "page": None})


def home(request: Request) -> Response:
    """What the database holds: counts, busiest actors and country pairs, events per month, latest events."""
    with Store(_db(request), readonly=True) as store:
        about = q.overview(store)
        latest = q.events(store, q.EventFilter(), limit=10)
    if wants(request) == "json":
        return data({**about, "latest": _urls(latest, "/events")})
    return page(request, "index.html", about=about, latest=latest)


def events_list(request: Request, f: Annotated[q.EventFilter, Depends(event_filter)],
                sort: Annotated[str, Depends(event_sort)],
                paged: Annotated[Paging, Depends(paging)]) -> Response:
    """Events that match the filters, sorted and paged, with counts by type, mode, country, context, month.

    ``.csv`` and ``.jsonl`` give every matching event (no paging) as a download."""
    fmt = wants(request)
    if fmt in ("csv", "jsonl"):
        rows = _stream(_db(request), lambda store: q.iter_events(store, f, sort=sort))
        return download(map(event_row, rows) if fmt == "csv" else rows, fmt, "events", EVENT_COLUMNS)
    with Store(_db(request), readonly=True) as store:
        about = paged.about(q.count_events(store, f))
        found = q.events(store, f, sort=sort, limit=paged.size, offset=paged.offset)
        facets = q.event_facets(store, f)
    api = "/api/events" if request.url.path.startswith("/api/") else "/events.json"
    body: dict[str, Any] = {**about, "sort": sort, "filters": f.params(), "facets": facets,
                            "events": _urls(found, "/events"),
                            **_pages(request, about, api if fmt == "json" else "/events")}
    if fmt == "json":
        return data(body)
    _facet_links(request, f, facets)
    return page(request, "events.html", **body, filter=f, sorts=list(q.EVENT_SORTS), types=q.TYPES,
                modes=q.MODES)


def event_page(request: Request, event_id: int) -> Response:
    """One event: participants, date and place with the words they were read from, contexts, and the source
    article with the evidence sentence marked."""
    with Store(_db(request), readonly=True) as store:
        ev = q.event(store, event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id}")
    if wants(request) == "json":
        return data(ev)
    doc = ev["document"] or {}
    original = doc.get("original") or ""
    start, end = ev["evidence_span"]
    if not (0 <= start < end <= len(original)) and ev["evidence"] and ev["evidence"] in original:
        start = original.index(ev["evidence"])
        end = start + len(ev["evidence"])
    marks = [(start, end, "ev")]
    for p in ev["actors"] + ev["recipients"]:
        if p.get("span"):
            marks.append((p["span"][0], p["span"][1], "who"))
    for key, cls in (("date", "when"), ("location", "where")):
        span = (ev["provenance"].get(key) or {}).get("span")
        if span:
            marks.append((span[0], span[1], cls))
    pieces = article(original, marks)
    anchor = next((i for i, (_, cls) in enumerate(pieces) if "ev" in cls.split()), -1)
    return page(request, "event.html", ev=ev, doc=doc, pieces=pieces, anchor=anchor)


def document_page(request: Request, doc_id: str,
                  query: Annotated[str | None, Query(alias="q", description="words to mark")] = None,
                  ) -> Response:
    """One article as written, its events, and the words of ``q`` marked (marks and case ignored)."""
    with Store(_db(request), readonly=True) as store:
        doc = q.document(store, doc_id)
        found = q.events(store, q.EventFilter(doc_id=doc_id), sort="id", limit=500) if doc else []
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    body = {**doc, "events": _urls(found, "/events")}
    if wants(request) == "json":
        return data(body)
    terms = q.search_terms(query) if query and query.strip() else []
    marks = [(s, e, "ev") for s, e in q.highlight(doc["original"], terms)] if terms else []
    pieces = article(doc["original"], marks)
    anchor = next((i for i, (_, cls) in enumerate(pieces) if cls), -1)
    return page(request, "document.html", doc=body, pieces=pieces, anchor=anchor, query=query)


def actors_list(request: Request, f: Annotated[q.ActorFilter, Depends(actor_filter)],
                sort: Annotated[str, Depends(actor_sort)],
                paged: Annotated[Paging, Depends(paging)]) -> Response:
    """Actors (people, organisations, countries) that match the filters, with their event counts and dates.

    ``.csv`` and ``.jsonl`` give every matching actor as a download."""
    fmt = wants(request)
    if fmt in ("csv", "jsonl"):
        rows = _stream(_db(request), lambda store: iter(q.actors(store, f, sort=sort, offset=None)))
        return download(rows, fmt, "actors", ACTOR_COLUMNS)
    with Store(_db(request), readonly=True) as store:
        about = paged.about(q.count_actors(store, f))
        found = q.actors(store, f, sort=sort, limit=paged.size, offset=paged.offset)
    api = "/api/actors" if request.url.path.startswith("/api/") else "/actors.json"
    body: dict[str, Any] = {**about, "sort": sort, "filters": f.params(), "actors": _urls(found, "/actors"),
                            **_pages(request, about, api if fmt == "json" else "/actors")}
    if fmt == "json":
        return data(body)
    return page(request, "actors.html", **body, filter=f, sorts=list(q.ACTOR_SORTS), kinds=q.KINDS)


def actor_page(request: Request, actor_id: int) -> Response:
    """One actor: spellings, offices over time, counterparts, a who-met-whom network, a timeline, events."""
    with Store(_db(request), readonly=True) as store:
        who = q.actor(store, actor_id)
        recent = q.events(store, q.EventFilter(actor_id=actor_id), limit=100) if who else []
    if who is None:
        raise HTTPException(404, f"no actor {actor_id}")
    body = {**who, "recent_events": _urls(recent, "/events")}
    if wants(request) == "json":
        return data(body)
    return page(request, "actor.html", actor=body)


def search_page(request: Request, paged: Annotated[Paging, Depends(paging)],
                query: Annotated[str | None, Query(alias="q", description="words to find; marks and case are "
                                                   "ignored (\"to lam\" finds Tô Lâm)")] = None,
                kind: Annotated[str | None, Query(description="actor, event or document; empty: all")] = None,
                ) -> Response:
    """Actors, events and documents matching the words, best first, with the matched words marked in their
    original spelling."""
    fmt = wants(request)
    if fmt == "html" and not (query or "").strip():
        return page(request, "search.html", result=None, query="")
    with Store(_db(request), readonly=True) as store:
        result = q.search(store, query or "", kind=kind or None, limit=paged.size, offset=paged.offset)
    about = paged.about(result["total"])
    body = {**result, **about, **_pages(request, about, request.url.path)}
    if fmt == "json":
        return data(body)
    return page(request, "search.html", result=body, query=query)
