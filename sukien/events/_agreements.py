"""The parties of signed documents named as "giữa A và B": the organisations that signed when no person did.

"... ký 4 văn kiện: Thỏa thuận ... giữa Chính phủ Việt Nam và Chính phủ Lào; Kế hoạch hợp tác giữa Bộ Giáo dục
và Đào tạo Việt Nam và Bộ Giáo dục và Thể thao Lào" gives two signings, one per "giữa" clause. Organisation
names are cut where a new organisation head starts after "và", "với" or a comma, so "Bộ Giáo dục và Đào tạo"
stays whole. Works on text alone: no tagger.
"""

from __future__ import annotations

import re
from functools import cache

from sukien.actors._lexicon import actor_lexicon
from sukien.lexicons import alternation
from sukien.record import Participant
from sukien.resolve.countries import find_countries

VIETNAM = "VNM"
_BETWEEN = re.compile(r"(?<!\w)giữa\s+")
_CLAUSE_END = re.compile(r"[;.:]|\s(?:giữa|về|nhằm|để|trong|trị giá|với tổng)\s|\s\(|"
                         r"\s(?:năm|giai đoạn|nhiệm kỳ|từ năm)\s+\d")
_TRAIL = re.compile(r"(?:\s*,\s*(?:và)?|\s+(?:và|với|cùng))?\s*$")
_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+(?:và|với|cùng)\s+)")
_PLACE_KINDS = ("city", "capital", "province")
_PAIR = re.compile(r"(?:hai|2)\s+")
_BRACKETED = re.compile(r"\s\(([^()]{1,40})\)")


def agreement_parties(text: str, start: int, end: int, foreign: str | None = None) -> list[list[Participant]]:
    """For every "giữa A và B[, C...]" clause in ``text[start:end]``, the organisations or local authorities it
    names as parties ("giữa tỉnh Lào Cai và tỉnh Brest"), each with its country (printed in its name or, for
    the last, in brackets after it; else that of the party listed after it, else Việt Nam for the first party
    and the article's main ``foreign`` country for a later one), when they are of two countries at least."""
    out = []
    for m in _BETWEEN.finditer(text, start, end):
        stop = _CLAUSE_END.search(text, m.end(), end)
        bracket = _BRACKETED.match(text, stop.start()) if stop else None
        last = _country(bracket.group(1), local=False) if bracket else None
        parties = _shared_head(text, m.end(), stop.start() if stop else end) \
            or _split(text, m.end(), stop.start() if stop else end, foreign, last)
        if len(parties) >= 2 and len({p.country for p in parties}) >= 2:
            out.append(parties)
    return out


def _shared_head(text: str, start: int, end: int) -> list[Participant]:
    """The parties of "hai Chính phủ Việt Nam và Tây Ban Nha": one head shared by the countries named after it,
    each party named by the head and its country; [] for any other wording."""
    pair = _PAIR.match(text, start, end)
    head = actor_lexicon().org_heads.match(text, pair.end(), end) if pair else None
    if head is None:
        return []
    named = [c for c in find_countries(text[head.end():end]) if c.kind in ("country", "alias")]
    rest = text[head.end():end]
    for c in reversed(named):
        rest = rest[:c.start] + rest[c.end:]
    if len(named) < 2 or _JOIN.sub("", rest).strip():
        return []
    return [Participant(name=f"{head.group()} {c.text}", kind="org", country=c.code, org=f"{head.group()} {c.text}",
                        start=head.end() + c.start, end=head.end() + c.end, country_rule="agreement-party")
            for c in named]


def _starts_party(text: str, pos: int) -> bool:
    """An organisation head ("Bộ", "Chính phủ") or a locality word before a name ("tỉnh Brest") starts here."""
    lex = actor_lexicon()
    if lex.org_heads.match(text, pos) and text[pos:pos + 1].isupper():
        return True
    locality = _locality().match(text, pos)
    return locality is not None and text[locality.end():locality.end() + 1].isupper()


@cache
def _locality() -> re.Pattern[str]:
    return re.compile(alternation(actor_lexicon().localities) + r"\s+")


def _split(text: str, start: int, end: int, foreign: str | None, last: str | None = None) -> list[Participant]:
    """The parties of ``text[start:end]``: a new one starts at a head ("Bộ", "Chính phủ", "tỉnh") after a
    joiner. ``last``: the country printed in brackets after the last party ("Tập đoàn Sumitomo (Nhật Bản)"), its
    own only."""
    if not _starts_party(text, start):
        return []
    cuts = [start]
    for j in _JOIN.finditer(text, start, end):
        if _starts_party(text, j.end()):
            cuts.append(j.end())
    names: list[tuple[int, int]] = []
    for a, b in zip(cuts, [*cuts[1:], end], strict=False):
        stretch = _TRAIL.sub("", text[a:b])
        names.append((a, a + len(stretch)))
    countries = [_country(text[a:b], local=_locality().match(text, a) is not None) for a, b in names]
    if last and countries[-1] is None:
        countries[-1] = last
        countries[1:-1] = [c or VIETNAM for c in countries[1:-1]]
    for i in range(len(countries) - 2, -1, -1):
        if countries[i] is None and i > 0:
            countries[i] = countries[i + 1]
    if countries and countries[0] is None:
        countries[0] = VIETNAM
    if foreign and foreign != VIETNAM and set(countries) <= {VIETNAM, None}:
        countries = [foreign if c is None else c for c in countries]
    return [Participant(name=text[a:b], kind="org", country=c, org=text[a:b], start=a, end=b,
                        country_rule="agreement-party") for (a, b), c in zip(names, countries, strict=True)
            if c is not None]


def _country(name: str, local: bool) -> str | None:
    """The country a party's name prints; for a local authority, also that of its city or province."""
    found = [c for c in find_countries(name) if local or c.kind not in _PLACE_KINDS]
    return found[-1].code if found else None
