"""Every key binding of the TUI, declared once with a stable id.

Widgets build their ``BINDINGS`` from :func:`bind`, the help screen and the
README's key table are generated from :data:`KEYS`, and the ids are the
names a user keymap will use to remap a key (``App.set_keymap``).
Entries with ``builtin=True`` document keys that Textual itself provides
(Tab focus, the command palette, arrow keys) so the help lists them too.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.binding import Binding

from oncall_tui.tui.literal import has_unsafe, plain

if TYPE_CHECKING:
    from oncall_tui.core.config import Source


@dataclass(frozen=True)
class Key:
    """One user-facing key: where it works, what it does, and its binding id."""

    id: str
    keys: str
    action: str
    description: str
    scope: str
    display: str | None = None
    show: bool = True
    builtin: bool = False
    priority: bool = False
    help: str = ""

    @property
    def long(self) -> str:
        """The help screen's description (the footer uses the short one)."""
        return self.help or self.description

    @property
    def shown_keys(self) -> str:
        """The keys as the help and README spell them (``j / ↓``)."""
        if self.display:
            return self.display
        return " / ".join(_pretty(k) for k in self.keys.split(","))


_PRETTY = {
    "question_mark": "?",
    "slash": "/",
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "up": "↑",
    "down": "↓",
    "home": "Home",
    "end": "End",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "exclamation_mark": "!",
    "space": "Space",
}


def _pretty(key: str) -> str:
    key = key.strip()
    if key in _PRETTY:
        return _PRETTY[key]
    if key.startswith("ctrl+"):
        return "Ctrl+" + key[5:].upper()
    return key


EVERYWHERE = "Everywhere"
MAIN = "Main screen"
CASES = "Open escalations pane"
FILTER = "Filter input"
TIMELINE = "Timeline pane"
ITEMS = "Action items pane"
SENTIMENT = "Sentiment pane"
LISTS = "Any list, table, picker, document or help"
CASE_VIEW = "Case view"
MAIN_AND_CASE = "Main screen and case view"
WALL = "Wall screen (--wall)"
DIALOGS = "Help and problem list"
CHANGES = "Changes view"
DRAFT = "Handover and status update editors"
CONFLICT_VIEW = "Conflict view"
HISTORY_VIEW = "History view"

KEYS: tuple[Key, ...] = (
    Key("app.quit", "q", "quit", "Quit", EVERYWHERE),
    Key("app.help", "question_mark", "help", "Help", EVERYWHERE, help="Help: this list of every key"),
    Key("app.problems", "p", "problems", "Problems", EVERYWHERE, help="List files with problems and skipped files"),
    Key("app.rescan", "ctrl+r", "rescan", "Rescan", EVERYWHERE, show=False, help="Rescan the folder now"),
    Key("app.palette", "ctrl+p", "command_palette", "Palette", EVERYWHERE, builtin=True, help="Command palette: go to case (fuzzy id, customer, title), pane toggles"),
    Key("app.focus_next", "tab", "focus_next", "Next pane", EVERYWHERE, builtin=True),
    Key("app.focus_previous", "shift+tab", "focus_previous", "Previous pane", EVERYWHERE, builtin=True),
    Key("main.filter", "slash", "filter", "Filter", MAIN, help="Filter as you type: words, p1, open/waiting/…, owner:dana, kind:incident"),
    Key("main.pane1", "1", "focus_pane('cases')", "Escalations", MAIN, show=False, help="Go to the escalations pane"),
    Key("main.pane2", "2", "focus_pane('timeline')", "Timeline", MAIN, show=False, help="Go to the timeline pane"),
    Key("main.pane3", "3", "focus_pane('items')", "Items", MAIN, show=False, help="Go to the action items pane"),
    Key("main.pane4", "4", "focus_pane('sentiment')", "Sentiment", MAIN, show=False, help="Go to the sentiment pane"),
    Key("main.zoom", "z", "zoom", "Zoom", MAIN, help="Zoom: the focused pane fills the screen; z again restores it"),
    Key("cases.open_case", "enter", "open_case", "Open", CASES, help="Open the case view (document, facts, problems)"),
    Key("cases.toggle_open", "o", "toggle_open", "Open/all", CASES, help="Show open cases only / all cases"),
    Key("cases.sort", "s", "cycle_sort", "Sort", CASES, help="Cycle the sort: time to breach (the default), priority then age, age, last change, customer, id, " "owner (each owner's cases together, yours first)"),
    Key("cases.clear_filter", "escape", "clear_filter", "Clear filter", CASES, show=False, help="Clear the filter"),
    Key("filter.done", "enter", "done", "Done", FILTER, help="Keep the filter and go back to the table"),
    Key("filter.clear", "escape", "clear", "Clear", FILTER, help="Clear the filter and go back to the table"),
    Key("timeline.merge", "t", "toggle_merged", "All/this", TIMELINE, help="Switch between this case and all open cases merged, newest first"),
    Key("timeline.open_case", "enter", "open_case", "Open", TIMELINE, show=False, help="Open the case of the event"),
    Key("items.all", "a", "toggle_all", "All/this", ITEMS, help="Switch between this case and all open items of open cases by owner"),
    Key("items.overdue", "o", "toggle_overdue", "Overdue", ITEMS, help="Switch between this case and every overdue item of the open cases, longest overdue first"),
    Key("items.mine", "m", "toggle_mine", "Mine", ITEMS, help="Switch between this case and your open items ([user] name and aliases), overdue first"),
    Key("items.open_case", "enter", "open_case", "Open", ITEMS, show=False, help="Open the case of the item"),
    Key("edit.toggle_item", "space", "toggle_item", "Done/open", ITEMS, help="Edit: mark the action item done, or open again (written into the file)"),
    Key("edit.in_progress", "i", "item_in_progress", "In progress", ITEMS, help="Edit: mark the action item in progress"),
    Key("edit.new_case", "N", "new_case", "New case", MAIN, help="Edit: a new case file from a template (escalation, meeting, incident) with the next free id"),
    Key("edit.add_event", "n", "add_event", "New event", MAIN_AND_CASE, help="Edit: add a timeline entry to the selected case (time defaults to now)"),
    Key("edit.status", "S", "set_status", "Status", MAIN_AND_CASE, help="Edit: set the selected case's status"),
    Key("edit.priority", "P", "set_priority", "Priority", MAIN_AND_CASE, help="Edit: set the selected case's priority"),
    Key("edit.add_item", "A", "add_item", "New item", MAIN_AND_CASE, help="Edit: add an action item (text, owner, due) to the selected case"),
    Key("edit.sentiment", "M", "set_sentiment", "Sentiment", MAIN_AND_CASE, help="Edit: set the selected case's overall sentiment (the human verdict)"),
    Key("edit.editor", "E", "open_in_editor", "Editor", MAIN_AND_CASE, help="Open the file in $VISUAL/$EDITOR (at the highlighted action item's or problem's line), then re-read it"),
    Key("shift.changes", "c", "changes", "Changes", MAIN, show=False, help="What changed since you last looked (new cases, status, events, items, overdue, sentiment, problems)"),
    Key("shift.mark_seen", "m", "mark_seen", "Mark seen", MAIN, show=False, help="Mark everything seen now (the next changes count from here; kept in your state folder)"),
    Key("shift.handover", "H", "handover", "Handover", MAIN, show=False, help="Draft a shift handover (markdown) from the live cases; saved as handovers/YYYY-MM-DD-HHMM-you.md"),
    Key("shift.copy_id", "y", "copy_id", "Copy id", MAIN, show=False, help="Copy the selected case's id to the terminal clipboard (OSC 52)"),
    Key("shift.copy_summary", "Y", "copy_summary", "Copy summary", MAIN, show=False, help="Copy a one-paragraph summary of the selected case (OSC 52)"),
    Key("edit.owner", "W", "set_owner", "Owner", MAIN, show=False, help="Edit: set the selected case's owner (the field it already has, else an Owner: line)"),
    Key("edit.status_update", "U", "status_update", "Status update", MAIN, show=False, help="Edit: draft a customer status update from the case; on save it is one timeline entry"),
    Key("edit.undo", "u", "undo", "Undo", EVERYWHERE, help="Edit: undo the last edit (only while the file is still as the edit left it)"),
    Key("git.sync", "ctrl+s", "git_sync", "Sync", EVERYWHERE, show=False, help="Git: fetch, bring in the team's changes and push yours now (the wall and read-only only pull)"),
    Key("edit.conflict", "C", "resolve_conflict", "Conflict", MAIN, show=False, help="Git: the selected case's conflict, both sides side by side; keep mine or theirs"),
    Key("sentiment.filter", "enter", "filter_customer", "Filter", SENTIMENT, help="Filter the cases by this customer"),
    Key("nav.down", "j,down", "cursor_down", "Down", LISTS, display="j / ↓", show=False),
    Key("nav.up", "k,up", "cursor_up", "Up", LISTS, display="k / ↑", show=False),
    Key("nav.first", "g,home", "first", "First", LISTS, display="g / Home", show=False),
    Key("nav.last", "G,end", "last", "Last", LISTS, display="G / End", show=False),
    Key("nav.page", "pagedown,pageup", "", "Page", LISTS, builtin=True, show=False, help="Page down / up"),
    Key("wall.pause", "space", "toggle_pause", "Pause/resume", WALL, help="Pause or resume cycling through the open escalations"),
    Key("wall.next", "n,right", "next_case", "Next", WALL, display="n / →", help="Next case now (the cycle then waits a full period)"),
    Key("wall.previous", "b,left", "previous_case", "Previous", WALL, display="b / ←", show=False, help="Previous case"),
    Key("case.back", "escape", "back", "Back", CASE_VIEW, help="Back to the dashboard"),
    Key("case.focus_other", "tab", "focus_next", "Other side", CASE_VIEW, builtin=True, help="Switch between the document and the facts"),
    Key("case.history", "h", "history", "History", CASE_VIEW, help="Git: the case file's history, who changed what and when, each commit as what changed in the case"),
    Key("dialog.close", "escape,q", "close", "Close", DIALOGS),
    Key("changes.open", "enter", "open_change", "Open", CHANGES, help="Open the case of the highlighted change"),
    Key("changes.mark_seen", "m", "mark_seen", "Mark seen", CHANGES, help="Mark everything seen now"),
    Key("changes.back", "escape", "back", "Back", CHANGES, help="Back to the dashboard"),
    Key("draft.save", "ctrl+s", "save", "Save", DRAFT, help="Save: the handover as a new file, the status update as a timeline entry"),
    Key("draft.copy", "ctrl+t", "copy_text", "Copy all", DRAFT, help="Copy the whole text (OSC 52)"),
    Key("draft.previous", "ctrl+o", "previous", "Previous handover", DRAFT, help="Open the previous handover of this folder"),
    Key("draft.cancel", "escape", "cancel", "Cancel", DRAFT, help="Close without saving"),
    Key("conflict.mine", "m", "keep('mine')", "Keep mine", CONFLICT_VIEW, help="Keep my version of the conflicted case (theirs stays in git history), then sync"),
    Key("conflict.theirs", "t", "keep('theirs')", "Keep theirs", CONFLICT_VIEW, help="Keep the remote's version of the conflicted case (mine stays on a conflict ref), then sync"),
    Key("conflict.edit", "E", "edit_by_hand", "Edit", CONFLICT_VIEW, help="Both sides with conflict markers in $VISUAL/$EDITOR; saved without markers, that text is kept, then sync"),
    Key("conflict.back", "escape", "back", "Back", CONFLICT_VIEW, help="Back to the dashboard, nothing picked"),
    Key("history.raw", "r", "toggle_raw", "Raw diff", HISTORY_VIEW, help="Switch between what changed and the raw diffs"),
    Key("history.back", "escape", "back", "Back", HISTORY_VIEW, help="Back to the case view"),
)

_BY_ID = {key.id: key for key in KEYS}

EDIT_ACTIONS = frozenset(spec.action for spec in KEYS if spec.id.startswith("edit."))
"""Actions that write into a case file: unavailable (and hidden) in read-only mode."""


def key(binding_id: str) -> Key:
    """The declared key with this id (KeyError for a typo, caught by the tests)."""
    return _BY_ID[binding_id]


def bind(binding_id: str, action: str | None = None, *, show: bool | None = None) -> Binding:
    """A Textual binding for a declared key; *action* overrides the default for a widget."""
    spec = _BY_ID[binding_id]
    return Binding(
        spec.keys,
        action or spec.action,
        spec.description,
        show=spec.show if show is None else show,
        id=spec.id,
        priority=spec.priority,
    )


def nav_bindings(*, down: str = "cursor_down", up: str = "cursor_up", first: str = "first", last: str = "last") -> list[Binding]:
    """j/k/g/G for a list-like widget, mapped to that widget's own actions."""
    return [
        bind("nav.down", down),
        bind("nav.up", up),
        bind("nav.first", first),
        bind("nav.last", last),
    ]


# -- checking a keymap from the settings -----------------------------------------------------------

# Which scopes are live at the same time (a focused pane, its screen, the app): two bindings can clash
# only when one of these holds both of their scopes.
_CONTEXTS: tuple[frozenset[str], ...] = tuple(frozenset(c) for c in (
    (EVERYWHERE, MAIN, CASES, LISTS),
    (EVERYWHERE, MAIN, FILTER),
    (EVERYWHERE, MAIN, TIMELINE, LISTS),
    (EVERYWHERE, MAIN, ITEMS, LISTS),
    (EVERYWHERE, MAIN, SENTIMENT, LISTS),
    (EVERYWHERE, MAIN, WALL, CASES, LISTS),  # the wall screen is a main screen
    (EVERYWHERE, CASE_VIEW, LISTS),
    (EVERYWHERE, DIALOGS, LISTS),
    (EVERYWHERE, CHANGES, LISTS),
    (EVERYWHERE, DRAFT),
    (EVERYWHERE, CONFLICT_VIEW, LISTS),
    (EVERYWHERE, HISTORY_VIEW, LISTS),
))
_CONTEXTS = tuple(c | {MAIN_AND_CASE} if MAIN in c or CASE_VIEW in c else c for c in _CONTEXTS)

NAVIGATION_KEYS = frozenset({
    "j", "k", "h", "l", "g", "G", "up", "down", "left", "right", "home", "end", "pageup", "pagedown",
    "tab", "shift+tab", "enter", "escape", "1", "2", "3", "4", "slash",
})
"""Keys people press to move around and look.  A team settings file (in the case folder, writable by
anyone who can write there) may not put an edit on any of them: looking must never write.  Space is not
one: it is the documented key of ``edit.toggle_item``."""

PROTECTED_IDS = frozenset({"app.quit", "app.help"} | {k.id for k in KEYS if "escape" in k.keys.split(",")})
"""Quit, Help and every Escape binding: a team settings file may not move them, and no remap from any file
may take their keys."""

REMAPPABLE_IDS = tuple(k.id for k in KEYS if not k.builtin)
"""The binding ids a ``[keys]`` table may name (the built-in ones are Textual's own keys)."""


def _overlap(a: Key, b: Key) -> bool:
    return any(a.scope in c and b.scope in c for c in _CONTEXTS)


def _label(spec: Key) -> str:
    return f"{spec.id} ({spec.description}, {spec.scope.lower()})"


def keymap_problems(keymap: Mapping[str, str], where: Mapping[str, str] | None = None,
                    team: Collection[str] = ()) -> dict[str, list[str]]:
    """What is wrong with a ``[keys]`` table, per binding id (an empty dict: nothing).

    *where* names the settings file each remap came from (for the messages); *team* holds the ids whose
    remap came from the case folder's team file, which may further not put an edit on a navigation key
    nor move Quit, Help or an Escape binding.  Checked for every remap: an unknown id (the message lists the
    valid ones), and a clash: a key the remap takes that another binding holds where both are live, named
    with both bindings (``items.all = "q"`` takes q from Quit).
    """
    where = where or {}
    default = {spec.id: [k.strip() for k in spec.keys.split(",") if k.strip()] for spec in KEYS}
    effective = {spec.id: [k.strip() for k in keymap.get(spec.id, spec.keys).split(",") if k.strip()]
                 for spec in KEYS}
    problems: dict[str, list[str]] = {}
    for binding_id, keys in keymap.items():
        source = where.get(binding_id, "settings")
        head = plain(f'{source}: [keys] "{binding_id}" = "{keys}"')  # shown on a terminal: escaped
        spec = _BY_ID.get(binding_id)
        if has_unsafe(keys):
            problems.setdefault(binding_id, []).append(f"{head}: not a key name (control characters)")
            continue
        if spec is None or spec.builtin:
            why = "is one of Textual's own keys and cannot be moved" if spec else "unknown binding id"
            problems.setdefault(binding_id, []).append(
                f"{head}: {why} (valid ids: {', '.join(REMAPPABLE_IDS)})")
            continue
        wanted = effective[binding_id]
        if binding_id in team:
            if binding_id in PROTECTED_IDS:
                problems.setdefault(binding_id, []).append(
                    f"{head}: a team settings file in the case folder may not move {_label(spec)} "
                    "(set it in your own settings file)")
                continue
            guarded = {k for i in ("app.quit", "app.help") for k in default[i]} | {"escape"}
            taken = [k for k in wanted if k in guarded]
            if taken:
                problems.setdefault(binding_id, []).append(
                    f"{head}: a team settings file in the case folder may not bind {', '.join(taken)} "
                    "(the keys of Quit, Help and Escape)")
            if binding_id.startswith("edit."):
                nav = [k for k in wanted if k in NAVIGATION_KEYS]
                if nav:
                    problems.setdefault(binding_id, []).append(
                        f"{head}: a team settings file in the case folder may not put the edit {_label(spec)} "
                        f"on the navigation key{'s' if len(nav) > 1 else ''} {', '.join(nav)}")
        for other in KEYS:
            if other.id == binding_id or not _overlap(spec, other):
                continue
            shared = [k for k in wanted if k in effective[other.id]
                      and not (k in default[binding_id] and k in default[other.id])]  # shared by design
            if shared:
                problems.setdefault(binding_id, []).append(plain(
                    f"{head}: {', '.join(shared)} clashes with {_label(other)}, which has "
                    f"{'/'.join(effective[other.id])}"
                    + (f' (moved by {where.get(other.id, "settings")})' if other.id in keymap else "")))
    return problems


def checked_keymap(keymap: Mapping[str, str], sources: Mapping[str, Source]) -> tuple[dict[str, str], list[str]]:
    """The remaps that may be used, and a line for each one refused (see :func:`keymap_problems`).

    The command line refuses to start with a refused remap at all (exit 2); an app made any other way
    drops it and says so, so a team file can never make navigation write.
    """
    problems = keymap_problems(keymap, {k: str(s) for k, s in sources.items()},
                               team={k for k, s in sources.items() if s.kind == "folder"})
    usable = {k: v for k, v in keymap.items() if k not in problems}
    return usable, [line for lines in problems.values() for line in lines]
