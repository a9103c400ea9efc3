"""Issue 16 items 15, 17 and 18 in the TUI: time to breach by default, the waiting status, the triage views."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from oncall_tui.tui import palette
from oncall_tui.tui.app import OncallApp
from tests.helpers.tui import wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

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


# --------------------------------------------------------------------------- item 17: waiting pauses the SLA clock


async def test_waiting_is_read_set_with_S_and_pauses_the_sla_cell_until_another_status(tmp_path: Path) -> None:
    from oncall_tui.tui.screens.pickers import ChoiceScreen
    from tests.helpers.tui import screen_text

    timeline = "\n## Timeline\n\n- 2026-12-04 13:00 UTC: Engineer joined the bridge\n"
    target = sla_case(tmp_path, "CE7300.md", "CE7300", "P2", START - timedelta(hours=2), extra=timeline)  # 22h left
    sla_case(tmp_path, "CE7301.md", "CE7301", "P3", START - timedelta(hours=1), status="Waiting on customer")
    clock = {"now": START}
    app = OncallApp(tmp_path, now=lambda: clock["now"], watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        cell = lambda path, column: table.get_cell(path, column).plain  # noqa: E731
        # Read from the file: "Waiting on customer" is waiting, its clock paused (at the bottom of the running ones).
        assert cell("CE7301.md", "status") == "waiting" and cell("CE7301.md", "sla").startswith("⏸")
        assert table.shown_paths == ["CE7300.md", "CE7301.md"]
        await pilot.press("slash", *"waiting", "enter")
        await wait_for(pilot, lambda: table.shown_paths == ["CE7301.md"])
        await pilot.press("escape")
        await wait_for(pilot, lambda: table.row_count == 2)
        assert cell("CE7300.md", "sla") == "22h"

        assert table.select_path("CE7300.md")
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        assert "Waiting" in screen_text(app)
        await pilot.press("j", "enter")  # in progress -> waiting
        await wait_for(pilot, lambda: cell("CE7300.md", "status") == "waiting")
        text = target.read_text(encoding="utf-8")
        assert "**Status:** Waiting\n" in text and "- 2026-12-04 14:30 UTC: Status: Waiting\n" in text
        assert cell("CE7300.md", "sla") == "⏸22h"
        # Three hours of waiting later the cell has not moved (the clock is paused) and it is not in warning colours.
        clock["now"] = START + timedelta(hours=3)
        app._tick()
        await pilot.pause()
        assert cell("CE7300.md", "sla") == "⏸22h" and table.get_cell("CE7300.md", "sla").style.dim

        # Any other status resumes it: the three hours waited do not count.
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("k", "enter")  # waiting -> in progress
        await wait_for(pilot, lambda: cell("CE7300.md", "status") == "in progress")
        assert "- 2026-12-04 17:30 UTC: Status: In Progress\n" in target.read_text(encoding="utf-8")
        assert cell("CE7300.md", "sla") == "22h"
        clock["now"] = START + timedelta(hours=4)
        app._tick()
        await pilot.pause()
        assert cell("CE7300.md", "sla") == "21h"


# --------------------------------------------------------------------------- item 18: overdue, mine, owner column, by owner


def _owned_folder(folder: Path) -> None:
    items = ("\n## Action Items\n\n"
             "- [ ] Send the HAR files to the vendor @dana (due 2026-12-01)\n"
             "- [ ] Patch the edge nodes @sam (due 2026-11-20)\n"
             "- [ ] Write the customer summary @dana (due 2026-12-10)\n"
             "- [x] Restart the gateway @dana (due 2026-11-01)\n")
    sla_case(folder, "CE7401.md", "CE7401", "P2", START - timedelta(hours=3), owner="Dana Okafor", extra=items)
    sla_case(folder, "CE7402.md", "CE7402", "P1", START - timedelta(minutes=30), owner="Sam Ito",
             extra="\n## Action Items\n\n- [ ] Page the DB team @DO (due 2026-12-02)\n")
    sla_case(folder, "CE7403.md", "CE7403", "P3", START - timedelta(hours=1), owner="@dana")
    sla_case(folder, "CE7404.md", "CE7404", "P3", START - timedelta(hours=2))


async def test_3_then_o_lists_overdue_items_across_cases_and_o_again_goes_back(tmp_path: Path) -> None:
    _owned_folder(tmp_path)
    app = OncallApp(tmp_path, now=lambda: START, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        items = app.main.items
        await pilot.press("3", "o")
        await wait_for(pilot, lambda: items.mode == "overdue")
        assert "overdue (3)" in str(items.border_title)
        # Longest overdue first, each led by its case's id with its owner and due date; done items never.
        assert [t.split()[:2] for t in items.row_texts] == [["○", "CE7401"], ["○", "CE7401"], ["○", "CE7402"]]
        assert "Patch the edge nodes" in items.row_texts[0] and "!2026-11-20" in items.row_texts[0]
        assert not any("Restart the gateway" in t or "customer summary" in t for t in items.row_texts)
        await pilot.press("j", "j", "enter")  # Enter opens the item's case
        await wait_for(pilot, lambda: getattr(app.screen, "case", None) is not None
                       and app.screen.case.path == "CE7402.md")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is app.main)
        app.main.items.focus()
        await pilot.press("o")
        await wait_for(pilot, lambda: items.mode == "case")
        assert "overdue (" not in str(items.border_title)


async def test_3_then_m_lists_my_items_by_name_forms_and_aliases(tmp_path: Path) -> None:
    _owned_folder(tmp_path)
    app = OncallApp(tmp_path, app_settings(user__name="Dana", user__aliases=("DO",)), now=lambda: START, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        items = app.main.items
        await pilot.press("3", "m")
        await wait_for(pilot, lambda: items.mode == "mine")
        assert "mine (3) · Dana" in str(items.border_title)
        texts = items.row_texts
        # "@dana" and the alias "DO" are Dana; overdue first, then by due date; Sam's item and done items never.
        assert ["Send the HAR files" in texts[0], "Page the DB team" in texts[1], "customer summary" in texts[2]] == [True] * 3
        assert len(texts) == 3
        await pilot.press("m")
        await wait_for(pilot, lambda: items.mode == "case")

    app = OncallApp(tmp_path, now=lambda: START, watch=False)  # no [user] name: it says how to set one
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("3", "m")
        await wait_for(pilot, lambda: app.main.items.mode == "mine")
        assert "[user] name" in app.main.items.row_texts[0]


async def test_the_owner_column_and_grouping_the_table_by_owner(tmp_path: Path) -> None:
    from tests.helpers.tui import screen_text

    _owned_folder(tmp_path)
    app = OncallApp(tmp_path, app_settings(user__name="Dana"), now=lambda: START, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert table.get_cell("CE7401.md", "owner").plain == "Dana O."
        assert table.get_cell("CE7402.md", "owner").plain == "Sam Ito"
        assert table.get_cell("CE7404.md", "owner").plain == "—"
        assert table.get_cell("CE7401.md", "owner").style == "bold"  # mine
        assert "owner" in table.shown_columns and "Dana O." in screen_text(app)
        # Group by owner from the palette: Dana's cases (every spelling) first, then Sam's, then no owner.
        commands = {c.title: c.callback for c in app.get_system_commands(app.screen)}
        commands["Cases: group by owner"]()
        await wait_for(pilot, lambda: table.sort_mode == "owner")
        assert table.shown_paths == ["CE7401.md", "CE7403.md", "CE7402.md", "CE7404.md"]
        await wait_for(pilot, lambda: "by owner" in str(app.main.cases_pane.border_subtitle))
        assert "by owner" in str(app.main.cases_pane.border_subtitle)
        commands["Cases: group by owner"]()
        await wait_for(pilot, lambda: table.sort_mode == "sla")


async def test_columns_the_pane_cannot_hold_are_left_out_least_needed_first(tmp_path: Path) -> None:
    from tests.helpers.tui import screen_text

    _owned_folder(tmp_path)
    expected = {
        (160, 45): ["id", "customer", "owner", "priority", "status", "age", "sla", "items", "sentiment"],
        (100, 30): ["id", "customer", "owner", "priority", "status", "age", "sla", "items", "sentiment"],
        (80, 24): ["id", "customer", "owner", "priority", "status", "sla", "items"],
        (200, 50): ["id", "customer", "owner", "priority", "status", "age", "sla", "items", "sentiment", "changed"],
    }
    for size, columns in expected.items():
        app = OncallApp(tmp_path, now=lambda: START, watch=False)
        async with app.run_test(size=size) as pilot:
            await wait_loaded(pilot)
            assert app.main.table.shown_columns == columns, size
            header = next(line for line in screen_text(app).splitlines() if " id " in line)
            assert "owner" in header and "pri" in header and "sla" in header, (size, header)


async def test_the_views_across_cases_give_the_text_the_width_in_a_narrow_pane(tmp_path: Path) -> None:
    from tests.helpers.tui import screen_text

    _owned_folder(tmp_path)
    app = OncallApp(tmp_path, now=lambda: START, watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("3", "o")
        await wait_for(pilot, lambda: app.main.items.mode == "overdue")
        await pilot.pause()
        # Owner and due follow the text instead of taking columns: the first line holds the id and the words.
        assert "CE7401 Patch the edge nodes" in screen_text(app)
        assert app.main.items.row_texts[0] == "○ CE7401 Patch the edge nodes @sam · sam · !2026-11-20"
