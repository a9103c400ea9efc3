"""Issue 16 in the TUI: problems not counted as open, ids kept, new-case times, layout, vi keys, help, the wall's clock."""

from __future__ import annotations

from pathlib import Path

from oncall_tui.tui.app import OncallApp
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded

REAL = "# CE2005 - Customer Escalation Summary\n\n**Customer:** Kestrel Foods\n**Priority:** P2\n**Status:** Open\n"


async def test_empty_blank_bom_and_binary_files_are_not_counted_as_open_escalations(tmp_path: Path) -> None:
    (tmp_path / "CE2005.md").write_text(REAL, encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"\n  \n")
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbf")
    (tmp_path / "binary.md").write_bytes(bytes(range(256)) * 4)
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.main.table.shown_paths == ["CE2005.md"]
        assert "Open escalations (1 of 5)" in screen_text(app)
        await pilot.pause(1.1)
        assert app.info.problems == 4  # still listed, as problems


# --------------------------------------------------------------------------- items 2, 3, 4


from datetime import datetime, timedelta, timezone  # noqa: E402

EVENING = datetime(2026, 12, 4, 19, 9, tzinfo=timezone(timedelta(hours=1)))


async def _new_case(pilot, app, kind_downs: int, customer: str, title: str, priority: str) -> None:
    from oncall_tui.tui.screens.pickers import ChoiceScreen, FormScreen

    await pilot.press("N")
    await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
    await pilot.press(*["down"] * kind_downs, "enter")
    await wait_for(pilot, lambda: isinstance(app.screen, FormScreen))
    await pilot.press(*customer, "enter", *title, "enter", "ctrl+u", *priority, "enter")


async def test_new_p1_is_not_breached_and_resolving_records_the_time(tmp_path: Path) -> None:
    from oncall_tui.tui.screens.pickers import ChoiceScreen

    (tmp_path / "CE2005.md").write_text(REAL, encoding="utf-8")
    clock = {"now": EVENING}
    app = OncallApp(tmp_path, now=lambda: clock["now"], watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await _new_case(pilot, app, 0, "Zephyr Air", "Kiosks offline", "P1")
        await wait_for(pilot, lambda: app.store.by_id("CE2006") is not None)
        case = app.store.by_id("CE2006")
        table = app.main.table
        await wait_for(pilot, lambda: table.case(case.path) is not None)
        sla = table.get_cell(case.path, "sla").plain
        assert "-" not in sla and sla.startswith("r"), sla  # a response clock that has only just started
        # The meeting-notes form's priority is written too (the row shows it, not "—").
        await _new_case(pilot, app, 1, "Zephyr Air", "Kiosk review", "P2")
        await wait_for(pilot, lambda: any(c.kind == "meeting" for c in app.store.cases()))
        meeting = next(c for c in app.store.cases() if c.kind == "meeting")
        await wait_for(pilot, lambda: table.case(meeting.path) is not None)
        assert table.get_cell(meeting.path, "priority").plain == "P2"
        assert table.get_cell(meeting.path, "status").plain != "—"
        # S -> Resolved records when.
        clock["now"] = EVENING + timedelta(hours=2, minutes=5)
        table.select_path(case.path)
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("down", "down", "down", "down", "enter")  # open -> in progress -> waiting -> monitoring -> resolved
        await wait_for(pilot, lambda: app.store.get(case.path).status == "resolved")
        assert app.store.get(case.path).resolved_at == "2026-12-04T21:14:00+01:00"
        assert "Resolved: 2026-12-04 21:14 +01:00" in (tmp_path / case.path).read_text()


# --------------------------------------------------------------------------- item 5: toasts never move the panes


import pytest  # noqa: E402

from tests.helpers.tui import copy_samples  # noqa: E402
from tests.helpers.config_settings import app_settings


def _layout(app) -> dict:
    panes = {w.id or type(w).__name__: (tuple(w.region), w.show_vertical_scrollbar)
             for w in app.screen.query("#panes, #panes > *, #status, KeyBar, #wall-panes")}
    return {**panes, "screen scrollbar": (app.screen.show_vertical_scrollbar, app.screen.scroll_offset)}


@pytest.mark.parametrize("size", [(160, 45), (100, 30), (80, 24)])
@pytest.mark.parametrize("wall", [False, True])
async def test_stacked_toasts_and_news_never_change_the_layout(tmp_path: Path, data_dir: Path, size, wall: bool) -> None:
    folder = copy_samples(data_dir, tmp_path / "data")
    app = OncallApp(folder, now=frozen_now, watch=False, wall=wall)
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.2)
        before = _layout(app)
        for i in range(12):
            app.notify(f"toast {i}: a message long enough to wrap over two lines of a toast box", timeout=60)
            for news in app.screen.query("ChangeNews"):
                news.say(f"CE20{i:02d} changed on disk")
        await pilot.pause(0.5)
        assert len(app.screen.query("Toast")) > 3  # they really stack
        assert _layout(app) == before


# --------------------------------------------------------------------------- item 7: vi keys everywhere


async def test_vi_keys_in_pickers_the_case_document_and_help(tmp_path: Path, data_dir: Path) -> None:
    from textual.widgets import OptionList

    from oncall_tui.tui.screens.case import CaseScreen
    from oncall_tui.tui.screens.help import HelpScreen
    from oncall_tui.tui.screens.pickers import ChoiceScreen

    folder = copy_samples(data_dir, tmp_path / "data")
    app = OncallApp(folder, now=frozen_now, watch=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        # A picker: the status list.
        await pilot.press("S")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        options = app.screen.query_one(OptionList)
        start = options.highlighted
        await pilot.press("G")
        assert options.highlighted == options.option_count - 1
        await pilot.press("g")
        assert options.highlighted == 0
        await pilot.press("j", "j")
        assert options.highlighted == 2
        await pilot.press("k")
        assert options.highlighted == 1
        await pilot.press("escape")
        assert start is not None
        # The template picker too.
        await pilot.press("N")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("j")
        assert app.screen.query_one(OptionList).highlighted == 1
        await pilot.press("escape")
        # The case view's document scrolls with j/k/G/g.
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen) and app.screen.loaded)
        await pilot.pause(0.2)
        doc = app.screen.query_one("#case-doc")
        assert doc.has_focus and doc.max_scroll_y > 3
        await pilot.press("j", "j")
        await wait_for(pilot, lambda: doc.scroll_y == 2)
        await pilot.press("G")
        await wait_for(pilot, lambda: doc.scroll_y == doc.max_scroll_y)
        await pilot.press("k")
        await wait_for(pilot, lambda: doc.scroll_y == doc.max_scroll_y - 1)
        await pilot.press("g")
        await wait_for(pilot, lambda: doc.scroll_y == 0)
        await pilot.press("escape")
        # The help screen.
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        body = app.screen.query_one("#help-body")
        await pilot.pause(0.2)
        assert body.max_scroll_y > 3
        await pilot.press("j")
        await wait_for(pilot, lambda: body.scroll_y == 1)
        await pilot.press("G")
        await wait_for(pilot, lambda: body.scroll_y == body.max_scroll_y)
        await pilot.press("g")
        await wait_for(pilot, lambda: body.scroll_y == 0)


# --------------------------------------------------------------------------- item 8: help shows ids; the screenshot command works


async def test_the_help_screen_shows_each_binding_id(tmp_path: Path) -> None:
    from oncall_tui.tui.keys import KEYS
    from oncall_tui.tui.screens.help import HelpScreen

    (tmp_path / "CE2005.md").write_text(REAL, encoding="utf-8")
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause(0.2)
        assert "app.quit" in screen_text(app)
        body = app.screen.query_one("#help-body")
        seen = set()
        for _ in range(40):  # every id appears somewhere in the scrolled text
            seen |= {k.id for k in KEYS if k.id in screen_text(app)}
            if body.scroll_y >= body.max_scroll_y:
                break
            body.scroll_to(y=body.scroll_y + 20, animate=False)
            await pilot.pause()
        assert seen == {k.id for k in KEYS}


@pytest.mark.parametrize("pictures", [True, False])
async def test_the_palette_screenshot_saves_a_picture_and_says_where(tmp_path: Path, monkeypatch, pictures: bool) -> None:
    home = tmp_path / "home"
    (home / "Pictures").mkdir(parents=True) if pictures else home.mkdir()
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(cwd)
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "CE2005.md").write_text(REAL, encoding="utf-8")
    app = OncallApp(folder, now=frozen_now, watch=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        commands = {c.title: c.callback for c in app.get_system_commands(app.screen)}
        commands["Screenshot"]()
        await pilot.pause(0.3)
        where = home / "Pictures" if pictures else cwd
        saved = sorted(where.glob("*.svg"))
        assert len(saved) == 1 and saved[0].read_text(encoding="utf-8").startswith("<svg")
        assert "Open escalations" in saved[0].read_text(encoding="utf-8").replace("&#160;", " ")
        messages = [str(n.message) for n in app.toasts]
        assert any(str(saved[0]) in m and "saved" in m for m in messages), messages


# --------------------------------------------------------------------------- item 9: clock-dependent cells tick together


import os  # noqa: E402

START = datetime(2026, 12, 4, 14, 30, 17, tzinfo=timezone.utc)  # not on a whole minute


def _p1_due_in(seconds: int) -> str:
    created = START - timedelta(hours=4) + timedelta(seconds=seconds)  # P1: resolved within 4 h
    return (f"# CE3001 - Customer Escalation Summary\n\n**Customer:** Orchard Lane\n**Priority:** P1\n"
            f"**Status:** In Progress\n**Created:** {created:%Y-%m-%d %H:%M:%S} UTC\n")


@pytest.mark.parametrize("wall", [False, True])
async def test_sla_ages_and_the_wall_breached_figure_tick_every_second(tmp_path: Path, wall: bool) -> None:
    from oncall_tui.tui.screens.wall import Tile
    from textual.widgets import Digits

    path = tmp_path / "CE3001.md"
    path.write_text(_p1_due_in(4), encoding="utf-8")
    os.utime(path, (START.timestamp() - 13, START.timestamp() - 13))  # changed 13 s ago
    clock = {"now": START}
    app = OncallApp(tmp_path, now=lambda: clock["now"], watch=False, wall=wall)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        cell = lambda column: table.get_cell("CE3001.md", column).plain  # noqa: E731

        def breached() -> str:
            return app.screen.query_one("#tile-breached", Tile).query_one(Digits).value

        assert cell("sla") == "0m04s" and cell("changed") == "13s"
        if wall:
            assert breached() == "0"
        # One clock, ticking every second, drives the status bar, the figures and the table together.
        timers = [t for t in app._timers if t.name == "clock"]
        assert len(timers) == 1 and timers[0]._interval <= 1.0

        async def tick(seconds: float) -> None:  # the clock moves on and the timer fires once
            clock["now"] = START + timedelta(seconds=seconds)
            app._tick()
            await wait_for(pilot, lambda: table.settled)
            await pilot.pause()

        await tick(2)
        assert cell("sla") == "0m02s" and cell("changed") == "15s"
        await tick(7)  # three seconds past the due time
        assert cell("sla") == "-0m03s" and cell("changed") == "20s"
        if wall:  # the big figure moves with the cell, not a minute later
            assert breached() == "1"
        await tick(2 * 3600)
        assert cell("sla") == "-1h59m" and cell("changed") == "2h"
        # Past an hour the row is next due at the next minute of its SLA, not every second (idle CPU stays low).
        assert table.model.looks.due_at("CE3001.md") - clock["now"].timestamp() > 1


# --------------------------------------------------------------------------- item 12: one owner, many name forms


def _owned_case(path: Path, case_id: str, owner_line: str, items: list[tuple[str, str]]) -> None:
    lines = [f"# {case_id} - Customer Escalation Summary", "", "**Customer:** Kestrel Foods", "**Priority:** P2",
             "**Status:** Open", f"**Assigned Engineer:** {owner_line}", "", "## Action Items", ""]
    lines += [f"- [ ] {text} (owner: {owner})" for text, owner in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_owner_name_forms_are_one_owner_within_a_folder() -> None:
    from oncall_tui.tui.view import Owners

    owners = Owners(["Dana Okafor", "Dana", "@dana", "@dana.okafor", "@dokafor", "Sam Reyes", "Sam Ito", "Sam"])
    assert {owners.key(n) for n in ("Dana Okafor", "Dana", "@dana", "@Dana.Okafor", "@dokafor", "dana")} == {"dana okafor"}
    # Two Sams: "Sam" alone could be either, so it stays apart.
    assert owners.key("Sam") == "sam" and owners.key("Sam Ito") != owners.key("Sam Reyes")
    mine = Owners(["Dana Okafor", "DO", "Priya"], me="Dana", aliases=["DO", "the on-call lead"])
    assert mine.me == "dana okafor" and mine.key("DO") == mine.key("the on-call lead") == "dana okafor"
    assert mine.key("Priya") == "priya"


async def test_the_all_items_view_merges_an_owners_name_forms_and_marks_me(tmp_path: Path) -> None:
    _owned_case(tmp_path / "CE4001.md", "CE4001", "Dana Okafor", [("Rotate keys", "Dana"), ("Page vendor", "Priya")])
    _owned_case(tmp_path / "CE4002.md", "CE4002", "Priya Nair", [("Re-run export", "@dana"), ("Call back", "DO")])
    app = OncallApp(tmp_path, app_settings(user__name="Dana", user__aliases=("DO",)), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("3", "a")
        await wait_for(pilot, lambda: app.main.items.all_open and app.main.items.row_texts)
        rows = app.main.items.row_texts
        headers = [r for r in rows if " open" in r and not r.startswith(("CE", " "))]
        assert headers[0].startswith("Dana Okafor (you)  3 open"), rows
        assert any(h.startswith("Priya") for h in headers) and len(headers) == 2, headers


def test_user_aliases_is_a_setting_in_the_file_and_the_environment(tmp_path: Path, monkeypatch) -> None:
    from oncall_tui.core.config import load_settings

    config = tmp_path / "config.toml"
    config.write_text('[user]\nname = "Dana"\naliases = ["DO", "dana-o"]\n', encoding="utf-8")
    assert load_settings(config_path=config, folder=None, overrides={}).settings.user.aliases == ["DO", "dana-o"]
    monkeypatch.setenv("ONCALL_TUI_USER_ALIASES", "DO, the on-call lead")
    assert load_settings(config_path=config, folder=None, overrides={}).settings.user.aliases == ["DO", "the on-call lead"]


# --------------------------------------------------------------------------- item 13: the small ones


ONE_EVENT = ("# CE5001 - Customer Escalation Summary\n\n**Customer:** Kestrel Foods\n**Priority:** P2\n"
             "**Status:** Open\n\n## Timeline\n\n- 2026-11-24 18:48 +01:00 - Customer called\n\n"
             "## Action Items\n\n- [ ] Ship the mapping fix (due 2026-11-26)\n")


async def test_due_once_one_event_no_invented_seconds_and_the_zone_shown(tmp_path: Path) -> None:
    (tmp_path / "CE5001.md").write_text(ONE_EVENT, encoding="utf-8")
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        items = app.main.items.row_texts
        assert len(items) == 1 and items[0].count("2026-11-26") == 1, items
        assert "Ship the mapping fix" in items[0]
        timeline = app.main.timeline
        assert str(timeline.border_subtitle).startswith("1 event ·")
        assert timeline.row_texts[0].startswith("Customer called") or "2026-11-24 18:48 +01:00" in timeline.row_texts[0]
        assert "2026-11-24 18:48 +01:00" in screen_text(app) and "18:48:00" not in screen_text(app)


async def test_the_n_dialog_opens_on_its_first_field_and_names_the_zone(tmp_path: Path) -> None:
    from textual.widgets import Input

    from oncall_tui.tui.screens.pickers import TimelineEntryScreen

    (tmp_path / "CE5001.md").write_text(ONE_EVENT, encoding="utf-8")
    app = OncallApp(tmp_path, now=lambda: EVENING, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineEntryScreen))
        inputs = list(app.screen.query(Input))
        assert app.focused is inputs[0]  # the first field, not the second
        assert app.screen.query_one("#entry-time", Input).value == "2026-12-04 19:09 +01:00"


async def test_the_theme_picker_lists_the_apps_themes_and_marks_the_current_one(tmp_path: Path) -> None:
    (tmp_path / "CE5001.md").write_text(ONE_EVENT, encoding="utf-8")
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.action_change_theme()
        await wait_for(pilot, lambda: len(app.screen.query("CommandList")) > 0 and app.screen.query_one("CommandList").option_count > 0)
        options = app.screen.query_one("CommandList")
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert sorted(s.split()[0] for s in shown) == ["oncall-colorblind", "oncall-dark", "oncall-high-contrast", "oncall-light"]
        assert [s for s in shown if "(now)" in s] == ["oncall-dark  (now)"]


def _contrast(a: str, b: str) -> float:
    from textual.color import Color

    def luminance(colour: str) -> float:
        channels = [c / 255 for c in Color.parse(colour).rgb]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    low, high = sorted([luminance(a), luminance(b)])
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["oncall-dark", "oncall-light", "oncall-colorblind", "oncall-high-contrast"])
async def test_unfocused_pane_borders_are_visible(tmp_path: Path, theme: str) -> None:
    (tmp_path / "CE5001.md").write_text(ONE_EVENT, encoding="utf-8")
    app = OncallApp(tmp_path, app_settings(theme=theme), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        variables = app.theme_variables
        for background in ("background", "surface"):
            # WCAG's 3:1 for the edges of interface parts
            assert _contrast(variables["border-blurred"], variables[background]) >= 3.0, (theme, background)


async def test_panes_say_the_folder_is_being_read_during_start_up(tmp_path: Path) -> None:
    from tests.helpers.tui import slow_store

    for n in range(30):
        (tmp_path / f"CE{6000 + n}.md").write_text(REAL.replace("CE2005", f"CE{6000 + n}").replace("Open", "Closed"),
                                                   encoding="utf-8")
    app = OncallApp(tmp_path, now=frozen_now, watch=False, store=slow_store(tmp_path, 0.05))
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: app.info.loading is not None)
        await pilot.pause(0.2)
        assert not app.loaded
        text = screen_text(app)
        assert "Reading the folder…" in text
        assert "No case selected" not in text and "No customers with open cases" not in text
        await wait_loaded(pilot)
        await pilot.pause(0.2)
        text = screen_text(app)  # every case is closed: now the empty states are true
        assert "Reading the folder…" not in text and "No customers with open cases" in text


# --------------------------------------------------------------------------- triage 15: time to breach


def _sla_case(path: Path, case_id: str, priority: str, created: datetime, status: str = "In Progress") -> None:
    path.write_text(f"# {case_id} - Customer Escalation Summary\n\n**Customer:** C {case_id}\n**Priority:** {priority}\n"
                    f"**Status:** {status}\n**Created:** {created:%Y-%m-%d %H:%M:%S} UTC\n", encoding="utf-8")


async def test_time_to_breach_order_on_the_wall_and_the_about_to_breach_colour(tmp_path: Path) -> None:
    from oncall_tui.core.config import SlaSettings
    from oncall_tui.tui import palette

    _sla_case(tmp_path / "old-breach.md", "CE7001", "P1", START - timedelta(days=14, hours=4))  # breached 2 weeks ago
    _sla_case(tmp_path / "fresh-breach.md", "CE7002", "P2", START - timedelta(days=1, minutes=5))  # breached 5 min ago
    _sla_case(tmp_path / "new-p1.md", "CE7003", "P1", START - timedelta(hours=3, minutes=46))  # 14 min left
    _sla_case(tmp_path / "calm.md", "CE7004", "P3", START - timedelta(hours=1))  # 2d23h left
    (tmp_path / "no-priority.md").write_text("# CE7005 - Customer Escalation Summary\n\n**Status:** Open\n", encoding="utf-8")
    clock = {"now": START}
    app = OncallApp(tmp_path, app_settings(sla=SlaSettings()), now=lambda: clock["now"], watch=False, wall=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert table.sort_mode == "sla"
        # Nearest to its due time first, either side: 5 min over, 14 min left, ~3 days left, 2 weeks over.
        assert table.shown_paths == ["fresh-breach.md", "new-p1.md", "calm.md", "old-breach.md", "no-priority.md"]
        # 14 min of a 4 h target is under 25 %: the warning colour, not the breached one.
        warn, breached = palette.style(app, "sla-warning", bold=True), palette.style(app, "sla-breached", bold=True)
        assert warn != breached
        styles = lambda path: {str(span.style) for span in table.get_cell(path, "sla").spans} | {str(table.get_cell(path, "sla").style)}  # noqa: E731
        assert str(warn) in styles("new-p1.md") and str(breached) in styles("fresh-breach.md")
        assert str(warn) not in styles("calm.md") and str(breached) not in styles("calm.md")
        # An hour on: the new P1 has breached 46 min ago; the order follows within a tick.
        clock["now"] = START + timedelta(hours=1)
        app._tick()
        await wait_for(pilot, lambda: table.settled)
        assert table.shown_paths[:2] == ["new-p1.md", "fresh-breach.md"]


# --------------------------------------------------------------------------- triage 22: read-only feedback


async def test_an_edit_key_in_read_only_mode_flashes_in_the_status_bar_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "CE2005.md").write_text(REAL, encoding="utf-8")
    before = (tmp_path / "CE2005.md").read_bytes()
    app = OncallApp(tmp_path, now=frozen_now, watch=False, read_only=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        status = lambda: str(app.screen.query_one("#status-text").render())  # noqa: E731
        assert "read-only: nothing written" not in status()
        for key in ("S", "P", "n", "u"):
            await pilot.press(key)
            await pilot.pause()
            assert "read-only: nothing written" in status(), key
            assert isinstance(app.screen, type(app.main))  # no dialog opened
        assert (tmp_path / "CE2005.md").read_bytes() == before
        app.info.flash_until = 0  # the moment passes
        app.update_status()
        assert "read-only: nothing written" not in status()


# --------------------------------------------------------------------------- triage 21: zoom


@pytest.mark.parametrize(("pane_key", "pane_id"), [("1", "cases-pane"), ("2", "timeline"), ("3", "items"),
                                                   ("4", "sentiment-pane")])
async def test_z_zooms_the_focused_pane_and_restores_it(tmp_path: Path, data_dir: Path, pane_key: str, pane_id: str) -> None:
    folder = copy_samples(data_dir, tmp_path / "data")
    app = OncallApp(folder, now=frozen_now, watch=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        assert "z Zoom" in screen_text(app).splitlines()[-1]  # in the key bar
        await pilot.press(pane_key)
        pane = app.screen.query_one(f"#{pane_id}")
        before = pane.region
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is pane
        assert pane.region.width == 120 and pane.region.height > before.height
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is None and pane.region == before


# --------------------------------------------------------------------------- triage 16: filter language


def test_the_filter_words_for_priority_status_owner_and_kind() -> None:
    from oncall_tui.core.model import Case
    from oncall_tui.tui.view import matches

    p1 = Case(id="CE1", kind="escalation", title="Kiosks offline", path="a.md", customer="Zephyr Air",
              priority="P1", status="in_progress", owner="Dana Okafor")
    inc = Case(id="INC-2026-0001", kind="incident", title="P1 page storm", path="b.md", priority="P2", status="open",
               owner="Sam Ito")
    assert [matches(c, "p1") for c in (p1, inc)] == [True, False]  # the priority, not "P1" in a title
    assert [matches(c, "/".strip("/") + "kind:incident") for c in (p1, inc)] == [False, True]
    assert [matches(c, "owner:dana") for c in (p1, inc)] == [True, False]
    assert [matches(c, "in-progress") for c in (p1, inc)] == [True, False]
    assert [matches(c, "open p2 storm") for c in (p1, inc)] == [False, True]
    assert [matches(c, "status:in-progress kiosks") for c in (p1, inc)] == [True, False]
    assert not matches(p1, "waiting") and not matches(p1, "owner:")


async def test_the_active_filter_is_shown_in_the_table_title(tmp_path: Path, data_dir: Path) -> None:
    folder = copy_samples(data_dir, tmp_path / "data")
    app = OncallApp(folder, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        await pilot.press("slash", *"p1", "enter")
        await wait_for(pilot, lambda: table.settled and table.row_count > 0)
        assert all(table.case(p).priority == "P1" for p in table.shown_paths)
        assert "· /p1" in str(app.main.cases_pane.border_title)
        await pilot.press("escape")
        await pilot.press("slash", *"kind:incident", "enter")
        await wait_for(pilot, lambda: table.settled and table.row_count > 0)
        assert all(table.case(p).kind == "incident" for p in table.shown_paths)
        assert "· /kind:incident" in str(app.main.cases_pane.border_title)
