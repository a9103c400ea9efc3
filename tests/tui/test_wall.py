"""The wall screen (``--wall``): read-only, big figures, cycling, pausing, following the folder, no growth."""

from __future__ import annotations

import gc
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Digits

from oncall_tui.cli import main
from oncall_tui.core.config import SlaSettings
from oncall_tui.core.sla import breached_count
from oncall_tui.tui import view
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.keys import EDIT_ACTIONS
from oncall_tui.tui.screens.wall import Tile, WallScreen, freshness
from tests.helpers.tui import FROZEN, frozen_now, screen_text, slow_store, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

P1_CASE = """# Customer Escalation Summary

**Escalation ID:** CE9001
**Customer:** Wallboard Test Co
**Priority:** P1 - Critical
**Status:** Open
**Date Opened:** 2026-11-24

## Timeline

- **2026-11-24 09:00** Opened
"""


def tile_value(app: OncallApp, tile_id: str) -> str:
    return app.screen.query_one(f"#{tile_id}", Tile).query_one(Digits).value


def wall_app(folder: Path, watch: bool = True, cycle_seconds: float = 20, store=None) -> OncallApp:  # noqa: ANN001
    return OncallApp(folder, app_settings(wall__cycle_seconds=cycle_seconds), wall=True, now=frozen_now, watch=watch,
                     store=store)


async def test_wall_is_read_only_with_big_figures(samples: Path) -> None:
    app = wall_app(samples, watch=False, cycle_seconds=3600)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert isinstance(app.screen, WallScreen)
        assert app.read_only and app.storage.read_only
        cases = app.store.cases()
        counts = view.open_counts(cases)
        for priority in view.PRIORITIES:
            assert tile_value(app, f"tile-{priority.lower()}") == str(counts.get(priority, 0))
        assert sum(counts.get(p, 0) for p in view.PRIORITIES) > 0
        breached = breached_count(cases, SlaSettings(), FROZEN)
        assert tile_value(app, "tile-breached") == str(breached)
        assert tile_value(app, "tile-clock") == f"{FROZEN:%H:%M}"
        # No prompts: no edit binding is offered, and pressing the keys opens nothing and writes nothing.
        offered = {b.binding.action for b in app.screen.active_bindings.values()}
        assert "toggle_pause" in offered and not offered & EDIT_ACTIONS
        footer = screen_text(app).splitlines()[-1]
        assert "Pause/resume" in footer
        for word in ("Status", "Priority", "New event", "Undo"):
            assert word not in footer, footer
        before = {p: p.read_bytes() for p in samples.rglob("*.md")}
        for key in ("S", "P", "M", "A", "N", "n", "u"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, WallScreen), f"{key} opened {app.screen!r}"
        assert {p: p.read_bytes() for p in samples.rglob("*.md")} == before


async def test_wall_cycles_through_open_cases_and_pauses(samples: Path) -> None:
    app = wall_app(samples, watch=False, cycle_seconds=0.2)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        assert isinstance(screen, WallScreen)
        table = screen.table
        order = table.shown_paths
        assert len(order) > 2 and all(app.store.get(p).is_open for p in order)
        seen: list[str] = []

        def moved() -> bool:
            path = table.selected_path
            if path and (not seen or seen[-1] != path):
                seen.append(path)
            return len(seen) >= 3

        await wait_for(pilot, moved, timeout=30)
        start = order.index(seen[0])
        assert seen[:3] == [order[(start + i) % len(order)] for i in range(3)]
        # The side panes follow the case under the cursor.
        await wait_for(pilot, lambda: screen.panes.shown_path == table.selected_path)
        await pilot.press("space")
        assert screen.paused
        held = table.selected_path
        await pilot.pause(0.8)  # four cycles
        assert table.selected_path == held
        assert "PAUSED" in screen_text(app).splitlines()[0]
        await pilot.press("space")
        await wait_for(pilot, lambda: table.selected_path != held, timeout=30)


async def test_wall_next_previous_and_wrap(samples: Path) -> None:
    app = wall_app(samples, watch=False, cycle_seconds=3600)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        table = app.screen.table
        order = table.shown_paths
        assert table.selected_path == order[0]
        await pilot.press("n")
        assert table.selected_path == order[1]
        await pilot.press("b", "b")
        assert table.selected_path == order[-1]  # wraps backwards
        await pilot.press("n")
        assert table.selected_path == order[0]  # and forwards
        assert app.store.get(order[0]).id[:20] in str(app.screen.items.border_title)
        assert app.store.get(order[0]).id[:20] in str(app.screen.timeline.border_title)


async def test_wall_follows_the_folder(samples: Path) -> None:
    app = wall_app(samples, cycle_seconds=3600)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        before = int(tile_value(app, "tile-p1"))
        (samples / "wall-test.md").write_text(P1_CASE, encoding="utf-8")
        await wait_for(pilot, lambda: tile_value(app, "tile-p1") == str(before + 1), timeout=30)
        assert any(app.store.get(p).id == "CE9001" for p in app.screen.table.shown_paths)
        assert not [n for n in app.toasts if "CE9001" in str(n.message)]  # no toasts on the wall
        (samples / "wall-test.md").unlink()
        await wait_for(pilot, lambda: tile_value(app, "tile-p1") == str(before), timeout=30)


def test_freshness_line() -> None:
    assert freshness(FROZEN, None) == "no changes yet"
    assert freshness(FROZEN, FROZEN - timedelta(seconds=7)) == "updated 7s ago"
    assert freshness(FROZEN, FROZEN - timedelta(minutes=5)) == "updated 5m ago"
    assert freshness(FROZEN, FROZEN + timedelta(seconds=3)) == "updated 0s ago"  # a clock skewed ahead


def _live_objects(app: OncallApp) -> tuple[int, int]:
    """Objects and allocated blocks once the widgets' bounded render caches are emptied.

    DataTable, OptionList and the style caches are LRU caches with fixed
    limits that take thousands of frames to fill; clearing them leaves what
    the app itself holds on to, which must not grow with time.
    """
    for widget in app.screen.walk_children(with_self=True):
        clear = getattr(widget, "_clear_caches", None)
        if clear is not None:
            clear()
        widget._styles_cache.clear()
        # Textual's per-node query cache (LRU, 1,024 entries) is keyed on the node's child count serial, so
        # every toast mounted or gone adds entries until it is full.
        widget._query_one_cache.clear()
    app._query_one_cache.clear()
    import rich.cells

    rich.cells.cached_cell_len.cache_clear()  # Rich's own LRU (4,096 strings): every new clock text fills it
    gc.collect()
    return len(gc.get_objects()), sys.getallocatedblocks()


@pytest.mark.parametrize("block", [
    pytest.param(40, id="40-minutes"),
    pytest.param(200, id="4-hours", marks=pytest.mark.slow),
])
async def test_wall_hours_of_cycling_and_changes_do_not_grow(samples: Path, block: int) -> None:
    """Four hours at the default 20 s cycle (720 steps; the fast round 240 steps), a file changed every 10 steps and
    a new case added and removed every 20: nothing accumulates."""
    clock = {"now": FROZEN}
    app = OncallApp(samples, app_settings(wall__cycle_seconds=3600), wall=True, now=lambda: clock["now"], watch=False)
    target = next(p for p in sorted(samples.rglob("*.md")) if "Timeline" in p.read_text(encoding="utf-8", errors="replace"))
    rel = target.relative_to(samples).as_posix()
    original = target.read_bytes()

    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        assert isinstance(screen, WallScreen)
        table = screen.table
        visited: set[str] = set()

        async def run(steps: int, offset: int) -> None:
            for step in range(offset, offset + steps):
                clock["now"] = FROZEN + timedelta(seconds=20 * step)
                screen.advance()
                await pilot.pause()
                visited.add(table.selected_path)
                if step % 10 == 0:
                    marker = f"<!-- round {step} -->"
                    target.write_bytes(original + f"\n{marker}\n".encode())
                    app.sync.request([rel])
                    size = len(original) + len(marker) + 2
                    await wait_for(pilot, lambda: table.case(rel) is not None and table.case(rel).source.size == size, step=0.01)
                if step % 20 == 5:  # a new case arrives (a new id every time) …
                    new = f"wall-{step}.md"
                    (samples / new).write_text(P1_CASE.replace("CE9001", f"CE{9000 + step}"), encoding="utf-8")
                    app.sync.request([new])
                    await wait_for(pilot, lambda: table.case(new) is not None, step=0.01)
                if step % 20 == 15:  # … and goes again
                    gone = f"wall-{step - 10}.md"
                    (samples / gone).unlink()
                    app.sync.request([gone])
                    await wait_for(pilot, lambda: table.case(gone) is None, step=0.01)
                if step % 30 == 0:
                    screen._tick_clock()
                    app.main.tick()

        async def settle() -> tuple[int, int]:
            app.clear_notifications()
            await pilot.pause(1.8)  # flashes and toasts end
            return _live_objects(app)

        await run(120, 0)  # warm-up: first renders, imports, the first toasts
        first = await settle()
        nodes = len(list(app.screen.walk_children(with_self=True)))
        samples_taken = []
        for round_ in range(3):
            await run(block, 120 + block * round_)
            samples_taken.append(await settle())
        assert set(table.shown_paths) <= visited  # every open case came round
        assert len(list(app.screen.walk_children(with_self=True))) == nodes
        for objects, blocks in samples_taken:
            assert objects - first[0] < 1500, f"objects {first[0]} -> {[s[0] for s in samples_taken]}"
            assert blocks - first[1] < 3000, f"allocated blocks {first[1]} -> {[s[1] for s in samples_taken]}"


def test_cycle_without_wall_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path), "--cycle", "30"]) == 2
    assert "--cycle only applies to the wall screen" in capsys.readouterr().err


def test_cycle_out_of_range_names_the_flag(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path), "--wall", "--cycle", "1"]) == 2
    err = capsys.readouterr().err
    assert "--cycle" in err and "wall.cycle_seconds" in err


async def test_cyclic_garbage_is_collected_on_a_timer(samples: Path, monkeypatch) -> None:
    """The app raises the collector's thresholds; a timer must still collect what a quiet wall leaves behind."""
    import weakref

    from oncall_tui.tui import collector as app_module

    monkeypatch.setattr(app_module, "GC_EVERY_SECONDS", 0.2)
    app = wall_app(samples, watch=False, cycle_seconds=3600)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        assert gc.get_threshold() == app_module.GC_THRESHOLDS

        class Node:
            pass

        node = Node()
        node.self = node  # a reference cycle: only the cyclic collector frees it
        alive = weakref.ref(node)
        gc.collect()  # while still referenced: it survives into the oldest generation …
        del node  # … where only a full pass (not the frequent young ones) finds it
        await wait_for(pilot, lambda: alive() is None, timeout=30)
    assert gc.get_threshold() != app_module.GC_THRESHOLDS  # restored when the app ends


async def test_the_garbage_timer_waits_while_changes_pour_in_but_not_for_ever(samples: Path) -> None:
    """A full pass walks everything made since the load (50-76 ms in a storm): not while updates arrive."""
    import time
    import weakref

    from oncall_tui.tui import collector as app_module

    app = wall_app(samples, watch=False, cycle_seconds=3600)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)

        class Node:
            pass

        node = Node()
        node.self = node
        alive = weakref.ref(node)
        gc.collect()
        del node
        app.collector.last_change = time.monotonic()  # a store update just now
        app.collector.collect()
        assert alive() is not None  # waited
        app.collector.last_full = time.monotonic() - app_module.GC_LONGEST_WAIT - 1
        app.collector.collect()
        assert alive() is None  # not for ever
        await pilot.pause()


async def test_wall_figures_grow_while_a_cold_load_reads(tmp_path: Path) -> None:
    """Not "0 open" on a team-room screen until the last file is read: the figures count the rows shown."""
    from tests.tui.casefiles import escalation, write

    for n in range(30):
        write(tmp_path, f"CE{4000 + n}.md", escalation(f"CE{4000 + n}", f"Customer {n}", priority="Critical"))

    # 30 files: over a second of loading
    app = wall_app(tmp_path, watch=False, cycle_seconds=3600, store=slow_store(tmp_path, 0.04))
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: app.main.table.row_count > 0)
        assert not app.loaded
        await wait_for(pilot, lambda: tile_value(app, "tile-p1") not in ("", "0"))
        assert not app.loaded and int(tile_value(app, "tile-p1")) <= app.main.table.row_count < 30
        await wait_loaded(pilot)
        assert tile_value(app, "tile-p1") == "30"


def test_a_wall_screen_taken_apart_before_its_mount_handler_runs_does_nothing() -> None:
    """Quitting while the wall screen mounts (a browser tab closed within a second) removed its children before
    on_mount ran, which raised NoMatches and made the app exit 1; now the handler has nothing to set up."""
    from datetime import datetime, timezone

    screen = WallScreen(lambda: datetime(2026, 11, 24, 12, tzinfo=timezone.utc), lambda: [], cycle_seconds=20)
    screen.on_mount()  # no children composed: nothing to find, nothing raised
    assert screen._cycle is None  # no cycle timer started


async def test_the_wall_puts_no_changed_marker_on_rows(samples: Path) -> None:
    """Nobody opens a case on the wall, so a • would never go and its set would grow all day."""
    app = wall_app(samples, watch=False, cycle_seconds=3600)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        target = next(p for p in sorted(samples.rglob("*.md")))
        rel = target.relative_to(samples).as_posix()
        target.write_bytes(target.read_bytes() + b"\n<!-- changed -->\n")
        app.sync.request([rel])
        await wait_for(pilot, lambda: app.store.get(rel).source.size == target.stat().st_size)
        await pilot.pause(0.1)
        assert app.main.table.unseen == set()
