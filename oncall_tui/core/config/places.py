"""Settings: where the user's file and themes live, and how paths are shown."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from oncall_tui.core.config.names import CONFIG_ENV
from oncall_tui.paths import user_dir


def default_config_dir(*, environ: Mapping[str, str] | None = None) -> Path:
    """The platform's per-user config folder for the app (see :func:`oncall_tui.paths.user_dir`)."""
    return user_dir("config", environ=environ)


def config_path(explicit: Path | None = None, *, environ: Mapping[str, str] | None = None) -> Path:
    """The user file: ``--config PATH``, else ``$ONCALL_TUI_CONFIG``, else the platform default."""
    return _user_file(explicit, os.environ if environ is None else environ)


def _user_file(explicit: Path | None, environ: Mapping[str, str]) -> Path:
    if explicit is not None:
        return expand_user(explicit)
    if environ.get(CONFIG_ENV):
        return expand_user(environ[CONFIG_ENV])
    return default_config_dir(environ=environ) / "config.toml"


def user_themes_dir(user_file: Path) -> Path:
    """User themes live in ``themes/`` beside the user file."""
    return user_file.parent / "themes"


def expand_user(path: str | os.PathLike[str]) -> Path:
    """``~/x`` under the home folder; a ``~name`` that names no user stays as written (``Path.expanduser`` raises)."""
    return Path(os.path.expanduser(os.fspath(path)))


def display_path(path: Path) -> str:
    """A path as messages show it: ``~/…`` under the home folder."""
    try:
        return "~/" + Path(path).relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)
