"""Settings as the app holds them: frozen dataclasses, no pydantic.

:mod:`oncall_tui.core.config.model` validates (pydantic, with the bounds and
the messages); what it accepts becomes these plain values, which is what
everyone reads (``settings.sla.P1.resolution``).  Made from the settings
cache (:mod:`oncall_tui.core.config.loading`), they let the app paint its
first frame without importing pydantic.  ``model_validate``, ``model_dump``
and ``model_copy`` behave as the pydantic models' do.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

from oncall_tui.core.config.names import DEFAULT_THEME, MIB, format_duration, parse_duration
from oncall_tui.core.vocabulary import PRIORITIES

_DURATIONS = frozenset({"first_response", "resolution"})


class _Values:
    """What the settings values share: copies, dumps and validation through the pydantic model."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Any:
        """A copy with *update*'s fields replaced (not validated, as pydantic's)."""
        return replace(self, **(update or {}))  # type: ignore[type-var]

    def model_dump(self, *, mode: str = "python", exclude_none: bool = False) -> dict[str, Any]:
        """The values as a table; ``mode="json"``: durations as ``"4h"``, paths as strings."""
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if isinstance(value, _Values):
                value = value.model_dump(mode=mode, exclude_none=exclude_none)
            elif mode == "json" and isinstance(value, timedelta):
                value = format_duration(value)
            elif mode == "json" and isinstance(value, Path):
                value = str(value)
            elif isinstance(value, (list, dict)):
                value = type(value)(value)
            if value is None and exclude_none:
                continue
            out[name] = value
        return out

    @classmethod
    def model_validate(cls, data: Any) -> Any:
        """Validate *data* with the pydantic model of the same name (imported here); the result as values."""
        from oncall_tui.core.config import model

        return from_model(getattr(model, cls.__name__).model_validate(data))

    @classmethod
    def from_json(cls, table: dict[str, Any]) -> Any:
        """Values from a ``model_dump(mode="json")`` of already validated settings (the settings cache)."""
        kwargs: dict[str, Any] = {}
        for name, spec in cls.__dataclass_fields__.items():
            if name not in table:
                continue
            value = table[name]
            default = spec.default
            if default is dataclasses.MISSING:
                default = spec.default_factory() if spec.default_factory is not dataclasses.MISSING else None
            if isinstance(default, _Values):
                value = type(default).from_json(value)
            elif name in _DURATIONS:
                value = parse_duration(value)
            elif name == "folder" and value is not None:
                value = Path(value)
            kwargs[name] = value
        return cls(**kwargs)


def from_model(validated: Any) -> Any:
    """The values for a validated pydantic settings model (any section)."""
    cls = _CLASSES[type(validated).__name__]
    kwargs = {}
    for name in cls.__dataclass_fields__:
        value = getattr(validated, name)
        if type(value).__name__ in _CLASSES:
            value = from_model(value)
        elif isinstance(value, (list, dict)):
            value = type(value)(value)
        kwargs[name] = value
    return cls(**kwargs)


@dataclass(frozen=True)
class WallSettings(_Values):
    cycle_seconds: int = 20


@dataclass(frozen=True)
class GitSettings(_Values):
    enabled: bool = True
    sync_seconds: int = 60
    timeout_seconds: int = 30
    commit_external: bool = False


@dataclass(frozen=True)
class SlaTarget(_Values):
    first_response: timedelta
    resolution: timedelta


def _target(first: str, resolution: str) -> SlaTarget:
    return SlaTarget(parse_duration(first), parse_duration(resolution))


@dataclass(frozen=True)
class SlaSettings(_Values):
    P1: SlaTarget = _target("15m", "4h")
    P2: SlaTarget = _target("1h", "1d")
    P3: SlaTarget = _target("4h", "3d")
    P4: SlaTarget = _target("1d", "7d")
    about_to_breach: int = 25

    def target(self, priority: str | None) -> SlaTarget | None:
        """The target for ``"P1"`` … ``"P4"``; None for a case without a priority."""
        return getattr(self, priority, None) if priority in PRIORITIES else None


@dataclass(frozen=True)
class UserSettings(_Values):
    name: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ParseSettings(_Values):
    day_first: bool | str = "auto"


@dataclass(frozen=True)
class AlertSettings(_Values):
    enabled: bool = True
    wall: bool = False
    events: list[str] = field(default_factory=lambda: ["new_p1", "breach"])
    via: list[str] = field(default_factory=lambda: ["bell", "osc9"])


@dataclass(frozen=True)
class AuditSettings(_Values):
    timeline: bool = True


@dataclass(frozen=True)
class Settings(_Values):
    """The effective settings the app runs with (what each key means: ``config init``'s file, model.py)."""

    folder: Path | None = None
    theme: str = DEFAULT_THEME
    read_only: bool = False
    wall: WallSettings = field(default_factory=WallSettings)
    git: GitSettings = field(default_factory=GitSettings)
    sla: SlaSettings = field(default_factory=SlaSettings)
    user: UserSettings = field(default_factory=UserSettings)
    parse: ParseSettings = field(default_factory=ParseSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    audit: AuditSettings = field(default_factory=AuditSettings)
    keys: dict[str, str] = field(default_factory=dict)
    max_file_bytes: int = 2 * MIB


_CLASSES: dict[str, type[_Values]] = {cls.__name__: cls for cls in (
    WallSettings, GitSettings, SlaTarget, SlaSettings, UserSettings, ParseSettings, AlertSettings, AuditSettings,
    Settings)}
