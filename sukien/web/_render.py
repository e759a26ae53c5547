"""Turning query results into responses: HTML pages, JSON, CSV and JSON lines.

Templates are rendered with autoescaping on, so article text is always shown as text: nothing in it can
become markup. CSV cells that a spreadsheet would read as a formula are prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from jinja2 import Environment, PackageLoader

FORMATS = ("json", "csv", "jsonl")
_FORMULA = re.compile(r"[=+\-@\t\r]")
_NUMBERISH = re.compile(r"[-+]?[\d.,:\- ]*")


def wants(request: Request) -> str:
    """The format asked for: a ``.json``/``.csv``/``.jsonl`` suffix, ``/api/``, Accept, else html."""
    path = request.url.path
    for fmt in FORMATS:
        if path.endswith("." + fmt):
            return fmt
    if path.startswith("/api/"):
        return "json"
    accept = request.headers.get("accept", "")
    return "json" if "application/json" in accept and "text/html" not in accept else "html"


def link(request: Request, path: str | None = None, **changes: Any) -> str:
    """The current URL's query with ``changes`` applied (None removes a key), on ``path`` or the same path."""
    items = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    for key, value in changes.items():
        if value is None or value == "":
            continue
        items += [(key, str(v)) for v in value] if isinstance(value, list | tuple) else [(key, str(value))]
    query = urlencode(items)
    return (path or request.url.path) + ("?" + query if query else "")


def params_link(path: str, params: dict[str, Any]) -> str:
    """``path`` with ``params`` (lists repeat their key) as its query."""
    items: list[tuple[str, str]] = []
    for key, value in params.items():
        items += [(key, str(v)) for v in value] if isinstance(value, list | tuple) else [(key, str(value))]
    return path + ("?" + urlencode(items) if items else "")


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) link, else None (no ``javascript:`` from article metadata)."""
    return url if url and re.match(r"https?://[^\s\"'<>]+$", url) else None


@cache
def _env() -> Environment:
    env = Environment(loader=PackageLoader("sukien.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(link=link, params_link=params_link, safe_url=safe_url)
    env.filters["people"] = people
    return env


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _env().get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def data(payload: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(payload, status_code=status)


def people(parts: Sequence[dict[str, Any]]) -> str:
    """``Name (VNM), Name (CHN)``: participants on one line."""
    return ", ".join(f"{p['name']} ({p['country']})" if p.get("country") else p["name"] for p in parts)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
    if text and _FORMULA.match(text) and not _NUMBERISH.fullmatch(text):
        return "'" + text
    return text


def event_row(ev: dict[str, Any]) -> dict[str, Any]:
    """An event flattened for CSV."""
    parts = ev["actors"] + ev["recipients"]
    return {"id": ev["id"], "date": ev["date"], "end_date": ev["end_date"], "type": ev["type"],
            "mode": ev["mode"], "cameo": ev["cameo"], "actors": people(ev["actors"]),
            "recipients": people(ev["recipients"]),
            "countries": sorted({p["country"] for p in parts if p["country"]}),
            "offices": [f"{p['name']}: {p['office']}" for p in parts if p["office"]],
            "location": ev["location"], "contexts": ev["contexts"], "international": ev["international"],
            "doc_id": ev["doc_id"], "evidence": ev["evidence"]}


def download(rows: Iterable[dict[str, Any]], fmt: str, name: str,
             columns: Sequence[str] | None = None) -> StreamingResponse:
    """Stream ``rows`` as CSV (flat ``columns``) or JSON lines, as a file called ``name.fmt``."""
    def as_csv() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns or ())
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns or ()])
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()

    def as_jsonl() -> Iterator[str]:
        for row in rows:
            yield json.dumps(row, ensure_ascii=False) + "\n"

    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
    return StreamingResponse(as_csv() if fmt == "csv" else as_jsonl(), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


def article(original: str, marks: Iterable[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """``original`` cut into ``(text, classes)`` pieces where ``marks`` ``(start, end, class)`` begin and end.

    Marks outside the text or empty are dropped; overlapping marks give a piece both classes.
    """
    kept = [(s, e, c) for s, e, c in marks if 0 <= s < e <= len(original)]
    cuts = sorted({0, len(original), *(s for s, _, _ in kept), *(e for _, e, _ in kept)})
    pieces = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        classes = " ".join(sorted({c for s, e, c in kept if s <= lo and hi <= e}))
        pieces.append((original[lo:hi], classes))
    return pieces
