"""Settings: reading a TOML file safely (size, FIFO, encoding, nesting) with messages naming line and column."""

from __future__ import annotations

import json
import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from oncall_tui.core.config.names import MAX_CONFIG_BYTES, ConfigError
from oncall_tui.core.config.places import display_path



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
