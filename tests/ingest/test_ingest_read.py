"""Readers: every format streamed as documents, every bad input turned into a one-line error."""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

import pytest

from sukien import DecodeError, Document, FormatError, InputError, RejectedDocument, read
from sukien.ingest import MAX_DOCUMENT_BYTES, estimate_count, title_line
from sukien.ingest._jsonl import BROKEN_RUN

ARTICLE = ("Chiều 3/6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã tiếp Đại sứ Nhật Bản đến chào từ biệt "
           "nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam. Tại buổi tiếp, Thủ tướng đánh giá cao những "
           "đóng góp của Đại sứ vào quan hệ hai nước.")


def items(*paths: Path | str) -> list[Document | InputError]:
    return list(read(paths))


def only(*paths: Path | str) -> Document | InputError:
    got = items(*paths)
    assert len(got) == 1, got
    return got[0]


def write_jsonl(path: Path, rows: list[object], opener: object = open) -> Path:
    with opener(path, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
        for row in rows:
            fh.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")
    return path


# -- formats -------------------------------------------------------------------------------------------------

def test_txt_file_id_is_the_stem_and_a_headline_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "bai-01.txt"
    path.write_text("Thủ tướng tiếp Đại sứ Nhật Bản\n\n" + ARTICLE, encoding="utf-8")
    doc = only(path)
    assert isinstance(doc, Document)
    assert (doc.id, doc.title, doc.source) == ("bai-01", "Thủ tướng tiếp Đại sứ Nhật Bản", str(path))
    assert doc.original.endswith("quan hệ hai nước.")
    (tmp_path / "bai-02.txt").write_text(ARTICLE, encoding="utf-8")
    assert only(tmp_path / "bai-02.txt").title is None  # type: ignore[union-attr]


def test_txt_with_a_byte_order_mark(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    (tmp_path / "b.txt").write_bytes(ARTICLE.encode("utf-16"))
    assert [d.original for d in items(tmp_path / "a.txt", tmp_path / "b.txt")] == [ARTICLE, ARTICLE]  # type: ignore[union-attr]


@pytest.mark.parametrize(("line", "title"), [
    ("Thủ tướng tiếp Đại sứ\nBài viết.", "Thủ tướng tiếp Đại sứ"), ("Một câu.\nHai câu.", None),
    ("Chỉ một dòng", None), ("x" * 300 + "\nBài.", None),
])
def test_title_line(line: str, title: str | None) -> None:
    assert title_line(line) == title


def test_jsonl_and_gzipped_jsonl(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": ARTICLE, "published": "2017-06-03", "title": "Tiêu đề", "url": "http://x"},
            {"text": ARTICLE + " Thêm.", "published": None, "source": "crawler:1"}]
    plain = write_jsonl(tmp_path / "docs.jsonl", rows)
    zipped = write_jsonl(tmp_path / "docs.jsonl.gz", rows, gzip.open)
    for path in (plain, zipped):
        a, b = items(path)
        assert isinstance(a, Document) and isinstance(b, Document)
        assert (a.id, a.published, a.published_source, a.title, a.url) == \
               ("a", "2017-06-03", "input", "Tiêu đề", "http://x")
        assert a.source == str(path)
        assert (b.id, b.published, b.published_source) == (f"{path.name}:2", None, None)
        assert b.source == "crawler:1"


def test_html_page_text_title_and_date_from_metadata(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "trang.html"
    page.write_text(
        "<html><head><title>Thủ tướng tiếp Đại sứ - Báo</title>"
        '<meta property="og:title" content="Thủ tướng tiếp Đại sứ Nhật Bản">'
        '<meta property="article:published_time" content="2017-06-03T10:00:00+07:00"></head>'
        "<body><nav>Trang chủ | Tin tức</nav><article><h1>Thủ tướng tiếp Đại sứ Nhật Bản</h1>"
        f"<p>{ARTICLE}</p><p>Đại sứ cảm ơn Thủ tướng và khẳng định sẽ tiếp tục đóng góp cho hai nước.</p>"
        "</article><footer>Bản quyền thuộc về báo</footer></body></html>", encoding="utf-8")
    doc = only(page)
    assert isinstance(doc, Document)
    assert (doc.id, doc.title, doc.published, doc.published_source) == \
           ("trang", "Thủ tướng tiếp Đại sứ Nhật Bản", "2017-06-03", "html-metadata")
    assert "Thủ tướng Nguyễn Xuân Phúc đã tiếp Đại sứ Nhật Bản" in doc.original
    assert "Bản quyền" not in doc.original and "Trang chủ" not in doc.original


def test_html_without_trafilatura_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    page = tmp_path / "trang.html"
    page.write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    err = only(page)
    assert isinstance(err, InputError) and "sukien[html]" in str(err)


def test_html_page_without_text(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "rong.html"
    page.write_text("<html><body><nav>Trang chủ</nav></body></html>", encoding="utf-8")
    assert isinstance(only(page), FormatError)


def test_folder_is_walked_in_name_order_for_known_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(ARTICLE + " Ba.", encoding="utf-8")
    write_jsonl(tmp_path / "a.jsonl", [{"id": "j1", "text": ARTICLE + " Một."}])
    (tmp_path / "notes.md").write_text("# not an input", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    assert [d.id for d in items(tmp_path)] == ["j1", "b", "c"]  # type: ignore[union-attr]


def test_reading_streams(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "many.jsonl", [{"id": str(i), "text": ARTICLE} for i in range(1000)])
    stream = read([path])
    first = next(stream)
    assert isinstance(first, Document) and first.id == "0"


# -- bad inputs ----------------------------------------------------------------------------------------------

def test_missing_path_and_unknown_format(tmp_path: Path) -> None:
    assert "no such file" in str(only(tmp_path / "nope.jsonl"))
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert "unknown format" in str(only(tmp_path / "x.pdf"))


@pytest.mark.parametrize(("content", "kind", "reason"), [
    (b"", RejectedDocument, "empty"),
    (b"  \n\n ", RejectedDocument, "empty"),
    ("Thủ tướng tiếp Đại sứ".encode("cp1258", errors="replace") + b"\xff\xfe\xfa", DecodeError, "not UTF-8"),
    (b"\x00\x01\x02binary\x00" * 50, RejectedDocument, "binary"),
    (b"The Prime Minister received the Japanese ambassador in Hanoi and both sides discussed trade.",
     RejectedDocument, "not Vietnamese"),
    (b"12 34 56 78 90 / 11 22 33 44 ; 55 66 77 88 99 00 " * 20, RejectedDocument, "noise"),
])
def test_bad_txt_files(tmp_path: Path, content: bytes, kind: type[InputError], reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    err = only(path)
    assert type(err) is kind and reason in err.reason and err.where == str(path)
    assert "\n" not in str(err)


def test_random_binary(tmp_path: Path) -> None:
    path = tmp_path / "random.txt"
    path.write_bytes(os.urandom(4096))
    assert isinstance(only(path), DecodeError | RejectedDocument)


def test_big_file_is_rejected_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "noise.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)

    def no_read(self: Path) -> bytes:
        raise AssertionError("read a file over the limit")
    monkeypatch.setattr(Path, "read_bytes", no_read)
    err = only(path)
    assert isinstance(err, RejectedDocument) and "50.0 MB" in err.reason and "limit" in err.reason


def test_jsonl_bad_lines_are_reported_and_the_file_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    with path.open("wb") as fh:
        fh.write(json.dumps({"id": "ok1", "text": ARTICLE}, ensure_ascii=False).encode() + b"\n")
        fh.write(b'{"id": "broken", "text": "Thu\n')
        fh.write(b'{"id": "bytes", "text": "Ch\xe0o"}\n')
        fh.write(b"[1, 2]\n\n")
        fh.write(json.dumps({"id": "en", "text": "Hello world, this is English text only."}).encode() + b"\n")
        fh.write(json.dumps({"id": "empty", "text": " "}).encode() + b"\n")
        fh.write(json.dumps({"id": "ok2", "text": ARTICLE + " Hai."}, ensure_ascii=False).encode() + b"\n")
    got = items(path)
    assert [type(x).__name__ for x in got] == ["Document", "FormatError", "DecodeError", "FormatError",
                                               "RejectedDocument", "RejectedDocument", "Document"]
    assert [x.where for x in got if isinstance(x, InputError)] == [
        f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:6 (en)", f"{path}:7 (empty)"]


def test_oversized_line_is_skipped_unread_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"id": "huge", "text": "' + b"x" * (MAX_DOCUMENT_BYTES + 10) + b'"}\n')
        fh.write(json.dumps({"id": "after", "text": ARTICLE}, ensure_ascii=False).encode() + b"\n")
    big, after = items(path)
    assert isinstance(big, RejectedDocument) and "limit" in big.reason and big.where == f"{path}:1"
    assert isinstance(after, Document) and after.id == "after"


def test_noise_file_named_jsonl_is_given_up_after_a_run_of_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "noise.jsonl"
    path.write_bytes(b"\n".join(os.urandom(64).hex().encode() for _ in range(500)))
    got = items(path)
    assert len(got) == BROKEN_RUN + 1
    assert isinstance(got[-1], FormatError) and "rest of the file skipped" in got[-1].reason


def test_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + os.urandom(200))
    got = items(path)
    assert len(got) == 1 and isinstance(got[0], FormatError) and "compressed" in got[0].reason


# -- estimates for the progress line -------------------------------------------------------------------------

def test_estimate_count(tmp_path: Path) -> None:
    rows = [{"id": str(i), "text": ARTICLE} for i in range(3000)]
    plain = write_jsonl(tmp_path / "a.jsonl", rows)
    zipped = write_jsonl(tmp_path / "b.jsonl.gz", rows, gzip.open)
    (tmp_path / "c.txt").write_text(ARTICLE, encoding="utf-8")
    assert estimate_count([plain]) == 3000
    assert estimate_count([zipped]) == 3000
    assert estimate_count([tmp_path]) == 6001
    assert estimate_count([tmp_path / "none.jsonl"]) is None


def test_estimate_for_the_shared_corpus_is_close_and_cheap(shared: Path) -> None:
    n = estimate_count([shared / "corpus" / "vn_news_2017.jsonl.gz"])
    assert n is not None and 30_000 < n < 40_000
