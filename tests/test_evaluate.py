"""The evaluation gate: extraction on the shared seeds, the dev set and the in-house held-out annotations
(tests/heldout) must not fall below the stored floors.

Raise the floors in eval_floors.json as the extractor improves; never lower them.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from sukien import Store, ingest
from sukien.cli import main
from sukien.evaluate import score

FLOORS = json.loads((Path(__file__).with_name("eval_floors.json")).read_text(encoding="utf-8"))
HIGHER_IS_BETTER = ("event_precision", "event_recall", "event_f1", "role_accuracy", "date_accuracy",
                    "location_accuracy", "country_accuracy", "context_f1")


HELDOUT = {name: Path(__file__).with_name("heldout") / f"{file}.jsonl"
           for name, file in (("heldout", "gold"), ("blind", "blind"), ("blind2", "blind2"), ("blind3", "blind3"),
                              ("blind4", "blind4"))}
SETS = ("seeds", "dev", *HELDOUT)


def _heldout_corpus(shared: Path, path: Path, gold: Path) -> Path:
    """The articles in-house held-out annotations name, read by id from the shared 2017 corpus."""
    wanted = {json.loads(line)["doc_id"] for line in gold.read_text(encoding="utf-8").splitlines()}
    with gzip.open(shared / "corpus" / "vn_news_2017.jsonl.gz", "rt", encoding="utf-8") as src, \
            path.open("w", encoding="utf-8") as out:
        for line in src:
            if json.loads(line)["id"] in wanted:
                out.write(line)
    return path


@pytest.fixture(scope="module")
def scored(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    out = {}
    for name in SETS:
        tmp = tmp_path_factory.mktemp(name)
        if name in HELDOUT:
            corpus, gold = _heldout_corpus(shared, tmp / f"{name}.jsonl", HELDOUT[name]), HELDOUT[name]
        else:
            corpus, gold = shared / "corpus" / f"{name}.jsonl", shared / "gold" / f"{name}.jsonl"
        with Store(tmp / "eval.db") as store:
            ingest(store, [corpus], extract=True)
        result, _ = score(tmp / "eval.db", gold, shared / "tools" / "score.py")
        out[name] = result
    return out


@pytest.mark.parametrize("name", list(HELDOUT))
def test_the_heldout_corpus_holds_every_annotated_article(shared: Path, tmp_path: Path, name: str) -> None:
    corpus = _heldout_corpus(shared, tmp_path / "heldout.jsonl", HELDOUT[name]).read_text(encoding="utf-8")
    assert len(corpus.splitlines()) == len(HELDOUT[name].read_text(encoding="utf-8").splitlines())


def test_the_heldout_sets_share_no_article() -> None:
    ids = [json.loads(line)["doc_id"] for path in HELDOUT.values()
           for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", SETS)
def test_scores_stay_above_floors(scored: dict[str, dict[str, float]], name: str) -> None:
    got = scored[name]
    for metric, floor in FLOORS[name].items():
        if metric == "negative_false_events":
            assert got[metric] <= floor, f"{name}: {metric} {got[metric]} > ceiling {floor}"
        else:
            assert metric in HIGHER_IS_BETTER
            assert (got[metric] or 0.0) >= floor, f"{name}: {metric} {got[metric]} < floor {floor}"


def test_eval_command_prints_the_scorer_figures(shared: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pred.jsonl"
    assert main(["extract", str(shared / "corpus" / "seeds.jsonl"), "--db", str(tmp_path / "s.db"),
                 "--out", str(out), "-q"]) == 0
    capsys.readouterr()
    assert main(["eval", str(out), str(shared / "gold" / "seeds.jsonl"),
                 "--scorer", str(shared / "tools" / "score.py"), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["documents"] == 5
    assert set(HIGHER_IS_BETTER) <= set(figures)
