"""The case model: what a case file means, as CASE_MODEL.md specifies it.

Dates are kept as ISO 8601 strings exactly as the contract prints them
(``2024-01-14``, ``2025-01-14T14:23:47+00:00``); :mod:`oncall_tui.core.dates`
turns them into comparable values where needed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from oncall_tui.core.vocabulary import CLOSED_STATUSES, ItemStatus, Priority, Status  # noqa: F401 (re-exported)

Kind = Literal["escalation", "meeting", "incident", "note", "handover"]
"""``handover``: a shift handover written by the app (core/handover.py); never an open case."""
SentimentBasis = Literal["label", "text"]
StatusBasis = Literal["field", "inferred"]


class TimelineEvent(BaseModel):
    model_config = ConfigDict(frozen=True)

    at: str
    text: str
    line: int


class ActionItem(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    owner: str | None = None
    due: str | None = None
    status: ItemStatus = "open"
    line: int
    group: str | None = None
    ref: str | None = None
    """An id the document gives the item (``AI-2025-001``), if any."""


class Sentiment(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: str | None
    score: float = Field(ge=-1.0, le=1.0)
    basis: SentimentBasis
    evidence: str | None = None
    """Basis ``text``: the customer's sentence, as written, that weighed most toward the score."""


class SourceInfo(BaseModel):
    """How the file was stored, so that writes can keep its bytes' style."""

    model_config = ConfigDict(frozen=True)

    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    size: int = 0
    mtime_ns: int = 0
    sha256: str = ""


class Case(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    kind: Kind
    title: str
    path: str
    customer: str | None = None
    priority: Priority | None = None
    status: Status | None = None
    status_basis: StatusBasis | None = None
    """``field`` when the document writes its status, ``inferred`` when the parser read it from the text."""
    is_open: bool = True
    opened_at: str | None = None
    resolved_at: str | None = None
    owner: str | None = None
    timeline: list[TimelineEvent] = Field(default_factory=list)
    action_items: list[ActionItem] = Field(default_factory=list)
    sentiment: Sentiment | None = None
    problems: list[str] = Field(default_factory=list)
    source: SourceInfo = Field(default_factory=SourceInfo, exclude=True)

    def export_dict(self) -> dict:
        """The JSON-ready object of the export contract."""
        return self.model_dump(mode="json")

    @property
    def open_items(self) -> int:
        return sum(1 for item in self.action_items if item.status != "done")


def _share_field_keys(*classes: type[BaseModel]) -> None:
    """Give each class's instances their field names as CPython's shared keys, now, before any instance exists.

    The parse cache builds models by setting their fields one by one (core/cache.py), which keeps the
    values inline in each object instead of a dict of its own, ~190 bytes less an item or event.  That
    only works while the class's shared-keys table can still take the names, and CPython (3.11+) shrinks
    what it can take with every instance allocated: after ~30 models made by pydantic (a parse), a
    first cache load would get a dict per object.  One probe per class, filled in field order at import,
    fixes the table.  Elsewhere than CPython this is a harmless no-op.
    """
    for cls in classes:
        probe = object.__new__(cls)
        for name in cls.model_fields:
            object.__setattr__(probe, name, None)


_share_field_keys(TimelineEvent, ActionItem, Sentiment, SourceInfo, Case)
