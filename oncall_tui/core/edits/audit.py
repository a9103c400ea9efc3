"""Audit in the file: a field change made in the app, with a timeline entry that says so, in one write.

:class:`Audited` wraps a status, priority or sentiment edit: it patches the
field, then adds ``Status: Open → Resolved`` (with ``(by Dana)`` when the
user's name is set) to the timeline of the patched bytes; each step is
verified by re-parsing, as every edit is, and the two go to disk as one
atomic write (a refused timeline entry refuses the whole edit, so the file
never holds a change without its trace).  The old value is read from the
file at write time, so a rebase on a file changed meanwhile names what
really changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from oncall_tui.core.edits import Edit
from oncall_tui.core.edits.patching import Patched
from oncall_tui.core.edits.timeline import timeline_patch
from oncall_tui.core.model import Case

_LABELS = {"open": "Open", "in_progress": "In progress", "monitoring": "Monitoring", "resolved": "Resolved",
           "closed": "Closed", "waiting": "Waiting"}
FIELD_NAMES = {"status": "Status", "priority": "Priority", "owner": "Owner", "sentiment": "Sentiment"}


def _value(case: Case, field: str) -> str | None:
    if field == "sentiment":
        return case.sentiment.label if case.sentiment is not None else None
    return getattr(case, field)


def _shown(field: str, value: str | None) -> str:
    if value is None:
        return "none"
    return _LABELS.get(value, value) if field == "status" else value


def audit_text(field: str, before: str | None, after: str | None, user: str | None = None) -> str:
    """``Status: Open → Resolved`` (``(by Dana)`` after it when *user* is given), one line."""
    text = f"{FIELD_NAMES.get(field, field.title())}: {_shown(field, before)} → {_shown(field, after)}"
    if user and user.strip():
        text += f" (by {' '.join(user.split())})"
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Audited:
    """*edit* (a SetStatus, SetPriority or SetSentiment) of *field*, plus its timeline entry at *at*."""

    edit: Edit
    field: str
    at: datetime
    user: str | None = None

    def patch(self, raw: bytes, case: Case) -> Patched:
        first = self.edit.patch(raw, case)
        text = audit_text(self.field, _value(case, self.field), _value(first.case, self.field), self.user)
        second = timeline_patch(first.data, first.case, self.at, text)
        return Patched(second.data, second.case, f"{first.message}; noted in the timeline")
