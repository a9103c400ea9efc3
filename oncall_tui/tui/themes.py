"""Theme specs from ``core.themes`` → Textual themes registered on an App.

Loading and validation live in core (no Textual there); this module only
converts and registers.  A broken file never stops the app: the caller gets
the problems to show in one notification, and an unknown theme name falls
back to the default instead of raising ``InvalidThemeError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, InvalidThemeError
from textual.theme import Theme

from oncall_tui.core.config import DEFAULT_THEME, display_path
from oncall_tui.core.themes import BASE_COLOURS, ThemeValues, bundled_themes_dir, load_theme_dir

if TYPE_CHECKING:
    from oncall_tui.core.theme_model import ThemeSpec


def to_textual_theme(spec: ThemeSpec | ThemeValues) -> Theme:
    """The Textual theme for *spec*; unset base colours are left for Textual to derive."""
    colours = {name: getattr(spec, name) for name in BASE_COLOURS}
    return Theme(name=spec.name, dark=spec.dark, variables=dict(spec.variables), **colours)


def register_themes(app: App, user_dir: Path | None) -> list[str]:
    """Register every valid bundled and user theme on *app*; return the problems.

    User themes come second, so a user file may redefine a bundled theme.
    The caller shows the problems in one notification (see :func:`problems_message`).
    """
    problems: list[str] = []
    for folder in (bundled_themes_dir(), user_dir):
        specs, errors = load_theme_dir(folder)
        problems.extend(errors)
        for spec in specs:
            theme = to_textual_theme(spec)
            try:
                theme.to_color_system()  # Textual's own checks, before the app ever switches to it
            except Exception as exc:  # noqa: BLE001 - a theme file must not crash the app
                where = display_path(spec.source) if spec.source else spec.name
                problems.append(f"{where}: Textual cannot use this theme: {exc}")
                continue
            app.register_theme(theme)
    return problems


def apply_theme(app: App, name: str) -> bool:
    """Switch *app* to theme *name*; False (and the default theme) when it is not registered."""
    if name in app.available_themes:
        try:
            app.theme = name
            return True
        except InvalidThemeError:
            pass
    if DEFAULT_THEME in app.available_themes:
        app.theme = DEFAULT_THEME
    return False


def problems_message(problems: Iterable[str]) -> str | None:
    """One notification's text for every theme problem (None when there are none).

    Show it with ``notify(..., markup=False)``: it quotes file content.
    """
    lines = list(problems)
    if not lines:
        return None
    noun = "theme file" if len(lines) == 1 else "theme files"
    return f"{len(lines)} {noun} could not be used:\n" + "\n".join(lines)
