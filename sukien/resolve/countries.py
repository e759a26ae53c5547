"""Countries, international organisations and the places that stand for them, found in Vietnamese text.

The names come from ``lexicons/countries.tsv`` (name, ISO 3166 alpha-3 code or ``IGO``, kind) and are all
matched at once by one compiled pattern built as a trie, longest name first, on whole syllables: "Nga" never
matches inside "Ngân", and "Lào Cai" (a Vietnamese province) wins over "Lào". The syllables of a name may be
joined by spaces or hyphens ("Ả Rập Xê-út", "Ả-Rập Xê-út"); a name glued by a hyphen to a capitalised name
is still a name ("Nga-Mỹ"), but not one followed by a lower-case syllable ("Phi" in "Phi-líp-pin"). Old tone
placement ("Cộng hoà") matches the modern entries ("Cộng hòa").

Case: a syllable capitalised in the lexicon must be capitalised in the text ("Hòa Bình" the province, not
"hòa bình" peace), an all-capitals one must be all capitals ("UN", "LHQ"); lower-case syllables match either
case.

Names that are also words or name syllables ("Nga", "Đức", "Anh", "Mỹ", "Ý", "Hà Lan", "Huế") are listed in
``lexicons/country_guards.tsv`` as *ambiguous*. Such a name is not a country when

1. a capitalised name syllable stands right before it: "Nguyễn Đức Chung", "Tuấn Anh", "Thúy Nga" (a
   capitalised word opening the sentence that is a *cue* word, "Phía Nga", "Tại Đức", does not count);
2. a *not_after* word stands right before it: "bà Nga", "chị Anh", "huyện Nga Sơn", "phường Mỹ Đình";
3. a capitalised syllable follows it and no lower-case word, or only a *cue* word ("của", "và"), precedes
   it: "Mỹ Tâm" at the start of a sentence, "của Đức Chinh"; but "Tổng thống Nga Putin", "Thủ tướng Đức
   Angela Merkel" are countries.

*Strict* names ("Anh", "Ý", "Áo": also the pronoun "Anh", "Ý kiến") opening a sentence are countries only
when a comma, semicolon, full stop, a dash or "và" follows them ("Anh, Pháp và Đức ..."); "Anh cho biết" is
the pronoun. After a *language* word ("tiếng Anh") no name is a country. Phrases that merely contain a
country name ("Thái Bình Dương", "Đức Phật", "Vụ Pháp chế") are *block* entries: they win the longest match
and are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from sukien._errors import LexiconError
from sukien._text import LOWER
from sukien.lexicons import table, trie_pattern

_LEXICON = "countries.tsv"
_GUARDS = "country_guards.tsv"
_KINDS = frozenset({"country", "alias", "igo", "capital", "city", "province", "block"})
_GUARD_RULES = frozenset({"ambiguous", "strict", "not_after", "language", "cue"})
_CODE = re.compile(r"[A-Z]{3}")
_SPLIT = re.compile(r"\s*[-–]\s*|\s+|(?<=\.)(?=\w)")
_JOINER = r"(?:\s*[-–]\s*|\s+|(?<=\.)(?=\w))"  # "St. Petersburg", "St.Petersburg"
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(rf"(?<![qQ])([oO][aAeE]|[uU][yY])([{_TONES}])(?![\w\u0300-\u036f])")
_NEW_TONE = re.compile(
    rf"(?<![qQ])([oO]|[uU])([{_TONES}])((?<=[oO].)[aAeE]|(?<=[uU].)[yY])(?![\w\u0300-\u036f])")
_PREV_WORD = re.compile(r"([^\W\d_]+)[^\S\n]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;…\n]|[\"“”'‘(\[«])[\s\"“”'‘(\[«]*$")
_STRICT_FOLLOW = re.compile(r"\s*(?:[,;.)]|[-–—]|và(?!\w))")
_NEXT_SYLLABLE = re.compile(r"[^\S\n]+([^\W\d_])")


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country, international organisation or place standing for one, as printed in the text."""

    start: int
    end: int
    text: str
    code: str
    kind: str


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    code: str
    kind: str
    syllables: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Guards:
    ambiguous: frozenset[str]
    strict: frozenset[str]
    not_after: frozenset[str]
    language: frozenset[str]
    cue: frozenset[str]


def modern_tones(text: str) -> str:
    """``text`` in NFC with modern tone placement on oa, oe, uy ending a syllable (hoà → hòa, thuỷ → thủy).

    The length in code points is unchanged, so offsets stay valid."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONE.sub(lambda m: m[1][0] + m[2] + m[1][1], decomposed))


def _old_tones(text: str) -> str:
    return unicodedata.normalize("NFC", _NEW_TONE.sub(r"\1\3\2", unicodedata.normalize("NFD", text)))


def _key(name: str) -> str:
    """A name's lookup key: NFC, modern tones, case-folded, syllables joined by single spaces."""
    return " ".join(s for s in _SPLIT.split(modern_tones(name).casefold()) if s)


@cache
def _entries() -> dict[str, _Entry]:
    entries: dict[str, _Entry] = {}
    for name, code, kind in table(_LEXICON, 3):
        if kind not in _KINDS:
            raise LexiconError(f"lexicon {_LEXICON}: {name!r} has an unknown kind {kind!r}")
        if (kind == "block") != (code == "-") or (code not in ("-", "IGO") and not _CODE.fullmatch(code)):
            raise LexiconError(f"lexicon {_LEXICON}: {name!r} has a malformed code {code!r} ({kind})")
        key = _key(name)
        old = entries.get(key)
        if old is not None and old.code != code:
            raise LexiconError(f"lexicon {_LEXICON}: {name!r} is listed with codes {old.code} and {code}")
        syllables = tuple(s for s in _SPLIT.split(modern_tones(name)) if s)
        if old is None:
            entries[key] = _Entry(name, code, kind, syllables)
        else:
            looser = tuple(b if b[:1].islower() else a for a, b in zip(old.syllables, syllables, strict=True))
            entries[key] = _Entry(old.name, code, old.kind, looser)
    return entries


@cache
def _guards() -> _Guards:
    sets: dict[str, set[str]] = {rule: set() for rule in _GUARD_RULES}
    for rule, word in table(_GUARDS, 2):
        if rule not in _GUARD_RULES:
            raise LexiconError(f"lexicon {_GUARDS}: unknown rule {rule!r}")
        sets[rule].add(_key(word) if rule in ("ambiguous", "strict") else word.casefold())
    unknown = (sets["ambiguous"] | sets["strict"]) - set(_entries())
    if unknown:
        raise LexiconError(f"lexicon {_GUARDS}: {sorted(unknown)[0]!r} is not a name in {_LEXICON}")
    return _Guards(*(frozenset(sets[r]) for r in ("ambiguous", "strict", "not_after", "language", "cue")))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns: names written capitalised, tried only where a capital letter or a digit opens a word (the
    bulk, and fast), and the few written in lower case ("châu Mỹ")."""
    capital: set[str] = set()
    lower: set[str] = set()
    for key, entry in _entries().items():
        keys = capital if not entry.name[:1].islower() else lower
        keys.update((key, _old_tones(key)))
    end = rf"(?!\w)(?![-–](?-i:[{LOWER}]))"
    return (re.compile(rf"(?<!\w)(?=(?-i:[^\W_{LOWER}]))(?:{trie_pattern(capital, _JOINER)}){end}", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{trie_pattern(lower, _JOINER)}){end}", re.IGNORECASE))


def _matches(text: str) -> list[re.Match[str]]:
    """The leftmost-longest matches of both patterns, without overlaps."""
    capital, lower = _patterns()
    found = list(capital.finditer(text))
    extra = list(lower.finditer(text))
    if not extra:
        return found
    out: list[re.Match[str]] = []
    for m in sorted(found + extra, key=lambda m: (m.start(), -m.end())):
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _case_ok(entry: _Entry, printed: str) -> bool:
    """Every capitalised syllable of the entry is capitalised in print, an all-capitals one all capitals."""
    for want, got in zip(entry.syllables, (s for s in _SPLIT.split(printed) if s), strict=False):
        if want[:1].isupper() and not got[:1].isupper():
            return False
        if len(want) > 1 and want.isupper() and not got.isupper():
            return False
    return True


def _at_sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_START.search(text, max(0, start - 8), start) is not None


def _accepted(text: str, start: int, end: int, key: str, guards: _Guards) -> bool:
    """Whether the name at text[start:end] names the country here, by the guards of the module docstring."""
    prev = _PREV_WORD.search(text, max(0, start - 30), start)
    prev_word = prev.group(1) if prev else ""
    if prev_word.casefold() in guards.language:
        return False
    if key not in guards.ambiguous:
        return True
    if prev is not None and not prev_word.isupper():
        two = _PREV_WORD.search(text, max(0, prev.start() - 30), prev.start())
        pair = f"{two.group(1)} {prev_word}".casefold() if two else ""
        if prev_word.casefold() in guards.not_after or pair in guards.not_after:
            return False
        if prev_word[0].isupper() and not (
            prev_word.casefold() in guards.cue and _at_sentence_start(text, prev.start(1))
        ):
            return False
    lower_before = prev is not None and prev_word[0].islower()
    nxt = _NEXT_SYLLABLE.match(text, end)
    after_cue = prev_word.casefold() in guards.cue
    if nxt is not None and nxt.group(1).isupper() and (not lower_before or after_cue):
        return False
    if key in guards.strict and not lower_before and _at_sentence_start(text, start):
        return _STRICT_FOLLOW.match(text, end) is not None
    return True


def find_countries(text: str) -> list[CountryMention]:
    """Every country, international organisation, capital, city or province named in ``text``, in order.

    ``text`` is NFC (old tone placement is matched too); offsets are into ``text``."""
    entries, guards = _entries(), _guards()
    out = []
    for m in _matches(text):
        printed = m.group()
        key = _key(printed)
        entry = entries.get(key)
        if entry is None or entry.kind == "block" or not _case_ok(entry, printed):
            continue
        if _accepted(text, m.start(), m.end(), key, guards):
            out.append(CountryMention(m.start(), m.end(), printed, entry.code, entry.kind))
    return out


def country_code(name: str) -> str | None:
    """The ISO 3166 alpha-3 code (or ``IGO``) of a name in the lexicon, ignoring case; None if not listed."""
    entry = _entries().get(_key(name.strip()))
    return None if entry is None or entry.kind == "block" else entry.code


@cache
def country_name(code: str) -> str | None:
    """The usual Vietnamese name of the country ``code`` stands for (the lexicon's row of kind "country"), or
    None."""
    return next((e.name for e in _entries().values() if e.code == code and e.kind == "country"), None)
