"""Fixtures for ``oncall-tui serve``: the server as a real subprocess, and a headless Chromium driven by Playwright.

The suite's network guard (tests/conftest.py) is narrowed here to loopback:
these tests talk HTTP to a server on 127.0.0.1, and nothing else may be reached.
The helpers the tests import by name (``serving``, ``alive``, ``screen_text`` ...)
are in tests/helpers/web.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.network import guard_sockets
from tests.helpers.web import CHROMIUM, CHROMIUM_ARGS, loopback, require_browser


def _loopback_or_none(address) -> bool:
    return address is None or loopback(address)


@pytest.fixture(autouse=True)
def no_network(monkeypatch) -> None:
    """Loopback only: the server under test is on 127.0.0.1; any other address fails the test."""
    guard_sockets(monkeypatch, "the web tests may reach only loopback", _loopback_or_none)


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    return require_browser(CHROMIUM)


@pytest.fixture
def browser(chromium_path: Path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
