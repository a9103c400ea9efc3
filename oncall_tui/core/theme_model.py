"""Theme files validated by pydantic: :class:`ThemeSpec` and its messages (imported only when a theme file is new).

:mod:`oncall_tui.core.themes` keeps what each file gave (spec or problems) in a cache keyed on its
stat, so a start with unchanged theme files imports no pydantic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    StrictStr,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from oncall_tui.core.config import format_error
from oncall_tui.core.colours import _VARIABLE_NAME, COLOUR_HINT, _quoted, to_hex, variable_value


def _colour(value: Any) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("colour", COLOUR_HINT)
    try:
        return to_hex(value)
    except ValueError:
        raise PydanticCustomError("colour", COLOUR_HINT) from None


Colour = Annotated[str, BeforeValidator(_colour)]


def _variable_name(name: str) -> str:
    if not _VARIABLE_NAME.fullmatch(name):
        raise PydanticCustomError("variable_name", 'expected a variable name like "priority-p1"')
    return name


def _variables(values: dict[str, str]) -> dict[str, str]:
    out = {}
    for name, value in values.items():
        try:
            out[name] = variable_value(name, value)
        except ValueError as exc:
            raise PydanticCustomError("variable_value", "{name}: {hint}, got {got}",
                                      {"name": name, "hint": str(exc), "got": _quoted(value)}) from None
    return out


class ThemeSpec(BaseModel):
    """One theme file, validated: colours are normalised to ``#rrggbb``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: StrictStr = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
    dark: StrictBool = True
    primary: Colour
    secondary: Colour | None = None
    accent: Colour | None = None
    foreground: Colour | None = None
    background: Colour | None = None
    surface: Colour | None = None
    panel: Colour | None = None
    warning: Colour | None = None
    error: Colour | None = None
    success: Colour | None = None
    variables: Annotated[
        dict[Annotated[StrictStr, AfterValidator(_variable_name)], StrictStr], AfterValidator(_variables)
    ] = {}
    _source: Path | None = PrivateAttr(None)

    @property
    def source(self) -> Path | None:
        """The file the theme came from (None when built in code)."""
        return self._source


_EXPECTED_THEME = {"string_pattern_mismatch": 'expected a theme name of letters, digits, "-" and "_" (at most 64)'}


def _theme_problems(exc: ValidationError, shown: str) -> list[str]:
    out = []
    for error in exc.errors():
        if error["type"] in _EXPECTED_THEME:
            key = ".".join(map(str, error["loc"]))
            out.append(f"{shown}: {key}: {_EXPECTED_THEME[error['type']]}, got {_quoted(str(error['input']))}")
        elif error["type"] == "variable_value":
            out.append(f"{shown}: variables.{error['msg']}")
        else:
            out.append(format_error(error, ThemeSpec, shown))
    return out
