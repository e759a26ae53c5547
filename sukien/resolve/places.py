"""The place of an event, as the article names it.

Vietnamese reports state the place with a preposition: "tại Hà Nội", "tại Phủ Chủ tịch", "tại trụ sở Bộ Quốc
phòng", "ở thủ đô Viêng Chăn", "bên lề Hội nghị thượng đỉnh G20 ở Hamburg (Đức)". A place phrase opens after
``tại``/``ở`` with a venue noun ("trụ sở", "thủ đô", "khách sạn", ...) or a capitalised syllable, and runs over
capitalised syllables, the one lower-case syllable that ends a two-syllable word ("Phủ Chủ tịch", "Bộ Quốc
phòng"), inner venue nouns ("Bộ Chỉ huy Quân sự tỉnh Nghệ An"), a dash between names ("Bà Rịa - Vũng Tàu"), a
known place after a comma or in brackets ("Bắc Kinh, Trung Quốc", "Hamburg (Đức)"), and a second place chained
by a preposition ("Phủ Chủ tịch ở Hà Nội" gives "Phủ Chủ tịch, Hà Nội"). It stops at punctuation, at a stop
word (verbs, function words, times of day) and at a second lower-case syllable. Occasions and documents are
not places ("tại buổi tiếp", "tại Hội nghị", "tại Điều 5"), nor the post of an office holder ("Đại sứ Iran tại
Hà Nội", "cộng đồng người Việt tại Nhật Bản"). The words are in ``lexicons/places.tsv``; known places are those
of ``lexicons/countries.tsv`` (countries, capitals, cities, provinces).

The place of the event in ``text[start:end]`` is, in this order:

1. ``sentence``: the most specific place phrase in the sentence (venue over city over country, then the first);
2. ``paragraph``: else the nearest place phrase earlier in the same paragraph ("tại đây" also points there),
   unless the sentence reports a phone or video call;
3. ``visit``: else the country of a visit named in the sentence ("chuyến thăm chính thức Bồ Đào Nha");
4. ``reporter``: else where the correspondent filed ("Theo phóng viên TTXVN tại Bangkok");
5. ``lead``: else, for a meeting in person, the place, visited country or correspondent of the article's
   lead (its title and first sentence), or a dateline opening a paragraph ("Hà Nội, 22/5 (TTXVN) -");
6. otherwise none: the place is not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from sukien._errors import LexiconError
from sukien.lexicons import table
from sukien.resolve.countries import CountryMention, find_countries

_LEXICON = "places.tsv"
_ROLES = frozenset({"prep", "venue", "not_place", "title", "reporter", "here", "visit", "stop", "remote"})
_PLACE_KINDS = frozenset({"country", "alias", "capital", "city", "province"})
_TOKEN = re.compile(r"\w+(?:[.&'’\-–]\w+)*|[^\w\s]")
_DASHES = frozenset("-–")
_BREAK = frozenset(".!?;:…\"“”")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+|\n+")
_DATELINE = re.compile(r"\s*,\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}|\s*\((?:TTXVN|VNA|PV)\b")
_PARAGRAPH_START = re.compile(r"(?:^|\n)[^\w\n]*")
_AGENCY = re.compile(r"\b(?:TTXVN|VNA)\s+(?:tại\s+)?")
_MAX_CHAIN = 2
_MAX_COMMAS = 2
_TITLE_LOOKBACK = 14
_LEAD_TITLE_CHARS = 220

# Specificity of a place phrase: a venue over a city or an unknown proper name over a country.
_VENUE, _CITY, _COUNTRY = 3, 2, 1


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """The place of an event as the article names it; ``start``/``end`` span it in the text."""

    start: int
    end: int
    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    fold: str

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(frozen=True, slots=True)
class _Cand:
    """A place phrase (or a pointer to one) found in the text."""

    start: int
    end: int
    text: str
    kind: str  # place | here | title | reporter | visit | dateline
    score: int


@dataclass(frozen=True, slots=True)
class _Lexicon:
    roles: dict[tuple[str, ...], frozenset[str]]
    longest: int


def _fold_words(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().casefold() for m in _TOKEN.finditer(phrase))


@cache
def _lexicon() -> _Lexicon:
    roles: dict[tuple[str, ...], set[str]] = {}
    for phrase, role in table(_LEXICON, 2):
        if role not in _ROLES:
            raise LexiconError(f"lexicon {_LEXICON}: {phrase!r} has an unknown role {role!r}")
        roles.setdefault(_fold_words(phrase), set()).add(role)
    return _Lexicon({k: frozenset(v) for k, v in roles.items()}, max(len(k) for k in roles))


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group(), m.group().casefold()) for m in _TOKEN.finditer(text)]


def _phrase_at(toks: list[_Tok], i: int, role: str) -> int:
    """The number of tokens of the longest ``role`` phrase starting at token ``i`` (0 if none)."""
    lex = _lexicon()
    for n in range(min(lex.longest, len(toks) - i), 0, -1):
        if role in lex.roles.get(tuple(t.fold for t in toks[i:i + n]), ()):
            return n
    return 0


def _phrase_ending(toks: list[_Tok], i: int, role: str) -> bool:
    """Whether a ``role`` phrase ends at token ``i``."""
    lex = _lexicon()
    for n in range(1, min(lex.longest, i + 1) + 1):
        if role in lex.roles.get(tuple(t.fold for t in toks[i - n + 1:i + 1]), ()):
            return True
    return False


class _Scanner:
    """Finds every place phrase of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.places = {(c.start, c.end): c for c in find_countries(text) if c.kind in _PLACE_KINDS}
        self.place_starts: dict[int, CountryMention] = {c.start: c for c in self.places.values()}

    def known_place(self, i: int) -> tuple[int, CountryMention] | None:
        """The known place starting at token ``i``, and the index of the token after it."""
        c = self.place_starts.get(self.toks[i].start) if i < len(self.toks) else None
        if c is None:
            return None
        j = i
        while j < len(self.toks) and self.toks[j].start < c.end:
            j += 1
        return j, c

    def _specificity(self, start: int, end: int, venue: bool) -> int:
        if venue:
            return _VENUE
        inside = [c for (s, e), c in self.places.items() if start <= s and e <= end]
        if inside and all(c.kind in ("country", "alias") for c in inside) and any(
            c.start == start and c.end == end for c in inside
        ):
            return _COUNTRY
        return _CITY

    def phrase(self, i: int) -> tuple[int, int] | None:
        """The place phrase opening at token ``i``: (index after it, specificity), or None."""
        toks, n = self.toks, len(self.toks)
        if i >= n or not toks[i].word:
            return None
        head = _phrase_at(toks, i, "venue")
        if _phrase_at(toks, i, "not_place") > head:
            return None
        j = i + head
        if head:
            if j < n and toks[j].fold == "của" and j + 1 < n and toks[j + 1].cap:
                j += 1
            elif j >= n or not toks[j].cap:
                if not toks[i].cap:
                    return None
                j = i
        elif not toks[i].cap:
            return None
        end = self._name(j)
        if end == j and not head:
            return None
        venue = bool(head) or any(_phrase_at(toks, k, "venue") for k in range(i, end) if toks[k].cap)
        return end, self._specificity(toks[i].start, toks[end - 1].end, venue)

    def _name(self, j: int) -> int:
        """The index after the proper name that starts at token ``j``."""
        toks, n = self.toks, len(self.toks)
        last, lower_run, commas = j, 0, 0
        while j < n:
            t = toks[j]
            if t.cap or (t.text[:1].isdigit() and j == last and toks[j - 1].cap):
                j, last, lower_run = j + 1, j + 1, 0
            elif t.text in _DASHES and j + 1 < n and toks[j + 1].cap and j == last:
                j += 1
            elif t.text == "(" and j == last:
                close = self._bracketed_place(j)
                if close is None:
                    break
                j = last = close
            elif t.text == "," and j == last and commas < _MAX_COMMAS:
                found = self.known_place(j + 1)
                if found is None or (j + 1 < n and toks[j + 1].fold in ("và", "cùng")):
                    break
                j = last = found[0]
                commas += 1
            elif t.word and j == last:
                if _phrase_at(toks, j, "stop"):
                    break
                venue = _phrase_at(toks, j, "venue")
                if venue and j + venue < n and toks[j + venue].cap:
                    j = last = j + venue
                    lower_run = 0
                elif lower_run == 0 and toks[j - 1].cap:
                    j, last, lower_run = j + 1, j + 1, 1
                else:
                    break
            else:
                break
        return last

    def _bracketed_place(self, j: int) -> int | None:
        """The index after ``( known place )`` opening at token ``j``, or None."""
        found = self.known_place(j + 1)
        if found is None or found[0] >= len(self.toks) or self.toks[found[0]].text != ")":
            return None
        return found[0] + 1

    def _after_office(self, i: int, role: str) -> bool:
        """Whether the ``tại`` at token ``i`` ends an office's noun phrase of ``role`` ("Đại sứ Iran tại")."""
        toks = self.toks
        k, since_cap = i - 1, 0
        while k >= 0 and i - k <= _TITLE_LOOKBACK:
            if toks[k].text == ")" and k >= 2 and toks[k - 2].text == "(":
                k -= 3
                continue
            if not toks[k].word:
                return False
            if _phrase_ending(toks, k, role):
                return True
            if toks[k].cap:
                since_cap = 0
            elif toks[k].fold in ("của", "nước"):
                since_cap = 0
            elif since_cap < 2 and k > 0 and (toks[k - 1].cap or (since_cap == 0 and k > 1 and toks[k - 2].cap)):
                since_cap += 1
            else:
                return False
            k -= 1
        return False

    def scan(self) -> list[_Cand]:
        toks, out = self.toks, []
        i = 0
        while i < len(toks):
            t = toks[i]
            if "prep" in _lexicon().roles.get((t.fold,), ()) and i + 1 < len(toks):
                if toks[i + 1].fold == "đây":
                    out.append(_Cand(t.start, toks[i + 1].end, "", "here", 0))
                    i += 2
                    continue
                found = self._chain(i + 1)
                if found is not None:
                    end, score, parts = found
                    kind = ("title" if self._after_office(i, "title")
                            else "reporter" if self._after_office(i, "reporter") else "place")
                    out.append(_Cand(toks[i + 1].start, toks[end - 1].end, ", ".join(parts), kind, score))
                    i = end
                    continue
            visit = _phrase_at(toks, i, "visit")
            if visit:
                found_visit = self._visited(i + visit)
                if found_visit is not None:
                    out.append(found_visit)
            i += 1
        out.extend(self._datelines())
        return sorted(out, key=lambda c: c.start)

    def _chain(self, i: int) -> tuple[int, int, list[str]] | None:
        """Place phrases chained by prepositions from token ``i``: (index after, best score, their texts)."""
        first = self.phrase(i)
        if first is None:
            return None
        end, score = first
        parts = [self._render(i, end)]
        for _ in range(_MAX_CHAIN - 1):
            if end + 1 >= len(self.toks) or "prep" not in _lexicon().roles.get((self.toks[end].fold,), ()):
                break
            nxt = self.phrase(end + 1)
            if nxt is None:
                break
            parts.append(self._render(end + 1, nxt[0]))
            end, score = nxt[0], max(score, nxt[1]) + (score == _VENUE or nxt[1] == _VENUE)
        return end, score, parts

    def _render(self, i: int, end: int) -> str:
        return " ".join(self.text[self.toks[i].start:self.toks[end - 1].end].split())

    def _visited(self, j: int) -> _Cand | None:
        """The country right after a visit phrase ending before token ``j`` (modifiers skipped)."""
        toks = self.toks
        k = j
        while k < len(toks) and k - j < 6 and not toks[k].cap and toks[k].word:
            k += 1
        found = self.known_place(k)
        if found is None:
            return None
        c = found[1]
        return _Cand(c.start, c.end, c.text, "visit", _COUNTRY if c.kind in ("country", "alias") else _CITY)

    def _datelines(self) -> Iterator[_Cand]:
        """Datelines opening a paragraph ("Hà Nội, 22/5 (TTXVN) -") and agency bureaus ("TTXVN Bắc Kinh")."""
        text = self.text
        for m in _PARAGRAPH_START.finditer(text):
            c = self.place_starts.get(m.end())
            if c is not None and _DATELINE.match(text, c.end):
                yield _Cand(c.start, c.end, c.text, "dateline", _CITY)
        for m in _AGENCY.finditer(text):
            c = self.place_starts.get(m.end())
            if c is not None:
                yield _Cand(c.start, c.end, c.text, "reporter", _CITY)


@lru_cache(maxsize=8)
def _scan(text: str) -> tuple[_Cand, ...]:
    return tuple(_Scanner(text).scan())


@lru_cache(maxsize=8)
def _lead_end(text: str) -> int:
    """The end of the article's lead: its title line, if short, and the first sentence after it."""
    body = len(text) - len(text.lstrip())
    first_line = text.find("\n", body)
    if first_line != -1 and first_line - body <= _LEAD_TITLE_CHARS:
        body = first_line
        while body < len(text) and text[body].isspace():
            body += 1
    m = _SENTENCE_END.search(text, body)
    return m.start() if m else len(text)


def _best(cands: list[_Cand]) -> _Cand | None:
    return max(cands, key=lambda c: (c.score, -c.start)) if cands else None


def _sentence_start(text: str, lo: int, pos: int) -> int:
    last = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        last = m.end()
    return last


def _remote(text: str, start: int, end: int) -> bool:
    toks = _tokens(text[start:end])
    return any(_phrase_at(toks, i, "remote") for i in range(len(toks)))


def _mention(c: _Cand, rule: str) -> PlaceMention:
    return PlaceMention(c.start, c.end, c.text, rule)


def location_for(text: str, start: int, end: int) -> PlaceMention | None:
    """The place of the event stated in the sentence ``text[start:end]``, or None when the article names none.

    ``text`` is the whole cleaned article (the rules look back from ``start``); see the module docstring."""
    cands = _scan(text)
    inside = [c for c in cands if start <= c.start < end]
    found = _best([c for c in inside if c.kind == "place"])
    if found is not None:
        return _mention(found, "sentence")
    remote = _remote(text, start, end)
    para = text.rfind("\n", 0, start) + 1
    if not remote or any(c.kind == "here" for c in inside):
        before = [c for c in cands if para <= c.start < start and c.kind == "place"]
        if before:
            last = _sentence_start(text, para, before[-1].start)
            found = _best([c for c in before if c.start >= last])
            if found is not None:
                return _mention(found, "paragraph")
    for kind in ("visit", "reporter"):
        found = _best([c for c in inside if c.kind == kind])
        if found is not None:
            return _mention(found, kind)
    if remote:
        return None
    lead = _lead_end(text)
    in_lead = [c for c in cands if c.start < lead]
    for kind in ("place", "visit", "reporter"):
        found = _best([c for c in in_lead if c.kind == kind])
        if found is not None:
            return _mention(found, "lead")
    dateline = next((c for c in cands if c.kind == "dateline" and c.start < max(lead, start)), None)
    return _mention(dateline, "dateline") if dateline is not None else None
