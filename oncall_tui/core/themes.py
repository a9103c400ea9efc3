"""Theme files: TOML → a validated :class:`ThemeSpec`, with no Textual import.

A theme is data: a name, a dark flag, the Textual base colours and app
variables such as the priority colours.  Bundled themes ship in ``themes/``
(a wheel carries them as ``oncall_tui/themes/``), users add their own in
``<config dir>/themes/``.  Loading a folder never raises: every broken file
becomes one message, so the app can say so once and carry on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oncall_tui.core.colours import (  # noqa: F401 (the theme vocabulary, named here for its users)
    BASE_COLOURS, COLOUR_HINT, COLOUR_VARIABLES, REQUIRED_VARIABLES, STYLE_HINT, VARIABLE_HINT, _quoted, css_colour_names,
    to_hex, variable_value,
)
from oncall_tui.core.config import ConfigError, display_path, read_toml
from oncall_tui.core.config import validated

if TYPE_CHECKING:
    from oncall_tui.core.theme_model import ThemeSpec

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` or named colour."""
    value = to_hex(colour)

    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(value[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1.0 … 21.0."""
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@dataclass(frozen=True)
class ThemeValues:
    """A theme file that validated before (read from the cache): the same fields as :class:`ThemeSpec`."""

    name: str
    dark: bool = True
    primary: str | None = None
    secondary: str | None = None
    accent: str | None = None
    foreground: str | None = None
    background: str | None = None
    surface: str | None = None
    panel: str | None = None
    warning: str | None = None
    error: str | None = None
    success: str | None = None
    variables: dict[str, str] | None = None
    source: Path | None = None


THEMES_CACHE = "themes-validated.json"


def load_theme_file(path: Path) -> tuple[ThemeSpec | ThemeValues | None, list[str]]:
    """One theme file → its spec, or None and the reasons it cannot be used.

    What a file gave is kept in a cache keyed on its stat (size, mtime_ns, inode), so an unchanged file
    is not validated again and a start imports no pydantic (:mod:`oncall_tui.core.theme_model`).
    """
    shown = display_path(path)
    try:
        st = os.stat(path)
    except OSError:
        st = None
    here = Path(__file__).parent
    key = st and validated.key_of(validated.fingerprint(here / "theme_model.py", here / "themes.py"),
                                  os.path.abspath(path), shown, st.st_size, st.st_mtime_ns, st.st_ino)
    known = validated.cached(key, THEMES_CACHE) if key else None
    if isinstance(known, dict) and isinstance(known.get("spec"), dict):
        return ThemeValues(**known["spec"], source=path), []
    if isinstance(known, dict) and isinstance(known.get("problems"), list):
        return None, known["problems"]
    spec, problems = _validate_theme_file(path, shown)
    if key:
        kept = {"spec": spec.model_dump()} if spec is not None else {"problems": problems}
        validated.remember(key, kept, THEMES_CACHE, keep=64)
    return spec, problems


def _validate_theme_file(path: Path, shown: str) -> tuple[ThemeSpec | None, list[str]]:
    from pydantic import ValidationError

    from oncall_tui.core.theme_model import ThemeSpec, _theme_problems

    try:
        spec = ThemeSpec.model_validate(read_toml(path))
    except ConfigError as exc:
        return None, exc.problems
    except ValidationError as exc:
        return None, _theme_problems(exc, shown)
    spec._source = path
    return spec, []


def __getattr__(name: str) -> Any:
    if name == "ThemeSpec":  # the pydantic model, imported on first use
        from oncall_tui.core.theme_model import ThemeSpec

        return ThemeSpec
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_theme_dir(path: Path | None) -> tuple[list[ThemeSpec | ThemeValues], list[str]]:
    """Every ``*.toml`` theme in *path*, sorted by file name, and one message per broken file.

    Never raises: a missing folder is simply empty, an unreadable one is one
    message, and a second file claiming a name already taken is refused.
    """
    if path is None or not path.exists():
        return [], []
    if not path.is_dir():
        return [], [f"{display_path(path)}: not a folder of theme files"]
    try:
        files = sorted(p for p in path.iterdir() if p.suffix == ".toml" and not p.name.startswith(".") and p.is_file())
    except OSError as exc:
        return [], [f"{display_path(path)}: cannot list themes: {exc.strerror or exc}"]
    specs: list[ThemeSpec | ThemeValues] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for file in files:
        try:
            spec, errors = load_theme_file(file)
        except Exception as exc:  # noqa: BLE001 - the contract is "never raises"; say what broke
            spec, errors = None, [f"{display_path(file)}: cannot load: {exc}"]
        if spec is not None and spec.name in seen:
            taken_by = seen[spec.name].name
            errors = [f"{display_path(file)}: name: theme {_quoted(spec.name)} is already defined by {taken_by}"]
            spec = None
        if spec is not None:
            seen[spec.name] = file
            specs.append(spec)
        if errors:
            problems.append(_one_message(display_path(file), errors))
    return specs, problems


def _one_message(shown: str, errors: list[str]) -> str:
    """Several problems of one file as one line: ``file: a; b``."""
    return f"{shown}: " + "; ".join(e.removeprefix(f"{shown}: ") for e in errors)


def bundled_themes_dir() -> Path:
    """The shipped themes: ``themes/`` of a source checkout, else ``oncall_tui/themes/`` in a wheel."""
    checkout = _PACKAGE_DIR.parent / "themes"
    if (_PACKAGE_DIR.parent / "pyproject.toml").is_file() and any(checkout.glob("*.toml")):
        return checkout
    return _PACKAGE_DIR / "themes"
