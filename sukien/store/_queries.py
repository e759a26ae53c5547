"""Read queries for browsing the store: events, actors, search. Parameterised SQL only.

Every function takes a :class:`~sukien.store.Store` (read-only is enough) and returns plain dicts and
lists, ready for JSON. Filters are validated when built (:meth:`EventFilter.build`,
:meth:`ActorFilter.build`) and a bad one raises :class:`~sukien._errors.QueryError`.

Search runs over ``search_fts`` (migration ``0003_search``); :func:`fold` is the fold it relies on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sukien._errors import QueryError
from sukien._text import fold, fold_char
from sukien.store._sqlite import Store

TYPES = ("CONSULT", "SUPPORT")
MODES = ("visit", "phone", "multilateral", "third-party")
KINDS = ("person", "org", "country")
SEARCH_KINDS = ("actor", "event", "document")

EVENT_SORTS = {
    "-date": "e.date IS NULL, e.date DESC, e.id DESC",
    "date": "e.date IS NULL, e.date, e.id",
    "-id": "e.id DESC",
    "id": "e.id",
    "type": "e.type, e.mode, e.date DESC, e.id",
    "-type": "e.type DESC, e.mode DESC, e.date DESC, e.id",
    "location": "e.location IS NULL, e.location, e.id",
    "-location": "e.location IS NULL, e.location DESC, e.id",
}
ACTOR_SORTS = {
    "-events": "n DESC, a.name, a.id",
    "events": "n, a.name, a.id",
    "name": "a.name, a.id",
    "-name": "a.name DESC, a.id",
    "country": "a.country = '', a.country, n DESC, a.id",
    "-country": "a.country = '', a.country DESC, n DESC, a.id",
    "-last": "last_date IS NULL, last_date DESC, a.id",
    "last": "last_date IS NULL, last_date, a.id",
}

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_COUNTRY = re.compile(r"[A-Z]{3}")
_CONTEXT = re.compile(r"[a-z_]{2,40}")
_WORD = re.compile(r"[^\W_]+")
_ISO_DATE = "e.date GLOB '[0-9][0-9][0-9][0-9]*'"


# -- folding and highlighting -------------------------------------------------------------------------


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index in ``text`` it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        f = fold_char(ch)
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), where


def search_terms(query: str) -> list[str]:
    """The folded words of a search query; :class:`QueryError` when it has none."""
    terms = _WORD.findall(fold(query))
    if not terms:
        raise QueryError("q", "give at least one word to search for")
    if len(terms) > 12:
        raise QueryError("q", f"at most 12 words, not {len(terms)}")
    return terms


def highlight(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``terms`` occur in ``text`` as whole words, ignoring marks and case, as ``(start, end)``.

    Where the words occur together as a phrase only the phrase is marked ("to lam" marks "Tô Lâm", not
    every "làm"); otherwise each word is. Neighbouring marks with only spaces between them are joined.
    """
    folded, where = _fold_with_map(text)
    phrase = r"[\W_]+".join(re.escape(t) for t in terms)
    patterns = [phrase] if len(terms) > 1 and re.search(rf"(?<![^\W_]){phrase}(?![^\W_])", folded) \
        else [re.escape(t) for t in set(terms)]
    found: list[tuple[int, int]] = []
    for pattern in patterns:
        for m in re.finditer(rf"(?<![^\W_]){pattern}(?![^\W_])", folded):
            found.append((where[m.start()], where[m.end() - 1] + 1))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1]:start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, terms: Sequence[str], width: int = 220) -> list[dict[str, Any]]:
    """A stretch of ``text`` around the first match, as pieces ``{"text", "match"}``, spelt as written."""
    spans = highlight(text, terms)
    if len(text) <= width:
        lo, hi = 0, len(text)
    else:
        centre = spans[0][0] if spans else 0
        lo = max(0, min(centre - width // 3, len(text) - width))
        hi = min(len(text), lo + width)
        lo = text.rfind(" ", 0, lo) + 1 if lo else 0
        space = text.find(" ", hi)
        hi = len(text) if space < 0 else space
    pieces: list[dict[str, Any]] = [{"text": "…", "match": False}] if lo else []
    at = lo
    for start, end in spans:
        if end <= lo or start >= hi:
            continue
        start, end = max(start, lo), min(end, hi)
        if start > at:
            pieces.append({"text": text[at:start], "match": False})
        pieces.append({"text": text[start:end], "match": True})
        at = end
    if hi > at:
        pieces.append({"text": text[at:hi], "match": False})
    if hi < len(text):
        pieces.append({"text": "…", "match": False})
    return pieces


def _fts_query(terms: Sequence[str], phrase: bool) -> str:
    """An FTS5 expression: the words as one phrase, or all of them anywhere."""
    return f'"{" ".join(terms)}"' if phrase else " AND ".join(f'"{t}"' for t in terms)


def _name_query(text: str) -> str:
    """An FTS5 expression for names: every word of ``text`` in the title column."""
    return "{title} : (" + " AND ".join(f'"{t}"' for t in search_terms(text)) + ")"


# -- filters -----------------------------------------------------------------------------------------


def _blank(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def _date_param(name: str, value: str | None) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    if not _DATE.fullmatch(value):
        raise QueryError(name, f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    parts = value.split("-")
    try:
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        raise QueryError(name, f"{value!r} is not a calendar date") from None
    return value


def _choice(name: str, value: str | None, allowed: Sequence[str]) -> str | None:
    value = _blank(value)
    if value is not None and value not in allowed:
        raise QueryError(name, f"{value!r} is not one of {', '.join(allowed)}")
    return value


def _countries(values: Sequence[str]) -> tuple[str, ...]:
    codes = []
    for raw in values:
        for value in raw.split(","):
            code = value.strip().upper()
            if not code:
                continue
            if code != "IGO" and not _COUNTRY.fullmatch(code):
                raise QueryError("country", f"{value.strip()!r} is not an ISO 3166 alpha-3 code or IGO")
            codes.append(code)
    if len(codes) > 2:
        raise QueryError("country", f"give one country or a pair, not {len(codes)}")
    return tuple(dict.fromkeys(codes))


def _bool(name: str, value: str | None) -> bool | None:
    value = _blank(value)
    if value is None:
        return None
    if value.lower() in ("1", "true", "yes"):
        return True
    if value.lower() in ("0", "false", "no"):
        return False
    raise QueryError(name, f"{value!r} is not true or false")


def _name(param: str, value: str | None) -> str | None:
    value = _blank(value)
    if value is not None:
        try:
            search_terms(value)
        except QueryError as exc:
            raise QueryError(param, exc.reason) from None
    return value


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events: every field left empty means no condition. Build it with :meth:`build`."""

    date_from: str | None = None
    date_to: str | None = None
    countries: tuple[str, ...] = ()
    type: str | None = None
    mode: str | None = None
    context: str | None = None
    actor_id: int | None = None
    who: str | None = None
    doc_id: str | None = None
    international: bool | None = None

    @classmethod
    def build(cls, *, date_from: str | None = None, date_to: str | None = None,
              countries: Sequence[str] = (), type: str | None = None, mode: str | None = None,
              context: str | None = None, actor_id: int | None = None, who: str | None = None,
              doc_id: str | None = None, international: str | None = None) -> EventFilter:
        """Check and normalise raw parameter values; :class:`QueryError` names the first bad one."""
        start, end = _date_param("date_from", date_from), _date_param("date_to", date_to)
        if start and end and start[:len(end)] > end:
            raise QueryError("date_from", f"{start} is after date_to {end}")
        ctx = _blank(context)
        if ctx is not None and not _CONTEXT.fullmatch(ctx):
            raise QueryError("context", f"{ctx!r} is not a PLOVER context name (lower case, like 'military')")
        if actor_id is not None and actor_id < 1:
            raise QueryError("actor", "an actor id is a positive number")
        return cls(start, end, _countries(countries), _choice("type", type and type.upper(), TYPES),
                   _choice("mode", mode, MODES), ctx, actor_id, _name("who", who), _blank(doc_id),
                   _bool("international", international))

    def params(self) -> dict[str, Any]:
        """The filter as query parameters, the inverse of :meth:`build` (for links and echoing)."""
        out: dict[str, Any] = {"date_from": self.date_from, "date_to": self.date_to,
                               "country": list(self.countries), "type": self.type, "mode": self.mode,
                               "context": self.context, "actor": self.actor_id,
                               "who": self.who, "doc": self.doc_id,
                               "international": None if self.international is None
                               else str(self.international).lower()}
        return {k: v for k, v in out.items() if v not in (None, [])}

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over ``events e`` and its arguments."""
        conds: list[str] = []
        args: list[Any] = []
        if self.date_from or self.date_to:
            conds.append(_ISO_DATE)
        if self.date_from:
            conds.append("e.date >= ?")
            args.append(self.date_from)
        if self.date_to:
            conds.append("substr(e.date, 1, ?) <= ?")
            args += [len(self.date_to), self.date_to]
        for code in self.countries:
            conds.append("EXISTS (SELECT 1 FROM participants p JOIN actors a ON a.id = p.actor_id"
                         " WHERE p.event_id = e.id AND a.country = ?)")
            args.append(code)
        if self.type:
            conds.append("e.type = ?")
            args.append(self.type)
        if self.mode:
            conds.append("e.mode = ?")
            args.append(self.mode)
        if self.context:
            conds.append("EXISTS (SELECT 1 FROM json_each(e.contexts) c WHERE c.value = ?)")
            args.append(self.context)
        if self.actor_id is not None:
            conds.append("EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND p.actor_id = ?)")
            args.append(self.actor_id)
        if self.who:
            conds.append("e.id IN (SELECT p.event_id FROM participants p WHERE p.actor_id IN ("
                         " SELECT CAST(s.ref AS INTEGER) FROM search_fts JOIN search_items s"
                         " ON s.id = search_fts.rowid WHERE search_fts MATCH ? AND s.kind = 'actor'))")
            args.append(_name_query(self.who))
        if self.doc_id:
            conds.append("e.doc_id = ?")
            args.append(self.doc_id)
        if self.international is not None:
            conds.append("e.international = ?")
            args.append(int(self.international))
        return (" AND ".join(conds) or "1"), args


@dataclass(frozen=True, slots=True)
class ActorFilter:
    """Which actors: a name (ignoring marks and case), a country, a kind."""

    name: str | None = None
    country: str | None = None
    kind: str | None = None

    @classmethod
    def build(cls, *, name: str | None = None, country: str | None = None,
              kind: str | None = None) -> ActorFilter:
        codes = _countries([country] if country else [])
        if len(codes) > 1:
            raise QueryError("country", "give one country")
        return cls(_name("name", name), codes[0] if codes else None, _choice("kind", kind, KINDS))

    def params(self) -> dict[str, Any]:
        out = {"name": self.name, "country": self.country, "kind": self.kind}
        return {k: v for k, v in out.items() if v is not None}

    def where(self) -> tuple[str, list[Any]]:
        conds: list[str] = []
        args: list[Any] = []
        if self.name:
            conds.append("a.id IN (SELECT CAST(s.ref AS INTEGER) FROM search_fts JOIN search_items s"
                         " ON s.id = search_fts.rowid WHERE search_fts MATCH ? AND s.kind = 'actor')")
            args.append(_name_query(self.name))
        if self.country:
            conds.append("a.country = ?")
            args.append(self.country)
        if self.kind:
            conds.append("a.kind = ?")
            args.append(self.kind)
        return (" AND ".join(conds) or "1"), args


def _sort(name: str, sorts: dict[str, str]) -> str:
    if name not in sorts:
        raise QueryError("sort", f"{name!r} is not one of {', '.join(sorts)}")
    return sorts[name]


# -- events ------------------------------------------------------------------------------------------

_EVENT_COLUMNS = ("e.id, e.doc_id, e.type, e.mode, e.cameo, e.date, e.end_date, e.location, e.contexts,"
                  " e.evidence, e.international")


def _participants(conn: sqlite3.Connection, event_ids: Sequence[int]) -> dict[int, list[sqlite3.Row]]:
    out: dict[int, list[sqlite3.Row]] = {i: [] for i in event_ids}
    if not event_ids:
        return out
    marks = ",".join("?" * len(event_ids))
    rows = conn.execute(
        "SELECT p.event_id, p.side, p.position, p.office, p.org, p.span_start, p.span_end, p.country_rule,"
        " a.id, a.name, a.kind, a.country FROM participants p JOIN actors a ON a.id = p.actor_id"
        f" WHERE p.event_id IN ({marks}) ORDER BY p.event_id, p.side, p.position", list(event_ids))
    for row in rows:
        out[row["event_id"]].append(row)
    return out


def _person(row: sqlite3.Row, spans: bool = False) -> dict[str, Any]:
    out = {"id": row["id"], "name": row["name"], "kind": row["kind"], "country": row["country"] or None,
           "office": row["office"], "org": row["org"]}
    if spans:
        out["span"] = [row["span_start"], row["span_end"]] if row["span_start"] is not None else None
        out["country_rule"] = row["country_rule"]
    return out


def _event_dicts(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row],
                 spans: bool = False) -> list[dict[str, Any]]:
    people = _participants(conn, [r["id"] for r in rows])
    out = []
    for r in rows:
        parts = people[r["id"]]
        out.append({
            "id": r["id"], "doc_id": r["doc_id"], "type": r["type"], "mode": r["mode"], "cameo": r["cameo"],
            "date": r["date"], "end_date": r["end_date"], "location": r["location"],
            "contexts": json.loads(r["contexts"]), "international": bool(r["international"]),
            "evidence": r["evidence"],
            "actors": [_person(p, spans) for p in parts if p["side"] == "actor"],
            "recipients": [_person(p, spans) for p in parts if p["side"] == "recipient"],
        })
    return out


def count_events(store: Store, f: EventFilter) -> int:
    where, args = f.where()
    return int(store.conn.execute(f"SELECT count(*) FROM events e WHERE {where}", args).fetchone()[0])


def events(store: Store, f: EventFilter, *, sort: str = "-date", limit: int = 50,
           offset: int = 0) -> list[dict[str, Any]]:
    """One page of the events that ``f`` selects, with their participants."""
    where, args = f.where()
    rows = store.conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE {where} ORDER BY {_sort(sort, EVENT_SORTS)}"
        " LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    return _event_dicts(store.conn, rows)


def iter_events(store: Store, f: EventFilter, *, sort: str = "-date",
                chunk: int = 500) -> Iterator[dict[str, Any]]:
    """Every event that ``f`` selects, in order, fetched ``chunk`` at a time (for downloads)."""
    order = _sort(sort, EVENT_SORTS)
    where, args = f.where()
    ids = [r[0] for r in store.conn.execute(f"SELECT e.id FROM events e WHERE {where} ORDER BY {order}",
                                            args)]
    for i in range(0, len(ids), chunk):
        part = ids[i:i + chunk]
        rows = store.conn.execute(f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN"
                                  f" ({','.join('?' * len(part))})", part).fetchall()
        by_id = {r["id"]: r for r in rows}
        yield from _event_dicts(store.conn, [by_id[i] for i in part if i in by_id])


def event_facets(store: Store, f: EventFilter, top: int = 12) -> dict[str, list[dict[str, Any]]]:
    """Counts of the selected events by type, mode, country, context and month."""
    where, args = f.where()
    sel = f"SELECT e.id FROM events e WHERE {where}"
    c = store.conn
    return {
        "type": [{"value": r[0], "count": r[1]} for r in c.execute(
            f"SELECT type, count(*) FROM events WHERE id IN ({sel}) GROUP BY type ORDER BY 2 DESC", args)],
        "mode": [{"value": r[0], "count": r[1]} for r in c.execute(
            f"SELECT mode, count(*) FROM events WHERE id IN ({sel}) AND mode IS NOT NULL"
            " GROUP BY mode ORDER BY 2 DESC", args)],
        "country": [{"value": r[0], "count": r[1]} for r in c.execute(
            "SELECT a.country, count(DISTINCT p.event_id) FROM participants p"
            f" JOIN actors a ON a.id = p.actor_id WHERE p.event_id IN ({sel}) AND a.country != ''"
            " GROUP BY a.country ORDER BY 2 DESC, 1 LIMIT ?",
            [*args, top])],
        "context": [{"value": r[0], "count": r[1]} for r in c.execute(
            f"SELECT j.value, count(*) FROM events e2, json_each(e2.contexts) j WHERE e2.id IN ({sel})"
            " GROUP BY j.value ORDER BY 2 DESC, 1 LIMIT ?", [*args, top])],
        "month": [{"value": r[0], "count": r[1]} for r in c.execute(
            f"SELECT substr(e.date, 1, 7), count(*) FROM events e WHERE {where} AND {_ISO_DATE}"
            " AND length(e.date) >= 7 GROUP BY 1 ORDER BY 1", args)],
    }


def event(store: Store, event_id: int) -> dict[str, Any] | None:
    """One event with its participants' spans, provenance, source document and sibling events."""
    c = store.conn
    row = c.execute(f"SELECT {_EVENT_COLUMNS}, e.evidence_start, e.evidence_end, e.record,"
                    " e.extractor_version FROM events e WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    out = _event_dicts(c, [row], spans=True)[0]
    record = json.loads(row["record"])
    out.update({"evidence_span": [row["evidence_start"], row["evidence_end"]],
                "provenance": record.get("provenance", {}), "trigger": record.get("trigger"),
                "extractor_version": row["extractor_version"]})
    doc = c.execute("SELECT id, title, url, source, published, published_source, original FROM documents"
                    " WHERE id = ?", (row["doc_id"],)).fetchone()
    out["document"] = dict(doc) if doc else None
    siblings = c.execute(f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.doc_id = ? AND e.id != ?"
                         " ORDER BY e.id", (row["doc_id"], event_id)).fetchall()
    out["siblings"] = _event_dicts(c, siblings)
    return out


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One stored article as written, with where it came from."""
    row = store.conn.execute("SELECT id, title, url, source, published, published_source, original,"
                             " ingested_at FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return dict(row) if row else None


# -- actors ------------------------------------------------------------------------------------------

_ACTOR_STATS = ("SELECT p.actor_id, count(DISTINCT p.event_id) AS n,"
                f" min(CASE WHEN {_ISO_DATE} THEN e.date END) AS first_date,"
                f" max(CASE WHEN {_ISO_DATE} THEN e.date END) AS last_date"
                " FROM participants p JOIN events e ON e.id = p.event_id")


def _actor_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "kind": row["kind"], "country": row["country"] or None,
            "events": row["n"] or 0, "first_date": row["first_date"], "last_date": row["last_date"]}


def count_actors(store: Store, f: ActorFilter) -> int:
    where, args = f.where()
    return int(store.conn.execute(f"SELECT count(*) FROM actors a WHERE {where}", args).fetchone()[0])


def actors(store: Store, f: ActorFilter, *, sort: str = "-events", limit: int = 50,
           offset: int | None = 0) -> list[dict[str, Any]]:
    """One page of the actors ``f`` selects, with their event counts and first and last dates;
    ``offset=None`` gives them all."""
    where, args = f.where()
    page = "" if offset is None else " LIMIT ? OFFSET ?"
    rows = store.conn.execute(
        f"SELECT a.id, a.name, a.kind, a.country, s.n, s.first_date, s.last_date FROM actors a"
        f" LEFT JOIN ({_ACTOR_STATS} GROUP BY p.actor_id) s ON s.actor_id = a.id"
        f" WHERE {where} ORDER BY {_sort(sort, ACTOR_SORTS)}{page}",
        [*args, limit, offset] if offset is not None else args).fetchall()
    return [_actor_dict(r) for r in rows]


def actor(store: Store, actor_id: int, *, top: int = 40) -> dict[str, Any] | None:
    """One actor: spellings, offices over time, counterparts, events, a who-met-whom network, a timeline."""
    c = store.conn
    row = c.execute(f"SELECT a.id, a.name, a.kind, a.country, s.n, s.first_date, s.last_date FROM actors a"
                    f" LEFT JOIN ({_ACTOR_STATS} WHERE p.actor_id = ? GROUP BY p.actor_id) s"
                    " ON s.actor_id = a.id WHERE a.id = ?", (actor_id, actor_id)).fetchone()
    if row is None:
        return None
    out = _actor_dict(row)
    spellings = c.execute(
        "SELECT substr(d.original, p.span_start + 1, p.span_end - p.span_start) AS s, count(*) AS n"
        " FROM participants p JOIN events e ON e.id = p.event_id JOIN documents d ON d.id = e.doc_id"
        " WHERE p.actor_id = ? AND p.span_start IS NOT NULL AND p.span_end > p.span_start"
        " GROUP BY s ORDER BY n DESC, s LIMIT ?", (actor_id, top)).fetchall()
    out["spellings"] = [{"text": r["s"], "count": r["n"]} for r in spellings if r["s"].strip()]
    out["same_name"] = [a for a in _actors_named(store, row["name"]) if a["id"] != actor_id]
    out["offices"] = [dict(r) for r in c.execute(
        f"SELECT p.office, p.org, min(CASE WHEN {_ISO_DATE} THEN e.date END) AS first_date,"
        f" max(CASE WHEN {_ISO_DATE} THEN e.date END) AS last_date, count(*) AS events"
        " FROM participants p JOIN events e ON e.id = p.event_id WHERE p.actor_id = ?"
        " AND (p.office IS NOT NULL OR p.org IS NOT NULL)"
        " GROUP BY p.office, p.org ORDER BY first_date IS NULL, first_date, last_date", (actor_id,))]
    counterparts = c.execute(
        "SELECT a.id, a.name, a.kind, a.country, count(DISTINCT p2.event_id) AS n,"
        f" min(CASE WHEN {_ISO_DATE} THEN e.date END) AS first_date,"
        f" max(CASE WHEN {_ISO_DATE} THEN e.date END) AS last_date"
        " FROM participants p1 JOIN participants p2"
        " ON p2.event_id = p1.event_id AND p2.actor_id != p1.actor_id"
        " JOIN actors a ON a.id = p2.actor_id JOIN events e ON e.id = p1.event_id"
        " WHERE p1.actor_id = ? GROUP BY a.id ORDER BY n DESC, a.name LIMIT ?", (actor_id, top)).fetchall()
    out["counterparts"] = [_actor_dict(r) for r in counterparts]
    out["network"] = _network(c, out, out["counterparts"][:20])
    out["timeline"] = [dict(r) for r in c.execute(
        "SELECT e.id, e.date, e.type, e.mode, e.location,"
        " (SELECT group_concat(a.name, ', ') FROM participants q JOIN actors a ON a.id = q.actor_id"
        " WHERE q.event_id = e.id AND q.actor_id != ?) AS counterparts"
        f" FROM events e WHERE e.id IN (SELECT event_id FROM participants WHERE actor_id = ?) AND {_ISO_DATE}"
        " ORDER BY e.date, e.id LIMIT 2000", (actor_id, actor_id))]
    return out


def _actors_named(store: Store, name: str) -> list[dict[str, Any]]:
    """Actors whose name folds to the same as ``name`` (the same person under another country or kind)."""
    terms = _WORD.findall(fold(name))
    if not terms:
        return []
    rows = store.conn.execute(
        "SELECT a.id, a.name, a.kind, a.country, NULL AS n, NULL AS first_date, NULL AS last_date"
        " FROM search_fts JOIN search_items s ON s.id = search_fts.rowid JOIN actors a"
        " ON a.id = CAST(s.ref AS INTEGER) WHERE search_fts MATCH ? AND s.kind = 'actor' LIMIT 50",
        (f'{{title}} : "{" ".join(terms)}"',)).fetchall()
    return [_actor_dict(r) for r in rows if fold(r["name"]) == fold(name)]


def _network(conn: sqlite3.Connection, centre: dict[str, Any],
             counterparts: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Who met whom among an actor and its main counterparts: nodes and weighted edges."""
    nodes = [centre, *counterparts]
    ids = [n["id"] for n in nodes]
    marks = ",".join("?" * len(ids))
    edges = conn.execute(
        "SELECT p1.actor_id AS source, p2.actor_id AS target, count(DISTINCT p1.event_id) AS weight"
        " FROM participants p1 JOIN participants p2"
        " ON p2.event_id = p1.event_id AND p1.actor_id < p2.actor_id"
        f" WHERE p1.actor_id IN ({marks}) AND p2.actor_id IN ({marks}) GROUP BY 1, 2",
        [*ids, *ids]).fetchall()
    return {"nodes": [{"id": n["id"], "name": n["name"], "country": n["country"], "events": n["events"],
                       "centre": n["id"] == centre["id"]} for n in nodes],
            "edges": [dict(e) for e in edges]}


# -- overview and search -----------------------------------------------------------------------------


def overview(store: Store, top: int = 10) -> dict[str, Any]:
    """What the store holds: counts, date range, busiest actors and country pairs, events per month."""
    c = store.conn
    one = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
    pairs = c.execute(
        "SELECT a1.country AS a, a2.country AS b, count(DISTINCT p1.event_id) AS n FROM participants p1"
        " JOIN participants p2 ON p2.event_id = p1.event_id JOIN actors a1 ON a1.id = p1.actor_id"
        " JOIN actors a2 ON a2.id = p2.actor_id WHERE a1.country != '' AND a2.country != ''"
        " AND a1.country < a2.country GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", (top,)).fetchall()
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "events": one("SELECT count(*) FROM events"),
        "international_events": one("SELECT count(*) FROM events WHERE international = 1"),
        "actors": one("SELECT count(*) FROM actors"),
        "first_date": one(f"SELECT min(e.date) FROM events e WHERE {_ISO_DATE}"),
        "last_date": one(f"SELECT max(e.date) FROM events e WHERE {_ISO_DATE}"),
        "top_actors": actors(store, ActorFilter(), sort="-events", limit=top),
        "country_pairs": [{"countries": [r["a"], r["b"]], "events": r["n"]} for r in pairs],
        "months": event_facets(store, EventFilter())["month"],
    }


def search(store: Store, query: str, *, kind: str | None = None, limit: int = 20,
           offset: int = 0) -> dict[str, Any]:
    """Actors, events and documents matching ``query``, ignoring marks and case, best first.

    The words are looked for as a phrase, and only when no phrase matches each anywhere. Each hit
    carries a snippet in the original spelling with the matched words marked.
    """
    terms = search_terms(query)
    kind = _choice("kind", kind, SEARCH_KINDS)
    c = store.conn
    for phrase in (True, False):
        match = _fts_query(terms, phrase)
        counts = {k: 0 for k in SEARCH_KINDS}
        rows = c.execute("SELECT s.kind, count(*) FROM search_fts JOIN search_items s"
                         " ON s.id = search_fts.rowid WHERE search_fts MATCH ? GROUP BY s.kind", (match,))
        for row in rows:
            counts[row[0]] = row[1]
        if any(counts.values()) or len(terms) == 1:
            break
    ranked = c.execute(
        "SELECT s.kind, s.ref, bm25(search_fts, 8.0, 1.0) AS score FROM search_fts JOIN search_items s"
        " ON s.id = search_fts.rowid WHERE search_fts MATCH ? AND (? IS NULL OR s.kind = ?)"
        " ORDER BY score, s.id LIMIT ? OFFSET ?", (match, kind, kind, limit, offset)).fetchall()
    found = _hydrate(store, [(r["kind"], r["ref"]) for r in ranked], terms)
    results = [{"kind": r["kind"], "score": round(-r["score"], 4), **found[(r["kind"], r["ref"])]}
               for r in ranked if (r["kind"], r["ref"]) in found]
    return {"query": query, "terms": terms, "matched": "phrase" if phrase else "words", "kind": kind,
            "counts": counts,
            "total": counts[kind] if kind else sum(counts.values()), "results": results}


def _hydrate(store: Store, hits: Sequence[tuple[str, str]],
             terms: Sequence[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """What each ``(kind, ref)`` hit shows: the actor, event or document, with marked snippets."""
    c = store.conn
    out: dict[tuple[str, str], dict[str, Any]] = {}
    ids = [ref for kind, ref in hits if kind == "actor"]
    if ids:
        marks = ",".join("?" * len(ids))
        rows = c.execute(
            f"SELECT a.id, a.name, a.kind, a.country, s.n, s.first_date, s.last_date FROM actors a LEFT JOIN"
            f" ({_ACTOR_STATS} WHERE p.actor_id IN ({marks}) GROUP BY p.actor_id) s ON s.actor_id = a.id"
            f" WHERE a.id IN ({marks})", [int(i) for i in ids] * 2).fetchall()
        for r in rows:
            out[("actor", str(r["id"]))] = {"actor": _actor_dict(r), "title": snippet(r["name"], terms)}
    ids = [ref for kind, ref in hits if kind == "event"]
    if ids:
        rows = c.execute(f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN ({','.join('?' * len(ids))})",
                         [int(i) for i in ids]).fetchall()
        for ev in _event_dicts(c, rows):
            names = ", ".join(p["name"] for p in ev["actors"] + ev["recipients"])
            out[("event", str(ev["id"]))] = {"event": ev, "title": snippet(names, terms),
                                              "snippet": snippet(ev["evidence"], terms)}
    ids = [ref for kind, ref in hits if kind == "document"]
    if ids:
        rows = c.execute("SELECT id, title, published, source, url, text FROM documents"
                         f" WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
        for r in rows:
            doc = {k: r[k] for k in ("id", "title", "published", "source", "url")}
            out[("document", r["id"])] = {"document": doc, "title": snippet(r["title"] or r["id"], terms),
                                          "snippet": snippet(r["text"], terms)}
    return out


def search_ready(store: Store) -> bool:
    """Whether the database has the search index (migration ``0003_search``)."""
    return store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone() is not None
