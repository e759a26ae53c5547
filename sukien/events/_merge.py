"""Several mentions of one meeting become one event: same type, same principals, same day."""

from __future__ import annotations

from dataclasses import replace

from sukien.record import Event


def _key(ev: Event) -> tuple[str, frozenset[str]]:
    return ev.type, frozenset(p.name for p in ev.participants)


def _same_day(a: Event, b: Event) -> bool:
    return a.date.value is None or b.date.value is None or a.date.value == b.date.value


def merge(events: list[Event]) -> list[Event]:
    """Merge events that report the same meeting; the first mention keeps its evidence and roles."""
    out: list[Event] = []
    for ev in events:
        for i, kept in enumerate(out):
            if _key(kept) == _key(ev) and _same_day(kept, ev):
                out[i] = replace(
                    kept,
                    date=kept.date if kept.date.value else ev.date,
                    location=kept.location if kept.location.value else ev.location,
                    contexts=tuple(dict.fromkeys(kept.contexts + ev.contexts)),
                    context_cues=tuple(dict.fromkeys(kept.context_cues + ev.context_cues)),
                )
                break
        else:
            out.append(ev)
    return out
