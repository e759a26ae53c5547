"""The FastAPI app over a sukien database: pages, a JSON API, downloads. Read-only.

Datasette's model: one handler serves a page and, with a ``.json`` suffix, under ``/api/`` or asked for
``application/json``, its data. ``API.md`` beside this file lists every route (a test keeps it honest).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from sukien import __version__
from sukien._errors import QueryError, StoreError
from sukien.store import Store
from sukien.store._queries import search_ready
from sukien.web import _views
from sukien.web._params import reject_unknown
from sukien.web._render import data, page, wants

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self';"
                               " img-src 'self' data:; connect-src 'self'; base-uri 'none';"
                               " form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}

# (path, handler, in OpenAPI): a page's JSON twin and its /api/ route share its handler.
ROUTES: list[tuple[str, Callable[..., Response], bool]] = [
    ("/", _views.home, False),
    ("/events", _views.events_list, False),
    ("/events.json", _views.events_list, True),
    ("/events.csv", _views.events_list, True),
    ("/events.jsonl", _views.events_list, True),
    ("/events/{event_id}.json", _views.event_page, True),
    ("/events/{event_id}", _views.event_page, False),
    ("/actors", _views.actors_list, False),
    ("/actors.json", _views.actors_list, True),
    ("/actors.csv", _views.actors_list, True),
    ("/actors.jsonl", _views.actors_list, True),
    ("/actors/{actor_id}.json", _views.actor_page, True),
    ("/actors/{actor_id}", _views.actor_page, False),
    ("/documents/{doc_id}.json", _views.document_page, True),
    ("/documents/{doc_id}", _views.document_page, False),
    ("/search", _views.search_page, False),
    ("/search.json", _views.search_page, True),
    ("/api/events", _views.events_list, True),
    ("/api/events/{event_id}", _views.event_page, True),
    ("/api/actors", _views.actors_list, True),
    ("/api/actors/{actor_id}", _views.actor_page, True),
    ("/api/documents/{doc_id}", _views.document_page, True),
    ("/api/search", _views.search_page, True),
]


def create_app(db: str | Path) -> FastAPI:
    """The app over the database ``db``, which must exist and carry the search index (migration 0003).

    Open it once with a writable :class:`~sukien.store.Store` to apply migrations; the app only reads.
    """
    path = Path(db)
    with Store(path, readonly=True) as store:
        if not search_ready(store):
            raise StoreError(f"{path}: no search index yet; open it once writable (sukien serve does) "
                             "to apply migration 0003_search")
    app = FastAPI(title="sukien", version=__version__, docs_url=None, redoc_url=None,
                  description="Official interactions in Vietnamese news as PLOVER events: browse, search, "
                              "download. Read-only.",
                  dependencies=[Depends(reject_unknown)])
    app.state.db = path
    for route, handler, in_schema in ROUTES:
        app.add_api_route(route, handler, methods=["GET"], include_in_schema=in_schema,
                          summary=(handler.__doc__ or "").split("\n")[0].rstrip("."))
    static = resources.files("sukien.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _handle_errors(app)

    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    return app


def _error(request: Request, status: int, message: str, param: str | None = None) -> Response:
    if wants(request) == "html":
        return page(request, "error.html", status=status, status_code=status, message=message)
    body: dict[str, Any] = {"error": message, "status": status}
    if param is not None:
        body["param"] = param
    return data(body, status=status)


def _handle_errors(app: FastAPI) -> None:
    async def bad_query(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, QueryError)
        return _error(request, 400, str(exc), exc.param)

    async def bad_value(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        first = exc.errors()[0] if exc.errors() else {}
        param = str(first.get("loc", ("", "?"))[-1])
        return _error(request, 400, f"{param}: {first.get('msg', 'bad value')}", param)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return _error(request, exc.status_code, str(exc.detail))

    app.add_exception_handler(QueryError, bad_query)
    app.add_exception_handler(RequestValidationError, bad_value)
    app.add_exception_handler(HTTPException, http_error)
