"""Throughput and peak memory of sukien on the 2017 news corpus, beside a naive tagger baseline.

    python benchmarks/corpus.py [--limit N] [--jobs N] [--db PATH] [--naive-limit N] [--corpus PATH]

Three runs, each in a fresh process so that its peak memory (``ru_maxrss``) is its own:

1. ``read + clean``: the ingest half alone, no store;
2. ``sukien``: ``ingest(store, [corpus], extract=True)`` into a SQLite file (a temporary one unless
   ``--db``; an existing file is used as it is, so a second run shows the cost of a run with nothing new);
3. ``naive``: underthesea's sentence splitter and ``ner`` on every sentence of the first ``--naive-limit``
   articles, the way one would tag a corpus without cheap steps first.

A script, not a test: it prints.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import multiprocessing
import multiprocessing.queues
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "vn_news_2017.jsonl.gz"


def _peak_mb() -> float:
    """Peak resident memory of this process plus the largest of its finished worker processes, in MB (an upper
    bound of what the run held at once when its workers ran side by side: each worker counts as the largest)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + workers * JOBS) / 1024


JOBS = 1


def read_and_clean(corpus: str, _db: str) -> dict[str, Any]:
    from sukien import clean, read
    from sukien.document import Document

    start = time.perf_counter()
    n = failed = 0
    for item in read([corpus]):
        n += 1
        if isinstance(item, Document):
            clean(item)
        else:
            failed += 1
    return {"articles": n, "failed": failed, "seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def sukien_run(corpus: str, db: str) -> dict[str, Any]:
    from sukien import Store, ingest

    start = time.perf_counter()
    with Store(db) as store:
        report = ingest(store, [corpus], extract=True, jobs=JOBS)
        stats = store.stats()
    return {"articles": report.seen, "failed": report.failed, "events": report.events,
            "stored": stats["documents"], "seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def naive_run(corpus: str, _db: str) -> dict[str, Any]:
    from underthesea import ner, sent_tokenize

    start = time.perf_counter()
    n = sentences = 0
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            n += 1
            for sentence in sent_tokenize(json.loads(line)["text"]):
                ner(sentence)
                sentences += 1
    return {"articles": n, "sentences": sentences, "seconds": time.perf_counter() - start,
            "peak_mb": _peak_mb()}


def _isolated(fn: Callable[[str, str], dict[str, Any]], corpus: str, db: str, jobs: int = 1) -> dict[str, Any]:
    """Run ``fn`` in a fresh process (not a daemon, so that it may start workers of its own)."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_child, args=(fn, corpus, db, jobs, results))
    process.start()
    result: dict[str, Any] = results.get()
    process.join()
    return result


def _child(fn: Callable[[str, str], dict[str, Any]], corpus: str, db: str, jobs: int,
           results: multiprocessing.queues.Queue[dict[str, Any]]) -> None:
    global JOBS
    JOBS = jobs
    results.put(fn(corpus, db))


def _sample(corpus: Path, limit: int | None, folder: Path, name: str) -> Path:
    """The first ``limit`` articles of ``corpus`` as plain JSON lines (the corpus itself when no limit)."""
    if limit is None:
        return corpus
    out = folder / name
    opener = gzip.open if corpus.name.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(fh, limit))
    return out


def _line(name: str, result: dict[str, Any]) -> str:
    rate = result["articles"] / result["seconds"] if result["seconds"] else 0.0
    extra = ", ".join(f"{k} {v:,}" for k, v in result.items() if k not in ("articles", "seconds", "peak_mb"))
    line = (f"{name:14} {result['articles']:>7,} articles in {result['seconds']:8.1f} s = "
            f"{rate:8.1f} articles/s, peak RSS {result['peak_mb']:7.0f} MB")
    return line + (f" ({extra})" if extra else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"JSON lines, maybe gzipped ({CORPUS})")
    parser.add_argument("--limit", type=int, help="only the first N articles (default: all)")
    parser.add_argument("--db", help="SQLite file to ingest into (default: a temporary file)")
    parser.add_argument("--naive-limit", type=int, default=200,
                        help="articles for the naive tag-every-sentence run (default 200; 0 skips it)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes for sukien's run (default: one per CPU core)")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus.py: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample = str(_sample(args.corpus, args.limit, folder, "sample.jsonl"))
        db = args.db or str(folder / "bench.db")
        print(f"corpus {args.corpus}, {'all' if args.limit is None else f'first {args.limit:,}'} articles", flush=True)
        print(_line("read + clean", _isolated(read_and_clean, sample, db)), flush=True)
        print(_line(f"sukien -j{args.jobs}", _isolated(sukien_run, sample, db, args.jobs)), flush=True)
        if args.naive_limit:
            naive = str(_sample(args.corpus, args.naive_limit, folder, "naive.jsonl"))
            print(_line("naive ner", _isolated(naive_run, naive, db)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
