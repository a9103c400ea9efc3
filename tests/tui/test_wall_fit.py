"""At incident speed on small screens: the wall's cycle never scrolls the P1s out of view (100x30), and an
action item's text gets the items pane's width at 80x24 instead of wrapping beside empty owner/due columns."""

from __future__ import annotations

from pathlib import Path

from oncall_tui.tui.app import OncallApp
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

TIMEOUT = 30.0  # only catches a hang


def busy_folder(tmp_path: Path) -> tuple[Path, list[str]]:
    """Three P1s among fifteen P2-P4 cases: more rows than the wall's table shows at 100x30."""
    p1 = []
    for n in range(18):
        cid = f"CE{3001 + n}"
        priority = "Critical" if n in (4, 9, 15) else ("High", "Medium", "Low")[n % 3]
        if priority == "Critical":
            p1.append(cid)
        write(tmp_path, f"{cid}.md", escalation(cid, f"Customer {n:02d}", priority=priority,
                                                created=f"2026-11-{1 + n:02d}"))
    return tmp_path, p1


def table_lines(app: OncallApp) -> list[str]:
    lines = screen_text(app).splitlines()
    start = next(i for i, line in enumerate(lines) if "Open escalations" in line)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("╰"))
    return lines[start + 2:end]  # the rows, below the header line


async def test_the_wall_keeps_every_p1_in_view_as_the_cycle_goes_round(tmp_path: Path) -> None:
    folder, p1 = busy_folder(tmp_path)
    app = OncallApp(folder, app_settings(wall__cycle_seconds=3600), now=frozen_now, watch=False, wall=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert table.row_count == 18 and len(table_lines(app)) < 18  # the table scrolls at this size
        seen = set()
        for _ in range(table.row_count + 1):  # once round, and back to the top
            await pilot.pause(0.05)
            lines = table_lines(app)
            shown = " ".join(lines)
            assert all(cid in shown for cid in p1), (table.selected_path, lines)
            selected = table.case(table.selected_path).id
            assert selected in shown, (selected, lines)  # the cursor's row is on screen too
            seen.add(selected)
            app.main.advance()
        assert len(seen) == 18  # the cycle still visits every case


async def test_action_item_text_takes_the_width_at_80x24(tmp_path: Path) -> None:
    write(tmp_path, "CE1001.md", escalation(
        "CE1001", "Acme Rockets", priority="Critical",
        item="Drain the eastern queue and replay every stuck settlement batch @dana (due 2026-11-26)"))
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        items = app.main.items
        await wait_for(pilot, lambda: any("Drain" in row for row in items.row_texts), TIMEOUT)
        text = screen_text(app)
        assert "○ Drain the eastern queue and" in text, text  # the text's first line: 27 cells, not 12
        assert "@dana · due" in text and "2026-11-26" in text, text  # its due follows the text
        assert "✔ Restart the service" in text and "Restart the service  —" not in text  # no empty columns
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:  # wide: the owner and due columns stay
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: any("Drain" in row for row in app.main.items.row_texts), TIMEOUT)
        line = next(line for line in screen_text(app).splitlines() if "Drain the" in line)
        assert "dana" in line and "2026-11-26" in line and " · due " not in line, line


async def test_the_wall_pins_only_while_the_rows_do_not_fit(tmp_path: Path) -> None:
    from oncall_tui.tui import view

    folder, p1 = busy_folder(tmp_path)
    app = OncallApp(folder, app_settings(wall__cycle_seconds=3600), now=frozen_now, watch=False, wall=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert table.pinned == 3 and [table.case(p).id for p in table.shown_paths[:3]] == sorted(
            p1, key=lambda cid: table.shown_paths.index(f"{cid}.md"))
        await pilot.resize_terminal(100, 90)  # every row fits: the wall's own order, nothing pinned
        await wait_for(pilot, lambda: table.pinned == 0, TIMEOUT)
        now = frozen_now()
        expected = sorted(table.shown_paths, key=lambda p: view.sort_key(table.case(p), "sla", now, app.sla))
        assert table.shown_paths == expected
        assert {table.case(p).priority for p in expected[:3]} != {"P1"}  # (so the two orders differ here)
        await pilot.resize_terminal(100, 30)
        await wait_for(pilot, lambda: table.pinned == 3, TIMEOUT)
        assert all(table.case(p).priority == "P1" for p in table.shown_paths[:3])


async def test_a_pinned_row_that_changes_is_redrawn_on_its_own_line_while_the_rest_is_scrolled(tmp_path: Path) -> None:
    """The P1s stay on the lines under the header while the cycle scrolls the rest: a change to one is drawn on the
    line that shows it (it was sent to the line it would have had unpinned, above the screen once scrolled)."""
    from textual.geometry import Region

    folder, p1 = busy_folder(tmp_path)
    app = OncallApp(folder, app_settings(wall__cycle_seconds=3600), now=frozen_now, watch=False, wall=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        while table.scroll_y < 3:  # the cycle goes down the table until the unpinned rows have scrolled
            app.main.advance()
            await pilot.pause()
        pinned = table.shown_paths[1]  # the second P1, on the table's second row line
        assert table.pinned == 3 and table.case(pinned).priority == "P1"
        refreshed: list[tuple] = []
        real_refresh = table.refresh
        table.refresh = lambda *regions, **k: refreshed.append(regions) or real_refresh(*regions, **k)  # type: ignore[method-assign]
        cid = table.case(pinned).id
        write(folder, pinned, escalation(cid, "Zebra Logistics", priority="Critical", created="2026-11-10"))
        app.sync.request([pinned])
        await wait_for(pilot, lambda: table.case(pinned).customer == "Zebra Logistics", TIMEOUT)
        await pilot.pause()
        assert any(len(r) == 1 and isinstance(r[0], Region) and r[0].y == 2 and r[0].height == 1 for r in refreshed), refreshed
        assert "Zebra" in screen_text(app)
