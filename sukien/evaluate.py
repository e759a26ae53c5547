"""Scoring predictions against gold with the reference scorer (``shared/tools/score.py``).

The scorer is the contract's own code, so it is loaded from its file rather
than copied: :func:`load_scorer` finds it beside the checkout by default.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from sukien._errors import InputError
from sukien.store import Store

DEFAULT_SCORER = Path("..") / "shared" / "tools" / "score.py"


def load_scorer(path: str | Path | None = None) -> ModuleType:
    """The reference scorer module, from ``path`` or ``../shared/tools/score.py``."""
    scorer = Path(path) if path else DEFAULT_SCORER
    if not scorer.is_file():
        raise InputError(str(scorer), "scorer not found (give its path with --scorer)")
    spec = importlib.util.spec_from_file_location("sukien_reference_scorer", scorer)
    if spec is None or spec.loader is None:
        raise InputError(str(scorer), "cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_sqlite(path: str | Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def predictions(path: str | Path) -> list[dict[str, Any]]:
    """Event records from a JSON lines file or a sukien database (international events only)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such file")
    if is_sqlite(p):
        with Store(p, readonly=True) as store:
            return [r for r in store.event_records() if r.get("international")]
    return list(_jsonl(p))


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}", f"broken JSON ({exc.msg})") from exc


def score(pred: str | Path, gold: str | Path, scorer: str | Path | None = None
          ) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    """The scorer's figures and error list for predictions ``pred`` against gold file ``gold``."""
    module = load_scorer(scorer)
    result, errors = module.score(predictions(pred), module.load_jsonl(str(gold)))
    return result, errors
