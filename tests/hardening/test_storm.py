"""Storms: 200 files rewritten 20 times a second while the app runs, and events the watcher never delivers.

Functional checks only: during the storm the user keeps pressing keys and
every one is answered (a 30 s bound catches a hang, not a slow machine), and
afterwards the app equals the disk with nothing lost.  The 10-second storm
of the issue is ``slow``; the default run storms for 5 seconds.

How late the event loop wakes, how often the table repaints and how many
store updates are applied per second are measured by the same run
(``run_storm``) and printed, never asserted: the figures depend on how busy
the machine is (a 100 ms stall target measured 530-1,034 ms on a loaded
2-core box).  ``python -m tests.perf.bench_live`` prints them beside their
targets.
"""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from oncall_tui.core.store import Change
from oncall_tui.tui import sync as sync_module
from oncall_tui.tui import watch as watch_module
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.messages import StoreChanged
from tests.hardening.helpers import disk_view, wait_until_equal_to_disk
from tests.hardening.hostile import escalation
from tests.hardening.loop import LoopMonitor, RedrawCounter, key_latency
from tests.hardening.storm import seed
from tests.helpers.tui import frozen_now, wait_loaded

REPO = Path(__file__).resolve().parents[2]
FILES = 200
RATE = 20.0
HANG = 30.0
"""Seconds after which a key or a settle counts as hung (not a speed target: those are in tests/perf/bench_live.py)."""


class _Rate:
    """Events per wall-clock second."""

    def __init__(self) -> None:
        self.seconds: Counter[int] = Counter()
        self.start = time.monotonic()

    def hit(self) -> None:
        self.seconds[int(time.monotonic() - self.start)] += 1

    @property
    def max(self) -> int:
        return max(self.seconds.values(), default=0)


async def run_storm(tmp_path: Path, seconds: float) -> dict:
    """Runs the storm against the app and checks it functionally; returns the figures it measured.

    The figures (``max_stall`` and ``p99_stall`` seconds, ``repaints_max`` and
    ``updates_max`` per second, ``slowest_key`` seconds, ``settle`` seconds)
    are for printing; ``tests.perf.bench_live`` compares them with targets.
    """
    root = tmp_path / "storm"
    seed(root, FILES)
    updates = _Rate()

    def hook(message) -> None:
        if isinstance(message, StoreChanged):
            updates.hit()

    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45), message_hook=hook) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.5)
        table = app.main.table
        redraws = RedrawCounter(table)
        updates.seconds.clear()
        updates.start = time.monotonic()
        monitor = LoopMonitor().start()
        writer = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.hardening.storm", str(root), "--files", str(FILES), "--rate", str(RATE),
            "--seconds", str(seconds), cwd=REPO, stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        keys: list[float] = []
        while writer.returncode is None:  # the user keeps working: a key a second moves the cursor
            before = table.cursor_row
            # Down and up in turn; down from the top row (rows reorder while files are half written, and
            # the cursor follows its case, so it may be on row 0 when "up" would do nothing: a CI run waited
            # 10 s for such a key).
            key = "j" if len(keys) % 2 == 0 or before == 0 else "k"
            # key_latency fails the test if the key is not answered within HANG seconds.
            keys.append(await key_latency(app, key, lambda: table.cursor_row != before, timeout=HANG))
            try:
                await asyncio.wait_for(writer.wait(), 1.0)
            except asyncio.TimeoutError:
                pass
        rounds = int((await writer.stdout.read()).decode().strip() or 0)
        await monitor.stop()
        repaints = dict(redraws.seconds)
        redraws.close()
        took = await wait_until_equal_to_disk(pilot, root, HANG, what="after the storm")
        # Nothing lost: every file is there with its last version.
        assert len(app.store) == FILES
        assert {c.customer for c in app.store.cases()} == {f"Storm {i} r{rounds}" for i in range(FILES)}
        figures = {
            "seconds": seconds, "rounds": rounds, "writes_per_second": rounds * FILES / seconds,
            "max_stall": monitor.max_stall, "p99_stall": monitor.percentile(0.99),
            "repaints_max": max(repaints.values(), default=0), "updates_max": updates.max,
            "keys": len(keys), "slowest_key": max(keys, default=0.0), "settle": took,
        }
        print(f"\n{seconds:.0f} s storm, {rounds} rounds x {FILES} files ({figures['writes_per_second']:.0f} writes/s): "
              f"{monitor.summary()}; table repaints max {figures['repaints_max']}/s; "
              f"store updates applied max {updates.max}/s; equal to disk {took:.2f} s after; "
              f"{len(keys)} key presses, slowest answered in {figures['slowest_key'] * 1000:.0f} ms")
        # The writer is another process competing with the app for two cores; on a busy machine it
        # managed 18 of 100 rounds (3,600 writes in 5 s). The storm happened if it wrote that much.
        assert rounds >= seconds * RATE * 0.15, f"the writer only managed {rounds} rounds: no storm to speak of"
        assert keys, "no key was pressed during the storm"
        return figures


async def test_storm_of_200_files_for_5_seconds(tmp_path: Path) -> None:
    await run_storm(tmp_path, 5.0)


@pytest.mark.slow
async def test_storm_of_200_files_for_10_seconds(tmp_path: Path) -> None:
    await run_storm(tmp_path, 10.0)


# --------------------------------------------------------------------------- lost events


def _change_behind_its_back(root: Path) -> None:
    """Modify ten cases, add five, delete five: twenty changes for events that will never come."""
    rng = random.Random(3)
    existing = sorted(root.glob("CE*.md"))
    for path in rng.sample(existing, 10):
        path.write_text(escalation(path.stem, "Changed Unseen"), encoding="utf-8")
    for i in range(5):
        (root / f"CE{8100 + i}.md").write_text(escalation(f"CE{8100 + i}", "Added Unseen"), encoding="utf-8")
    for path in sorted(set(existing) - set(root.glob("CE81*.md")))[-5:]:
        path.unlink()


async def test_dropped_events_are_repaired_by_the_periodic_rescan(tmp_path: Path, monkeypatch) -> None:
    """The watcher stays alive but loses every event for a while, as after an inotify queue overflow."""
    monkeypatch.setattr(sync_module, "RESCAN_SECONDS", 1.0)  # the 30 s timer, shortened for the test
    dropping = {"on": False}
    real_relevant = watch_module.relevant_paths

    def lossy(root, batch):
        paths = real_relevant(root, batch)
        return [] if dropping["on"] else paths

    monkeypatch.setattr(watch_module, "relevant_paths", lossy)
    root = tmp_path / "cases"
    seed(root, 40)
    seen: list[StoreChanged] = []
    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45), message_hook=lambda m: isinstance(m, StoreChanged) and seen.append(m)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)
        dropping["on"] = True
        rescans = []
        real_rescan = app.store.rescan
        monkeypatch.setattr(app.store, "rescan", lambda: rescans.append(time.monotonic()) or real_rescan())
        seen.clear()
        _change_behind_its_back(root)
        truth = await asyncio.to_thread(disk_view, root)
        took = await wait_until_equal_to_disk(pilot, root, HANG, what="periodic rescan", disk=truth)
        # Every change arrived through a rescan: the watcher's events were all lost.
        assert seen and all(message.rescan for message in seen), [(m.rescan, m.change) for m in seen]
        assert rescans, "repaired without a rescan?"
        print(f"\nlost events repaired by the periodic rescan {took:.2f} s after the changes")
        # The rescan found what the watcher should have said, so the watcher was restarted; it hears again
        # (rescans are made blind from here on, so only the watcher can bring the next file in).
        dropping["on"] = False
        monkeypatch.setattr(app.store, "rescan", lambda: Change())
        await pilot.pause(0.8)
        (root / "CE8200.md").write_text(escalation("CE8200", "Heard Again"), encoding="utf-8")
        await wait_until_equal_to_disk(pilot, root, HANG, what="edit after the repair")


MAX_QUEUED = Path("/proc/sys/fs/inotify/max_queued_events")


@pytest.mark.slow
async def test_a_real_inotify_queue_overflow_is_repaired_by_the_rescan(tmp_path: Path, monkeypatch) -> None:
    """The kernel's queue limit lowered to 16 for the app's watcher only (restored once it is in place).

    ``slow`` because it changes a system-wide setting for a moment: watchers
    other processes start in that second get the small queue too.
    """
    if not os.access(MAX_QUEUED, os.W_OK):
        pytest.skip("max_queued_events is not writable here")
    monkeypatch.setattr(sync_module, "RESCAN_SECONDS", 2.0)
    root = tmp_path / "cases"
    seed(root, 10)
    original = MAX_QUEUED.read_text().strip()
    ready = asyncio.Event()
    real_ready = sync_module.FolderSync._watcher_ready

    def watcher_ready(self) -> None:
        ready.set()
        real_ready(self)

    monkeypatch.setattr(sync_module.FolderSync, "_watcher_ready", watcher_ready)
    seen: list[StoreChanged] = []
    app = OncallApp(root, now=frozen_now, watch=True)
    MAX_QUEUED.write_text("16")
    try:
        async with app.run_test(size=(160, 45), message_hook=lambda m: isinstance(m, StoreChanged) and seen.append(m)) as pilot:
            await asyncio.wait_for(ready.wait(), 10)
            MAX_QUEUED.write_text(original)
            await wait_loaded(pilot)

            def burst() -> None:
                for i in range(3000):
                    os.close(os.open(root / f"burst-{i:04d}.md", os.O_CREAT | os.O_WRONLY, 0o644))

            seen.clear()
            await asyncio.to_thread(burst)
            await wait_until_equal_to_disk(pilot, root, 60.0, what="after the overflow")
            by_watcher = {p for m in seen if not m.rescan for p in m.change.added}
            by_rescan = {p for m in seen if m.rescan for p in m.change.added}
            print(f"\noverflow: {len(by_watcher)} of 3000 new files reported by the watcher, "
                  f"{len(by_rescan - by_watcher)} only by a rescan")
            if len(by_watcher) == 3000:
                pytest.skip("the watcher kept up with the burst: no overflow happened to be repaired")
            assert by_rescan - by_watcher, "files the watcher lost must have come from a rescan"
    finally:
        MAX_QUEUED.write_text(original)
    assert MAX_QUEUED.read_text().strip() == original
