"""Pilot tests of the dashboard on a copy of data/: panes, keys, filter, sort, toggles, screens."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Markdown

from oncall_tui.tui import view
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.keys import KEYS
from oncall_tui.tui.screens.case import CaseScreen
from oncall_tui.tui.screens.help import HelpScreen
from oncall_tui.tui.screens.main import MainScreen
from oncall_tui.tui.screens.problems import ProblemsScreen
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import FROZEN, frozen_now, screen_text, slow_store, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings


def make_app(folder: Path) -> OncallApp:
    return OncallApp(folder, now=frozen_now, watch=False)


def cell(app: OncallApp, path: str, column: str) -> str:
    return app.main.table.get_cell(path, column).plain


async def test_startup_lists_open_cases_by_time_to_breach(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert table.sort_mode == "sla" and "time to breach" in str(app.main.cases_pane.border_subtitle)
        rows = [table.case(p) for p in table.shown_paths]
        assert rows and all(c.is_open for c in rows)
        assert len(rows) == sum(1 for c in app.store.cases() if c.is_open)
        keys = [view.sort_key(c, "sla", FROZEN, app.sla) for c in rows]
        assert keys == sorted(keys)
        with_clock = [c for c in rows if keys[rows.index(c)][0] == 0]
        assert with_clock and rows[: len(with_clock)] == with_clock  # cases without an SLA clock last
        first = rows[0]
        assert cell(app, first.path, "age") == view.human_age(view.age(first, FROZEN))
        assert cell(app, first.path, "changed") == "1h"  # fixed mtimes: one hour before the clock
        assert table.selected_path == first.path
        assert first.id[:30] in str(app.main.timeline.border_title)
        assert app.main.timeline.row_texts[-1].endswith(first.timeline[-1].text)


async def test_tab_moves_between_panes_and_keys_move_the_cursor(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        order = []
        for _ in range(5):
            order.append(app.focused.id)
            await pilot.press("tab")
        assert order == ["cases-table", "timeline", "items", "customers", "cases-table"]
        assert app.focused.id == "timeline"
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused.id == "customers"
        await pilot.press("1")
        table = app.main.table
        assert app.focused is table
        paths = table.shown_paths
        await pilot.press("j", "j")
        assert table.selected_path == paths[2]
        await pilot.press("k")
        assert table.selected_path == paths[1]
        case = table.case(paths[1])
        assert case.id[:30] in str(app.main.items.border_title)
        assert case.id[:30] in str(app.main.sentiment.border_title)
        await pilot.press("G")
        assert table.selected_path == paths[-1]
        await pilot.press("g")
        assert table.selected_path == paths[0]
        await pilot.press("down")
        assert table.selected_path == paths[1]
        await pilot.press("2")
        assert app.focused is app.main.timeline
        await pilot.press("3")
        assert app.focused is app.main.items
        await pilot.press("4")
        assert app.focused.id == "customers"


async def test_filter_narrows_as_you_type_and_escape_clears(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        everything = table.row_count
        await pilot.press("slash")
        assert app.focused.id == "filter"
        await pilot.press("m", "e", "r")
        counts = table.row_count
        await pilot.press("i", "d", "i", "a", "n")
        assert table.filter_text == "meridian"
        assert 0 < table.row_count <= counts < everything
        assert all("meridian" in (table.case(p).customer or "").lower() for p in table.shown_paths)
        assert "meridian" in str(app.main.cases_pane.border_subtitle)
        await pilot.press("enter")  # keep the filter, back to the table
        assert app.focused is table
        assert table.filter_text == "meridian"
        await pilot.press("escape")  # Esc on the table clears it
        assert table.filter_text == ""
        assert table.row_count == everything
        await pilot.press("slash", "z", "z", "z", "q")
        assert table.row_count == 0
        empty = app.main.query_one("#cases-empty")
        assert empty.display and "zzzq" in str(empty.render())
        await pilot.press("escape")
        assert table.filter_text == "" and table.row_count == everything
        assert app.focused is table


async def test_sort_cycles_and_open_all_toggles(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        open_rows = table.row_count
        await pilot.press("o")
        assert table.row_count == len(app.store.cases()) > open_rows
        assert "All cases" in str(app.main.cases_pane.border_title)
        await pilot.press("o")
        assert table.row_count == open_rows
        selected = table.selected_path
        await pilot.press("s")
        assert table.sort_mode == "priority"
        ranks = [view.priority_rank(table.case(p)) for p in table.shown_paths]
        assert ranks == sorted(ranks)
        await pilot.press("s")
        assert table.sort_mode == "age"
        shown = [table.case(p) for p in table.shown_paths]
        starts = [view.opened(c, FROZEN.tzinfo) for c in shown]
        known = [s for s in starts if s is not None]
        assert known == sorted(known)
        assert table.selected_path == selected  # the cursor follows the case, not the row number
        await pilot.press("s")
        assert table.sort_mode == "changed"
        await pilot.press("s", "s")
        assert table.sort_mode == "id"
        await pilot.press("s")
        assert table.sort_mode == "owner" and "by owner" in str(app.main.cases_pane.border_subtitle)
        await pilot.press("s")
        assert table.sort_mode == "sla" and "time to breach" in str(app.main.cases_pane.border_subtitle)


async def test_merged_timeline_and_all_items_toggles(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("2", "t")
        timeline = app.main.timeline
        assert timeline.merged
        expected = view.merged_timeline(app.store.cases())
        assert len(timeline.row_texts) == len(expected)
        first = expected[0]
        assert timeline.row_texts[0].startswith(view.time_column(first.event.at))
        assert first.case.id[:10] in timeline.row_texts[0]
        await pilot.press("t")
        assert not timeline.merged
        await pilot.press("3", "a")
        items = app.main.items
        assert items.all_open
        groups = view.items_by_owner(app.store.cases(), FROZEN.date())
        assert len(items.row_texts) == len(groups) + sum(len(g) for _, g in groups)
        await pilot.press("a")
        assert not items.all_open


async def test_my_items_come_first_when_the_settings_name_me(samples: Path) -> None:
    from oncall_tui.core.export import load_store

    groups = view.items_by_owner(load_store(samples).cases(), FROZEN.date())
    me = groups[-2][0] if groups[-1][0] is None else groups[-1][0]  # someone who is not first already
    assert me and me != groups[0][0]
    app = OncallApp(samples, app_settings(user__name=me.lower()), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("3", "a")
        first = app.main.items.row_texts[0]
        assert first.startswith(f"{me} (you)"), first


async def test_enter_opens_case_view_and_escape_returns(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        await pilot.press("j")
        chosen = table.selected_path
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen) and app.screen.loaded)
        screen = app.screen
        assert screen.case.path == chosen
        text = screen_text(app)
        case = table.case(chosen)
        assert case.id[:20] in text and case.customer in text
        markdown = screen.query_one(Markdown)
        assert markdown.source.strip() and "Loading" not in markdown.source
        assert (samples / chosen).read_text(encoding="utf-8").splitlines()[0].strip() in markdown.source
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert table.selected_path == chosen


async def test_help_lists_every_binding(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from oncall_tui.tui.screens.help import keys_table

        table = keys_table()
        described = [str(c) for c in table.columns[1]._cells]
        keys = [str(c) for c in table.columns[0]._cells]
        for spec in KEYS:
            assert spec.long in described, spec.id
            assert spec.shown_keys in keys, spec.id
        text = screen_text(app)
        assert "Quit" in text and "Filter as you type" in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_problem_files_counted_and_listed(tmp_path: Path) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme"))
    write(tmp_path, "CE1001-copy.md", escalation("CE1001", "Acme"))  # duplicate id: a problem
    os.mkfifo(tmp_path / "pipe.md")  # not a regular file: skipped with a reason
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause()
        assert app.info.problems == 2
        assert "2 files have problems" in screen_text(app)
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        assert app.screen.count == 2
        await pilot.press("enter")  # the first entry is the duplicate case: opens it
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        await wait_for(pilot, lambda: "duplicate id" in screen_text(app))


async def test_palette_goes_to_a_closed_case_widening_the_view(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        closed = next(c for c in app.store.cases() if not c.is_open and c.customer)
        await pilot.press("ctrl+p")
        await pilot.pause()
        for ch in closed.id:
            await pilot.press(ch)
        table = app.main.table

        async def chosen() -> bool:
            return table.selected_path == closed.path

        await wait_for(pilot, lambda: len(app.screen.query("CommandList Option, CommandList")) > 0)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: table.selected_path == closed.path)
        assert not table.open_only
        assert app.focused is table


async def test_customer_enter_filters_cases(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("4")
        worst = view.customer_moods(app.store.cases())[0]
        await pilot.press("enter")
        table = app.main.table
        assert table.filter_text == worst.customer
        assert table.shown_paths and all(table.case(p).customer == worst.customer for p in table.shown_paths)
        assert app.focused is table


async def test_theme_variables_give_priority_colours(samples: Path) -> None:
    from textual.theme import Theme

    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        p1 = next(p for p in app.main.table.shown_paths if app.main.table.case(p).priority == "P1")
        before = app.main.table.get_cell(p1, "priority").style
        assert "priority-p1" in app.get_css_variables()
        app.register_theme(Theme(name="t-test", primary="#004578", dark=True, variables={"priority-p1": "#00ff00"}))
        app.theme = "t-test"
        await pilot.pause()
        after = app.main.table.get_cell(p1, "priority").style
        assert str(after.color.name if hasattr(after, "color") else after) != str(before)
        assert "#00ff00" in str(after)


async def test_big_updates_are_patched_in_chunks_and_end_sorted(samples: Path, monkeypatch) -> None:
    from oncall_tui.tui import table_model

    monkeypatch.setattr(table_model, "CHUNK", 3)
    batches: list[int] = []
    patch = table_model.TableModel.patch

    def recording(self, paths, **kwargs):
        batches.append(len(paths))
        return patch(self, paths, **kwargs)

    monkeypatch.setattr(table_model.TableModel, "patch", recording)
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        expected = view.visible(app.store.cases(), open_only=True, query="", sort="sla", now=FROZEN)
        assert table.shown_paths == [c.path for c in expected]
        await pilot.press("j", "j")
        chosen = table.selected_path
        batches.clear()
        await pilot.press("o")
        await wait_for(pilot, lambda: table.settled)
        assert len(batches) > 3 and max(batches) <= 3  # the toggle was spread over several turns
        everything = view.visible(app.store.cases(), open_only=False, query="", sort="sla", now=FROZEN)
        assert table.shown_paths == [c.path for c in everything]
        assert table.selected_path == chosen


async def test_mouse_click_selects_and_a_second_click_opens(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        paths = table.shown_paths
        await pilot.click("#cases-table", offset=(3, 3))  # header on line 0: the third row
        assert table.selected_path == paths[2]
        assert app.main.items.border_title and table.case(paths[2]).id[:20] in str(app.main.items.border_title)
        await pilot.click("#cases-table", offset=(3, 3))
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
        assert app.screen.case.path == paths[2]
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen) and app.focused is table)
        timeline = app.main.timeline
        await pilot.click("#timeline", offset=(5, 1))  # the first event: highlighted, not opened
        assert app.focused is timeline and isinstance(app.screen, MainScreen)
        assert timeline.highlighted == 0
        await pilot.click("#timeline", offset=(5, 1))
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))


async def test_first_frame_and_keys_work_before_the_index_is_complete(tmp_path: Path) -> None:
    for n in range(40):
        write(tmp_path, f"CE{3000 + n}.md", escalation(f"CE{3000 + n}", f"Customer {n}"))

    # 40 files: about two seconds of loading
    app = OncallApp(tmp_path, now=frozen_now, watch=False, store=slow_store(tmp_path, 0.04))
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: app.info.loading is not None and app.info.loading[0] > 0)
        assert not app.loaded
        text = screen_text(app)
        assert "loading" in text and "/40 files" in text
        # Rows come as the files are read, not all at the end.
        await wait_for(pilot, lambda: app.main.table.row_count > 0)
        assert not app.loaded and 0 < app.main.table.row_count < 40
        shown = app.main.table.selected_path
        assert shown is not None and app.main.table.case(shown).id in screen_text(app)
        # The side panes follow the selected row as usual (views over every case wait for the whole index).
        await wait_for(pilot, lambda: app.main.timeline.row_texts and not app.loaded)
        await wait_for(pilot, lambda: app.main.table.row_count > 1)
        await pilot.press("j")  # the user picks a row while the rest load: it stays theirs
        picked = app.main.table.selected_path
        assert picked != shown
        # An edit waits for the index (the rows are provisional): refused with a reason, nothing written.
        before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
        await pilot.press("S")
        assert not app.loaded
        assert any("Still reading the folder" in str(n.message) for n in app.toasts)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("question_mark")  # the app answers while files load
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("s", "s", "s")  # three sort modes while rows come (it ends sorted by last change)
        await wait_loaded(pilot)
        assert app.main.table.row_count == 40
        assert app.main.table.selected_path == picked
        assert "loading" not in screen_text(app)
        assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


async def test_the_cursor_is_on_the_top_row_when_a_progressive_load_ends(tmp_path: Path) -> None:
    """Rows arrive in batches and sort in above the cursor; untouched, it ends on the most urgent case."""
    for n in range(20):
        write(tmp_path, f"CE{3000 + n}.md", escalation(f"CE{3000 + n}", f"Customer {n}", priority="Low"))
    # read last; a P1 opened ten minutes ago has five minutes left to its first response: the top row
    write(tmp_path, "zz-urgent.md", escalation("CE3999", "Burning Corp", priority="Critical", created="2026-11-24 11:50 UTC"))

    app = OncallApp(tmp_path, now=frozen_now, watch=False, store=slow_store(tmp_path, 0.04))
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: app.main.table.row_count > 0)
        assert not app.loaded and app.main.table.selected_path != "zz-urgent.md"
        await wait_loaded(pilot)
        assert app.main.table.shown_paths[0] == "zz-urgent.md"
        assert app.main.table.selected_path == "zz-urgent.md"


async def test_quitting_during_the_first_load_stops_reading(tmp_path: Path) -> None:
    import threading
    import time as _time

    for n in range(200):
        write(tmp_path, f"CE{3000 + n}.md", escalation(f"CE{3000 + n}", f"Customer {n}"))
    parsed: list[str] = []
    # 200 files: four seconds of loading
    app = OncallApp(tmp_path, now=frozen_now, watch=False, store=slow_store(tmp_path, 0.02, parsed))
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: len(parsed) >= 5)
        await pilot.press("q")
    loaders = [t for t in threading.enumerate() if "load" in t.name]
    for thread in loaders:
        thread.join(timeout=5)
    assert not any(t.is_alive() for t in loaders)
    stopped_at = len(parsed)
    _time.sleep(0.1)
    assert len(parsed) == stopped_at < 40, "the first load went on reading after the app quit"
    assert not app.loaded


async def test_second_start_reads_the_parse_cache_and_never_trusts_it_over_a_changed_file(
        tmp_path: Path, own_parse_cache: Path) -> None:
    folder = tmp_path / "cases"
    hour_ago = os.stat(tmp_path).st_mtime - 3600  # older than the cache's "too fresh to trust" window
    for n in range(30):
        path = write(folder, f"CE{3000 + n}.md", escalation(f"CE{3000 + n}", f"Customer {n}"))
        os.utime(path, (hour_ago, hour_ago))
    first = make_app(folder)
    async with first.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert first.store.cache.hits == 0
        await wait_for(pilot, lambda: any(own_parse_cache.iterdir()))  # written after the table was filled
    changed = folder / "CE3007.md"
    changed.write_text(escalation("CE3007", "Customer 7", title="CE3007 - Renamed while the app was closed"))
    os.utime(changed, (hour_ago, hour_ago))  # same mtime as before: the size still tells
    second = make_app(folder)
    async with second.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert (second.store.cache.hits, second.store.cache.misses) == (29, 1)
        same = [(c, first.store.get(c.path)) for c in second.store.cases() if c.path != "CE3007.md"]
        assert len(same) == 29 and all(cached == parsed for cached, parsed in same)
        assert second.store.get("CE3007.md").title == "CE3007 - Renamed while the app was closed"
        assert second.main.table.row_count == 30


async def test_empty_folder_and_all_closed_say_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app(empty)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        text = screen_text(app)
        assert "No cases in this folder yet" in text and "No case selected" in text
        await pilot.press("enter", "t", "a", "slash", "x", "escape")  # nothing to act on: nothing breaks
        assert app.is_running
    closed = tmp_path / "closed"
    write(closed, "CE1.md", escalation("CE1001", "Acme", status="Closed"))
    app = make_app(closed)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        assert "No open cases. Press o to show all cases." in screen_text(app)
        await pilot.press("o")
        assert app.main.table.shown_paths == ["CE1.md"]


async def test_palette_offers_the_pane_toggles(samples: Path) -> None:
    app = make_app(samples)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        commands = {c.title: c.callback for c in app.get_system_commands(app.screen)}
        commands["Cases: open only / all"]()
        commands["Timeline: this case / all open cases"]()
        commands["Action items: this case / all open by owner"]()
        await pilot.pause()
        assert not app.main.table.open_only and app.main.timeline.merged and app.main.items.all_open
        commands["Cases: cycle sort"]()
        assert app.main.table.sort_mode == "priority"
        commands["Files with problems"]()
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)


def test_the_first_frame_does_not_wait_for_the_parser(tmp_path: Path) -> None:
    """The store, parser, edit engine, Markdown widget, watcher and case model are imported after the first frame."""
    import inspect
    import subprocess
    import sys

    write(tmp_path, "CE3000.md", escalation("CE3000", "Acme"))
    heavy = ["oncall_tui.core.store", "oncall_tui.core.parse", "oncall_tui.core.edits", "markdown_it",
             "textual.widgets._markdown", "watchfiles", "oncall_tui.core.model", "oncall_tui.core.cache"]
    code = f"""
import asyncio, sys
from pathlib import Path
from oncall_tui.tui.app import OncallApp
at_first_frame = []

class App(OncallApp):
    CSS_PATH = {str(Path(inspect.getfile(OncallApp)).parent / OncallApp.CSS_PATH)!r}

    def _start_sync(self):
        at_first_frame.append([m for m in {heavy!r} if m in sys.modules])
        super()._start_sync()

async def main():
    app = App(Path({str(tmp_path)!r}))
    async with app.run_test() as pilot:
        while not app.loaded:
            await asyncio.sleep(0.01)
        print(at_first_frame, app.store.get("CE3000.md").customer)

asyncio.run(main())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60).stdout
    assert out.strip() == "[[]] Acme"


def test_a_big_first_load_is_parsed_by_the_process_pool(tmp_path: Path) -> None:
    """Inside the app (stderr captured by Textual, fileno -1) the pool must start, not fall back in process.

    It did not: multiprocessing's resource tracker passed the -1 on to its child and every cold start of a
    big folder was parsed on one core (36 s instead of ~17 s at 10,000 files).  A fresh interpreter, so no
    resource tracker is left running by an earlier test.
    """
    import inspect
    import subprocess
    import sys

    from tests.perf.generate import generate

    generate(tmp_path, 24, seed=3)
    code = f"""
import asyncio
from pathlib import Path
from oncall_tui.core import pool
from oncall_tui.tui.app import OncallApp

pool.POOL_MIN_FILES = 2  # a pool for this small folder, as for a big one

class App(OncallApp):
    CSS_PATH = {str(Path(inspect.getfile(OncallApp)).parent / OncallApp.CSS_PATH)!r}

async def main():
    app = App(Path({str(tmp_path)!r}))
    async with app.run_test() as pilot:
        while not app.loaded:
            await asyncio.sleep(0.01)
        print(len(app.store), app.store.pooled, app.store.pool_error)

asyncio.run(main())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120).stdout
    assert out.split() == ["24", "24", "None"]  # every case of the folder, each parsed by a worker
