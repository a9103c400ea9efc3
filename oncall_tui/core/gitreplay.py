"""Replaying the app's own edit during a rebase, when git cannot merge it line by line.

A commit the app made carries an ``Oncall-Edit: {json}`` trailer
(:mod:`oncall_tui.core.gitedits`) that describes the edit by what it targets.
:func:`replay` applies that edit again onto the remote's version with the edit
engine, but only when the other side did not change what the edit changes.
"""

from __future__ import annotations

import json
from datetime import datetime

from oncall_tui.core.edits import (
    AddActionItem,
    AddTimelineEntry,
    Edit,
    EditRefused,
    NothingToChange,
    SetItemStatus,
    SetPriority,
    SetSentiment,
    SetStatus,
)
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes

TRAILER = "Oncall-Edit: "


def decode(message: str) -> dict[str, object] | None:
    """The ``Oncall-Edit`` trailer of a commit message, or None."""
    for line in reversed(message.splitlines()):
        if line.startswith(TRAILER):
            try:
                data = json.loads(line[len(TRAILER):])
            except ValueError:
                return None
            return data if isinstance(data, dict) else None
    return None


def _same_item(case: Case, text: str):  # noqa: ANN202
    matches = [item for item in case.action_items if item.text == text]
    return matches[0] if len(matches) == 1 else None


def replay(message: str, parent: bytes | None, ours: bytes | None, path: str) -> bytes | None:
    """The remote's version *ours* with the commit's edit applied again, or None when a person must decide.

    *parent* is the file as the local commit found it (its parent), *ours* as it is on the remote side.
    When the edit is already there (both sides did the same), *ours* itself is returned.
    """
    data = decode(message)
    if data is None or parent is None or ours is None:
        return None
    before = parse_bytes(parent, path)
    theirs_now = parse_bytes(ours, path)
    if theirs_now.problems != before.problems and any("conflict" in p for p in theirs_now.problems):
        return None
    kind = data.get("edit")
    try:
        edit: Edit
        if kind == "timeline_entry":
            edit = AddTimelineEntry(datetime.fromisoformat(str(data["at"])), str(data["text"]))
        elif kind == "action_item":
            owner, due = data.get("owner"), data.get("due")
            edit = AddActionItem(str(data["text"]), owner if isinstance(owner, str) else None,
                                 due if isinstance(due, str) else None)
        elif kind == "item_status":
            was, now = _same_item(before, str(data["item"])), _same_item(theirs_now, str(data["item"]))
            if now is not None and now.status == data["to"]:
                return ours  # the other side did the same
            if was is None or now is None or was.status != now.status:
                return None  # the other side changed (or moved away) the same item
            edit = SetItemStatus(now, str(data["to"]))
        elif kind in ("status", "priority", "sentiment"):
            field = {"status": lambda c: c.status, "priority": lambda c: c.priority,
                     "sentiment": lambda c: c.sentiment.label if c.sentiment else None}[kind]
            if kind != "sentiment" and field(theirs_now) == data["to"]:
                return ours  # the other side did the same
            if field(before) != field(theirs_now):
                return None  # the other side changed the same field
            to = str(data["to"])
            if kind == "status":
                at = data.get("at")
                edit = SetStatus(to, datetime.fromisoformat(str(at)) if at else None)
            else:
                edit = SetPriority(to) if kind == "priority" else SetSentiment(to)
        else:
            return None
    except (KeyError, ValueError, TypeError):
        return None
    try:
        return edit.patch(ours, theirs_now).data
    except NothingToChange:
        return ours
    except EditRefused:
        return None
