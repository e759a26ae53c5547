"""Trigger words of events and the words that block them (plans, invitations, remarks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sukien.lexicons import alternation, table, words


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str
    direction: str
    mode: str | None


@dataclass(frozen=True)
class _TriggerLexicon:
    pattern: re.Pattern[str]
    info: dict[str, tuple[str, str, str | None]]
    blockers: re.Pattern[str]
    any_trigger: re.Pattern[str]


@cache
def _lexicon() -> _TriggerLexicon:
    rows = table("triggers.tsv", 4)
    info = {" ".join(p.casefold().split()): (t, d, None if m == "-" else m) for p, t, d, m in rows}
    pattern = re.compile(alternation([r[0] for r in rows]))
    return _TriggerLexicon(pattern, info, re.compile(alternation(words("event_blockers.txt"))), pattern)


# "tại buổi tiếp", "sau lễ đón": the reception as a noun, not a report of one.
_NOUN_BEFORE = re.compile(r"(?:buổi|lễ|cuộc|các cuộc|những cuộc)\s*$", re.IGNORECASE)
_SETTING_BEFORE = re.compile(r"(?:[Tt]ại|[Ss]au|[Tt]rong|[Kk]ết thúc|[Mm]ở đầu|[Tt]rước|[Nn]gay sau)\s+"
                             r"(?:các\s+)?(?:buổi|lễ|cuộc)\s*$")


def has_trigger(text: str) -> bool:
    """Cheap test: does ``text`` hold any trigger word at all."""
    return _lexicon().any_trigger.search(text) is not None


def find_triggers(text: str, start: int, end: int, word_starts: set[int], word_ends: set[int]) -> list[Trigger]:
    """Triggers in ``text[start:end]`` that stand on whole words (``word_starts``/``word_ends`` from the tagger)."""
    lex = _lexicon()
    out = []
    for m in lex.pattern.finditer(text, start, end):
        if m.start() not in word_starts or m.end() not in word_ends:
            continue
        before = text[max(start, m.start() - 30):m.start()]
        if _SETTING_BEFORE.search(before):
            continue
        key = " ".join(m.group().casefold().split())
        type_, direction, mode = lex.info[key]
        if _NOUN_BEFORE.search(before) and text[m.end():m.end() + 1] in (",", "."):
            continue
        out.append(Trigger(m.start(), m.end(), m.group(), type_, direction, mode))
    return out


def blocked(text: str, start: int, end: int) -> bool:
    """Is there a plan, invitation or remark word in ``text[start:end]``."""
    return _lexicon().blockers.search(text, start, end) is not None
