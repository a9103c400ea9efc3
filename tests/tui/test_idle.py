"""An idle app sleeps: the clock's tick recounts nothing, repaints nothing that reads the same, and the periodic
safety net stats folders, not every file (issue 14, item 4).  Figures are in ``tests/perf/bench_idle.py``."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual.widgets import Static

from oncall_tui.tui import sync as sync_module
from oncall_tui.tui import view
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.messages import StoreChanged
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded


async def test_an_idle_tick_recounts_nothing_and_repaints_nothing(samples: Path, monkeypatch) -> None:
    counted: list[int] = []
    real_counts = view.open_counts
    monkeypatch.setattr(view, "open_counts", lambda cases: counted.append(len(cases)) or real_counts(cases))
    app = OncallApp(samples, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        text = app.main.status.query_one("#status-text", Static)
        repaints: list[object] = []
        real_update = text.update
        text.update = lambda *a, **k: repaints.append(a) or real_update(*a, **k)  # type: ignore[method-assign]
        table = app.main.table
        reconciled: list[list[str]] = []
        real_reconcile = table.reconcile
        table.reconcile = lambda paths, **k: reconciled.append(list(paths)) or real_reconcile(paths, **k)  # type: ignore[method-assign]
        counted.clear()
        for _ in range(5):  # five seconds of a frozen clock and an unchanged folder
            app._tick()
            await pilot.pause()
        assert counted == [] and repaints == [] and reconciled == []
        before = str(text.render())
        # A change in the store recounts once, and the line shows it.
        write(samples, "CE7400.md", escalation("CE7400", "Quiet Harbour", priority="Critical"))
        app.sync.request(["CE7400.md"])
        await wait_for(pilot, lambda: app.store.get("CE7400.md") is not None and counted)
        await wait_for(pilot, lambda: str(text.render()) != before)
        assert len(counted) == 1 and len(repaints) == 1
        app._tick()
        await pilot.pause()
        assert len(counted) == 1 and len(repaints) == 1
        app.flash_status("read-only")  # a line that reads differently is drawn at once
        await pilot.pause()
        assert len(repaints) == 2 and "read-only" in str(text.render())


async def test_the_periodic_check_rescans_only_when_a_folder_changed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sync_module, "RESCAN_SECONDS", 0.2)
    root = tmp_path / "cases"
    (root / "team").mkdir(parents=True)
    for n in range(3):
        write(root, f"team/CE{7500 + n}.md", escalation(f"CE{7500 + n}", "Lantern Co"))
    seen: list[StoreChanged] = []
    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45), message_hook=lambda m: isinstance(m, StoreChanged) and seen.append(m)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.5)  # the watcher's catch-up rescan once it is in place
        rescans: list[float] = []
        real_rescan = app.store.rescan
        monkeypatch.setattr(app.store, "rescan", lambda: rescans.append(time.monotonic()) or real_rescan())
        app.sync.stop()  # no watcher from here on: only the periodic check can find what changes
        await pilot.pause(1.5)  # seven periods of an unchanged folder
        assert rescans == []
        # A file added behind the watcher's back changes its folder's mtime: one rescan brings it in.
        write(root, "team/CE7510.md", escalation("CE7510", "Added Unseen"))
        # The store has it before the screen hears of it: wait for the message too.
        await wait_for(pilot, lambda: app.store.get("team/CE7510.md") is not None and any(m.rescan for m in seen),
                       timeout=30)
        assert len(rescans) >= 1
        # It found what the watcher should have said, so the watcher was restarted (and caught up with one
        # more rescan); then it sleeps again.
        await pilot.pause(1.0)
        app.sync.stop()
        count = len(rescans)
        await pilot.pause(1.0)
        assert len(rescans) == count
        # Past the full-rescan period a rescan runs whatever the folders say (a file rewritten in place).
        path = root / "team" / "CE7500.md"
        path.write_text(escalation("CE7500", "Rewritten In Place"), encoding="utf-8")
        monkeypatch.setattr(sync_module, "FULL_RESCAN_SECONDS", 0.5)
        await wait_for(pilot, lambda: app.store.get("team/CE7500.md").customer == "Rewritten In Place", timeout=30)
        assert len(rescans) > count


async def test_the_walls_breached_figure_moves_with_the_clock_without_recomputing_sla_clocks(tmp_path: Path,
                                                                                          monkeypatch) -> None:

    from textual.widgets import Digits

    from oncall_tui.tui.screens import wall as wall_module
    from oncall_tui.tui.screens.wall import Tile

    start = datetime(2026, 12, 4, 14, 30, 17, tzinfo=timezone.utc)

    def p1(case_id: str, due_in: int) -> str:  # a P1 is resolved within 4 h
        created = start - timedelta(hours=4) + timedelta(seconds=due_in)
        return (f"# {case_id} - Customer Escalation Summary\n\n**Customer:** Orchard Lane\n**Priority:** P1\n"
                f"**Status:** In Progress\n**Created:** {created:%Y-%m-%d %H:%M:%S} UTC\n")

    for n, due_in in enumerate((5, 65, 7200)):
        (tmp_path / f"CE31{n}0.md").write_text(p1(f"CE31{n}0", due_in), encoding="utf-8")
    clocks: list[str] = []
    real_clock = wall_module.sla_clock
    monkeypatch.setattr(wall_module, "sla_clock", lambda case, *a: clocks.append(case.path) or real_clock(case, *a))
    clock = {"now": start}
    app = OncallApp(tmp_path, now=lambda: clock["now"], watch=False, wall=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)

        def breached() -> str:
            return app.screen.query_one("#tile-breached", Tile).query_one(Digits).value

        assert breached() == "0"
        clocks.clear()
        for seconds, expected in ((3, "0"), (6, "1"), (60, "1"), (66, "2"), (3600, "2"), (7201, "3")):
            clock["now"] = start + timedelta(seconds=seconds)
            app._tick()
            await pilot.pause()
            assert breached() == expected, seconds
        assert clocks == []  # the due times were worked out once, when the cases were read
        write(tmp_path, "CE3100.md", p1("CE3100", 9000))  # one case changes: its clock alone is worked out again
        app.sync.request(["CE3100.md"])
        await wait_for(pilot, lambda: breached() == "2")
        assert clocks == ["CE3100.md"]


async def test_the_walls_breached_figure_holds_still_for_waiting_cases(tmp_path: Path) -> None:
    """A waiting case's clock is paused: breached or not, it stays so however long the wall runs."""

    from textual.widgets import Digits

    from oncall_tui.core.config import SlaSettings
    from oncall_tui.core.sla import breached_count
    from oncall_tui.tui.screens.wall import Tile

    start = datetime(2026, 12, 4, 14, 30, 17, tzinfo=timezone.utc)
    for case_id, opened_ago, saved_ago in (("CE3200", 5, 0.5), ("CE3210", 1, 1 / 6)):  # hours before start
        path = tmp_path / f"{case_id}.md"
        created = start - timedelta(hours=opened_ago)
        path.write_text(f"# {case_id} - Customer Escalation Summary\n\n**Customer:** Orchard Lane\n**Priority:** P1\n"
                        f"**Status:** Waiting on customer\n**Created:** {created:%Y-%m-%d %H:%M:%S} UTC\n",
                        encoding="utf-8")
        saved = (start - timedelta(hours=saved_ago)).timestamp()  # waiting since the file was saved
        os.utime(path, (saved, saved))
    clock = {"now": start}
    app = OncallApp(tmp_path, now=lambda: clock["now"], watch=False, wall=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        for hours in (0, 1, 4, 10):
            clock["now"] = start + timedelta(hours=hours)
            app._tick()
            await pilot.pause()
            shown = app.screen.query_one("#tile-breached", Tile).query_one(Digits).value
            assert shown == "1" == str(breached_count(app.store.cases(), SlaSettings(), clock["now"])), hours


def test_an_sla_cell_counts_seconds_only_in_the_last_two_minutes_either_side() -> None:
    """Further from its due time the cell changes once a minute, so the rows at the top of the time-to-breach
    order do not repaint every second (at 10,000 cases that was most of an idle dashboard's CPU)."""

    from oncall_tui.core.model import Case
    from oncall_tui.core.sla import SlaClock
    from oncall_tui.tui.widgets.cases import SECONDS_WINDOW, next_change, sla_text

    now = datetime(2026, 12, 4, 14, 30, 17, tzinfo=timezone.utc)
    closed = Case(id="CE1", kind="escalation", title="t", path="CE1.md", is_open=False)
    assert SECONDS_WINDOW == 120
    for left, text, wait in ((90, "1m30s", 1), (-119, "-1m59s", 1), (200, "3m", 20), (-125, "-2m", 55),
                             (2705, "45m", 5)):
        clock = SlaClock(now + timedelta(seconds=left), timedelta(seconds=left))
        assert sla_text(clock) == text, left
        assert next_change(closed, now, clock, None) - now.timestamp() == wait, left


_P1_START = datetime(2026, 12, 4, 14, 30, 17, tzinfo=timezone.utc)


def _write_p1s(folder: Path, due_in: dict[str, int]) -> None:
    """P1 escalations in progress, each due (4 h after it was opened) the given seconds after :data:`_P1_START`."""
    for case_id, seconds in due_in.items():
        created = _P1_START - timedelta(hours=4) + timedelta(seconds=seconds)
        (folder / f"{case_id}.md").write_text(
            f"# {case_id} - Customer Escalation Summary\n\n**Customer:** Orchard Lane\n**Priority:** P1\n"
            f"**Status:** In Progress\n**Created:** {created:%Y-%m-%d %H:%M:%S} UTC\n", encoding="utf-8")


async def test_a_tick_repaints_only_the_line_of_the_row_that_changed(tmp_path: Path) -> None:
    """A full repaint of the table per changed cell sent every row on screen to the terminal each second (19 KB
    a second at 10,000 cases, for rows mostly scrolled out of sight); the time-to-breach order worked out
    again (here at the first tick, then once a minute) repaints only when it moved."""

    from textual.geometry import Region

    from tests.helpers.tui import screen_text

    start = _P1_START
    # a P1 is resolved within 4 h: CE3300 is due in 90 s, the others in days
    _write_p1s(tmp_path, {f"CE33{n}0": 90 if n == 0 else 86400 * (n + 1) for n in range(3)})
    clock = {"now": start}
    app = OncallApp(tmp_path, now=lambda: clock["now"], watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert "1m30s" in screen_text(app)
        refreshed: list[tuple] = []
        real_refresh = table.refresh
        table.refresh = lambda *regions, **k: refreshed.append(regions) or real_refresh(*regions, **k)  # type: ignore[method-assign]
        clock["now"] = start + timedelta(seconds=2)
        app._tick()
        await wait_for(pilot, lambda: table.settled)
        await pilot.pause()
        assert refreshed and all(len(r) == 1 and isinstance(r[0], Region) and r[0].height == 1 for r in refreshed)
        row = table.get_row_index("CE3300.md") + 1 - table.scroll_offset.y  # line 0 is the header
        assert {r[0].y for r in refreshed} == {row}
        assert "1m28s" in screen_text(app)


async def test_a_ticking_sla_cell_repaints_neither_the_whole_table_nor_its_pane(tmp_path: Path) -> None:
    """A row whose SLA cell counts seconds was keyed again with the tick's time, sorted against rows keyed a minute
    before, and the table and its pane (whose titles were set again, though they read the same) were repainted
    whole every second: 18 KB a second to a wall's terminal at 10,000 cases.  Only that row's line is drawn."""

    from textual.geometry import Region

    start = _P1_START
    # a P1 is resolved within 4 h: CE4400 is due in 90 s, the others hours apart
    _write_p1s(tmp_path, {f"CE44{n:02}": 90 if n == 0 else 3600 * n for n in range(12)})
    clock = {"now": start}
    app = OncallApp(tmp_path, now=lambda: clock["now"], watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table, pane = app.main.table, app.main.cases_pane
        clock["now"] = start + timedelta(seconds=1)  # the first tick works the time-to-breach order out again
        app._tick()
        await wait_for(pilot, lambda: table.settled)
        await pilot.pause()
        refreshed: list[tuple] = []
        panes: list[tuple] = []
        real_refresh, real_pane_refresh = table.refresh, pane.refresh
        table.refresh = lambda *regions, **k: refreshed.append(regions) or real_refresh(*regions, **k)  # type: ignore[method-assign]
        pane.refresh = lambda *regions, **k: panes.append(regions) or real_pane_refresh(*regions, **k)  # type: ignore[method-assign]
        for seconds in (31, 32, 33):  # 59 s left: the row's distance to due drops a minute, its cell ticks
            clock["now"] = start + timedelta(seconds=seconds)
            app._tick()
            await wait_for(pilot, lambda: table.settled)
            await pilot.pause()
        assert refreshed and all(len(r) == 1 and isinstance(r[0], Region) and r[0].height == 1 for r in refreshed)
        assert panes == []
        assert "57s" in screen_text(app)


def test_an_idle_collector_stretches_its_full_passes() -> None:
    """A full pass walks everything made since the load (~24 ms at 10,000 cases, every 10 s: a quarter of the idle
    budget); with few young collections since the last pass, the timer's next pass waits six times as long."""
    import gc
    import time

    from oncall_tui.tui import collector as collector_module

    def full_passes() -> int:
        return gc.get_stats()[2]["collections"]

    thresholds = gc.get_threshold()
    gc.set_threshold(1_000_000, 20, 1_000_000)  # no young collection happens by itself during the test
    try:
        collector = collector_module.Collector()
        every = collector_module.GC_EVERY_SECONDS
        collector.last_full = time.monotonic() - every - 1  # the timer fires: nothing was made since
        before = full_passes()
        collector.collect()
        assert full_passes() == before
        for _ in range(collector_module.IDLE_YOUNG - 1):  # a little was made (a wall's step)
            gc.collect(0)
        collector.collect()
        assert full_passes() == before
        gc.collect(0)  # enough to call the app busy
        collector.collect()
        assert full_passes() == before + 1
        collector.last_full = time.monotonic() - every * collector_module.IDLE_FACTOR - 1  # idle, but long enough
        collector.collect()
        assert full_passes() == before + 2
    finally:
        gc.set_threshold(*thresholds)
