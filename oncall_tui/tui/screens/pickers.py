"""Small modal dialogs for the edit keys: pick one value, or write a timeline entry.

They only collect what the user chose; the edit itself is made and written
by :class:`~oncall_tui.tui.editing.EditController`, which pushes them (the ``ask_*`` functions below
put the forms of several fields together).  Esc cancels (the result is None).  Every
dialog says which keys it takes; date and time fields take the quick forms of
:mod:`oncall_tui.core.quickdates` (``+2h``, ``tomorrow``, ``mon``, ``eod``…) and
show what they resolved to as you type.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from oncall_tui.core.dates import zone_text
from oncall_tui.core.quickdates import describe_day, describe_moment, resolve_day, resolve_moment
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.vim import VimOptionList

PICKER_HINT = "Enter: choose · Esc: cancel · j/k or ↑/↓: move"
TIME_HELP = "now, -10m, +2h, today 14:30, tomorrow, mon, eod, or YYYY-MM-DD HH:MM"
DAY_HELP = "today, tomorrow, mon, eod, +3d or YYYY-MM-DD"
CASE_KINDS = [("escalation", "Customer escalation summary"), ("meeting", "Escalation meeting notes"),
              ("incident", "Incident report")]


class ChoiceScreen(ModalScreen[str | None]):
    """Pick one of *choices* (value, label); the current value is highlighted and marked."""

    DEFAULT_CSS = """
    ChoiceScreen { align: center middle; }
    ChoiceScreen > Vertical { width: 50; height: auto; border: round $accent; background: $surface; padding: 0 1; }
    ChoiceScreen OptionList { height: auto; max-height: 12; border: none; }
    ChoiceScreen .hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: Text, choices: list[tuple[str, str]], current: str | None) -> None:
        super().__init__()
        self._title = title
        self._choices = choices
        self._current = current

    def compose(self) -> ComposeResult:
        options = []
        for value, label in self._choices:
            shown = Text(label)
            if value == self._current:
                shown.append("  (now)", style="dim")
            options.append(Option(shown, id=value))
        with Vertical():
            yield Label(self._title, markup=False)
            yield VimOptionList(*options)
            yield Label(PICKER_HINT, markup=False, classes="hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        values = [value for value, _ in self._choices]
        options.highlighted = values.index(self._current) if self._current in values else 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class TimelineEntryScreen(ModalScreen[tuple[datetime, str] | None]):
    """A timeline entry: its time (prefilled with now, editable) and its text. Enter in the text adds it."""

    DEFAULT_CSS = """
    TimelineEntryScreen { align: center middle; }
    TimelineEntryScreen > Vertical { width: 80; height: auto; border: round $accent; background: $surface; padding: 0 1; }
    TimelineEntryScreen #entry-error { color: $error; height: auto; }
    TimelineEntryScreen #entry-when, TimelineEntryScreen .hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: Text, now: datetime, clock: Callable[[], datetime] | None = None) -> None:
        """*now* fills the time field; *clock* (default: *now* for ever) is what ``+2h`` or ``today`` count from."""
        super().__init__()
        self._title = title
        self._now = now
        self._clock = clock or (lambda: now)

    def compose(self) -> ComposeResult:
        # What happened comes first and has the focus (the time defaults to now); the zone is shown and kept.
        zone = zone_text(self._now)
        with Vertical():
            yield Label(self._title, markup=False)
            yield Label("What happened (Enter adds it, Esc cancels):", markup=False)
            yield Input(placeholder="e.g. Failover to the standby completed", id="entry-text")
            yield Label(f"When (Tab to change it{'; zone ' + zone if zone else ''}):", markup=False)
            yield Input(f"{self._now:%Y-%m-%d %H:%M} {zone}".rstrip(), id="entry-time")
            yield Label(self._resolved(f"{self._now:%Y-%m-%d %H:%M} {zone}".rstrip()), id="entry-when", markup=False)
            yield Label(f"Takes {TIME_HELP}", markup=False, classes="hint")
            yield Label("", id="entry-error", markup=False)

    def _resolved(self, text: str) -> Text:
        """What the time field means now, shown under it as it is typed."""
        text = text.strip()
        if not text:
            return Text("= (empty: write a time)")
        when = resolve_moment(text, self._clock())
        if when is None:
            return Text("= not a time yet: " + TIME_HELP)
        return Text("= " + describe_moment(when, self._clock()))

    @on(Input.Changed, "#entry-time")
    def _time_changed(self, event: Input.Changed) -> None:
        self.query_one("#entry-when", Label).update(self._resolved(event.value))

    def on_mount(self) -> None:
        self.query_one("#entry-text", Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        when_text = self.query_one("#entry-time", Input).value.strip()
        text = self.query_one("#entry-text", Input).value.strip()
        error = self.query_one("#entry-error", Label)
        when = resolve_moment(when_text, self._clock()) if when_text else None
        if when is None:
            error.update(literal(f"Not a date and time: {when_text!r} (use {TIME_HELP})"))
            self.query_one("#entry-time", Input).focus()
            return
        if not text:
            error.update("Write what happened first.")
            self.query_one("#entry-text", Input).focus()
            return
        self.dismiss((when, text))

    def action_cancel(self) -> None:
        self.dismiss(None)


class FormScreen(ModalScreen[dict[str, str] | None]):
    """A few labelled text fields; *check* returns an error to show (the form stays) or None to accept.

    Enter in the last field submits; Enter in another moves on; Esc cancels.
    """

    DEFAULT_CSS = """
    FormScreen { align: center middle; }
    FormScreen > Vertical { width: 80; height: auto; border: round $accent; background: $surface; padding: 0 1; }
    FormScreen #form-error { color: $error; height: auto; }
    FormScreen .hint, FormScreen .resolved { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: Text, fields: list[tuple[str, str, str]],
                 check: Callable[[dict[str, str]], str | None],
                 shows: Mapping[str, Callable[[str], str]] | None = None) -> None:
        """*fields*: (name, label, initial value); *shows*: per field name, what its value resolves to
        (shown under the field as it is typed: a due date's day)."""
        super().__init__()
        self._title = title
        self._fields = fields
        self._check = check
        self._shows = dict(shows or {})

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._title, markup=False)
            for name, label, value in self._fields:
                yield Label(label, markup=False)
                yield Input(value, id=f"form-{name}")
                if name in self._shows:
                    yield Label(literal(self._shows[name](value)), id=f"form-{name}-shows", markup=False,
                                classes="resolved")
            yield Label("Enter: next field / save · Esc: cancel", markup=False, classes="hint")
            yield Label("", id="form-error", markup=False)

    def on_mount(self) -> None:
        self.query_one(f"#form-{self._fields[0][0]}", Input).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        name = (event.input.id or "").removeprefix("form-")
        if name in self._shows:
            self.query_one(f"#form-{name}-shows", Label).update(literal(self._shows[name](event.value)))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        names = [name for name, _, _ in self._fields]
        current = (event.input.id or "").removeprefix("form-")
        if current in names and names.index(current) < len(names) - 1:
            self.query_one(f"#form-{names[names.index(current) + 1]}", Input).focus()
            return
        values = {name: self.query_one(f"#form-{name}", Input).value.strip() for name in names}
        problem = self._check(values)
        if problem:
            self.query_one("#form-error", Label).update(problem)
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)


def ask_text(app: App[object], title: Text, name: str, label: str, current: str, empty: str,
             done: Callable[[str], None]) -> None:
    """A form of one text field; *done* gets the text (refused while empty, with *empty* as the error)."""

    def check(values: dict[str, str]) -> str | None:
        return None if values[name] else empty

    def closed(values: dict[str, str] | None) -> None:
        if values is not None:
            done(values[name])

    app.push_screen(FormScreen(title, [(name, label, current)], check), closed)


def ask_action_item(app: App[object], title: Text, clock: Callable[[], datetime],
                    done: Callable[[str, str | None, date | None], None]) -> None:
    """What needs doing, its owner and due day (quick forms, resolved by *clock*); *done* gets the three."""

    def check(values: dict[str, str]) -> str | None:
        if not values["text"]:
            return "Write what needs doing first."
        if values["due"] and resolve_day(values["due"], clock()) is None:
            return f"Not a date: {values['due']!r} ({DAY_HELP}, or leave it empty)."
        return None

    def closed(values: dict[str, str] | None) -> None:
        if values is not None:
            due = resolve_day(values["due"], clock()) if values["due"] else None
            done(values["text"], values["owner"] or None, due)

    def shows(text: str) -> str:
        if not text.strip():
            return "= no due date"
        now = clock()
        day = resolve_day(text, now)
        return f"= {describe_day(day, now.date())}" if day else f"= not a date yet: {DAY_HELP}"

    fields = [("text", "What needs doing:", ""), ("owner", "Owner (optional):", ""),
              ("due", f"Due (optional: {DAY_HELP}):", "")]
    app.push_screen(FormScreen(title, fields, check, {"due": shows}), closed)


def ask_new_case(app: App[object], priorities: Sequence[str], done: Callable[[str, dict[str, str]], None]) -> None:
    """Pick a template kind, then customer, title and one of *priorities*; *done* gets the kind and the values."""

    def kind_chosen(kind: str | None) -> None:
        if kind is None:
            return

        def check(values: dict[str, str]) -> str | None:
            if not values["title"]:
                return "Give the case a title."
            if values["priority"].upper() not in priorities:
                return f"Priority is one of {', '.join(priorities)}."
            return None

        def closed(values: dict[str, str] | None) -> None:
            if values is not None:
                done(kind, values)

        fields = [("customer", "Customer:", ""), ("title", "Title:", ""), ("priority", "Priority (P1-P4):", "P3")]
        app.push_screen(FormScreen(Text(f"New {kind}"), fields, check), closed)

    app.push_screen(ChoiceScreen(Text("New case from a template"), CASE_KINDS, None), kind_chosen)
