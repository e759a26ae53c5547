"""Events: triggers, sentence patterns, roles, and merging mentions of one meeting.

:func:`find_events` is the pipeline step. Needs: a cleaned document. Adds the
layers ``sentences`` (candidate sentences), ``mentions`` (actors named in
them, as Spans) and ``events`` (:class:`~sukien.record.Event`).
"""

from sukien.events._extract import find_events

__all__ = ["find_events"]
