"""The one object every step takes and returns.

A :class:`Document` carries the original text, the cleaned text that the
extractor reads, the :class:`OffsetMap` from cleaned to original offsets, the
published date and where it came from, what cleaning cut and why, and the
annotation layers the steps add. Every annotation is a :class:`Span` whose
``start``/``end`` point into the *original* text.

Steps never edit another step's layer: :meth:`Document.add_layer` refuses to
overwrite a layer that exists.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sukien._errors import PipelineError


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of the original text, with how it was resolved."""

    start: int
    end: int
    label: str
    text: str
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label,
                "text": self.text, **dict(self.attrs)}


@dataclass(frozen=True, slots=True)
class Cut:
    """A stretch of the original text that cleaning removed, and the reason."""

    start: int
    end: int
    reason: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "reason": self.reason, "text": self.text}


class OffsetMap:
    """Maps offsets in a cleaned text back to the original.

    Stored as segments ``(clean_start, orig_start, orig_end, clean_len)``: a
    segment whose lengths agree maps character for character; one whose
    lengths differ (a normalised character, a folded run of spaces) maps
    every cleaned character to the start of the original stretch.
    """

    __slots__ = ("_segments", "_starts", "clean_length")

    def __init__(self, segments: Iterable[tuple[int, int, int, int]]) -> None:
        self._segments: list[tuple[int, int, int, int]] = list(segments)
        self._starts = [s[0] for s in self._segments]
        self.clean_length = (self._segments[-1][0] + self._segments[-1][3]) if self._segments else 0

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, 0, length, length)] if length else [])

    @property
    def segments(self) -> list[tuple[int, int, int, int]]:
        return list(self._segments)

    def to_original(self, offset: int) -> int:
        """The original offset of cleaned character ``offset`` (``clean_length`` maps past the end)."""
        if not self._segments:
            return 0
        if offset >= self.clean_length:
            return self._segments[-1][2]
        i = bisect_right(self._starts, offset) - 1
        clean_start, orig_start, orig_end, clean_len = self._segments[max(i, 0)]
        if orig_end - orig_start == clean_len:
            return orig_start + (offset - clean_start)
        return orig_start

    def to_clean(self, offset: int) -> int:
        """The cleaned offset where original character ``offset`` is, or where it would have been when it was cut
        (the start of what follows the cut)."""
        for clean_start, orig_start, orig_end, clean_len in self._segments:
            if offset < orig_end:
                if offset <= orig_start:
                    return clean_start
                return clean_start + (offset - orig_start if orig_end - orig_start == clean_len else 0)
        return self.clean_length

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the cleaned stretch ``[start, end)``."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        o_start = self.to_original(start)
        last = end - 1
        i = bisect_right(self._starts, last) - 1
        clean_start, orig_start, orig_end, clean_len = self._segments[max(i, 0)]
        if orig_end - orig_start == clean_len:
            o_end = orig_start + (last - clean_start) + 1
        else:
            o_end = orig_end
        return o_start, o_end

    def to_json(self) -> list[list[int]]:
        return [list(s) for s in self._segments]

    @classmethod
    def from_json(cls, data: Iterable[Iterable[int]]) -> OffsetMap:
        return cls(tuple(s) for s in data)  # type: ignore[misc]


class TextBuilder:
    """Builds a cleaned text piece by piece while recording the offset map."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[tuple[int, int, int, int]] = []
        self._length = 0

    def copy(self, text: str, orig_start: int) -> None:
        """Append ``text`` that stands unchanged at ``orig_start`` in the original."""
        self.replace(text, orig_start, orig_start + len(text))

    def replace(self, text: str, orig_start: int, orig_end: int) -> None:
        """Append ``text`` standing for the original stretch ``[orig_start, orig_end)``."""
        if not text:
            return
        n = len(text)
        if self._segments:
            cs, os_, oe, cl = self._segments[-1]
            if oe - os_ == cl and orig_end - orig_start == n and oe == orig_start:
                self._segments[-1] = (cs, os_, orig_end, cl + n)
                self._parts.append(text)
                self._length += n
                return
        self._segments.append((self._length, orig_start, orig_end, n))
        self._parts.append(text)
        self._length += n

    def __len__(self) -> int:
        return self._length

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._segments)


def content_hash(text: str) -> str:
    """The identity of a document's content: SHA-256 of its original text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """One article on its way through the pipeline.

    ``where`` is the input a reader read it from (a file, or ``file:line``), the place its failures are
    recorded at; it is not stored, so a document from the store has none.
    """

    id: str
    original: str
    published: str | None = None
    published_source: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    where: str | None = None
    text: str = ""
    offsets: OffsetMap = field(default_factory=lambda: OffsetMap([]))
    cuts: list[Cut] = field(default_factory=list)
    layers: dict[str, tuple[Any, ...]] = field(default_factory=dict)

    @property
    def hash(self) -> str:
        return content_hash(self.original)

    def add_layer(self, name: str, items: Iterable[Any]) -> Document:
        """Add the annotation layer ``name``; a layer is written once, by one step."""
        if name in self.layers:
            raise PipelineError(f"document {self.id}: layer {name!r} is already set")
        self.layers[name] = tuple(items)
        return self

    def layer(self, name: str) -> tuple[Any, ...]:
        return self.layers.get(name, ())

    def span(self, clean_start: int, clean_end: int, label: str, **attrs: Any) -> Span:
        """A :class:`Span` for the cleaned stretch, in original offsets."""
        o_start, o_end = self.offsets.span(clean_start, clean_end)
        return Span(o_start, o_end, label, self.original[o_start:o_end], attrs)

    def iter_layers(self) -> Iterator[tuple[str, tuple[Any, ...]]]:
        return iter(self.layers.items())
