"""The place of an event, as the article names it.

Vietnamese reports state the place with a preposition: "tại Hà Nội", "tại Phủ Chủ tịch", "tại trụ sở Bộ Quốc
phòng", "ở thủ đô Viêng Chăn", "bên lề Hội nghị thượng đỉnh G20 ở Hamburg (Đức)". A place phrase opens after
``tại``/``ở`` with a venue noun ("trụ sở", "thủ đô", "khách sạn", ...) or a capitalised syllable, and runs
over capitalised syllables, the one lower-case syllable that ends a two-syllable word ("Phủ Chủ tịch", "Bộ
Quốc phòng"), inner venue nouns ("Bộ Chỉ huy Quân sự tỉnh Nghệ An"), a dash between names ("Bà Rịa - Vũng
Tàu"), a known place after a comma or in brackets ("Bắc Kinh, Trung Quốc", "Hamburg (Đức)"), and a second
place chained by a preposition ("tại Phủ Chủ tịch ở Hà Nội" gives "Phủ Chủ tịch, Hà Nội"). It stops at
punctuation, at a stop word (verbs, function words, times of day) and at a second lower-case syllable.
Occasions, documents and regions talked about are not venues ("tại buổi tiếp", "tại Hội nghị", "tại Điều 5",
"ở Biển Đông"), nor the post of an office holder ("Đại sứ Iran tại Hà Nội", "cộng đồng người Việt tại Nhật
Bản"); "đang thăm và làm việc tại Việt Nam" names the visited country. The words are in
``lexicons/places.tsv``; known places are those of ``lexicons/countries.tsv`` (countries, capitals, cities,
provinces).

The place of the event stated in ``text[start:end]`` is, in this order (the ``rule`` of the answer):

1. ``sentence``: the most specific place phrase of the sentence (a venue over a city over a country, then
   the first one);
2. ``host``: a city or province of a local authority in the sentence ("Chủ tịch UBND TP Hà Nội tiếp ...");
3. ``previous``: for "tại đây", the nearest earlier place of an event (a place in a sentence with a meeting
   word, or one framing its sentence: "Chiều 16/4, tại Trụ sở Trung ương Đảng, ...");
4. ``visit``: the country or city of a visit framing the sentence ("Trong chuyến thăm chính thức Bồ Đào Nha,
   ...", "Trong thời gian ở thăm Việt Nam, ...");
5. ``previous``: the place of the article's first event before the sentence (the venue of the visit or talks
   that later sentences go on reporting: "Kết thúc hội đàm, hai bên ký ..."); not for a phone or video call,
   nor for a sentence that opens with its own time ("Chiều cùng ngày, ...", "Sáng 12/5, ...");
   ``previous-city``: for a sentence of the same day ("Cùng ngày, ...", "Chiều cùng ngày, ..."), the city of
   the last earlier event place that names a city only (the venue changes, the city stays);
6. ``reporter``: where the correspondent filed ("Theo phóng viên TTXVN tại Bangkok, ...");
7. ``lead``: the event place, visit or correspondent of the article's lead (its title and first sentences;
   only its title for a sentence with its own time), or a dateline opening a paragraph ("Hà Nội, 22/5
   (TTXVN) -"); not for a call;
8. ``visit-named``: any visit the sentence names ("... sang thăm Việt Nam"), the weakest guess;
9. ``later``: for an event in the lead, the first event place in the next sentences (a caption "trong cuộc
   gặp tại Washington");
10. otherwise none: the place is not guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from sukien._errors import LexiconError
from sukien.lexicons import table
from sukien.resolve.countries import CountryMention, find_countries

_LEXICON = "places.tsv"
_ROLES = frozenset({"prep", "venue", "not_place", "title", "reporter", "here", "visit", "stop", "remote",
                    "meeting", "visiting", "local", "new_time", "same_day", "plan", "activity", "office"})
_ACTIVITY_LOOKBACK = 4
_PLACE_KINDS = frozenset({"country", "alias", "capital", "city", "province"})
_NATIONS = frozenset({"country", "alias"})
_TOWNS = frozenset({"city", "capital", "province"})
_TOKEN = re.compile(r"\w+(?:[.&'’\-–]\w+)*|[^\w\s]")
_DASHES = frozenset("-–")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+|\n+")
_DATELINE = re.compile(r"\s*,\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}|\s*\((?:TTXVN|VNA|PV)\b")
_PARAGRAPH_START = re.compile(r"(?:^|\n)[^\w\n]*")
_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_AGENCY = re.compile(r"(?:^|\n|\()\s*(?:TTXVN|VNA)\s+(?:tại\s+)?")
_MAX_CHAIN = 2
_MAX_COMMAS = 2
_TITLE_LOOKBACK = 14
_FRAMING_TOKENS = 10
_FRAMING_VISIT_TOKENS = 12
# A framing place opens its sentence or a phrase after a comma ("Ngày 5/6 tại Hà Nội, ...", "Chiều 16/4, tại ..."),
# not inside a clause ("Giao tranh bùng phát từ ngày 4/7 tại sân bay Mitiga, ...").
_OPENS_PHRASE = re.compile(r"(?:^(?:\S+\s+){0,4}|,\s*(?:\S+\s+){0,2})$")
_LEAD_TITLE_CHARS = 220
_LEAD_SENTENCES = 3
_LATER_SENTENCES = 3

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
    line_start: bool  # a line break stands before it

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass(frozen=True, slots=True)
class _Cand:
    """A place phrase, or a pointer to one, found in the text."""

    start: int
    end: int
    text: str
    kind: str  # place | here | title | reporter | visit | host | dateline
    score: int
    sentence: int = -1
    event: bool = False  # a place of an event (place), or a visit framing its sentence (visit)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    roles: dict[tuple[str, ...], frozenset[str]]
    longest: int


@dataclass(frozen=True, slots=True)
class _Analysis:
    """Everything ``location_for`` needs about one text, computed once."""

    sentences: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    cands: tuple[_Cand, ...]
    title_end: int
    lead_end: int


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


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    out: list[_Tok] = []
    prev = start
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        out.append(_Tok(m.start(), m.end(), m.group(), m.group().casefold(), "\n" in text[prev:m.start()]))
        prev = m.end()
    return out


def _phrase_at(toks: list[_Tok], i: int, role: str) -> int:
    """The number of tokens of the longest ``role`` phrase starting at token ``i`` (0 if none)."""
    lex = _lexicon()
    for n in range(min(lex.longest, len(toks) - i), 0, -1):
        if role in lex.roles.get(tuple(t.fold for t in toks[i:i + n]), ()):
            return n
    return 0


def _phrase_lengths(toks: list[_Tok], i: int, role: str) -> list[int]:
    """The numbers of tokens of every ``role`` phrase starting at token ``i``, longest first."""
    lex = _lexicon()
    return [n for n in range(min(lex.longest, len(toks) - i), 0, -1)
            if role in lex.roles.get(tuple(t.fold for t in toks[i:i + n]), ())]


def _phrase_ending(toks: list[_Tok], i: int, role: str) -> bool:
    """Whether a ``role`` phrase ends at token ``i``."""
    lex = _lexicon()
    return any(role in lex.roles.get(tuple(t.fold for t in toks[i - n + 1:i + 1]), ())
               for n in range(1, min(lex.longest, i + 1) + 1))


def _has(toks: list[_Tok], role: str) -> bool:
    return any(_phrase_at(toks, i, role) for i in range(len(toks)))


def _sentences(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    if at < len(text):
        out.append((at, len(text)))
    return out


class _Scanner:
    """Finds every place phrase of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.places = [c for c in find_countries(text) if c.kind in _PLACE_KINDS]
        self.place_starts: dict[int, CountryMention] = {c.start: c for c in self.places}

    def known_place(self, i: int) -> tuple[int, CountryMention] | None:
        """The known place starting at token ``i``, and the index of the token after it."""
        c = self.place_starts.get(self.toks[i].start) if i < len(self.toks) else None
        if c is None:
            return None
        j = i
        while j < len(self.toks) and self.toks[j].start < c.end:
            j += 1
        return j, c

    def _specificity(self, i: int, end: int, venue: bool) -> int:
        if venue:
            return _VENUE
        whole = self.place_starts.get(self.toks[i].start)
        if whole is not None and whole.end == self.toks[end - 1].end and whole.kind in _NATIONS:
            return _COUNTRY
        return _CITY

    def phrase(self, i: int) -> tuple[int, int] | None:
        """The place phrase opening at token ``i``: (index after it, specificity), or None."""
        toks, n = self.toks, len(self.toks)
        if i >= n or not toks[i].word:
            return None
        heads = _phrase_lengths(toks, i, "venue")
        if _phrase_at(toks, i, "not_place") > (heads[0] if heads else 0):
            return None
        head = next((h for h in heads if i + h < n and (toks[i + h].cap or (
            toks[i + h].fold == "của" and i + h + 1 < n and toks[i + h + 1].cap))), 0)
        j = i + head
        if head and toks[j].fold == "của":
            j += 1
        elif not head and not toks[i].cap:
            return None
        end = self._name(j)
        known = self.known_place(i)
        if known is not None and known[0] > end:  # a landmark in lower case ("Đại lễ đường nhân dân")
            end = known[0]
        if end == j:
            return None
        venue = bool(head) or any(_phrase_at(toks, k, "venue") for k in range(i, end) if toks[k].cap)
        return end, self._specificity(i, end, venue)

    def _name(self, j: int) -> int:
        """The index after the proper name that starts at token ``j``."""
        toks, n = self.toks, len(self.toks)
        first, last, lower_run, commas = j, j, 0, 0
        while j < n and j == last and not toks[j].line_start:
            t = toks[j]
            if t.cap and j > first and _phrase_at(toks, j, "office"):
                break  # "ở St.Peterburg Chủ tịch nước Trần Đại Quang ...": a caption ran into the next sentence
            if t.cap or (t.text[:1].isdigit() and toks[j - 1].cap):
                j, last, lower_run = j + 1, j + 1, 0
            elif t.text in _DASHES and j + 1 < n and toks[j + 1].cap and not toks[j + 1].line_start:
                j, last = j + 2, j + 2
            elif t.text == "(":
                last = self._bracketed_place(j) or last
                break
            elif t.text == "," and commas < _MAX_COMMAS:
                found = self.known_place(j + 1)
                if found is None:
                    break
                j = last = found[0]
                commas += 1
            elif t.word and not _phrase_at(toks, j, "stop") and not _phrase_at(toks, j, "prep"):
                venue = _phrase_at(toks, j, "venue")
                if venue and j + venue < n and toks[j + venue].cap:
                    j = last = j + venue
                    lower_run = 0
                elif lower_run == 0 and toks[j - 1].cap and self._tail_ends(j + 1):
                    j, last, lower_run = j + 1, j + 1, 1
                elif lower_run == 0 and toks[j - 1].cap and self._joins_names(j):
                    j, last, lower_run = j + 2, j + 2, 2
                else:
                    break
            else:
                break
        return last

    def _joins_names(self, j: int) -> bool:
        """Whether two lower-case syllables from token ``j`` join capitalised syllables ("Đại lễ đường Nhân
        dân"): neither is a stop word and a capitalised syllable follows them."""
        toks = self.toks
        return (j + 2 < len(toks) and toks[j + 1].word and not toks[j + 1].cap and toks[j + 2].cap
                and not toks[j + 1].line_start and not toks[j + 2].line_start
                and not _phrase_at(toks, j + 1, "stop"))

    def _tail_ends(self, j: int) -> bool:
        """Whether a lower-case syllable before token ``j`` can end a name: what follows is no other plain
        lower-case word ("Phủ Chủ tịch, ...", "Bộ Quốc phòng đã ...", but not "JW Marriott kéo dài")."""
        toks = self.toks
        if j >= len(toks) or toks[j].line_start or not toks[j].word or toks[j].cap:
            return True
        venue = _phrase_at(toks, j, "venue")
        return (bool(_phrase_at(toks, j, "stop")) or bool(_phrase_at(toks, j, "prep"))
                or (venue > 0 and j + venue < len(toks) and toks[j + venue].cap))

    def _bracketed_place(self, j: int) -> int | None:
        """The index after ``( known place )`` opening at token ``j``, or None."""
        found = self.known_place(j + 1)
        if found is None or found[0] >= len(self.toks) or self.toks[found[0]].text != ")":
            return None
        return found[0] + 1

    def _after(self, i: int, role: str) -> bool:
        """Whether the preposition at token ``i`` ends a noun phrase headed by a ``role`` phrase ("Đại sứ Iran
        tại", "phóng viên TTXVN tại"): walking back over names, bracketed acronyms and "của"."""
        toks = self.toks
        k, since_cap = i - 1, 0
        while k >= 0 and i - k <= _TITLE_LOOKBACK:
            if toks[k].text == ")" and k >= 2 and toks[k - 2].text == "(":
                k -= 3
                continue
            if not toks[k].word or _phrase_at(toks, k, "prep"):  # another place phrase ends the walk
                return False
            if _phrase_ending(toks, k, role):
                return True
            if toks[k].line_start:
                return False
            if toks[k].cap or toks[k].fold in ("của", "nước"):
                since_cap = 0
            elif since_cap < 2 and k > 0 and (
                toks[k - 1].cap or (since_cap == 0 and k > 1 and toks[k - 2].cap)
            ):
                since_cap += 1
            else:
                return False
            k -= 1
        return False

    def _activity(self, i: int) -> bool:
        """Whether an activity ends a few words before the preposition at token ``i`` ("có những dự án đầu tư
        lớn tại Việt Nam"): the place is where the activity goes on, not where the event is."""
        return any(_phrase_ending(self.toks, k, "activity") for k in range(max(0, i - _ACTIVITY_LOOKBACK), i))

    def _visiting(self, i: int) -> bool:
        """Whether the preposition at token ``i`` follows a verb of visiting ("thăm và làm việc tại")."""
        k = i - 1
        while k >= 0 and self.toks[k].fold in (",", "và"):
            k -= 1
        return k >= 0 and _phrase_ending(self.toks, k, "visiting")

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
                post = self._after(i, "title") or self._activity(i)
                found = self._chain(i + 1, single=post)
                if found is not None:
                    end, score, parts = found
                    kind = ("title" if post
                            else "reporter" if self._after(i, "reporter")
                            else "visit" if score == _COUNTRY and self._visiting(i) else "place")
                    out.append(_Cand(toks[i + 1].start, toks[end - 1].end, ", ".join(parts), kind, score))
                    i = end
                    continue
            visit = _phrase_at(toks, i, "visit")
            if visit:
                found_visit = self._visited(i + visit)
                if found_visit is not None:
                    out.append(found_visit)
                i += visit
                continue
            local = _phrase_at(toks, i, "local")
            if local:
                found_host = self._local(i + local)
                if found_host is not None:
                    out.append(found_host)
            i += 1
        out.extend(self._datelines())
        return out

    def _chain(self, i: int, single: bool = False) -> tuple[int, int, list[str]] | None:
        """Place phrases chained by prepositions from token ``i``: (index after, best score, their texts); only
        the first when ``single`` (an office's post is no venue to chain: "Đại sứ Triều Tiên tại Liên Hợp Quốc
        Pak Kil-yon ở New York")."""
        first = self.phrase(i)
        if first is None:
            return None
        end, score = first
        parts = [self._render(i, end)]
        for _ in range(0 if single else _MAX_CHAIN - 1):
            if end + 1 >= len(self.toks) or "prep" not in _lexicon().roles.get((self.toks[end].fold,), ()):
                break
            nxt = self.phrase(end + 1)
            if nxt is None:
                break
            parts.append(self._render(end + 1, nxt[0]))
            end, score = nxt[0], max(score, nxt[1])
        return end, score, parts

    def _render(self, i: int, end: int) -> str:
        return " ".join(self.text[self.toks[i].start:self.toks[end - 1].end].split())

    def _visited(self, j: int) -> _Cand | None:
        """The place right after a visit phrase ending before token ``j`` (lower-case modifiers skipped)."""
        toks = self.toks
        k = j
        while k < len(toks) and k - j < 6 and not toks[k].cap and toks[k].word:
            k += 1
        found = self.known_place(k)
        if found is None:
            return None
        c = found[1]
        return _Cand(c.start, c.end, c.text, "visit", _COUNTRY if c.kind in _NATIONS else _CITY)

    def _local(self, j: int) -> _Cand | None:
        """The city or province of a local authority whose name ends before token ``j`` ("UBND TP Hà Nội")."""
        found = self.known_place(j) or self.known_place(j + _phrase_at(self.toks, j, "venue"))
        if found is None or found[1].kind in _NATIONS:
            return None
        c = found[1]
        return _Cand(c.start, c.end, c.text, "host", _CITY)

    def _datelines(self) -> Iterator[_Cand]:
        """Datelines opening a paragraph ("Hà Nội, 22/5 (TTXVN) -") and agency bureaus ("(TTXVN Bắc
        Kinh)")."""
        text = self.text
        for m in _PARAGRAPH_START.finditer(text):
            c = self.place_starts.get(m.end())
            if c is not None and _DATELINE.match(text, c.end):
                yield _Cand(c.start, c.end, c.text, "dateline", _CITY)
        for m in _AGENCY.finditer(text):
            c = self.place_starts.get(m.end())
            if c is not None:
                yield _Cand(c.start, c.end, c.text, "reporter", _CITY)


def _lead(text: str, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    """The ends of the article's title (its first line, if short; 0 if none) and of its lead (the title and
    the first sentences after it)."""
    first_line = len(text) - len(text.lstrip())
    newline = text.find("\n", first_line)
    title_end = newline if newline != -1 and newline - first_line <= _LEAD_TITLE_CHARS else 0
    body = [s for s in sentences if s[0] >= title_end]
    return title_end, body[min(_LEAD_SENTENCES, len(body)) - 1][1] if body else len(text)


@lru_cache(maxsize=8)
def _analyse(text: str) -> _Analysis:
    sentences = _sentences(text)
    starts = [s for s, _ in sentences]
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    out = []
    for c in _Scanner(text).scan():
        quoted = any(qs < c.start < qe for qs, qe in quotes)
        k = max(0, bisect_right(starts, c.start) - 1)
        s, e = sentences[k] if sentences else (0, len(text))
        toks = _tokens(text, s, e)
        if c.kind == "place":
            before = sum(1 for t in toks if t.start < c.start)
            after = _TOKEN.search(text, c.end, e)
            framing = before <= _FRAMING_TOKENS and after is not None and after.group() == "," \
                and _OPENS_PHRASE.search(text[s:c.start]) is not None
            event = (framing or _has(toks, "meeting")) and not _has(toks, "plan") and not quoted
        else:
            event = c.kind == "visit" and sum(1 for t in toks if t.start < c.start) <= _FRAMING_VISIT_TOKENS
        out.append(_Cand(c.start, c.end, c.text, c.kind, c.score, k, event))
    unique = {(c.start, c.kind): c for c in sorted(out, key=lambda c: c.start)}
    return _Analysis(tuple(sentences), tuple(starts), tuple(unique.values()), *_lead(text, sentences))


def _best(cands: list[_Cand]) -> _Cand | None:
    return max(cands, key=lambda c: (c.score, -c.start)) if cands else None


def _finer(visit: _Cand | None, earlier: list[_Cand]) -> PlaceMention | None:
    """A city or venue for an event whose sentence names only a country ("... chống Mỹ tại Việt Nam"): the
    city of its own visit phrase ("Ngay sau khi tới Minsk"), else the place of the article's first event that
    names one."""
    if visit is not None and visit.score > _COUNTRY:
        return _mention(visit, "visit")
    finer = [c for c in earlier if c.score > _COUNTRY]
    return _mention(finer[0], "previous") if finer else None


def _mention(c: _Cand, rule: str) -> PlaceMention:
    return PlaceMention(c.start, c.end, c.text, rule)


def location_for(text: str, start: int, end: int) -> PlaceMention | None:
    """The place of the event stated in the sentence ``text[start:end]``, or None when the article names none.

    ``text`` is the whole cleaned article (the rules look back from ``start``); see the module docstring."""
    a = _analyse(text)
    inside = [c for c in a.cands if start <= c.start < end]

    def best(kind: str, cands: list[_Cand] = inside, event: bool | None = None) -> _Cand | None:
        return _best([c for c in cands if c.kind == kind and (event is None or c.event == event)])

    toks = _tokens(text, start, end)
    remote = _has(toks, "remote")
    here = any(c.kind == "here" for c in inside)
    first_word = next((i for i, t in enumerate(toks) if t.word), None)
    fresh = first_word is not None and bool(_phrase_at(toks, first_word, "new_time")) and not here
    earlier = [c for c in a.cands if c.start < start and c.kind == "place" and c.event]
    found = best("place") or best("host")
    if found is not None and found.score <= _COUNTRY:
        finer = _finer(best("visit", event=True), earlier if not remote and not fresh else [])
        if finer is not None:
            return finer
    if found is not None:
        return _mention(found, "sentence" if found.kind == "place" else "host")
    if here and earlier:
        return _mention(earlier[-1], "previous")
    found = best("visit", event=True)
    if found is not None:
        return _mention(found, "visit")
    if earlier and not remote and not fresh:
        first = earlier[0].sentence
        return _mention(_best([c for c in earlier if c.sentence == first]) or earlier[0], "previous")
    cities = [c for c in earlier if c.score == _CITY and any(k.kind in _TOWNS for k in find_countries(c.text))]
    if cities and not remote and first_word is not None \
            and any(_phrase_at(toks, k, "same_day") for k in range(first_word, min(first_word + 2, len(toks)))):
        return _mention(cities[-1], "previous-city")
    found = best("reporter")
    if found is not None:
        return _mention(found, "reporter")
    if not remote:
        lead = [c for c in a.cands if c.start < (a.title_end if fresh else a.lead_end)]
        for kind in ("place", "visit", "reporter", "dateline"):
            found = best(kind, lead, event=True if kind == "place" else None)
            if found is not None and found.score <= _COUNTRY:
                found = _best([c for c in lead if c.kind in ("place", "visit", "dateline") and c.score > _COUNTRY]) \
                    or found
            if found is not None:
                return _mention(found, "lead")
    found = best("visit")
    if found is not None:
        return _mention(found, "visit-named")
    if not remote and start < a.lead_end:
        k = max(0, bisect_right(a.starts, start) - 1)
        limit = a.sentences[min(k + _LATER_SENTENCES, len(a.sentences) - 1)][1] if a.sentences else end
        later = [c for c in a.cands if end <= c.start < limit and c.kind == "place" and c.event]
        if later:
            return _mention(later[0], "later")
    return None


def frames_its_sentence(text: str, sentence_start: int, place_start: int) -> bool:
    """Whether the place at ``place_start`` opens its sentence or a phrase after a comma ("Tại Nhà Trắng, ...",
    "Ngày 5/6 tại Hà Nội, ..."), rather than standing inside a clause ("khi ông X tuyên bố ... tại Tokyo")."""
    return _OPENS_PHRASE.search(text[sentence_start:place_start]) is not None
