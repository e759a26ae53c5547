"""PLOVER contexts: the topics an article attaches to a meeting or a signing.

Cue words and phrases come from ``lexicons/contexts.tsv``; each maps to one or
more contexts, or to none ("-") where a phrase only looks like a cue ("môi
trường hòa bình", "Chủ tịch Quốc hội") or names a broad field with no context
("chính trị", "văn hóa"). All cues are matched at once by one compiled
pattern, longest phrase first, on whole words, ignoring case and letting the
words of a phrase be joined by spaces, hyphens, dashes, commas or slashes
("quốc phòng - an ninh", "phòng, chống").

A *field* cue (the name of a broad field: "kinh tế", "quốc phòng", "y tế")
standing in a list of three fields or more ("trên các lĩnh vực chính trị, kinh
tế, quốc phòng, an ninh, văn hóa") describes the relationship, not the
meeting, and is not counted; a *topic* cue ("ma túy", "Biển Đông") always is.

An event's contexts are the cues of the stretch of text that reports it: from
the start of its sentence to the start of the next event's sentence (or to the
end of the article), because official reports set out the topics of a meeting
in the paragraphs that follow the sentence stating it. A signing takes the
topics of the document signed when its sentence names them; the first event
also takes those of the title and lead; of several events stated by one
sentence, each takes the remarks about its own counterpart.

Measured against the gold annotations of shared/gold (tests/resolve/test_contexts.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from sukien._errors import LexiconError
from sukien.lexicons import table, trie_pattern

_LEXICON = "contexts.tsv"
_NONE = "-"
_KINDS = ("topic", "field")
_NAME = re.compile(r"[a-z_]+")
_JOINER = r"(?:\s*[-–—,/]\s*|\s+)"
_END = ""
_LIST_MIN = 3
_ITEM_WORDS = 8
_LIST_BREAK = re.compile(r"[.;:!?()\[\]\n…“”\"]")
_ITEM_SPLIT = re.compile(r"[,/–—-]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“\[(]?[^\W\d_])|\n+")
_CONJUNCTION = re.compile(  # words that join list items, dropped from the ends of an item
    r"^(?:(?:và|cùng|cũng như|hoặc|hay|các)(?!\w)\s*)+|(?:(?<!\w)(?:và|cũng như|hoặc|hay)\s*)+$")
_Trie = dict[str, "_Trie"]


@dataclass(frozen=True, slots=True)
class ContextCue:
    """One cue in the text: the context it signals and the words as printed."""

    context: str
    start: int
    end: int
    cue: str


@dataclass(frozen=True, slots=True)
class _Entry:
    contexts: tuple[str, ...]
    field: bool


@dataclass(frozen=True, slots=True)
class _Term:
    start: int
    end: int
    entry: _Entry


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, _Entry]]:
    """The compiled pattern of every cue, and each cue's entry keyed by its folded words."""
    entries: dict[str, _Entry] = {}
    for phrase, labels, kind in table(_LEXICON, 3):
        names = () if labels == _NONE else tuple(dict.fromkeys(x.strip() for x in labels.split(",")))
        bad = [n for n in names if not _NAME.fullmatch(n)]
        if bad:
            raise LexiconError(f"lexicon {_LEXICON}: cue {phrase!r} has a malformed context {bad[0]!r}")
        if kind not in _KINDS:
            raise LexiconError(f"lexicon {_LEXICON}: cue {phrase!r} has kind {kind!r}, not one of {_KINDS}")
        key, entry = _fold(phrase), _Entry(names, kind == "field")
        if entries.get(key, entry) != entry:
            raise LexiconError(f"lexicon {_LEXICON}: cue {phrase!r} is listed twice, differently")
        entries[key] = entry
    pattern = re.compile(r"(?<!\w)" + trie_pattern(sorted(entries), _JOINER) + r"(?!\w)", re.IGNORECASE)
    return pattern, entries


def _fold(words: str) -> str:
    """A cue's key: lower case, its words joined by single spaces, punctuation between them dropped."""
    return " ".join(w for w in re.split(r"[\s,/–—-]+", words.lower()) if w)


def _gap_items(gap: str) -> int | None:
    """How many unnamed list items stand between two cues, or None when the gap is not part of a list."""
    if _LIST_BREAK.search(gap):
        return None
    chunks = [_CONJUNCTION.sub("", c.strip()) for c in _ITEM_SPLIT.split(gap)]
    items = [c for c in chunks if c]
    if (len(chunks) == 1 and items) or any(len(c.split()) > _ITEM_WORDS for c in items):
        return None
    return len(items)


def _listed(text: str, terms: list[_Term]) -> set[int]:
    """Indices of the field terms that stand in a list of at least ``_LIST_MIN`` items: distinct fields
    ("kinh tế, thương mại và đầu tư" is one, economic) and unnamed items between them."""
    out: set[int] = set()
    runs: list[tuple[list[int], int]] = []
    run: list[int] = []
    unnamed = 0
    for i, term in enumerate(terms):
        extra = _gap_items(text[terms[i - 1].end:term.start]) if run else None
        if extra is None:
            runs.append((run, unnamed))
            run, unnamed = [], 0
        else:
            unnamed += extra
        run.append(i)
    runs.append((run, unnamed))
    for members, unnamed in runs:
        kinds = {terms[j].entry.contexts or (_fold(text[terms[j].start:terms[j].end]),) for j in members}
        if len(kinds) + unnamed >= _LIST_MIN:
            out.update(j for j in members if terms[j].entry.field)
    return out


@lru_cache(maxsize=16)
def _cues(text: str) -> tuple[ContextCue, ...]:
    pattern, entries = _lexicon()
    terms = [_Term(m.start(), m.end(), entries[_fold(m.group())]) for m in pattern.finditer(text)]
    skip = _listed(text, terms)
    return tuple(
        ContextCue(name, t.start, t.end, text[t.start:t.end])
        for i, t in enumerate(terms) if i not in skip
        for name in t.entry.contexts
    )


def find_cues(text: str) -> list[ContextCue]:
    """The context cues of ``text`` that count, in order: every topic cue, and every field cue that does
    not stand in a list of fields; a cue of several contexts gives one item each."""
    return list(_cues(text))


def contexts_for(
    text: str,
    start: int,
    end: int,
    *,
    next_event_start: int | None = None,
    signing: bool = False,
    first: bool = False,
    focus: Sequence[str] = (),
    others: Sequence[str] = (),
) -> tuple[list[str], list[ContextCue]]:
    """The contexts of the event stated by the sentence ``text[start:end]``.

    The region read runs from ``start`` to ``next_event_start`` when that lies past the sentence, else to
    the end of ``text``: official reports set out what a meeting dealt with in the remarks that follow
    the sentence stating it.

    - ``signing``: the event is a signing, whose contexts are those of the document signed, named in its
      own sentence ("ký Bản ghi nhớ về hợp tác phòng, chống tội phạm"); only when that sentence names
      none is the region read.
    - ``first``: the article's first event, which its title and lead sum up: the text before the
      sentence counts too.
    - ``focus`` and ``others``: when one sentence states several events, one per counterpart ("gặp Tổng
      thống A, Thủ tướng B và Tổng Giám đốc C"), the names (short names, organisations, countries, as
      printed) of this event's counterpart and of the others; the sentences after it then count from one
      that names the counterpart until one that names another alone.

    Returns the contexts in the order their first cue appears, and the cues that support them.
    """
    cues = _cues(text)
    if signing:
        own = [c for c in cues if start <= c.start and c.end <= end]
        if own:
            return list(dict.fromkeys(c.context for c in own)), own
    stop = next_event_start if next_event_start is not None and next_event_start >= end else len(text)
    begin = 0 if first else start
    spans = [(begin, stop)]
    if focus and others:
        spans = [(begin, end), *_own_sentences(text, end, stop, focus, others)]
    found = [c for c in cues if any(a <= c.start and c.end <= b for a, b in spans)]
    return list(dict.fromkeys(c.context for c in found)), found


def _own_sentences(
    text: str, start: int, stop: int, focus: Sequence[str], others: Sequence[str]
) -> list[tuple[int, int]]:
    """The sentences of ``text[start:stop]`` about the focused counterpart: those naming it, or none of the
    counterparts, after one that names it; and those naming it together with another."""
    ours = _names_pattern(tuple(focus))
    theirs = _names_pattern(tuple(o for o in others if o not in focus))
    out = []
    owned = True
    pos = start
    bounds = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text, start, stop)] + [(stop, stop)]
    for gap_start, gap_end in bounds:
        a, b = pos, gap_start
        pos = gap_end
        mine, other = bool(ours.search(text, a, b)), bool(theirs.search(text, a, b))
        if mine or other:
            owned = mine
        if owned and b > a:
            out.append((a, b))
    return out


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``names`` as whole words; a pattern that never matches when there are none."""
    alternatives = "|".join(re.escape(n) for n in sorted({n.strip() for n in names if n.strip()}, key=len,
                                                            reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)" if alternatives else r"(?!)")
