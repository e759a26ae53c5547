"""Several mentions of one meeting become one event: same type, same principals, same day."""

from __future__ import annotations

from dataclasses import replace

from sukien.events._roles import Built
from sukien.record import Event


def _key(ev: Event) -> tuple[str, frozenset[str]]:
    return ev.type, frozenset(p.name for p in ev.participants)


def _same_day(a: Event, b: Event) -> bool:
    return a.date.value is None or b.date.value is None or a.date.value == b.date.value


def merge(built: list[Built]) -> list[Built]:
    """Merge events that report the same meeting; the first mention keeps its evidence and roles."""
    out: list[Built] = []
    for b in built:
        ev = b.event
        for i, first in enumerate(out):
            kept = first.event
            if _key(kept) == _key(ev) and _same_day(kept, ev):
                out[i] = replace(first, event=replace(
                    kept,
                    date=kept.date if kept.date.value else ev.date,
                    location=kept.location if kept.location.value else ev.location,
                ))
                break
        else:
            out.append(b)
    return [b for b in out if not any(_covers(other, b) for other in out if other is not b)]


def _covers(a: Built, b: Built) -> bool:
    """``a`` names in person the side that ``b`` names only by an organisation, in the same sentence."""
    if a.start != b.start or a.event.type != b.event.type:
        return False
    shared = {p.name for p in a.event.participants} & {p.name for p in b.event.participants}
    if not shared:
        return False
    people = {p.country for p in a.event.participants if p.kind == "person" and p.name not in shared}
    return any(p.kind == "org" and p.name not in shared and p.country in people for p in b.event.participants)
