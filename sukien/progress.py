"""Progress on a terminal: documents done, rate and ETA; silent when not a terminal."""

from __future__ import annotations

import time
from typing import TextIO

from sukien.run import RunReport


class Progress:
    """Call with a :class:`RunReport`; redraws one status line at most every ``every`` seconds."""

    def __init__(self, stream: TextIO, *, total: int | None = None, enabled: bool | None = None,
                 every: float = 0.5) -> None:
        self.stream = stream
        self.total = total
        self.enabled = stream.isatty() if enabled is None else enabled
        self.every = every
        self.started = time.monotonic()
        self._last = 0.0
        self._drawn = False

    def __call__(self, report: RunReport) -> None:
        now = time.monotonic()
        if not self.enabled or now - self._last < self.every:
            return
        self._last = now
        self.stream.write("\r" + self.line(report, now) + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def line(self, report: RunReport, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        rate = report.seen / elapsed
        text = f"{report.seen:,} documents ({report.new:,} new, {report.failed:,} failed, " \
               f"{report.events:,} events) {rate:,.1f}/s"
        if self.total and rate > 0:
            left = max(self.total - report.seen, 0) / rate
            text += f", ETA {int(left // 60)}m{int(left % 60):02d}s"
        return text

    def clear(self) -> None:
        """Wipe the status line, so that a message prints on a line of its own."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
