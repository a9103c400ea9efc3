"""Settings: one validated model, read from layered TOML files, env and flags.

Precedence, lowest first: built-in defaults < the case folder's
``.oncall-tui.toml`` (team defaults) < the user's file < ``ONCALL_TUI_*``
environment variables < command-line flags.  The layers are merged as raw
tables first and validated once, while a provenance map remembers which
layer set each key, so an error names the file that is wrong and
``config show`` can say where every value came from.  Nothing is guessed: an
unknown key or a bad value is a :class:`ConfigError` and the app refuses to
start.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

import tomli_w
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from oncall_tui.core.vocabulary import PRIORITIES

APP_NAME = "oncall-tui"
CONFIG_ENV = "ONCALL_TUI_CONFIG"
CACHE_DIR_ENV = "ONCALL_TUI_CACHE_DIR"
"""Where the parse cache lives (read by :mod:`oncall_tui.core.cache`); not a setting."""
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


def _to_duration(value: Any) -> Any:
    if isinstance(value, timedelta):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("duration", DURATION_HINT)
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise PydanticCustomError("duration", str(exc)) from None


Duration = Annotated[
    timedelta, BeforeValidator(_to_duration), PlainSerializer(format_duration, return_type=str, when_used="json")
]

# -- the model --------------------------------------------------------------------------

_BINDING_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*")
_KEY_SPEC = re.compile(r"[^\s,]+(?:,[^\s,]+)*")


def _binding_id(value: str) -> str:
    if not _BINDING_ID.fullmatch(value):
        raise PydanticCustomError("binding_id", 'expected a binding id like "items.all"')
    return value


def _key_spec(value: str) -> str:
    if not _KEY_SPEC.fullmatch(value):
        raise PydanticCustomError("key_spec", 'expected keys like "a" or "ctrl+x,f2" (comma-separated, no spaces)')
    return value


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WallSettings(_Section):
    """The shared team-room screen."""

    cycle_seconds: StrictInt = Field(20, ge=5, le=3600)


class GitSettings(_Section):
    """Sharing the case folder over git (only when the folder is inside a git work tree)."""

    enabled: StrictBool = True
    """false: never run git, even when the folder is in a repository."""
    sync_seconds: StrictInt = Field(60, ge=0, le=86400)
    """Seconds between two automatic sync cycles (fetch, integrate, push); 0: only the sync key."""
    timeout_seconds: StrictInt = Field(30, ge=1, le=600)
    """Longest any one git call may take before it is stopped and reported."""
    commit_external: StrictBool = False
    """true: before each sync, commit case files that other programs changed (one commit each, a generic message)."""


class SlaTarget(_Section):
    """How soon a case of one priority needs a first response and a resolution."""

    first_response: Duration
    resolution: Duration

    @model_validator(mode="after")
    def _ordered(self) -> SlaTarget:
        if self.first_response > self.resolution:
            raise PydanticCustomError(
                "sla_order",
                "expected first_response ({first}) to be no longer than resolution ({resolution})",
                {"first": format_duration(self.first_response), "resolution": format_duration(self.resolution)},
            )
        return self


def _target(first: str, resolution: str) -> SlaTarget:
    return SlaTarget(first_response=parse_duration(first), resolution=parse_duration(resolution))


class SlaSettings(_Section):
    """Per-priority targets; the team usually sets them in the folder file."""

    P1: SlaTarget = _target("15m", "4h")
    P2: SlaTarget = _target("1h", "1d")
    P3: SlaTarget = _target("4h", "3d")
    P4: SlaTarget = _target("1d", "7d")
    about_to_breach: StrictInt = Field(25, ge=1, le=99)
    """An SLA cell takes the "about to breach" colour when this percentage of its target or less is left."""

    def target(self, priority: str | None) -> SlaTarget | None:
        """The target for ``"P1"`` … ``"P4"``; None for a case without a priority."""
        return getattr(self, priority, None) if priority in PRIORITIES else None


class UserSettings(_Section):
    """Who is at the keyboard, for "my action items"."""

    name: StrictStr | None = Field(None, min_length=1, max_length=200)
    aliases: list[Annotated[StrictStr, Field(min_length=1, max_length=200)]] = Field(default_factory=list, max_length=50)
    """More names the case files use for you (a handle, initials), beside the forms of *name* found anyway."""


DAY_FIRST_HINT = 'expected "auto", true or false'


def _day_first(value: Any) -> Any:
    if value == "auto" and isinstance(value, str) or isinstance(value, bool):
        return value
    raise PydanticCustomError("day_first", DAY_FIRST_HINT)


class ParseSettings(_Section):
    """How case files are read where a document leaves a choice."""

    day_first: Annotated[Literal["auto"] | StrictBool, BeforeValidator(_day_first)] = "auto"
    """Numeric dates (``04/03/2024``) in a document that does not decide by itself (no ``13/03/2024`` or
    ``03/13/2024`` in it): true day-first, false month-first, "auto" dots day-first and the rest month-first."""


class AlertSettings(_Section):
    """The terminal's bell and desktop notifications when a new P1 appears or a case breaches its SLA."""

    enabled: StrictBool = True
    """On the dashboard."""
    wall: StrictBool = False
    """On the wall screen (--wall): off unless set, a team-room screen stays quiet."""
    events: list[Literal["new_p1", "breach"]] = Field(default_factory=lambda: ["new_p1", "breach"], max_length=2)
    via: list[Literal["bell", "osc9", "osc777"]] = Field(default_factory=lambda: ["bell", "osc9"], max_length=3)
    """bell: the terminal bell; osc9: a notification (iTerm2, WezTerm, Windows Terminal, kitty…); osc777: the
    rxvt/VTE form (foot, WezTerm, GNOME Terminal on some distributions)."""


class AuditSettings(_Section):
    """What the app writes into a case file beside an edit."""

    timeline: StrictBool = True
    """A timeline entry for each status, priority or sentiment change made in the app ("Status: Open → Resolved")."""


class Settings(_Section):
    """The effective settings the app runs with."""

    folder: Path | None = None
    theme: StrictStr = Field(DEFAULT_THEME, min_length=1, max_length=64)
    read_only: StrictBool = False
    wall: WallSettings = WallSettings()
    git: GitSettings = GitSettings()
    sla: SlaSettings = SlaSettings()
    user: UserSettings = UserSettings()
    parse: ParseSettings = ParseSettings()
    alerts: AlertSettings = AlertSettings()
    audit: AuditSettings = AuditSettings()
    keys: dict[Annotated[StrictStr, AfterValidator(_binding_id)], Annotated[StrictStr, AfterValidator(_key_spec)]] = {}
    max_file_bytes: StrictInt = Field(2 * MIB, ge=1024, le=1024 * MIB)


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

# -- where settings live -----------------------------------------------------------------


def default_config_dir(*, environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The platform's per-user config folder for the app (XDG on Linux)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    home = Path(environ.get("HOME") or Path.home())
    xdg = environ.get("XDG_CONFIG_HOME", "")
    if platform.startswith("win"):
        appdata = environ.get("APPDATA")
        return (Path(appdata) if appdata else home / "AppData" / "Roaming") / APP_NAME
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / APP_NAME
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    return home / ".config" / APP_NAME


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


@dataclass(frozen=True)
class LoadedSettings:
    """The effective settings, and for every dotted key the layer that set it."""

    settings: Settings
    sources: dict[str, Source]
    user_file: Path
    folder_file: Path | None = None

    @property
    def themes_dir(self) -> Path:
        return user_themes_dir(self.user_file)

    def source(self, key: str) -> Source:
        return self.sources.get(key, DEFAULT)


# -- reading -------------------------------------------------------------------------------


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file as a table; ConfigError naming the file (and line, column) otherwise."""
    shown = display_path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))  # a FIFO must not block
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ConfigError(f"{shown}: cannot read: not a regular file")
            os.set_blocking(fd, True)
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{shown}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{shown}: larger than {MAX_CONFIG_BYTES} bytes; not a settings file?")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{shown}: not UTF-8 text (byte {exc.start})") from None
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: {_toml_position(str(exc), text)}") from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise ConfigError(f"{shown}: invalid TOML: expected at most {MAX_NESTING} levels of nested "
                          "arrays and tables") from None
    except ValueError as exc:  # an integer past Python's digit limit for int()
        raise ConfigError(f"{shown}: invalid TOML: expected numbers of at most 4300 digits "
                          f"({str(exc)[:80]})") from None
    too_deep = _too_deep(table)
    if too_deep is not None:
        raise ConfigError(f"{shown}: {dotted(too_deep)}: expected at most {MAX_NESTING} levels of nested "
                          "arrays and tables")
    return table


MAX_NESTING = 16
"""Settings and themes need three levels (``sla.P1.resolution``); deeper is refused before anything recurses."""


def _too_deep(table: dict[str, Any]) -> tuple[Any, ...] | None:
    """The key path of the first value nested deeper than :data:`MAX_NESTING`, found without recursion."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), table)]
    while stack:
        path, node = stack.pop()
        if len(path) > MAX_NESTING:
            return path[: MAX_NESTING + 1]
        if isinstance(node, dict):
            stack.extend((path + (k,), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((path + (i,), v) for i, v in enumerate(node))
    return None


def _toml_position(message: str, text: str) -> str:
    match = re.search(r" \(at line (\d+), column (\d+)\)$", message)
    if match:
        line, column = int(match[1]), int(match[2])
        reason = message[: match.start()]
    else:
        reason = message.removesuffix(" (at end of document)")
        lines = text.split("\n")
        line, column = len(lines), len(lines[-1]) + 1
    # tomllib names tables as Python tuples: ('sla', 'P1') reads better as [sla.P1]
    reason = re.sub(r"\((?:'[^'\n]*',? ?)+\)", lambda m: "[" + ".".join(re.findall(r"'([^']*)'", m[0])) + "]", reason)
    return f"line {line}, column {column}: invalid TOML: {reason[:1].lower()}{reason[1:]}"


def _nest(key: str, value: Any) -> dict[str, Any]:
    """``"sla.P1.resolution"`` → nested tables; a key binding id keeps its dots."""
    parts = key.split(".")
    if parts[0] == "keys" and len(parts) > 2:
        parts = ["keys", ".".join(parts[1:])]
    for part in reversed(parts):
        value = {part: value}
    return value


def _flatten_keys(table: dict[str, Any]) -> dict[str, Any]:
    """``[keys] items.all = "A"`` parses as nested tables; binding ids are dotted strings."""
    keys = table.get("keys")
    if not isinstance(keys, dict):
        return table
    flat: dict[str, Any] = {}

    def walk(prefix: str, node: dict[str, Any]) -> None:
        for name, value in node.items():
            dotted = f"{prefix}.{name}" if prefix else name
            if isinstance(value, dict) and value:
                walk(dotted, value)
            else:
                flat[dotted] = value

    walk("", keys)
    return {**table, "keys": flat}


def _file_layer(path: Path, kind: Literal["folder", "user"]) -> tuple[dict[str, Any], Source]:
    table = _flatten_keys(read_toml(path))
    source = Source(kind, display_path(path))
    if "folder" in table:
        if kind == "folder":
            raise ConfigError(f"{source}: folder: not allowed in a case folder's team file "
                              "(set it in your own file or on the command line)")
        if isinstance(table["folder"], str):
            folder = expand_user(table["folder"])
            table["folder"] = Path(os.path.normpath(path.parent.absolute() / folder))
    return table, source


def _env_layers(environ: Mapping[str, str]) -> list[tuple[dict[str, Any], Source]]:
    layers, problems = [], []
    for name in sorted(environ):
        if not name.startswith(ENV_PREFIX) or name in (CONFIG_ENV, CACHE_DIR_ENV) or environ[name] == "":
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


Origin = dict[tuple[str, ...], Source]


def _merge(base: dict[str, Any], top: dict[str, Any], source: Source, origin: Origin, prefix: tuple[str, ...] = ()) -> None:
    """Lay *top* over *base* in place, recording *source* for each key it sets."""
    for name, value in top.items():
        path = prefix + (name,)
        if isinstance(value, dict) and isinstance(base.get(name), dict):
            _merge(base[name], value, source, origin, path)
            continue
        base[name] = _copy(value)
        for stale in [p for p in origin if p[: len(path)] == path]:
            del origin[stale]
        origin[path] = source
        if isinstance(value, dict):
            for leaf in _leaves(value, path):
                origin[leaf] = source


def _copy(value: Any) -> Any:
    return {k: _copy(v) for k, v in value.items()} if isinstance(value, dict) else value


def _leaves(table: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, value in table.items():
        path = prefix + (name,)
        if isinstance(value, dict) and value and path != ("keys",):
            out.extend(_leaves(value, path))
        elif path == ("keys",) and isinstance(value, dict):
            out.extend(path + (k,) for k in value)
        else:
            out.append(path)
    return out


def load_settings(
    *,
    config_path: Path | None = None,
    folder: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> LoadedSettings:
    """The effective settings from every layer; ConfigError if any layer is wrong.

    *overrides* are the command-line flags as dotted keys (``{"theme": "x",
    "wall.cycle_seconds": 30}``); None values mean "flag not given".  *folder*
    is the FOLDER argument.  The folder's team file is read from whichever
    folder wins (flag, env, then user file).
    """
    environ = os.environ if environ is None else environ
    explicit = config_path is not None or bool(environ.get(CONFIG_ENV))
    user_file = _user_file(config_path, environ)
    layers: list[tuple[dict[str, Any], Source]] = []
    if user_file.is_file() or explicit:
        if not user_file.exists():
            given = "--config" if config_path is not None else CONFIG_ENV
            raise ConfigError(f"{display_path(user_file)}: no such file (given by {given})")
        layers.append(_file_layer(user_file, "user"))
    layers.extend(_env_layers(environ))
    flags = dict(overrides or {})
    if folder is not None:
        flags["folder"] = expand_user(folder)
    for key, value in flags.items():
        if value is not None:
            flag = _FLAG_NAMES.get(key, "--" + key.replace("_", "-").replace(".", "-"))
            layers.append((_nest(key, value), Source("flag", flag)))

    case_folder = next((t["folder"] for t, _ in reversed(layers) if isinstance(t.get("folder"), Path)), None)
    folder_file = case_folder / FOLDER_FILE_NAME if case_folder is not None else None
    if folder_file is not None and folder_file.is_file():
        layers.insert(0, _file_layer(folder_file, "folder"))
    else:
        folder_file = None

    merged = Settings().model_dump(mode="json", exclude_none=True)
    origin: Origin = {}
    for table, source in layers:
        _merge(merged, table, source, origin)
    try:
        settings = Settings.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_problems(exc, origin)) from None
    effective = settings.model_dump(mode="json")
    sources = {".".join(p): origin.get(p, DEFAULT) for p in _leaves(effective)}
    return LoadedSettings(settings, sources, user_file, folder_file)


# -- error messages ---------------------------------------------------------------------

_EXPECTED = {
    "bool_type": "expected true or false",
    "int_type": "expected a whole number",
    "string_type": "expected a string",
    "string_too_short": "expected a non-empty string",
    "model_type": "expected a table",
    "model_attributes_type": "expected a table",
    "dict_type": "expected a table",
    "path_type": "expected a folder path as a string",
    "missing": "missing (this key is required)",
}
_NO_GOT = {"extra_forbidden", "sla_order", "missing"}


def dotted(path: tuple[Any, ...]) -> str:
    """A key path as TOML spells it: bare parts, others quoted (``keys."items.all"``)."""
    parts = map(str, path)
    return ".".join(p if re.fullmatch(r"[A-Za-z0-9_-]+", p) else json.dumps(p, ensure_ascii=False) for p in parts)


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def _field_at(model: type[BaseModel], path: tuple[Any, ...]) -> tuple[type[BaseModel] | None, Any]:
    """The model holding the last key of *path*, and that key's FieldInfo (None when not a field)."""
    for i, name in enumerate(path):
        info = model.model_fields.get(str(name))
        if info is None:
            return model, None
        if i == len(path) - 1:
            return model, info
        if not (isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel)):
            return None, None
        model = info.annotation
    return model, None


def expectation(error: Mapping[str, Any], root: type[BaseModel]) -> str:
    """What a pydantic error expected, in words a settings file's author knows."""
    kind, loc = error["type"], tuple(p for p in error["loc"] if p != "[key]")
    if kind == "extra_forbidden":
        model, _ = _field_at(root, loc)
        known = ", ".join(model.model_fields) if model is not None else ""
        return f"unknown key (expected one of: {known})" if known else "unknown key"
    if kind in ("greater_than_equal", "less_than_equal"):
        _, info = _field_at(root, loc)
        bounds = {type(m).__name__: getattr(m, type(m).__name__.lower(), None) for m in (info.metadata if info else [])}
        if "Ge" in bounds and "Le" in bounds:
            return f"expected a whole number from {bounds['Ge']} to {bounds['Le']}"
    if kind == "string_too_long":
        return f"expected at most {error['ctx']['max_length']} characters"
    return _EXPECTED.get(kind, error["msg"])


def format_error(error: Mapping[str, Any], root: type[BaseModel], where: str, prefix: tuple[Any, ...] = ()) -> str:
    """``where: dotted.key: expected …, got …`` for one pydantic error."""
    loc = prefix + tuple(p for p in error["loc"] if p != "[key]")
    text = expectation(error, root)
    if error["type"] not in _NO_GOT:
        text += f", got {_show(error['input'])}"
    return f"{where}: {dotted(loc)}: {text}" if loc else f"{where}: {text}"


def _problems(exc: ValidationError, origin: Origin) -> list[str]:
    out = []
    for error in exc.errors():
        loc = tuple(str(p) for p in error["loc"] if p != "[key]")
        candidates = [s for p, s in origin.items() if p[: len(loc)] == loc or loc[: len(p)] == p]
        source = origin.get(loc) or (candidates[-1] if candidates else DEFAULT)
        out.append(format_error(error, Settings, str(source)))
    return out


# -- config show / init / save -----------------------------------------------------------


def _toml_line(key: str, value: Any) -> str:
    """One ``key = value`` line, quoted and escaped by tomli-w (a list of scalars on the same line)."""
    if isinstance(value, list) and value and not any(isinstance(v, (list, dict)) for v in value):
        items = [tomli_w.dumps({"v": v}).strip().removeprefix("v = ") for v in value]
        return f"{tomli_w.dumps({key: []}).strip().removesuffix('[]')}[{', '.join(items)}]"
    return tomli_w.dumps({key: value}).strip()


def _tables(effective: dict[str, Any]) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    """The settings as TOML tables in file order: top level first, then each section."""
    top = {k: v for k, v in effective.items() if not isinstance(v, dict)}
    out: list[tuple[tuple[str, ...], dict[str, Any]]] = [((), top)]
    for name, value in effective.items():
        if not isinstance(value, dict):
            continue
        scalars = {k: v for k, v in value.items() if not isinstance(v, dict) or name == "keys"}
        if scalars or not value:
            out.append(((name,), scalars))
        for sub, table in value.items():
            if isinstance(table, dict) and name != "keys":
                out.append(((name, sub), table))
    return out


def config_show(loaded: LoadedSettings) -> str:
    """The effective settings as TOML, each key with a ``# from: …`` comment.

    The output is itself a valid settings file; values that are not set
    (``folder``, ``user.name``) appear as comments.
    """
    effective = loaded.settings.model_dump(mode="json")
    folder_file = display_path(loaded.folder_file) if loaded.folder_file else "none"
    lines = [
        "# oncall-tui effective settings",
        f"# user file: {display_path(loaded.user_file)}{'' if loaded.user_file.is_file() else ' (not found)'}",
        f"# folder file: {folder_file}",
        f"# user themes: {display_path(loaded.themes_dir)}/",
    ]
    for path, table in _tables(effective):
        lines.append("")
        if path:
            lines.append(f"[{dotted(path)}]")
        if path == ("keys",) and not table:
            lines.append("# no key remaps  # from: default")
        for key, value in table.items():
            source = loaded.source(".".join(path + (key,)))
            if value is None:
                lines.append(f"# {dotted((key,))} is not set  # from: {source}")
            else:
                lines.append(f"{_toml_line(key, value)}  # from: {source}")
    return "\n".join(lines) + "\n"


_NOTES: dict[tuple[str, ...], list[str]] = {
    ("folder",): ["The case folder to open when none is given on the command line."],
    ("theme",): [
        "Colour theme: oncall-dark, oncall-light, oncall-high-contrast, oncall-colorblind,",
        "or the name of a theme file in the themes/ folder beside this file.",
    ],
    ("read_only",): ["true: never write to case files (edit keys are hidden)."],
    ("max_file_bytes",): ["Case files larger than this many bytes are skipped."],
    ("wall",): ["The wall screen (--wall): seconds each open escalation stays up (5 to 3600)."],
    ("git",): ["Sharing the folder over git, when it is inside a git work tree: enabled = false never",
               "runs git; sync_seconds between automatic fetch-integrate-push cycles (0: only the sync key);",
               "timeout_seconds: the longest one git call may take; commit_external = true also commits",
               "case files changed by other programs before each sync (one commit each, a generic message)."],
    ("sla",): [
        "SLA targets per priority: time to first response and to resolution.",
        'Durations are written like "30m", "4h", "1d" or "1h30m" (units w, d, h, m, s).',
        "A team usually sets these in the case folder's .oncall-tui.toml instead.",
        "about_to_breach: the percentage of a target left at which its cell turns the warning colour.",
    ],
    ("user",): ['Your name as case files write it, for "my action items" (first name, full name and',
                '@handle forms are matched); aliases: more names they use for you, like ["DO", "dana-o"].'],
    ("parse",): ["Numeric dates like 04/03/2024 in a file with no date that decides (13/03/2024 or",
                 '03/13/2024): day_first = true reads them day-first, false month-first, "auto" takes',
                 "12.03.2024 (dots) as day-first and the rest as month-first."],
    ("alerts",): ["Alerts when a new P1 case appears (new_p1) or a case breaches its SLA (breach), at most",
                  "once per case and event, never for cases there at start: the terminal bell and/or a",
                  "desktop notification through the terminal (osc9; osc777 for rxvt/VTE/foot terminals).",
                  "enabled: on the dashboard; wall: on the wall screen (off unless set)."],
    ("audit",): ["timeline: write a timeline entry for each status, priority or sentiment change made in",
                  'the app ("Status: Open → Resolved (by Maria)"); false: change the field only.'],
    ("keys",): ["Remap keys by binding id (the help screen, ?, lists them). Several keys: \"j,down\"."],
}
_EXAMPLES = {
    ("folder",): '# folder = "~/cases"',
    ("user", "name"): '# name = "Maria"',
    ("keys",): '# "items.all" = "O"',
}
_HEADER = [
    INIT_MARKER,
    "# Every key is optional: delete a line to get the built-in default back.",
    "# Precedence, lowest first: defaults < the case folder's .oncall-tui.toml (team",
    "# defaults; it may not set folder) < this file < ONCALL_TUI_* environment",
    "# variables < command-line flags. `oncall-tui config show` says where each value came from.",
]


def default_file_text() -> str:
    """The commented settings file ``config init`` writes: every default, explained."""
    lines = list(_HEADER)
    for path, table in _tables(Settings().model_dump(mode="json")):
        if path:
            lines.append("")
            if path[1:] in ((), ("P1",)):
                lines.extend("# " + note for note in _NOTES.get(path[:1], []))
            lines.append(f"[{dotted(path)}]")
        if path == ("keys",):
            lines.append(_EXAMPLES[path])
        for key, value in table.items():
            if not path:
                lines.extend(["", *("# " + note for note in _NOTES.get((key,), []))])
            lines.append(_EXAMPLES[path + (key,)] if value is None else _toml_line(key, value))
    return "\n".join(lines) + "\n"


def config_init(path: Path, *, force: bool = False) -> Path:
    """Write the commented default file at *path* (creating folders); refuse to overwrite unless *force*."""
    path = Path(path).expanduser()
    if path.exists() and not force:
        raise ConfigError(f"{display_path(path)}: already exists (use --force to overwrite it)")
    _write_atomic(path, default_file_text())
    return path


def save_theme(path: Path, name: str) -> None:
    """Set ``theme`` in the user file, keeping every other value (and, when it can, every comment).

    The ``theme = …`` line is patched in place and the result re-parsed; only
    if that does not give exactly the intended table is the file rewritten
    with tomli-w, which loses comments (a file from ``config init`` gets its
    header comment back on top).
    """
    if not isinstance(name, str) or not name.strip():
        raise ValueError("theme name must be a non-empty string")
    path = Path(path).expanduser()
    target = path.resolve() if path.is_symlink() else path  # keep a dotfile manager's symlink
    if not target.exists():
        _write_atomic(target, _toml_line("theme", name) + "\n")
        return
    data = read_toml(target)
    text = target.read_bytes().decode("utf-8").removeprefix("\ufeff")
    wanted = {**data, "theme": name}
    patched = _patch_theme(text, name)
    if patched is None or _parsed(patched) != wanted:
        patched = tomli_w.dumps(wanted)
        if text.startswith(INIT_MARKER):
            patched = "\n".join(_HEADER) + "\n\n" + patched
    _write_atomic(target, patched)


def _parsed(text: str) -> dict[str, Any] | None:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None


_THEME_LINE = re.compile(
    r"""^(?P<lead>[ \t]*(?:theme|"theme"|'theme')[ \t]*=[ \t]*)"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
    r"""(?P<rest>[ \t]*(?:\#.*)?)$"""
)


def _patch_theme(text: str, name: str) -> str | None:
    """*text* with the top-level theme value replaced (or a theme line added); None if unsure."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    value = tomli_w.dumps({"theme": name}).split("=", 1)[1].strip()
    first_table = next((i for i, line in enumerate(lines) if line.lstrip().startswith("[")), len(lines))
    for i, line in enumerate(lines[:first_table]):
        match = _THEME_LINE.match(line)
        if match:
            lines[i] = match["lead"] + value + match["rest"]
            return newline.join(lines)
    insert_at = first_table
    if insert_at == len(lines) and lines[-1] == "":
        insert_at -= 1  # no table: append before the final newline
    lines.insert(insert_at, f"theme = {value}")
    if insert_at < len(lines) - 1 and lines[insert_at + 1].strip():
        lines.insert(insert_at + 1, "")
    return newline.join(lines)


def _write_atomic(path: Path, text: str) -> None:
    """Write through a temp file in the same folder and ``os.replace``: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else None
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
