"""One case file → one :class:`Case`.  Never raises: problems are recorded."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import PurePosixPath

from oncall_tui.core.dates import DayFirst, from_iso, iso, zone_statements
from oncall_tui.core.model import CLOSED_STATUSES, Case, SourceInfo
from oncall_tui.core.conflictmarks import conflict_marker_line, conflict_problem, first_side
from oncall_tui.core.parse.actions import build_actions
from oncall_tui.core.parse.fields import (
    Field,
    clean_value,
    collect,
    front_matter,
    is_org,
    org_to_markdown,
    name_of,
    priority_of,
    status_of,
)
from oncall_tui.core.parse.timeline import Running, build_timeline
from oncall_tui.core.parse.facts import (
    _CUSTOMER_SOFT_KEYS,
    _DOC_STATUS,
    _NO_CUSTOMER,
    _PRIORITY_KEYS,
    _PRIORITY_SOFT_KEYS,
    _date_field,
    _document_context,
    _far_dates,
    _known_people,
    _over,
    _section_priority,
    _sentiment,
    _soft_name,
)
from oncall_tui.core.parse.title import _case_id, _detect_kind, _first_heading, _title
from oncall_tui.core.parse.tree import NESTING_LIMIT, build
from oncall_tui.core.text import decode

PARSER_VERSION = 10
"""Bump when a change to the parser changes what a file parses to (keys the parse cache)."""
BINARY_SHARE = 0.1
"""A text with NUL bytes whose control characters are at least this share of it is a binary file."""

_OWNER_KEYS = ("assigned engineer", "incident commander", "facilitator", "owner", "assignee",
               "assigned to", "incident lead", "case owner", "incident owner", "ic", "incident manager",
               "authors", "author", "postmortem owner", "dri")
_CUSTOMER_KEYS = ("customer", "customer name", "client", "account")


def _parse(text: str, path: str, problems: list[str], source: SourceInfo, day_first: bool | str = "auto") -> Case:
    stem = PurePosixPath(path).stem or path
    if not text.strip():
        problems.append("empty file")
        return Case(id=stem, kind="note", title=PurePosixPath(path).name, path=path, is_open=False, problems=problems,
                    source=source)
    binary = False
    if "\x00" in text:
        problems.append("contains NUL bytes: this looks like a binary file, not a case")
        # Mostly control characters: a binary file (a problem, not an open case); a stray NUL in a
        # case's text leaves it a case with a problem.
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r" or "\x7f" <= ch <= "\x9f")
        binary = controls >= len(text) * BINARY_SHARE
    marker = conflict_marker_line(text)
    if marker is not None:
        problems.append(conflict_problem(marker))
        text = first_side(text)  # read as the first side's case; edits are refused (core/edits)
    head = text[:4].lstrip("\ufeff")
    header_fields: list[Field] = []
    if head.startswith("---") or text.startswith("#+") or "\n#+" in text[:2000]:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        header_fields, body_start = front_matter(lines)
        if body_start:
            lines[:body_start] = [""] * body_start
        if is_org(lines):
            lines = org_to_markdown(lines)
        text = "\n".join(lines)
    root, lines = build(text)
    for first, end in root.too_deep[:5]:
        where = f"line {first + 1}" if end - first <= 1 else f"lines {first + 1}-{end}"
        problems.append(f"{where} not read: lists or quotes nested too deeply (markdown depth over {NESTING_LIMIT})")
    fields = collect(root, header_fields)
    heading_section = _first_heading(root)
    heading = heading_section.shown if heading_section else ""
    case_id = _case_id(heading, fields, stem)
    kind = _detect_kind(heading, fields, case_id, root, stem)

    priority = None
    priority_field = fields.get(*_PRIORITY_KEYS)
    if priority_field is not None:
        priority = priority_of(clean_value(priority_field.value))
        if priority is None and priority_field.key in ("priority", "severity", "sev"):
            problems.append(f"line {priority_field.line + 1}: unknown priority {priority_field.value[:30]!r} (expected P1-P4, SEV1-4, Critical, High, Medium or Low)")
    if priority is None and priority_field is None:
        soft = fields.get(*_PRIORITY_SOFT_KEYS)
        if soft is not None and len(clean_value(soft.value).split()) <= 3:
            priority = priority_of(clean_value(soft.value))
        if priority is None:
            priority = _section_priority(root)
    status = None
    status_basis = None
    status_field = fields.get("status", "state", "incident status", "case status", "current status")
    if status_field is not None and status_field.in_list and kind != "note":
        status_field = fields.get("status") if not fields.get("status").in_list else status_field
    if status_field is not None:
        status = status_of(status_field.value)
        if status is None and _DOC_STATUS.match(clean_value(status_field.value)):
            pass  # the document's own state (`Status: Draft`), not the case's
        elif status is None:
            problems.append(f"line {status_field.line + 1}: unknown status {status_field.value[:30]!r} (expected open, in progress, monitoring, resolved or closed)")
        else:
            status_basis = "field"

    customer_value = fields.value(*_CUSTOMER_KEYS)
    customer = name_of(customer_value) if customer_value else None
    if customer is not None and customer.lower() in _NO_CUSTOMER:
        customer = None
    if customer is None and customer_value is None:
        soft_customer = fields.value(*_CUSTOMER_SOFT_KEYS)
        customer = _soft_name(soft_customer) if soft_customer else None
    owner_value = fields.value(*_OWNER_KEYS)
    owner = name_of(owner_value) if owner_value else None

    dayfirst = DayFirst(text, day_first)  # worked out only if a numeric date is met
    ctx = _document_context(kind, fields, root, stem, dayfirst)
    opened_keys = ("created", "start time", "opened") + (("date",) if kind == "incident" else ())
    opened_at = _date_field(fields, opened_keys, ctx, problems)
    resolved_at = _date_field(fields, ("resolved", "end time", "closed", "resolved at", "ended at"), ctx, problems)
    run = Running(ctx, dayfirst=dayfirst, zones=zone_statements(text))
    if opened_at and "T" in opened_at:
        moment = from_iso(opened_at)
        run.start = moment if isinstance(moment, datetime) else None
    timeline = build_timeline(root, fields, run, problems)
    if run.missed_relative and run.start is None:
        first = next((e for e in timeline if "T" in e.at), None)  # `T+5min` counts from the first full time
        if first is not None:
            run.start = from_iso(first.at)
            problems[:] = [p for p in problems if "has a time but no date" not in p]
            timeline = build_timeline(root, fields, run, problems)
    if opened_at is None and timeline:
        opened_at = timeline[0].at  # build_timeline sorts by (sort_key(at), line): the first of the least keys
    if opened_at is None and ctx.day is not None:
        opened_at = iso(ctx.day) if isinstance(ctx.day, date) else None

    if status is None and kind == "incident" and _over(text, root, resolved_at, timeline, fields):
        status, status_basis = "resolved", "inferred"
    resolved = status in CLOSED_STATUSES
    if kind == "handover":
        is_open = False  # a handover describes cases; it is never an open case itself
    elif status is not None:
        is_open = not resolved
    elif kind in ("escalation", "incident"):
        is_open = True
    elif kind == "meeting":
        is_open = customer is not None
    else:
        is_open = False
    # `ction item:` and `ction Item:` both hold `tem:` (rarer than either's start): one scan, not two, when absent
    inline = "ACTION" in text or "AI:" in text or ("tem:" in text and ("ction item:" in text or "ction Item:" in text))
    items = build_actions(root, ctx, _known_people(fields, root, text), resolved and kind == "escalation", inline)
    _far_dates(timeline, items, problems)
    return Case(
        id=case_id,
        kind=kind,
        title=_title(heading, case_id, kind, fields, root, customer, stem),
        path=path,
        customer=customer,
        priority=priority,
        status=status,
        status_basis=status_basis,
        is_open=is_open and not binary,  # a binary file is a problem, not an open case
        opened_at=opened_at,
        resolved_at=resolved_at,
        owner=owner,
        timeline=timeline,
        action_items=items,
        sentiment=_sentiment(root, fields, text, lines),
        problems=problems,
        source=source,
    )


def parse_text(text: str, path: str, *, source: SourceInfo | None = None, problems: list[str] | None = None,
               day_first: bool | str = "auto") -> Case:
    """Parse decoded *text*; any failure becomes a problem on a bare case.

    *source* and *problems* (the decoder's, listed first) go into the case as it is built, so
    :func:`parse_bytes` needs no ``model_copy`` of the finished case. *day_first* is the
    ``[parse] day_first`` setting: how numeric dates are read in a document that does not decide by
    itself (see :class:`~oncall_tui.core.dates.DayFirst`).
    """
    problems = list(problems) if problems else []
    source = source if source is not None else SourceInfo()
    try:
        return _parse(text, path, problems, source, day_first)
    except Exception as exc:  # a file must never fail to load
        stem = PurePosixPath(path).stem or path
        problems.append(f"parser error: {type(exc).__name__}: {exc}")
        return Case(id=stem, kind="note", title=PurePosixPath(path).name, path=path, is_open=False, problems=problems,
                    source=source)


def parse_bytes(raw: bytes, path: str, *, mtime_ns: int = 0, day_first: bool | str = "auto") -> Case:
    """Decode and parse *raw*, remembering how the bytes were stored (*day_first*: see :func:`parse_text`)."""
    decoded = decode(raw)
    source = SourceInfo(
        encoding=decoded.encoding,
        bom=decoded.bom,
        newline=decoded.newline,
        size=len(raw),
        mtime_ns=mtime_ns,
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    return parse_text(decoded.text, path, source=source, problems=decoded.problems, day_first=day_first)
