"""Dates: the date expressions of a cleaned article, resolved, and the date of the event a sentence states.

Vietnamese puts the day before the month: "Chiều 16/4" is 16 April, "10-1" is 10 January, never October.
:func:`find_dates` finds every expression in text order and resolves it:

- a day with its year ("10/1/2024", "ngày 10 tháng 1 năm 2024") as printed (rule ``explicit``);
- a day without one ("Chiều 16/4", "sáng 10-1", "ngày 10.1", "từ ngày 4 - 6/3", "23-27.12") in the year
  that puts it at or just before the publication date (``year-from-published``), else in the year of a full
  date the story gave before it (``year-from-story``), else as ``--MM-DD`` (``no-year``);
- months ("tháng 5/2017", "tháng Năm") and years ("năm 2020");
- relative words of ``lexicons/dates_relative.tsv``: "chiều nay", "hôm qua" count from the publication date,
  "chiều cùng ngày", "hôm sau", "trước đó" from the last event date the story named;
- weekdays ("hôm thứ Ba") count back from the publication date.

A bare day/month (10/1, 10-1, 10.1) is a date only after a cue (a part of the day, "ngày", "hôm", "từ", a
weekday, a relative word), in parentheses ("(8/2)", "(TTXVN 22/5)") or in a dateline ("Hà Nội, 22/5 -");
"2/3 số", "2-3 lần", "số 10/2017/NĐ-CP", lunar days ("mùng 10/1") and version numbers are not dates.

:func:`date_for` gives the date of the event a sentence states. Background is never carried from one
sentence to the next: anniversary spans "(7/5/1954 - 7/5/2024)", full dates in parentheses, a day in
parentheses that does not restate the date just before it ("Quốc khánh Belarus (3/7)", not "hôm nay
(8/2)"), dates in years before the publication, bare years after it (a target: "đến năm 2020"), plans
("sẽ", "ngày 20/5 tới"), bare years and months.
Every word list is data in ``lexicons/dates_words.tsv`` and ``lexicons/dates_relative.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from sukien._errors import LexiconError
from sukien.lexicons import alternation, table

__all__ = ["DateMention", "date_for", "dated_in_the_past", "find_dates", "long_before"]

_WORDS = "dates_words.tsv"
_RELATIVE = "dates_relative.tsv"
_WORD_KINDS = ("part", "cue", "weekday", "weekshift", "month", "unit", "lunar", "docno", "future", "vague",
               "opener", "break", "quantity", "past_mark", "amends")
_ANCHORS = {"published": ("published", "previous"), "previous": ("previous", "published"),
            "previous-only": ("previous",)}
_UNITS = ("day", "week", "month", "year")
_PARTS = ("required", "optional", "none")
_SLACK = timedelta(days=7)
_PLAN_SLACK = timedelta(days=120)
_SPAN_MAX = timedelta(days=93)
_NEWS_AGE = timedelta(days=365)  # news is at most this old when published (the date may be a crawl's)
_LEAP = 2000
_LOOKBACK = 48

# How specific a mention is: a sentence's own date is its most specific mention, the first on a tie.
_DAY, _RELATIVE_DAY, _PREVIOUS_DAY, _WEEKDAY, _WEEK, _MONTH, _YEAR = range(7)
_EVENT_LEVELS = (_DAY, _RELATIVE_DAY, _PREVIOUS_DAY, _WEEKDAY, _WEEK)
_LEVEL_OF_UNIT = {"week": _WEEK, "month": _MONTH, "year": _YEAR}

Parts = tuple[int | None, int | None, int | None]
_NONE: Parts = (None, None, None)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: where it stands in the text, as printed, resolved, and by which rule."""

    start: int
    end: int
    raw: str
    value: str | None
    end_value: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class _Found:
    """A mention with what resolution and :func:`date_for` need: its level, its first and last day as
    (year, month, day), its story, whether later sentences may carry it, whether it is background."""

    mention: DateMention
    level: int
    first: Parts
    last: Parts
    story: int
    carried: bool
    background: bool
    full: bool


@dataclass(frozen=True, slots=True)
class _Relative:
    anchor: str
    unit: str
    offset: int
    part: str


@dataclass(frozen=True, slots=True)
class _Lexicon:
    pattern: re.Pattern[str]
    cue: re.Pattern[str]
    paren: re.Pattern[str]
    dateline: re.Pattern[str]
    after_unit: re.Pattern[str]
    lunar_before: re.Pattern[str]
    lunar_after: re.Pattern[str]
    docno: re.Pattern[str]
    future_before: re.Pattern[str]
    future_after: re.Pattern[str]
    vague: re.Pattern[str]
    quantity: re.Pattern[str]
    openers: tuple[tuple[re.Pattern[str], str], ...]
    breaks: re.Pattern[str]
    past_mark: re.Pattern[str]
    past_before: re.Pattern[str]
    past_opening: re.Pattern[str]
    amends: re.Pattern[str]
    relative: dict[str, _Relative]
    weekdays: dict[str, int]
    weekshift: dict[str, str]
    months: dict[str, int]


# ---------------------------------------------------------------- lexicons


def _fold(phrase: str) -> str:
    return " ".join(phrase.split()).casefold()


def _kinds() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for phrase, kind, value in table(_WORDS, 3):
        out.setdefault(kind, {})[phrase] = value
    for kind in _WORD_KINDS:
        if kind not in out:
            raise LexiconError(f"lexicon {_WORDS}: no rows of kind {kind!r}")
    return out


def _relatives() -> dict[str, _Relative]:
    out = {}
    for phrase, anchor, unit, offset, part in table(_RELATIVE, 5):
        if anchor not in _ANCHORS or unit not in _UNITS or part not in _PARTS \
                or not re.fullmatch(r"-?\d+", offset):
            raise LexiconError(f"lexicon {_RELATIVE}: bad row {phrase!r}")
        out[_fold(phrase)] = _Relative(anchor, unit, int(offset), part)
    return out


def _with(kinds: dict[str, dict[str, str]], kind: str, value: str) -> list[str]:
    return [p for p, v in kinds[kind].items() if v == value]


def _pattern(kinds: dict[str, dict[str, str]], relative: dict[str, _Relative]) -> re.Pattern[str]:
    """One pattern for every form; each alternative leaves its own named groups."""
    parts = alternation(kinds["part"])
    day = r"\d{1,2}"

    def dm(g: str) -> str:
        return rf"(?P<{g}d>{day})(?P<{g}s>[/.-])(?P<{g}m>{day})(?:(?P={g}s)(?P<{g}y>\d{{4}}))?"

    link = r"\s*(?:[-–—,]|(?<=\s)(?:đến|tới|và))\s*(?:ngày\s+)?"
    numeric = (rf"(?<![\w/.,:-])(?:"
               rf"(?P<rd>{day})(?:(?P<rs>[/.-])(?P<rm>{day})(?:(?P=rs)(?P<ry>\d{{4}}))?)?{link}{dm('e')}"
               rf"|{dm('s')}"
               rf"|(?P<wd>{day})\s+tháng\s+(?P<wm>{day})(?:\s*,?\s*năm\s+(?P<wy>\d{{4}}))?"
               rf")(?!\w|[/.,-]\d)")
    month = (rf"(?<!\d\s)(?:[Tt]háng\s+(?P<mm>{day})|(?P<mw>{alternation(kinds['month'])}))"
             rf"(?:\s*(?:/|-|,?\s*năm\s+)(?P<my>\d{{4}}))?(?!\w|[/.-]\d)")
    year = r"[Nn]ăm\s+(?P<yy>(?:19|20)\d{2})(?!\w|[/.-]\d)"
    date_ahead = rf"(?!\s*,?\s*\(?\s*(?:{parts}\s+)?(?:ngày\s+)?\d{{1,2}}[/.-]\d)"
    rel = rf"(?:(?P<part>{parts})\s+)?(?P<rel>{alternation(relative)}){date_ahead}"
    prefix = ["hôm", "vào", "ngày"]
    week = (rf"(?P<wpre>{alternation(prefix)}|{parts})\s+(?P<wday>{alternation(kinds['weekday'])})"
            rf"(?:\s+(?P<wshift>{alternation(kinds['weekshift'])}))?(?!\s*[,(]?\s*\d)")
    starts = {w[0] for w in [*kinds["part"], *kinds["month"], *relative, *prefix, "tháng", "năm"]}
    first = "".join(sorted(re.escape(c) for c in {*starts, *(c.upper() for c in starts)}))
    return re.compile(rf"(?<!\w)(?:(?=\d){numeric}|(?=[{first}])(?:{month}|{year}|{rel}|{week}))")


@cache
def _lexicon() -> _Lexicon:
    kinds = _kinds()
    relative = _relatives()
    parts = alternation(kinds["part"])
    needs_part = [p for p, r in relative.items() if r.part == "required"]
    standalone = [*kinds["cue"], *kinds["part"], *kinds["weekday"],
                  *(p for p, r in relative.items() if r.part != "required")]
    cue = rf"(?:{parts}\s+{alternation(needs_part)}|{alternation(standalone)})"
    units = "|".join(re.escape(u) for u in sorted(kinds["unit"], key=len, reverse=True))
    quantity = alternation(kinds["quantity"])
    return _Lexicon(
        pattern=_pattern(kinds, relative),
        cue=re.compile(rf"(?:{cue}\s*,?\s*)*{cue}\s*[,(]?\s*$"),
        paren=re.compile(r"\((?:\s*[A-ZĐ][\w.&/-]*){0,3}\s*$"),
        dateline=re.compile(r"(?:^|\n)[ \t\-–—]*[A-ZĐ][^\n,():;.]{1,40},\s*(?:ngày\s+)?$"),
        after_unit=re.compile(rf"\s*(?:{units})(?!\w|\s+(?:\d{{4}}|nay|ngoái))"),
        lunar_before=re.compile(rf"{alternation(_with(kinds, 'lunar', 'before'))}\s*$"),
        lunar_after=re.compile(rf"\s*\)?\s*{alternation(_with(kinds, 'lunar', 'after'), fold_first=False)}"),
        docno=re.compile(rf"{alternation(kinds['docno'])}\s*$"),
        future_before=re.compile(alternation(_with(kinds, "future", "before"))),
        future_after=re.compile(rf"\s*{alternation(_with(kinds, 'future', 'after'))}(?!\s*(?:nay|\d))"),
        vague=re.compile(rf"(?:^|,)\W*{alternation(kinds['vague'])}", re.IGNORECASE),
        quantity=re.compile(rf"(?:(?<!\w)\d+|{quantity})\s+(?:(?:ngày|tuần|tháng|năm)\s+)?$", re.IGNORECASE),
        openers=tuple((re.compile(r"^\W*" + alternation([p]), re.IGNORECASE), v)
                      for p, v in kinds["opener"].items()),
        breaks=re.compile(rf"\./\.|\n[ \t]*{alternation(kinds['break'])}", re.IGNORECASE),
        past_mark=re.compile(rf"\s*{alternation(_with(kinds, 'past_mark', 'after'))}"),
        past_before=re.compile(rf"{alternation(_with(kinds, 'past_mark', 'before'))}\s*$", re.IGNORECASE),
        past_opening=re.compile(rf"\W*{alternation(_with(kinds, 'past_mark', 'after'))}", re.IGNORECASE),
        amends=re.compile(alternation(kinds["amends"]), re.IGNORECASE),
        relative=relative,
        weekdays={_fold(p): int(v) for p, v in kinds["weekday"].items()},
        weekshift={_fold(p): v for p, v in kinds["weekshift"].items()},
        months={_fold(p): int(v) for p, v in kinds["month"].items()},
    )


# ---------------------------------------------------------------- values


def _parse_published(published: str | None) -> Parts:
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", published or "")
    if not m:
        return _NONE
    y, mo, d = (int(g) if g else None for g in m.groups())
    if mo is None or not 1 <= mo <= 12:
        return (y, None, None)
    if d is None or _valid(y, mo, d) is None:
        return (y, mo, None)
    return (y, mo, d)


def _valid(y: int | None, m: int, d: int) -> date | None:
    """The day, in a leap year when the year is unknown; None when there is no such day."""
    try:
        return date(_LEAP if y is None else y, m, d)
    except ValueError:
        return None


def _as_date(p: Parts) -> date | None:
    y, m, d = p
    return _valid(y, m, d) if y is not None and m is not None and d is not None else None


def _format(p: Parts) -> str | None:
    y, m, d = p
    if y is None:
        return f"--{m:02d}-{d:02d}" if m is not None and d is not None else None
    if m is None:
        return f"{y:04d}"
    return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"


def _latest(p: Parts) -> date | None:
    """The last day a partial date can stand for."""
    y, m, d = p
    if y is None:
        return None
    if m is None:
        return date(y, 12, 31)
    if d is None:
        return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    return date(y, m, d)


def _year_near_published(m: int, d: int, published: date, planned: bool) -> int | None:
    """The year that puts the day at or before the publication date, or a little after (longer for plans)."""
    limit = published + (_PLAN_SLACK if planned else _SLACK)
    days = [c for y in (published.year - 1, published.year, published.year + 1) if (c := _valid(y, m, d))]
    behind = [c for c in days if c <= limit]
    return max(behind).year if behind else None


def _year_near(m: int, d: int, near: date) -> int | None:
    days = [c for y in (near.year - 1, near.year, near.year + 1) if (c := _valid(y, m, d))]
    return min(days, key=lambda c: abs((c - near).days)).year if days else None


def _shift(p: Parts, days: int) -> Parts | None:
    y, m, d = p
    base = _valid(y, m, d) if m is not None and d is not None else None
    if base is None:
        return None
    moved = base + timedelta(days=days)
    if y is None and moved.year != _LEAP:
        return None
    return (None if y is None else moved.year, moved.month, moved.day)


def _span_value(first: Parts, last: Parts) -> Parts | None:
    """What a span says of one day inside it: its month, or its year, when the span stays inside one."""
    if first[0] is None or first[0] != last[0]:
        return None
    return (first[0], first[1], None) if first[1] == last[1] else (first[0], None, None)


# ---------------------------------------------------------------- scanning


@dataclass(slots=True)
class _State:
    text: str
    published: Parts
    stories: list[int]
    found: list[_Found]

    def story(self, offset: int) -> int:
        return bisect_right(self.stories, offset) - 1

    def previous(self, story: int) -> _Found | None:
        """The last event date named before, in the same story."""
        for f in reversed(self.found):
            if f.story != story:
                return None
            if f.carried:
                return f
        return None

    def story_date(self, story: int) -> date | None:
        """The last full date (with its year) named before, in the same story."""
        for f in reversed(self.found):
            if f.story != story:
                return None
            if f.full and not f.background:
                return _as_date(f.first)
        return None


def _story_starts(text: str, lex: _Lexicon) -> list[int]:
    return [0] + [m.end() if m.group(0) == "./." else m.start() + 1 for m in lex.breaks.finditer(text)]


def _sentence_left(text: str, start: int) -> str:
    left = text[max(0, start - 300):start]
    cut = max(left.rfind("\n"), *(left.rfind(p) for p in (". ", "! ", "? ")))
    return left[cut + 1:]


def _planned(state: _State, lex: _Lexicon, start: int, end: int) -> bool:
    """A plan: "sẽ", "dự kiến" earlier in the sentence, or "tới" right after the date."""
    text = state.text
    return bool(lex.future_before.search(_sentence_left(text, start))
                or lex.future_after.match(text[end:end + 16]))


def _cued(state: _State, lex: _Lexicon, m: re.Match[str]) -> int | None:
    """Where the cue that makes a bare day/month a date starts; the match start when the cue is a link to
    the date before ("ngày 2/2 và 3/2"), parentheses or a dateline; None when nothing cues it."""
    text, s = state.text, m.start()
    left = text[max(0, s - _LOOKBACK):s]
    cue = lex.cue.search(left)
    if cue:
        return s - len(left) + cue.start()
    if state.found and state.found[-1].mention.end <= s \
            and re.fullmatch(r"\s*(?:[-–—,]|và|đến|tới)\s*(?:ngày\s+)?", text[state.found[-1].mention.end:s]):
        return s
    right = text[m.end():m.end() + 4]
    if lex.paren.search(left) and re.match(r"\s*\)", right):
        return s
    if lex.dateline.search(left) and re.match(r"\s*[-–—(]", right):
        return s
    return None


def _numeric(state: _State, lex: _Lexicon, m: re.Match[str]) -> _Found | None:
    text = state.text
    if m.group("rd"):
        groups = ((m.group("ry"), m.group("rm") or m.group("em"), m.group("rd")),
                  (m.group("ey"), m.group("em"), m.group("ed")))
    elif m.group("sd"):
        groups = ((m.group("sy"), m.group("sm"), m.group("sd")),) * 2
    else:
        groups = ((m.group("wy"), m.group("wm"), m.group("wd")),) * 2
    (fy, fm, fd), (ly, lm, ld) = ((int(y) if y else None, int(mo), int(d)) for y, mo, d in groups)
    if fy is None and ly is not None:
        fy = ly if (fm, fd) <= (lm, ld) else ly - 1
    if _valid(fy, fm, fd) is None or _valid(ly, lm, ld) is None:
        return None
    left = text[max(0, m.start() - _LOOKBACK):m.start()]
    right = text[m.end():m.end() + 24]
    if lex.lunar_before.search(left) or lex.lunar_after.match(right):
        return None
    full = ly is not None
    cue = _cued(state, lex, m)
    if full and (lex.docno.search(left) or re.match(r"/[^\W\d]", right)):
        return None
    if not full and (cue is None or lex.after_unit.match(right) or re.match(r"\s*[-–]\s*\d", right)):
        return None
    start = m.start() if cue is None else cue
    end = m.end() + (1 if "(" in text[start:m.start()] and right.startswith(")") else 0)
    return _days(state, lex, start, end, (fy, fm, fd), (ly, lm, ld))


def _days(state: _State, lex: _Lexicon, start: int, end: int, first: tuple[int | None, int, int],
          last: tuple[int | None, int, int]) -> _Found | None:
    """A day or a span of days, its year resolved when the text gave none."""
    (fy, fm, fd), (ly, lm, ld) = first, last
    text = state.text
    story = state.story(start)
    planned = _planned(state, lex, start, end)
    published = _latest(state.published)
    full = ly is not None
    wraps = (lm, ld) < (fm, fd)
    if full:
        rule = "explicit"
    elif published is not None:
        fy = _year_near_published(fm, fd, published, planned)
        ly = None if fy is None else fy + wraps
        rule = "year-from-published"
    elif (near := state.story_date(story)) is not None:
        fy = _year_near(fm, fd, near)
        ly = None if fy is None else fy + wraps
        rule = "year-from-story"
    else:
        rule = "no-year"
    first_day, last_day = _valid(fy, fm, fd), _valid(ly, lm, ld)
    if first_day is None or last_day is None or last_day < first_day:
        return None
    in_parens = "(" in text[max(0, start - 2):start] and text[end:end + 2].lstrip().startswith(")")
    old = full and published is not None and (ly or 0) < published.year - 1
    restated = bool(state.found) and 0 <= start - state.found[-1].mention.end <= 3
    background = last_day - first_day > _SPAN_MAX or old or (in_parens and (full or not restated))
    if published is not None and fy is not None and first_day > published + _SLACK:
        planned = True
    one, two = (fy, fm, fd), (ly, lm, ld)
    end_value = _format(two) if two != one else None
    mention = DateMention(start, end, text[start:end], _format(one), end_value, rule)
    return _Found(mention, _DAY, one, two, story, not (background or planned), background, full)


def _month(state: _State, lex: _Lexicon, m: re.Match[str]) -> _Found:
    text, start, end = state.text, m.start(), m.end()
    mo = int(m.group("mm")) if m.group("mm") else lex.months[_fold(m.group("mw"))]
    story = state.story(start)
    published = _latest(state.published)
    y: int | None = None
    if m.group("my"):
        y, rule = int(m.group("my")), "explicit"
    elif published is not None:
        y = _year_near_published(mo, 1, published, _planned(state, lex, start, end))
        rule = "year-from-published"
    elif (near := state.story_date(story)) is not None:
        y, rule = _year_near(mo, 1, near), "year-from-story"
    else:
        rule = "no-year"
    parts: Parts = (y, mo, None)
    old = y is not None and published is not None and y < published.year - 1
    mention = DateMention(start, end, text[start:end], _format(parts) if y is not None else None, None, rule)
    return _Found(mention, _MONTH, parts, parts, story, False, old, False)


def _year(state: _State, m: re.Match[str]) -> _Found:
    y = int(m.group("yy"))
    published = _latest(state.published)
    old = published is not None and not published.year - 1 <= y <= published.year
    parts: Parts = (y, None, None)
    mention = DateMention(m.start(), m.end(), m.group(0), _format(parts), None, "explicit")
    return _Found(mention, _YEAR, parts, parts, state.story(m.start()), False, old, False)


def _relative(state: _State, lex: _Lexicon, m: re.Match[str]) -> _Found | None:
    text, start, end = state.text, m.start(), m.end()
    rel = lex.relative[_fold(m.group("rel"))]
    if (rel.part == "required" and not m.group("part")) or (rel.part == "none" and m.group("part")):
        return None
    if lex.quantity.search(text[max(0, start - 16):start]):
        return None
    story = state.story(start)
    raw = text[start:end]
    first: Parts | None = None
    source = ""
    prev = state.previous(story)
    for source in _ANCHORS[rel.anchor]:
        if source == "published" and state.published[0] is not None:
            first = _apply(rel, state.published, state.published)
            break
        if source == "previous" and prev is not None:
            first = _apply(rel, prev.first, prev.last)
            break
    else:
        source = ""
    if not source:
        rule = f"unanchored:{_fold(raw)}"
    elif source == "previous" and rel.unit == "day" and rel.offset == 0:
        rule = "same-day-as-previous"
    else:
        rule = f"relative-to-{source}:{_fold(raw)}"
    level = _LEVEL_OF_UNIT.get(rel.unit, _RELATIVE_DAY if rel.anchor == "published" else _PREVIOUS_DAY)
    value = _format(first) if first else None
    parts = first or _NONE
    mention = DateMention(start, end, raw, value, None, rule)
    carried = level in _EVENT_LEVELS and value is not None
    return _Found(mention, level, parts, parts, story, carried, False, False)


def _apply(rel: _Relative, base: Parts, base_last: Parts) -> Parts | None:
    """The relative word counted from ``base`` (a span from ``base`` to ``base_last``)."""
    y, m, d = base
    if rel.unit == "day":
        if base_last != base:
            return _span_value(base, base_last) if rel.offset == 0 else None
        if d is None:
            return base if y is not None else None
        return _shift(base, rel.offset)
    if y is None:
        return None
    if rel.unit == "year":
        return (y + rel.offset, None, None)
    if m is None:
        return None
    if rel.unit == "month":
        index = y * 12 + (m - 1) + rel.offset
        return (index // 12, index % 12 + 1, None)
    day = _as_date(base)
    if day is None:
        return None
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=rel.offset)
    sunday = min(monday + timedelta(days=6), day) if rel.offset == 0 else monday + timedelta(days=6)
    return _span_value((monday.year, monday.month, monday.day), (sunday.year, sunday.month, sunday.day))


def _weekday(state: _State, lex: _Lexicon, m: re.Match[str]) -> _Found | None:
    text, start, end = state.text, m.start(), m.end()
    word = m.group("wday")
    ordinal = word.split()
    if _fold(m.group("wpre")) == "ngày" and _fold(ordinal[0]) == "thứ" and not ordinal[-1][0].isupper():
        return None
    story = state.story(start)
    weekday = lex.weekdays[_fold(word)] - 1
    shift = lex.weekshift[_fold(m.group("wshift"))] if m.group("wshift") else "last"
    anchor, source = _as_date(state.published), "published"
    if anchor is None:
        prev = state.previous(story)
        anchor, source = (_as_date(prev.first), "previous") if prev is not None else (None, "")
    parts = _NONE
    if anchor is not None:
        if shift.startswith("week:"):
            monday = anchor - timedelta(days=anchor.weekday())
            day = monday + timedelta(weeks=int(shift.removeprefix("week:")), days=weekday)
        elif shift == "next":
            day = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
        else:
            day = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
        parts = (day.year, day.month, day.day)
    raw = text[start:end]
    rule = f"weekday-from-{source}:{_fold(raw)}" if anchor is not None else f"unanchored:{_fold(raw)}"
    mention = DateMention(start, end, raw, _format(parts), None, rule)
    carried = shift != "next" and anchor is not None
    return _Found(mention, _WEEKDAY, parts, parts, story, carried, False, False)


def _matches(state: _State, lex: _Lexicon) -> Iterator[_Found]:
    pos = 0
    text = state.text
    while (m := lex.pattern.search(text, pos)) is not None:
        found: _Found | None
        if m.group("rd") or m.group("sd") or m.group("wd"):
            found = _numeric(state, lex, m)
        elif m.group("mm") or m.group("mw"):
            found = _month(state, lex, m)
        elif m.group("yy"):
            found = _year(state, m)
        elif m.group("rel"):
            found = _relative(state, lex, m)
        else:
            found = _weekday(state, lex, m)
        if found is None:
            pos = m.start() + 1
            continue
        pos = max(m.end(), found.mention.end)
        yield found


@lru_cache(maxsize=16)
def _scan(text: str, published: str | None, uncarried: tuple[tuple[int, int], ...] = ()
          ) -> tuple[tuple[_Found, ...], tuple[int, ...]]:
    """Every date mention of ``text``; those inside the ``uncarried`` stretches, and relative ones inside quoted
    speech ("“Ngày hôm nay có rất đông các nhà đầu tư...”"), are no date of the story for later sentences or
    relative words."""
    lex = _lexicon()
    state = _State(text, _parse_published(published), _story_starts(text, lex), [])
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for found in _matches(state, lex):
        if found.carried and (any(a <= found.mention.start < b for a, b in uncarried) or (
                found.mention.rule.startswith("relative") and any(a < found.mention.start < b for a, b in quoted))):
            found = replace(found, carried=False)
        state.found.append(found)
    return tuple(state.found), tuple(state.stories)


_QUOTED = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"")  # speech: its "hôm nay" dates nothing after it


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """All date expressions in ``text`` in text order, resolved. ``published``: the publication date, ISO
    ('2024-01-10') or partial ('2024-01', '2024'), or None; a value that is none of these counts as None."""
    return [f.mention for f in _scan(text, published)[0]]


_OPENING_REACH = 40  # characters of a stretch read for the day it opens with


def opens_with_day(text: str, start: int) -> bool:
    """Whether the stretch of ``text`` at ``start`` opens with the day of a date ("Sáng 30/5, theo giờ Hoa
    Kỳ, ..."), after blanks: a photo caption that does is told like the story's other sentences."""
    lead = len(text) - len(text[start:].lstrip())  # the first non-blank character at or after start
    snippet, lex = text[lead:lead + _OPENING_REACH], _lexicon()
    first = next(_matches(_State(snippet, _NONE, _story_starts(snippet, lex), []), lex), None)  # not _scan's cache
    return first is not None and first.mention.start == 0 and first.level == _DAY


# ---------------------------------------------------------------- the date of an event


_FOLLOWING_REACH = 400  # characters after a dateless lead within which its date may be stated


def _carry(f: _Found, how: str) -> DateMention | None:
    """The mention as another sentence's date: a span gives only its month (or year)."""
    m = f.mention
    if m.end_value is None:
        return replace(m, rule=f"{how}:{m.rule}")
    parts = _span_value(f.first, f.last)
    if parts is None:
        return None
    return replace(m, value=_format(parts), end_value=None, rule=f"{how}-span:{m.rule}")


def _agrees(day: Parts, coarse: Parts) -> bool:
    """The carried day falls in the month or year the sentence names."""
    return all(c is None or c == d for d, c in zip(day, coarse, strict=True))


def _opener(lex: _Lexicon, sentence: str) -> str | None:
    for pattern, how in lex.openers:
        if pattern.match(sentence):
            return how
    return None


def date_for(text: str, published: str | None, start: int, end: int,
             uncarried: tuple[tuple[int, int], ...] = ()) -> DateMention | None:
    """The date of the event stated by the sentence ``text[start:end]``.

    In order: the sentence's own date (its most specific mention that is not background, the first on a
    tie); the last event date the story named before the sentence (a multi-day span gives only its month;
    a month or year the sentence names wins when the carried day is not inside it); for a headline or lead
    that comes before any date, the first event date in the next few sentences after it that is not marked
    as past ("ngày 19/6 vừa qua"); else None. A
    sentence that says the time is unstated ("vừa qua", "mới đây") or starts a parallel thread ("Trong khi
    đó") carries nothing; one about a
    whole visit ("Trong thời gian ở thăm") carries only the month of a visit span. Relative words resolve
    against the publication date or the last date named. A mention from outside the sentence keeps its
    expression and offsets; its rule starts with ``carried`` or ``following``. Dates inside the ``uncarried``
    stretches (photo captions, which often show another day) are never carried to another sentence nor count
    for its relative words.
    """
    lex = _lexicon()
    found, stories = _scan(text, published, uncarried)
    story = bisect_right(stories, start) - 1
    inside = [f for f in found if start <= f.mention.start and f.mention.end <= end and not f.background]
    best = min(inside, key=lambda f: (f.mention.value is None, f.level, f.mention.start), default=None)
    if best is not None and best.level in _EVENT_LEVELS:
        return best.mention
    own = best.mention if best is not None else None
    sentence = text[start:end]
    opener = _opener(lex, sentence)
    if opener == "none" or lex.vague.search(sentence):
        return own
    carried = [f for f in found if f.carried]
    before = [f for f in carried if f.story == story and f.mention.end <= start]
    if opener == "span":
        spans = before[-1:] if before and before[-1].mention.end_value is not None else []
        return (_carry(spans[0], "carried") if spans else None) or own
    if before and (best is None or _agrees(before[-1].first, best.first)):
        return _carry(before[-1], "carried")
    if own is not None:
        return own
    after = next((f for f in carried if f.story == story and end <= f.mention.start <= end + _FOLLOWING_REACH
                  and not lex.past_mark.match(text, f.mention.end)), None)
    return _carry(after, "following") if after is not None else None


def dated_in_the_past(text: str, published: str | None, start: int, word: int, end: int,
                      uncarried: tuple[tuple[int, int], ...] = (), signing: bool = False) -> bool:
    """The sentence ``text[start:end]``, whose event word starts at ``word``, dates what it reports in the past
    only: by bare years before its word, each before the year of publication ("Khi ông Obama đến Saudi Arabia
    năm 2016, ..."), or, for a ``signing``, by dates of past years only anywhere in it ("Hai bên đã ký Tuyên bố
    chung ... năm 2005", unless what is signed amends or carries out an older text); or by a date more than a
    year before publication and no current one ("Ngày 1-3-2001, Việt Nam và Nga ký ...", "... tiếp đoàn
    Romania, ngày 27/2/1978"), or by a month before the month of publication marked past, or in a sentence
    that opens with a past mark, and no other date ("Tại cuộc gặp ... hồi cuối tháng 5 vừa qua", "Trước đó,
    trong cuộc gặp ... vào cuối tháng 4"): background. ``uncarried`` as for :func:`date_for` (passing
    the same stretches reuses its scan of the text)."""
    pub = _latest(_parse_published(published))
    if pub is None:
        return False
    found = _scan(text, published, uncarried)[0]
    if signing and not _lexicon().amends.search(text, word, end):
        dated = [f for f in found if start <= f.mention.start and f.mention.end <= end]
        if dated and all(f.mention.rule == "explicit" and (f.first[0] or pub.year) < pub.year for f in dated):
            return True
    before = [f for f in found if start <= f.mention.start and f.mention.end <= word]
    years = [f for f in before if f.level == _YEAR]
    if years and all(f.level == _YEAR or f.background for f in before) \
            and all((f.first[0] or pub.year) < pub.year for f in years):
        return True
    inside = [f for f in found if start <= f.mention.start and f.mention.end <= end]
    opens_past = _lexicon().past_opening.match(text, start) is not None  # "Trước đó, trong cuộc gặp ..."
    past_month = [f for f in inside if f.level == _MONTH and f.first[0] is not None and f.first[1] is not None
                  and (f.first[0], f.first[1]) < (pub.year, pub.month)
                  and (opens_past or _marked_past(text, f.mention))]
    if past_month and all(f.background or f in past_month or f.mention.value is None or f.level == _PREVIOUS_DAY
                          for f in inside):  # "Trước đó, trong cuộc gặp ... tháng 1/2017 vừa qua"
        return True
    old = [f for f in inside if (f.full or f.mention.rule == "explicit" and f.level != _YEAR)
           and long_before(_format(f.last), published)]
    return bool(old) and all(f.background or f in old for f in inside)


def _marked_past(text: str, mention: DateMention) -> bool:
    """A past mark right after the date or right before it ("tháng 5 vừa qua", "hồi tháng 4-2017")."""
    lex = _lexicon()
    return lex.past_mark.match(text, mention.end) is not None \
        or lex.past_before.search(text, max(0, mention.start - _LOOKBACK), mention.start) is not None


def long_before(value: str | None, published: str | None) -> bool:
    """The (possibly partial) date ``value`` ends more than a year before the publication date: what an article
    dates so ("tháng 5/2016" in a story of June 2017) is background, not its news. (A year, not less: the
    publication date may be when a site copied or a crawler fetched the story.)"""
    pub = _latest(_parse_published(published))
    if value is None or pub is None:
        return False
    latest = _latest(_parse_published(value))
    return latest is not None and latest < pub - _NEWS_AGE
