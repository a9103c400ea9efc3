"""Command palette: "Go to case" over id, customer and title, plus the pane toggles.

Textual's own :meth:`Matcher.highlight` and ``Hit.help`` read their text as
markup, and case titles come from files, so hits are built here from plain
:class:`~textual.content.Content` and the help line is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape
from textual.app import App, SystemCommand

from oncall_tui.tui import view
from oncall_tui.tui.literal import plain
from oncall_tui.tui.shift import shift_commands

if TYPE_CHECKING:
    from oncall_tui.core.model import Case
    from oncall_tui.tui.app import OncallApp

DISCOVER_LIMIT = 30


def candidate(case: Case) -> str:
    """What the fuzzy matcher sees for a case: id, customer and title, made safe."""
    parts = [plain(case.id)]
    if case.customer:
        parts.append(plain(case.customer))
    parts.append(plain(case.title))
    return "  ".join(parts)


def highlight(matcher: Matcher, text: str) -> Content:
    """*text* as literal content with the matched characters styled."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if score:
        for offset in offsets:
            if not text[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def _help(case: Case) -> str:
    state = view.STATUS_LABELS.get(case.status or "", "no status")
    return escape(f"Go to case · {case.priority or 'no priority'} · {state} · {plain(case.path)}")


class CaseCommands(Provider):
    """Go to case: selects the case in the table (widening the view if needed)."""

    @property
    def oncall(self) -> OncallApp:
        return cast("OncallApp", self.app)  # the provider is only ever registered by OncallApp.COMMANDS

    def _cases(self) -> list[Case]:
        return self.oncall.store.cases()

    async def discover(self) -> Hits:
        for case in sorted((c for c in self._cases() if c.is_open), key=view.priority_rank)[:DISCOVER_LIMIT]:
            yield DiscoveryHit(Content(candidate(case)), partial(self.oncall.go_to_case, case.path), help=_help(case))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for case in self._cases():
            text = candidate(case)
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, highlight(matcher, text), partial(self.oncall.go_to_case, case.path), text=text, help=_help(case))


def system_commands(app: OncallApp, textual: Iterable[SystemCommand]) -> Iterator[SystemCommand]:
    """Textual's own commands (its Screenshot replaced by ours), then the pane toggles and the shift's."""
    for command in textual:
        if command.title == "Screenshot":  # Textual's saves into a Downloads folder that may not exist
            yield SystemCommand("Screenshot", "Save an SVG picture of the screen (Pictures, Downloads or "
                                "the current folder) and say where", app.action_screenshot)
        else:
            yield command
    yield from toggle_commands(app)
    yield from shift_commands(app.shift)


def take_screenshot(app: App, filename: str | None, path: str | None) -> None:
    """Save an SVG of *app*'s screen into *path*, else ~/Pictures or ~/Downloads when they exist, else the current
    folder; the toast names the file (or why it could not be written)."""
    if path is None:
        home = Path.home()
        path = str(next((d for d in (home / "Pictures", home / "Downloads") if d.is_dir()), Path.cwd()))
    try:
        saved = app.save_screenshot(filename, path)
    except OSError as exc:
        app.notify(f"Screenshot not saved in {path}: {exc.strerror or exc}", title="Screenshot",
                   severity="error", markup=False)
        return
    app.notify(f"Screenshot saved: {Path(saved).resolve()}", title="Screenshot", markup=False)


def toggle_commands(app: OncallApp) -> Iterator[SystemCommand]:
    """The pane toggles and app actions, for ``App.get_system_commands``."""
    entries: list[tuple[str, str, Callable[[], object]]] = [
        ("Cases: open only / all", "Toggle between open cases and every case", partial(app.main_action, "toggle_open")),
        ("Cases: cycle sort", "time to breach · priority · age · last change · customer · id · owner", partial(app.main_action, "cycle_sort")),
        ("Cases: filter", "Filter by id, customer, title or owner", partial(app.main_action, "filter")),
        ("Timeline: this case / all open cases", "Merged timeline, newest first", partial(app.main_action, "toggle_merged")),
        ("Action items: this case / all open by owner", "Every open item grouped by owner", partial(app.main_action, "toggle_all_items")),
        ("Action items: overdue across cases", "Every overdue item of the open cases, longest overdue first (3 then o)",
         partial(app.main_action, "toggle_overdue_items")),
        ("Action items: mine", "Your open items in the open cases, by [user] name and aliases (3 then m)",
         partial(app.main_action, "toggle_my_items")),
        ("Cases: group by owner", "Each owner's cases together, yours first, then by time to breach (again: back)",
         partial(app.main_action, "group_by_owner")),
        ("Files with problems", "List files the parser could not fully read", app.action_problems),
        ("Rescan the folder", "Re-read anything that changed on disk", app.action_rescan),
        ("Help: every key", "Show the key bindings", app.action_help),
    ]
    if not app.read_only:  # nothing that writes is offered on a read-only screen
        entries += [
            ("Edit: set status", "Pick the selected case's status", partial(app.main_action, "set_status")),
            ("Edit: set priority", "Pick the selected case's priority", partial(app.main_action, "set_priority")),
            ("Edit: overall sentiment", "Set the selected case's sentiment label", partial(app.main_action, "set_sentiment")),
            ("Edit: new action item", "Add an item (text, owner, due) to the selected case", partial(app.main_action, "add_item")),
            ("Edit: new timeline entry", "Add an entry (time defaults to now)", partial(app.main_action, "add_event")),
            ("Edit: action item done / open", "The item highlighted in the action items pane", lambda: app.main.items.action_toggle_item()),
            ("Edit: new case from a template", "Escalation, meeting or incident, next free id", partial(app.main_action, "new_case")),
            ("Edit: undo the last edit", "Only while the file is as the edit left it", app.action_undo),
        ]
    for title, help_text, callback in entries:
        yield SystemCommand(title, help_text, callback)


class AppThemes(Provider):
    """The theme picker: the app's own themes (bundled and user files), not Textual's demo themes; the
    current one is marked. Theme names come from files, so the hits are plain Content."""

    def _themes(self) -> list[tuple[str, Content, Callable[[], None]]]:
        from textual.theme import BUILTIN_THEMES

        app = self.app
        names = sorted(name for name in app.available_themes if name not in BUILTIN_THEMES)

        def use(name: str) -> None:
            app.theme = name

        out: list[tuple[str, Content, Callable[[], None]]] = []
        for name in names:
            shown = Content(plain(name))
            if name == app.theme:
                shown = shown + Content("  (now)")
            out.append((name, shown, partial(use, name)))
        return out

    async def discover(self) -> Hits:
        for _name, shown, callback in self._themes():
            yield DiscoveryHit(shown, callback)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, shown, callback in self._themes():
            if (score := matcher.match(name)) > 0:
                yield Hit(score, shown, callback)
