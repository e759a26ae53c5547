"""The events step: cheap filters first, then tagging, patterns, roles, resolution and merging."""

from __future__ import annotations

import re
from dataclasses import replace

from sukien.actors import Mention, find_mentions
from sukien.actors._lexicon import actor_lexicon
from sukien.document import Document
from sukien.events._candidates import Candidate, agreement_named, candidates
from sukien.events._merge import abbreviations, merge
from sukien.events._registry import Registry
from sukien.events._roles import Built, build_event, caption_repeats, listed_signings, with_contexts
from sukien.events._triggers import find_triggers, has_trigger, split_glued
from sukien.nlp import sentences, words
from sukien.record import Event
from sukien.resolve.countries import find_countries

_BOTH_SIDES = re.compile(r"(?:hai|2)\s+(?:nước|bên|phía|nhà lãnh đạo)", re.IGNORECASE)
_LISTS_PARTIES = re.compile(r"(?<!\w)giữa\s")
_LEADER = re.compile(r"dẫn đầu|[Tt]rưởng đoàn")


def find_events(doc: Document) -> Document:
    """Needs: ``text``, ``offsets``, ``published``. Adds: ``sentences``, ``mentions``, ``events``."""
    text = doc.text
    if not has_trigger(text) or not _foreign(text):
        doc.add_layer("sentences", ())
        doc.add_layer("mentions", ())
        return doc.add_layer("events", ())
    registry = Registry()
    picked: list[tuple[int, int]] = []
    all_mentions: list[Mention] = []
    found: list[Candidate] = []
    listing: list[tuple[int, int]] = []
    for s, e in sentences(text):
        if _LISTS_PARTIES.search(text, s, e) and not has_trigger(text[s:e]) and agreement_named(text, s, e):
            listing.append((s, e))
        leads = _LEADER.search(text, s, e) is not None
        if not (leads or has_trigger(text[s:e])) or not _official(text, s, e):
            continue
        ws = split_glued(text, words(text, s, e))
        triggers = find_triggers(text, ws)
        mentions = find_mentions(text, s, e, ws)
        registry.learn(mentions, text, countries=bool(triggers or leads))
        if not triggers:
            continue
        picked.append((s, e))
        all_mentions.extend(mentions)
        found.extend(candidates(text, (s, e), triggers, mentions))
    plans = [(frozenset(registry.canonical(m.name) for m in c.objects), c.trigger.mode == "phone")
             for c in found if c.planned]
    found = [c for c in found if not c.planned]
    built: list[Built] = []
    previous: Event | None = None
    for cand in found:
        made = build_event(doc, cand, registry, previous)
        built.extend(made)
        previous = next((b.event for b in reversed(made) if b.event.type == "CONSULT"), previous)
    signed = [b.start for b in built if b.event.type == "SUPPORT"]
    for s, e in listing:
        if signed and min(signed) < s:
            built.extend(listed_signings(doc, s, e))
    aliases = abbreviations(text, [(m.name, m.end) for m in all_mentions if m.kind == "org"])
    events = with_contexts(doc, [b for b in merge(caption_repeats(doc, built), aliases)
                                 if not _the_plan(b.event, plans)])
    doc.add_layer("sentences", [doc.span(s, e, "sentence") for s, e in picked])
    doc.add_layer("mentions", [doc.span(m.start, m.end, m.kind, name=m.name, office=m.office, org=m.org,
                                        country=m.country, country_rule=m.country_rule)
                               for m in all_mentions])
    return doc.add_layer("events", [replace(ev, doc_id=doc.id) for ev in events])


def _the_plan(ev: Event, plans: list[tuple[frozenset[str], bool]]) -> bool:
    """A meeting of a pair the article names in a plan ("X sẽ gặp Y"), with no date of its own: the plan again
    ("Cuộc gặp giữa X và Y diễn ra trong bối cảnh ..."); a call is the plan again only when a call is planned
    (not "đã điện đàm ... hai bên sẽ gặp mặt")."""
    rule = ev.date.rule or ""
    if ev.type != "CONSULT" or (ev.date.value and not rule.startswith(("carried", "following"))):
        return False
    names = {p.name for p in ev.participants[:2]}
    return any(names <= plan and (ev.mode == "phone") == phone for plan, phone in plans)


def _official(text: str, start: int, end: int) -> bool:
    """Cheap filter: the sentence names an office, a rank, an honorific or a country: no official meeting is
    reported without one."""
    lex = actor_lexicon()
    sentence = text[start:end]
    return bool(lex.titles.search(sentence) or lex.ranks.search(sentence) or lex.honorifics.search(sentence)
                or lex.org_heads.search(sentence) or _BOTH_SIDES.search(sentence) or find_countries(sentence))


def _foreign(text: str) -> bool:
    """Cheap filter: the text names some country, organisation or city at all."""
    return bool(find_countries(text[:20000]))
