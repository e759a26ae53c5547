"""The ``sukien`` command. The only place that prints or exits."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from sukien import __version__
from sukien._errors import SukienError
from sukien.ingest import estimate_count
from sukien.progress import Progress
from sukien.run import RunReport, extract_stored, ingest
from sukien.store import Store

DEFAULT_DB = "sukien.db"
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="sukien",
        description="Turn Vietnamese news about official meetings and signings into PLOVER event records.",
        epilog="Inputs: .jsonl / .jsonl.gz documents {id, text, published}, folders of .txt files, saved .html "
               "pages. Exit codes: 0 all well, 1 finished but some inputs failed, 2 usage error.")
    top.add_argument("--version", action="version", version=f"sukien {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=DEFAULT_DB, metavar="PATH",
                       help=f"SQLite database file (default: ./{DEFAULT_DB}, created when missing)")
        if p.prog.split()[-1] in ("ingest", "extract", "demo"):
            p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                           help="worker processes that clean and extract (default: one per CPU core)")
        noise = p.add_mutually_exclusive_group()
        noise.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
        noise.add_argument("-v", "--verbose", action="store_true", help="print every failed input in full")

    p = sub.add_parser("ingest", help="read and clean documents into the store",
                       description="Read documents, clean them and store them. A document already stored "
                                   "(same content) is skipped; bad inputs are reported and the run goes on.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a .jsonl/.jsonl.gz file, a folder of .txt, an .html")
    common(p)

    p = sub.add_parser("extract", help="ingest, then extract events",
                       description="Ingest INPUTs, extract the events of every document not yet extracted by "
                                   "this version, and write the events of those inputs' documents to --out.")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="inputs to ingest first; none: extract what the store holds")
    p.add_argument("--out", metavar="FILE.jsonl", help="write one event record per line here ('-' for stdout)")
    p.add_argument("--all-events", action="store_true",
                   help="write domestic events too (default: only international ones, as EVENTS.md scores)")
    common(p)

    p = sub.add_parser("stats", help="count documents, events and failures",
                       description="Counts of what the store holds.")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--failures", action="store_true", help="list every failed input and why")
    common(p)

    p = sub.add_parser("eval", help="score predictions against gold with the reference scorer",
                       description="Score a predictions file (.jsonl) or a sukien database against a gold file "
                                   "with ../shared/tools/score.py.")
    p.add_argument("predictions", metavar="PRED_OR_DB", help="event records (.jsonl) or a sukien database")
    p.add_argument("gold", metavar="GOLD", help="gold events, one document a line")
    p.add_argument("--scorer", metavar="PATH", help="the reference scorer (default: ../shared/tools/score.py)")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument("--show-errors", action="store_true", help="list every miss, spurious event and field error")

    p = sub.add_parser("demo", help="run the main job on the bundled sample articles",
                       description="Ingest and extract the bundled sample articles into --db and print "
                                   "their events.")
    common(p)
    p.set_defaults(db="sukien-demo.db")

    p = sub.add_parser("serve", help="browse, search and download the events in a web browser",
                       description="Serve the web app and JSON API (/api/, /openapi.json) over --db, "
                                   "read-only. Applies pending migrations first.")
    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH",
                   help=f"SQLite database file (default: ./{DEFAULT_DB})")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        handler = {"ingest": _ingest, "extract": _extract, "stats": _stats, "demo": _demo,
                   "eval": _eval, "serve": _serve}[args.command]
        return handler(args)
    except SukienError as exc:
        print(f"sukien: error: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        print("sukien: interrupted; what was committed is kept, run again to go on", file=sys.stderr)
        return 130


def _on_failure(args: argparse.Namespace, progress: Progress) -> Callable[[str], None]:
    def show(message: str) -> None:
        if not args.quiet:
            progress.clear()
            print(f"sukien: skipped {message if args.verbose else message[:300]}", file=sys.stderr)
    return show


def _progress(args: argparse.Namespace) -> Progress:
    """A status line on a terminal, with an ETA from a cheap estimate of the inputs' document count."""
    progress = Progress(sys.stderr, enabled=False if args.quiet else None)
    if progress.enabled and args.inputs:
        progress.total = estimate_count(args.inputs)
    return progress


def _summary(report: RunReport, out: TextIO, quiet: bool) -> None:
    if not quiet:
        print(f"{report.seen:,} inputs: {report.new:,} new, {report.duplicate:,} already stored, "
              f"{report.failed:,} failed; {report.extracted:,} documents extracted, {report.events:,} events",
              file=out)


def _ingest(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        progress = _progress(args)
        report = ingest(store, args.inputs, jobs=args.jobs, on_progress=progress,
                        on_failure=_on_failure(args, progress))
        progress.finish()
    _summary(report, sys.stderr, args.quiet)
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        progress = _progress(args)
        report = ingest(store, args.inputs, extract=True, jobs=args.jobs, on_progress=progress,
                        on_failure=_on_failure(args, progress))
        rest = extract_stored(store, on_progress=progress, on_failure=_on_failure(args, progress))
        progress.finish()
        report.extracted += rest.extracted
        report.events += rest.events
        report.failed += rest.failed
        if args.out:
            _write_events(store, args.out, set(report.doc_ids) if args.inputs else None, args.all_events)
    _summary(report, sys.stderr, args.quiet)
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def _write_events(store: Store, out: str, doc_ids: set[str] | None, all_events: bool) -> None:
    fh: TextIO = sys.stdout if out == "-" else open(out, "w", encoding="utf-8")
    try:
        for rec in store.event_records(doc_ids):
            if all_events or rec.get("international"):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if fh is not sys.stdout:
            fh.close()


def _stats(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        stats = store.stats()
        failures = store.failures() if args.failures else []
    if args.json:
        if args.failures:
            stats["failures"] = [{"where": w, "reason": r} for w, r in failures]
        print(json.dumps(stats, ensure_ascii=False))
    else:
        for key, value in stats.items():
            print(f"{key:22} {value}")
        for where, reason in failures:
            print(f"failed: {where}: {reason}")
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from sukien.evaluate import score

    result, errors = score(args.predictions, args.gold, args.scorer)
    if args.show_errors:
        for err in errors:
            print("\t".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in err))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key:24} {value}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    sample = resources.files("sukien").joinpath("samples", "articles.jsonl")
    with resources.as_file(sample) as path:
        args.inputs = [str(Path(path))]
        args.out = "-"
        args.all_events = False
        return _extract(args)


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from sukien.web import create_app
    except ImportError as exc:
        print(f"sukien: error: serve needs the web extra (pip install 'sukien[web]'): {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not Path(args.db).is_file():
        print(f"sukien: error: {args.db}: no such database (make one with sukien ingest or sukien demo)",
              file=sys.stderr)
        return EXIT_USAGE
    Store(args.db).close()  # a writable open applies pending migrations (the search index) first
    app = create_app(args.db)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"sukien: serving {args.db} at http://{host}:{args.port}/ (read-only; Ctrl-C to stop)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
