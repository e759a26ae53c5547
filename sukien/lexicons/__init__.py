"""The lexicons: data files beside this module, each loaded once.

Every file is UTF-8, NFC, one entry a line; lines starting with ``#`` are
comments; ``.tsv`` files have tab-separated columns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from sukien._errors import LexiconError


def _lines(name: str) -> list[str]:
    try:
        text = resources.files("sukien.lexicons").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise LexiconError(f"lexicon {name}: cannot read ({exc})") from exc
    out = []
    for line in text.splitlines():
        line = unicodedata.normalize("NFC", line.rstrip("\n"))
        if line.strip() and not line.startswith("#"):
            out.append(line)
    return out


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-column lexicon, in file order, without duplicates."""
    return tuple(dict.fromkeys(line.strip() for line in _lines(name)))


@cache
def table(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """The rows of a ``.tsv`` lexicon; every row must have ``columns`` columns."""
    rows = []
    for n, line in enumerate(_lines(name), 1):
        cells = tuple(c.strip() for c in line.split("\t"))
        if len(cells) != columns:
            raise LexiconError(f"lexicon {name}: row {n} has {len(cells)} columns, expected {columns}: {line!r}")
        rows.append(cells)
    return tuple(rows)


def alternation(phrases: Iterable[str], *, fold_first: bool = True, bounded: bool = True) -> str:
    """A regex alternation of ``phrases``, longest first; ``fold_first`` lets the first letter of every phrase be
    either case; ``bounded`` makes every phrase stand on whole words."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        escaped = re.escape(p).replace(r"\ ", r"\s+")
        if fold_first and p[:1].isalpha() and p[0].lower() != p[0].upper():
            escaped = f"[{p[0].upper()}{p[0].lower()}]" + re.escape(p[1:]).replace(r"\ ", r"\s+")
        parts.append(escaped)
    body = "(?:" + "|".join(parts) + ")"
    return rf"(?<!\w){body}(?!\w)" if bounded else body


def trie_pattern(keys: Iterable[str], joiner: str = r"\s+") -> str:
    """One regex for all ``keys``, factored character by character so that each position of a text is tried
    once, not once per key; a space in a key matches ``joiner``. The longest key wins over its prefixes."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [(joiner if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
