"""Header fields (status, priority) and the ``Overall sentiment:`` label.

A field is patched in place in its own key style (``Status: X``,
``**Status:** X``, ``**Status**: X``); a missing one is added after the last
header field, written like its neighbours.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

from oncall_tui.core.model import CLOSED_STATUSES, Case
from oncall_tui.core.parse.fields import collect
from oncall_tui.core.parse.tree import ListBlock, Para, Quote, plain
from oncall_tui.core.edits.patching import (
    CASE_STATUSES, Doc, EditRefused, FIELD_LINE, Insert, LABEL_LINE, LIST_LINE, NothingToChange, Op,
    PRIORITIES, PRIORITY_WORDS, Patched, STATUS_LABELS, Set, all_blocks, choose, content_end,
    differences, each_with, heading_end, like_case, model_dict, moment_text, one_line,
)

_STATUS_KEYS = ("status", "state", "incident status", "case status")
_PRIORITY_KEYS = ("priority", "severity", "sev")


_PRIORITY_CODE = re.compile(r"\b(?:P|SEV|S|SEVERITY|PRIORITY)[ \t]*-?[ \t]*(?P<n>[0-4])\b", re.IGNORECASE)
_PRIORITY_WORD = re.compile(r"\b(?:critical|urgent|blocker|highest|high|major|medium|moderate|normal|low|minor|lowest)\b",
                            re.IGNORECASE)


def _keep_emphasis(old: str, new: str) -> str:
    wrapped = re.fullmatch(r"(\*\*|__|`)(.+)\1", old)
    return f"{wrapped[1]}{new}{wrapped[1]}" if wrapped else new


def _status_texts(old: str, status: str) -> list[str]:
    label = STATUS_LABELS[status]
    core = re.sub(r"^(\*\*|__|`)(.+)\1$", r"\2", old)
    return [_keep_emphasis(old, like_case(core, label)), label]


def _priority_texts(old: str, priority: str) -> list[str]:
    digit, word = priority[1], PRIORITY_WORDS[priority]
    out: list[str] = []
    if code := _PRIORITY_CODE.search(old):
        new = old[: code.start("n")] + digit + old[code.end("n"):]
        paren = re.search(r"\((?P<w>" + _PRIORITY_WORD.pattern[2:-2] + r")\)", new, re.IGNORECASE)
        if paren:
            out.append(new[: paren.start("w")] + like_case(paren["w"], word) + new[paren.end("w"):])
        out.append(new)
    elif found := _PRIORITY_WORD.search(old):
        out.append(old[: found.start()] + like_case(found[0], word) + old[found.end():])
    return out + [priority, word]


def _header_para(doc: Doc) -> Para | None:
    fields = [f for f in collect(doc.root).all if not f.in_list]
    if not fields:
        return None
    first = min(f.line for f in fields)
    return next((b for b in all_blocks(doc) if isinstance(b, Para) and b.line <= first < b.end), None)


_RESOLVED_KEYS = ("resolved", "end time", "closed")  # the parser's, in its order


def _resolved_texts(doc: Doc, at: datetime) -> list[str]:
    """How to write the resolution time: like the file's own times when they are in UTC, else with its zone."""
    utc = at.astimezone(timezone.utc) if at.tzinfo else None
    texts = [f"{utc:%Y-%m-%d %H:%M:%S} UTC"] if utc is not None and any(
        re.search(r"\d{1,2}:\d{2}:\d{2} UTC\b", line) for line in doc.lines[:60]) else []
    return texts + [moment_text(at.replace(second=0, microsecond=0))]


def _resolved_ops(doc: Doc, case: Case, at: datetime) -> list[list[Op]]:
    """Candidate ops writing *at* as the resolution time: the ``Resolved:``/``End Time:`` field set or added."""
    found = collect(doc.root).get(*_RESOLVED_KEYS)
    texts = _resolved_texts(doc, at)
    if found is not None and not found.in_list:
        line = doc.lines[found.line]
        m = FIELD_LINE.match(line)
        if m is None:
            return []
        return [[Set(found.line, line[: m.start("value")] + _keep_emphasis(m["value"], t) + line[m.end("value"):])]
                for t in texts]
    key = "End Time" if case.kind == "incident" else "Resolved"
    return [_new_field_ops(doc, key, t) for t in texts]


def _same_moment(a: str | None, b: datetime) -> bool:
    if a is None:
        return False
    moment = datetime.fromisoformat(a)
    if (moment.tzinfo is None) != (b.tzinfo is None):
        return False
    return moment == b.replace(second=0, microsecond=0) or moment == b.replace(microsecond=0)


def field_patch(raw: bytes, case: Case, which: str, value: str, at: datetime | None = None) -> Patched:
    """Set the status or priority; a status that closes the case also records *at* as its resolution time."""
    is_status = which == "status"
    if value not in (CASE_STATUSES if is_status else PRIORITIES):
        raise EditRefused(f"unknown {which} {value!r}")
    if getattr(case, which) == value:
        label = STATUS_LABELS[value] if is_status else value
        raise NothingToChange(f"{case.id}: {which} is already {label}")
    doc = Doc(raw)
    found = collect(doc.root).get(*(_STATUS_KEYS if is_status else _PRIORITY_KEYS))
    ops: list[list[Op]] = []
    if found is not None:
        line = doc.lines[found.line]
        m = FIELD_LINE.match(line)
        if m is None:
            raise EditRefused(f"the {which} line could not be read")
        texts = _status_texts(m["value"], value) if is_status else _priority_texts(m["value"], value)
        ops = [[Set(found.line, line[: m.start("value")] + t + line[m.end("value"):])] for t in texts]
    else:
        key = "Status" if is_status else ("Severity" if case.kind == "incident" else "Priority")
        texts = [STATUS_LABELS[value]] if is_status else (
            [PRIORITY_WORDS[value], value] if case.kind == "escalation" else [value, PRIORITY_WORDS[value]])
        ops = [[op] for t in texts for op in _new_field_ops(doc, key, t)]
    # Recorded when the case closes (not when a closed case moves between resolved and closed with its time).
    resolving = is_status and at is not None and value in CLOSED_STATUSES and (
        case.status not in CLOSED_STATUSES or case.resolved_at is None)
    if resolving:
        resolved_ops = [r for r in _resolved_ops(doc, case, at) if r]
        ops = [second + first for first in ops for second in resolved_ops]  # a new Status line goes first

    def check(old: Case, new: Case) -> str | None:
        before, after = model_dict(old, lines=False), model_dict(new, lines=False)
        before[which] = value
        if resolving:
            if not _same_moment(new.resolved_at, at):
                return f"the resolution time would read as {new.resolved_at!r}"
            before["resolved_at"] = after["resolved_at"]
            # The header date's own timeline event ("Resolved"/"End Time") moves with it.
            for data, when in ((before, old.resolved_at), (after, new.resolved_at)):
                data["timeline"] = [e for e in data["timeline"] if not (e["at"] == when and e["text"].lower() in _RESOLVED_KEYS)]
        if is_status:
            before["is_open"] = value not in CLOSED_STATUSES
            before["status_basis"] = "field"  # a status written in the file, where it may have been inferred
            if old.kind == "escalation" and before["is_open"] != old.is_open:
                # a resolved escalation's action plan reads as done: that follows from the status
                for entry in before["action_items"] + after["action_items"]:
                    entry.pop("status")
        return differences(before, after)

    shown = STATUS_LABELS[value] if is_status else value
    return choose(doc, case, each_with(ops, check), lambda new: f"{case.id}: {which} set to {shown}")


def _new_field_ops(doc: Doc, key: str, value: str) -> list[Op]:
    """A ``Key: value`` line after the last header field, written like its neighbours."""
    para = _header_para(doc)
    if para is None:
        first = next(iter(doc.sections()), None)
        markdown = first is not None and not first.setext
        line = f"**{key}:** {value}" if markdown else f"{key}: {value}"
        return [doc.block_before(heading_end(first) if first else 0, [line])]
    lines = list(range(para.line, para.end))
    field_lines = [i for i in lines if FIELD_LINE.match(doc.lines[i])]
    if not field_lines:  # fields the parser reads but no line of them looks like one (a form feed before "**Date:**")
        return []  # no place to write a new one like them: the edit is refused, nothing is written
    template_at = field_lines[-1]
    m = FIELD_LINE.match(doc.lines[template_at])
    name = next(g for g in ("k1", "k2", "k3") if m[g])
    trails = Counter(FIELD_LINE.match(doc.lines[i])["trail"] if FIELD_LINE.match(doc.lines[i]) else ""
                     for i in (lines[:-1] or lines))
    trail = trails.most_common(1)[0][0]
    template = doc.lines[template_at]
    text = template[: m.start(name)] + key + template[m.end(name): m.start("value")] + value + trail
    where = template_at + 1
    if where == para.end and trail and not m["trail"]:
        where = template_at  # keep the paragraph's last line last (it has no hard break)
    return [Insert(where, (text,))]


def _label_lines(doc: Doc) -> Iterator[int]:
    """Paragraph lines and list items' first lines, in the order the parser reads them."""
    def blocks(items: Iterable) -> Iterator[int]:
        for block in items:
            if isinstance(block, Para):
                yield from range(block.line, block.end)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    if item.para is not None:
                        yield item.para.line
                    yield from blocks(item.children)
            elif isinstance(block, Quote):
                yield from blocks(block.children)

    for section in doc.root.walk():
        yield from blocks(section.blocks)


def sentiment_patch(raw: bytes, case: Case, label: str) -> Patched:
    label = one_line(label, "sentiment label")
    expected = plain(label).rstrip(". ")
    if case.sentiment is not None and case.sentiment.label == expected:
        raise NothingToChange(f"{case.id}: sentiment is already {expected!r}")
    doc = Doc(raw)
    ops: list[list[Op]] = []
    for line in _label_lines(doc):
        if m := LABEL_LINE.match(doc.lines[line]):
            ops = [[Set(line, m["pre"] + label + m["post"])]]
            break
    if not ops and (found := collect(doc.root).get("overall sentiment", "customer sentiment", "sentiment")):
        m = FIELD_LINE.match(doc.lines[found.line])
        if m:
            ops = [[Set(found.line, doc.lines[found.line][: m.start("value")] + label + doc.lines[found.line][m.end("value"):])]]
    if not ops:
        section = next((s for s in doc.sections() if re.search(r"sentiment", s.shown, re.IGNORECASE)), None)
        entry = "Overall sentiment: " + label
        if section is None:
            ops = [[doc.block_at_end(doc.heading("Customer Sentiment") + ["- " + entry])]]
        else:
            lists = [b for b in section.blocks if isinstance(b, ListBlock)]
            if lists and (m := LIST_LINE.match(doc.lines[lists[-1].items[-1].line])):
                tail = lists[-1].items[-1]
                number = f"{int(m['num']) + 1}{m['delim']}" if m["num"] else m["marker"]
                ops = [[Insert(doc.last_content_line(tail.line, tail.end) + 1, (m["indent"] + number + m["gap"] + entry,))]]
            ops.append([doc.block_before(content_end(doc, section), [entry])])
            ops.append([doc.block_before(content_end(doc, section), ["- " + entry])])

    def check(old: Case, new: Case) -> str | None:
        before, after = model_dict(old, lines=False), model_dict(new, lines=False)
        before.pop("sentiment")
        got = after.pop("sentiment")
        if reason := differences(before, after):
            return reason
        if not got or got["label"] != expected or got["basis"] != "label":
            return f"the label would read as {got and got['label']!r}"
        return None

    return choose(doc, case, each_with(ops, check), lambda new: f"{case.id}: sentiment set to {expected!r}")
