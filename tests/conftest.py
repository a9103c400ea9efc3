"""Fixtures shared by every test: the reference seeds, the bundled samples, and no network.

The product never needs the network (it runs offline on laptops and on wall
screens), so every test runs with network sockets refused: any attempt by
the app, export or check to resolve a name or connect anywhere but a local
(AF_UNIX) socket fails the test that made it.  asyncio's self-pipe is a
``socketpair`` and is not affected.
"""

from __future__ import annotations

import socket
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


@pytest.fixture(autouse=True)
def own_parse_cache(monkeypatch, tmp_path_factory) -> Path:
    """Every test gets its own empty parse-cache folder (never the user's ~/.cache)."""
    folder = tmp_path_factory.mktemp("parse-cache")
    monkeypatch.setenv("ONCALL_TUI_CACHE_DIR", str(folder))
    return folder


class NetworkUsed(AssertionError):
    """Raised where code under test tried to use the network."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch) -> None:
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def refuse(what: str):
        raise NetworkUsed(f"oncall-tui must work offline, but something called {what}")

    def connect(self, address):
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)
        refuse(f"connect({address!r})")

    def connect_ex(self, address):
        if self.family == socket.AF_UNIX:
            return real_connect_ex(self, address)
        refuse(f"connect_ex({address!r})")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(f"getaddrinfo{a!r}"))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(f"create_connection{a!r}"))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch) -> None:
    """Tests never read or write the developer's own settings file or ONCALL_TUI_* variables."""
    import os

    for name in list(os.environ):
        if name.startswith("ONCALL_TUI_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("xdg-state")))  # seen marks (core/changes.py)


SEED_SKIP = "seed cases not found at"


def pytest_terminal_summary(terminalreporter) -> None:
    """Say in the summary, without -rs, how many tests skipped because ../shared/seed-cases is absent."""
    skipped = terminalreporter.stats.get("skipped", [])
    seeds = [r for r in skipped if SEED_SKIP in str(getattr(r, "longrepr", ""))]
    if seeds:
        terminalreporter.write_line(
            f"{len(seeds)} seed tests skipped: {SEED_SKIP} {REPO_ROOT.parent / 'shared' / 'seed-cases'} "
            "(clone with shared/ beside the repo to run them)", yellow=True)
