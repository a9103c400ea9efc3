"""Edits written back into a case file as small line patches.

Why patches: the file is the only source of truth and people also edit it by
hand, so an edit changes only the lines it targets and keeps every other byte
(encoding, BOM, newline style, indentation, sections we do not understand).
An edit proposes candidate patches in the file's own style, best first; one is
taken only if re-parsing it shows exactly the intended change in the model,
otherwise nothing is written and :class:`EditRefused` says why.
:func:`apply_edit` writes through :class:`~oncall_tui.core.storage.Storage`;
when the file changed on disk meanwhile it re-reads it, finds the target again
by its text and patches again (a rebase), or refuses.  :func:`undo` puts the
previous bytes back while the file is still as the edit left it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from oncall_tui.core.model import ActionItem, Case
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.conflictmarks import CONFLICT_PROBLEM
from oncall_tui.core.storage import ConflictError, Storage, WriteResult
from oncall_tui.core.edits.fields import field_patch, sentiment_patch
from oncall_tui.core.edits.items import add_item_patch, item_status_patch
from oncall_tui.core.edits.patching import (
    CASE_STATUSES,
    ITEM_STATUSES,
    ITEM_WORDS,
    PRIORITIES,
    PRIORITY_WORDS,
    STATUS_LABELS,
    Doc,
    EditRefused,
    NothingToChange,
    Patched,
)
from oncall_tui.core.edits.timeline import timeline_patch

__all__ = [
    "CASE_STATUSES", "ITEM_STATUSES", "ITEM_WORDS", "PRIORITIES", "PRIORITY_WORDS", "STATUS_LABELS",
    "AddActionItem", "AddTimelineEntry", "Doc", "Edit", "EditRefused", "EditResult", "NothingToChange", "Patched",
    "SetItemStatus", "SetPriority", "SetSentiment", "SetStatus", "ToggleItem",
    "add_action_item", "add_timeline_entry", "apply_edit", "set_item_status", "set_priority", "set_sentiment",
    "set_status", "toggle_item", "undo",
]


@dataclass(frozen=True, slots=True)
class SetItemStatus:
    """Mark an action item done, open or in progress (found again by its text)."""

    item: ActionItem
    status: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return item_status_patch(raw, case, self.item, self.status)


@dataclass(frozen=True, slots=True)
class ToggleItem:
    """Done ↔ open (an in-progress item becomes done), decided by the status the person saw.

    *item* is the item as it was shown.  The target comes from that status,
    not from the file: if someone else changed the item meanwhile (or the
    screen was stale), a toggle can only make it what the person asked for
    (already so: nothing to change), never flip a colleague's change back.
    """

    item: ActionItem

    def patch(self, raw: bytes, case: Case) -> Patched:
        return item_status_patch(raw, case, self.item, "open" if self.item.status == "done" else "done")


@dataclass(frozen=True, slots=True)
class AddActionItem:
    """A new open item after the last one of the action-item list or table, in its shape (owner and due date
    as the list writes them; a due date must read as a date)."""

    text: str
    owner: str | None = None
    due: str | date | None = None

    def patch(self, raw: bytes, case: Case) -> Patched:
        return add_item_patch(raw, case, self.text, self.owner, self.due)


@dataclass(frozen=True, slots=True)
class AddTimelineEntry:
    """A new entry in the timeline at its place in time, written in the timeline's own shape and zone (a time
    given without a zone is in the file's)."""

    at: datetime
    text: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return timeline_patch(raw, case, self.at, self.text)


@dataclass(frozen=True, slots=True)
class SetStatus:
    """The case's status line, in the words the line already uses (a ``Status:`` field added when the file has
    none)."""

    status: str
    at: datetime | None = None
    """When given, a status that closes the case (resolved, closed) also records this as its resolution time,
    and a move into or out of ``waiting`` adds a ``Status: …`` timeline entry at this time (the SLA clock's
    pause is read from those entries; see :mod:`oncall_tui.core.sla`)."""

    def patch(self, raw: bytes, case: Case) -> Patched:
        patched = field_patch(raw, case, "status", self.status, self.at)
        if self.at is None or "waiting" not in (case.status, self.status):
            return patched
        try:  # the status line, then the entry: each patch verified by its own re-parse, written as one
            entry = timeline_patch(patched.data, patched.case, self.at, f"Status: {STATUS_LABELS[self.status]}")
        except EditRefused:
            return patched  # no way to write an entry here: the pause then counts from the file's save time
        return Patched(entry.data, entry.case, f"{patched.message}, noted in the timeline")


@dataclass(frozen=True, slots=True)
class SetPriority:
    """The case's priority or severity line, written as it spells priorities (``P2`` or ``High``); a new field
    when there is none."""

    priority: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return field_patch(raw, case, "priority", self.priority)


@dataclass(frozen=True, slots=True)
class SetSentiment:
    """The overall sentiment label: the labelled line or field when the file has one, else a new line in the
    sentiment section (a new section at the end when there is none)."""

    label: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return sentiment_patch(raw, case, self.label)


Parsed = Callable[[str, str], "Case | None"]


class Edit(Protocol):
    """What every edit is: a verified patch of the file's bytes, given the case they read as."""

    def patch(self, raw: bytes, case: Case) -> Patched: ...


def set_item_status(raw: bytes, case: Case, item: ActionItem, status: str) -> bytes:
    return SetItemStatus(item, status).patch(raw, case).data


def toggle_item(raw: bytes, case: Case, item: ActionItem) -> bytes:
    return ToggleItem(item).patch(raw, case).data


def add_action_item(raw: bytes, case: Case, text: str, owner: str | None = None, due: str | date | None = None) -> bytes:
    return AddActionItem(text, owner, due).patch(raw, case).data


def add_timeline_entry(raw: bytes, case: Case, at: datetime, text: str) -> bytes:
    return AddTimelineEntry(at, text).patch(raw, case).data


def set_status(raw: bytes, case: Case, status: str, at: datetime | None = None) -> bytes:
    return SetStatus(status, at).patch(raw, case).data


def set_priority(raw: bytes, case: Case, priority: str) -> bytes:
    return SetPriority(priority).patch(raw, case).data


def set_sentiment(raw: bytes, case: Case, label: str) -> bytes:
    return SetSentiment(label).patch(raw, case).data


@dataclass(frozen=True, slots=True)
class EditResult:
    """What a write did, enough to confirm it and to undo it."""

    rel: str
    message: str
    case: Case | None
    """The case as written (None after undoing a create)."""
    previous: bytes | None
    """The bytes before the edit; None when the edit created the file."""
    data: bytes | None
    """The bytes written (None after undoing a create)."""
    sha256: str | None
    rebased: bool = False
    """True when the file changed on disk meanwhile and the edit was re-applied to the new content."""

    @property
    def toast(self) -> str:
        return f"{self.message} ({self.rel})"


def apply_edit(storage: Storage, rel: str, edit: Edit, *, attempts: int = 5, parsed: Parsed | None = None) -> EditResult:
    """Read, patch, verify and write *edit*; re-apply it if the file changes meanwhile.

    *parsed* (path, sha256 → case or None) gives the case already read from exactly the bytes read here
    (the app's store), so they are not parsed a second time.  Raises EditRefused (NothingToChange when
    there is nothing to do) or a StorageError (ReadOnlyError, WriteError, ReadError); the file is then as
    it was.
    """
    key = storage.rel(rel)
    rebased = False
    for _ in range(attempts):
        snap = storage.read(key)
        known = parsed(key, snap.sha256) if parsed is not None else None
        case = known if known is not None else parse_bytes(snap.data, key, mtime_ns=snap.mtime_ns)
        if any(problem.startswith(CONFLICT_PROBLEM) for problem in case.problems):
            raise EditRefused(f"{key} has unresolved git conflict markers (<<<<<<< … >>>>>>>); resolve the "
                              "conflict first; nothing was written")
        patched = edit.patch(snap.data, case)
        try:
            written = storage.write(key, patched.data, expected_sha256=snap.sha256)
        except ConflictError:
            rebased = True
            continue
        return EditResult(key, patched.message, patched.case, snap.data, patched.data, written.sha256, rebased)
    raise EditRefused(f"{key} kept changing on disk while the edit was being written; nothing was written")


def undo(storage: Storage, result: EditResult) -> EditResult:
    """Restore the bytes from before *result*, only if the file is still as the edit left it."""
    try:
        if result.previous is None:
            assert result.sha256 is not None
            storage.remove(result.rel, expected_sha256=result.sha256)
            written: WriteResult | None = None
        elif result.sha256 is None:
            written = storage.write(result.rel, result.previous, expected_sha256=None)
        else:
            written = storage.write(result.rel, result.previous, expected_sha256=result.sha256)
    except ConflictError as exc:
        raise ConflictError(f"{result.rel} changed since the edit; undo refused and nothing was written",
                            path=result.rel, expected=result.sha256, actual=exc.actual_sha256) from exc
    case = parse_bytes(result.previous, result.rel) if result.previous is not None else None
    return EditResult(result.rel, f"undone: {result.message}", case, result.data, result.previous,
                      written.sha256 if written else None)
