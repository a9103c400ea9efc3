"""Settings: the validated model (pydantic), its sections and their bounds."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

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
    model_validator,
)
from pydantic_core import PydanticCustomError

from oncall_tui.core.config.names import DAY_FIRST_HINT, DEFAULT_THEME, DURATION_HINT, MIB, format_duration, parse_duration
from oncall_tui.core.vocabulary import PRIORITIES


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
