"""The progress line: documents, rate and ETA on a terminal, nothing when piped."""

from __future__ import annotations

import io

from sukien.progress import Progress
from sukien.run import RunReport


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=10, every=0)
    progress(RunReport(seen=5))
    progress.clear()
    progress.finish()
    assert stream.getvalue() == ""


def test_documents_rate_and_eta_on_a_terminal() -> None:
    stream = Terminal()
    progress = Progress(stream, total=100, every=0)
    progress.started -= 10
    progress(RunReport(seen=50, new=48, failed=2, events=7))
    line = stream.getvalue()
    assert line.startswith("\r50 documents (48 new, 2 failed, 7 events)")
    assert "/s" in line and "ETA 0m" in line
    progress.clear()
    assert stream.getvalue().endswith("\r\x1b[K")
    progress.finish()
    assert not stream.getvalue().endswith("\n")
    progress(RunReport(seen=60))
    progress.finish()
    assert stream.getvalue().endswith("\n")


def test_no_eta_without_a_total() -> None:
    assert "ETA" not in Progress(Terminal(), every=0).line(RunReport(seen=3))
