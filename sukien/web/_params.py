"""Query parameters shared by the pages and the API, declared once so OpenAPI describes them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query, Request

from sukien._errors import QueryError
from sukien.store._queries import ACTOR_SORTS, EVENT_SORTS, ActorFilter, EventFilter


@dataclass(frozen=True, slots=True)
class Paging:
    page: int
    size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def about(self, total: int) -> dict[str, int]:
        return {"total": total, "page": self.page, "size": self.size,
                "pages": max(1, -(-total // self.size))}


def paging(page: Annotated[int, Query(ge=1, le=1_000_000, description="page number, from 1")] = 1,
           size: Annotated[int, Query(ge=1, le=500, description="rows per page (1-500)")] = 50) -> Paging:
    return Paging(page, size)


def event_filter(
        date_from: Annotated[str | None, Query(description="first date: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
        date_to: Annotated[str | None, Query(description="last date, same forms")] = None,
        country: Annotated[list[str], Query(description="ISO 3166 alpha-3 code or IGO of a participant; "
                                            "twice (or VNM,CHN) for a pair")] = [],  # noqa: B006
        type_: Annotated[str | None, Query(alias="type", description="CONSULT or SUPPORT")] = None,
        mode: Annotated[str | None, Query(description="visit, phone, multilateral or third-party")] = None,
        context: Annotated[str | None, Query(description="a PLOVER context, e.g. military")] = None,
        actor: Annotated[int | None, Query(description="an actor id: events it took part in")] = None,
        who: Annotated[str | None, Query(description="a participant's name, marks and case ignored")] = None,
        doc: Annotated[str | None, Query(description="a document id: its events")] = None,
        international: Annotated[str | None, Query(description="true: only international events; "
                                                   "false: only domestic ones")] = None,
) -> EventFilter:
    return EventFilter.build(date_from=date_from, date_to=date_to, countries=country, type=type_,
                             mode=mode, context=context, actor_id=actor, who=who, doc_id=doc,
                             international=international)


def event_sort(sort: Annotated[str, Query(description="one of " + ", ".join(EVENT_SORTS))] = "-date") -> str:
    if sort not in EVENT_SORTS:
        raise QueryError("sort", f"{sort!r} is not one of {', '.join(EVENT_SORTS)}")
    return sort


def actor_filter(
        name: Annotated[str | None, Query(description="words of the name, marks and case ignored")] = None,
        country: Annotated[str | None, Query(description="ISO 3166 alpha-3 code or IGO")] = None,
        kind: Annotated[str | None, Query(description="person, org or country")] = None,
) -> ActorFilter:
    return ActorFilter.build(name=name, country=country, kind=kind)


def actor_sort(sort: Annotated[str, Query(description="one of " + ", ".join(ACTOR_SORTS))] = "-events",
               ) -> str:
    if sort not in ACTOR_SORTS:
        raise QueryError("sort", f"{sort!r} is not one of {', '.join(ACTOR_SORTS)}")
    return sort


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def reject_unknown(request: Request) -> None:
    """A parameter the route does not take is an error, not silently ignored (a typo would be)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _query_names(dependant)
    for key in request.query_params:
        if key not in known:
            raise QueryError(key, f"unknown parameter; this page takes {', '.join(sorted(known)) or 'none'}")
