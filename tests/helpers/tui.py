"""The TUI tests' helpers: a frozen clock, a copy of data/ with fixed mtimes, polling, the screen as text."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

FROZEN = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
# Every sample file gets this mtime (an hour before the frozen clock), so "changed" columns are stable.
FIXED_MTIME = FROZEN.timestamp() - 3600


def frozen_now() -> datetime:
    return FROZEN


def copy_samples(source: Path, target: Path) -> Path:
    """Copy the sample folder and pin every file's mtime, so snapshots do not depend on checkout time."""
    shutil.copytree(source, target)
    for path in sorted(target.rglob("*")):
        if path.is_file():
            os.utime(path, (FIXED_MTIME, FIXED_MTIME))
    return target


def slow_store(folder: Path, seconds_a_file: float, parsed: list[str] | None = None):
    """A store over *folder* whose parser waits *seconds_a_file* before each file (and notes its path in
    *parsed*): a first load long enough to act during it."""
    import time

    from oncall_tui.core.parse import parse_bytes
    from oncall_tui.core.store import CaseStore

    def slow_parse(raw: bytes, path: str, *, mtime_ns: int = 0):
        if parsed is not None:
            parsed.append(path)
        time.sleep(seconds_a_file)
        return parse_bytes(raw, path, mtime_ns=mtime_ns)

    return CaseStore(folder, parse=slow_parse)


async def wait_for(pilot, condition: Callable[[], object], timeout: float = 30.0, step: float = 0.05) -> None:
    """Poll *condition* between pilot pauses; fail with a clear message if it never holds."""
    loops = int(timeout / step)
    for _ in range(loops):
        if condition():
            return
        await pilot.pause(step)
    assert condition(), f"condition not met within {timeout}s"


async def wait_loaded(pilot) -> None:
    app = pilot.app
    await wait_for(pilot, lambda: app.loaded and app.main.ready and not app.main.cases_pane.loading_note and app.main.table.settled)
    await pilot.pause()


def _render_screen(app):
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    return console, update


def screen_text(app) -> str:
    """What the terminal shows now, as plain text lines (the same render a screenshot uses)."""
    console, update = _render_screen(app)
    console.print(update)
    return console.export_text()


def screen_segments(app) -> list:
    """Every segment of the current frame, as it would be written to the terminal."""
    console, update = _render_screen(app)
    return list(console.render(update))
