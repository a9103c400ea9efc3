"""The app's theme: the one asked for at start, and one picked in the palette, remembered in the settings file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from oncall_tui.core.config import DEFAULT_THEME, ConfigError
from oncall_tui.tui.themes import apply_theme, problems_message, register_themes

if TYPE_CHECKING:
    from oncall_tui.tui.screens.cases_screen import CasesScreen


class ThemedApp(App):
    """An app whose :class:`ThemeChoice` (``self.themes``) set the theme in its constructor."""

    themes: ThemeChoice

    def refresh_css(self, animate: bool = True) -> None:
        if self.themes.refresh_needed():  # not for the theme the constructor set (see ThemeChoice)
            super().refresh_css(animate)


class ThemeChoice:
    """Registers the bundled and user themes on *app*, applies the wanted one on mount, saves a new pick, and
    has *main* repaint what it colours by hand (Rich cells cannot use CSS variables)."""

    def __init__(self, app: App, wanted: str | None, *, themes_dir: Path | None, config_file: Path | None,
                 read_only: bool, main: CasesScreen) -> None:
        self.app = app
        self.problems = register_themes(app, themes_dir)
        self.wanted = wanted or DEFAULT_THEME
        self.config_file = config_file
        self.read_only = read_only
        self.main = main
        # The wanted theme before the CSS is first parsed: set on mount, Textual parsed the whole CSS again and
        # restyled every widget before the first frame (docs/performance.md, first frame).
        self.known = apply_theme(app, self.wanted)
        self._first_variables: dict[str, str] | None = app.get_css_variables()
        app.stylesheet.set_variables(self._first_variables)

    def refresh_needed(self) -> bool:
        """False once, for the CSS refresh that setting the theme in the constructor queued, when the stylesheet
        already has the theme's variables (it would parse the whole CSS into a copy, then again)."""
        first, self._first_variables = self._first_variables, None
        return first is None or first != self.app.get_css_variables()

    def start(self) -> None:
        """On mount: say if the wanted theme is unknown, the theme files' problems; then follow picks."""
        app = self.app
        if not self.known:
            app.notify(f"Unknown theme {self.wanted!r}; using {app.theme}.", severity="warning", markup=False)
        message = problems_message(self.problems)
        if message:
            app.notify(message, severity="warning", markup=False, timeout=10)
        app.theme_changed_signal.subscribe(app, self._changed)

    def _changed(self, theme: object) -> None:
        self._save(getattr(theme, "name", str(theme)))
        if self.main.ready:
            self.main.table.refresh_colors()
            self.main.refresh_side()

    def _save(self, name: str) -> None:
        """Remember a theme picked in the palette in the user's settings file (never in read-only mode)."""
        if self.config_file is None or self.read_only or name == self.wanted:
            return
        self.wanted = name
        from oncall_tui.core.config import save_theme  # (its TOML writer is not needed before the first frame)

        try:
            save_theme(self.config_file, name)
        except (ConfigError, OSError) as exc:
            self.app.notify(f"Could not save the theme: {exc}", severity="error", markup=False)

    def search(self) -> None:
        """The palette's theme picker: the app's themes only, the current one marked."""
        from textual.command import CommandPalette

        from oncall_tui.tui.commands import AppThemes

        self.app.push_screen(CommandPalette(providers=[AppThemes],
                                            placeholder="Search for themes… (Enter: use it · Esc: cancel)"))
