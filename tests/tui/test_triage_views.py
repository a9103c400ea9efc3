"""Issue 16 items 15, 17 and 18 in the TUI: time to breach by default, the waiting status, the triage views."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from oncall_tui.tui import palette
from oncall_tui.tui.app import OncallApp
from tests.tui.conftest import wait_for, wait_loaded

START = datetime(2026, 12, 4, 14, 30, 17, tzinfo=timezone.utc)  # not on a whole minute


def sla_case(folder: Path, name: str, case_id: str, priority: str, created: datetime, *, status: str = "In Progress",
             owner: str | None = None, extra: str = "") -> Path:
    path = folder / name
    path.write_text(
        f"# {case_id} - Customer Escalation Summary\n\n**Customer:** C {case_id}\n**Priority:** {priority}\n"
        f"**Status:** {status}\n**Created:** {created:%Y-%m-%d %H:%M:%S} UTC\n"
        + (f"**Assigned Engineer:** {owner}\n" if owner else "") + extra, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- item 15: time to breach by default


async def test_the_dashboard_sorts_by_time_to_breach_and_a_new_p1_never_sinks_below_old_breaches(tmp_path: Path) -> None:
    for n, days in enumerate((14, 15, 20)):  # P1s breached two weeks ago and more
        sla_case(tmp_path, f"old-{n}.md", f"CE710{n}", "P1", START - timedelta(days=days, hours=4))
    sla_case(tmp_path, "old-p2.md", "CE7110", "P2", START - timedelta(days=15))
    sla_case(tmp_path, "new-p1.md", "CE7200", "P1", START - timedelta(hours=3, minutes=46))  # 14 min left
    clock = {"now": START}
    app = OncallApp(tmp_path, now=lambda: clock["now"], watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert table.sort_mode == "sla"  # the dashboard's default, as on the wall
        assert "time to breach" in str(app.main.cases_pane.border_subtitle)
        assert table.shown_paths[0] == "new-p1.md" and table.selected_path == "new-p1.md"
        # 14 minutes of a 4 h target is under [sla] about_to_breach (25 %): the warning colour, not the breached one.
        warn, breached = palette.style(app, "sla-warning", bold=True), palette.style(app, "sla-breached", bold=True)
        assert warn != breached
        assert table.get_cell("new-p1.md", "sla").style == warn and table.get_cell("old-0.md", "sla").style == breached
        # Minute by minute through its last 14 minutes and an hour past its due time: never below them.
        for minutes in range(0, 75, 3):
            clock["now"] = START + timedelta(minutes=minutes)
            table.watch_sort_mode()  # what the clock's tick does once a minute
            await wait_for(pilot, lambda: table.settled)
            order = table.shown_paths
            assert all(order.index("new-p1.md") < order.index(f"old-{n}.md") for n in range(3)), (minutes, order)
