"""Colours the panes draw with, taken from the theme so a theme can change them.

The app registers :data:`THEME_DEFAULTS` as theme variable defaults; a theme
may set any of them (``priority-p1: "#ff0000"``).  Rich text cells cannot
use CSS variables, so widgets ask :func:`style` for a concrete Rich style of
a variable of the current theme.
"""

from __future__ import annotations

from rich.style import Style
from textual.app import App
from textual.color import Color, ColorParseError

THEME_DEFAULTS: dict[str, str] = {
    "priority-p1": "#ff5f5f",
    "priority-p2": "#ffaf3f",
    "priority-p3": "#5fafff",
    "priority-p4": "#9e9e9e",
    "row-flash": "#7a5c00",
    "sentiment-negative": "#ff6b6b",
    "sentiment-neutral": "#c8b45a",
    "sentiment-positive": "#5fd787",
    "item-overdue": "#ff5f5f",
    "sla-breached": "#ff5f5f",
    "sla-warning": "#ffaf3f",
}

_FALLBACK = {"error": "#ff5f5f", "warning": "#ffaf3f", "success": "#5fd787", "accent": "#ffaf3f"}


def color(app: App, name: str) -> str | None:
    """The current theme's value of variable *name* as ``#rrggbb``, or None if it is not a plain colour."""
    variables = app.theme_variables
    value = variables.get(name) or THEME_DEFAULTS.get(name) or _FALLBACK.get(name)
    if not value:
        return None
    try:
        return Color.parse(value).hex6
    except ColorParseError:
        return None


def style(app: App, name: str, *, bold: bool = False, background: bool = False) -> Style:
    """A Rich style in the colour of theme variable *name* (foreground unless *background*)."""
    value = color(app, name)
    if value is None:
        return Style(bold=bold or None)
    if background:
        return Style(bgcolor=value, bold=bold or None)
    return Style(color=value, bold=bold or None)


def priority_style(app: App, priority: str | None) -> Style:
    if not priority:
        return Style(dim=True)
    return style(app, f"priority-{priority.lower()}", bold=priority == "P1")


def mood_style(app: App, mood: str) -> Style:
    if mood == "none":
        return Style(dim=True)
    return style(app, f"sentiment-{mood}")
