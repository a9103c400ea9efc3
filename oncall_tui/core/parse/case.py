"""One case file → one :class:`Case`.  Never raises: problems are recorded."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from pathlib import PurePosixPath

from oncall_tui.core import sentiment as scoring
from oncall_tui.core.dates import Context, iso, parse_moment, sort_key
from oncall_tui.core.model import CLOSED_STATUSES, Case, Sentiment, SourceInfo
from oncall_tui.core.parse.actions import build_actions
from oncall_tui.core.parse.fields import (
    Fields,
    clean_value,
    collect,
    name_of,
    people_in,
    priority_of,
    status_of,
)
from oncall_tui.core.parse.timeline import build_timeline
from oncall_tui.core.parse.tree import NESTING_LIMIT, Item, ListBlock, Para, Quote, Section, build, plain
from oncall_tui.core.text import decode

PARSER_VERSION = 6
BINARY_SHARE = 0.1
"""A text with NUL bytes whose control characters are at least this share of it is a binary file."""
"""Bump when a change to the parser changes what a file parses to (keys the parse cache)."""

_ID_IN_TITLE = re.compile(r"\b([A-Z][A-Z0-9]{1,9}-?\d{2,}(?:-\d+)*)\b")
_ID_KEYS = ("incident id", "case id", "escalation id", "id", "ticket", "case")
_BOILERPLATE = re.compile(
    r"^(?:customer\s+)?(?:support\s+)?(?:escalation\s+)?(?:summary|meeting notes|meeting|notes|report|"
    r"incident report|incident|post-?mortem|incident review|case)?$",
    re.IGNORECASE,
)
_OWNER_KEYS = ("assigned engineer", "incident commander", "facilitator", "owner", "assignee",
               "assigned to", "incident lead", "case owner")
_CUSTOMER_KEYS = ("customer", "customer name", "client", "account")
_NO_CUSTOMER = {"", "none", "n/a", "na", "-", "—", "internal", "unknown", "tbd"}
_PEOPLE_KEYS = ("attendees", "participants", "facilitator", "note taker", "incident commander",
                "reviewed by", "approved by", "assigned engineer", "owner", "scribe", "on-call")
_VOICE_HEADING = re.compile(
    r"customer (?:sentiment|feedback|concerns?|quotes?|voice|reaction|mood|response)|feedback|concerns raised",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^\W*+(?:\*\*|__)?\s*+overall\s++(?:customer\s++)?sentiment\s*+(?:\*\*|__)?\s*+:\s*+(?:(?:\*\*|__)\s*+)?(?P<label>.+)$",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"^(?:the\s+)?customer\s+(?:{name}\s+)?(?:has\s+)?(?:reported|reports|is reporting|experienced|"
    r"is experiencing|raised|noticed|observed)\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _first_heading(root: Section) -> Section | None:
    return next((s for s in root.walk() if s.level), None)


def _detect_kind(heading: str, fields: Fields, case_id: str) -> str:
    keys = {f.key for f in fields.all}
    if re.search(r"incident report|post-?mortem|incident review|\bRCA\b", heading, re.IGNORECASE) or "incident id" in keys:
        return "incident"
    if re.search(r"\bmeeting\b", heading, re.IGNORECASE) or "attendees" in keys:
        return "meeting"
    if re.search(r"escalation summary|customer escalation", heading, re.IGNORECASE):
        return "escalation"
    if re.fullmatch(r"CE-?\d+", case_id) and "customer" in keys:
        return "escalation"
    if "severity" in keys and ("start time" in keys or "incident commander" in keys):
        return "incident"
    return "note"


def _case_id(heading: str, fields: Fields, stem: str) -> str:
    value = fields.value(*_ID_KEYS)
    if value:
        match = _ID_IN_TITLE.search(clean_value(value))
        if match:
            return match.group(1)
    match = _ID_IN_TITLE.search(heading)
    return match.group(1) if match else stem


def _truncate(text: str, limit: int = 90) -> str:
    text = text.strip().rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-") + "…"


def _first_sentence(root: Section, pattern: str, customer: str | None) -> str | None:
    """The first sentence of a description section, less "Customer X reported"."""
    heading = _first_heading(root)
    for section in root.walk():
        if section is heading or not section.level:
            continue
        if re.search(pattern, section.shown, re.IGNORECASE):
            para = next((b for b in section.blocks if isinstance(b, Para)), None)
            if para is None:
                return None
            text = plain(para.raw)
            sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
            name = re.escape(customer) if customer else r"\S+"
            sentence = re.sub(_REPORTED.pattern.format(name=name), "", sentence, count=1, flags=re.IGNORECASE)
            sentence = sentence.strip()
            return sentence[:1].upper() + sentence[1:] if sentence else None
    return None


def _title(shown: str, case_id: str, kind: str, fields: Fields, root: Section, customer: str | None, stem: str) -> str:
    """The title from the heading as shown (*shown*), an explicit field, or the description."""
    explicit = fields.value("title", "subject", "summary")
    if explicit and not fields.get("title", "subject", "summary").in_list:
        return _truncate(plain(explicit), 120)
    rest = shown.replace(case_id, " ") if case_id != stem else shown
    rest = " ".join(rest.split()).strip(" :–—-")  # str.strip: a trailing-run regex is quadratic
    rest = re.sub(r"^(incident report|post-?mortem)\s*[:–—-]?\s*", "", rest, flags=re.IGNORECASE)
    rest = re.sub(r" ?[:–—-] ?$", "", rest)  # single spaces only here, so no `\s*` to backtrack
    if rest and not _BOILERPLATE.fullmatch(rest):
        return _truncate(rest, 120)
    if kind == "meeting" and fields.value("issue"):
        return _truncate(plain(fields.value("issue")))
    sentence = _first_sentence(root, r"^(?:issue|problem|incident)?\s*(?:description|statement|summary)", customer)
    if sentence:
        return _truncate(sentence)
    return rest or shown or stem


def _known_people(fields: Fields) -> frozenset[str]:
    names: set[str] = set()
    for found in fields.all:
        if found.key in _PEOPLE_KEYS:
            for name in people_in(found.value):
                names.add(name.lower())
                names.add(name.split()[0].lower())
    return frozenset(names)


def _document_context(kind: str, fields: Fields) -> Context:
    for key in ("start time", "created", "date", "opened", "escalated"):
        value = fields.value(key)
        moment = parse_moment(clean_value(value)) if value else None
        if moment is not None:
            if isinstance(moment, datetime):
                return Context(moment.date(), moment.tzinfo)
            return Context(moment, None)
    return Context()


def _date_field(fields: Fields, keys: tuple[str, ...], ctx: Context, problems: list[str]) -> str | None:
    found = fields.get(*keys)
    if found is None:
        return None
    moment = parse_moment(clean_value(found.value), ctx)
    if moment is None:
        problems.append(f"line {found.line + 1}: could not read the date in {found.name}: {found.value[:40]!r}")
        return None
    return iso(moment)


def _section_lines(section: Section) -> list[str]:
    lines: list[str] = []

    def blocks(items) -> None:
        for block in items:
            if isinstance(block, Para):
                lines.extend(plain(text) for _, text in block.raw_lines())
            elif isinstance(block, ListBlock):
                for item in block.items:
                    visit(item)
            elif isinstance(block, Quote):
                blocks(block.children)

    def visit(item: Item) -> None:
        if item.para is not None:
            lines.append(plain(item.para.raw))
        blocks(item.children)

    for sub in section.walk():
        blocks(sub.blocks)
    return [line for line in lines if line.strip()]


def _raw_lines(section: Section):
    """Every paragraph line and list item's first line of *section*, as source."""

    def blocks(items):
        for block in items:
            if isinstance(block, Para):
                yield from block.raw_lines()
            elif isinstance(block, ListBlock):
                for item in block.items:
                    if item.para is not None:
                        yield item.para.raw_lines()[0]
                    yield from blocks(item.children)
            elif isinstance(block, Quote):
                yield from blocks(block.children)

    return blocks(section.blocks)


def _sentiment(root: Section, fields: Fields) -> Sentiment | None:
    label: str | None = None
    for section in root.walk():
        for _line, raw in _raw_lines(section):
            match = _LABEL.match(raw)
            if match:
                label = plain(match.group("label")).rstrip(". ")
                break
        if label:
            break
    if label is None:
        value = fields.value("overall sentiment", "customer sentiment", "sentiment")
        label = plain(value).rstrip(". ") if value else None
    if label:
        return Sentiment(label=label, score=scoring.score_label(label), basis="label")
    voice: list[str] = []
    for section in root.walk():
        if section.level and _VOICE_HEADING.search(section.shown):
            voice.extend(_section_lines(section))
    score = scoring.score_text(voice) if voice else None
    if score is None:
        return None
    return Sentiment(label=None, score=score, basis="text")


def _parse(text: str, path: str, problems: list[str]) -> Case:
    stem = PurePosixPath(path).stem or path
    if not text.strip():
        problems.append("empty file")
        return Case(id=stem, kind="note", title=PurePosixPath(path).name, path=path, is_open=False, problems=problems)
    binary = False
    if "\x00" in text:
        problems.append("contains NUL bytes: this looks like a binary file, not a case")
        # Mostly control characters: a binary file (a problem, not an open case); a stray NUL in a
        # case's text leaves it a case with a problem.
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r" or "\x7f" <= ch <= "\x9f")
        binary = controls >= len(text) * BINARY_SHARE
    root, _lines = build(text)
    for first, end in root.too_deep[:5]:
        where = f"line {first + 1}" if end - first <= 1 else f"lines {first + 1}-{end}"
        problems.append(f"{where} not read: lists or quotes nested too deeply (markdown depth over {NESTING_LIMIT})")
    fields = collect(root)
    heading_section = _first_heading(root)
    heading = heading_section.shown if heading_section else ""
    case_id = _case_id(heading, fields, stem)
    kind = _detect_kind(heading, fields, case_id)

    priority = None
    priority_field = fields.get("priority", "severity", "sev")
    if priority_field is not None:
        priority = priority_of(clean_value(priority_field.value))
        if priority is None:
            problems.append(f"line {priority_field.line + 1}: unknown priority {priority_field.value[:30]!r} (expected P1-P4, SEV1-4, Critical, High, Medium or Low)")
    status = None
    status_field = fields.get("status", "state", "incident status", "case status")
    if status_field is not None and status_field.in_list and kind != "note":
        status_field = fields.get("status") if not fields.get("status").in_list else status_field
    if status_field is not None:
        status = status_of(status_field.value)
        if status is None:
            problems.append(f"line {status_field.line + 1}: unknown status {status_field.value[:30]!r} (expected open, in progress, monitoring, resolved or closed)")

    customer_value = fields.value(*_CUSTOMER_KEYS)
    customer = name_of(customer_value) if customer_value else None
    if customer is not None and customer.lower() in _NO_CUSTOMER:
        customer = None
    owner_value = fields.value(*_OWNER_KEYS)
    owner = name_of(owner_value) if owner_value else None

    ctx = _document_context(kind, fields)
    opened_keys = ("created", "start time", "opened") + (("date",) if kind == "incident" else ())
    opened_at = _date_field(fields, opened_keys, ctx, problems)
    resolved_at = _date_field(fields, ("resolved", "end time", "closed"), ctx, problems)
    timeline = build_timeline(root, fields, ctx, problems)
    if opened_at is None and timeline:
        opened_at = min(timeline, key=lambda e: sort_key(e.at)).at
    if opened_at is None and ctx.day is not None:
        opened_at = iso(ctx.day) if isinstance(ctx.day, date) else None

    resolved = status in CLOSED_STATUSES
    items = build_actions(root, ctx, _known_people(fields), resolved and kind == "escalation")
    return Case(
        id=case_id,
        kind=kind,
        title=_title(heading, case_id, kind, fields, root, customer, stem),
        path=path,
        customer=customer,
        priority=priority,
        status=status,
        # A problem, not an open case: a binary file, or a note nobody gave a status (CASE_MODEL is_open).
        is_open=not resolved and not binary and not (kind == "note" and status is None),
        opened_at=opened_at,
        resolved_at=resolved_at,
        owner=owner,
        timeline=timeline,
        action_items=items,
        sentiment=_sentiment(root, fields),
        problems=problems,
    )


def parse_text(text: str, path: str) -> Case:
    """Parse decoded *text*; any failure becomes a problem on a bare case."""
    problems: list[str] = []
    try:
        return _parse(text, path, problems)
    except Exception as exc:  # a file must never fail to load
        stem = PurePosixPath(path).stem or path
        problems.append(f"parser error: {type(exc).__name__}: {exc}")
        return Case(id=stem, kind="note", title=PurePosixPath(path).name, path=path, is_open=False, problems=problems)


def parse_bytes(raw: bytes, path: str, *, mtime_ns: int = 0) -> Case:
    """Decode and parse *raw*, remembering how the bytes were stored."""
    decoded = decode(raw)
    case = parse_text(decoded.text, path)
    source = SourceInfo(
        encoding=decoded.encoding,
        bom=decoded.bom,
        newline=decoded.newline,
        size=len(raw),
        mtime_ns=mtime_ns,
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    problems = [*decoded.problems, *case.problems]
    return case.model_copy(update={"source": source, "problems": problems})
