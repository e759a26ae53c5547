"""Sentences and words, with offsets into the text they come from.

Sentences come from a regex (fast, every document); words and their
part-of-speech tags come from underthesea's bundled CRF tagger, run on
demand on the few sentences that hold a trigger word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sukien._text import LOWER, UPPER
from sukien.lexicons import table

_BREAK = re.compile(r"""[.!?…]["”»)']*[ \t]+|[ \t]*\n\s*|[ \t]+[*★•][ \t]+"""
                    rf"|(?<=[{LOWER}]{{2}})[.!?](?=[{UPPER}][{LOWER}])")
_ABBREVIATION = re.compile(r"(?:\b(?:TP|Tp|Mr|Mrs|Ms|Dr|St|TS|GS|PGS|ThS|No)|(?<!\w)[A-ZĐ])\.$")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text[start:end]``, stripped of surrounding space.

    A sentence ends at a paragraph break or a bullet ("... nhận lời * Ngày 27-6, ..."), at an end mark
    followed by space and a capital or a digit (not after an abbreviation such as "TP." or an initial), at
    one glued between a word and the next sentence's ("khu vực.Bên lề Hội nghị"), or before a lead's
    opening day glued to a headline without a mark ("... Bộ Xây dựng Cuba Ngày 7/2, tại trụ sở ...").
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in sorted([*_BREAK.finditer(text, start, end), *_glued_leads(text, start, end)], key=lambda m: m.start()):
        if m.start() < pos:
            continue
        if m.group().isspace() and "\n" not in m.group():
            _push(text, pos, m.start(), out)
        elif "\n" not in m.group():
            nxt = text[m.end():m.end() + 4].lstrip("\"“«([*•–- ")
            if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
                continue
            if _ABBREVIATION.search(text, max(pos, m.start() - 6), m.start() + 1):
                continue
            _push(text, pos, m.start() + 1, out)
        else:
            _push(text, pos, m.start(), out)
        pos = m.end()
    _push(text, pos, end, out)
    return out


def _glued_leads(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The spaces before a capitalised day that opens a clause ("Ngày 7/2,", "Chiều 16/4,") right after a
    capitalised word: the end of a headline the page ran into its lead."""
    return [m for m in _glued_lead().finditer(text, start, end)
            if (prev := text[:m.start()].rsplit(None, 1)[-1:]) and prev[0][:1].isupper()]


@cache
def _glued_lead() -> re.Pattern[str]:
    parts = [p for p, kind, *_ in table("dates_words.tsv", 3) if kind == "part" or p == "ngày"]
    days = "|".join(sorted((re.escape(p[:1].upper() + p[1:]) for p in parts), key=len, reverse=True))
    return re.compile(rf"(?<=\w)[ \t]+(?=(?:{days})\s+(?:ngày\s+)?\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?\s*,)")


def _push(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


@dataclass(frozen=True, slots=True)
class Word:
    """A word (one or more syllables) with its tag and offsets into the document text."""

    start: int
    end: int
    text: str
    tag: str

    @property
    def capitalised(self) -> bool:
        """Every syllable starts with a capital (a proper-name shape)."""
        parts = self.text.split()
        return bool(parts) and all(p[0].isupper() for p in parts if p[0].isalpha()) and self.text[0].isupper()


@cache
def _tagger() -> Any:
    from underthesea import pos_tag

    return pos_tag


def words(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` with their underthesea part-of-speech tags."""
    chunk = text[start:end]
    tagged = _tagger()(chunk)
    out: list[Word] = []
    pos = 0
    for token, tag in tagged:
        parts = token.split()
        if not parts:
            continue
        first = chunk.find(parts[0], pos)
        if first < 0:
            continue
        cur = first + len(parts[0])
        for part in parts[1:]:
            nxt = chunk.find(part, cur)
            if nxt < 0:
                break
            cur = nxt + len(part)
        out.extend(_split_at_capitals(Word(start + first, start + cur, chunk[first:cur], tag)))
        pos = cur
    return _join_transliterated(text, out, start, end)


def _particle_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _particle_name().finditer(text, start, end)]


# A foreign name spelt the Vietnamese way, syllables joined by hyphens, often after an initial: "V.Pu-tin",
# "A.Bu-tê-phli-ca", "Đ.Trăm", "Pu-tin". The tagger cuts these anywhere.
_TRANSLITERATED = re.compile(rf"(?<![\w.-])(?:[{UPPER}]\.\s?[{UPPER}][{LOWER}]+(?:-[{LOWER}]+)*"
                             rf"|[{UPPER}][{LOWER}]*(?:-[{LOWER}]+)+)(?![\w-])")


@cache
def _particle_name() -> re.Pattern[str]:
    """Capitalised names joined by lower-case particles ("Mohammed bin Salman", "Haider al-Abadi"), or a name
    that opens with one ("von der Leyen", "al-Abadi")."""
    particles = [p for p, _ in table("name_particles.tsv", 2)]
    spaced = "|".join(re.escape(p) for p in particles if not p.endswith("-"))
    glued = "|".join(re.escape(p) for p in particles if p.endswith("-"))
    name = r"[A-ZĐ][^\W\d_]*(?:-[^\W\d_]+)*"
    link = rf"(?:\s+(?:(?:{spaced})\s+)+{name}|\s+(?:{glued}){name})"
    return re.compile(rf"(?<![\w-])(?:{name}(?:\s+{name})*{link}+|(?:(?:(?:{spaced})\s+)+{name}|(?:{glued}){name})"
                      rf"{link}*)(?![\w-])")


def transliterated(word: str) -> bool:
    """``word`` is a foreign name spelt the Vietnamese way ("Pu-tin", "A.Bu-tê-phli-ca", "Đ.Trăm")."""
    return _TRANSLITERATED.fullmatch(word) is not None


def _join_transliterated(text: str, ws: list[Word], start: int, end: int) -> list[Word]:
    """One proper-noun word for each transliterated name and each name joined by particles, the rest of the
    words they cut kept as they were."""
    spans = [(m.start(), m.end()) for m in _TRANSLITERATED.finditer(text, start, end)]
    spans = [sp for sp in spans if not any(a <= sp[0] < b for a, b in _particle_spans(text, start, end))] \
        + _particle_spans(text, start, end)
    spans.sort()
    if not spans:
        return ws
    out: list[Word] = []
    for w in ws:
        inside = [(a, b) for a, b in spans if a < w.end and w.start < b]
        if not inside:
            out.append(w)
            continue
        pos = w.start
        for a, b in inside:
            if a > pos and text[pos:a].strip():
                piece = text[pos:a].rstrip()
                out.append(Word(pos, pos + len(piece), piece, w.tag))
            if not out or (out[-1].start, out[-1].end) != (a, b):
                out.append(Word(a, b, text[a:b], "Np"))
            pos = max(pos, b)
        rest = text[pos:w.end]
        if rest.strip():
            lead = len(rest) - len(rest.lstrip())
            out.append(Word(pos + lead, w.end, rest.strip(), w.tag))
    return out


_SYLLABLE = re.compile(r"\S+")


def _split_at_capitals(w: Word) -> list[Word]:
    """The tagger sometimes glues a word onto a name ("tiếp Ngài", "Quốc vương Salman", "Tô Lâm tiếp"): a
    lowercase syllable followed by a capitalised one never make one word, nor does a verb that starts with two
    capitalised syllables, so split there."""
    syllables = list(_SYLLABLE.finditer(w.text))
    cuts = [b.start() for a, b in zip(syllables, syllables[1:], strict=False)
            if a.group()[0].islower() and b.group()[0].isupper()]
    capitals = 0
    while capitals < len(syllables) and syllables[capitals].group()[0].isupper():
        capitals += 1
    if 2 <= capitals < len(syllables) and w.tag not in ("N", "Np", "Nc"):
        cuts.insert(0, syllables[capitals].start())
    if not cuts:
        return [w]
    out, pos = [], 0
    for cut in sorted(set(cuts)):
        piece = w.text[pos:cut].rstrip()
        out.append(Word(w.start + pos, w.start + pos + len(piece), piece, _tag(piece, w.tag)))
        pos = cut
    out.append(Word(w.start + pos, w.end, w.text[pos:], _tag(w.text[pos:], w.tag)))
    return out


def _tag(piece: str, tag: str) -> str:
    return "Np" if all(p[0].isupper() for p in piece.split()) else tag
