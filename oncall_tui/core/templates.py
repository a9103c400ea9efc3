"""New case files from templates in the seed documents' own formats.

Why here and not in the TUI: a new case is a write to the case folder, so it
goes through :class:`~oncall_tui.core.storage.Storage` (create-only, so an
existing file is never replaced) and is checked by parsing it back before it
is written, like every edit.  The id is the next free one in the folder
(``CE####``, ``INC-YYYY-####``), found in file names and file contents.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from oncall_tui.core.edits import EditRefused, EditResult
from oncall_tui.core.edits.patching import moment_text, zone_text
from oncall_tui.core.folder import scan
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.storage import ConflictError, StorageError, Storage
from oncall_tui.core.vocabulary import PRIORITY_WORDS, STATUS_LABELS

KINDS: tuple[str, ...] = ("escalation", "meeting", "incident")
_CE = re.compile(r"\bCE-?(\d{3,})\b")
_HEAD_BYTES = 4096


def _one_line(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    if any(ord(ch) < 32 for ch in value):
        raise EditRefused(f"the {what} must be a single line of text")
    return value or None


def slug(text: str, limit: int = 48) -> str:
    """``Acme Corp: Login failures!`` → ``acme-corp-login-failures``."""
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return words[:limit].rstrip("-") or "case"


def _ids_in_folder(storage: Storage) -> list[str]:
    """Every file name and the opening of every case file: where ids are written."""
    entries, _skipped = scan(storage.root)
    texts: list[str] = []
    for entry in entries:
        texts.append(entry.rel)
        try:
            texts.append(storage.read(entry.rel).data[:_HEAD_BYTES].decode("utf-8", "replace"))
        except StorageError:
            continue
    return texts


def next_id(storage: Storage, kind: str, *, year: int) -> str | None:
    """The next free ``CE####`` (escalation) or ``INC-YYYY-####`` (incident); None for a meeting."""
    texts = _ids_in_folder(storage)
    if kind == "escalation":
        numbers = [int(n) for text in texts for n in _CE.findall(text)]
        return f"CE{max(numbers) + 1 if numbers else 1001}"
    if kind == "incident":
        pattern = re.compile(rf"\bINC-{year}-(\d{{3,}})\b")
        numbers = [int(n) for text in texts for n in pattern.findall(text)]
        return f"INC-{year}-{(max(numbers) + 1 if numbers else 1):04d}"
    return None


def _clock(moment: datetime) -> str:
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {'PM' if moment.hour >= 12 else 'AM'}"


def render(kind: str, *, case_id: str | None, customer: str | None, title: str, priority: str,
           owner: str | None, now: datetime) -> str:
    """The text of a new case file of *kind*."""
    day = now.strftime("%Y-%m-%d")
    if kind == "escalation":
        heading = f"{case_id} - Customer Escalation Summary"
        # The minute it was opened, with its zone: a bare date would start the SLA clock at midnight.
        header = [f"Customer: {customer or 'Unknown'}", f"Priority: {PRIORITY_WORDS[priority]}", f"Status: {STATUS_LABELS['open']}",
                  f"Created: {moment_text(now)}"] + ([f"Assigned Engineer: {owner}"] if owner else [])
        sections = [("Issue Description:", [title]), ("Root Cause Analysis:", ["Not yet known."]),
                    ("Current Status:", [f"- Escalation opened on {day}"]), ("Next Steps:", [])]
        out = [heading, "=" * 37, "", *header, ""]
        for name, body in sections:
            out += [name, "-" * len(name), *body, ""]
        return "\n".join(out).rstrip("\n") + "\n"
    if kind == "incident":
        stamp = now.astimezone(timezone.utc)
        header = [f"**Incident ID**: {case_id}", f"**Title**: {title}", f"**Severity**: {priority}",
                  f"**Status**: {STATUS_LABELS['open']}", f"**Start Time**: {stamp:%Y-%m-%d %H:%M:%S} UTC"]
        header += [f"**Incident Commander**: {owner}"] if owner else []
        header += [f"**Customer**: {customer}"] if customer else []
        return "\n".join([
            f"# Incident Report: {case_id}", "", "## Incident Summary", "",
            *[line + "  " for line in header[:-1]], header[-1], "",
            "## Timeline", "", f"**{stamp:%H:%M:%S}** - Incident opened  ", "",
            "## Root Cause", "", "To be determined.", "",
            "## Lessons Learned", "", "### Action Items",
            "| ID | Action | Owner | Due Date | Status |", "|----|--------|-------|----------|--------|", "",
        ])
    date_text = f"{now:%B} {now.day}, {now.year}"
    zone = f" {zone_text(now)}".rstrip()
    header = [f"**Date:** {date_text}", f"**Time:** {_clock(now)}{zone}", f"**Priority:** {priority}", f"**Status:** {STATUS_LABELS['open']}"]
    header += [f"**Attendees:** {owner}", f"**Facilitator:** {owner}"] if owner else []
    summary = ([f"**Customer:** {customer}  "] if customer else []) + [f"**Issue:** {title}  "]
    return "\n".join([
        "## Customer Support Escalation Meeting Notes", "", *[line + "  " for line in header], "",
        "### Customer Issue Summary", *summary, "",
        "### Timeline of Events", f"- **{now:%B} {now.day}, {_clock(now)}{zone}:** Escalation meeting called", "",
        "### Action Items", "",
    ])


def file_name(kind: str, case_id: str | None, customer: str | None, title: str, now: datetime) -> str:
    if kind == "escalation":
        return f"{case_id}-{slug(' '.join(filter(None, [customer, title])))}.txt"
    if kind == "incident":
        return f"{case_id}-{slug(title)}.md"
    return f"{now:%Y-%m-%d}-{slug(customer or title)}-escalation-meeting.md"


def new_case(storage: Storage, kind: str, *, title: str | None = None, customer: str | None = None,
             priority: str = "P3", owner: str | None = None, now: datetime | None = None,
             folder: str = "") -> EditResult:
    """Create a new case file of *kind* in *folder* (relative to the case folder).

    Returns an EditResult whose ``previous`` is None, so :func:`~oncall_tui.core.edits.undo`
    removes the file again (only while it is unchanged).  Raises EditRefused,
    ReadOnlyError or WriteError; an existing file is never replaced.
    """
    if kind not in KINDS:
        raise EditRefused(f"unknown case kind {kind!r} (expected escalation, meeting or incident)")
    if priority not in PRIORITY_WORDS:
        raise EditRefused(f"unknown priority {priority!r}")
    customer, owner = _one_line(customer, "customer"), _one_line(owner, "owner")
    title = _one_line(title, "title") or {"escalation": "To be described.", "incident": "New incident",
                                           "meeting": "To be described"}[kind]
    now = now or datetime.now(timezone.utc).astimezone()
    prefix = folder.strip("/") + "/" if folder.strip("/") else ""
    for attempt in range(1, 6):
        case_id = next_id(storage, kind, year=now.year)
        name = file_name(kind, case_id, customer, title, now)
        if kind == "meeting" and attempt > 1:
            name = name.replace(".md", f"-{attempt}.md")
        rel = prefix + name
        data = render(kind, case_id=case_id, customer=customer, title=title, priority=priority,
                      owner=owner, now=now).encode("utf-8")
        case = parse_bytes(data, rel)
        wrong = [what for what, ok in (("kind", case.kind == kind), ("id", case_id is None or case.id == case_id),
                                       ("problems", not case.problems)) if not ok]
        if wrong:
            raise EditRefused(f"the new {kind} would not read back as intended ({', '.join(wrong)}); nothing was written")
        try:
            written = storage.write(rel, data, expected_sha256=None)
        except ConflictError:
            continue  # the name was taken meanwhile: take the next id
        return EditResult(storage.rel(rel), f"{case.id}: new {kind} created", case, None, data, written.sha256)
    raise EditRefused("could not find a free name for the new case; nothing was written")
