"""Document, OffsetMap and TextBuilder: the cleaned text always maps back to the original."""

from __future__ import annotations

import pytest

from sukien import PipelineError
from sukien.document import Cut, Document, OffsetMap, Span, TextBuilder, content_hash


def test_identity_map_points_every_character_at_itself() -> None:
    omap = OffsetMap.identity(5)
    assert [omap.to_original(i) for i in range(5)] == [0, 1, 2, 3, 4]
    assert omap.to_original(5) == 5
    assert omap.span(1, 3) == (1, 3)
    assert OffsetMap.identity(0).to_original(0) == 0


def test_builder_merges_contiguous_copies_and_skips_cut_stretches() -> None:
    original = "Ảnh: X. Thủ tướng tiếp Đại sứ."
    b = TextBuilder()
    b.copy(original[8:18], 8)
    b.copy(original[18:], 18)
    text, omap = b.build()
    assert text == "Thủ tướng tiếp Đại sứ."
    assert omap.segments == [(0, 8, len(original), len(text))]
    for i, ch in enumerate(text):
        assert original[omap.to_original(i)] == ch
    assert omap.span(0, 9) == (8, 17)


def test_replacement_of_another_length_maps_to_the_start_of_its_stretch() -> None:
    b = TextBuilder()
    b.copy("A", 0)
    b.replace(" ", 1, 4)          # three spaces folded into one
    b.copy("B", 4)
    text, omap = b.build()
    assert text == "A B"
    assert [omap.to_original(i) for i in range(3)] == [0, 1, 4]
    assert omap.span(1, 2) == (1, 4)
    assert omap.span(0, 3) == (0, 5)
    assert omap.span(2, 2) == (4, 4)


def test_to_clean_finds_a_kept_character_and_where_a_cut_one_was() -> None:
    original = "Ảnh: X. Thủ tướng tiếp Đại sứ."
    b = TextBuilder()
    b.copy(original[8:], 8)
    _, omap = b.build()
    assert omap.to_clean(8) == 0 and omap.to_clean(12) == 4
    assert omap.to_clean(2) == 0
    assert omap.to_clean(len(original)) == omap.clean_length


def test_map_survives_json() -> None:
    b = TextBuilder()
    b.copy("abc", 2)
    b.replace("d", 5, 7)
    _, omap = b.build()
    again = OffsetMap.from_json(omap.to_json())
    assert again.segments == omap.segments
    assert again.clean_length == omap.clean_length == 4


def test_document_span_points_into_the_original() -> None:
    original = "  Hà Nội, 3/6"
    doc = Document(id="d", original=original)
    b = TextBuilder()
    b.copy(original[2:], 2)
    doc.text, doc.offsets = b.build()
    span = doc.span(0, 6, "place", rule="test")
    assert (span.start, span.end, span.text) == (2, 8, "Hà Nội")
    assert span.to_dict() == {"start": 2, "end": 8, "label": "place", "text": "Hà Nội", "rule": "test"}


def test_layers_are_written_once() -> None:
    doc = Document(id="d", original="x")
    doc.add_layer("events", [1, 2])
    assert doc.layer("events") == (1, 2)
    assert doc.layer("missing") == ()
    with pytest.raises(PipelineError, match="already set"):
        doc.add_layer("events", [])


def test_hash_is_the_content_not_the_id() -> None:
    a = Document(id="a", original="Nội dung")
    b = Document(id="b", original="Nội dung")
    assert a.hash == b.hash == content_hash("Nội dung")
    assert Document(id="a", original="Nội dung khác").hash != a.hash


def test_cut_and_span_serialise() -> None:
    assert Cut(1, 4, "byline", "M.A").to_dict() == {"start": 1, "end": 4, "reason": "byline", "text": "M.A"}
    assert Span(0, 2, "x", "ab").to_dict()["label"] == "x"
