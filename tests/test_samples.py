"""The sample articles bundled for `sukien demo`: well-formed, and the kind of news sukien reads."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "sukien" / "samples" / "articles.jsonl"
TRIGGER = re.compile(r"(?<!\w)(?:tiếp(?!\s+tục)|hội đàm|hội kiến|điện đàm|ký)(?!\w)", re.IGNORECASE)


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), "no blank lines"
    return [json.loads(line) for line in lines]


def test_eight_articles_with_every_field(articles: list[dict[str, Any]]) -> None:
    assert len(articles) == 8
    ids = [a["id"] for a in articles]
    assert ids == [f"sample-{n:02d}" for n in range(1, 9)]
    for a in articles:
        assert set(a) == {"id", "title", "text", "published"}, a["id"]
        assert all(isinstance(a[k], str) and a[k].strip() for k in a), a["id"]
        date.fromisoformat(a["published"])


def test_texts_are_nfc_with_the_title_on_the_first_line(articles: list[dict[str, Any]]) -> None:
    for a in articles:
        for field in ("title", "text"):
            assert unicodedata.is_normalized("NFC", a[field]), (a["id"], field)
        lines = a["text"].split("\n")
        assert lines[0] == a["title"], a["id"]
        assert len(lines) >= 4, a["id"]
        assert all(line.strip() for line in lines), a["id"]


def test_most_report_a_meeting_or_a_signing(articles: list[dict[str, Any]]) -> None:
    with_trigger = [a["id"] for a in articles if TRIGGER.search(a["text"])]
    assert len(with_trigger) >= 7, with_trigger


def test_they_carry_the_messiness_of_real_pages(articles: list[dict[str, Any]]) -> None:
    texts = [a["text"] for a in articles]
    assert any("(Ảnh:" in t for t in texts), "a photo caption"
    assert any(re.search(r"(?<!\w)(?:hoà|Uỷ)(?!\w)", t) for t in texts), "an old-style tone mark"
    assert any(re.search(r"(?i)(?<!\w)(?:chiều qua|tối qua|sáng nay|cùng ngày)(?!\w)", t) for t in texts), \
        "a relative date"
    assert all(len(a["text"].split("\n")[-1].split()) <= 4 for a in articles), "a byline closes each article"
