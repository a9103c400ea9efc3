"""One case file → one :class:`Case`.  Never raises: problems are recorded."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from pathlib import PurePosixPath

from oncall_tui.core import sentiment as scoring
from oncall_tui.core.dates import (
    Context,
    DayFirst,
    find_full_date,
    from_iso,
    is_unreachable,
    iso,
    parse_moment,
    reachable,
    sort_key,
    unreachable_problem,
    zone_statements,
)
from oncall_tui.core.model import CLOSED_STATUSES, Case, Sentiment, SourceInfo
from oncall_tui.core.conflictmarks import conflict_marker_line, conflict_problem, first_side
from oncall_tui.core.parse.actions import build_actions
from oncall_tui.core.parse.fields import (
    Field,
    Fields,
    clean_value,
    collect,
    front_matter,
    is_org,
    org_to_markdown,
    name_of,
    people_in,
    priority_of,
    status_of,
)
from oncall_tui.core.parse.timeline import Running, build_timeline
from oncall_tui.core.parse.tree import NESTING_LIMIT, Item, ListBlock, Para, Quote, Section, build, plain
from oncall_tui.core.text import decode

PARSER_VERSION = 9
"""Bump when a change to the parser changes what a file parses to (keys the parse cache)."""
BINARY_SHARE = 0.1
"""A text with NUL bytes whose control characters are at least this share of it is a binary file."""

_ID_IN_TITLE = re.compile(r"\b([A-Z][A-Z0-9]{1,9}-?\d{2,}(?:-\d+)*)\b")
_ID_KEYS = ("incident id", "case id", "escalation id", "id", "ticket", "case")
_BOILERPLATE = re.compile(
    r"^(?:customer\s+)?(?:support\s+)?(?:escalation\s+)?(?:summary|meeting notes|meeting|notes|report|"
    r"incident report|incident|post-?mortem|incident review|case)?$",
    re.IGNORECASE,
)
_OWNER_KEYS = ("assigned engineer", "incident commander", "facilitator", "owner", "assignee",
               "assigned to", "incident lead", "case owner", "incident owner", "ic", "incident manager",
               "authors", "author", "postmortem owner", "dri")
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
_OVERALL = re.compile("overall", re.IGNORECASE)
"""A word :data:`_LABEL` needs, with its flags: asked first, it spares the pattern most lines."""
_REPORTED = re.compile(
    r"^(?:the\s+)?customer\s+(?:{name}\s+)?(?:has\s+)?(?:reported|reports|is reporting|experienced|"
    r"is experiencing|raised|noticed|observed)\s+(?:that\s+)?",
    re.IGNORECASE,
)


_INCIDENT_TOPICS = (
    ("impact", re.compile(r"\bimpact\b|blast radius|who was affected", re.I)),
    ("cause", re.compile(r"root[- ]?causes?|\bcauses?\b|\btrigger\b|\bfault\b|five whys|5 whys|\bwhy\b.*\bhappen", re.I)),
    ("factors", re.compile(r"contributing|leadup|lead-up", re.I)),
    ("detection", re.compile(r"\bdetection\b|how (?:was it|we) (?:detected|noticed|found)", re.I)),
    ("resolution", re.compile(r"\bresolution\b|^resolved(?: at)?$|^end time$|\brecovery\b|\bmitigation\b|how (?:it was|we) (?:fixed|resolved)", re.I)),
    ("lessons", re.compile(r"lessons?\s+learn|went (?:well|wrong|poorly)|got lucky|didn'?t go|how'?d we do|learnings|takeaways", re.I)),
    ("timeline", re.compile(r"timeline|chronology|sequence of events|milestones", re.I)),
    ("response", re.compile(r"\bresponse\b|\bresponders\b|incident summary|what happened|\boutage\b", re.I)),
)
_MEETING_STRONG = re.compile(r"^(?:attendees|participants|present|agenda|minutes|attendance|apologies)\b", re.I)
_MEETING_WEAK = re.compile(r"^(?:decisions?(?: made)?|discussion(?: points| topics)?|notes|note[- ]taker|scribe|chair|"
                           r"facilitator|action items|next meeting|topics|open questions)\b", re.I)
_INCIDENT_TITLE = re.compile(r"incident|post[- ]?mortem|post[- ]incident|outage|\bRCA\b|root cause analysis|"
                             r"\bPIR\b|retrospective of|degradation|\bSEV-?\d", re.I)
_MEETING_TITLE = re.compile(r"\bmeeting\b|\bminutes\b|\bsync\b|stand-?up|\bretro\b|1:1|\bweekly\b|office hours|"
                            r"\bcall notes\b|\bagenda\b", re.I)


def _first_heading(root: Section) -> Section | None:
    return next((s for s in root.walk() if s.level), None)


def _detect_kind(heading: str, fields: Fields, case_id: str, root: Section | None = None, stem: str = "") -> str:
    keys = {f.key for f in fields.all}
    if re.match(r"\s*(?:shift\s+)?hand-?over\b", heading, re.IGNORECASE) and "handed over" in keys:
        return "handover"  # written by the app (core/handover.py): "# Shift handover — …" and "Handed over:"
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
    if root is None:
        return "note"
    return _kind_from_shape(heading, fields, keys, root, stem)


def _kind_from_shape(heading: str, fields: Fields, keys: set[str], root: Section, stem: str) -> str:
    """Documents in the wild: the sections an incident review or a meeting's notes have, whatever their words."""
    names = [section.shown.strip(" :#*") for section in root.walk() if section.level]
    names.extend(key for key in keys if len(key) < 40)
    topics = {topic for topic, rx in _INCIDENT_TOPICS for name in names[1:] + list(keys) if rx.search(name)}
    incident = len(topics)
    kind_field = " ".join(filter(None, (fields.value("type"), fields.value("layout"), fields.value("tags"),
                                        fields.value("issue type"), fields.value("kind"),
                                        fields.value("category"), fields.value("categories"))))
    title = " ".join(filter(None, (heading, fields.value("title"), kind_field)))
    if _INCIDENT_TITLE.search(title):
        incident += 2
    elif _INCIDENT_TITLE.search(stem.replace("-", " ").replace("_", " ")):
        incident += 1
    if "severity" in keys or "sev" in keys or "incident commander" in keys:
        incident += 2
    meeting = sum(2 if _MEETING_STRONG.match(name) else 1 if _MEETING_WEAK.match(name) else 0 for name in set(names))
    if _MEETING_TITLE.search(title):
        meeting += 2
    if meeting >= 2 and meeting >= incident:
        return "meeting"
    if incident >= 2:
        return "incident"
    if meeting >= 2:
        return "meeting"
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
            sentence = _less_reported(sentence, customer)
            sentence = sentence.strip()
            return sentence[:1].upper() + sentence[1:] if sentence else None
    return None


_REPORTED_LEAD = re.compile(r"(?:the\s+)?customer\s+", re.IGNORECASE)
_REPORTED_REST = re.compile(
    r"(?:has\s+)?(?:reported|reports|is reporting|experienced|is experiencing|raised|noticed|observed)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


def _less_reported_by_regex(sentence: str, customer: str | None) -> str:
    """*sentence* less a leading ``Customer X reported that`` (:data:`_REPORTED` with *customer*'s name in it)."""
    name = re.escape(customer) if customer else r"\S+"
    return re.sub(_REPORTED.pattern.format(name=name), "", sentence, count=1, flags=re.IGNORECASE)


def _less_reported(sentence: str, customer: str | None) -> str:
    """:func:`_less_reported_by_regex` without compiling a pattern for each customer's name (a compile a file).

    The pattern's parts are matched one after another: each can end only one way that lets the next one
    match (a run of spaces is followed by a part that starts with no space), so trying the name first and
    then no name is the regex's own order.  The name is compared as ``re.IGNORECASE`` compares it when both
    sides are ASCII (lower case); otherwise, and for a name starting with a space, the regex decides.
    """
    if customer and (customer[0].isspace() or not customer.isascii()):
        return _less_reported_by_regex(sentence, customer)
    lead = _REPORTED_LEAD.match(sentence)
    if lead is None:
        return sentence
    at = lead.end()
    name_end = None
    if customer:
        piece = sentence[at:at + len(customer)]
        if not piece.isascii():
            return _less_reported_by_regex(sentence, customer)
        if piece.lower() == customer.lower():
            name_end = at + len(customer)
    else:
        word = _WORD.match(sentence, at)
        name_end = word.end() if word else None
    if name_end is not None:
        spaces = _SPACES.match(sentence, name_end)
        rest = _REPORTED_REST.match(sentence, spaces.end()) if spaces else None
        if rest is not None:
            return sentence[rest.end():]
    rest = _REPORTED_REST.match(sentence, at)
    return sentence[rest.end():] if rest is not None else sentence


def _title(shown: str, case_id: str, kind: str, fields: Fields, root: Section, customer: str | None, stem: str) -> str:
    """The title from the heading as shown (*shown*), an explicit field, or the description."""
    explicit = fields.value("title", "subject", "summary")
    bare = " ".join(shown.replace(case_id, " ").split()).strip(" :–—-")
    if bare and _WRAPPER.fullmatch(bare) and fields.value("title", "subject") is None:
        better = _heading_after_wrapper(root)
        if better:
            return _truncate(better, 120)
    if explicit and not fields.get("title", "subject", "summary").in_list:
        return _truncate(plain(explicit), 120)
    rest = shown.replace(case_id, " ") if case_id != stem else shown
    rest = " ".join(rest.split()).strip(" :–—-")  # str.strip: a trailing-run regex is quadratic
    if rest[:1] in "[(" and rest[1:3].strip() in ("]", ")"):
        rest = rest[3 if rest[1] == " " else 2:].strip(" :–—-")  # `[OPS-4412] Title` less its id
    rest = re.sub(r"^(incident report|post-?mortem)\s*[:–—-]?\s*", "", rest, flags=re.IGNORECASE)
    rest = re.sub(r" ?[:–—-] ?$", "", rest)  # single spaces only here, so no `\s*` to backtrack
    if rest and not _BOILERPLATE.fullmatch(rest):
        return _truncate(_without_wrapper(rest), 120)
    if kind == "meeting" and fields.value("issue"):
        return _truncate(plain(fields.value("issue")))
    sentence = _first_sentence(root, r"^(?:issue|problem|incident)?\s*(?:description|statement|summary)", customer)
    if sentence:
        return _truncate(sentence)
    return rest or shown or stem


_WRAPPER = re.compile(
    r"^(?:an?\s+|the\s+)?(?:example|sample|draft|final|public|internal|blameless)?\s?(?:incident|outage|service)?\s?"
    r"(?:post[- ]?mortem|post[- ]incident review|incident review|incident report|report|review|retrospective|rca|"
    r"root cause analysis|pir|summary|write-?up|analysis|notes|incident)?\s?(?:template|document|report|doc)?$",
    re.IGNORECASE,
)
_WRAPPER_LEAD = re.compile(
    r"^(?:(?:incident|outage|service)\s)?(?:post[- ]?mortem|post[- ]incident review|incident review|incident report|"
    r"rca|root cause analysis)(?:\s(?:for|of|on))?\s?[:–—-]?\s?|^(?:incident|outage)\s?[:–—]\s?",
    re.IGNORECASE,
)
_LEADING_DATE = re.compile(
    r"^\W{0,3}(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s?(?:UTC|Z))?\W{0,3}\s?(?:[:–—|-]\s?)?"
)
_SECTION_NAMES = re.compile(
    r"^(?:\d+[.)]?\s)?(?:summary|overview|incident summary|executive summary|impact|root causes?|timeline|background|"
    r"description|details|incident details|metadata|incident metadata|what happened|context|status|table of contents|"
    r"contents|tl;?dr|introduction|issue summary|incident overview|key facts|at a glance)\b",
    re.IGNORECASE,
)


def _without_wrapper(title: str) -> str:
    """``Postmortem: 2023-08-17 Production outage`` → ``Production outage``."""
    rest = _WRAPPER_LEAD.sub("", title, count=1) or title
    undated = _LEADING_DATE.sub("", rest, count=1).strip()
    return undated or rest


def _heading_after_wrapper(root: Section) -> str | None:
    """The first heading that is not a wrapper (``# Example Postmortem`` over ``## Flags are down``) or a section name."""
    for section in root.walk():
        if not section.level:
            continue
        shown = " ".join(section.shown.split()).strip(" :–—-#")
        if not shown or _WRAPPER.fullmatch(shown) or _BOILERPLATE.fullmatch(shown):
            continue
        if _SECTION_NAMES.match(shown):
            return None
        return _without_wrapper(shown)
    return None


_PEOPLE_HEADING = re.compile(r"^(?:attendees|participants|present|attendance|responders|people|who was there)\W*$",
                             re.IGNORECASE)


_PEOPLE_WORDS = ("ttendees", "ATTENDEES", "articipants", "ARTICIPANTS", "Present", "PRESENT", "ttendance",
                 "esponders", "ESPONDERS", "People", "PEOPLE", "ho was there")
"""Parts of the words of :data:`_PEOPLE_HEADING`, tested on the text before its sections are walked."""


def _known_people(fields: Fields, root: Section | None = None) -> frozenset[str]:
    values = [found.value for found in fields.all if found.key in _PEOPLE_KEYS]
    for section in root.walk() if root is not None else ():
        if section.level and _PEOPLE_HEADING.match(section.shown.strip()):
            for block in section.blocks[:3]:  # `## Present` over `Ana, Bo, Cy` or a list of names
                if isinstance(block, Para):
                    values.extend(text for _, text in block.raw_lines()[:20])
                elif isinstance(block, ListBlock):
                    values.extend(item.para.raw.split("\n", 1)[0] for item in block.items[:50] if item.para)
    names: set[str] = set()
    for value in values:
        for name in people_in(value):
            names.add(name.lower())
            names.add(name.split()[0].lower())
    return frozenset(names)


_DATE_KEYS = ("start time", "created", "date", "opened", "escalated", "incident date", "date of incident",
              "started", "detected", "date/time", "published", "reported", "when")
_PROSE_LINES = 40
"""Paragraph lines before the timeline searched for the document's date."""


def _document_context(kind: str, fields: Fields, root: Section | None = None, stem: str = "",
                      dayfirst: bool = False) -> Context:
    """The document's date (CASE_MODEL.md, "Documents in the wild"): header, title, file name, prose."""
    for key in _DATE_KEYS:
        value = fields.value(key)
        moment = parse_moment(clean_value(value), Context(dayfirst=dayfirst)) if value else None
        if moment is None and value and key not in ("start time", "created", "date", "opened", "escalated"):
            moment = find_full_date(clean_value(value), dayfirst)
        if moment is not None:
            if isinstance(moment, datetime):
                return Context(moment.date(), moment.tzinfo, dayfirst)
            return Context(moment, None, dayfirst)
    if root is None:
        return Context()
    value = fields.value("date")
    day = find_full_date(clean_value(value), dayfirst) if value else None
    heading = _first_heading(root)
    if day is None and heading is not None:
        day = find_full_date(heading.shown, dayfirst)
    if day is None and fields.value("title"):
        day = find_full_date(fields.value("title"), dayfirst)
    if day is None:
        day = find_full_date(stem, dayfirst)
    if day is None:
        day = _prose_date(root, dayfirst)
    return Context(day, None, dayfirst)


def _prose_date(root: Section, dayfirst: bool) -> object:
    seen = 0
    for section in root.walk():
        if section.level and section is not root and re.search(r"timeline|chronology", section.shown, re.I):
            return None
        if section.level:
            found = find_full_date(section.shown, dayfirst)
            if found:
                return found
        for block in section.blocks:
            if isinstance(block, Para):
                for _line, raw in block.raw_lines():
                    seen += 1
                    if seen > _PROSE_LINES:
                        return None
                    found = find_full_date(raw[:300], dayfirst)
                    if found:
                        return found
    return None


def _date_field(fields: Fields, keys: tuple[str, ...], ctx: Context, problems: list[str]) -> str | None:
    found = fields.get(*keys)
    if found is None:
        return None
    moment = parse_moment(clean_value(found.value), ctx)
    if moment is None:
        problems.append(f"line {found.line + 1}: could not read the date in {found.name}: {found.value[:40]!r}")
        return None
    if not reachable(moment):
        problems.append(unreachable_problem(iso(moment), found.line + 1))
    return iso(moment)


def _far_dates(timeline: list, items: list, problems: list[str]) -> None:
    """A problem for every timeline stamp and due date the clock cannot reach (each line once)."""
    for line, text in [(e.line, e.at) for e in timeline] + [(i.line, i.due) for i in items]:
        if is_unreachable(text):
            problem = unreachable_problem(text, line)
            if problem not in problems:
                problems.append(problem)


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


def _sentiment(root: Section, fields: Fields, text: str | None = None) -> Sentiment | None:
    """*text* (the source the tree was built from) lets the label search be skipped when no line can hold one."""
    label: str | None = None
    for section in root.walk() if text is None or _OVERALL.search(text) else ():
        for _line, raw in _raw_lines(section):
            match = _LABEL.match(raw) if ":" in raw and _OVERALL.search(raw) else None
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
    score, evidence = scoring.score_text_with_evidence(voice) if voice else (None, None)
    if score is None:
        return None
    return Sentiment(label=None, score=score, basis="text", evidence=plain(evidence) if evidence else None)


_PRIORITY_KEYS = ("priority", "severity", "sev", "severity level", "incident severity", "sev level",
                  "priority level", "incident priority", "incident level", "level")
_PRIORITY_SOFT_KEYS = ("impact", "impact level", "business impact", "urgency")
_CUSTOMER_SOFT_KEYS = ("affected customers", "affected customer", "customers affected", "customer affected",
                       "affected clients", "affected services", "affected service", "services affected",
                       "service affected", "affected components", "affected systems", "affected products",
                       "impacted services", "impacted customers", "services impacted")
_DOC_STATUS = re.compile(r"^(?:draft|final|published|in review|under review|review|reviewed|approved|accepted|"
                         r"complete|completed|done|signed off|ready for review|wip|pending review)\b", re.IGNORECASE)
_DOC_FINAL = re.compile(r"^(?:final|published|reviewed|approved|accepted|complete|completed|done|signed off)\b",
                        re.IGNORECASE)
_OVER = re.compile(
    r"\b(?:was|were|been|is now|are now|got|has|have)\s(?:fully\s|completely\s|finally\s)?"
    r"(?:resolved|restored|recovered|closed|fixed|mitigated and resolved)\b"
    r"|\bresolved (?:at|on|by|after|within)\b|\bincident (?:was\s)?(?:closed|resolved|ended|over)\b"
    r"|\b(?:service|services|traffic|operations?|everything|systems?) (?:was |were |are |is )?(?:fully |back )?"
    r"(?:restored|recovered|back to normal|returned to normal)\b|\ball clear\b|\bback to normal\b"
    r"|\b(?:full|complete) recovery\b|\bincident resolved\b|^\s*resolved\b|\bmarked (?:as\s)?resolved\b",
    re.IGNORECASE | re.MULTILINE,
)
_LAST_OVER = re.compile(
    r"\b(?:reverted|rolled back|rollback (?:done|complete)|(?:hot)?fix (?:was )?(?:deployed|shipped|applied)|"
    r"recovered|resolved|closed|mitigated|back to normal|healthy again|all clear|drained|caught up)\b",
    re.IGNORECASE,
)
"""The last timeline entry saying the incident ended (a revert, a fix out, recovery)."""
_NOT_OVER = re.compile(
    r"\bnot yet (?:resolved|fixed|restored|recovered)|\bstill (?:investigating|ongoing|unresolved|degraded|down)\b"
    r"|\b(?:remains?|is still) (?:unresolved|open|ongoing|degraded)\b|\bwe are (?:currently |still )?investigating\b"
    r"|\b(?:incident|issue|outage|investigation) is (?:still )?ongoing\b",
    re.IGNORECASE,
)
_REVIEW_DONE = re.compile(
    r"(?P<fix>resolution|recovery)|(?P<lesson>lessons? learn|went well|went wrong|what we learned)"
    r"|(?P<cause>root cause|contributing|five whys)|(?P<act>action items|remediation|corrective|follow-?up|improvement"
    r"|next steps|planned actions|preventi|what we(?:'re| are| will)? (?:going to )?do)",
    re.I,
)
_NAME_LIKE = re.compile(r"^[A-Z0-9][\w&.' /-]{0,58}$")


def _soft_name(value: str) -> str | None:
    """An affected customer or service when the value names one (``Northwind Retail``), not a sentence."""
    name = name_of(value)
    if not name or name.lower() in _NO_CUSTOMER or not _NAME_LIKE.match(name) or len(name.split()) > 5:
        return None
    if re.search(r"\d+\s?%|\b(?:was|were|could|did|had|users?|requests?|some|all|none|approx|about|minimal|low|"
                 r"moderate|medium|high|critical|severe|major|minor|unknown|multiple|several|many|most)\b", name, re.I):
        return None
    return name


def _section_priority(root: Section) -> str | None:
    """A ``## Severity`` section: its first line says the priority."""
    for section in root.walk():
        if section.level and re.fullmatch(r"(?:incident\s)?(?:severity|priority)(?: level)?:?", section.shown.strip(), re.I):
            para = next((b for b in section.blocks if isinstance(b, Para)), None)
            if para is not None:
                return priority_of(plain(para.raw.split("\n", 1)[0])[:80])
            if section.blocks and isinstance(section.blocks[0], ListBlock) and section.blocks[0].items:
                first = section.blocks[0].items[0].para
                return priority_of(plain(first.raw)[:80]) if first else None
    return None


def _over(text: str, root: Section, resolved_at: str | None, timeline, fields: Fields) -> bool:
    """Whether an incident review reports the incident over (CASE_MODEL.md: status inferred)."""
    if resolved_at is not None or fields.get("end time", "ended", "resolved", "resolved at", "mitigated",
                                             "time to resolve", "time to resolution", "duration") is not None:
        return True
    doc_status = fields.value("status", "state", "document status")
    if doc_status and _DOC_FINAL.match(clean_value(doc_status)):
        return True
    if timeline and (_OVER.search(timeline[-1].text) or _LAST_OVER.search(timeline[-1].text)):
        return True
    if _NOT_OVER.search(text):
        return False
    if _OVER.search(text):
        return True
    topics = {m.lastgroup for s in root.walk() if s.level for m in [_REVIEW_DONE.search(s.shown)] if m}
    return len(topics) >= 2 and ("cause" in topics or "fix" in topics or "lesson" in topics)


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
    root, _lines = build(text)
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
        opened_at = min(timeline, key=lambda e: sort_key(e.at)).at
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
    inline = "ACTION" in text or "AI:" in text or "ction item:" in text or "ction Item:" in text
    people_root = root if any(word in text for word in _PEOPLE_WORDS) else None
    items = build_actions(root, ctx, _known_people(fields, people_root), resolved and kind == "escalation", inline)
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
        sentiment=_sentiment(root, fields, text),
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
