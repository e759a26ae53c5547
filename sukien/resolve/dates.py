"""Dates: the date expressions of a cleaned article, resolved, and the date of the event a sentence states.

Vietnamese puts the day before the month: "Chiều 16/4" is 16 April, "10-1" is 10 January, never October.
:func:`find_dates` finds every expression in text order and resolves it:

- a day with its year ("10/1/2024", "ngày 10 tháng 1 năm 2024") as printed (rule ``explicit``);
- a day without one ("Chiều 16/4", "sáng 10-1", "ngày 10.1", "từ ngày 4 - 6/3", "23-27.12") in the year that puts
  it at or just before the publication date (``year-from-published``), else in the year of a full date the story
  gave before it (``year-from-story``), else as ``--MM-DD`` (``no-year``);
- months ("tháng 5/2017", "tháng Năm") and years ("năm 2020");
- relative words from ``lexicons/dates_relative.tsv``: "chiều nay", "hôm qua" count from the publication date,
  "chiều cùng ngày", "hôm sau", "trước đó" from the last event date the story named;
- weekdays ("hôm thứ Ba") count back from the publication date.

A bare day/month (10/1, 10-1, 10.1) is a date only after a cue (a part of the day, "ngày", "hôm", "từ", a
weekday...), in parentheses ("(8/2)", "(TTXVN 22/5)") or in a dateline ("Hà Nội, 22/5 -"); numbers such as
"2/3 số", "2-3 lần", "số 10/2017/NĐ-CP", lunar days ("mùng 10/1") and version numbers are not dates.

:func:`date_for` gives the date of the event a sentence states: the sentence's own date, else the date carried
from the story before it, else (for a headline or lead that comes before any date) the first date after it.
Background is never carried: anniversary spans "(7/5/1954 - 7/5/2024)", dates in years before the publication,
plans ("sẽ", "ngày 20/5 tới"), bare years and months. All word lists are data in ``lexicons/dates_*.tsv``.
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

__all__ = ["DateMention", "date_for", "find_dates"]

_WORDS = "dates_words.tsv"
_RELATIVE = "dates_relative.tsv"
_SLACK = timedelta(days=7)
_PLAN_SLACK = timedelta(days=120)
_SPAN_MAX = timedelta(days=93)
_LEAP = 2000
_LOOKBACK = 48

# How specific a mention is; a sentence's own date is its most specific mention, first in the text on a tie.
_DAY, _RELATIVE_DAY, _PREVIOUS_DAY, _WEEKDAY, _WEEK, _MONTH, _YEAR = range(7)
_CARRIED_LEVELS = (_DAY, _RELATIVE_DAY, _PREVIOUS_DAY, _WEEKDAY, _WEEK)

Parts = tuple[int | None, int | None, int | None]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: where it stands in the text, as printed, resolved, and how."""

    start: int
    end: int
    raw: str
    value: str | None
    end_value: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class _Found:
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
    relative: dict[str, _Relative]
    weekdays: dict[str, int]
    weekshift: dict[str, str]
    months: dict[str, int]


def _fold(phrase: str) -> str:
    return " ".join(phrase.split()).casefold()


def _kinds() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for phrase, kind, value in table(_WORDS, 3):
        out.setdefault(kind, {})[phrase] = value
    for kind in ("part", "cue", "weekday", "weekshift", "month", "unit", "lunar", "docno", "future", "vague",
                 "opener", "break", "quantity"):
        if kind not in out:
            raise LexiconError(f"lexicon {_WORDS}: no rows of kind {kind!r}")
    return out


def _relatives() -> dict[str, _Relative]:
    out = {}
    for phrase, anchor, unit, offset, part in table(_RELATIVE, 5):
        if anchor not in ("published", "previous", "previous-only") or unit not in ("day", "week", "month", "year") \
                or part not in ("required", "optional", "none") or not re.fullmatch(r"-?\d+", offset):
            raise LexiconError(f"lexicon {_RELATIVE}: bad row {phrase!r}")
        out[_fold(phrase)] = _Relative(anchor, unit, int(offset), part)
    return out


def _with(kinds: dict[str, dict[str, str]], kind: str, value: str) -> list[str]:
    return [p for p, v in kinds[kind].items() if v == value]


@cache
def _lexicon() -> _Lexicon:
    kinds = _kinds()
    relative = _relatives()
    parts = alternation(kinds["part"])
    weekday = alternation(kinds["weekday"])
    day = r"\d{1,2}"

    def dm(g: str) -> str:
        return rf"(?P<{g}d>{day})(?P<{g}s>[/.-])(?P<{g}m>{day})(?:(?P={g}s)(?P<{g}y>\d{{4}}))?"

    link = r"\s*(?:[-–—,]|(?<=\s)(?:đến|tới|và))\s*(?:ngày\s+)?"
    numeric = (
        rf"(?<![\w/.,:-])(?:"
        rf"(?P<rd>{day})(?:(?P<rs>[/.-])(?P<rm>{day})(?:(?P=rs)(?P<ry>\d{{4}}))?)?{link}{dm('e')}"
        rf"|{dm('s')}"
        rf"|(?P<wd>{day})\s+tháng\s+(?P<wm>{day})(?:\s*,?\s*năm\s+(?P<wy>\d{{4}}))?"
        rf")(?!\w|[/.,-]\d)"
    )
    months = alternation(kinds["month"])
    month = (rf"(?<!\d\s)(?<!\w)(?:[Tt]háng\s+(?P<mm>{day})|(?P<mw>{months}))"
             rf"(?:\s*(?:/|-|,?\s*năm\s+)(?P<my>\d{{4}}))?(?!\w|[/.-]\d)")
    year = r"(?<!\w)[Nn]ăm\s+(?P<yy>(?:19|20)\d{2})(?!\w|[/.-]\d)"
    date_ahead = rf"(?!\s*,?\s*\(?\s*(?:{parts}\s+)?(?:ngày\s+)?\d{{1,2}}[/.-]\d)"
    rel = (rf"(?<!\w)(?:(?P<part>{parts})\s+)?(?P<rel>{alternation(relative)}){date_ahead}")
    week = (rf"(?<!\w)(?P<wpre>{alternation(['hôm', 'vào', 'ngày'])}|{parts})\s+(?P<wday>{weekday})"
            rf"(?:\s+(?P<wshift>{alternation(kinds['weekshift'])}))?(?!\s*[,(]?\s*\d)")
    starts = {w[0] for w in [*kinds["part"], *kinds["month"], *relative, "hôm", "vào", "ngày", "tháng", "năm"]}
    first = "".join(sorted(re.escape(c) for c in {*starts, *(c.upper() for c in starts)}))
    pattern = re.compile(rf"(?<!\w)(?:(?=\d){numeric}|(?=[{first}])(?:{month}|{year}|{rel}|{week}))")
    needs_part = [p for p, r in relative.items() if r.part == "required"]
    standalone = [*kinds["cue"], *kinds["part"], *kinds["weekday"],
                  *(p for p, r in relative.items() if r.part != "required")]
    cue_words = rf"(?:{parts}\s+{alternation(needs_part)}|{alternation(standalone)})"
    units = alternation(kinds["unit"]).replace(r"(?<!\w)", "", 1)
    opener_re = tuple((re.compile(r"^\W*" + alternation([p]), re.IGNORECASE), v)
                      for p, v in kinds["opener"].items())
    return _Lexicon(
        pattern=pattern,
        cue=re.compile(rf"(?:{cue_words}\s*[,(]?\s*)+$"),
        paren=re.compile(r"\((?:\s*[A-ZĐ][\w.&/-]*){0,3}\s*$"),
        dateline=re.compile(r"(?:^|\n)[ \t\-–—]*[A-ZĐ][^\n,():;.]{1,40},\s*(?:ngày\s+)?$"),
        after_unit=re.compile(rf"\s*(?:{units})(?!\s+(?:\d{{4}}|nay|ngoái))"),
        lunar_before=re.compile(rf"{alternation(_with(kinds, 'lunar', 'before'))}\s*$"),
        lunar_after=re.compile(rf"\s*\)?\s*{alternation(_with(kinds, 'lunar', 'after'), fold_first=False)}"),
        docno=re.compile(rf"{alternation(kinds['docno'])}\s*$"),
        future_before=re.compile(alternation(_with(kinds, "future", "before"), fold_first=True)),
        future_after=re.compile(rf"\s*{alternation(_with(kinds, 'future', 'after'))}(?!\s*(?:nay|\d))"),
        vague=re.compile(rf"(?:^|,)\W*{alternation(kinds['vague'])}", re.IGNORECASE),
        quantity=re.compile(rf"(?:(?<!\w)\d+|{alternation(kinds['quantity'])})\s+(?:(?:ngày|tuần|tháng|năm)\s+)?$",
                            re.IGNORECASE),
        openers=opener_re,
        breaks=re.compile(rf"\./\.|\n[ \t]*{alternation(kinds['break'])}", re.IGNORECASE),
        relative=relative,
        weekdays={_fold(p): int(v) for p, v in kinds["weekday"].items()},
        weekshift={_fold(p): v for p, v in kinds["weekshift"].items()},
        months={_fold(p): int(v) for p, v in kinds["month"].items()},
    )


# ---------------------------------------------------------------- values


def _parse_published(published: str | None) -> Parts:
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", published or "")
    if not m:
        return (None, None, None)
    y, mo, d = (int(g) if g else None for g in m.groups())
    if mo is not None and not 1 <= mo <= 12:
        return (y, None, None)
    if mo is not None and d is not None and _valid(y, mo, d) is None:
        return (y, mo, None)
    return (y, mo, d)


def _valid(y: int | None, m: int, d: int) -> date | None:
    try:
        return date(_LEAP if y is None else y, m, d)
    except ValueError:
        return None


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
        return (date(y + m // 12, m % 12 + 1, 1)) - timedelta(days=1)
    return date(y, m, d)


def _year_near_published(m: int, d: int, published: date, future: bool) -> int | None:
    """The year that puts the day at or before the publication date, or a little after it (longer for plans)."""
    limit = published + (_PLAN_SLACK if future else _SLACK)
    days = [c for y in (published.year - 1, published.year, published.year + 1) if (c := _valid(y, m, d))]
    behind = [c for c in days if c <= limit]
    return max(behind).year if behind else None


def _year_near(m: int, d: int, near: date) -> int | None:
    days = [c for y in (near.year - 1, near.year, near.year + 1) if (c := _valid(y, m, d))]
    return min(days, key=lambda c: abs((c - near).days)).year if days else None


def _shift(p: Parts, days: int) -> Parts | None:
    y, m, d = p
    if m is None or d is None:
        return None
    base = _valid(y, m, d)
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


def _story_starts(text: str, lex: _Lexicon) -> list[int]:
    return [0] + [m.end() if m.group(0) == "./." else m.start() + 1 for m in lex.breaks.finditer(text)]


def _sentence_left(text: str, start: int) -> str:
    left = text[max(0, start - 300):start]
    cut = max(left.rfind("\n"), *(left.rfind(p) for p in (". ", "! ", "? ")))
    return left[cut + 1:]


def _previous(state: _State, story: int) -> _Found | None:
    for f in reversed(state.found):
        if f.story != story:
            return None
        if f.carried:
            return f
    return None


def _story_year(state: _State, story: int) -> date | None:
    for f in reversed(state.found):
        if f.story != story:
            return None
        if f.full and not f.background:
            return _valid(*f.first) if f.first[1] and f.first[2] else None
    return None


def _cued(state: _State, lex: _Lexicon, m: re.Match[str]) -> int | None:
    """Where the cue that makes a bare day/month a date starts (the match start when a link or paren cues it)."""
    text, s = state.text, m.start()
    left = text[max(0, s - _LOOKBACK):s]
    c = lex.cue.search(left)
    if c:
        return s - len(left) + c.start()
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
        first = (m.group("ry"), m.group("rm") or m.group("em"), m.group("rd"))
        last = (m.group("ey"), m.group("em"), m.group("ed"))
    elif m.group("sd"):
        first = last = (m.group("sy"), m.group("sm"), m.group("sd"))
    else:
        first = last = (m.group("wy"), m.group("wm"), m.group("wd"))
    fy, fm, fd = (int(x) if x else None for x in first)
    ly, lm, ld = (int(x) if x else None for x in last)
    assert fm is not None and fd is not None and lm is not None and ld is not None
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
    return _resolve_days(state, lex, start, end, ((fy, fm, fd), (ly, lm, ld)))


def _planned(state: _State, lex: _Lexicon, start: int, end: int) -> bool:
    """A plan: "sẽ", "dự kiến" earlier in the sentence, or "tới" right after the date."""
    text = state.text
    return bool(lex.future_before.search(_sentence_left(text, start)) or lex.future_after.match(text[end:end + 16]))


def _resolve_days(state: _State, lex: _Lexicon, start: int, end: int,
                  span: tuple[Parts, Parts]) -> _Found | None:
    (fy, fm, fd), (ly, lm, ld) = span
    text = state.text
    assert fm is not None and fd is not None and lm is not None and ld is not None
    story = bisect_right(state.stories, start) - 1
    future = _planned(state, lex, start, end)
    published = _latest(state.published)
    in_parens = "(" in text[max(0, start - 2):start] and text[end:end + 2].lstrip().startswith(")")
    full = ly is not None
    if full:
        rule = "explicit"
    elif published is not None:
        y = _year_near_published(fm, fd, published, future)
        fy = ly = y
        if y is not None and (lm, ld) < (fm, fd):
            ly = y + 1
        rule = "year-from-published"
    elif (near := _story_year(state, story)) is not None:
        fy = _year_near(fm, fd, near)
        ly = fy if fy is None or (lm, ld) >= (fm, fd) else fy + 1
        rule = "year-from-story"
    else:
        rule = "no-year"
    first_day, last_day = _valid(fy, fm, fd), _valid(ly, lm, ld)
    if first_day is None or last_day is None or last_day < first_day:
        return None
    long_span = last_day - first_day > _SPAN_MAX
    old = full and published is not None and (ly or 0) < published.year - 1
    if published is not None and fy is not None and first_day > published + _SLACK:
        future = True
    first, last = (fy, fm, fd), (ly, lm, ld)
    mention = DateMention(start, end, text[start:end], _format(first),
                          _format(last) if last != first else None, rule)
    background = long_span or old or (full and in_parens)
    return _Found(mention, _DAY, first, last, story, not (background or future), background, full)


def _month(state: _State, lex: _Lexicon, m: re.Match[str]) -> _Found:
    text, start, end = state.text, m.start(), m.end()
    mo = int(m.group("mm")) if m.group("mm") else lex.months[_fold(m.group("mw"))]
    story = bisect_right(state.stories, start) - 1
    published = _latest(state.published)
    y: int | None
    if m.group("my"):
        y, rule = int(m.group("my")), "explicit"
    elif published is not None:
        y, rule = _year_near_published(mo, 1, published, _planned(state, lex, start, end)), "year-from-published"
    elif (near := _story_year(state, story)) is not None:
        y, rule = _year_near(mo, 1, near), "year-from-story"
    else:
        y, rule = None, "no-year"
    parts: Parts = (y, mo, None)
    value = _format(parts) if y is not None else None
    old = y is not None and published is not None and y < published.year - 1
    return _Found(DateMention(start, end, text[start:end], value, None, rule), _MONTH, parts, parts, story,
                  False, old, False)


def _year(state: _State, m: re.Match[str]) -> _Found:
    y = int(m.group("yy"))
    story = bisect_right(state.stories, m.start()) - 1
    published = _latest(state.published)
    old = published is not None and y < published.year - 1
    parts: Parts = (y, None, None)
    mention = DateMention(m.start(), m.end(), m.group(0), _format(parts), None, "explicit")
    return _Found(mention, _YEAR, parts, parts, story, False, old, False)


def _anchor_day(state: _State, rel: _Relative, story: int) -> tuple[Parts | None, Parts | None, str]:
    """The day a relative word counts from, with the last day of the previous mention when it is a span."""
    prev = _previous(state, story)
    published: Parts = state.published
    order = {"previous": ("previous", "published"), "published": ("published", "previous"),
             "previous-only": ("previous",)}[rel.anchor]
    for source in order:
        if source == "published" and published[0] is not None:
            return published, None, "published"
        if source == "previous" and prev is not None:
            return prev.first, prev.last, "previous"
    return None, None, ""


def _relative(state: _State, lex: _Lexicon, m: re.Match[str]) -> _Found | None:
    text, start, end = state.text, m.start(), m.end()
    phrase = _fold(m.group("rel"))
    rel = lex.relative[phrase]
    if (rel.part == "required" and not m.group("part")) or (rel.part == "none" and m.group("part")):
        return None
    if lex.quantity.search(text[max(0, start - 16):start]):
        return None
    story = bisect_right(state.stories, start) - 1
    raw = text[start:end]
    base, base_last, source = _anchor_day(state, rel, story)
    first: Parts | None = None
    last: Parts | None = None
    if base is not None:
        first, last = _apply(rel, base, base_last)
    level = {"day": _RELATIVE_DAY if rel.anchor == "published" else _PREVIOUS_DAY,
             "week": _WEEK, "month": _MONTH, "year": _YEAR}[rel.unit]
    if not source:
        rule = f"unanchored:{_fold(raw)}"
    elif source == "previous" and rel.unit == "day" and rel.offset == 0:
        rule = "same-day-as-previous"
    else:
        rule = f"relative-to-{source}:{_fold(raw)}"
    value = _format(first) if first else None
    end_value = _format(last) if last and last != first else None
    none: Parts = (None, None, None)
    carried = level in _CARRIED_LEVELS and value is not None
    return _Found(DateMention(start, end, raw, value, end_value, rule), level, first or none,
                  last or first or none, story, carried, False, False)


def _apply(rel: _Relative, base: Parts, base_last: Parts | None) -> tuple[Parts | None, Parts | None]:
    y, m, d = base
    if rel.unit == "day":
        if base_last is not None and base_last != base:
            return (_span_value(base, base_last), None) if rel.offset == 0 else (None, None)
        if d is None:
            return (base, None) if y is not None else (None, None)
        return _shift(base, rel.offset), None
    if y is None:
        return None, None
    if rel.unit == "year":
        return (y + rel.offset, None, None), None
    if rel.unit == "month":
        if m is None:
            return None, None
        index = y * 12 + (m - 1) + rel.offset
        return (index // 12, index % 12 + 1, None), None
    day = _valid(y, m, d) if m is not None and d is not None else None
    if day is None:
        return None, None
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=rel.offset)
    sunday = min(monday + timedelta(days=6), day) if rel.offset == 0 else monday + timedelta(days=6)
    first, last = (monday.year, monday.month, monday.day), (sunday.year, sunday.month, sunday.day)
    return _span_value(first, last), None


def _weekday(state: _State, lex: _Lexicon, m: re.Match[str]) -> _Found | None:
    text, start, end = state.text, m.start(), m.end()
    word = m.group("wday")
    if _fold(m.group("wpre")) == "ngày" and (word[-1].isdigit() or word.split()[-1][0].islower()):
        return None
    story = bisect_right(state.stories, start) - 1
    weekday = lex.weekdays[_fold(word)]
    shift = lex.weekshift[_fold(m.group("wshift"))] if m.group("wshift") else "last"
    base, source = state.published, "published"
    if base[2] is None:
        prev = _previous(state, story)
        base, source = (prev.first, "previous") if prev is not None else ((None, None, None), "")
    anchor = _valid(*base) if base[0] is not None and base[1] is not None and base[2] is not None else None
    parts: Parts = (None, None, None)
    if anchor is not None:
        if shift.startswith("week:"):
            day = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=int(shift[5:]), days=weekday - 1)
        elif shift == "next":
            day = anchor + timedelta(days=(weekday - 1 - anchor.weekday()) % 7 or 7)
        else:
            day = anchor - timedelta(days=(anchor.weekday() - (weekday - 1)) % 7)
        parts = (day.year, day.month, day.day)
    raw = text[start:end]
    rule = f"weekday-before-{source}:{_fold(raw)}" if source else f"unanchored:{_fold(raw)}"
    mention = DateMention(start, end, raw, _format(parts), None, rule)
    return _Found(mention, _WEEKDAY, parts, parts, story, shift != "next", False, False)


def _scan_matches(state: _State, lex: _Lexicon) -> Iterator[_Found]:
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
def _scan(text: str, published: str | None) -> tuple[tuple[_Found, ...], tuple[int, ...]]:
    lex = _lexicon()
    state = _State(text, _parse_published(published), _story_starts(text, lex), [])
    for found in _scan_matches(state, lex):
        state.found.append(found)
    return tuple(state.found), tuple(state.stories)


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """All date expressions in ``text`` in text order, resolved. ``published``: the publication date, ISO
    ('2024-01-10') or partial ('2024-01', '2024'), or None; a value that is none of these counts as None."""
    return [f.mention for f in _scan(text, published)[0]]


# ---------------------------------------------------------------- the date of an event


def _carry(f: _Found, how: str) -> DateMention | None:
    m = f.mention
    if m.value is None or m.end_value is None:
        return replace(m, rule=f"{how}:{m.rule}")
    parts = _span_value(f.first, f.last)
    if parts is None:
        return None
    return replace(m, value=_format(parts), end_value=None, rule=f"{how}-span:{m.rule}")


def _agrees(day: Parts, coarse: Parts) -> bool:
    """The carried day falls in the month or year the sentence names (or the sentence names none)."""
    return all(c is None or c == d for d, c in zip(day, coarse, strict=True))


def _opener(lex: _Lexicon, sentence: str) -> str | None:
    for pattern, how in lex.openers:
        if pattern.match(sentence):
            return how
    return None


def date_for(text: str, published: str | None, start: int, end: int) -> DateMention | None:
    """The date of the event stated by the sentence ``text[start:end]``.

    The sentence's own date (its most specific mention, the first on a tie; not background such as an
    anniversary span or an earlier year), else the last event date the story named before the sentence
    (a multi-day span gives only its month), else, for a headline or lead before any date, the first date after
    it; None when the article states none, or when the sentence says the time is unstated ("vừa qua",
    "mới đây") or starts a parallel thread ("Trong khi đó"). A sentence about a whole visit ("Trong thời
    gian ở thăm") takes only the month of a visit span named before it. Relative words resolve against the
    publication date or the last date named. Returned mentions that were not in the sentence keep the
    expression they come from, with a rule starting ``carried`` or ``following``.
    """
    lex = _lexicon()
    found, stories = _scan(text, published)
    story = bisect_right(stories, start) - 1
    inside = [f for f in found if start <= f.mention.start and f.mention.end <= end and not f.background]
    best = min(inside, key=lambda f: (f.mention.value is None, f.level, f.mention.start), default=None)
    if best is not None and best.level in _CARRIED_LEVELS:
        return best.mention
    sentence = text[start:end]
    own = best.mention if best is not None else None
    opener = _opener(lex, sentence)
    if opener == "none" or lex.vague.search(sentence):
        return own
    before = [f for f in found if f.story == story and f.mention.end <= start and f.carried]
    if opener == "span":
        if before and before[-1].mention.end_value is not None:
            return _carry(before[-1], "carried") or own
        return own
    if before and (best is None or _agrees(before[-1].first, best.first)):
        return _carry(before[-1], "carried")
    if own is not None:
        return own
    after = next((f for f in found if f.story == story and f.mention.start >= end and f.carried), None)
    return _carry(after, "following") if after is not None else None
