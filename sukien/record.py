"""The event record of ../shared/spec/EVENTS.md, with its provenance.

A :class:`Participant` and an :class:`Event` are frozen: steps build new ones
instead of editing. :meth:`Event.to_record` gives the JSON line that
``shared/tools/score.py`` reads, plus the CAMEO code, the evidence offsets,
how each field was resolved and the extractor's version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EXTRACTOR_VERSION = "0.1.0"

CAMEO = {
    ("CONSULT", "phone"): "041",
    ("CONSULT", "visit"): "042",
    ("CONSULT", "multilateral"): "044",
    ("CONSULT", "third-party"): "045",
    ("CONSULT", None): "040",
    ("SUPPORT", None): "057",
}


_SOVEREIGN = {"HKG": "CHN", "MAC": "CHN"}

@dataclass(frozen=True, slots=True)
class Participant:
    """One side's principal: a person, an organisation or a country."""

    name: str
    kind: str
    country: str | None
    office: str | None = None
    org: str | None = None
    start: int | None = None
    end: int | None = None
    country_rule: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "country": self.country,
                "office": self.office, "org": self.org,
                "span": [self.start, self.end] if self.start is not None else None,
                "country_rule": self.country_rule}


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved value with the raw text it came from and the rule used."""

    value: str | None
    raw: str | None = None
    rule: str | None = None
    start: int | None = None
    end: int | None = None

    def to_record(self) -> dict[str, Any]:
        return {"value": self.value, "raw": self.raw, "rule": self.rule,
                "span": [self.start, self.end] if self.start is not None else None}


@dataclass(frozen=True, slots=True)
class Event:
    """One CONSULT or SUPPORT event found in one document."""

    doc_id: str
    type: str
    mode: str | None
    actors: tuple[Participant, ...]
    recipients: tuple[Participant, ...] = ()
    date: Resolved = field(default_factory=lambda: Resolved(None))
    end_date: Resolved = field(default_factory=lambda: Resolved(None))
    location: Resolved = field(default_factory=lambda: Resolved(None))
    contexts: tuple[str, ...] = ()
    context_cues: tuple[str, ...] = ()
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    trigger: str = ""

    @property
    def cameo(self) -> str:
        return CAMEO.get((self.type, self.mode), CAMEO[(self.type, None)] if self.type == "SUPPORT"
                         else CAMEO[("CONSULT", None)])

    @property
    def participants(self) -> tuple[Participant, ...]:
        return self.actors + self.recipients

    @property
    def international(self) -> bool:
        """Sides of two countries at least, or an international organisation; China's special administrative
        regions count as China (Beijing receiving Hong Kong's Chief Executive is no foreign relation)."""
        countries = {_SOVEREIGN.get(p.country, p.country) for p in self.participants if p.country}
        return len(countries) >= 2 or "IGO" in countries

    def to_record(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "type": self.type,
            "mode": self.mode,
            "actors": [p.to_record() for p in self.actors],
            "recipients": [p.to_record() for p in self.recipients],
            "date": self.date.value,
            "end_date": self.end_date.value,
            "location": self.location.value,
            "contexts": list(self.contexts),
            "evidence": self.evidence,
            "evidence_span": [self.evidence_start, self.evidence_end],
            "cameo": self.cameo,
            "trigger": self.trigger,
            "provenance": {
                "date": self.date.to_record(),
                "end_date": self.end_date.to_record(),
                "location": self.location.to_record(),
                "contexts": list(self.context_cues),
            },
            "international": self.international,
            "extractor_version": EXTRACTOR_VERSION,
        }
