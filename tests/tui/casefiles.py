"""Small case files in the seed formats, for tests that write their own folders."""

from __future__ import annotations

from pathlib import Path


def escalation(
    cid: str,
    customer: str,
    *,
    priority: str = "High",
    status: str = "Open",
    created: str = "2026-11-20",
    title: str | None = None,
    event: str = "Customer reported the outage",
    item: str = "Call the customer (due 2026-11-22)",
    sentiment: str = "Frustrated but cooperative",
) -> str:
    head = f"{cid} - Customer Escalation Summary" if title is None else title
    return f"""{head}
{"=" * max(3, len(head))}

Customer: {customer}
Priority: {priority}
Status: {status}
Created: {created}
Assigned Engineer: Jo Park

Issue Description:
------------------
Something broke for {customer}.

Timeline:
---------
- 2026-11-20 09:00: {event}
- 2026-11-21 10:30: Escalated to engineering

Next Steps:
-----------
- [ ] {item}
- [x] Restart the service

Customer Sentiment:
-------------------
Overall sentiment: {sentiment}
"""


def write(folder: Path, rel: str, text: str) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
