"""Edits from the keyboard, written into real files under a running app with the real watcher."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.messages import EditRequested
from oncall_tui.tui.screens.pickers import ChoiceScreen, FormScreen, TimelineEntryScreen
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

TIMEOUT = 30.0  # only catches a hang


def notes(app: OncallApp) -> list[str]:
    return [str(n.message) for n in app.toasts]


def changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def folder_with_one_case(tmp_path: Path) -> Path:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets", priority="High"))
    return tmp_path / "CE1001.md"


async def focus_first_open_item(pilot, app: OncallApp) -> None:
    await pilot.press("3")
    items = app.main.items
    await wait_for(pilot, lambda: items.selected_item() is not None, TIMEOUT)
    while items.selected_item()[1].status == "done":
        await pilot.press("j")


async def test_space_marks_the_item_done_with_one_line_changed_and_one_toast(tmp_path: Path) -> None:
    path = folder_with_one_case(tmp_path)
    before = path.read_bytes()
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)  # the watcher is in place
        await focus_first_open_item(pilot, app)
        assert app.main.items.selected_item()[1].text.startswith("Call the customer")
        await pilot.press("space")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        assert changed_lines(before, path.read_bytes()) == [
            "-- [ ] Call the customer (due 2026-11-22)",
            "+- [x] Call the customer (due 2026-11-22)",
        ]
        table = app.main.table
        await wait_for(pilot, lambda: table.get_cell("CE1001.md", "items").plain == "0/2", TIMEOUT)
        await pilot.pause(0.6)  # the watcher's own event for the write arrives and must add nothing
        messages = notes(app)
        assert sum("CE1001" in m and "done" in m and "CE1001.md" in m for m in messages) == 1, messages
        assert not any(m.startswith("Updated") for m in messages), messages  # not announced as a change on disk
        assert table.flashing == {}

        # `u` puts the exact previous bytes back.
        await pilot.press("u")
        await wait_for(pilot, lambda: path.read_bytes() == before, TIMEOUT)
        await wait_for(pilot, lambda: table.get_cell("CE1001.md", "items").plain == "1/2", TIMEOUT)
        assert any(m.startswith("undone: ") for m in notes(app))


async def test_i_marks_the_item_in_progress(tmp_path: Path) -> None:
    path = folder_with_one_case(tmp_path)
    before = path.read_bytes()
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await focus_first_open_item(pilot, app)
        await pilot.press("i")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        changed = changed_lines(before, path.read_bytes())
        assert len(changed) == 2 and changed[0] == "-- [ ] Call the customer (due 2026-11-22)", changed
        await wait_for(pilot, lambda: app.store.get("CE1001.md").action_items[0].status == "in_progress", TIMEOUT)


async def test_status_and_priority_are_picked_and_written_into_the_header(tmp_path: Path) -> None:
    path = folder_with_one_case(tmp_path)
    before = path.read_bytes()
    # The field patches alone (their timeline entries: tests/tui/test_handover.py).
    app = OncallApp(tmp_path, app_settings(audit__timeline=False), now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        assert "(now)" in screen_text(app) and "Set status of CE1001" in screen_text(app)
        await pilot.press("down", "down", "down", "enter")  # open -> in progress -> waiting -> monitoring
        await wait_for(pilot, lambda: table.get_cell("CE1001.md", "status").plain == "monitoring", TIMEOUT)
        assert changed_lines(before, path.read_bytes()) == ["-Status: Open", "+Status: Monitoring"]

        middle = path.read_bytes()
        await pilot.press("P")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        await pilot.press("home", "enter")  # P1
        await wait_for(pilot, lambda: table.get_cell("CE1001.md", "priority").plain == "P1", TIMEOUT)
        changed = changed_lines(middle, path.read_bytes())
        assert len(changed) == 2 and changed[0] == "-Priority: High", changed

        # Esc cancels a picker: nothing written.
        after = path.read_bytes()
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert path.read_bytes() == after


async def test_n_adds_a_timeline_entry_at_the_time_given(tmp_path: Path) -> None:
    path = folder_with_one_case(tmp_path)
    before = path.read_bytes()
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineEntryScreen), TIMEOUT)
        assert "2026-11-24 12:00" in screen_text(app)  # prefilled with now
        await pilot.press("enter")  # no text yet: refused in the dialog
        assert isinstance(app.screen, TimelineEntryScreen) and "Write what happened" in screen_text(app)
        await pilot.press(*"Failover done")
        await pilot.press("enter")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        changed = changed_lines(before, path.read_bytes())
        assert len(changed) == 1 and changed[0].startswith("+- 2026-11-24 12:00") and "Failover done" in changed[0]
        await wait_for(pilot, lambda: any("Failover done" in row for row in app.main.timeline.row_texts), TIMEOUT)


async def test_an_item_gone_from_the_file_is_refused_and_the_file_kept(tmp_path: Path) -> None:
    path = folder_with_one_case(tmp_path)
    app = OncallApp(tmp_path, now=frozen_now, watch=False)  # the app still shows the old item
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await focus_first_open_item(pilot, app)
        external = path.read_text().replace("- [ ] Call the customer (due 2026-11-22)\n", "")
        path.write_text(external)  # someone else removed the item meanwhile
        await pilot.press("space")
        await wait_for(pilot, lambda: any(n.severity == "error" for n in app.toasts), TIMEOUT)
        assert path.read_text() == external
        assert not any(name.startswith(".") for name in os.listdir(tmp_path))  # no temp file left


async def test_a_read_only_file_gives_an_error_and_stays_as_it_was(tmp_path: Path) -> None:
    path = folder_with_one_case(tmp_path)
    before = path.read_bytes()
    path.chmod(0o444)
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        await pilot.press("end", "enter")
        await wait_for(pilot, lambda: any(n.severity == "error" for n in app.toasts), TIMEOUT)
        assert path.read_bytes() == before


async def test_read_only_mode_hides_every_edit_and_never_writes(tmp_path: Path) -> None:
    path = folder_with_one_case(tmp_path)
    before = path.read_bytes()
    stamp = path.stat().st_mtime_ns
    app = OncallApp(tmp_path, now=frozen_now, watch=True, read_only=True)
    calls: list[tuple] = []
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        real_write, real_remove = app.storage.write, app.storage.remove
        app.storage.write = lambda *a, **k: (calls.append(("write", a)), real_write(*a, **k))[1]
        app.storage.remove = lambda *a, **k: (calls.append(("remove", a)), real_remove(*a, **k))[1]
        footer = screen_text(app).splitlines()[-1]
        for word in ("Status", "Priority", "New event", "Undo"):
            assert word not in footer, footer
        for action in ("set_status", "set_priority", "add_event"):
            assert app.main.check_action(action, ()) is False
        await pilot.press("S", "P", "n", "A", "M", "u")
        await focus_first_open_item(pilot, app)
        assert "Done/open" not in screen_text(app).splitlines()[-1]
        await pilot.press("space", "i")
        # The actions themselves, as the palette or a script would call them, refuse too.
        item_line = app.main.items.selected_item()[1].line
        app.main.items.action_toggle_item()
        app.main.action_set_status()
        app.main.action_add_event()
        app.main.action_add_item()
        app.main.action_set_sentiment()
        app.action_undo()
        for kind in ("toggle", "in_progress", "status", "priority", "timeline", "item", "sentiment", "owner",
                     "editor", "new_case"):  # every request, as a script would post it
            app.post_message(EditRequested(kind, None if kind == "new_case" else "CE1001.md", item_line))
        await pilot.pause(0.5)
        assert not isinstance(app.screen, (ChoiceScreen, TimelineEntryScreen, FormScreen))
        await pilot.press("question_mark")
        assert "Undo the last edit" not in screen_text(app)
    assert calls == []
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stamp


async def test_a_adds_an_action_item_with_owner_and_due(tmp_path: Path) -> None:
    from oncall_tui.tui.screens.pickers import FormScreen

    path = folder_with_one_case(tmp_path)
    before = path.read_bytes()
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("A")
        await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), TIMEOUT)
        await pilot.press(*"Page the DBA", "enter", *"Sam Lee", "enter", *"2026-13-40", "enter")
        assert isinstance(app.screen, FormScreen) and "Not a date" in screen_text(app)  # refused in the form
        for _ in range(10):
            await pilot.press("backspace")
        await pilot.press(*"2026-11-26", "enter")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        added = [line for line in changed_lines(before, path.read_bytes()) if line.startswith("+")]
        assert len(added) == 1 and "Page the DBA" in added[0] and "Sam Lee" in added[0] and "2026-11-26" in added[0]
        await wait_for(pilot, lambda: len(app.store.get("CE1001.md").action_items) == 3, TIMEOUT)
        item = app.store.get("CE1001.md").action_items[-1]
        assert (item.text.startswith("Page the DBA"), item.owner, item.due) == (True, "Sam Lee", "2026-11-26")


async def test_m_sets_the_overall_sentiment_line(tmp_path: Path) -> None:
    from oncall_tui.tui.screens.pickers import FormScreen

    path = folder_with_one_case(tmp_path)
    before = path.read_bytes()
    app = OncallApp(tmp_path, app_settings(audit__timeline=False), now=frozen_now, watch=True)  # the label's line alone
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("M")
        await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), TIMEOUT)
        assert "Frustrated but cooperative" in screen_text(app)  # the current label, to edit
        await pilot.press("ctrl+u")  # clear the field
        await pilot.press(*"Relieved after the fix", "enter")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        assert changed_lines(before, path.read_bytes()) == [
            "-Overall sentiment: Frustrated but cooperative",
            "+Overall sentiment: Relieved after the fix",
        ]
        await wait_for(pilot, lambda: app.store.get("CE1001.md").sentiment.score > 0, TIMEOUT)


async def test_the_palette_offers_the_edits_except_in_read_only_mode(tmp_path: Path) -> None:
    path = folder_with_one_case(tmp_path)
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        commands = {c.title: c.callback for c in app.get_system_commands(app.screen)}
        edits = [title for title in commands if title.startswith("Edit: ")]
        assert len(edits) == 10  # with the owner and the customer status update (tui/shift.py)
        commands["Edit: set priority"]()
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        await pilot.press("home", "enter")
        await wait_for(pilot, lambda: b"Priority: Critical" in path.read_bytes(), TIMEOUT)  # the file's own words
    app = OncallApp(tmp_path, now=frozen_now, watch=False, read_only=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert not any(c.title.startswith("Edit: ") for c in app.get_system_commands(app.screen))


async def test_n_shift_writes_a_new_case_with_the_next_id_and_selects_it(tmp_path: Path) -> None:
    from oncall_tui.tui.screens.pickers import FormScreen

    folder_with_one_case(tmp_path)
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("N")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen), TIMEOUT)
        await pilot.press("enter")  # escalation
        await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), TIMEOUT)
        await pilot.press(*"Zephyr Air", "enter", *"Check-in kiosks offline", "enter")
        await pilot.press("ctrl+u", *"P1", "enter")
        await wait_for(pilot, lambda: app.store.by_id("CE1002") is not None, TIMEOUT)
        case = app.store.by_id("CE1002")
        assert (case.customer, case.priority, case.status, case.problems) == ("Zephyr Air", "P1", "open", [])
        assert (tmp_path / case.path).is_file() and case.path.startswith("CE1002-")
        await wait_for(pilot, lambda: app.main.table.selected_path == case.path, TIMEOUT)
        # Undo removes the file it created (it is unchanged since).
        await pilot.press("u")
        await wait_for(pilot, lambda: not (tmp_path / case.path).exists(), TIMEOUT)


def test_the_editor_command_follows_visual_then_editor_then_vi(tmp_path: Path) -> None:
    import subprocess
    import sys

    from oncall_tui.tui.editing import editor_command

    path = tmp_path / "CE1001.md"
    assert editor_command({}, path, 7) == ["vi", "+7", "--", str(path)]
    assert editor_command({"EDITOR": "nano"}, path, 0) == ["nano", "+1", "--", str(path)]
    script = tmp_path / "fake editor.py"
    script.write_text("import sys\nopen(sys.argv[-1], 'a').write('edited: ' + ' '.join(sys.argv[1:-1]) + '\\n')\n")
    argv = editor_command({"VISUAL": f"{sys.executable} '{script}' --flag", "EDITOR": "ignored"}, path, 12)
    path.write_text("x\n")
    assert subprocess.call(argv) == 0  # the command really runs, quoted paths and all
    assert path.read_text() == "x\nedited: --flag\n"  # an editor not known to take +LINE gets the file only


async def test_e_without_a_suspendable_terminal_says_so(tmp_path: Path) -> None:
    folder_with_one_case(tmp_path)
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:  # the headless driver cannot suspend
        await wait_loaded(pilot)
        await pilot.press("E")
        await pilot.pause()
        assert any("cannot hand the screen to an editor" in m for m in notes(app))
