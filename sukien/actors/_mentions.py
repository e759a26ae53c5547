"""Recognise persons, organisations and countries in one sentence.

Reads a sentence's words (with underthesea tags) and the lexicon matches;
gives :class:`Mention` objects whose offsets point into the cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sukien.actors._lexicon import ActorLexicon, actor_lexicon, foreign_spelling, title_rank, vietnamese_name
from sukien.nlp import Word, transliterated, words
from sukien.resolve.countries import find_countries

_NAME_TAGS = frozenset({"Np", "Ny", "Nb", "X", "FW", "Nu"})
_GLUE = frozenset({"kiêm", "của", "và", ","})
_DASHES = frozenset({"-", "–"})
_PLACE_KINDS = frozenset({"capital", "city", "province"})
_ACRONYM = re.compile(r"[A-ZĐ]{2,}[A-ZĐ0-9]*")
_REGNAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # "Felipe VI", "Elizabeth II": a regnal number ends the name
_SYLLABLE = re.compile(r"\S+")
_GLUED_PARTICLE = re.compile(r"(?:al|el)-[A-Z]")
_STRAY_LETTER = re.compile(r"[a-z]")  # the last letter of a name split off by a stray space ("Macr i,")


@dataclass(frozen=True, slots=True)
class Mention:
    """A person, organisation or country named in a sentence."""

    kind: str
    name: str
    start: int
    end: int
    office: str | None = None
    org: str | None = None
    country: str | None = None
    country_rule: str | None = None
    rank: int = 0
    phrase_start: int = 0
    phrase_end: int = 0


@dataclass
class _Tok:
    word: Word
    label: str
    country: str | None = None
    org_end: int = -1
    span: tuple[int, int] | None = None
    head_end: int = -1


def _place_glued_to_name(ws: list[Word], n: int, localities: frozenset[str]) -> bool:
    """After a locality word, an unknown place glued onto the name that goes on in the next word ("tỉnh
    Gangwon Choi" + "Moonsoon")."""
    w = ws[n]
    return 0 < n < len(ws) - 1 and ws[n - 1].text.casefold() in localities and w.tag == "Np" and " " in w.text \
        and ws[n + 1].tag == "Np" and ws[n + 1].text[:1].isupper()


def _particle(syllable: str, particles: tuple[str, ...]) -> bool:
    """A lower-case particle of a foreign name: "bin", "von", "al-Saud"."""
    return any(syllable == p or p.endswith("-") and syllable.startswith(p) and syllable[len(p):][:1].isupper()
               for p in particles)


def _split_words(text: str, ws: list[Word], edges: list[tuple[int, int]], heads: dict[int, int],
                 lex: ActorLexicon) -> list[Word]:
    """Undo the tagger's glue: split a word at the edges of a country name or a title inside it ("Indonesia
    Enggartiasto", "Quốc vương Salman"), after the one-word place a locality names ("tỉnh Gangwon Choi
    Moonsoon"), and cut clause words off a name ("Ngọc Tại"), not off an organisation's ("Báo Nhân Dân"); cut
    a foreign name's last word off the verb the tagger glued it to ("Merkel hối thúc")."""
    out: list[Word] = []
    for n, w in enumerate(ws):
        head = w.text.split()[0]
        if w.tag != "Np" and " " in w.text and n and ws[n - 1].tag == "Np" and head[:1].isupper() \
                and foreign_spelling(head):  # "Angela" + "Merkel hối thúc": the name's last word glued to a verb
            rest = w.start + len(head) + (len(w.text) - len(head) - len(w.text[len(head):].lstrip()))
            out.extend((Word(w.start, w.start + len(head), head, "Np"), Word(rest, w.end, text[rest:w.end], w.tag)))
            continue
        cuts = sorted({p for s, e in edges for p in (s, e) if w.start < p < w.end})
        if _place_glued_to_name(ws, n, lex.localities) and not cuts:
            cuts.append(w.start + w.text.index(" "))
        if " " in w.text and w.tag == "Np":
            for m in _SYLLABLE.finditer(w.text):
                if _particle(m.group(), lex.name_particles) or _given_name_last(w.text, m, lex):
                    continue
                if m.group() in lex.name_stopwords and w.start not in heads or not m.group()[:1].isupper() \
                        or _ACRONYM.fullmatch(m.group()) and not (m.start() and _REGNAL.fullmatch(m.group())):
                    cuts.extend((w.start + m.start(), w.start + m.end()))
        if not cuts:
            out.append(w)
            continue
        bounds = [w.start, *sorted(set(cuts)), w.end]
        for a, b in zip(bounds, bounds[1:], strict=False):
            piece = text[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                out.append(Word(a + lead, a + lead + len(piece), piece, w.tag))
    return out


def _given_name_last(word: str, m: re.Match[str], lex: ActorLexicon) -> bool:
    """The syllable ``m`` of ``word`` is a given name that ends a name of three syllables or more starting with
    a family name ("Nguyễn Thiện Nhân")."""
    syllables = word.split()
    return m.group() in lex.given_name_words and m.end() == len(word) and len(syllables) >= 3 \
        and syllables[0] in lex.surnames


def _lower_heads(ws: list[Word], heads: frozenset[str]) -> set[int]:
    """Starts of lower-case organisation heads right before a capitalised name ("báo Le Monde")."""
    return {w.start for w, nxt in zip(ws, ws[1:], strict=False)
            if w.text in heads and nxt.text[:1].isupper() and nxt.tag in ("Np", "Ny")}


def _whole_head(w: Word, head_end: int) -> bool:
    """An organisation head stands as its own word, or is followed inside the word by capitalised syllables:
    "Ban" in "Ban Tổ chức", not in "Ban đầu"."""
    rest = w.text[head_end - w.start:].split()
    return not rest or rest[0][:1].isupper()


def _spans(pattern: re.Pattern[str], text: str, offset: int) -> list[tuple[int, int]]:
    return [(m.start() + offset, m.end() + offset) for m in pattern.finditer(text)]


def _overlaps(w: Word, spans: list[tuple[int, int]]) -> bool:
    return any(s < w.end and w.start < e for s, e in spans)


def find_mentions(text: str, start: int, end: int, tagged: list[Word] | None = None) -> list[Mention]:
    """The actors named in the sentence ``text[start:end]``, in text order; ``tagged`` are the sentence's
    words when the caller has them already."""
    lex = actor_lexicon()
    sent = text[start:end]
    countries = [(c.start + start, c.end + start, c.code, c.kind) for c in find_countries(sent)]
    titles = _spans(lex.titles, sent, start)
    ranks = _spans(lex.ranks, sent, start)
    honors = _spans(lex.honorifics, sent, start)
    edges = [(s, e) for s, e, _, _ in countries] + titles + ranks + honors
    heads = dict(_spans(lex.org_heads, sent, start))
    ws = _split_words(text, tagged if tagged is not None else words(text, start, end), edges, heads, lex)

    toks: list[_Tok] = []
    lower = _lower_heads(ws, lex.lower_heads)
    for w in ws:
        country = next(((code, kind) for s, e, code, kind in countries if s < w.end and w.start < e), None)
        if _overlaps(w, ranks):
            label = "R"
        elif _overlaps(w, titles):
            label = "T"
        elif _overlaps(w, honors) and (not w.capitalised or w.text.casefold() in lex.honorific_words):
            label = "H"
        elif w.text in lex.not_orgs or w.text in lex.name_stopwords:
            label = "w"
        elif country is not None:
            label = "P" if country[1] in _PLACE_KINDS else "C"
        elif w.start in heads and w.text[:1].isupper() and _whole_head(w, heads[w.start]) \
                or _ACRONYM.fullmatch(w.text) or w.start in lower:
            label = "O"
        elif w.text in _GLUE:
            label = w.text
        elif w.text[:1].isupper() and (w.tag in _NAME_TAGS or w.capitalised and w.tag != "V") \
                or _particle(w.text.split()[0], lex.name_particles) and " " in w.text or _GLUED_PARTICLE.match(w.text):
            label = "N"
        else:
            label = "w"
        span = next(((s, e) for s, e, _, _ in countries if s < w.end and w.start < e), None) if label in "CP" else None
        if span and toks and toks[-1].span == span:
            glued = toks[-1].word
            toks[-1].word = Word(glued.start, w.end, text[glued.start:w.end], glued.tag)
            continue
        toks.append(_Tok(w, label, country[0] if country and label in "CP" else None, span=span,
                         head_end=heads.get(w.start, -1) if label == "O" else -1))
    for n, (before, tok) in enumerate(zip(toks, toks[1:], strict=False)):
        if tok.label in ("N", "w") and tok.word.text[:1].isupper() \
                and tok.word.text.split()[0].casefold() in lex.localities and before.label in ("T", "o", "O", "R"):
            tok.label = "o"  # "Thủ hiến Bang Hessen": a place named with its locality word capitalised
        if tok.label == "N" and before.word.text.casefold() in lex.localities:
            tok.label = "o"
            after = toks[n + 2] if n + 2 < len(toks) else None
            if after is not None and _place_tail(tok, after, toks[n + 3] if n + 3 < len(toks) else None):
                after.label = "o"
        if tok.label == "w" and tok.word.text in lex.localities and before.label in ("T", "o", "O", "R"):
            tok.label = "o"
        if tok.label in ("N", "w") and tok.word.tag != "Np" and tok.word.text[:1].isupper() \
                and before.label in ("T", "o", "O", "R"):
            tok.label = "o"
        elif tok.label in ("N", "w") and tok.word.tag != "Np" and tok.word.text[:1].isupper() \
                and before.label == "và" and n and toks[n - 1].label in ("T", "o") and toks[n - 1].org_end < 0:
            before.label = tok.label = "o"
    _mark_orgs(toks, lex.surnames, lex.complete_heads)
    return _build(text, toks, lex.surnames, lex.not_names)


def _place_tail(place: _Tok, tok: _Tok, after: _Tok | None) -> bool:
    """``tok`` ends the transliterated place name ``place`` starts after a locality word ("bang Rai-lan Phan-xờ"):
    one hyphenated word like it, with no other name after it."""
    return tok.label == "N" and " " not in tok.word.text and "-" in tok.word.text and "-" in place.word.text \
        and (after is None or not after.word.text[:1].isupper())


def _looks_like_person(tok: _Tok, surnames: frozenset[str]) -> bool:
    parts = tok.word.text.split()
    return tok.word.tag == "Np" and len(parts) >= 2 and parts[0] in surnames


def _mark_orgs(toks: list[_Tok], surnames: frozenset[str], complete_heads: frozenset[str]) -> None:
    """Extend every organisation head over the words of its name; mark them 'o'."""
    i = 0
    while i < len(toks):
        if toks[i].label != "O":
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].word.start < toks[i].head_end:  # the rest of a head the tagger split
            j += 1
        if toks[i].word.text[:1].islower():
            while j < len(toks) and toks[j].label in ("N", "C", "O", "o") and toks[j].word.text[:1].isupper():
                j += 1
        while j < len(toks) and not _ACRONYM.fullmatch(toks[i].word.text) and toks[i].word.text[:1].isupper():
            t = toks[j]
            if toks[j - 1].label == "C" and j - 1 > i and t.word.text in ("-", "–") and j + 1 < len(toks) \
                    and toks[j + 1].label == "C" and toks[i].word.text not in actor_lexicon().state_heads:
                j += 2  # "Hội hữu nghị Việt Nam - Campuchia": a pair of countries names the organisation
                continue
            if toks[j - 1].label == "C" and j - 1 > i:
                break
            if t.word.tag == "Np" and t.label == "N" and toks[j - 1].word.text[:1].isupper() \
                    and (j > i + 1 or toks[i].word.text in complete_heads or _holder_after_head(toks, i, j)):
                break
            lower_end = _lower_portfolios(toks, j + 1) if t.label == "," and toks[i].word.text == "Bộ" else 0
            if lower_end:
                j = lower_end
            elif t.label in ("C", "P", "O", "o") or (t.label == "N" and not _looks_like_person(t, surnames)) \
                    or (t.label == "," and _portfolio_list(toks, j + 1, surnames)):
                j += 1
            elif t.label in ("T", "w") and t.word.text[:1].isupper() and t.word.tag != "Np":
                j += 1
            elif t.label in ("và", "w") and j + 1 < len(toks) and t.word.tag in ("C", "N", "A") \
                    and (toks[j + 1].label in ("N", "w", "T", "o")
                         or toks[j + 1].label in ("C", "P") and t.label == "w") \
                    and toks[j + 1].word.text[:1].isupper() and not _looks_like_person(toks[j + 1], surnames):
                j += 1
            else:
                break
        for k in range(i, j):
            toks[k].org_end = j
            if k > i:
                toks[k].label = "o" if toks[k].label != "C" else "C"
        i = j


def _holder_after_head(toks: list[_Tok], i: int, j: int) -> bool:
    """"Chủ tịch Viện Akihiko Tanaka": a title, an institution's head word alone, then its holder's foreign name
    (two words or more, no country or organisation after it; "Công ty Nam Triệu" is a company's name)."""
    t = toks[j]
    return j == i + 1 and i > 0 and toks[i - 1].label == "T" \
        and toks[i].word.text in actor_lexicon().institution_heads \
        and len(t.word.text.split()) >= 2 and foreign_spelling(t.word.text) \
        and (j + 1 == len(toks) or toks[j + 1].label not in ("C", "P", "O", "o"))


def _portfolio_list(toks: list[_Tok], k: int, surnames: frozenset[str]) -> bool:
    """After a comma, the portfolios of one ministry go on up to "và" ("Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Nông nghiệp, Lâm nghiệp và Thủy sản"): capitalised words that are no organisation head, country, title
    or person."""
    for n in range(k, min(k + 3, len(toks) - 1)):
        t = toks[n]
        if t.label == "và":
            return n > k and toks[n + 1].word.text[:1].isupper()
        if t.label not in ("N", "w") or not t.word.text[:1].isupper() or _looks_like_person(t, surnames):
            return False
    return False


def _lower_portfolios(toks: list[_Tok], k: int) -> int:
    """After "Bộ X," the portfolios of the ministry written in lower case ("Bộ Nông nghiệp, cung ứng và chăn
    nuôi"): nouns in groups of one or two words split by commas, then "và" and one or two more nouns that end
    the name (a country, a mark or the sentence's end follows). Gives the index past the name, or 0."""
    n, group = k, 0
    while n < len(toks) and n < k + 10:
        t = toks[n]
        if t.label == "và" and group:
            m = n + 1
            while m < len(toks) and m < n + 3 and _lower_noun(toks[m]):
                m += 1
            ends = m == len(toks) or toks[m].label in ("C", "P", ",", "w") and not toks[m].word.text[:1].islower()
            return m if m > n + 1 and ends else 0
        if t.label == "," and group:
            group = 0
        elif _lower_noun(t) and group < 2:
            group += 1
        else:
            return 0
        n += 1
    return 0


def _lower_noun(tok: _Tok) -> bool:
    return tok.label == "w" and tok.word.tag in ("N", "A", "V") and tok.word.text[:1].islower()


def _is_material(tok: _Tok) -> bool:
    return tok.label in ("T", "R", "H", "O", "o", "C") or tok.org_end >= 0


def _has_title(toks: list[_Tok], a: int, b: int) -> bool:
    return any(toks[k].label in ("T", "R", "H") for k in range(a, b))


def _build(text: str, toks: list[_Tok], surnames: frozenset[str], not_names: frozenset[str]) -> list[Mention]:
    out: list[Mention] = []
    used: set[int] = set()
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.label != "N" or t.org_end >= 0:
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].label == "N" and toks[j].org_end < 0:
            j += 1
        if j < len(toks) and _ACRONYM.fullmatch(toks[j].word.text) and _REGNAL.fullmatch(toks[j].word.text):
            j += 1  # "Elizabeth" + "II"
        if j + 1 < len(toks) and _STRAY_LETTER.fullmatch(toks[j].word.text) and toks[j + 1].word.text in ",.;":
            j += 1
        left = _left_material(toks, i)
        if _possessed(toks, left) and any(toks[k].label == "," and toks[k + 1].label == "H"
                                          for k in range(left, i - 1)):
            left = i  # "chuyến thăm của Chủ tịch Quốc hội Myanmar, ông X nhấn mạnh": the title is the visitor's
        right = _right_material(toks, j)
        if _foreign_office_of_next_clause(toks, j, right, text[toks[i].word.start:toks[j - 1].word.end]):
            right = j  # "Tại cuộc hội kiến với Chủ tịch nước Trần Đại Quang, Thủ tướng Belarus khẳng định ..."
        has_title = _has_title(toks, left, i) or right > j
        parts = " ".join(tk.word.text for tk in toks[i:j]).split()
        titled_here = i > 0 and toks[i - 1].label in ("T", "R", "H") \
            or i > 1 and toks[i - 1].label == "C" and toks[i - 2].label in ("T", "R") and toks[i].word.tag == "Np" \
            or has_title and len(parts) == 1 and transliterated(parts[0])
        if not (has_title or (parts[0] in surnames and 2 <= len(parts) <= 4)) or (len(parts) == 1 and not titled_here) \
                or _not_a_name(" ".join(parts), not_names):
            i = j
            continue
        if right < len(toks) and toks[right].label == "N":
            if any(toks[k].label == "của" for k in range(j, right)):
                inner = right
                while inner < len(toks) and toks[inner].label == "N":
                    inner += 1
                right = inner
            else:
                glue = [k for k in range(j + 1, right) if toks[k].label in (",", "và")]
                right = glue[-1] if glue and glue[-1] > j + 1 else j
        if any(toks[k].label == "của" for k in range(left, i)) and j + 2 < len(toks) and toks[j].label == "," \
                and toks[j + 1].label == "H" and toks[j + 2].label == "N":
            i = j
            continue
        name_start, name_end = toks[i].word.start, toks[j - 1].word.end
        material = list(range(left, i)) + list(range(j, right))
        out.append(_person(text, toks, material, left, i, j, right, name_start, name_end))
        used.update(material)
        used.update(range(i, j))
        i = right if right > j else j
    out.extend(_orgs_and_countries(text, toks, used))
    out.sort(key=lambda m: m.start)
    return out


def _foreign_office_of_next_clause(toks: list[_Tok], j: int, right: int, name: str) -> bool:
    """The office after a Vietnamese name and a comma is a bare title of a foreign country that runs into a verb
    ("..., Thủ tướng Belarus khẳng định"): the subject of the next clause, not the name's office."""
    return j < right < len(toks) and toks[right].word.tag == "V" and vietnamese_name(name) \
        and all(toks[k].label in ("T", "R", "C") for k in range(j + 1, right)) \
        and any(toks[k].label == "C" and toks[k].country not in (None, "VNM") for k in range(j, right))


def _not_a_name(name: str, not_names: frozenset[str]) -> bool:
    """A place or thing that reads like a name (lexicons/not_names.txt), also joined to what comes before it
    ("Á-Thái Bình Dương" of "châu Á-Thái Bình Dương")."""
    return name in not_names or any(name.endswith(("-" + n, " " + n)) for n in not_names)


def _possessed(toks: list[_Tok], left: int) -> bool:
    """The offices that end before ``left`` follow "của" ("chuyến thăm của Chủ tịch Thượng viện, kiêm ...")."""
    k = left - 1
    while k >= 0 and toks[k].label in ("T", "R", "C", "O", "o", "P", ",", "kiêm"):
        k -= 1
    return k >= 0 and toks[k].label == "của"


def _left_material(toks: list[_Tok], i: int) -> int:
    k = i
    if k >= 2 and toks[k - 1].label == "H" and toks[k - 2].label == "," and k >= 3 and _is_material(toks[k - 3]):
        k -= 2
    elif k >= 2 and toks[k - 1].word.text in _DASHES and (_is_material(toks[k - 2]) or _titled_place(toks, k - 2)):
        k -= 1  # "Thống đốc thành phố St.Petersburg - Georgy Pontavchenko"
    elif k >= 3 and toks[k - 1].label == "H" and toks[k - 2].word.text in _DASHES \
            and (_is_material(toks[k - 3]) or _titled_place(toks, k - 3)):
        k -= 2  # "Thủ hiến bang Hessen - ông Volker Bouffier"
    while k > 0:
        prev = toks[k - 1]
        if _is_material(prev):
            k -= 1
        elif prev.label == "của" and k >= 2 and k < i and toks[k].label == "C" \
                and (_is_material(toks[k - 2]) or _in_charge_of(toks, k - 1) < k - 1):
            k -= 1
        elif prev.label == "P" and k >= 3 and toks[k - 2].word.text in ("tại", "ở") and _is_material(toks[k - 3]):
            k -= 2
        elif prev.label == "P" and k >= 2 and toks[k - 2].label in ("T", "O", "o"):
            k -= 1
        elif prev.word.text == ")" and toks[k].label not in ("T", "R", "H"):
            opened = next((x for x in range(k - 2, max(k - 9, -1), -1) if toks[x].word.text == "("), None)
            if opened is None or opened == 0 or not all(_is_material(toks[x]) for x in range(opened + 1, k - 1)) \
                    or not (_is_material(toks[opened - 1]) or _titled_place(toks, opened - 1)):
                break
            k = opened
        elif prev.word.text in ("tại", "ở") and k < i and toks[k].label in ("C", "P") and k >= 2 \
                and _is_material(toks[k - 2]):
            k -= 1
        elif (charge := _in_charge_of(toks, k)) < k:
            k = charge
        elif (prev.label in (",", "kiêm", "và") or prev.word.text in _DASHES) and k - 2 >= 0 \
                and toks[k - 2].label in ("T", "R", "o", "O") \
                and k < i and toks[k].label in ("T", "R", "H") \
                and not any(t.word.text in ("tại", "ở") for t in toks[max(0, k - 6):k - 1]):
            k -= 1
        else:
            break
    return k


_CHARGE_WORDS = 3  # lower-case words of a portfolio after "phụ trách"


def _in_charge_of(toks: list[_Tok], k: int) -> int:
    """Where "phụ trách" and the lower-case portfolio after it, ending before token ``k``, start when a title
    precedes them ("Quốc vụ khanh phụ trách thương mại của Tây Ban Nha"); else ``k``."""
    for j in range(k - 2, max(k - 2 - _CHARGE_WORDS, 0) - 1, -1):
        if j >= 1 and toks[j].word.text == "phụ trách" and toks[j - 1].label in ("T", "R") \
                and all(t.label == "w" and t.word.text[:1].islower() for t in toks[j + 1:k]):
            return j
    return k


def _titled_place(toks: list[_Tok], k: int) -> bool:
    """A place that ends an office ("Thống đốc tỉnh Kyoto" before "(Nhật Bản) Takatoshi Nishiwaki")."""
    return toks[k].label == "P" and k >= 1 and _is_material(toks[k - 1])


def _right_material(toks: list[_Tok], j: int) -> int:
    if j + 1 < len(toks) and toks[j].label == "của" and toks[j + 1].label == "C":
        return j + 2
    if j + 1 >= len(toks) or toks[j].word.text not in (",", "-", "–") or toks[j + 1].label not in ("T", "R", "O"):
        return j
    k = j + 1
    while k < len(toks):
        t = toks[k]
        if _is_material(t) or t.label == "của" or t.label == "P" and toks[k - 1].label in ("T", "O", "o"):
            k += 1
            continue
        glue = k
        while glue < len(toks) and toks[glue].label in (",", "kiêm", "và"):
            glue += 1
        if glue > k and glue < len(toks) and toks[glue].label in ("T", "R", "O"):
            k = glue
        elif t.word.text == "(":
            close = next((x for x in range(k + 1, min(k + 8, len(toks))) if toks[x].word.text == ")"), None)
            if close is None or not all(_is_material(toks[x]) for x in range(k + 1, close)):
                break
            k = close + 1
        else:
            break
    if k < len(toks) and toks[k].word.tag == "V" and all(t.label in ("T", "R") for t in toks[j + 1:k]):
        return j  # "X, Thủ tướng nhấn mạnh": a bare title before a verb starts the next clause
    return k


def _text(text: str, toks: list[_Tok], a: int, b: int) -> str | None:
    idx = [k for k in range(a, b) if toks[k].label != "H"]
    while idx and toks[idx[0]].label in (",", "kiêm", "và", "của"):
        idx.pop(0)
    while idx and (toks[idx[-1]].label in (",", "kiêm", "và", "của") or toks[idx[-1]].word.text in _DASHES):
        idx.pop()
    if not idx:
        return None
    return text[toks[idx[0]].word.start:toks[idx[-1]].word.end]


def _person(text: str, toks: list[_Tok], material: list[int], left: int, i: int, j: int, right: int,
            name_start: int, name_end: int) -> Mention:
    office_parts = [p for p in (_text(text, toks, left, i), _text(text, toks, j + 1, right)) if p]
    office = ", ".join(office_parts) or None
    org = None
    for k in material:
        if toks[k].label == "O":
            org = text[toks[k].word.start:toks[toks[k].org_end - 1].word.end]
            break
    posted = [k for k in material if not (k > 0 and toks[k - 1].word.text in ("tại", "ở", "về"))]
    country = next((toks[k].country for k in posted if toks[k].label == "C"), None)
    rule = "office" if country else None
    if country is None:  # "Thống đốc Saint Petersburg X": the city or province the office is of
        country = next((toks[k].country for k in posted if toks[k].label == "P" and toks[k].country), None)
        rule = "office-place" if country else None
    rank = max((title_rank(toks[k].word.text) for k in material if toks[k].label == "T"), default=0)
    return Mention("person", text[name_start:name_end], name_start, name_end, office, org, country, rule, rank,
                   toks[left].word.start if left < i else name_start,
                   toks[right - 1].word.end if right > j else name_end)


def _defined_abbreviation(text: str, found: list[Mention], start: int, end: int) -> bool:
    """``text[start:end]`` is the abbreviation, in brackets, of the organisation named right before it ("Phòng
    Thương mại và Công nghiệp Việt Nam (VCCI)"): another name of that one, not an organisation of its own."""
    return bool(found) and found[-1].kind == "org" and _ACRONYM.fullmatch(text[start:end]) is not None \
        and text[found[-1].end:start].strip() == "(" and text[end:end + 1] == ")"


def _orgs_and_countries(text: str, toks: list[_Tok], used: set[int]) -> list[Mention]:
    out: list[Mention] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if k in used:
            k += 1
            continue
        if t.label == "O" and t.org_end > k:
            s, e = t.word.start, toks[t.org_end - 1].word.end
            if " " not in text[s:e] and not _ACRONYM.fullmatch(text[s:e]) or _defined_abbreviation(text, out, s, e):
                k = t.org_end
                continue
            country = next((toks[x].country for x in range(k, t.org_end) if toks[x].label == "C"), None)
            rule = "org-name" if country else None
            if country is None:
                named = [c for c in find_countries(text[s:e]) if c.kind not in _PLACE_KINDS]
                country, rule = (named[-1].code, "org-name") if named else (None, None)
            if country is None:
                country = next((toks[x].country for x in range(k, t.org_end) if toks[x].label in ("P", "o")
                                and toks[x].country), None)
                rule = "org-place" if country else None
            out.append(Mention("org", text[s:e], s, e, None, text[s:e], country, rule, 0, s, e))
            k = t.org_end
            continue
        if t.label == "C" and t.country:
            kind = "org" if t.country == "IGO" else "country"
            out.append(Mention(kind, t.word.text, t.word.start, t.word.end, None, None, t.country,
                               "country-name", 0, t.word.start, t.word.end))
        k += 1
    return out
