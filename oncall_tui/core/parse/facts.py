"""What a case's sections say besides its title: people, the document's date, the customer's sentiment,
a priority section, and whether an incident review reports the incident over."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime

from oncall_tui.core import sentiment as scoring
from oncall_tui.core.dates import (
    Context,
    DayFirst,
    find_full_date,
    is_unreachable,
    iso,
    parse_moment,
    reachable,
    unreachable_problem,
)
from oncall_tui.core.model import Sentiment
from oncall_tui.core.parse.fields import Fields, clean_value, name_of, people_in, priority_of
from oncall_tui.core.parse.title import _first_heading
from oncall_tui.core.parse.tree import Item, ListBlock, Para, Quote, Section, plain

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


_PEOPLE_HEADING = re.compile(r"^(?:attendees|participants|present|attendance|responders|people|who was there)\W*$",
                             re.IGNORECASE)


_PEOPLE_FIRST = "aApPrRwW"
"""The first letters of :data:`_PEOPLE_HEADING`'s words (none of them has another case-insensitive match in `re`)."""
_PEOPLE_WORDS = ("ttendees", "ATTENDEES", "articipants", "ARTICIPANTS", "Present", "PRESENT", "ttendance",
                 "esponders", "ESPONDERS", "People", "PEOPLE", "ho was there")
"""Parts of the words of :data:`_PEOPLE_HEADING`, tested on the text before its sections are walked."""
PEOPLE_WORD = re.compile("|".join(map(re.escape, _PEOPLE_WORDS)))
"""Any of :data:`_PEOPLE_WORDS` (the oracle of :func:`may_name_people`)."""


def may_name_people(text: str) -> bool:
    """Whether *text* holds one of :data:`_PEOPLE_WORDS` (as ``PEOPLE_WORD.search``): twelve ``in`` tests, each
    at ``memchr`` speed, cost a fifth of one search of the alternation (~39 us a 5 KB file)."""
    for word in _PEOPLE_WORDS:
        if word in text:
            return True
    return False


def _says_overall(text: str) -> bool:
    """``_OVERALL.search(text)``: on ASCII text a lower-case copy and ``in`` (a quarter of the regex's scan)."""
    if text.isascii():
        return "overall" in text.lower()
    return _OVERALL.search(text) is not None


def _people_sections(root: Section | None, text: str | None) -> list[Section]:
    """The sections headed :data:`_PEOPLE_HEADING` (``## Attendees``), none when *text* is given and
    :func:`may_name_people` says no.

    The same sections as asking :func:`may_name_people` first: the headings (a dozen short titles) are
    matched before the whole text is scanned, which then happens only in a document that has one."""
    if root is None:
        return []
    found = [s for s in root.walk() if s.level and s.shown.lstrip()[:1] in _PEOPLE_FIRST
             and _PEOPLE_HEADING.match(s.shown.strip())]
    return found if found and (text is None or may_name_people(text)) else []


def _known_people(fields: Fields, root: Section | None = None, text: str | None = None) -> frozenset[str]:
    """The names the document lists (people fields, ``## Attendees`` sections); *text* (the source) is
    asked for a word of :data:`_PEOPLE_WORDS` before the sections count (see :func:`_people_sections`)."""
    values = [found.value for found in fields.all if found.key in _PEOPLE_KEYS]
    for section in _people_sections(root, text):
        for block in section.blocks[:3]:  # `## Present` over `Ana, Bo, Cy` or a list of names
            if isinstance(block, Para):
                values.extend(line for _, line in block.raw_lines()[:20])
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
                      dayfirst: bool | DayFirst = False) -> Context:
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
    title = fields.value("title")
    if day is None and title:
        day = find_full_date(title, dayfirst)
    if day is None:
        day = find_full_date(stem, dayfirst)
    if day is None:
        day = _prose_date(root, dayfirst)
    return Context(day, None, dayfirst)


def _prose_date(root: Section, dayfirst: bool | DayFirst) -> date | None:
    seen = 0
    for section in root.walk():
        if section.level and section is not root and _TIMELINE_TITLE.search(section.shown):
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
    for line, text in [(e.line, e.at) for e in timeline] + [(i.line, i.due) for i in items if i.due is not None]:
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


def _marked_lines(lines: list[str]) -> list[int]:
    """The numbers of the lines that could hold a label (a ``:`` and the word :data:`_OVERALL` needs).

    On ASCII text the word is found in one lower-case copy of all the lines, not by a search of each line."""
    text = "\n".join(lines)
    if not text.isascii():
        return [number for number, line in enumerate(lines) if ":" in line and _OVERALL.search(line) is not None]
    low = text.lower()
    out: list[int] = []
    number = last = 0
    at = low.find("overall")
    while at >= 0:
        number += low.count("\n", last, at)
        last = at
        if (not out or out[-1] != number) and ":" in lines[number]:
            out.append(number)
        at = low.find("overall", at + 7)
    return out


def _may_hold(marked: list[int], section: Section) -> bool:
    """Whether a line of *marked* lies in *section*'s lines (its own blocks' and its subsections')."""
    at = bisect_left(marked, section.line)
    return at < len(marked) and marked[at] < section.end


def _sentiment(root: Section, fields: Fields, text: str | None = None,
               lines: list[str] | None = None) -> Sentiment | None:
    """*text* (the source the tree was built from) lets the label search be skipped when no line can hold one;
    *lines* (the tree's own lines, as :func:`~oncall_tui.core.parse.tree.build` returns them) lets it skip
    the sections none of whose lines can: a paragraph or list line the tree gives is its source line less
    markers and indentation, so it can match only where its source line has a ``:`` and the word."""
    label: str | None = None
    if lines is not None:
        # The lines are the text's own: with no marked line (none has the word and a `:`), no section can
        # hold a label, as when _says_overall(text) is False; the word is looked for once, in the lines.
        marked: list[int] | None = _marked_lines(lines)
        searched = root.walk() if marked else ()
    else:
        marked = None
        searched = root.walk() if text is None or _says_overall(text) else ()
    for section in searched:
        if marked is not None and not _may_hold(marked, section):
            continue
        for _line, raw in _raw_lines(section):
            match = _LABEL.match(raw) if ":" in raw and _says_overall(raw) else None
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
_NOT_A_NAME = re.compile(r"\d+\s?%|\b(?:was|were|could|did|had|users?|requests?|some|all|none|approx|about|minimal|low|"
                         r"moderate|medium|high|critical|severe|major|minor|unknown|multiple|several|many|most)\b", re.I)
"""Words and figures that make an affected-customer value a sentence, not a name."""
_TIMELINE_TITLE = re.compile(r"timeline|chronology", re.I)
_PRIORITY_TITLE = re.compile(r"(?:incident\s)?(?:severity|priority)(?: level)?:?", re.I)
_NAME_LIKE = re.compile(r"^[A-Z0-9][\w&.' /-]{0,58}$")


def _soft_name(value: str) -> str | None:
    """An affected customer or service when the value names one (``Northwind Retail``), not a sentence."""
    name = name_of(value)
    if not name or name.lower() in _NO_CUSTOMER or not _NAME_LIKE.match(name) or len(name.split()) > 5:
        return None
    if _NOT_A_NAME.search(name):
        return None
    return name


def _section_priority(root: Section) -> str | None:
    """A ``## Severity`` section: its first line says the priority."""
    for section in root.walk():
        if section.level and _PRIORITY_TITLE.fullmatch(section.shown.strip()):
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
