"""From a sentence's triggers and mentions to event candidates: who is on which side.

A candidate is one trigger with its subject side (the names before it in its
clause) and its counterparts (the names after it, up to the next trigger).
Roles and modes are decided later, once the place is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from sukien.actors import Mention
from sukien.actors._lexicon import actor_lexicon
from sukien.events._triggers import Trigger, blocked
from sukien.lexicons import alternation, words
from sukien.resolve.countries import find_countries

_ATTRIBUTION = re.compile(r"\s*(?:(?:Còn|Cũng|Và)\s+theo|Theo)\s[^,]{0,60},")
_ATTACHED = re.compile(r"[^,;:]{0,40}")
_DELEGATION_OBJECT = re.compile(r"\s*(?:với\s+)?(?:các\s+thành\s+viên\s+)?(?:[Đđ]oàn|phái đoàn)"
                                r"(?:\s+(?!(?:sang|thăm|tới|đến|về)(?!\w))[^\s,;.]+){0,4}?\s*(?:của\s+)?")
_DELEGATION_SUBJECT = re.compile(r"(?:^|[,;.]\s*)(?:[Đđ]oàn|[Pp]hái đoàn)(?:\s+(?:công tác|đại biểu|cấp cao))?\s+"
                                 r"(?:(?:đã|cũng|còn|tiếp tục|sau đó)\s+)*(?:có\s+)?(?:các\s+|những\s+)?"
                                 r"(?:buổi\s+|cuộc\s+)?$")
# "Chủ tịch Quốc hội X đã thân mật tiếp Đoàn.": the delegation the article is about, named earlier.
_BARE_DELEGATION = re.compile(r"\s*(?:[Đđ]oàn|[Pp]hái đoàn)(?:\s+(?:đại biểu|công tác))?"
                              r"(?=\s*[.,;]|\s+(?:tại|vào|nhân|đang|tới|sang)\s)")
_DELEGATION_BEFORE = re.compile(r"(?:[Đđ]oàn|phái đoàn)(?:\s+[^\s,;.]+){0,4}?\s*(?:của\s+)?$")
_MEETING_WORDS = re.compile(r"hội đàm|hội kiến|cuộc gặp|làm việc|tiếp xúc|điện đàm")
_TO_TITLE = re.compile(r"\s*(?:với\s+)?")
_CLAUSE_BREAK = re.compile(r"[.;:,]")
_PASSIVE_SIGNED = re.compile(r"(?:đã|vừa)\s+được\s*$")
_HONORIFIC_LEAD = re.compile(r"\s*(?:(?:đồng chí|ông|bà|ngài)\s+)?", re.IGNORECASE)
# "Tham gia hội nghị G20 và gặp gỡ lãnh đạo ... là một thách thức với ông Trump": the meeting is a subject
# of "là", and who comes after it is no counterpart.
_COPULA = re.compile(r"\slà\s(?!(?:ông|bà|ngài)\s)")
_CLAUSE_WORDS = (" và trao ", " gửi ", " nhân dịp ", " về việc ", " thay mặt ", " trao ", " chuyển ", " mời ",
                 " tới dự ")
_OPENING_SETTING = re.compile(r"\W*(?:[Tt]ại|[Tt]rong)\s+(?:(?:buổi|cuộc)\s+)?")
_SAME_PHRASE = re.compile(r"[^,;.]*")  # "(với) Chủ tịch Chính hiệp TQ " before the counterpart's name
_NEXT_VERB = re.compile(r"\s*,?\s*(?:và|rồi|sau đó)\s*")
_BOTH_LEADERS = re.compile(r"\s*(?:hai|2)\s+(?:nhà lãnh đạo|vị lãnh đạo|bên|người)\b")
_AGREEMENT_REACH = 12  # words after a signing word within which it names what was signed ("ký với X ... Bản ghi nhớ")
_DIRECT = re.compile(r"\s*(?:với\s+)?(?:người đồng cấp\s+)?phía\s+")


@dataclass
class Candidate:
    """One event as a sentence states it, before roles and merging; or, ``planned``, a meeting the sentence
    only plans, with the people it names in ``objects``. ``article_delegation``: the counterpart is the
    delegation the article named before, by the bare word "Đoàn"; ``office``: the counterpart is named by an
    office alone ("hội kiến Thủ tướng Chính phủ"), its holder named elsewhere; ``subject_office``: so is the
    subject ("Sáng 6/6, Thủ tướng đã gặp ..."); ``subject_previous``: a sentence opens with the meeting as its
    setting and names only the counterpart ("Tại buổi hội kiến với X, hai bên ..."): the other side is the one
    of the meeting reported before. A ``passive`` signing ("Thỏa
    thuận ... đã được ký kết giữa A và B") is a report only when its sentence dates it (else it is background:
    "các thỏa thuận đã được ký kết")."""

    trigger: Trigger
    sentence: tuple[int, int]
    subject: list[Mention]
    objects: list[Mention]
    delegation: Mention | None = None
    subject_delegation: bool = False
    article_delegation: bool = False
    office: str | None = None
    planned: bool = False
    passive: bool = False
    subject_office: str | None = None
    subject_previous: bool = False


def _principal(ms: list[Mention]) -> list[Mention]:
    """The side's candidates for principal: its persons, else its organisations, else its countries."""
    for kind in ("person", "org", "country"):
        found = [m for m in ms if m.kind == kind]
        if found:
            return found
    return []


_BETWEEN = re.compile(r"\s*(?:song phương\s+|riêng\s+|ngắn\s+)?(?:(?:đã\s+)?(?:được\s+)?(?:tiến hành|diễn ra|tổ chức)"
                      r"\s+)?giữa\s")
_PASSIVE = re.compile(r"\bđược\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:với|của|tới|cho|từ)\s+(?:(?:ông|bà|ngài)\s+)?$")
_WORDS_TO_COUNTRY = re.compile(r"(?:\s+[^\s,;.]+){0,5}\s+$")
_BY = re.compile(r"\bđược\s+(?:\w+\s+){0,2}$")
_WITH_BEFORE = re.compile(r"\b(?:cùng|cùng với)\s*$")
_COORDINATED = re.compile(r"\s*(?:,|và|cùng|cùng với|,\s*và)\s*")


def _subject_clause(text: str, subject: list[Mention]) -> list[Mention]:
    """The subject is the name closest before the trigger with the names coordinated with it ("A và B",
    "A cùng B"), the most senior first; names further back belong to other clauses ("trong chuyến thăm
    của Chủ tịch nước A, ngày 12/5, Thượng tướng B đã gặp ...")."""
    people = [m for m in subject if m.kind == "person"
              and not _PREPOSITION_BEFORE.search(text, max(0, m.phrase_start - 12), m.phrase_start)]
    if not people:
        return subject
    group = [people[-1]]
    for m in reversed(people[:-1]):
        if not _COORDINATED.fullmatch(text[m.phrase_end:group[0].phrase_start]) \
                and not _WITH_BEFORE.search(text, m.phrase_end, group[0].phrase_start):
            break
        group.insert(0, m)
    return sorted(group, key=lambda m: -m.rank)


def _inside_brackets(text: str, start: int, pos: int) -> bool:
    """Inside a bracketed link to another story ("[Chủ tịch nước hội kiến ...]")."""
    before = text[start:pos]
    return before.count("[") > before.count("]")


def _inside_quotes(text: str, start: int, pos: int) -> bool:
    before = text[start:pos]
    return (before.count("“") + before.count("”") + before.count('"')) % 2 == 1


def candidates(text: str, sentence: tuple[int, int], triggers: list[Trigger],
               mentions: list[Mention]) -> list[Candidate]:
    """The event candidates of one sentence. A joint trigger after another one ("Lễ đón X ... dưới sự chủ trì của
    Y") names the host of that one, not an event of its own. Names before a speech verb ("Ông Peskov cho biết,
    ...") are the speaker's, not the subject's. A meeting word coordinated with a planned one in the same clause
    is planned too ("sẽ có cuộc hội đàm với X và gặp gỡ Y")."""
    s, e = sentence
    out: list[Candidate] = []
    triggers = [t for n, t in enumerate(triggers) if not (n and t.direction == "joint")]
    attribution = _ATTRIBUTION.match(text, s, e)
    if attribution:
        mentions = [m for m in mentions if m.start >= attribution.end()]
    subject_end = triggers[0].start if triggers else e
    said = [m.end() for m in _speech().finditer(text, s, subject_end)]
    subject = [m for m in mentions if m.end <= subject_end and (not said or m.start >= said[-1])]
    masked = _without_names(text, mentions)
    planned_before: int | None = None
    for n, trig in enumerate(triggers):
        nxt = triggers[n + 1].start if n + 1 < len(triggers) else e
        if n:
            own = [m for m in mentions if triggers[n - 1].end <= m.start and m.end <= trig.start]
            if own and _ATTACHED.fullmatch(text, own[-1].phrase_end, trig.start) \
                    and not _NEXT_VERB.fullmatch(text, own[-1].phrase_end, trig.start):
                subject = own  # not "X chào xã giao A và tiếp B": X received B
        if trig.direction == "joint":
            subject, trig = [], replace(trig, direction="mutual")
        linked = _BETWEEN.match(text, trig.end)
        if linked:
            pair = [m for m in mentions if m.kind == "person" and m.end <= trig.start]
            if len(pair) == 2 and _BOTH_LEADERS.match(text, linked.end()):
                out.append(Candidate(trig, sentence, [], pair))  # "X ... Y ... cuộc hội đàm giữa hai nhà lãnh đạo"
                continue
            subject = []
        if _inside_quotes(text, s, trig.start) or _inside_brackets(text, s, trig.start):
            continue
        passive_signing = trig.type == "SUPPORT" and _PASSIVE_SIGNED.search(text, max(s, trig.start - 12), trig.start)
        why = None if passive_signing else blocked(masked, s, _anchor(subject, said[-1] if said else s), trig)
        if why is None and planned_before is not None and not _CLAUSE_BREAK.search(text, planned_before, trig.start):
            why = "plan"
        planned_before = trig.end if why == "plan" else None
        speech = _speech().search(text, trig.end, nxt)
        stop = speech.start() if speech else nxt  # "..., AFP dẫn lời người phát ngôn X cho biết": the source
        objects = [m for m in mentions if trig.end <= m.start < stop and not _inside_object_office(m, mentions)]
        objects = _cut_at_clause(text, trig.end, objects)
        if why == "plan":
            named = [m for m in _subject_clause(text, subject) + objects if m.kind == "person"]
            out.append(Candidate(trig, sentence, [], named, planned=True))
        if why:
            continue
        if trig.type == "SUPPORT":
            if not (_agreements().search(trig.text) or _agreement_follows(text, s, trig.end, e)):
                continue
            between = [m for m in objects if _linked(text, trig.end, m.start)]
            out.append(Candidate(trig, sentence, _principal(subject), between, passive=bool(passive_signing)))
            continue
        if not subject and not objects:
            continue
        if not subject and _DELEGATION_SUBJECT.search(text[max(s, trig.start - 50):trig.start]):
            counterparts = [m for m in objects if m.kind == "person"] or \
                _chain(text, trig.end, [m for m in objects if m.kind == "org"])
            if counterparts:
                out.append(Candidate(trig, sentence, [], counterparts, subject_delegation=True))
            continue
        if not subject:
            people = [m for m in objects if m.kind == "person"]
            title = _subject_title(text, s, trig.start, mentions)
            counterparts = people or _chain(text, trig.end, [m for m in objects if m.kind == "org"]) \
                or _businesses(text, trig.end, e)
            if title is not None and counterparts:
                out.append(Candidate(trig, sentence, [], counterparts, subject_office=title))
                continue
            first = objects[0] if objects else None
            if first is not None and first.kind == "org" and _DELEGATION_OBJECT.fullmatch(text[trig.end:first.start]):
                out.append(Candidate(trig, sentence, [], people, first))
            elif len(people) >= 2:
                out.append(Candidate(trig, sentence, [], people))
            elif people and _OPENING_SETTING.fullmatch(text, s, trig.start) \
                    and _SAME_PHRASE.fullmatch(text, trig.end, people[0].start):
                out.append(Candidate(trig, sentence, [], people, subject_previous=True))
            continue
        people = [m for m in objects if m.kind == "person"]
        counterparts = people or _chain(text, trig.end, [m for m in objects if m.kind == "org"])
        if not counterparts and objects and objects[0].kind == "country" \
                and _DIRECT.fullmatch(text[trig.end:objects[0].start]):
            counterparts = [objects[0]]
        delegation = None
        if not counterparts and objects and (_DELEGATION_OBJECT.fullmatch(text[trig.end:objects[0].start])
                                             or _titled_object(text, trig.end, objects[0])):
            delegation = objects[0]
        principal = [m for m in _principal(_subject_clause(text, subject)) if m.kind != "country"]
        led = bool(principal) and principal[0].kind == "org" and \
            _DELEGATION_BEFORE.search(text, max(s, principal[0].start - 40), principal[0].start) is not None
        if not principal:
            titled = [m for m in subject if m.kind == "country" and _titled(text, s, m.start)]
            principal, led = titled[-1:], bool(titled)
        passive = _passive_host(text, subject, principal, trig)
        if passive is not None:
            visitors, host = passive
            out.append(Candidate(replace(trig, direction="visitor-first"), sentence, visitors, [host]))
            continue
        if not counterparts and delegation is None:
            counterparts = _local_leaders(text, trig.end, e) or _businesses(text, trig.end, e)
        bare = not counterparts and delegation is None and _BARE_DELEGATION.match(text, trig.end) is not None
        office = _office_alone(text, trig.end, e, objects) if not counterparts and delegation is None else None
        out.append(Candidate(trig, sentence, principal, counterparts, delegation, led, article_delegation=bare,
                             office=office))
    return out


def _without_names(text: str, mentions: list[Mention]) -> str:
    """``text`` with the names of persons and organisations blanked, offsets kept: the words of a name are no
    blocker ("Tổ chức Xúc tiến Thương mại Nhật Bản đã ký": "xúc tiến" is no preparing to sign)."""
    for m in mentions:
        if m.kind in ("person", "org"):
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    return text


def _anchor(subject: list[Mention], start: int) -> int:
    """Where the words between the subject and its trigger start: after the subject's person, or, when it
    names no person, at the clause's start ("Tổng thống Mỹ có thể đề cập ... THAAD trong cuộc gặp", "Cho biết
    sẽ có chuyến thăm chính thức Hoa Kỳ và hội đàm với ...")."""
    people = [m.end for m in subject if m.kind == "person"]
    return max(people) if people else start


def _titled(text: str, start: int, pos: int) -> bool:
    """An office title stands a few words before ``pos`` ("Chủ tịch Quốc hội Myanmar"): an office holder named
    by the office alone."""
    return any(_WORDS_TO_COUNTRY.fullmatch(text, m.end(), pos)
               for m in actor_lexicon().titles.finditer(text, max(start, pos - 60), pos))


def _titled_object(text: str, start: int, m: Mention) -> bool:
    """The counterpart is an office holder named by the office of an organisation or a country alone, right
    after the trigger ("gặp với Trưởng đoàn OECD", "tiếp Chủ tịch Quốc hội Myanmar"): like a delegation, it
    stands for the person of that side the article names, if any. The side must print its country."""
    title = actor_lexicon().titles.search(text, start, m.start)
    return m.kind in ("org", "country") and m.country is not None and title is not None \
        and _TO_TITLE.fullmatch(text, start, title.start()) is not None and not text[title.end():m.start].strip()


# "làm việc với các đồng chí lãnh đạo tỉnh Sơn La": the local authority met, named by its place.
_LOCAL_LEADERS = re.compile(r"\s*(?:với\s+)?(?:các\s+)?(?:đồng chí\s+)?(?:đại diện\s+)?[Ll]ãnh đạo\s+"
                            r"(?:(?:UBND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy)\s+)?(?=(?:tỉnh|thành phố|TP\.?)\s)")


def _local_leaders(text: str, start: int, end: int) -> list[Mention]:
    """The province or city whose leaders are met right after the trigger, as an organisation ("tỉnh Sơn La")."""
    m = _LOCAL_LEADERS.match(text, start, end)
    if m is None:
        return []
    place = next((c for c in find_countries(text[m.end():min(end, m.end() + 40)])
                  if c.kind in ("province", "city", "capital")), None)
    if place is None or text[m.end():m.end() + place.start].strip() not in ("tỉnh", "thành phố", "TP", "TP."):
        return []
    a, z = m.end(), m.end() + place.end
    return [Mention("org", text[a:z], a, z, None, text[a:z], place.code, "local-authority", 0, a, z)]


def _subject_title(text: str, start: int, pos: int, mentions: list[Mention]) -> str | None:
    """An office title alone that opens the clause of the trigger at ``pos`` or an earlier one of its sentence
    ("Sáng 6/6, Thủ tướng đã gặp ...", "Chủ tịch nước đã đặt hoa ..., thăm ... và có cuộc gặp với ..."): the
    subject is its holder, named elsewhere in the article. Not when a person or a speaker stands between
    ("người phát ngôn X cho biết trong cuộc gặp ...")."""
    for clause in reversed([start, *(m.end() for m in _CLAUSE_BREAK.finditer(text, start, pos))]):
        if any(m.kind == "person" and clause <= m.start < pos for m in mentions) or _speech().search(text, clause, pos):
            return None
        lead = _HONORIFIC_LEAD.match(text, clause, pos)
        title = actor_lexicon().titles.match(text, lead.end() if lead else clause, pos)
        if title is not None:
            return title.group()
    return None


# "gặp với lãnh đạo các tập đoàn hàng đầu của Hoa Kỳ ... như ExxonMobil, Coca Cola, Nike": businesses named
# after the kind of business and the country they are of.
_BUSINESS_LIST = re.compile(r"\s*(?:với\s+)?(?:(?:lãnh đạo|đại diện|Lãnh đạo|Đại diện)\s+)?(?:các|một số|nhiều)\s+"
                            r"(?:tập đoàn|công ty|doanh nghiệp|hãng|quỹ đầu tư|ngân hàng)(?P<kind>[^.;:]{0,120}?)"
                            r"\s+(?:như|gồm|gồm có|là)\s*:?\s+")
_LIST_ITEM = re.compile(r"(?:(?:,\s*|\s+và\s+)?)(?P<name>[A-ZĐ][\w&.\-]*(?:\s+[A-ZĐ0-9][\w&.\-]*){0,4})")
_LIST_MAX = 12


def _businesses(text: str, start: int, end: int) -> list[Mention]:
    """Businesses listed after their kind and country, one counterpart each ("các tập đoàn ... của Hoa Kỳ như
    A, B và C"); none unless the kind names a country."""
    m = _BUSINESS_LIST.match(text, start, end)
    if m is None:
        return []
    country = next((c for c in find_countries(m.group("kind")) if c.kind not in ("province", "city", "capital")),
                   None)
    if country is None:
        return []
    out: list[Mention] = []
    pos = m.end()
    while (item := _LIST_ITEM.match(text, pos, end)) is not None and len(out) < _LIST_MAX:
        a, z = item.start("name"), item.end("name")
        while z > a and text[z - 1] == ".":
            z -= 1
        out.append(Mention("org", text[a:z], a, z, None, text[a:z], country.code, "listed-business", 0, a, z))
        pos = z
    return out


def _office_alone(text: str, start: int, end: int, objects: list[Mention]) -> str | None:
    """The office title right after the trigger when no person follows it in its clause ("đón và hội kiến Thủ
    tướng Chính phủ và Đoàn ..."): the title, else None."""
    lead = _TO_TITLE.match(text, start, end)
    title = actor_lexicon().titles.match(text, lead.end() if lead else start, end)
    if title is None:
        return None
    clause = _CLAUSE_BREAK.search(text, title.end(), end)
    stop = clause.start() if clause else end
    return None if any(m.kind == "person" and m.start < stop for m in objects) else title.group()


def _passive_host(text: str, subject: list[Mention], principal: list[Mention], trig: Trigger
                  ) -> tuple[list[Mention], Mention] | None:
    """"A ... được B tiếp": B hosts and the person named before "được" visits."""
    if trig.direction != "host-first" or not principal or principal[0].kind != "person":
        return None
    host = principal[0]
    if not _BY.search(text, max(0, host.phrase_start - 12), host.phrase_start):
        return None
    visitors = [m for m in subject if m.kind == "person" and m.end <= host.phrase_start]
    return (visitors[-1:], host) if visitors else None


_CHAIN_START = re.compile(r"\s*(?:và\s+(?:trao đổi|làm việc|hội đàm|tiếp xúc)\s+)?(?:với\s+|của\s+)?"
                          r"(?:(?:các\s+)?(?:lãnh đạo|đại diện|Lãnh đạo|Đại diện)\s+)?")
_CHAIN_LINK = re.compile(r"\s*(?:,|và|;)\s*")


def _chain(text: str, start: int, orgs: list[Mention]) -> list[Mention]:
    """Organisations named right after the trigger, one after another ("làm việc với A, B và C")."""
    out: list[Mention] = []
    pos, pattern = start, _CHAIN_START
    for m in orgs:
        if not pattern.fullmatch(text[pos:m.start]):
            break
        out.append(m)
        pos, pattern = m.end, _CHAIN_LINK
    return out


@cache
def _speech() -> re.Pattern[str]:
    return re.compile(alternation(words("speech_verbs.txt")))


@cache
def _agreements() -> re.Pattern[str]:
    return re.compile(alternation(words("agreements.txt")), re.IGNORECASE)


def _agreement_follows(text: str, sentence_start: int, start: int, end: int) -> bool:
    """A signing names what was signed within a few words after the trigger ("ký Bản ghi nhớ", "ký kết 4 văn
    kiện"), or before it in the passive ("Thỏa thuận này được X và Y ký kết"); "ký, ban hành Quyết định" or
    "việc ký kết" with nothing signed is no reported signing."""
    window = " ".join(text[start:end].split()[:_AGREEMENT_REACH])
    if _agreements().search(window):
        return True
    passive = _PASSIVE.search(text, sentence_start, start)
    return passive is not None and _agreements().search(text, sentence_start, passive.start()) is not None


def agreement_named(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names a signed document (an agreement, a memorandum...)."""
    return _agreements().search(text, start, end) is not None


def _linked(text: str, start: int, pos: int) -> bool:
    """A signing's counterpart is named after "giữa" (between) or "với" (with)."""
    gap = f" {text[start:pos]}"
    return (" giữa " in gap or " với " in gap) and not _MEETING_WORDS.search(gap)


def _inside_object_office(m: Mention, mentions: list[Mention]) -> bool:
    """A person named inside another's office ("Đặc phái viên của Tổng thống Hàn Quốc Moon Jae-in")."""
    return any(o is not m and o.kind == "person" and o.phrase_start <= m.start and m.end <= o.phrase_end
               for o in mentions)


def _cut_at_clause(text: str, start: int, objects: list[Mention]) -> list[Mention]:
    """Drop counterparts after the object phrase ends: at a verb clause ("và trao điện mừng của ...", ", dự tọa
    đàm với ..."), at "là" that makes the meeting a subject ("gặp gỡ lãnh đạo ... là một thách thức với ông
    Trump"), at "của" after a counterpart ("đặc phái viên X của Tổng thống Y": Y sent X)."""
    kept: list[Mention] = []
    for m in objects:
        gap = text[kept[-1].phrase_end if kept else start:m.start]
        if ", dự " in gap or _COPULA.search(gap) or kept and (
                gap.lstrip().startswith("của ") or any(w in gap for w in _CLAUSE_WORDS)):
            break
        kept.append(m)
    return kept
