"""Folding Vietnamese text for comparison: đ/Đ to d, combining marks stripped, case folded.

One definition serves search (the store's folded index and its queries) and name matching (the same
person printed "Hernández" and "Hernandez").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")

# The lower-case letters of Vietnamese, as a regex character class body ("[{LOWER}]").
LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
# The capital letters of Vietnamese, the same way ("[{UPPER}]").
UPPER = LOWER.upper()


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character folded (it may become several, or none)."""
    if ch in "đĐ":
        return "d"
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """``text`` as search compares it: đ/Đ to d, combining marks stripped, case folded."""
    return "".join(fold_char(ch) for ch in text)


def fold_words(text: str) -> str:
    """``text`` folded, punctuation dropped, words joined by single spaces ("J. Widodo" → "j widodo")."""
    return " ".join(_WORD.findall(fold(text)))
