"""Compiled lexicons for recognising actors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sukien.lexicons import alternation, table, words


@dataclass(frozen=True)
class ActorLexicon:
    titles: re.Pattern[str]
    title_rank: dict[str, int]
    ranks: re.Pattern[str]
    honorifics: re.Pattern[str]
    org_heads: re.Pattern[str]
    surnames: frozenset[str]
    name_stopwords: frozenset[str]
    given_name_words: frozenset[str]
    complete_heads: frozenset[str]
    lower_heads: frozenset[str]
    honorific_words: frozenset[str]
    not_orgs: frozenset[str]
    localities: frozenset[str]
    not_names: frozenset[str]
    name_particles: tuple[str, ...]
    patronymics: frozenset[str]
    institution_heads: frozenset[str]
    state_heads: frozenset[str]


@cache
def actor_lexicon() -> ActorLexicon:
    titles = table("titles.tsv", 2)
    prefix = r"(?:(?:[Pp]hó|[Nn]guyên|[Qq]uyền)\s+)?"
    return ActorLexicon(
        titles=re.compile(prefix + alternation([t for t, _ in titles])),
        title_rank={t.casefold(): int(r) for t, r in titles},
        ranks=re.compile(alternation(words("ranks.txt"))),
        honorifics=re.compile(alternation(words("honorifics.txt"))),
        org_heads=re.compile(alternation(words("org_heads.txt"), fold_first=False), re.IGNORECASE),
        surnames=frozenset(words("surnames.txt")),
        name_stopwords=frozenset(words("name_stopwords.txt")),
        given_name_words=frozenset(words("given_name_words.txt")),
        complete_heads=frozenset(words("org_heads_complete.txt")),
        lower_heads=frozenset(words("org_heads_lower.txt")),
        honorific_words=frozenset(w.casefold() for w in words("honorifics.txt")),
        not_orgs=frozenset(words("not_orgs.txt")),
        localities=frozenset(words("localities.txt")),
        not_names=frozenset(words("not_names.txt")),
        name_particles=tuple(p for p, _ in table("name_particles.tsv", 2)),
        patronymics=frozenset(p for p, kind in table("name_particles.tsv", 2) if kind == "patronymic"),
        institution_heads=frozenset(h for h, kind in table("org_head_kinds.tsv", 2) if kind == "institution"),
        state_heads=frozenset(h for h, kind in table("org_head_kinds.tsv", 2) if kind == "state"),
    )


_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
# A syllable no Vietnamese word has: foreign letters, final consonant clusters, capitals only, or two vowel
# groups ("Akihiko", "Tanaka").
_ANY_VOWEL = _VOWELS + _VOWELS.upper()
_NOT_VIETNAMESE = re.compile(rf"[fjwzFJWZ\-'’]|[bcdghklmpqrstvx]{{2,}}$|^[A-Z]{{2,}}"
                             rf"|[{_ANY_VOWEL}][^{_ANY_VOWEL}]+[{_ANY_VOWEL}]")


def vietnamese_name(name: str) -> bool:
    """A name that reads as a Vietnamese (or Sino-Vietnamese) one: it starts with a family name from the
    lexicon and every syllable is spelt the Vietnamese way ("Kim Jong-un" and "Park Ju-seon" are not)."""
    parts = name.split()
    if not 2 <= len(parts) <= 4 or parts[0] not in actor_lexicon().surnames:
        return False
    return not foreign_spelling(name)


def foreign_spelling(name: str) -> bool:
    """Some syllable of ``name`` is not spelt the Vietnamese way ("Akihiko Tanaka", not "Nam Triệu")."""
    return any(_NOT_VIETNAMESE.search(p.removesuffix("ng").removesuffix("nh").removesuffix("ch"))
               for p in name.split())


def title_rank(title: str) -> int:
    """How senior an office is, from its title ("Phó" halves it)."""
    lex = actor_lexicon()
    t = " ".join(title.split())
    deputy = t.casefold().startswith(("phó ", "nguyên "))
    if deputy:
        t = t.split(" ", 1)[1]
    rank = lex.title_rank.get(t.casefold(), 30)
    return rank // 2 if deputy else rank
