"""Fixtures shared by every test: the reference seeds and the bundled samples."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The five reference documents in ../shared/seed-cases beside the checkout."""
    path = REPO_ROOT.parent / "shared" / "seed-cases"
    if not path.is_dir():
        pytest.skip(f"seed cases not found at {path} (clone with shared/ beside the repo)")
    return path


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The repository's bundled sample case folder."""
    return REPO_ROOT / "data"
