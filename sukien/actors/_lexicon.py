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
    named_heads: frozenset[str]


@cache
def actor_lexicon() -> ActorLexicon:
    titles = table("titles.tsv", 2)
    prefix = r"(?:(?:[Pp]hó|[Nn]guyên|[Qq]uyền)\s+)?"
    return ActorLexicon(
        titles=re.compile(prefix + alternation([t for t, _ in titles])),
        title_rank={t.casefold(): int(r) for t, r in titles},
        ranks=re.compile(alternation(words("ranks.txt"))),
        honorifics=re.compile(alternation(words("honorifics.txt"))),
        org_heads=re.compile(alternation(words("org_heads.txt"), fold_first=False)),
        surnames=frozenset(words("surnames.txt")),
        name_stopwords=frozenset(words("name_stopwords.txt")),
        named_heads=frozenset(words("org_heads_named.txt")),
    )


def title_rank(title: str) -> int:
    """How senior an office is, from its title ("Phó" halves it)."""
    lex = actor_lexicon()
    t = " ".join(title.split())
    deputy = t.casefold().startswith(("phó ", "nguyên "))
    if deputy:
        t = t.split(" ", 1)[1]
    rank = lex.title_rank.get(t.casefold(), 30)
    return rank // 2 if deputy else rank
