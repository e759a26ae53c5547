"""The run loop: nothing lost, nothing stored twice, bad inputs recorded and skipped."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sukien import Document, Event, PipelineError, Store, extract_events, extract_stored, ingest
from sukien.run import RunReport

ARTICLE = ("Chiều 3/6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã tiếp Đại sứ Nhật Bản đến chào từ biệt "
           "nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam. Tại buổi tiếp, Thủ tướng đánh giá cao những "
           "đóng góp của Đại sứ vào quan hệ hai nước.")


def bad_folder(folder: Path) -> tuple[Path, list[str]]:
    """A folder with one good article and bad files of every kind; returns it and the bad files' names."""
    folder.mkdir()
    (folder / "good.txt").write_text("Thủ tướng tiếp Đại sứ Nhật Bản\n\n" + ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "undecodable.txt").write_bytes("Thủ tướng ".encode() + b"\xff\xfd\xc3" + " tiếp".encode())
    (folder / "random.txt").write_bytes(b"\x00" + os.urandom(8192))
    (folder / "english.txt").write_text("The Prime Minister received the ambassador of Japan in Hanoi.",
                                        encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "x", "text": "Thủ tướng\n', encoding="utf-8")
    with (folder / "noise.txt").open("wb") as fh:
        for _ in range(50):
            fh.write(os.urandom(1024 * 1024))
    return folder, ["broken.jsonl", "empty.txt", "english.txt", "noise.txt", "random.txt", "undecodable.txt"]


def test_ingesting_the_seeds_twice_stores_five_documents(shared: Path, tmp_path: Path) -> None:
    seeds = shared / "corpus" / "seeds.jsonl"
    with Store(tmp_path / "s.db") as store:
        first = ingest(store, [seeds])
        second = ingest(store, [seeds])
        assert store.stats()["documents"] == 5
        seed_002 = store.get_document("002_311d4d8c66087454")
    assert (first.seen, first.new, first.failed) == (5, 5, 0)
    assert (second.new, second.duplicate, second.failed) == (0, 5, 0)
    assert seed_002 is not None
    assert (seed_002.published, seed_002.published_source) == ("2024-01", "text-metadata")
    assert "Hai bên nhất trí phát huy vai trò tiên phong" not in seed_002.text


def test_a_folder_with_one_good_article_and_bad_files(tmp_path: Path) -> None:
    folder, bad = bad_folder(tmp_path / "in")
    failures: list[str] = []
    progress: list[RunReport] = []
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [folder], on_failure=failures.append, on_progress=progress.append, batch=2)
        assert [d.id for d in store.documents()] == ["good"]
        assert sorted(Path(w.split(":")[0]).name for w, _ in store.failures()) == bad
        assert store.stats()["failed"] == len(bad)
    assert (report.seen, report.new, report.failed) == (7, 1, len(bad))
    assert len(failures) == len(bad) and all("\n" not in f for f in failures)
    assert progress and progress[-1].seen == 7


def test_same_id_with_other_text_is_a_failure_not_an_overwrite(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "x", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "x", "text": ARTICLE + " Khác."}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [first, second])
        stored = store.get_document("x")
    assert report.failed == 1 and "different text" in report.failures[0]
    assert stored is not None and stored.original == ARTICLE


def line(doc_id: str, text: str) -> str:
    return json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n"


def test_a_fixed_line_clears_its_failure_and_a_line_still_bad_keeps_its_latest(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    english = line("en", "The Prime Minister received the ambassador of Japan in Hanoi.")
    path.write_text(line("a", ARTICLE) + '{"id": "b", "text": "Thủ tướng\n' + english, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        assert ingest(store, [path]).failed == 2
        assert [w for w, _ in store.failures()] == [f"{path}:2", f"{path}:3 (en)"]
        path.write_text(line("a", ARTICLE) + line("b", ARTICLE + " Hai.") + '{"id": "en", "text": "The\n',
                        encoding="utf-8")
        report = ingest(store, [path])
        assert (report.new, report.duplicate, report.failed) == (1, 1, 1)
        assert store.stats()["failed"] == 1
        [(where, reason)] = store.failures()
    assert where == f"{path}:3" and reason.startswith("broken JSON")


def test_a_fixed_file_clears_its_failure(tmp_path: Path) -> None:
    folder, bad = bad_folder(tmp_path / "in")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [folder])
        (folder / "empty.txt").write_text(ARTICLE + " Hai.", encoding="utf-8")
        report = ingest(store, [folder])
        assert (report.new, report.failed) == (1, len(bad) - 1)
        assert sorted(Path(w.split(":")[0]).name for w, _ in store.failures()) == \
               [name for name in bad if name != "empty.txt"]
        assert store.stats()["failed"] == len(bad) - 1


def test_a_conflict_stays_while_the_input_differs_and_clears_when_it_agrees(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(line("x", ARTICLE), encoding="utf-8")
    second.write_text(line("x", ARTICLE + " Khác."), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [first, second])
        ingest(store, [first])
        assert [w for w, _ in store.failures()] == [f"{second}:1 (x)"]
        second.write_text(line("x", ARTICLE), encoding="utf-8")
        assert ingest(store, [second]).failed == 0
        assert store.stats()["failed"] == 0


def test_an_extraction_failure_stays_until_the_document_is_extracted(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the document again does not clear it, even when its id is the place it was read from."""
    monkeypatch.chdir(tmp_path)
    Path("in.jsonl").write_text(json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")

    def broken(doc: Document) -> list[Event]:
        raise PipelineError(f"document {doc.id}: broken")

    monkeypatch.setattr("sukien.run.extract_events", broken)
    with Store(tmp_path / "s.db") as store:
        assert ingest(store, ["in.jsonl"], extract=True).failed == 1
        assert ingest(store, ["in.jsonl"]).failed == 0
        assert store.failures() == [("in.jsonl:1", "extraction failed: document in.jsonl:1: broken")]
        monkeypatch.setattr("sukien.run.extract_events", extract_events)
        assert extract_stored(store).extracted == 1
        assert store.stats()["failed"] == 0


def test_ingest_with_extraction_marks_documents_extracted(shared: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [shared / "corpus" / "seeds.jsonl"], extract=True)
        assert report.extracted == 5
        again = ingest(store, [shared / "corpus" / "seeds.jsonl"], extract=True)
        assert again.extracted == 0
        assert store.stats()["extracted_documents"] == 5


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_a_run_killed_midway_and_run_again_stores_every_document_once(shared: Path, tmp_path: Path) -> None:
    source = tmp_path / "corpus3000.jsonl"
    texts: set[str] = set()
    with gzip.open(shared / "corpus" / "vn_news_2017.jsonl.gz", "rt", encoding="utf-8") as fh, \
            source.open("w", encoding="utf-8") as out:
        for line in itertools.islice(fh, 4000):
            text = json.loads(line)["text"]
            if text not in texts:
                texts.add(text)
                out.write(line)
            if len(texts) == 3000:
                break
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "sukien.cli", "ingest", str(source), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 50
    seen = 0
    while time.monotonic() < deadline and proc.poll() is None and seen < 400:
        seen = _count(db)
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    at_kill = _count(db)
    assert 0 < at_kill < 3000, f"not killed midway: {at_kill} documents stored"
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert _count(db) == 3000
    with Store(db, readonly=True) as store:
        assert store.stats()["failed"] == 0
        assert store.conn.execute("SELECT count(DISTINCT content_hash) FROM documents").fetchone()[0] == 3000
