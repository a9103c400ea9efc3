"""Fixtures shared by every test: the reference seeds, the bundled samples, and no network.

The product never needs the network (it runs offline on laptops and on wall
screens), so every test runs with network sockets refused: any attempt by
the app, export or check to resolve a name or connect anywhere but a local
(AF_UNIX) socket fails the test that made it.  asyncio's self-pipe is a
``socketpair`` and is not affected.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.network import guard_sockets
from tests.helpers.repo import REPO_ROOT, SEED_DIR, SEED_SKIP


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The five reference documents in ../shared/seed-cases beside the checkout."""
    if not SEED_DIR.is_dir():
        pytest.skip(f"{SEED_SKIP} {SEED_DIR} (clone with shared/ beside the repo)")
    return SEED_DIR


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The repository's bundled sample case folder."""
    return REPO_ROOT / "data"


@pytest.fixture(autouse=True)
def own_parse_cache(monkeypatch, tmp_path_factory) -> Path:
    """Every test gets its own empty parse-cache folder (never the user's ~/.cache)."""
    folder = tmp_path_factory.mktemp("parse-cache")
    monkeypatch.setenv("ONCALL_TUI_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_network(monkeypatch) -> None:
    guard_sockets(monkeypatch, "oncall-tui must work offline")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch) -> None:
    """Tests never read or write the developer's own settings file or ONCALL_TUI_* variables."""
    import os

    for name in list(os.environ):
        if name.startswith("ONCALL_TUI_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("xdg-state")))  # seen marks (core/changes.py)


def pytest_terminal_summary(terminalreporter) -> None:
    """Say in the summary, without -rs, how many tests skipped because ../shared/seed-cases is absent."""
    skipped = terminalreporter.stats.get("skipped", [])
    seeds = [r for r in skipped if SEED_SKIP in str(getattr(r, "longrepr", ""))]
    if seeds:
        terminalreporter.write_line(
            f"{len(seeds)} seed tests skipped: {SEED_SKIP} {SEED_DIR} "
            "(clone with shared/ beside the repo to run them)", yellow=True)
