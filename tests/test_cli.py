"""The ``sukien`` command: ingest, extract and stats, exit codes, one-line failures, quiet when piped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_run import ARTICLE, bad_folder

from sukien.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stats(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, object]:
    code, out, _ = run(capsys, "stats", "--db", str(db), "--json")
    assert code == 0
    result: dict[str, object] = json.loads(out)
    return result


def test_ingest_seeds_twice(shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    seeds = str(shared / "corpus" / "seeds.jsonl")
    code, out, err = run(capsys, "ingest", seeds, "--db", str(db))
    assert code == 0 and out == "" and "5 inputs: 5 new" in err
    code, _, err = run(capsys, "ingest", seeds, "--db", str(db))
    assert code == 0 and "0 new, 5 already stored, 0 failed" in err
    got = stats(capsys, db)
    assert (got["documents"], got["failed"]) == (5, 0)


def test_bad_inputs_are_reported_in_one_line_each_and_exit_1(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder, bad = bad_folder(tmp_path / "in")
    db = tmp_path / "s.db"
    code, out, err = run(capsys, "ingest", str(folder), "--db", str(db))
    assert code == 1
    assert "Traceback" not in err and "\r" not in err
    skipped = [line for line in err.splitlines() if line.startswith("sukien: skipped ")]
    assert sorted(Path(line.removeprefix("sukien: skipped ").split(":")[0]).name for line in skipped) == bad
    assert err.splitlines()[-1].startswith("7 inputs: 1 new, 0 already stored, 6 failed;")
    reasons = "\n".join(skipped)
    for reason in ("empty", "not UTF-8", "binary", "not Vietnamese", "broken JSON", "50.0 MB"):
        assert reason in reasons
    got = stats(capsys, db)
    assert (got["documents"], got["failed"]) == (1, len(bad))
    code, out, _ = run(capsys, "stats", "--db", str(db), "--json", "--failures")
    assert len(json.loads(out)["failures"]) == len(bad)
    code, _, err = run(capsys, "ingest", str(folder), "--db", str(db), "--quiet")
    assert code == 1 and err == ""
    assert stats(capsys, db)["failed"] == len(bad)


def test_stats_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", "--db", str(tmp_path / "new.db"))
    assert code == 0 and out.splitlines()[0].split() == ["documents", "0"]


def test_extract_writes_event_lines(shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "events.jsonl"
    seeds = str(shared / "corpus" / "seeds.jsonl")
    db = str(tmp_path / "s.db")
    code, _, _ = run(capsys, "extract", seeds, "--db", db, "--out", str(out_file), "--quiet")
    assert code == 0
    for line in out_file.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["doc_id"]
    assert stats(capsys, tmp_path / "s.db")["extracted_documents"] == 5


def test_verbose_prints_long_reasons_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": "en" * 200, "text": "English only, nothing else here."}) + "\n",
                    encoding="utf-8")
    _, _, err = run(capsys, "ingest", str(path), "--db", str(tmp_path / "s.db"))
    assert len(err.splitlines()[0]) <= len("sukien: skipped ") + 300
    _, _, err = run(capsys, "ingest", str(path), "--db", str(tmp_path / "s.db"), "--verbose")
    assert "not Vietnamese" in err.splitlines()[0]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["ingest"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["ingest", "x.jsonl", "--quiet", "--verbose"])
    assert exc.value.code == 2


def test_a_database_that_cannot_be_opened_is_one_line(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(tmp_path / "in.txt"), "--db", str(tmp_path))
    assert code == 1 and err.startswith("sukien: error: ") and len(err.splitlines()) == 1
