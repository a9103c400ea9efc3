"""A small case folder with known facts, for the changes and handover tests (core and TUI)."""

from __future__ import annotations

from pathlib import Path


def escalation(cid: str, customer: str, *, priority: str = "High", status: str = "Open",
               owner: str = "Ines Varga", created: str = "2026-11-20T08:00:00+00:00",
               events: tuple[str, ...] = ("2026-11-20 09:00 UTC: Customer reported failed card payments",),
               items: tuple[str, ...] = ("[ ] Send the incident summary (due 2026-11-30)", "[x] Roll back the config"),
               sentiment: str = "Annoyed but patient", extra: str = "") -> str:
    head = f"{cid} - Customer Escalation Summary"
    timeline = "\n".join(f"- {e}" for e in events)
    steps = "\n".join(f"- {i}" for i in items)
    return f"""{head}
{"=" * len(head)}

Customer: {customer}
Priority: {priority}
Status: {status}
Created: {created}
Assigned Engineer: {owner}

Issue Description:
------------------
Payments from {customer} fail at random.{extra}

Timeline:
---------
{timeline}

Next Steps:
-----------
{steps}

Customer Sentiment:
-------------------
Overall sentiment: {sentiment}
"""


FOLDER = {
    "CE7001-lumen.md": escalation("CE7001", "Lumen Rail", priority="P1", status="In Progress", owner="Ines Varga"),
    "CE7002-orchard.md": escalation(
        "CE7002", "Orchard Bank", priority="P2", status="Open", owner="Tariq Bell",
        created="2026-11-22T10:00:00+00:00",
        events=("2026-11-22 10:00 UTC: Ticket opened by Orchard Bank",
                "2026-11-22 12:30 UTC: Waiting on customer for the failing request ids"),
        items=("[ ] Collect request ids from Orchard Bank (due 2026-11-23)", "[ ] Check the fraud rules (due 2026-12-10)"),
        sentiment="Calm"),
    "CE7003-quill.md": escalation("CE7003", "Quill Press", priority="P3", status="Resolved", owner="Ines Varga"),
}


def write_folder(folder: Path, files: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for rel, text in (files or FOLDER).items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder
