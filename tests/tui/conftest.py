"""Fixtures for the TUI tests (their helpers, the frozen clock and the pollers, are in tests/helpers/tui.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.tui import copy_samples


@pytest.fixture
def samples(tmp_path: Path, data_dir: Path) -> Path:
    return copy_samples(data_dir, tmp_path / "data")
