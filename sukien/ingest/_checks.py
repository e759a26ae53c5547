"""The checks every document passes before it is cleaned: not empty, not binary, not too big, Vietnamese."""

from __future__ import annotations

import re
from functools import cache

from sukien._errors import InputError, RejectedDocument
from sukien.document import Document
from sukien.lexicons import words

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
"""The largest document accepted (UTF-8 bytes of its text); bigger ones are rejected unread."""
MAX_PAGE_BYTES = 4 * MAX_DOCUMENT_BYTES
"""The largest saved HTML page accepted: markup and scripts weigh more than the text they hold."""

_SAMPLE = 2000
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_WORD = re.compile(r"[^\W\d_]+")
# Letters only Vietnamese writes: ă đ ơ ư, ĩ ũ, and the Latin Extended Additional block (ạ ả ấ ... ỹ).
_VIETNAMESE = re.compile(r"[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]")


@cache
def _common_words() -> frozenset[str]:
    return frozenset(words("clean_vietnamese_words.txt"))


def megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def too_big(where: str, size: int, limit: int = MAX_DOCUMENT_BYTES) -> RejectedDocument | None:
    """A rejection when ``size`` bytes is over ``limit``."""
    if size > limit:
        return RejectedDocument(where, f"{megabytes(size)}, over the {megabytes(limit)} limit for a document")
    return None


def check(doc: Document, where: str) -> Document | InputError:
    """``doc`` when it is an article sukien can read, else the reason it is not: empty, over the size
    limit, binary, noise (a tenth of its characters or fewer are letters), or not Vietnamese (few letters
    only Vietnamese writes, and few of its most frequent words)."""
    text = doc.original
    if not text.strip():
        return RejectedDocument(where, "empty document")
    if len(text) > MAX_DOCUMENT_BYTES // 4:
        big = too_big(where, len(text.encode("utf-8", "surrogatepass")))
        if big is not None:
            return big
    sample = text[:_SAMPLE]
    if _CONTROL.search(sample) and len(_CONTROL.findall(sample)) > max(2, len(sample) // 1000):
        return RejectedDocument(where, "binary data or control characters, not text")
    vietnamese = len(_VIETNAMESE.findall(sample))
    if vietnamese * 25 >= len(sample):
        return doc
    letters = sum(map(str.isalpha, sample))
    if letters * 10 < len(sample.strip()):
        return RejectedDocument(where, "noise: too few letters for a text")
    if vietnamese >= max(1, letters // 50):
        return doc
    tokens = [w.lower() for w in _WORD.findall(sample)]
    common = sum(1 for w in tokens if w in _common_words())
    if common >= max(1, len(tokens) // 20):
        return doc
    return RejectedDocument(where, f"not Vietnamese ({vietnamese} of {letters} letters and {common} of "
                                   f"{len(tokens)} words are Vietnamese)")
