"""Every error sukien raises on purpose.

::

    SukienError                  base of all of them
    ├── InputError               an input (file, line, page) cannot be read as a document
    │   ├── DecodeError          bytes that are not UTF-8 text
    │   ├── FormatError          broken JSON, a missing field, a page with no text
    │   └── RejectedDocument     readable, but not an article sukien can use (empty, noise, not Vietnamese)
    ├── StoreError               the database cannot be opened, migrated or written
    ├── QueryError               a read query was asked with a bad filter, sort, page or search
    ├── PipelineError            a step was misused (a layer written twice)
    └── LexiconError             a lexicon data file is missing or malformed

Every message names the document or file it is about, in one line.
"""

from __future__ import annotations


class SukienError(Exception):
    """Base of every error sukien raises on purpose."""


class InputError(SukienError):
    """An input cannot be read as a document."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class DecodeError(InputError):
    """Bytes that are not UTF-8 text."""


class FormatError(InputError):
    """Broken JSON, a missing field, a page with no text."""


class RejectedDocument(InputError):
    """Readable, but not an article sukien can use."""


class StoreError(SukienError):
    """The database cannot be opened, migrated or written."""


class QueryError(SukienError):
    """A read query was asked with a bad filter, sort, page or search."""

    def __init__(self, param: str, reason: str) -> None:
        super().__init__(f"{param}: {reason}")
        self.param = param
        self.reason = reason


class PipelineError(SukienError):
    """A pipeline step was misused."""


class LexiconError(SukienError):
    """A lexicon data file is missing or malformed."""
