"""What "the app shows what is on disk" means, as something a test can compare."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from oncall_tui.core.store import CaseStore


def store_view(store: CaseStore) -> dict[str, dict]:
    """Every case of *store* as its export object (ids after de-duplication), by path."""
    return {case.path: case.export_dict() for case in store.cases()}


def disk_view(root: Path) -> dict[str, dict]:
    """A fresh read of the folder, as :func:`store_view` gives it (empty when the folder is gone)."""
    if not root.is_dir():
        return {}
    store = CaseStore(root)
    store.load_all()
    return store_view(store)


def table_view(app) -> dict[str, dict]:
    """What the app's cases table holds (its own copy of every case), by path."""
    table = app.main.table
    return {path: table.case(path).export_dict() for path in table._all}


def first_difference(shown: dict[str, dict], disk: dict[str, dict]) -> str:
    """A short description of how two views differ, for assertion messages."""
    missing = sorted(disk.keys() - shown.keys())
    extra = sorted(shown.keys() - disk.keys())
    changed = sorted(p for p in disk.keys() & shown.keys() if disk[p] != shown[p])
    return f"missing {missing[:5]} extra {extra[:5]} changed {changed[:5]} ({len(missing)}/{len(extra)}/{len(changed)})"


async def wait_until_equal_to_disk(pilot, root: Path, timeout: float = 8.0, *, what: str = "") -> float:
    """Poll until the app's store and table both equal a fresh read of *root*; returns seconds taken.

    The disk is re-read on every poll (it is the truth, and a test may still
    be settling), so this is for small folders.
    """
    app = pilot.app
    start = time.monotonic()
    deadline = start + timeout
    last = ""
    while True:
        disk = disk_view(root)
        store, table = store_view(app.store), table_view(app)
        if store == disk and table == disk and app.main.table.settled:
            return time.monotonic() - start
        last = f"store: {first_difference(store, disk)}; table: {first_difference(table, disk)}"
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: the app did not come to equal the disk within {timeout}s: {last}")
        await pilot.pause(0.1)


def poll(condition: Callable[[], bool], timeout: float = 5.0, step: float = 0.02) -> bool:
    """Synchronous polling for tests without an app."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()
