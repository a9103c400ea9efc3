"""Where things live: the bundled sample cases, and the user's config, cache and state folders.

From a source checkout (or an editable install) the repository's ``data/``
is used directly, so edits to the samples show at once.  An installed wheel
carries a copy as ``oncall_tui/sample_data/`` (``setup.py`` copies it in at
build time).

The per-user folders come from :func:`user_dir`, the one place that reads
``XDG_*`` and the app's own ``ONCALL_TUI_*_DIR`` variables; without them,
platformdirs gives each platform its own convention (``~/.config`` on
Linux, ``~/Library/Application Support`` on macOS, ``%APPDATA%`` on
Windows).  This module imports nothing heavy: the cache and the seen marks
use it before the first frame.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

APP_NAME = "oncall-tui"
CACHE_DIR_ENV = "ONCALL_TUI_CACHE_DIR"
"""Where the parse cache lives (read by :mod:`oncall_tui.core.cache`); not a setting."""
STATE_DIR_ENV = "ONCALL_TUI_STATE_DIR"
"""Where the seen marks live (read by :mod:`oncall_tui.core.changes`); not a setting."""

Kind = Literal["config", "cache", "state"]
_OWN_ENV: dict[str, str] = {"cache": CACHE_DIR_ENV, "state": STATE_DIR_ENV}
_XDG_ENV: dict[str, str] = {"config": "XDG_CONFIG_HOME", "cache": "XDG_CACHE_HOME", "state": "XDG_STATE_HOME"}

_PACKAGE_DIR = Path(__file__).resolve().parent


def user_dir(kind: Kind, *, environ: Mapping[str, str] | None = None) -> Path:
    """The app's per-user *kind* folder.

    ``$ONCALL_TUI_CACHE_DIR`` / ``$ONCALL_TUI_STATE_DIR`` first (the config
    file has its own ``ONCALL_TUI_CONFIG``, read by the settings), then an
    absolute ``$XDG_<KIND>_HOME/oncall-tui`` on any platform (a relative one
    is invalid by the XDG spec and ignored), then platformdirs' answer.
    *environ* replaces the process environment for those variables (platformdirs reads the process's).
    """
    environ = os.environ if environ is None else environ
    own = environ.get(_OWN_ENV.get(kind, ""), "")
    if own:
        return Path(os.path.expanduser(own))
    xdg = os.path.expanduser(environ.get(_XDG_ENV[kind], ""))
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / APP_NAME
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False, roaming=True)
    answer = {"config": dirs.user_config_dir, "cache": dirs.user_cache_dir, "state": dirs.user_state_dir}[kind]
    return Path(answer)


def _holds_case_files(folder: Path) -> bool:
    from oncall_tui.core.folder import is_case_name

    if not folder.is_dir():
        return False
    return any(path.is_file() and is_case_name(path.relative_to(folder).as_posix()) for path in folder.rglob("*"))


def bundled_data_dir() -> Path:
    """The sample case folder the app opens when given none."""
    checkout = _PACKAGE_DIR.parent
    source_data = checkout / "data"
    if (checkout / "pyproject.toml").is_file() and _holds_case_files(source_data):
        return source_data
    return _PACKAGE_DIR / "sample_data"
