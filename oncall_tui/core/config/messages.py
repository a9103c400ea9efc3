"""Settings: a pydantic error in words a settings file's author knows (``file: key: expected …, got …``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from oncall_tui.core.config.model import Settings
from oncall_tui.core.config.names import DEFAULT, Origin
from oncall_tui.core.config.tomlfile import _show, dotted


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
