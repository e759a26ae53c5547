"""Several mentions of one meeting become one event: same type, same principals, same day."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from sukien._text import fold_words as fold
from sukien.events._roles import Built
from sukien.record import Event, Participant, Resolved
from sukien.resolve.countries import find_countries

_DAY = re.compile(r"(?:\d{4}|-)-\d{2}-\d{2}")


def abbreviations(text: str, orgs: list[tuple[str, int]]) -> dict[str, str]:
    """Folded abbreviations the text defines right after an organisation's name ("Ngân hàng Thế giới (WB)"),
    mapped to the folded name; ``orgs`` are (name, end offset) pairs."""
    out: dict[str, str] = {}
    for name, end in orgs:
        m = _DEFINED.match(text, end)
        if m is not None:
            out[fold(m.group(1))] = fold(name)
    return out


_DEFINED = re.compile(r"\s*\(([A-ZĐ][A-ZĐ0-9&-]{1,11})\)")


def _key(ev: Event, aliases: Mapping[str, str]) -> tuple[str, frozenset[str]]:
    """The type and the principals: the first actor and the first recipient (a spouse or aide met with them
    does not make another meeting), or every actor when there is no recipient; an abbreviation the article
    defines stands for the full name ("WB" for "Ngân hàng Thế giới")."""
    principals = (ev.actors[:1] + ev.recipients[:1]) if ev.recipients else ev.actors
    return ev.type, frozenset(aliases.get(fold(p.name), fold(p.name)) for p in principals)


def _same_day(a: Built, b: Built) -> bool:
    """The same day, or a day that one of the mentions only carried over from elsewhere in the story, or a
    month or year that does not say which day (an article seldom reports two meetings of the same pair); never
    two dates of different years ("2016-11" and "2017-05-11")."""
    da, db = a.event.date.value, b.event.date.value
    if da is None or db is None or da == db:
        return True
    if da[:4] != db[:4] and "-" not in (da[:1], db[:1]):
        return False
    if not (_stated(a)[1] and _stated(b)[1]):
        return True
    return not (_DAY.fullmatch(da) and _DAY.fullmatch(db))


def _stated(b: Built) -> tuple[bool, bool]:
    """How much a mention states itself: a sentence of the body rather than the headline, its own date."""
    rule = b.event.date.rule or ""
    return b.start > 0, bool(b.event.date.value) and not rule.startswith(("carried", "following"))


def _fullest(a: tuple[Participant, ...], b: tuple[Participant, ...]) -> tuple[Participant, ...]:
    """``a``'s participants, each with the longer office that either mention gives it."""
    offices = {p.name: p for p in b}
    return tuple(replace(p, office=offices[p.name].office, org=offices[p.name].org)
                 if p.name in offices and len(offices[p.name].office or "") > len(p.office or "") else p
                 for p in a)


def _place(best: Resolved, other: Resolved) -> Resolved:
    """The place of a merged meeting: the best mention's, unless it names none or only a country and the other
    states a finer one in its own sentence ("... lễ đón chính thức tại Đại lễ đường Nhân dân" after "Chủ tịch
    Tập Cận Bình chủ trì lễ đón ..." placed in "CHND Trung Hoa" by the visit); never a place guessed from a visit
    the other sentence merely names."""
    if other.value is None or other.rule == "visit-named":
        return best
    if best.value is None:
        return other
    return other if other.rule == "sentence" and _country_only(best.value) and not _country_only(other.value) \
        else best


def _country_only(place: str) -> bool:
    named = find_countries(place)
    return len(named) == 1 and named[0].kind in ("country", "alias") and named[0].text == place.strip()


def merge(built: list[Built], aliases: Mapping[str, str] | None = None) -> list[Built]:
    """Merge the mentions of one meeting. The mention that states it best (a body sentence over the headline,
    one with its own date) gives the evidence and roles; the others fill in a missing date or place (not a
    place guessed from a visit the sentence merely names) and fuller offices. ``aliases`` maps folded
    abbreviations to the folded names they stand for."""
    aliases = aliases or {}
    out: list[Built] = []
    for b in built:
        ev = b.event
        for i, first in enumerate(out):
            kept = first.event
            if _key(kept, aliases) == _key(ev, aliases) and _same_day(first, b):
                best, other = (b, first) if _stated(b) > _stated(first) else (first, b)
                roles = other if other.directed and not best.directed and best.event.mode == "third-party" \
                    and other.event.mode == "visit" else best  # "tiếp" abroad says who received whom
                merged = replace(
                    best.event,
                    mode=roles.event.mode,
                    date=best.event.date if best.event.date.value else other.event.date,
                    location=_place(best.event.location, other.event.location),
                    actors=_fullest(_fullest(roles.event.actors, best.event.participants), other.event.participants),
                    recipients=_fullest(_fullest(roles.event.recipients, best.event.participants),
                                        other.event.participants),
                )
                out[i] = replace(best, event=merged)
                break
        else:
            out.append(b)
    listed = Counter((b.start, b.event.trigger) for b in out if any(p.kind == "org" for p in b.event.participants))
    return [b for b in out
            if not any((_covers(other, b) and listed[(b.start, b.event.trigger)] == 1) or _names_in_person(other, b)
                       or _country_in_person(other, b) or _authority_in_person(other, b)
                       for other in out if other is not b)]


def _country_in_person(a: Built, b: Built) -> bool:
    """``b`` meets a country ("hội đàm với phía Brazil"), or in the headline an organisation ("Lãnh đạo Thành
    ủy TP.HCM tiếp ..."), that ``a`` names in person: same type, a shared participant, a person of that country,
    a compatible day."""
    if a.event.type != b.event.type or not _same_day(a, b):
        return False
    shared = {fold(p.name) for p in a.event.participants} & {fold(p.name) for p in b.event.participants}
    kinds = ("country", "org") if not _stated(b)[0] else ("country",)
    met = {p.country for p in b.event.participants if p.kind in kinds and fold(p.name) not in shared}
    return bool(shared) and any(p.kind == "person" and p.country in met for p in a.event.participants)


_LOCALITY = re.compile(r"^(?:tinh|thanh pho|tp) ")


def _authority_in_person(a: Built, b: Built) -> bool:
    """``b`` meets a province or city ("làm việc với lãnh đạo tỉnh Sơn La") whose official ``a`` names ("Bí thư
    Tỉnh ủy Sơn La Hoàng Văn Chất"): same type, a shared participant, a compatible day."""
    if a.event.type != b.event.type or not _same_day(a, b):
        return False
    shared = {fold(p.name) for p in a.event.participants} & {fold(p.name) for p in b.event.participants}
    places = [_LOCALITY.sub("", fold(p.name)) for p in b.event.participants
              if p.country_rule == "local-authority" and fold(p.name) not in shared]
    offices = [fold(p.office or "") for p in a.event.participants if p.kind == "person" and fold(p.name) not in shared]
    return bool(shared) and any(f" {place}" in f" {office}" for place in places for office in offices)


def _names_in_person(a: Built, b: Built) -> bool:
    """``b`` is a meeting between organisations that ``a`` reports between their people: same type (CONSULT,
    or a signing when ``b`` is the headline's), same countries, same day."""
    if b.event.type != a.event.type or (b.event.type != "CONSULT" and b.start > 0):
        return False
    if any(p.kind == "person" for p in b.event.participants):
        return False
    if not any(p.kind == "person" for p in a.event.participants) or not _same_day(a, b):
        return False
    return {p.country for p in a.event.participants} == {p.country for p in b.event.participants}


def _covers(a: Built, b: Built) -> bool:
    """``a`` names in person the side that ``b`` names only by an organisation, in the same sentence (unless
    ``b`` is one of a list of organisations met one after another, or the subject met them by another verb:
    "A chào xã giao B, gặp làm việc với Bộ C" are two meetings)."""
    if a.start != b.start or a.event.type != b.event.type:
        return False
    if a.event.trigger != b.event.trigger and a.subject and a.subject == b.subject:
        return False
    shared = {p.name for p in a.event.participants} & {p.name for p in b.event.participants}
    if not shared:
        return False
    people = {p.country for p in a.event.participants if p.kind == "person" and p.name not in shared}
    return any(p.kind == "org" and p.name not in shared and p.country in people for p in b.event.participants)
