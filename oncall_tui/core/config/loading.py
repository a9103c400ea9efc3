"""Settings: the layers (team file, user file, environment, flags) merged and validated once."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from oncall_tui.core.config import validated
from oncall_tui.core.config.env import _FLAG_NAMES, _env_layers, _nest
from oncall_tui.core.config.values import Settings, from_model
from oncall_tui.core.config.names import (CONFIG_ENV, DEFAULT, FOLDER_FILE_NAME, ConfigError, LoadedSettings, Origin,
                                         Source)
from oncall_tui.core.config.places import _user_file, display_path, expand_user
from oncall_tui.core.config.tomlfile import read_toml


def _validate(merged: dict[str, Any], origin: Origin) -> Settings:
    """*merged* validated by the pydantic model (imported here), as values; ConfigError naming each layer wrong."""
    from pydantic import ValidationError

    from oncall_tui.core.config.messages import _problems
    from oncall_tui.core.config.model import Settings as Model

    try:
        return from_model(Model.model_validate(merged))
    except ValidationError as exc:
        raise ConfigError(_problems(exc, origin)) from None


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
    cache: bool = False,
) -> LoadedSettings:
    """The effective settings from every layer; ConfigError if any layer is wrong.

    *overrides* are the command-line flags as dotted keys (``{"theme": "x",
    "wall.cycle_seconds": 30}``); None values mean "flag not given".  *folder*
    is the FOLDER argument.  The folder's team file is read from whichever
    folder wins (flag, env, then user file).  *cache*: reuse (and keep) what
    validated before for these very layers (:mod:`~oncall_tui.core.config.validated`),
    so the app's start imports no pydantic; the headless commands leave the cache folder alone.
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
    here = Path(__file__).parent
    key = validated.key_of(validated.fingerprint(here / "model.py", here / "values.py", here / "names.py"), merged)
    effective = validated.cached(key) if cache else None
    if isinstance(effective, dict):  # these very tables passed validation before: no pydantic on the start path
        settings = Settings.from_json(effective)
    else:
        settings = _validate(merged, origin)
        effective = settings.model_dump(mode="json")
        if cache:
            validated.remember(key, effective)
    sources = {".".join(p): origin.get(p, DEFAULT) for p in _leaves(effective)}
    return LoadedSettings(settings, sources, user_file, folder_file)
