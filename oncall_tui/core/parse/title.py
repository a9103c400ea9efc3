"""The case's kind, id and title, from its first heading, its fields and the shape of its sections."""

from __future__ import annotations

import re

from oncall_tui.core.parse.fields import Fields, clean_value
from oncall_tui.core.parse.tree import Para, Section, plain

_ID_IN_TITLE = re.compile(r"\b([A-Z][A-Z0-9]{1,9}-?\d{2,}(?:-\d+)*)\b")
_ID_KEYS = ("incident id", "case id", "escalation id", "id", "ticket", "case")
_BOILERPLATE = re.compile(
    r"^(?:customer\s+)?(?:support\s+)?(?:escalation\s+)?(?:summary|meeting notes|meeting|notes|report|"
    r"incident report|incident|post-?mortem|incident review|case)?$",
    re.IGNORECASE,
)
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


_HANDOVER_HEADING = re.compile(r"\s*(?:shift\s+)?hand-?over\b", re.IGNORECASE)
_INCIDENT_HEADING = re.compile(r"incident report|post-?mortem|incident review|\bRCA\b", re.IGNORECASE)
_MEETING_HEADING = re.compile(r"\bmeeting\b", re.IGNORECASE)
_ESCALATION_HEADING = re.compile(r"escalation summary|customer escalation", re.IGNORECASE)
_ESCALATION_ID = re.compile(r"CE-?\d+")
_REPORT_LEAD = re.compile(r"^(incident report|post-?mortem)\s*[:–—-]?\s*", re.IGNORECASE)
_TRAILING_DASH = re.compile(r" ?[:–—-] ?$")


def _first_heading(root: Section) -> Section | None:
    return next((s for s in root.walk() if s.level), None)


def _detect_kind(heading: str, fields: Fields, case_id: str, root: Section | None = None, stem: str = "") -> str:
    keys = {f.key for f in fields.all}
    if _HANDOVER_HEADING.match(heading) and "handed over" in keys:
        return "handover"  # written by the app (core/handover.py): "# Shift handover — …" and "Handed over:"
    if _INCIDENT_HEADING.search(heading) or "incident id" in keys:
        return "incident"
    if _MEETING_HEADING.search(heading) or "attendees" in keys:
        return "meeting"
    if _ESCALATION_HEADING.search(heading):
        return "escalation"
    if _ESCALATION_ID.fullmatch(case_id) and "customer" in keys:
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


_DESCRIPTION_HEADING = re.compile(r"^(?:issue|problem|incident)?\s*(?:description|statement|summary)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def _first_sentence(root: Section, pattern: re.Pattern[str], customer: str | None) -> str | None:
    """The first sentence of a description section, less "Customer X reported"."""
    heading = _first_heading(root)
    for section in root.walk():
        if section is heading or not section.level:
            continue
        if pattern.search(section.shown):
            para = next((b for b in section.blocks if isinstance(b, Para)), None)
            if para is None:
                return None
            text = plain(para.raw)
            sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
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
    field = fields.get("title", "subject", "summary")  # the field whose value *explicit* is
    if explicit and field is not None and not field.in_list:
        return _truncate(plain(explicit), 120)
    rest = shown.replace(case_id, " ") if case_id != stem else shown
    rest = " ".join(rest.split()).strip(" :–—-")  # str.strip: a trailing-run regex is quadratic
    if rest[:1] in "[(" and rest[1:3].strip() in ("]", ")"):
        rest = rest[3 if rest[1] == " " else 2:].strip(" :–—-")  # `[OPS-4412] Title` less its id
    rest = _REPORT_LEAD.sub("", rest)
    rest = _TRAILING_DASH.sub("", rest)  # single spaces only here, so no `\s*` to backtrack
    if rest and not _BOILERPLATE.fullmatch(rest):
        return _truncate(_without_wrapper(rest), 120)
    issue = fields.value("issue")
    if kind == "meeting" and issue:
        return _truncate(plain(issue))
    sentence = _first_sentence(root, _DESCRIPTION_HEADING, customer)
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
