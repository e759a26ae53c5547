"""The public API: what ``sukien.__all__`` promises exists, imports, and nothing private leaks."""

from __future__ import annotations

import importlib
import types

import pytest

import sukien
from sukien import _errors


@pytest.mark.parametrize("name", sukien.__all__)
def test_every_public_name_exists(name: str) -> None:
    assert getattr(sukien, name, None) is not None, name


def test_star_import_gives_exactly_the_public_names() -> None:
    namespace: dict[str, object] = {}
    exec("from sukien import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(sukien.__all__)


def test_public_names_are_unique_and_not_private() -> None:
    assert len(sukien.__all__) == len(set(sukien.__all__))
    assert all(not n.startswith("_") or (n.startswith("__") and n.endswith("__")) for n in sukien.__all__)


def test_nothing_else_public_is_left_at_the_top_level() -> None:
    """Besides the promised names, the package only holds its submodules (no stray imports)."""
    extra = [n for n in dir(sukien) if not n.startswith("_") and n not in sukien.__all__]
    assert all(isinstance(getattr(sukien, n), types.ModuleType) for n in extra), extra
    assert not any(getattr(sukien, n).__name__.split(".")[1].startswith("_") for n in extra)


def test_the_documented_entry_points_are_the_real_ones() -> None:
    from sukien.clean import clean
    from sukien.document import Document
    from sukien.pipeline import extract_events
    from sukien.record import Event

    assert sukien.clean is clean and sukien.extract_events is extract_events
    assert sukien.Document is Document and sukien.Event is Event


def test_every_exported_error_is_a_sukien_error() -> None:
    errors = [getattr(sukien, n) for n in sukien.__all__ if n.endswith("Error") or n == "RejectedDocument"]
    assert errors and all(issubclass(e, sukien.SukienError) for e in errors)
    assert sukien.LexiconError is _errors.LexiconError


def test_versions_are_strings() -> None:
    assert isinstance(sukien.__version__, str) and sukien.__version__.count(".") == 2
    assert isinstance(sukien.EXTRACTOR_VERSION, str) and sukien.EXTRACTOR_VERSION


@pytest.mark.parametrize("package", ["sukien.actors", "sukien.events"])
def test_subpackages_export_only_public_names_that_exist(package: str) -> None:
    module = importlib.import_module(package)
    assert module.__all__
    for name in module.__all__:
        assert not name.startswith("_") and getattr(module, name, None) is not None, name


def test_the_quick_start_runs() -> None:
    doc = sukien.clean(sukien.Document(id="a1", original="Hà Nội mưa rào.", published="2017-06-03"))
    assert sukien.extract_events(doc) == []
