"""What "the app shows what is on disk" means, as something a test can compare."""

from __future__ import annotations

import asyncio
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
    return {path: table.case(path).export_dict() for path in table.model.known()}


def first_difference(shown: dict[str, dict], disk: dict[str, dict]) -> str:
    """A short description of how two views differ, for assertion messages."""
    missing = sorted(disk.keys() - shown.keys())
    extra = sorted(shown.keys() - disk.keys())
    changed = sorted(p for p in disk.keys() & shown.keys() if disk[p] != shown[p])
    return f"missing {missing[:5]} extra {extra[:5]} changed {changed[:5]} ({len(missing)}/{len(extra)}/{len(changed)})"


async def compare_with(app, disk: dict[str, dict]) -> str | None:
    """None when the app's store and table equal *disk*, else how they differ.

    The export objects are built in a thread (a 1 MB title costs a few ms)
    so that the measuring test does not stall the loop it measures; the
    table's dict is copied on the loop first, where it is changed.
    """
    table_cases = dict(app.main.table.model.known())
    settled = app.main.table.settled

    def differ() -> str | None:
        store = store_view(app.store)
        table = {path: case.export_dict() for path, case in table_cases.items()}
        if store == disk and table == disk and settled:
            return None
        return f"store: {first_difference(store, disk)}; table: {first_difference(table, disk)}; settled {settled}"

    return await asyncio.to_thread(differ)


async def wait_until_equal_to_disk(pilot, root: Path, timeout: float = 30.0, *, what: str = "",
                                   disk: dict[str, dict] | None = None) -> float:
    """Poll until the app's store and table both equal a fresh read of *root*; returns seconds taken.

    The disk is re-read (in a thread) on every poll unless *disk* is given:
    it is the truth, and a test may still be settling.
    """
    start = time.monotonic()
    deadline = start + timeout
    while True:
        truth = disk if disk is not None else await asyncio.to_thread(disk_view, root)
        difference = await compare_with(pilot.app, truth)
        if difference is None:
            return time.monotonic() - start
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: the app did not come to equal the disk within {timeout}s: {difference}")
        await pilot.pause(0.1)


def poll(condition: Callable[[], bool], timeout: float = 5.0, step: float = 0.02) -> bool:
    """Synchronous polling for tests without an app."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()
