"""Every edit kind on every hostile file: a patch or a refusal, never an exception, never a hang.

The edits match their own line patterns (list items, ``Key: value`` lines,
the sentiment label, tail words) against whole file lines; on a 1 MB line
with a run of spaces those patterns backtracked for hours.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from oncall_tui.core.edits import (
    AddActionItem,
    AddTimelineEntry,
    EditRefused,
    SetPriority,
    SetSentiment,
    SetStatus,
    ToggleItem,
)
from oncall_tui.core.parse import parse_bytes, parse_text
from tests.hardening.guard import timed
from tests.hardening.hostile import BYTE_CASES, ByteCase

EDITS = {
    "set status": lambda case: SetStatus("resolved"),
    "set priority": lambda case: SetPriority("P1"),
    "set sentiment": lambda case: SetSentiment("Calm again"),
    "add action item": lambda case: AddActionItem("Ring the customer", "Dana", "2026-12-01"),
    "add timeline entry": lambda case: AddTimelineEntry(datetime(2026, 11, 21, 9, 30), "Paged the DB team"),
    "toggle the first item": lambda case: ToggleItem(case.action_items[0]) if case.action_items else None,
}


def _apply_all(raw: bytes, rel: str) -> dict[str, str]:
    """Each edit kind on *raw*: ``written``, ``refused`` or ``no item``."""
    case = parse_bytes(raw, rel)
    outcomes: dict[str, str] = {}
    for kind, make in EDITS.items():
        edit = make(case)
        if edit is None:
            outcomes[kind] = "no item"
            continue
        try:
            patched, _ = timed(f"{rel}: {kind}", lambda: edit.patch(raw, case))
        except EditRefused as exc:
            assert str(exc)
            outcomes[kind] = "refused"
            continue
        assert parse_bytes(patched.data, rel).export_dict() == patched.case.export_dict(), kind
        outcomes[kind] = "written"
    return outcomes


@pytest.mark.parametrize("hostile", BYTE_CASES, ids=[c.rel for c in BYTE_CASES])
def test_every_edit_on_every_hostile_file(hostile: ByteCase) -> None:
    outcomes = _apply_all(hostile.data, hostile.rel)
    if hostile.clean:  # valid files in unusual encodings and line endings take every edit
        assert set(outcomes.values()) == {"written"}, outcomes


RUN = 300_000
LONG_LINES = {
    "status field with a run of spaces": "# CE1 - Customer Escalation Summary\n\nStatus: open" + " " * RUN + "x\n",
    "sentiment label with a run of spaces": "# X\n\nOverall sentiment: calm" + " " * RUN + "x\n",
    "sentiment label after leading spaces": "# X\n\npara\n" + " " * RUN + "Overall sentiment: ok\n",
    "list item with a run of spaces": "# X\n\n## Action Items\n\n- [ ] do" + " " * RUN + "it\n- [x] done\n",
    "list item with a run of spaces before a tail word": "# X\n\n## Action Items\n\n- do" + " " * RUN + "x (done)\n",
    "deep quote prefix": "# X\n\n## Action Items\n\n" + "> " * 40 + " " * RUN + "- item\n",
}


@pytest.mark.parametrize("text", LONG_LINES.values(), ids=list(LONG_LINES))
def test_every_edit_on_long_lines(text: str) -> None:
    assert parse_text(text, "x.md").id
    _apply_all(text.encode("utf-8"), "long.md")
