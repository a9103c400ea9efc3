"""Settings: the names, limits and durations every other settings module shares (no pydantic here)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from oncall_tui.core.config.model import Settings

from oncall_tui.paths import APP_NAME, CACHE_DIR_ENV, STATE_DIR_ENV  # noqa: F401 (not settings; named here too)

CONFIG_ENV = "ONCALL_TUI_CONFIG"
ENV_PREFIX = "ONCALL_TUI_"
FOLDER_FILE_NAME = ".oncall-tui.toml"
DEFAULT_THEME = "oncall-dark"
MIB = 1024 * 1024
MAX_CONFIG_BYTES = 1 * MIB
INIT_MARKER = "# oncall-tui settings, written by `oncall-tui config init`."


class ConfigError(Exception):
    """Settings that cannot be used; the message names file, key and expectation."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


# -- durations ------------------------------------------------------------------------

_UNITS = {"w": 7 * 86400, "d": 86400, "h": 3600, "m": 60, "s": 1}
_DURATION = re.compile(r"(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")
DURATION_HINT = 'expected a duration like "4h" or "30m"'
MAX_DURATION_DAYS = 3650
"""No SLA target is longer (about ten years): a bound that keeps every date sum far from ``datetime``'s range."""
_MAX_DURATION_DIGITS = 12


def parse_duration(text: str) -> timedelta:
    """``"1h30m"`` → 90 minutes; units w d h m s, largest first; ValueError otherwise.

    At most :data:`MAX_DURATION_DAYS` days: a team file's ``"99999999999w"``
    is refused here, not an ``OverflowError`` in ``timedelta``.
    """
    match = _DURATION.fullmatch(text.strip().lower())
    if not text.strip() or match is None:
        raise ValueError(DURATION_HINT)
    too_long = DURATION_HINT + f" of at most {MAX_DURATION_DAYS}d"
    if any(n and len(n) > _MAX_DURATION_DIGITS for n in match.groups()):
        raise ValueError(too_long)
    seconds = sum(int(n) * s for n, s in zip(match.groups(), _UNITS.values()) if n)
    if seconds <= 0:
        raise ValueError(DURATION_HINT + " longer than zero")
    if seconds > MAX_DURATION_DAYS * 86400:
        raise ValueError(too_long)
    return timedelta(seconds=seconds)


def format_duration(value: timedelta) -> str:
    """The shortest ``parse_duration`` spelling of *value* (``"1d4h"``); weeks are shown as days."""
    seconds = int(value.total_seconds())
    parts = []
    for unit, size in _UNITS.items():
        if unit != "w" and seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts) or "0s"


DAY_FIRST_HINT = 'expected "auto", true or false'


@dataclass(frozen=True)
class Source:
    """Where a value came from: ``default``, a ``folder``/``user`` file, ``env`` or ``flag``."""

    kind: Literal["default", "folder", "user", "env", "flag"]
    where: str = ""

    def __str__(self) -> str:
        if self.kind == "default":
            return "default"
        if self.kind == "env":
            return f"environment {self.where}"
        if self.kind == "flag":
            return f"command line {self.where}"
        return self.where


DEFAULT = Source("default")


Origin = dict[tuple[str, ...], Source]
"""For every key path, the layer that set it."""


@dataclass(frozen=True)
class LoadedSettings:
    """The effective settings, for every dotted key the layer that set it, and the files they came from.

    This is what the app is made with (``OncallApp(folder, loaded)``).  *user_file* None: no user
    file (an app made in a test), so no user themes and the theme picked is not saved.
    """

    settings: Settings
    sources: dict[str, Source] = field(default_factory=dict)
    user_file: Path | None = None
    folder_file: Path | None = None

    @property
    def themes_dir(self) -> Path | None:
        return None if self.user_file is None else self.user_file.parent / "themes"

    def source(self, key: str) -> Source:
        return self.sources.get(key, DEFAULT)
