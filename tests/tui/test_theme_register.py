"""Bundled and user themes registered on a running Textual app; broken files never crash it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.color import Color
from textual.widgets import Label

from oncall_tui.core.themes import REQUIRED_VARIABLES, bundled_themes_dir, css_colour_names, load_theme_dir
from oncall_tui.tui.themes import apply_theme, problems_message, register_themes, to_textual_theme

BUNDLED = ["oncall-colorblind", "oncall-dark", "oncall-high-contrast", "oncall-light"]


class ThemedApp(App):
    """A minimal app whose CSS uses the theme variables, as the real panes do.

    Themes are registered and chosen in ``__init__``: the stylesheet is parsed
    against the current theme at start-up, so ``$priority-p1`` must resolve then.
    """

    CSS = "#p1 { color: $priority-p1; background: $background; }"

    def __init__(self, user_dir: Path | None = None, theme: str = "oncall-dark") -> None:
        super().__init__()
        self.problems = register_themes(self, user_dir)
        self.applied = apply_theme(self, theme)

    def compose(self) -> ComposeResult:
        yield Label("P1", id="p1")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


async def test_every_bundled_theme_registers_and_applies() -> None:
    app = ThemedApp()
    async with app.run_test(size=(40, 5)) as pilot:
        assert app.problems == [] and app.applied is True
        assert set(BUNDLED) <= set(app.available_themes)
        specs = {s.name: s for s in load_theme_dir(bundled_themes_dir())[0]}
        for name in BUNDLED:
            assert apply_theme(app, name) is True
            await pilot.pause()
            spec = specs[name]
            assert app.theme == name and app.current_theme.dark is spec.dark
            variables = app.get_css_variables()
            for variable in REQUIRED_VARIABLES:
                assert variables[variable].lower() == spec.variables[variable]
            assert variables["background"].lower() == spec.background
            label = app.query_one("#p1", Label)
            assert label.styles.color == Color.parse(spec.variables["priority-p1"])
            assert label.styles.background == Color.parse(spec.background)


async def test_unknown_theme_falls_back_to_the_default_without_raising() -> None:
    app = ThemedApp(theme="no-such-theme")
    assert app.applied is False and app.theme == "oncall-dark"
    async with app.run_test(size=(40, 5)) as pilot:
        apply_theme(app, "oncall-light")
        assert apply_theme(app, "no-such-theme") is False
        await pilot.pause()
        assert app.theme == "oncall-dark"


async def test_broken_user_theme_is_one_problem_and_the_rest_still_work(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    write(user / "mine.toml", 'name = "mine"\ndark = false\nprimary = "teal"\nbackground = "ivory"\n'
                              '[variables]\npriority-p1 = "#990000"\n')
    broken = write(user / "broken.toml", 'name = "broken"\nprimary = "not-a-colour"\n[variables]\npriority-p1 = \n')
    write(user / "oncall-dark.toml", 'name = "oncall-dark"\nprimary = "#123456"\n')
    app = ThemedApp(user, theme="mine")
    async with app.run_test(size=(40, 5)) as pilot:
        problems = app.problems
        assert len(problems) == 1 and problems[0].startswith(f"{broken}: line 4")
        assert "broken" not in app.available_themes
        message = problems_message(problems)
        assert message is not None and message.startswith("1 theme file could not be used:\n") and str(broken) in message
        assert apply_theme(app, "mine") is True
        await pilot.pause()
        assert app.query_one("#p1", Label).styles.color == Color.parse("#990000")
        assert app.current_theme.dark is False
        # a user file may redefine a bundled theme
        assert app.available_themes["oncall-dark"].primary == "#123456"
        app.notify(message, markup=False, severity="warning")
        await pilot.pause()
    assert problems_message([]) is None


async def test_user_theme_textual_rejects_is_reported(tmp_path: Path) -> None:
    user = write(tmp_path / "themes" / "odd.toml", 'name = "odd"\nprimary = "red"\nluminosity = 1\n').parent
    app = ThemedApp(user)
    async with app.run_test(size=(40, 5)):
        problems = app.problems
        assert len(problems) == 1 and "luminosity: unknown key" in problems[0]
        assert "odd" not in app.available_themes


async def test_every_kind_of_variable_core_accepts_works_in_textual(tmp_path: Path) -> None:
    user = write(tmp_path / "themes" / "kinds.toml", 'name = "kinds"\nprimary = "red"\n[variables]\n'
                 'block-cursor-text-style = "b reverse"\nlink-style-hover = "bold not underline"\n'
                 'footer-key-foreground = "DodgerBlue"\ninput-selection-background = "#81a1c1 35%"\n'
                 'footer-key-background = "transparent"\nborder = "ansi_blue"\npriority-p1 = "tomato"\n').parent
    app = ThemedApp(user, theme="kinds")
    async with app.run_test(size=(40, 5)) as pilot:
        assert app.problems == [] and app.applied
        await pilot.pause()
        variables = app.get_css_variables()
        assert variables["block-cursor-text-style"] == "b reverse" and variables["border"] == "ansi_blue"
        assert app.query_one("#p1", Label).styles.color == Color.parse("#ff6347")


def test_core_colour_names_match_textual() -> None:
    """Every name core accepts is one Textual parses to the same colour."""
    for name, value in css_colour_names().items():
        assert Color.parse(name).hex6.lower() == value, name


@pytest.mark.parametrize("name", BUNDLED)
def test_conversion_keeps_every_colour(name: str) -> None:
    spec = next(s for s in load_theme_dir(bundled_themes_dir())[0] if s.name == name)
    theme = to_textual_theme(spec)
    assert (theme.name, theme.dark, theme.variables) == (spec.name, spec.dark, spec.variables)
    for colour in ("primary", "secondary", "accent", "foreground", "background", "surface", "panel", "warning", "error", "success"):
        assert getattr(theme, colour) == getattr(spec, colour)
    theme.to_color_system()


async def test_the_dashboard_draws_with_each_bundled_theme(samples: Path) -> None:
    """The real app: switching themes re-colours the priority cells without errors."""
    from oncall_tui.tui import palette
    from oncall_tui.tui.app import OncallApp

    from tests.helpers.tui import frozen_now, wait_loaded

    app = OncallApp(samples, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        assert register_themes(app, None) == []
        await wait_loaded(pilot)
        specs = {s.name: s for s in load_theme_dir(bundled_themes_dir())[0]}
        for name in BUNDLED:
            assert apply_theme(app, name)
            await pilot.pause()
            assert palette.color(app, "priority-p1") == Color.parse(specs[name].variables["priority-p1"]).hex6
