"""Settings: the ``ONCALL_TUI_*`` environment variables, one per scalar setting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from oncall_tui.compiled import PURE_ENV
from oncall_tui.core.config.names import (CACHE_DIR_ENV, CONFIG_ENV, DAY_FIRST_HINT, ENV_PREFIX, STATE_DIR_ENV,
                                         ConfigError, Source)
from oncall_tui.core.config.places import expand_user
from oncall_tui.core.config.tomlfile import _show
from oncall_tui.core.vocabulary import PRIORITIES


# Environment variables: every scalar setting, named by its dotted key.
_ENV_KINDS: dict[str, str] = {
    "folder": "path",
    "theme": "str",
    "read_only": "bool",
    "wall.cycle_seconds": "int",
    "git.enabled": "bool",
    "git.sync_seconds": "int",
    "git.timeout_seconds": "int",
    "git.commit_external": "bool",
    **{f"sla.{p}.{k}": "str" for p in PRIORITIES for k in ("first_response", "resolution")},
    "sla.about_to_breach": "int",
    "user.name": "str",
    "user.aliases": "list",
    "alerts.enabled": "bool",
    "alerts.wall": "bool",
    "alerts.events": "list",
    "alerts.via": "list",
    "audit.timeline": "bool",
    "max_file_bytes": "int",
    "parse.day_first": "day_first",
}
ENV_NAMES: dict[str, str] = {ENV_PREFIX + key.replace(".", "_").upper(): key for key in _ENV_KINDS}
_FLAG_NAMES = {"folder": "FOLDER", "read_only": "--read-only", "wall.cycle_seconds": "--cycle"}


def _nest(key: str, value: Any) -> dict[str, Any]:
    """``"sla.P1.resolution"`` → nested tables; a key binding id keeps its dots."""
    parts = key.split(".")
    if parts[0] == "keys" and len(parts) > 2:
        parts = ["keys", ".".join(parts[1:])]
    for part in reversed(parts):
        value = {part: value}
    return value


def _env_layers(environ: Mapping[str, str]) -> list[tuple[dict[str, Any], Source]]:
    layers, problems = [], []
    for name in sorted(environ):
        if not name.startswith(ENV_PREFIX) or name in (CONFIG_ENV, CACHE_DIR_ENV, STATE_DIR_ENV, PURE_ENV) or environ[name] == "":
            continue
        text, key = environ[name], ENV_NAMES.get(name)
        if key is None:
            problems.append(f"environment {name}: unknown setting (known: {CONFIG_ENV}, {CACHE_DIR_ENV}, {', '.join(ENV_NAMES)})")
            continue
        try:
            value = _env_value(_ENV_KINDS[key], text)
        except ValueError as exc:
            problems.append(f"environment {name}: {exc}, got {_show(text)}")
            continue
        layers.append((_nest(key, value), Source("env", name)))
    if problems:
        raise ConfigError(problems)
    return layers


def _env_value(kind: str, text: str) -> Any:
    if kind == "bool":
        word = text.strip().lower()
        if word in ("1", "true", "yes", "on"):
            return True
        if word in ("0", "false", "no", "off"):
            return False
        raise ValueError("expected true or false")
    if kind == "int":
        try:
            return int(text.strip())
        except ValueError:
            raise ValueError("expected a whole number") from None
    if kind == "day_first":  # ONCALL_TUI_PARSE_DAY_FIRST=auto|true|false
        word = text.strip().lower()
        if word == "auto":
            return "auto"
        try:
            return _env_value("bool", word)
        except ValueError:
            raise ValueError(DAY_FIRST_HINT) from None
    if kind == "list":  # comma-separated: ONCALL_TUI_USER_ALIASES="DO, dana-o"
        return [part.strip() for part in text.split(",") if part.strip()]
    return expand_user(text) if kind == "path" else text
