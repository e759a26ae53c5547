"""Cleaning: the text extraction reads, with a map back to the original.

:func:`clean` works in three passes, each keeping the map from its output
back to the original characters:

1. **Characters.** Unicode NFC; one tone-mark placement (``hoà`` → ``hòa``,
   ``thuỷ`` → ``thủy``, ``Uỷ`` → ``Ủy``: in an open syllable on ``oa``, ``oe``
   or ``uy`` the mark goes on the first vowel), done per character so that
   offsets never shift; non-breaking and other odd spaces become spaces,
   zero-width characters go, ``\\r\\n`` becomes ``\\n``.
2. **Cuts.** What is not the story is cut and recorded as a
   :class:`~sukien.document.Cut` in original offsets: a metadata header
   (``date 2024-01``: it becomes the published date when none was given),
   navigation lines (``Top``, ``Tin tức``), photo credits (``(Ảnh: Trí
   Dũng/TTXVN)``) and the captions they close when the caption only repeats
   the story, bylines (``M.Anh``, ``TTXVN/VNP``, ``Việt Hưng – Tâm Phạm``), and
   everything glued on after the story: the end-of-story mark ``./.`` and an
   agency byline close the story, as do a "read more" header and a headline
   printed twice; what follows is cut as ``glued-on``; another story's headline
   printed in brackets inside the text (``[Triều Tiên kêu gọi ...]``) is a
   ``related-link``.
3. **Whitespace.** Runs of spaces become one, spaces at line ends go, blank
   lines fold to one; paragraphs (newlines) stay.

The patterns are data: ``sukien/lexicons/clean_*.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from sukien.document import Cut, Document, OffsetMap, Span, TextBuilder
from sukien.lexicons import alternation, table, words

# -- pass 1: characters --------------------------------------------------------------------------------------

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CLUSTER = re.compile(f"[^{_COMBINING}]?[{_COMBINING}]+")
_TOKEN = re.compile(r"\S+")
_OLD_TONE_PAIRS = ("oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ")


def _tone_table() -> dict[str, str]:
    """``"oà"`` → ``"òa"`` and every case variant: the mark moves from the second vowel to the first."""
    table = {}
    for pair in _OLD_TONE_PAIRS:
        first, second = pair[0], pair[1]
        decomposed = unicodedata.normalize("NFD", second)
        base, mark = decomposed[0], decomposed[1:]
        for f in (first, first.upper()):
            for s in (second, second.upper()):
                b = base if s.islower() else base.upper()
                table[f + s] = unicodedata.normalize("NFC", f + mark) + b
    return table


_TONES = _tone_table()
_CHARS = re.compile(
    "(?P<tone>(?<![qQ])[oOuU][" + "".join(sorted({pair[1] for pair in _TONES})) + r"](?![^\W\d_]))"
    r"|(?P<space>[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])"
    r"|(?P<drop>[\u00ad\u200b-\u200d\u2060\ufeff])"
    r"|(?P<cr>\r\n?)"
    r"|(?P<sep>[\u0085\u2028\u2029])")
_TIDY = re.compile(r"[ \n]{2,}|\A[ \n]+|[ \n]+\Z")

Piece = tuple[str, int, int]
"""A replacement: ``(text, start, end)`` with start and end relative to the match it replaces."""


class _Base:
    """A map from a working text back to the original (``None`` stands for the identity)."""

    __slots__ = ("map", "segments", "starts")

    def __init__(self, omap: OffsetMap) -> None:
        self.map = omap
        self.segments = omap.segments
        self.starts = [s[0] for s in self.segments]


def _keep(b: TextBuilder, text: str, base: _Base | None, a: int, c: int) -> None:
    """Append ``text[a:c]`` unchanged, mapped through ``base``."""
    if a >= c:
        return
    if base is None:
        b.copy(text[a:c], a)
        return
    i = max(bisect_right(base.starts, a) - 1, 0)
    for cs, os_, oe, cl in base.segments[i:]:
        if cs >= c:
            break
        lo, hi = max(a, cs), min(c, cs + cl)
        if lo >= hi:
            continue
        if oe - os_ == cl:
            b.copy(text[lo:hi], os_ + lo - cs)
        else:
            b.replace(text[lo:hi], os_, oe)


def _put(b: TextBuilder, base: _Base | None, piece: str, a: int, c: int) -> None:
    """Append ``piece`` standing for ``text[a:c]``, mapped through ``base``."""
    if base is None:
        b.replace(piece, a, c)
    else:
        b.replace(piece, *base.map.span(a, c))


def _rewrite(text: str, base: _Base | None, pattern: re.Pattern[str],
             fix: Callable[[re.Match[str]], list[Piece] | None]) -> tuple[str, _Base | None]:
    """Replace every match that ``fix`` changes; return the new text and its map to the original."""
    b = TextBuilder()
    pos = 0
    changed = False
    for m in pattern.finditer(text):
        pieces = fix(m)
        if pieces is None:
            continue
        changed = True
        _keep(b, text, base, pos, m.start())
        for piece, ra, rc in pieces:
            _put(b, base, piece, m.start() + ra, m.start() + rc)
        pos = m.end()
    if not changed:
        return text, base
    _keep(b, text, base, pos, len(text))
    new, omap = b.build()
    return new, _Base(omap)


def _fix_nfc(m: re.Match[str]) -> list[Piece] | None:
    composed = unicodedata.normalize("NFC", m.group())
    return None if composed == m.group() else [(composed, 0, len(m.group()))]


def _fix_char(m: re.Match[str]) -> list[Piece] | None:
    kind = m.lastgroup
    if kind == "tone":
        new = _TONES.get(m.group())
        return None if new is None else [(new[0], 0, 1), (new[1], 1, 2)]
    if kind == "space":
        return [(" ", 0, 1)]
    if kind == "drop":
        return []
    if kind == "cr":
        return [("\n", len(m.group()) - 1, len(m.group()))]
    return [("\n", 0, 1)]


def _fix_space(m: re.Match[str]) -> list[Piece] | None:
    """A run of spaces and newlines: nothing at either end of the text, else one space, one newline, or
    one blank line (two newlines)."""
    run = m.group()
    if m.start() == 0 or m.end() == len(m.string):
        return []
    first = run.find("\n")
    if first < 0:
        return [(" ", 0, 1)]
    last = run.rfind("\n")
    if first == last:
        return [("\n", first, first + 1)]
    return [("\n", first, first + 1), ("\n", last, last + 1)]


def normalize_text(text: str) -> tuple[str, OffsetMap]:
    """``text`` in NFC with one tone-mark placement and plain spaces, and the map back to ``text``.

    Lengths stay the same except where characters are composed (NFC) or dropped (zero-width), so
    every character of the result maps to the character it came from.
    """
    out, base = _normalize(text)
    return out, (base.map if base is not None else OffsetMap.identity(len(text)))


def _normalize(text: str) -> tuple[str, _Base | None]:
    base: _Base | None = None
    if not unicodedata.is_normalized("NFC", text):
        text, base = _rewrite(text, base, _CLUSTER, _fix_nfc)
        if not unicodedata.is_normalized("NFC", text):
            text, base = _rewrite(text, base, _TOKEN, _fix_nfc)
    return _rewrite(text, base, _CHARS, _fix_char)


# -- pass 2: the patterns of what is cut ---------------------------------------------------------------------

_UPPER = "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isupper() and c.isalpha())
_LOWER = "".join(c for c in map(chr, range(0x61, 0x2000)) if c.islower() and c.isalpha())
_CAPWORD = rf"[{_UPPER}](?:[\w+'’]|[.\-](?=\w))*"
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
_DATE = (rf"(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})(?:-(?P<d1>\d{{1,2}}))?"
         rf"(?P<t1>[T ]{_TIME}(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
         rf"|(?P<d2>\d{{1,2}})[/.-](?P<m2>\d{{1,2}})[/.-](?P<y2>\d{{4}})(?P<t2>,?\s*(?:lúc\s*)?{_TIME})?")
_TERMINATORS = ".!?…\"”’)»"


def _exact(phrases: Iterable[str]) -> str:
    """An alternation of ``phrases`` as written, to be embedded in a larger pattern."""
    return alternation(phrases, fold_first=False, bounded=False)


@dataclass(frozen=True)
class _Patterns:
    metadata: re.Pattern[str]
    credit: re.Pattern[str]
    credit_before: re.Pattern[str]
    credit_token: re.Pattern[str]
    credit_sep: re.Pattern[str]
    credit_tail: re.Pattern[str]
    boundary: re.Pattern[str]
    abbreviation: re.Pattern[str]
    navigation: re.Pattern[str]
    related: re.Pattern[str]
    related_inline: re.Pattern[str]
    end_mark: re.Pattern[str]
    byline: re.Pattern[str]
    agency: re.Pattern[str]
    capword: re.Pattern[str]
    source_prefix: re.Pattern[str]
    connective: re.Pattern[str]
    meeting: re.Pattern[str]
    openers: frozenset[str]
    agencies: frozenset[str]
    caption_labels: frozenset[str]


@cache
def _patterns() -> _Patterns:
    agencies = words("clean_agencies.txt")
    agency = _exact(agencies)
    credits = table("clean_credits.tsv", 2)
    labels = [label for label, _ in credits]
    nav = alternation(words("clean_navigation.txt"), bounded=False)
    related = alternation(words("clean_related.txt"), bounded=False)
    honorific = alternation(words("honorifics.txt"))
    metadata = words("clean_metadata.txt")
    part = rf"(?:{agency}(?!\w)|{_CAPWORD})"
    sep = r"(?:\s*[/,&]\s*|\s+[-–—]\s+|[-–—]|\s+)"
    return _Patterns(
        metadata=re.compile(rf"(?P<label>{_exact(metadata)})\s*:?,?\s*(?:ngày\s+)?(?:{_DATE})"
                            r"(?P<gmt>\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?[ |]*", re.IGNORECASE),
        credit=re.compile(rf"\(\s*(?P<plabel>{alternation(labels, bounded=False)})"
                          rf"(?P<pbody>\s*:[^()\n]{{0,80}})?\s*\)"
                          rf"|(?P<label>{_exact(labels)})(?P<colon>\s*:)?"),
        credit_before=re.compile(rf"(?<!\w){_exact(labels)}\s*:[^.:\n]{{1,40}}$"),
        credit_token=re.compile(rf"{agency}(?!\w)|{_CAPWORD}|[\w.-]+\.[a-z]{{2,4}}\b"),
        credit_sep=re.compile(r"[ ]?[/,&][ ]?|[ ]+[-–—][ ]+|[-–—](?=\w)"),
        credit_tail=re.compile(r"(?:[ ]?\([^()\n]{1,25}\))?(?:[ ]*[.|]+|[ ]*[-–—](?=[ ]))?"),
        boundary=re.compile(r"[.!?…][\"”’»)]*[ ]+"),
        abbreviation=re.compile(rf"(?:(?<!\w){_exact(words('clean_abbreviations.txt'))}|(?<!\w)[{_UPPER}])$"),
        navigation=re.compile(rf"[ |»>•·\-–]*{nav}(?:[ ]*[|»>•·/\-–][ ]*{nav})*[ |»>•·:\-–]*"),
        related=re.compile(rf"[ >»•\-–]*{related}(?:[ ]*(?::|>+|»)|[ ]*$)"),
        related_inline=re.compile(rf"(?<=[.!?…\"”] )(?:{related}[ ]*(?::|>+)|>{{2,}})"),
        end_mark=re.compile(r"/\.(?=\s|\Z)"),
        byline=re.compile(rf"(?P<prefix>(?:Theo|Nguồn\s*:|PV|CTV|Nhóm PV|Bài và ảnh\s*:|Bài,\s*ảnh\s*:)\s*)?"
                          rf"{part}(?:{sep}{part}){{0,5}}(?P<paren>\s*\([^()\n]{{1,25}}\))?[.;]?"),
        agency=re.compile(rf"(?<!\w){agency}(?!\w)|(?<![\w.])[A-ZĐ]{{2,6}}(?!\w)"),
        capword=re.compile(_CAPWORD),
        source_prefix=re.compile(rf"(?:\([^()\n]{{1,25}}\)[ ]*|{agency}[ ]*)?[-–—]+[ ]*(?=[{_UPPER}\d])"),
        connective=re.compile(rf"{_exact(words('clean_connectives.txt'))}(?!\w)"),
        meeting=re.compile(alternation([p for p, *_ in table("triggers.tsv", 4) if " " in p])
                           + rf"|(?<!\w)(?:tiếp|đón|gặp|ký)\s+(?:{honorific}\s+)?[{_UPPER}]"),
        openers=frozenset(words("clean_openers.txt")),
        agencies=frozenset(agencies),
        caption_labels=frozenset(label for label, caption in credits if caption == "yes"),
    )


# -- pass 2: finding the cuts --------------------------------------------------------------------------------

_INITIALS = re.compile(rf"(?<!\w)[{_UPPER}]\.[ ]?[{_UPPER}]?")
_DASH = re.compile(r"\s[-–—]\s|\s*/\s*")
_ACCENTED_CAPS = re.compile(rf"(?<!\w)(?=[{_UPPER}]*[^\x00-\x7fĐ])[{_UPPER}]{{2,}}(?!\w)")
_CONTENT = re.compile(r"\S")
_PHRASE_END = re.compile(r"[.)\n]|[ ]{2}")
_PHRASE_MAX = 35
_PHRASE_WORDS = re.compile(rf"(?:[ ](?:[{_LOWER}]+(?!\w)|[{_UPPER}]\w*(?=[ ][{_UPPER}]|[.,;)/\n]|\Z)))"
                           r"{0,5}")
_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9+]+")
# "... trong khu vực. [Triều Tiên kêu gọi chấm dứt đối đầu] Cuộc gặp trên ...": another story's headline in
# brackets, a link printed inside the text.
_RELATED_LINK = re.compile(rf"(?:(?<=[.!?…”\"])|^)[ \t]*(?P<link>\[[{_UPPER}][^\[\]\n]{{14,200}}\])"
                           rf"(?=\s+[{_UPPER}“\"]|\s*$)", re.MULTILINE)
_CAPTION_MAX = 400


def byline_strength(line: str) -> int:
    """How surely ``line`` is a byline: 3 an agency, initials or a source ("TTXVN/VNP", "M.Anh",
    "PV (TTXVN)", "Theo VOV"), 2 names joined by a dash ("Việt Hưng – Tâm Phạm"), 1 bare names
    ("Mai Chi"), 0 not a byline."""
    s = line.strip(" \t.;,|")
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s or len(s) > 60:
        return 0
    p = _patterns()
    m = p.byline.fullmatch(s)
    if m is None or _ACCENTED_CAPS.search(s):
        return 0
    if m.group("prefix") or m.group("paren") or p.agency.search(s) or _INITIALS.search(s):
        return 3
    sides = _DASH.split(s)
    if len(sides) >= 2 and all(len(side.split()) >= 2 for side in sides):
        return 2
    return 1


@dataclass
class _Line:
    start: int
    end: int

    def strip(self, t: str) -> tuple[int, int]:
        s, e = self.start, self.end
        while s < e and t[s] == " ":
            s += 1
        while e > s and t[e - 1] == " ":
            e -= 1
        return s, e


def _lines(t: str) -> list[_Line]:
    out = []
    pos = 0
    while True:
        nl = t.find("\n", pos)
        if nl < 0:
            out.append(_Line(pos, len(t)))
            return out
        out.append(_Line(pos, nl))
        pos = nl + 1


def _whole(t: str, line: _Line) -> tuple[int, int]:
    """A whole line with its newline."""
    return line.start, (line.end + 1 if line.end < len(t) else line.end)


def _is_headline(s: str) -> bool:
    return 0 < len(s) <= 250 and s[-1] not in ".!?…:;,\"”" and s[0].isupper()


class _Cutter:
    """Finds the cuts of one normalised text ``t``, in its offsets."""

    def __init__(self, t: str) -> None:
        self.t = t
        self.p = _patterns()
        self.cuts: list[tuple[int, int, str]] = []
        self.kept_captions: list[tuple[int, int]] = []
        self.published: str | None = None
        self.lines = _lines(t)

    def cut(self, start: int, end: int, reason: str) -> None:
        if end > start:
            self.cuts.append((start, end, reason))

    def run(self) -> None:
        first = self._header()
        end = self._story_end(first)
        end = self._trailing_bylines(first, end)
        for m in _RELATED_LINK.finditer(self.t, 0, end):
            self.cut(m.start("link"), m.end("link"), "related-link")
        self._captions(end)

    # the top: metadata, navigation, a headline printed twice, a source prefix ------------------------------

    def _header(self) -> int:
        """Cut what stands before the story; return the index of the story's first line."""
        t, p = self.t, self.p
        previous = ""
        for i, line in enumerate(self.lines[:8]):
            s, e = line.strip(t)
            if s == e:
                continue
            m = p.metadata.match(t, s, e)
            if m is not None and self._is_metadata(m, e):
                self.published = _iso_date(m)
                if t[m.end():e].strip():
                    self.cut(m.start(), m.end(), "metadata")
                    s = m.end()
                else:
                    self.cut(*_whole(t, line), "metadata")
                    continue
            if p.navigation.fullmatch(t, s, e):
                self.cut(*_whole(t, line), "navigation")
            elif previous and t[s:e] == previous:
                self.cut(*_whole(t, line), "duplicate-title")
            else:
                m = p.source_prefix.match(t, s, e)
                if m is not None:
                    self.cut(m.start(), m.end(), "source-prefix")
                return i
            previous = t[s:e]
        return min(8, len(self.lines))

    def _is_metadata(self, m: re.Match[str], line_end: int) -> bool:
        """A weekday opens a header only with a time or alone on its line ("Thứ Hai, 10/01/2024 08:30")."""
        if _iso_date(m) is None:
            return False
        if m.group("label").lower().split()[0] not in ("thứ", "chủ"):
            return True
        return bool(m.group("t1") or m.group("t2") or m.group("gmt") or not self.t[m.end():line_end].strip())

    # the end of the story, and what was glued on after it ---------------------------------------------------

    def _story_end(self, first: int) -> int:
        """Cut what follows the story; return where the story ends."""
        t, p = self.t, self.p
        n = len(t)
        seen = False
        previous: tuple[int, int] | None = None
        for idx in range(first, len(self.lines)):
            line = self.lines[idx]
            s, e = line.strip(t)
            if s == e:
                continue
            text = t[s:e]
            if p.navigation.fullmatch(t, s, e):
                self.cut(*_whole(t, line), "navigation")
                continue
            if seen and p.related.match(t, s, e):
                return self._glued(s)
            if seen and previous is not None and _is_headline(text) and text == t[previous[0]:previous[1]]:
                return self._glued(previous[0])
            strength = byline_strength(text) if seen else 0
            if strength == 3 or (strength == 2 and s >= n // 2):
                self.cut(*_whole(t, line), "byline")
                return self._after_byline(idx + 1, s)
            seen = True
            previous = (s, e)
            end = self._end_mark(s, e)
            if end is not None:
                return self._after_mark(idx, end, e)
            m = p.related_inline.search(t, max(s, n // 2), e)
            if m is not None:
                return self._glued(m.start())
        return n

    def _end_mark(self, s: int, e: int) -> int | None:
        """The end of the first "./." in ``t[s:e]`` that closes the story: not one inside a URL or closing
        a photo credit, nor one the story goes on after, on that line or the next (in small letters, with
        "Trước đó, ..." or with a "* " section)."""
        t = self.t
        for m in self.p.end_mark.finditer(t, s, e):
            if m.start() == s or not (t[m.start() - 1].isalnum() or t[m.start() - 1] in _TERMINATORS + "]") \
                    or _in_url(t, m.start()):
                continue
            rest = _CONTENT.search(t, m.end())
            if rest is not None and (t[rest.start()] in _LOWER or t[rest.start()] == "*"
                                     or self.p.connective.match(t, rest.start())):
                continue
            if self.p.credit_before.search(t, max(s, m.start() - 60), m.start()):
                continue
            return m.end()
        return None

    def _after_mark(self, idx: int, mark_end: int, line_end: int) -> int:
        rest = _CONTENT.search(self.t, mark_end, line_end)
        if rest is not None:
            if not byline_strength(self.t[rest.start():line_end]):
                return self._glued(rest.start(), mark_end)
            self.cut(rest.start(), line_end, "byline")
        return self._after_byline(idx + 1, mark_end)

    def _after_byline(self, idx: int, end: int) -> int:
        """Past the end of the story: bylines and navigation lines, then anything else is glued on."""
        t = self.t
        for line in self.lines[idx:]:
            s, e = line.strip(t)
            if s == e:
                continue
            if self.p.navigation.fullmatch(t, s, e):
                self.cut(*_whole(t, line), "navigation")
            elif byline_strength(t[s:e]):
                self.cut(*_whole(t, line), "byline")
            else:
                return self._glued(s, end)
        return end

    def _glued(self, start: int, end: int | None = None) -> int:
        self.cut(start, len(self.t), "glued-on")
        return start if end is None else end

    def _trailing_bylines(self, first: int, end: int) -> int:
        """Cut bylines that close the story: a last line of names, or names after its last sentence."""
        t, p = self.t, self.p
        for _ in range(3):
            while end > 0 and t[end - 1].isspace():
                end -= 1
            line_start = t.rfind("\n", 0, end) + 1
            if end == 0 or any(s <= line_start < e for s, e, _ in self.cuts):
                return end
            tail = line_start
            for m in p.boundary.finditer(t, line_start, end):
                if not p.abbreviation.search(t, max(line_start, m.start() - 6), m.start()):
                    tail = m.end()
            if tail == line_start and self._line_index(line_start) <= first:
                return end
            if not byline_strength(t[tail:end]):
                return end
            self.cut(tail, end, "byline")
            end = tail
        return end

    def _line_index(self, pos: int) -> int:
        return bisect_right([ln.start for ln in self.lines], pos) - 1

    # captions and photo credits -----------------------------------------------------------------------------

    def _captions(self, end: int) -> None:
        """Cut photo credits, and the captions they close when a caption names nothing the story does not and
        reports no meeting (a caption may be the only report of one: "Sáng 30/5, Thủ tướng đã hội đàm với
        ...")."""
        t, p = self.t, self.p
        found: list[tuple[int, int, int]] = []  # caption start (-1: none), credit start, credit end
        for m in p.credit.finditer(t, 0, end):
            if m.group("label") and m.start() and t[m.start() - 1].isalnum():
                continue
            if m.group("plabel"):
                if not m.group("pbody") and " " not in m.group("plabel").strip():
                    continue
                stop = _match_end(p.credit_tail, t, m.end(), end)
                found.append((self._caption_start(m.start(), stop, end), m.start(), stop))
            elif m.group("colon"):
                credit_end = self._credit_end(m.end(), end)
                if credit_end is not None:
                    closes = m.group("label") in p.caption_labels
                    cap = self._caption_start(m.start(), credit_end, end) if closes else -1
                    found.append((cap, m.start(), credit_end))
            elif " " in m.group("label") and t[m.end():m.end() + 1] in ("", ".", ")", "\n"):
                found.append((-1, m.start(), m.end() + (t[m.end():m.end() + 1] == ".")))
        if not found:
            return
        for i in range(1, len(found)):
            cap, c_start, c_end = found[i]
            if 0 <= cap < found[i - 1][2]:
                found[i] = (found[i - 1][2] if found[i - 1][2] < c_start else -1, c_start, c_end)
        context = self._context_words(found, end)
        for cap, c_start, c_end in found:
            if cap >= 0 and not p.connective.match(t, cap) and self._repeats(cap, c_start, context) \
                    and not p.meeting.search(t, cap, c_start):
                self.cut(cap, c_start, "caption")
            elif cap >= 0:
                self.kept_captions.append((cap, c_start))
            self.cut(c_start, c_end, "photo-credit")

    def _credit_end(self, pos: int, end: int) -> int | None:
        """Where a credit such as "Doãn Tấn/TTXVN" or "VGP/Quang Hiếu" that starts at ``pos`` ends."""
        t, p = self.t, self.p
        while pos < end and t[pos] == " ":
            pos += 1
        i, taken, stop = pos, 0, None
        after_sep = True
        while taken < 6:
            m = p.credit_token.match(t, i, end)
            if m is None:
                break
            word = m.group()
            if taken and not after_sep and (_next_is_small(t, m.end(), end) or (
                    word in p.openers and not p.credit_sep.match(t, m.end(), end))):
                break
            taken += 1
            stop = m.end()
            s = p.credit_sep.match(t, stop, end)
            if s is not None:
                after_sep = True
                i = s.end()
                continue
            if _ACRONYM.fullmatch(word) or word in p.agencies:
                break
            if t[stop:stop + 1] != " " or t[stop + 1:stop + 2] == " ":
                break
            after_sep = False
            i = stop + 1
        if stop is None:
            return None
        if taken == 1 and _next_is_small(t, stop, end):
            # a credit that reads as a phrase ("Tổng cục Thống kê", "Tư liệu", "Quốc phòng Việt Nam"):
            # to its full stop when that is near, else over small words and names until a sentence starts
            phrase = _PHRASE_END.search(t, stop, min(end, stop + _PHRASE_MAX))
            if phrase is not None or end - stop <= _PHRASE_MAX:
                stop = phrase.start() if phrase is not None else end
            else:
                stop = _match_end(_PHRASE_WORDS, t, stop, end)
        return _match_end(p.credit_tail, t, stop, end)

    def _caption_start(self, c_start: int, c_end: int, end: int) -> int:
        """Where the caption closed by the credit at ``c_start`` starts; -1 when there is none: the credit
        does not follow a finished sentence, stands at the start of a line or at the end of the story."""
        t, p = self.t, self.p
        if not _CONTENT.search(t, c_end, end):
            return -1
        cap_end = c_start
        while cap_end > 0 and t[cap_end - 1] == " ":
            cap_end -= 1
        dashed = cap_end > 0 and t[cap_end - 1] in "-–—"
        while cap_end > 0 and t[cap_end - 1] in " -–—|":
            cap_end -= 1
        line_start = t.rfind("\n", 0, cap_end) + 1
        if cap_end <= line_start or not (dashed or t[cap_end - 1] in _TERMINATORS):
            return -1
        window = max(line_start, cap_end - _CAPTION_MAX)
        start = window
        for m in p.boundary.finditer(t, window, cap_end - 1):
            if not p.abbreviation.search(t, max(window, m.start() - 6), m.start()):
                start = m.end()
        if start == window and window > line_start:
            return -1
        if start == line_start and line_start > 1 and t[line_start] in _LOWER \
                and t[line_start - 2] not in _TERMINATORS:
            prev = t.rfind("\n", 0, line_start - 1) + 1
            if cap_end - prev <= _CAPTION_MAX:
                start = prev
        for s, e, _ in self.cuts:
            if s < cap_end and e > start:
                start = max(start, e)
        while start < cap_end and t[start] == " ":
            start += 1
        return start if start < cap_end else -1

    def _context_words(self, found: list[tuple[int, int, int]], end: int) -> set[str]:
        """The capitalised words of the story outside captions, credits and cuts, as :func:`_key`\\ s."""
        t = self.t
        holes = sorted([(c if c >= 0 else s, e) for c, s, e in found] + [(s, e) for s, e, _ in self.cuts])
        seen: set[str] = set()
        pos = 0
        for s, e in holes + [(end, end)]:
            if s > pos:
                seen.update(self.p.capword.findall(t, pos, min(s, end)))
            pos = max(pos, e)
            if pos >= end:
                break
        return {_key(w) for w in seen}

    def _repeats(self, start: int, end: int, context: set[str]) -> bool:
        """Whether the caption ``t[start:end]`` names nothing the story does not: every capitalised word
        but the first is in the story, spelt the same but for accents or one letter (one slip in 8)."""
        names = {_key(w) for w in self.p.capword.findall(self.t, start, end)[1:]}
        unseen = [w for w in names if w not in context and not any(_near(w, c) for c in context)]
        return len(unseen) <= len(names) // 8


def _match_end(pattern: re.Pattern[str], t: str, pos: int, end: int) -> int:
    """Where ``pattern`` (one that may match nothing) matched at ``pos`` ends."""
    m = pattern.match(t, pos, end)
    return m.end() if m is not None else pos


def _next_is_small(t: str, pos: int, end: int) -> bool:
    """Whether the word after ``pos`` starts with a small letter or a digit (a sentence going on)."""
    if t[pos:pos + 1] != " " or pos + 1 >= end:
        return False
    nxt = t[pos + 1]
    return nxt in _LOWER or nxt.isdigit()


_ACCENTS = re.compile(f"[{_COMBINING}]")


@cache
def _key(word: str) -> str:
    """``word`` without accents, in small letters: "Hernández" and "Hernandez" are one name."""
    return _ACCENTS.sub("", unicodedata.normalize("NFD", word)).replace("đ", "d").replace("Đ", "d").lower()


def _near(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter at most (one changed, added or dropped); words of fewer
    than four letters must be the same ("Võ" is not a slip for "Và")."""
    if abs(len(a) - len(b)) > 1 or a[:1] != b[:1] or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _in_url(t: str, pos: int) -> bool:
    start = max(t.rfind(" ", 0, pos), t.rfind("\n", 0, pos)) + 1
    token = t[start:pos]
    return "://" in token or token.startswith("www.")


def _iso_date(m: re.Match[str]) -> str | None:
    """The date a metadata match names, as ``YYYY-MM`` or ``YYYY-MM-DD``; None when it is no date."""
    if m.group("y1"):
        y, mo, d = m.group("y1"), m.group("m1"), m.group("d1")
    else:
        y, mo, d = m.group("y2"), m.group("m2"), m.group("d2")
    if not 1 <= int(mo) <= 12 or (d and not 1 <= int(d) <= 31):
        return None
    out = f"{int(y):04d}-{int(mo):02d}"
    return out + f"-{int(d):02d}" if d else out


def _clip(cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cuts in order, each clipped where an earlier one already covers it."""
    out: list[tuple[int, int, str]] = []
    for s, e, reason in sorted(cuts, key=lambda c: (c[0], -c[1])):
        if out and s < out[-1][1]:
            s = out[-1][1]
        if e > s:
            out.append((s, e, reason))
    return out


# -- clean ---------------------------------------------------------------------------------------------------

def clean(doc: Document) -> Document:
    """Needs: ``original``. Adds: ``text``, ``offsets``, ``cuts``, the ``captions`` layer (photo captions kept
    because they name someone the story does not); ``published`` (with
    ``published_source="text-metadata"``) when none was given and the text opens with a date header."""
    t, base = _normalize(doc.original)
    cutter = _Cutter(t)
    cutter.run()
    b = TextBuilder()
    pos = 0
    records = []
    for s, e, reason in _clip(cutter.cuts):
        _keep(b, t, base, pos, s)
        o_start, o_end = (s, e) if base is None else base.map.span(s, e)
        records.append(Cut(o_start, o_end, reason, doc.original[o_start:o_end]))
        pos = e
    _keep(b, t, base, pos, len(t))
    built, omap = b.build()
    text, final = _rewrite(built, _Base(omap), _TIDY, _fix_space)
    doc.text = text
    doc.offsets = final.map if final is not None else OffsetMap([])
    doc.cuts = records
    kept = [(s, e) if base is None else base.map.span(s, e) for s, e in cutter.kept_captions]
    doc.add_layer("captions", [Span(s, e, "caption", doc.original[s:e]) for s, e in kept])
    if doc.published is None and cutter.published is not None:
        doc.published = cutter.published
        doc.published_source = "text-metadata"
    return doc
