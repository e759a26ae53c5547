"""Shared fixtures: where ../shared is, and skipping when it is not beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "spec" / "EVENTS.md").is_file():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
