"""What an article says about its people, and the country of each participant, with the rule that gave it.

The :class:`Registry` learns from every mention of the article: full names (so "Cận Bình" is "Tập Cận Bình"),
countries from offices, who holds an office. :func:`participant` resolves a mention's country: its office, the
same name elsewhere, its delegation, a Vietnamese name, or the article's main foreign country, in that order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from sukien._text import fold_words as fold
from sukien.actors import Mention
from sukien.actors._lexicon import actor_lexicon, foreign_spelling, vietnamese_name
from sukien.document import Document
from sukien.events._candidates import Candidate
from sukien.lexicons import alternation, table, words
from sukien.record import Participant
from sukien.resolve.countries import find_countries

VIETNAM = "VNM"
_PLACE_KINDS = ("city", "capital", "province")
_DELEGATION = re.compile(r"(?:[Đđ]oàn|phái đoàn)(?!\w)")
_HEAD_TITLE = re.compile(r"[Tt]rưởng\s+$")
_CLAUSE_END = re.compile(r"[;.]|\bsang thăm\b|\bđang\b")
_WITH_DELEGATION = re.compile(r"(?:và|cùng)\s+(?:các\s+thành\s+viên\s+(?:trong\s+|của\s+)?)?(?:[Đđ]oàn)")
_OFFICIAL_HONORIFIC = re.compile(r"(?:[Đđ]ồng chí|[Nn]gài|Samdech)\s*$")
_LEADS = re.compile(r"\s*(?:\([^)]{0,80}\)\s*)?(?:,[^,.;]{0,80},\s*)?(?:làm [Tt]rưởng [Đđ]oàn|dẫn đầu)")
_LED_BY = re.compile(r"\bdo\s+(?:ông|bà|ngài|đồng chí)?\s*$")
_APPOSITIVE = re.compile(r",(?:(?!\s(?:và|đã|đang|sẽ|với|cùng|tại|do)\s)[^;.\n]){4,140}?"
                         r"(?=\s(?:và|đã|đang|sẽ|với|cùng|tại)\s|[;.\n]|$)")
# "đặc phái viên Lee Hae-chan của tân Tổng thống Hàn Quốc Moon Jae-in": an envoy is of his sender's country.
_SENT_BY = re.compile(r"\s+của\s+(?:(?:tân|cựu)\s+)?")
_STATE_STYLE = re.compile(r"\s(?:Cộng hòa|Vương quốc|Liên bang|nước|Nhà nước)(?!\w)")
_ABBREVIATION = re.compile(r"[A-ZĐ0-9&.\-]+")


@dataclass
class Registry:
    """What the document says about each person, learnt from every mention: countries and full names."""

    countries: dict[str, tuple[str, str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    people: list[Mention] = field(default_factory=list)
    offices: set[str] = field(default_factory=set)
    leaders: list[Mention] = field(default_factory=list)
    read: set[int] = field(default_factory=set)  # starts of sentences read only for an office's holder

    def learn(self, mentions: list[Mention], text: str, *, countries: bool = True) -> None:
        """Learn from the mentions of one sentence of ``text``; its people's countries only when ``countries``
        (a sentence that reports a meeting or names a delegation's head: elsewhere an office is read less
        surely)."""
        for m in mentions:
            if m.kind != "person":
                continue
            led_by = _LED_BY.search(text, max(0, m.phrase_start - 12), m.phrase_start)
            if _LEADS.match(text, m.phrase_end) or led_by:
                self.leaders.append(m)
            led = _led_delegation_country(text, m) if led_by and m.country is None else None
            if led is not None:
                self.countries.setdefault(m.name, (led, "delegation"))
            self.names.setdefault(fold(m.name), m.name)
            self.people.append(m)
            if m.office:
                self.offices.add(fold(m.name))
            if countries and m.country and m.name not in self.countries:
                self.countries[m.name] = (m.country, m.country_rule or "office")

    def most_named(self) -> list[Mention]:
        """One mention of each person the article names, the most often named first (the protagonist of a story
        of a visit: "Tại buổi hội kiến với X, hai bên ..." is his meeting)."""
        named = [(self.canonical(m.name), m) for m in self.people]
        first: dict[str, Mention] = {}
        for name, m in named:
            first.setdefault(name, m)
        return [first[name] for name, _ in Counter(name for name, _ in named).most_common()]

    def canonical(self, name: str) -> str:
        """The fullest spelling of ``name`` the article uses ("Cận Bình" → "Tập Cận Bình", "J. Widodo" →
        "Joko Widodo", "N.Modi" → "Narendra Modi", "Lazo Hernandez" → "Esteban Lazo Hernández", "Mauricio Macr i"
        → "Mauricio Macri")."""
        short = fold(name.replace(".", " ")).split()
        if not short:
            return name
        glued = "".join(short)
        respaced = next((full for key, full in self.names.items() if key.replace(" ", "") == glued
                         and len(key.split()) < len(short)), None)
        if respaced is not None:
            return respaced
        if not vietnamese_name(name):
            for key, full in self.names.items():  # in the order the article names them: the first spelling wins
                if key.split() == short:
                    break
                if _misprint(key.split(), short):
                    return full
        best = name
        best_len = len(short)
        for key, full in self.names.items():
            long = key.split()
            if len(long) < best_len or len(long) == best_len and not _initials_match(long, short):
                continue
            if _contains(long, short) and len(long) > best_len and not _patronymic(long, short) \
                    or _initials_match(long, short) and long != short:
                best, best_len = full, len(long)
        return best

    def official(self, p: Participant, text: str) -> bool:
        """An organisation, a country, a well-known office holder (lexicons/people.tsv), or a person the article
        gives an office or an official's honorific ("đồng chí", "ngài") somewhere: a title within the same
        sentence before one of the name's mentions."""
        if p.kind != "person" or p.office or fold(p.name) in self.offices \
                or fold(self.canonical(p.name)) in self.offices or p.country_rule == "well-known-person":
            return True
        titles = actor_lexicon().titles
        for m in re.finditer(re.escape(p.name), text):
            before = re.split(r"[.;\n]", text[max(0, m.start() - 90):m.start()])[-1]
            if titles.search(before) or _OFFICIAL_HONORIFIC.search(before):
                self.offices.add(fold(p.name))
                return True
        return False

    def leader(self) -> Mention | None:
        """The head of the article's delegation ("do ông X dẫn đầu", "X làm Trưởng đoàn"), if it names one."""
        return self.leaders[0] if self.leaders else None

    def holder(self, office: str, exclude: set[str]) -> Mention | None:
        """The first person the article names with an office that starts with ``office``, or that ``office``
        starts with ("Thủ tướng Chính phủ" for "Thủ tướng Nguyễn Xuân Phúc"), none of ``exclude``."""
        key = office.casefold()
        return next((m for m in self.people if m.office and (m.office.casefold().startswith(key)
                                                             or key.startswith(m.office.casefold()))
                     and self.canonical(m.name) not in exclude), None)

    def head_of(self, country: str, exclude: set[str], org: str | None = None) -> Mention | None:
        """A delegation's head: the first person the article names with an office of ``country``, else the first
        with an office in the delegation's organisation ``org`` printed without its country ("Chủ tịch Thượng
        viện Youri Latortue" for "Đoàn ... Thượng viện Cộng hòa Haiti")."""
        found = next((m for m in self.people if m.country == country and self.canonical(m.name) not in exclude),
                     None)
        if found is not None or not org:
            return found
        countries = [c for c in find_countries(org) if c.kind not in _PLACE_KINDS]
        head = fold(_STATE_STYLE.split(org[:countries[0].start] if countries else org)[0])
        if len(head.split()) < 2:
            return None
        return next((m for m in self.people if m.country is None and m.office and head in fold(m.office)
                     and self.canonical(m.name) not in exclude), None)

    def known_country(self, m: Mention) -> str | None:
        """A person's country from what holds across the article, not from the sentence: the office, the same
        name elsewhere, a Vietnamese name."""
        known = m.country or (self.country(m.name) or (None, ""))[0]
        return known or (VIETNAM if vietnamese_name(m.name) else None)

    def likely_country(self, m: Mention, text: str) -> str | None:
        """:meth:`known_country`, else the article's main foreign country."""
        return self.known_country(m) or main_foreign_country(text)

    def country(self, name: str) -> tuple[str, str] | None:
        found = self.countries.get(name)
        if found is None:
            full = self.canonical(name)
            found = self.countries.get(full)
        return found


def _patronymic(long: list[str], short: list[str]) -> bool:
    """``short`` stands in ``long`` only as a father's name after a particle: "Salman" in "Mohammed bin Salman"
    is the father, not the son."""
    n = len(short)
    particles = actor_lexicon().patronymics
    return all(i > 0 and long[i - 1] in particles for i in range(len(long) - n + 1) if long[i:i + n] == short)


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


_MISPRINT_MIN = 6  # letters of a family name in which one misprinted letter still names the same person


def _misprint(known: list[str], name: list[str]) -> bool:
    """``name`` is ``known`` (folded syllables) with one letter of its last word misprinted ("Volker Bouffler"
    for "Volker Bouffier")."""
    if len(known) != len(name) or known[:-1] != name[:-1] or len(known[-1]) != len(name[-1]):
        return False
    return len(name[-1]) >= _MISPRINT_MIN and sum(a != b for a, b in zip(known[-1], name[-1], strict=True)) == 1


def _initials_match(long: list[str], short: list[str]) -> bool:
    """"j widodo" stands for "joko widodo": same last word, the other words by their first letters."""
    if len(short) < 2 or short[-1] != long[-1] or any(len(w) > 1 for w in short[:-1]):
        return False
    return [w[0] for w in short[:-1]] == [w[0] for w in long[:len(short) - 1]]


_DELEGATION_REACH = 150  # characters before a head's name within which "Đoàn ... do" names the delegation


def _led_delegation_country(text: str, m: Mention) -> str | None:
    """The country of the delegation ``m`` heads, named by "do" after it, as its name prints it ("Đoàn đại biểu
    Đảng Cộng sản Trung Quốc do đồng chí Lưu Kỳ Bảo ... làm Trưởng đoàn")."""
    before = text[max(0, m.phrase_start - _DELEGATION_REACH):m.phrase_start]
    before = re.split(r"[.;\n]", before)[-1]
    named = list(_DELEGATION.finditer(before))
    if not named:
        return None
    found = [c for c in find_countries(before[named[-1].start():]) if c.kind not in _PLACE_KINDS]
    return found[-1].code if found else None


@lru_cache(maxsize=8)
def _article_countries(text: str) -> Counter[str]:
    """How often the article names each country (places and cities left out), counted once per article."""
    return Counter(c.code for c in find_countries(text) if c.kind not in _PLACE_KINDS)


def main_foreign_country(text: str) -> str | None:
    """The foreign country the article names most often (IGOs left out), if any."""
    counts = {code: n for code, n in _article_countries(text).items() if code not in (VIETNAM, "IGO")}
    return max(counts, key=lambda k: counts[k]) if counts else None


def _country(m: Mention, doc: Document, cand: Candidate, registry: Registry, *, china: bool = True
             ) -> tuple[str | None, str | None]:
    if m.country:
        return m.country, m.country_rule
    known = registry.country(m.name)
    if known:
        return known[0], "same-name-in-article:" + known[1]
    if m.kind == "person":
        famous = _well_known().get(fold(registry.canonical(m.name))) or _well_known().get(fold(m.name))
        if famous:
            return famous, "well-known-person"
    text = doc.text
    s = cand.sentence[0]
    before = text[s:m.start]
    delegations = [d for d in _DELEGATION.finditer(before) if not _HEAD_TITLE.search(before, 0, d.start())]
    limit = cand.trigger.start if m.end <= cand.trigger.start else m.end + 160
    if delegations:
        between = before[delegations[-1].start():]
        ahead = text[m.end:min(limit, m.end + 80)]
        heads = m.office is not None and "trưởng đoàn" in m.office.casefold()
        if " do " in between or "dẫn đầu" in ahead[:60] or "Trưởng đoàn" in ahead or heads:
            found = [c for c in find_countries(between) if c.kind not in _PLACE_KINDS]
            if found:
                return found[-1].code, "delegation"
    after = _CLAUSE_END.split(text[m.end:limit], maxsplit=1)[0]
    follow = _WITH_DELEGATION.search(after)
    if follow:
        found = [c for c in find_countries(after[follow.end():]) if c.kind not in ("city", "capital", "province")]
        if found:
            return found[0].code, "own-delegation"
    stop = min([x.phrase_start for x in cand.subject + cand.objects if x.start > m.end]
               + [cand.trigger.start if m.end <= cand.trigger.start else len(text)])
    appositive = _APPOSITIVE.match(text, m.end, stop)
    if m.kind == "person" and appositive:
        found = [c for c in find_countries(appositive.group()) if c.kind not in _PLACE_KINDS and c.code != VIETNAM]
        if found:
            return found[-1].code, "office-after-name"
    sent_by = _SENT_BY.match(text, m.end)
    if m.kind == "person" and sent_by and actor_lexicon().titles.match(text, sent_by.end()):
        found = [c for c in find_countries(text[sent_by.end():sent_by.end() + 60]) if c.kind not in _PLACE_KINDS]
        if found:
            return found[0].code, "office-of-sender"
    if m.kind == "person" and vietnamese_name(m.name):
        if china and _about_china_only(text) and not _chinese_counterpart(m, doc, cand, registry):
            return "CHN", "sino-vietnamese-name-in-an-article-on-china"
        return VIETNAM, "vietnamese-name"
    foreign = main_foreign_country(text)
    head = business_heads().match(m.name) if m.kind == "org" else None
    brand = m.name[head.end():].strip() if head is not None else ""
    # "Tập đoàn Coca Cola" in a story of a US trip, unless its head is named (then he is the counterpart:
    # "Chủ tịch ... của Hilton Worldwide, ông X")
    if brand and not brand.isupper() and " và " not in brand and foreign_spelling(brand) and foreign \
            and not any(brand.casefold() in (p.office or "").casefold() for p in registry.people):
        return foreign, "foreign-business"
    if m.kind == "org" and not _ABBREVIATION.fullmatch(m.name) and not _foreign_only(text, registry):
        return VIETNAM, "organisation-without-country"
    if m.kind == "person" and " " not in m.name and not foreign_spelling(m.name) and _names_vietnam(text):
        return VIETNAM, "vietnamese-given-name"  # "ông Kình" in a story from Hà Nội
    if foreign:
        return foreign, "main-foreign-country-of-article"
    return None, None


@lru_cache(maxsize=1)
def _well_known() -> dict[str, str]:
    """lexicons/people.tsv by folded name."""
    return {fold(name): code for name, code in table("people.tsv", 2)}


def _chinese_counterpart(m: Mention, doc: Document, cand: Candidate, registry: Registry) -> bool:
    """Another side of the candidate is Chinese by its own words (an office, a delegation it heads)."""
    sides = cand.subject + cand.objects + ([cand.delegation] if cand.delegation else [])
    return any(_country(x, doc, cand, registry, china=False)[0] == "CHN" for x in sides if x is not m)


@lru_cache(maxsize=1)
def business_heads() -> re.Pattern[str]:
    """The words that start a business's name (lexicons/business_heads.txt), ignoring case."""
    return re.compile(alternation(words("business_heads.txt")), re.IGNORECASE)


def _foreign_only(text: str, registry: Registry) -> bool:
    """An article that never names Việt Nam or a place in it, nor anyone with a Vietnamese name: news from abroad, whose
    organisations named without a country are not Vietnamese ("Ủy ban Tình báo Thượng viện")."""
    return not _names_vietnam(text) and not any(vietnamese_name(p.name) for p in registry.people)


@lru_cache(maxsize=8)
def _names_vietnam(text: str) -> bool:
    """The article names Việt Nam or a place in it ("Hà Nội"), once per article."""
    return any(c.code == VIETNAM for c in find_countries(text))


def _about_china_only(text: str) -> bool:
    """An article that names China and never Việt Nam: a name spelt the Vietnamese way is a Chinese name in its
    Sino-Vietnamese reading ("Dương Khiết Trì"), unless it meets someone the article calls Chinese (then it is
    the Vietnamese side of a meeting whose report never needed to say "Việt Nam")."""
    codes = _article_countries(text)
    return "CHN" in codes and VIETNAM not in codes


_CONTEXT_RULES = ("delegation", "own-delegation", "office-after-name", "office-of-sender")


def participant(m: Mention, doc: Document, cand: Candidate, registry: Registry) -> Participant:
    """The participant a mention names, with its country and the rule that gave it. A person's country read
    from the sentence around the name (the delegation it heads, an office after the name) holds for the
    article's later mentions of that person."""
    country, rule = _country(m, doc, cand, registry)
    o_start, o_end = doc.offsets.span(m.start, m.end)
    name = registry.canonical(m.name) if m.kind == "person" else m.name
    if m.kind == "person" and country and rule in _CONTEXT_RULES:
        registry.countries.setdefault(name, (country, rule))
    return Participant(name=name, kind=m.kind, country=country, office=m.office, org=m.org,
                       start=o_start, end=o_end, country_rule=rule)
