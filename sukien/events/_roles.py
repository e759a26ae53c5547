"""Roles and modes: who visits whom, by phone, on a third country's soil, or with many sides.

PLOVER's CONSULT: for a ``visit`` the visiting side is the actor and the
host the recipient; calls, third-country meetings and summits have no host.
The host follows from the trigger's direction ("X tiếp Y": X hosts) or, for
mutual words ("hội đàm"), from the place: the side whose country it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from sukien._text import LOWER
from sukien._text import fold_words as fold
from sukien.actors import Mention, find_mentions
from sukien.actors._lexicon import actor_lexicon
from sukien.document import Document
from sukien.events._agreements import agreement_parties
from sukien.events._candidates import Candidate
from sukien.events._registry import VIETNAM, Registry, business_heads, main_foreign_country, participant
from sukien.nlp import sentences
from sukien.record import Event, Participant, Resolved
from sukien.resolve.contexts import contexts_for
from sukien.resolve.countries import country_name, find_countries
from sukien.resolve.dates import date_for, dated_in_the_past, long_before, opens_with_day
from sukien.resolve.places import frames_its_sentence, location_for

_TITLE_BEFORE = re.compile(r"^\s*(?:với|cùng)\s+")
_SIDELINES = re.compile(r"bên lề|nhân dịp tham dự|trong thời gian tham dự|tham dự Hội nghị", re.IGNORECASE)


_TRIP = re.compile(r"(?:chuyến thăm|thăm chính thức|thăm cấp Nhà nước|thăm làm việc|ở thăm|đang thăm|công du|"
                   r"sang thăm|đến thăm|tới thăm)(?:\s+(?:chính thức|cấp Nhà nước|và làm việc|làm việc|hữu nghị|tới|"
                   r"đến|tại))*\s+", re.IGNORECASE)


def _trip_country(text: str) -> str | None:
    """The country the article's visit takes place in ("trong chuyến thăm chính thức LB Nga", "đang thăm Việt
    Nam"), when the place of a meeting names none."""
    for m in _TRIP.finditer(text):
        found = find_countries(text[m.end():m.end() + 40])
        if found and found[0].start == 0 and found[0].code != "IGO":
            return found[0].code
    return None


_SEAT = re.compile(r"(?:[Tt]rụ sở|[Tt]ổng hành dinh)\s")
_NEXT_PLACE = re.compile(r",\s*(?:(?:thủ đô|thành phố|TP\.?)\s+)?")
_LOWER_WORD = re.compile(rf"(?<!\w)[{LOWER}]")


def _place_country(doc: Document, place: Resolved) -> str | None:
    """The country of an event's place: named in it, else in the place names that follow it, capitalised and
    joined by commas ("tại Nhà trắng, thủ đô Washington D.C, Hoa Kỳ")."""
    if not place.value:
        return None
    found = find_countries(place.value)
    if _SEAT.match(place.value) and found and found[0].code == "IGO":
        return "IGO"  # "Trụ sở Liên Hợp Quốc, New York": the organisation receives at its own seat
    if found:
        return found[-1].code
    if place.end is None:
        return None
    after = _NEXT_PLACE.match(doc.text, doc.offsets.to_clean(place.end))
    if after is None:
        return None
    tail = doc.text[after.end():after.end() + 40]
    return next((c.code for c in find_countries(tail) if c.code != "IGO"
                 and not _LOWER_WORD.search(_NEXT_PLACE.sub(" ", tail[:c.start]))), None)


@dataclass(frozen=True)
class Built:
    """An event with what its contexts are read from: its sentence (cleaned offsets) and, when the sentence
    states several events, the names of its own counterpart and of the others; the principal of the
    sentence's subject, if it has one; for one of several documents a sentence lists, the stretch that names
    that document ("...; Bản ghi nhớ về hợp tác địa chất giữa A và B; ..."), read for its contexts; whether its
    words say who hosts ("X tiếp Y"), not only that the sides met ("X và Y hội đàm")."""

    event: Event
    start: int
    end: int
    signing: bool = False
    focus: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    document: tuple[int, int] | None = None
    directed: bool = False


def with_contexts(doc: Document, built: list[Built]) -> list[Event]:
    """The events with their contexts, each read from its sentence up to the next event's sentence; a document
    of a list first from the stretch that names it. Only the article's first event takes the title and lead
    too, not the others its sentence lists."""
    starts = sorted({b.start for b in built})
    lead = next((b for b in built if b.start == starts[0]), None)
    out = []
    for b in built:
        later = [a for a in starts if a > b.start]
        found, cues = contexts_for(doc.text, *b.document, next_event_start=b.document[1], signing=True) \
            if b.document else ([], [])
        if not found:
            found, cues = contexts_for(doc.text, b.start, b.end, next_event_start=later[0] if later else None,
                                       signing=b.signing, first=b is lead, focus=b.focus,
                                       others=b.others)
        out.append(replace(b.event, contexts=tuple(found),
                           context_cues=tuple(f"{c.context}:{c.cue}" for c in cues)))
    return out


def build_event(doc: Document, cand: Candidate, registry: Registry, previous: Event | None) -> list[Built]:
    """The events one candidate states: one per counterpart. A call is placed only by a place named before its
    word ("Tại Nhà Trắng, ... điện đàm"), not by one it talks about ("điện đàm ... về an ninh tại Li-bi")."""
    text = doc.text
    s, e = cand.sentence
    subj = [participant(m, doc, cand, registry) for m in cand.subject]
    objs = [participant(m, doc, cand, registry) for m in cand.objects]
    if cand.subject_delegation and not subj:
        leader = registry.leader()
        subj = [participant(leader, doc, cand, registry)] if leader else []
    if cand.subject_office and not subj:
        holder = registry.holder(cand.subject_office, {p.name for p in objs}) \
            or _holder_named_before(doc, cand.subject_office, s, {p.name for p in objs}, registry)
        found = participant(holder, doc, cand, registry) if holder is not None else None
        subj = [found] if found is not None and all(found.country != p.country for p in objs) else []
    if cand.subject_previous and not subj and objs and objs[0].country:
        home = next((p for p in (participant(m, doc, cand, registry) for m in registry.most_named())
                     if p.country not in (None, objs[0].country)), None)
        subj = [home] if home is not None else []
    if cand.subject_delegation and subj and subj[0].country:
        head = registry.head_of(subj[0].country, {p.name for p in objs}, subj[0].name) \
            or _leader_of(subj[0].country, doc, cand, registry)
        if head is not None:
            subj = [participant(head, doc, cand, registry)]
        elif subj[0].kind == "country":
            subj = []
    if cand.office and not objs and subj:
        holder = registry.holder(cand.office, {p.name for p in subj})
        objs = [participant(holder, doc, cand, registry)] if holder is not None else objs
    article_leader = registry.leader() if cand.article_delegation else None
    if article_leader is not None:
        objs = [participant(article_leader, doc, cand, registry)]
    if cand.delegation is not None and (not objs or not cand.subject):
        side = participant(cand.delegation, doc, cand, registry)
        title = _TITLE_BEFORE.sub("", text[cand.trigger.end:cand.delegation.start]).strip()
        head = _head(side.country, {p.name for p in subj}, cand.delegation.name, doc, registry, title) \
            if side.country else None
        led = participant(head, doc, cand, registry) if head else side
        objs = [led] + [p for p in objs if p.country != led.country and p.name != led.name]
    captions = _captions(doc)
    if dated_in_the_past(text, doc.published, s, cand.trigger.start, e, captions, cand.trigger.type == "SUPPORT"):
        return []
    base = replace(_base(doc, s, e, cand.trigger.text, captions), type=cand.trigger.type)
    if long_before(base.date.value, doc.published):
        return []
    objs = _inherit_countries(objs)
    subj = [p for p in subj if registry.official(p, text)]
    objs = [p for p in objs if registry.official(p, text)]
    if cand.trigger.type == "SUPPORT":
        rule = base.date.rule or ""
        if cand.passive and (not base.date.value or rule.startswith(("carried", "following"))):
            return []
        groups = [g for g in _signers(doc, cand, subj, objs, previous) if not all(map(_business, g))]
        return [Built(replace(base, actors=tuple(group)), s, e, signing=True,
                      document=_listed_document(doc, group, s, e)) for group in groups]
    together = _distinct_sides(subj if cand.trigger.direction == "mutual" and not objs else [])
    if len(together) >= 3:
        return [Built(replace(base, mode="multilateral", actors=tuple(together)), s, e)]
    if cand.trigger.mode == "phone" and base.location.start is not None \
            and (base.location.start > doc.offsets.span(cand.trigger.start, cand.trigger.end)[0]
                 or not frames_its_sentence(text, s, doc.offsets.to_clean(base.location.start))):
        base = replace(base, location=Resolved(None))  # a call is placed only by a place framing its sentence
    loc_country = _place_country(doc, base.location)
    trip = _trip_country(text)
    if loc_country is None or (loc_country == VIETNAM and trip not in (None, VIETNAM)
                               and fold(base.location.value or "") == "viet nam"):
        loc_country = trip or loc_country  # "... dự án đầu tư lớn tại Việt Nam" in a story of a trip abroad
    if loc_country is None and previous is not None and cand.trigger.mode != "phone":
        loc_country = _place_country(doc, previous.location)  # "Chiều cùng ngày, X cũng hội kiến Y": still there
    if subj and subj[0].country == VIETNAM and loc_country not in (None, VIETNAM, "IGO"):
        objs = [replace(p, country=loc_country, country_rule="organisation-met-abroad")
                if p.country_rule == "organisation-without-country" else p for p in objs]
    sides = _sides(subj, objs, cand.trigger.direction == "visitor-first", cand.trigger.direction == "mutual")
    sidelines = bool(_SIDELINES.search(text, s, e))
    out: list[Built] = []
    names = [_short_names(b) for _, b in sides]
    for n, (a, b) in enumerate(sides):
        if out and _paired(text, cand, sides[n - 1][1], b):
            last, met = out[-1].event, sides[n - 1][1].name
            grown = replace(last, recipients=last.recipients + (b,)) \
                if any(p.name == met for p in last.recipients) else replace(last, actors=last.actors + (b,))
            out[-1] = replace(out[-1], event=grown)
            continue
        mode, actors, recipients = _roles(cand, a, b, loc_country, sidelines)
        others = tuple(x for k, group in enumerate(names) if k != n for x in group)
        out.append(Built(replace(base, mode=mode, actors=actors, recipients=recipients), s, e,
                         focus=names[n] if others else (), others=others, subject=(a.name,) if cand.subject else (),
                         directed=cand.trigger.direction in ("host-first", "visitor-first")))
    return out


def _business(p: Participant) -> bool:
    """A business (lexicons/business_heads.txt), or an organisation known only by an abbreviation that is not
    an international one ("ASEAN")."""
    return p.kind == "org" and (business_heads().match(p.name) is not None or p.name.isupper() and p.country != "IGO")


def _holder_named_before(doc: Document, office: str, end: int, exclude: set[str], registry: Registry
                         ) -> Mention | None:
    """The holder of ``office`` named with it in a sentence before ``end`` that reports no meeting ("Chiều 5/6,
    Thủ tướng Nguyễn Xuân Phúc đến New York."): such sentences are read only when a later one needs it."""
    for a, z in sentences(doc.text):
        if a >= end:
            break
        if a in registry.read or office not in doc.text[a:z] or any(a <= m.start < z for m in registry.people):
            continue  # read already, here or as a sentence that reports a meeting
        registry.read.add(a)
        registry.learn(find_mentions(doc.text, a, z), doc.text, countries=False)
    return registry.holder(office, exclude)


def _leader_of(country: str, doc: Document, cand: Candidate, registry: Registry) -> Mention | None:
    """The article's delegation head ("do ông X làm Trưởng đoàn") when the head is of ``country``."""
    leader = registry.leader()
    return leader if leader is not None and participant(leader, doc, cand, registry).country == country else None


def _head(country: str, exclude: set[str], org: str, doc: Document, registry: Registry, title: str = ""
          ) -> Mention | None:
    """A delegation's head (:meth:`Registry.head_of`), else the first person the article names whose country
    is known to be the delegation's in another way, or who holds the office the side is named by in an article
    about that country ("Thủ tướng Hà Lan" is the "Thủ tướng Mark Rutte" of an article on the Netherlands)."""
    found = registry.head_of(country, exclude, org)
    if found is not None:
        return found
    for m in registry.people:
        if m.country is not None or registry.canonical(m.name) in exclude:
            continue
        known = registry.known_country(m)
        if known == country or known is None and registry.likely_country(m, doc.text) == country \
                and bool(title) and m.office is not None and title.casefold() in m.office.casefold():
            return m
    return None


def _paired(text: str, cand: Candidate, previous: Participant, p: Participant) -> bool:
    """Two foreign counterparts of one side joined by "và" ("Chủ tịch Hội đồng châu Âu Donald Tusk và Chủ tịch Ủy
    ban châu Âu Jean-Claude Juncker") are met together: one event. Vietnamese leaders so joined are called on
    one by one ("hội kiến Tổng Bí thư X và Chủ tịch Quốc hội Y"), and so are people each named before an office of
    their own ("tiếp Hạ nghị sĩ X, Chủ tịch Ủy ban An ninh Hạ viện và ông Y, Giám đốc ngân hàng JBIC")."""
    if previous.country != p.country or previous.kind != "person" or p.kind != "person" or p.country == VIETNAM:
        return False
    mentions = {m.name: m for m in cand.objects}
    a, b = mentions.get(previous.name), mentions.get(p.name)
    return a is not None and b is not None and text[a.phrase_end:b.phrase_start].strip() == "và" \
        and a.phrase_end == a.end and b.phrase_end == b.end


_ATTACHED_SUBJECT = re.compile(r"[^,;:]{0,40}")
_WITNESSED = re.compile(r"chứng kiến")
# "Dưới sự chứng kiến của A và B, C và D đã ký ...": the witnesses stand in the phrase, the signers after it.
_WITNESS_PHRASE = re.compile(r"(?:dưới|với|trước)\s+sự\s+chứng\s+kiến\s+của[^,;]*,", re.IGNORECASE)


@cache
def _both_principals() -> re.Pattern[str]:
    """"hai Bộ trưởng", "hai nhà lãnh đạo", "Bộ trưởng Công an 2 nước": the two principals, by office."""
    titles = actor_lexicon().titles.pattern
    return re.compile(rf"(?:hai|2)\s+(?:{titles}|nhà lãnh đạo|người đứng đầu)"
                      rf"|{titles}(?:\s+\w+){{0,2}}\s+(?:hai|2)\s+nước")


_BOTH_COUNTRIES = re.compile(r"(?:hai|2)\s+(?:bên|nước|phía)", re.IGNORECASE)


def _signers(doc: Document, cand: Candidate, subj: list[Participant], objs: list[Participant],
             previous: Event | None) -> list[list[Participant]]:
    """Who signed, one group per signing: named signers (after the phrase that names the witnesses: "Dưới sự
    chứng kiến của A và B, C và D đã ký"); else the parties of each document named "giữa A và
    B" and, when the principals only witnessed or "hai bên" signed, the two countries; else, for "hai Bộ
    trưởng ký" or a signing that names one principal of the meeting just reported ("sau khi ký Bản ghi nhớ, Bộ
    trưởng A cho biết"), that meeting's principals."""
    text = doc.text
    s, e = cand.sentence
    window = max(s, cand.trigger.start - 60)
    people = _distinct_sides([p for p in subj + objs if p.kind == "person"])
    witnessed = _WITNESSED.search(text, s, cand.trigger.start) is not None
    phrase = _WITNESS_PHRASE.search(text, s, cand.trigger.start)
    if phrase is not None:
        after = doc.offsets.span(phrase.end(), phrase.end())[0]
        signers = _distinct_sides([p for p in subj + objs if p.kind == "person" and (p.start or 0) >= after])
        if len(signers) >= 2:
            return [signers]
    if len(people) >= 2 and not witnessed:
        return [people]
    if previous is not None and _close(_both_principals(), text, window, cand.trigger.start) and not witnessed:
        return [list(previous.participants)]
    groups = parties(doc, cand.trigger.end, e)
    if not groups:
        orgs = _distinct_sides([p for p in objs if p.kind == "org"])
        if len(orgs) >= 2 and len({p.country for p in orgs}) >= 2:
            groups = [orgs]
    if not groups and not witnessed and len(people) == 1 and previous is not None \
            and people[0].name in {p.name for p in previous.participants}:
        groups = [list(previous.participants)]
    if not groups and not witnessed and len(people) == 1:
        groups = [[people[0], other] for other in _pair_named(doc, cand.trigger.end, e, people[0].country)]
    if (witnessed and not groups) or _close(_BOTH_COUNTRIES, text, window, cand.trigger.start):
        groups.append(_countries_of(doc, previous, people))
    if not groups:
        linked = [p for p in objs if p.kind == "org"] if not people else []
        sides = _distinct_sides([p for p in subj if p.kind in ("org", "country")] + linked)
        attached = bool(cand.subject) and _ATTACHED_SUBJECT.fullmatch(text, cand.subject[-1].end, cand.trigger.start)
        if attached and len({p.country for p in sides}) >= 2:
            groups.append(sides)
    return [g for g in groups if len(g) >= 2]


def parties(doc: Document, start: int, end: int) -> list[list[Participant]]:
    """The parties named "giữa A và B" in ``doc.text[start:end]``, with spans in the original text."""
    def original(p: Participant) -> Participant:
        o_start, o_end = doc.offsets.span(p.start or 0, p.end or 0)
        return replace(p, start=o_start, end=o_end)

    return [[original(p) for p in group] for group in agreement_parties(doc.text, start, end,
                                                                                main_foreign_country(doc.text))]


def listed_signings(doc: Document, start: int, end: int) -> list[Built]:
    """Signings a sentence lists after a reported signing ("Cùng với đó là thỏa thuận hợp tác giữa A và B")."""
    found = parties(doc, start, end)
    if not found:
        return []
    base = _base(doc, start, end, "", _captions(doc))
    return [Built(replace(base, type="SUPPORT", actors=tuple(group)), start, end, signing=True,
                  document=_listed_document(doc, group, start, end)) for group in found]


_LIST_BREAK = re.compile(r"[;:]")


def _listed_document(doc: Document, group: list[Participant], start: int, end: int) -> tuple[int, int] | None:
    """The stretch of the sentence ``doc.text[start:end]`` that names the document the parties of ``group``
    signed, when the sentence lists several ("...: A giữa X và Y; B giữa Z và W"), as cleaned offsets."""
    spans = [(p.start, p.end) for p in group if p.country_rule == "agreement-party" and p.start is not None]
    if not spans or len(_LIST_BREAK.findall(doc.text, start, end)) < 2:
        return None
    first = doc.offsets.to_clean(min(a for a, _ in spans))
    last = doc.offsets.to_clean(max(b for _, b in spans if b is not None))
    breaks = [m.end() for m in _LIST_BREAK.finditer(doc.text, start, first)]
    after = _LIST_BREAK.search(doc.text, last, end)
    return (breaks[-1] if breaks else start), (after.start() if after else end)


def _close(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """``pattern`` occurs in ``text[start:end]`` with no comma or semicolon between it and ``end``."""
    found = list(pattern.finditer(text, start, end))
    return bool(found) and not re.search(r"[,;]", text[found[-1].end():end])


# "ký thỏa thuận Mỹ - Qatar": an agreement named by the pair of countries that made it.
_PAIR_NAMED = re.compile(r"\s*(?:(?:các|một|bản)\s+)?(?:thỏa thuận|hiệp định|bản ghi nhớ|hợp đồng)\s+", re.IGNORECASE)
_PAIR_DASH = re.compile(r"\s*[-–]\s*")


def _pair_named(doc: Document, start: int, end: int, own: str | None) -> list[Participant]:
    """The other country of an agreement named by a pair of countries right after the signing word, when the
    one signer named is of the first or second ("Ngoại trưởng Mỹ X đã ký thỏa thuận Mỹ - Qatar")."""
    m = _PAIR_NAMED.match(doc.text, start, end)
    if m is None or own is None:
        return []
    pair = [c for c in find_countries(doc.text[m.end():min(end, m.end() + 60)]) if c.kind in ("country", "alias")][:2]
    if len(pair) < 2 or pair[0].start != 0 or not _PAIR_DASH.fullmatch(doc.text, m.end() + pair[0].end,
                                                                          m.end() + pair[1].start):
        return []
    codes = [c.code for c in pair]
    if own not in codes or codes[0] == codes[1]:
        return []
    other = pair[1] if codes[0] == own else pair[0]
    return [Participant(name=other.text, kind="country", country=other.code, country_rule="agreement-named-by-pair")]


def _countries_of(doc: Document, previous: Event | None, witnesses: list[Participant]) -> list[Participant]:
    """The two countries of the meeting just reported, as country participants; with none, those of the people
    the sentence names ("dưới sự chứng kiến của Tổng thống Czech X và Phó Thủ tướng Y hai bên đã ký")."""
    sides = list(previous.participants) if previous is not None else []
    codes = list(dict.fromkeys(p.country for p in sides if p.country and p.country != "IGO"))
    if len(codes) < 2:
        codes = list(dict.fromkeys(p.country for p in witnesses if p.country and p.country != "IGO"))
    names = {c.code: c.text for c in find_countries(doc.text) if c.kind not in ("city", "capital", "province")}
    return [Participant(name=names.get(code) or country_name(code) or code, kind="country", country=code,
                        country_rule="meeting-countries")
            for code in codes[:2]] if len(codes) >= 2 else []


def caption_repeats(doc: Document, built: list[Built]) -> list[Built]:
    """``built`` without the events stated only in a photo caption the cleaning kept that repeat another event:
    the same type and date, a participant in common, and the others of the same countries and sharing a word of
    their names (a caption may spell a name otherwise: "María Jesús Figa López-Palop" for "Jesus Figo Lopez
    Palop")."""
    captions = _captions(doc)

    def in_caption(b: Built) -> bool:
        return any(a <= b.start and b.end <= z for a, z in captions)

    def words_of(ps: list[Participant]) -> set[str]:
        return {w for p in ps for w in fold(p.name).split() if len(w) > 2}

    def repeats(b: Built, other: Built) -> bool:
        x, y = b.event, other.event
        if x.type != y.type or x.date.value != y.date.value:
            return False
        shared = {p.name for p in x.participants} & {p.name for p in y.participants}
        mine = [p for p in x.participants if p.name not in shared]
        theirs = [p for p in y.participants if p.name not in shared]
        return bool(shared) and {p.country for p in mine} == {p.country for p in theirs} \
            and bool(words_of(mine) & words_of(theirs))

    told = [b for b in built if not in_caption(b)]
    return [b for b in built if not in_caption(b)
            or b.event.date.value is not None and not any(repeats(b, o) for o in told)]


def _captions(doc: Document) -> tuple[tuple[int, int], ...]:
    """The photo captions the cleaning kept, as cleaned offsets; not those that open with their own day, which
    the story tells like its other sentences (their dates carry on)."""
    spans = ((doc.offsets.to_clean(c.start), doc.offsets.to_clean(c.end)) for c in doc.layer("captions"))
    return tuple((a, z) for a, z in spans if not opens_with_day(doc.text, a))


def _base(doc: Document, s: int, e: int, trigger: str, captions: tuple[tuple[int, int], ...]) -> Event:
    """An event stated by the sentence ``doc.text[s:e]``, with its date, place and evidence, and no one yet."""
    text = doc.text
    date = date_for(text, doc.published, s, e, captions)
    place = location_for(text, s, e)
    o_s, o_e = doc.offsets.span(s, e)
    return Event(
        doc_id=doc.id, type="CONSULT", mode=None, actors=(),
        date=Resolved(date.value, date.raw, date.rule, *doc.offsets.span(date.start, date.end)) if date
        else Resolved(None),
        end_date=Resolved(date.end_value, date.raw, date.rule) if date and date.end_value else Resolved(None),
        location=Resolved(place.text, place.text, place.rule, *doc.offsets.span(place.start, place.end)) if place
        else Resolved(None),
        evidence=doc.original[o_s:o_e], evidence_start=o_s, evidence_end=o_e, trigger=trigger,
    )


def _inherit_countries(objs: list[Participant]) -> list[Participant]:
    """An organisation listed after a foreign one, with no country of its own, is of that country
    ("làm việc với Cơ quan Cảnh sát quốc gia Nhật Bản, Bộ Tư pháp Nhật Bản, Cảnh sát Osaka")."""
    out, last = [], None
    for p in objs:
        if p.kind == "org" and p.country_rule == "organisation-without-country" and last:
            p = replace(p, country=last, country_rule="listed-after-an-organisation-of-that-country")
        elif p.kind == "org" and p.country not in (None, VIETNAM):
            last = p.country
        out.append(p)
    return out


def _short_names(p: Participant) -> tuple[str, ...]:
    """How the article may refer back to a counterpart: full name, last word, country."""
    out = [p.name]
    if p.kind == "person" and " " in p.name:
        out.append(p.name.split()[-1])
    return tuple(out)


def _distinct_sides(ps: list[Participant]) -> list[Participant]:
    """One participant per country, the first named of each."""
    seen: set[str | None] = set()
    out = []
    for p in ps:
        if p.country in seen and p.country is not None:
            continue
        seen.add(p.country)
        out.append(p)
    return out


def _sides(subj: list[Participant], objs: list[Participant], visitors_first: bool, mutual: bool = False
           ) -> list[tuple[Participant, Participant]]:
    """Pairs (subject principal, counterpart): one per counterpart of another country; the subject's two sides
    when it names both and the meeting word needs no object ("A và B đã đồng chủ trì hội thảo ... tượng đài
    Chủ tịch C": C is no counterpart)."""
    if not subj:
        if len(objs) < 2:
            return []
        first, last = objs[0], objs[-1]
        if len(objs) >= 3 and len({p.country for p in objs[:-1]} - {None}) == 1 \
                and all(p.country not in (None, last.country) for p in objs[:-1]):
            return [(last, p) for p in objs[:-1]]  # "Tại các buổi hội kiến với A, B, C, Chủ tịch nước X ..."
        other = next((p for p in objs[1:] if p.country != first.country), None)
        return [(first, other)] if other else []
    head = subj[0]
    others = [p for p in subj[1:] if p.country != head.country]
    if others and (not objs or mutual and all(p.kind == "person" for p in (head, others[0]))):
        return [(head, others[0])]
    if others and visitors_first and objs:
        return [(p, objs[0]) for p in _distinct_sides(subj) if p.country != objs[0].country]
    pairs = []
    seen: set[str] = set()
    for p in objs:
        if p.name == head.name or p.country == head.country and p.country is not None and len(objs) > 1:
            continue
        if p.name in seen:
            continue
        seen.add(p.name)
        pairs.append((head, p))
    return pairs


def _roles(cand: Candidate, a: Participant, b: Participant, loc_country: str | None,
           sidelines: bool) -> tuple[str, tuple[Participant, ...], tuple[Participant, ...]]:
    """(mode, actors, recipients) for subject principal ``a`` and counterpart ``b``."""
    trig = cand.trigger
    if trig.mode == "phone":
        return "phone", (a, b), ()
    home = loc_country is not None and loc_country in (a.country, b.country)
    if (not home and (loc_country is not None or sidelines)) and trig.direction == "mutual":
        return "third-party", (a, b), ()
    if not cand.subject and not cand.subject_office and not cand.subject_previous:
        host_first = trig.direction == "host-first"
        visitor, host = (a, b) if host_first else (b, a)
        if loc_country == visitor.country:
            visitor, host = host, visitor
        return "visit", (visitor,), (host,)
    if trig.direction == "host-first":
        return "visit", (b,), (a,)
    if trig.direction == "visitor-first":
        return "visit", (a,), (b,)
    if loc_country == a.country:
        return "visit", (b,), (a,)
    if loc_country == b.country:
        return "visit", (a,), (b,)
    if b.country == VIETNAM:
        return "visit", (a,), (b,)
    return "visit", (b,), (a,)
