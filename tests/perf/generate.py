"""Realistic case folders for benchmarks: ``python -m tests.perf.generate DIR --count N [--seed S]``.

Documents follow the three seed formats (setext escalation summaries,
meeting notes, incident reports) and are built by recombining the
vocabularies below, so a folder of 10,000 files looks like years of one
team's work: mostly 3-8 KB with a tail to 20 KB, 3-40 timeline events and
5-60 action items (as dense per KB as the seeds and ``data/``),
~60% escalations / 20% meetings / 20% incidents, nested ``YYYY/qN/``
folders, unique ids, open and closed cases.  The same seed gives the same
bytes, so benchmark runs compare like with like.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

MIN_BYTES = 1024
MAX_BYTES = 20 * 1024
KIND_WEIGHTS = (("escalation", 60), ("meeting", 20), ("incident", 20))

_ORGS = ("Sterling", "Vantage", "Solstice", "Harbor", "Northwind", "Cedar", "Bluefin", "Granite", "Meridian",
         "Kestrel", "Orchard", "Tidewater", "Halcyon", "Pinecrest", "Copperleaf", "Aurora", "Summit", "Lumen",
         "Riverbend", "Ironwood", "Silverline", "Foxglove", "Westgate", "Brightwater", "Oakridge", "Redwood")
_ORG_TAILS = ("Group", "Bank", "Health", "Logistics", "Retail", "Games", "Media", "Energy", "Clinics", "Telecom",
              "Insurance", "Labs", "Freight", "Learning", "Travel", "Foods", "Systems", "Capital")
_FIRST = ("Maria", "Tom", "James", "Alex", "Emily", "Sarah", "David", "Nadia", "Felix", "Jonas", "Kenji", "Chloe",
          "Priya", "Marco", "Leah", "Omar", "Ines", "Tariq", "Hana", "Lucas", "Zoe", "Ravi", "Elena", "Sam")
_LAST = ("Sanchez", "Carter", "Mitchell", "Chen", "Garcia", "Haddad", "Brooks", "Bellini", "Martin", "Okafor",
         "Novak", "Lindqvist", "Tanaka", "Moreau", "Rossi", "Kowalski", "Singh", "Walsh", "Duarte", "Berg")
_ROLES = ("Support Engineer", "Senior Support Engineer", "Network Support Engineer", "Database Engineer",
          "Senior SRE", "Technical Account Manager", "Support Lead", "Platform Engineer")
_TEAMS = ("DB Team", "Platform", "QA Team", "Network Team", "Gateway Team", "Storage Team", "SRE Team")
_SERVICES = ("checkout API", "payments gateway", "search index", "booking service", "report export",
             "matchmaking route", "settlement batch", "event pipeline", "object storage", "auth service",
             "notification queue", "billing sync", "metrics ingest", "CDC stream", "file upload service")
_SYMPTOMS = ("intermittent connection failures", "timeouts during peak hours", "elevated 5xx error rates",
             "slow API responses", "duplicate records", "missing fields in exports", "stalled batch jobs",
             "replication lag", "empty search results", "failed logins", "delayed notifications")
_CAUSES = ("connection pool exhaustion", "a missing index on a hot table", "a keep-alive timeout mismatch",
           "a schema migration holding a table lock", "a misconfigured replication factor",
           "an expired TLS certificate", "a retry storm after a failover", "disk pressure on two nodes",
           "a memory leak in the worker pool", "a DNS resolution failure", "a bad feature flag rollout")
_VERBS = ("Added", "Fixed", "Increased", "Reviewed", "Documented", "Configured", "Enabled", "Validated",
          "Rolled out", "Tuned", "Removed", "Replaced", "Audited", "Tested", "Automated")
_OBJECTS = ("connection pool limits", "query timeouts", "alerting thresholds", "the failover runbook",
            "retry back-off", "index coverage", "backup retention", "the deployment checklist",
            "health checks", "rate limits", "capacity dashboards", "the on-call rota", "cache eviction",
            "load-test scenarios", "schema change reviews", "the status page template")
_EVENTS = ("Alert fired on {svc}", "Customer reported {sym}", "On-call acknowledged the page",
           "Escalated to engineering", "Identified {cause}", "Rolled back the last deployment",
           "Applied a configuration fix", "Error rate back to baseline", "Customer confirmed recovery",
           "Status page updated", "Mitigation deployed to all nodes", "Monitoring shows stable latency",
           "Bridge call opened with the customer", "Root cause confirmed in logs")
_LABELS = ("Relieved and confident in platform stability", "Dissatisfied and concerned about reliability",
           "Dissatisfied but understanding", "Cautiously optimistic", "Frustrated but cooperative",
           "Satisfied with the resolution", "Angry about repeated outages", "Neutral, waiting for the fix")
_FEEDBACK = ("You owned the problem and had it back inside the hour, and that matters to us.",
             "While we appreciate the quick recovery, this incident has shaken our confidence.",
             "We need to see concrete improvements in reliability and communication.",
             "The joint debugging session was genuinely useful.",
             "This is the third time this quarter and our patience is wearing thin.")
_FILLER = ("The {svc} runs on {n} nodes across three availability zones with RF=3 replication.",
           "Peak load reached {n},000 requests per second during the affected window.",
           "Logs from the {svc} showed {sym} starting shortly after the change.",
           "The customer's own monitoring confirmed {sym} on {n} hosts.",
           "A similar pattern was seen last quarter and closed without a root cause.",
           "Dashboards for the {svc} were shared with the customer's operations team.")
_STATUSES = (("Open", 15), ("In Progress", 20), ("Monitoring", 10), ("Resolved", 40), ("Closed", 15))
_CLOSED = {"Resolved", "Closed"}


@dataclass
class _Doc:
    kind: str
    case_id: str
    stem: str
    folder: str
    text: str


class _Words:
    """Vocabulary draws for one document, from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def weighted(self, pairs):
        return self.r.choices([p for p, _ in pairs], [w for _, w in pairs])[0]

    def person(self) -> str:
        return f"{self.pick(_FIRST)} {self.pick(_LAST)}"

    def org(self) -> str:
        return f"{self.pick(_ORGS)} {self.pick(_ORG_TAILS)}"

    def fill(self, template: str) -> str:
        return template.format(svc=self.pick(_SERVICES), sym=self.pick(_SYMPTOMS), cause=self.pick(_CAUSES),
                               n=self.r.randint(2, 48))

    def action(self) -> str:
        return f"{self.pick(_VERBS)} {self.pick(_OBJECTS)} for the {self.pick(_SERVICES)}"

    def event(self) -> str:
        return self.fill(self.pick(_EVENTS))

    def filler(self) -> str:
        return self.fill(self.pick(_FILLER))


def _target_size(rng: random.Random) -> int:
    """Mostly 3-8 KB like the seeds, a long tail up to 20 KB, never under 1 KB."""
    while True:
        size = int(rng.lognormvariate(8.45, 0.55))  # median ~4.7 KB
        if MIN_BYTES <= size <= MAX_BYTES:
            return size


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """*total* items over *parts* groups, each group at least one when possible."""
    counts = [0] * parts
    for i in range(total):
        counts[i % parts if i < parts else rng.randrange(parts)] += 1
    return counts


def _slug(text: str) -> str:
    return "-".join("".join(c for c in word if c.isalnum()) for word in text.lower().split())


def _escalation(w: _Words, n: int, day: datetime, events: int, items: int, status: str) -> tuple[str, str, str]:
    r = w.r
    case_id = f"CE{10000 + n}"
    customer = w.org()
    escalated = day + timedelta(days=r.randint(0, 2))
    lines = [f"{case_id} - Customer Escalation Summary", "=" * 37, "", f"Customer: {customer}",
             f"Priority: {w.pick(('Critical', 'High', 'Medium', 'Low', 'P2', 'P3'))}", f"Status: {status}",
             f"Created: {day:%Y-%m-%d}", f"Escalated: {escalated:%Y-%m-%d}"]
    closed = status in _CLOSED
    header_events = 3 if closed else 2
    if closed:
        lines.append(f"Resolved: {escalated + timedelta(days=r.randint(1, 9)):%Y-%m-%d}")
    lines += ["", "Issue Description:", "-" * 18,
              f"Customer {customer} reported {w.pick(_SYMPTOMS)} on the {w.pick(_SERVICES)}.",
              w.filler(), "", "Root Cause Analysis:", "-" * 20, f"1. {w.pick(_CAUSES).capitalize()}:",
              f"   - {w.filler()}", f"   - {w.filler()}", ""]
    explicit = max(0, events - header_events)
    if explicit:
        lines += ["Timeline:", "-" * 9]
        at = day.replace(hour=r.randint(6, 11), minute=r.randint(0, 59))
        for _ in range(explicit):
            at += timedelta(minutes=r.randint(7, 240))
            lines.append(f"- {at:%Y-%m-%d %H:%M} - {w.event()}")
        lines.append("")
    plan = max(1, items - r.randint(1, min(6, max(1, items - 1))))
    lines += ["Action Plan:", "-" * 12]
    groups = ("Immediate (0-4 hours)", "Short-term (4-24 hours)", "Long-term (1-7 days)")
    for number, (group, count) in enumerate(((g, c) for g, c in zip(groups, _split(plan, 3, r)) if c), 1):
        lines += [f"{number}. {group}:"] + [f"   - {w.action()}" for _ in range(count)] + [""]
    lines += ["Current Status:", "-" * 15, f"- {w.filler()}", "", "Customer Sentiment:", "-" * 19,
              f"- {w.filler()}", f"- Overall sentiment: {w.pick(_LABELS)}", "", "Next Steps:", "-" * 11]
    lines += [f"{i}. {w.action()}" for i in range(1, items - plan + 1)]
    footer = ["", f"Escalation Level: Level {r.randint(1, 3)}", f"Assigned Engineer: {w.person()}, {w.pick(_ROLES)}",
              f"Customer Contact: Operations Lead - {customer}"]
    return f"{case_id}-{_slug(customer)}", "\n".join(lines), "\n".join(footer)


def _meeting(w: _Words, n: int, day: datetime, events: int, items: int, status: str) -> tuple[str, str, str]:
    r = w.r
    customer = w.org()
    people = list(dict.fromkeys(w.pick(_FIRST) for _ in range(8)))[:5]
    meeting = day + timedelta(days=r.randint(2, 6))
    lines = ["## Customer Support Escalation Meeting Notes", "", f"**Date:** {meeting:%B} {meeting.day}, {meeting.year}  ",
             "**Time:** 2:00 PM - 3:00 PM  ",
             "**Attendees:** " + ", ".join(f"{w.pick(_ROLES)} ({p})" for p in people) + "  ",
             f"**Facilitator:** {people[0]} {w.pick(_LAST)}, Support Lead  ",
             f"**Note Taker:** {people[-1]} {w.pick(_LAST)}, Customer Success Coordinator  ",
             f"**Status:** {status}  ", f"**Priority:** {w.pick(('High', 'Medium', 'Low', 'Critical'))}  ", "",
             "### Customer Issue Summary", f"**Customer:** {customer} (Enterprise client)  ",
             f"**Issue:** {w.pick(_SYMPTOMS).capitalize()} on the {w.pick(_SERVICES)}  ", "", "### Timeline of Events"]
    at = day.replace(hour=8, minute=0)
    for _ in range(events):
        at += timedelta(minutes=r.randint(20, 200))
        lines.append(f"- **{at:%B} {at.day}, {at.hour % 12 or 12}:{at:%M} {at:%p}:** {w.event()}")
    counts = _split(items, 4, r)
    lines += ["", "### Root Cause Analysis", f"**Primary Cause:** {w.pick(_CAUSES).capitalize()}  ", "",
              "### Immediate Actions Taken"]
    lines += [f"{i}. **{w.pick(_OBJECTS).capitalize()}:** {w.action()}" for i in range(1, counts[0] + 1)]
    lines += ["", "### Resolution Plan"]
    for group, count in zip(("Short-term (Next 24 hours)", "Medium-term (Next 2 weeks)"), _split(counts[1], 2, r)):
        if count:
            lines += [f"**{group}:**"] + [f"- {w.action()}" for _ in range(count)] + [""]
    lines += ["### Commitments Made"] + [f"- {w.action()}" for _ in range(counts[2])]
    lines += ["", "### Action Items"]
    lines += [f"{i}. **{w.pick(people)}:** {w.action()}" for i in range(1, counts[3] + 1)]
    footer = ["", "### Customer Feedback", f'*"{w.pick(_FEEDBACK)}"* - {w.person()}, {customer}', "",
              "**Meeting adjourned at 3:05 PM**"]
    return f"{meeting:%Y-%m-%d}-{_slug(customer)}-meeting-{n:05d}", "\n".join(lines), "\n".join(footer)


def _incident(w: _Words, n: int, day: datetime, events: int, items: int, status: str) -> tuple[str, str, str]:
    r = w.r
    case_id = f"INC-{day.year}-{n:05d}"
    start = day.replace(hour=r.randint(0, 9), minute=r.randint(0, 59), second=r.randint(0, 59))
    lines = [f"# Incident Report: {case_id}", "", "## Incident Summary", "", f"**Incident ID**: {case_id}  ",
             f"**Title**: {w.pick(_SYMPTOMS).capitalize()} on the {w.pick(_SERVICES)}  ",
             f"**Severity**: {w.pick(('P1 (High)', 'SEV2', 'Sev 3', 'P4 (Low)', 'Critical'))}  ",
             f"**Status**: {status}  ", f"**Start Time**: {start:%Y-%m-%d %H:%M:%S} UTC  "]
    at = start
    stamps = []
    for _ in range(events):
        at += timedelta(seconds=r.randint(30, 800))
        stamps.append(at)
    if status in _CLOSED:
        lines.append(f"**End Time**: {stamps[-1]:%Y-%m-%d %H:%M:%S} UTC  ")
    customer = w.org()
    lines += [f"**Customer**: {customer}", "", "## Timeline", ""]
    lines += [f"**{s:%H:%M:%S}** - {w.event()}  " for s in stamps]
    lines += ["", "## Root Cause", "", f"**Primary Cause**: {w.pick(_CAUSES).capitalize()}.", "", "## Resolution", ""]
    table = min(items - 3, r.randint(1, 8))
    groups = (("Immediate Actions (During Incident)", "✅"), ("Short-term Fixes (Within 24 hours)", "✅"),
              ("Long-term Improvements (Within 30 days)", "⏳"))
    for (heading, mark), count in zip(groups, _split(items - table, 3, r)):
        lines += [f"### {heading}"] + [f"{i}. {mark} {w.action()}" for i in range(1, count + 1)] + [""]
    lines += ["## Lessons Learned", "", "### Action Items", "| ID | Action | Owner | Due Date | Status |",
              "|----|--------|-------|----------|--------|"]
    for i in range(table):
        due = day + timedelta(days=r.randint(3, 40))
        state = w.pick(("✅ Done", "⏳ In Progress", "⏳ Planned"))
        lines.append(f"| AI-{day.year}-{n:05d}-{i + 1} | {w.action()} | {w.pick(_TEAMS)} | {due:%Y-%m-%d} | {state} |")
    footer = ["", "## Sign-off", "", f"**Incident Commander**: {w.person()}, {w.pick(_ROLES)}  ",
              f"**Reviewed By**: {w.person()}, VP Engineering  ", "", "---", "",
              "**Classification**: Internal - Engineering Team"]
    return f"{case_id}-{_slug(customer)}", "\n".join(lines), "\n".join(footer)


_BUILDERS = {"escalation": _escalation, "meeting": _meeting, "incident": _incident}
_PAD_HEADING = {"escalation": "Technical Details:\n" + "-" * 18, "meeting": "### Discussion Notes",
                "incident": "## Technical Details"}


def _document(rng: random.Random, n: int, kind: str) -> _Doc:
    w = _Words(rng)
    size = _target_size(rng)
    day = datetime(rng.randint(2022, 2026), rng.randint(2, 12), rng.randint(1, 20))
    status = w.weighted(_STATUSES)
    # Density as in the seeds and data/ (per KB: ~1.4 events, ~3.7 items), with noise.
    kb = size / 1024
    events = max(3, min(40, round((2 + 1.3 * kb) * rng.uniform(0.6, 1.6))))
    items = max(5, min(60, round((4 + 3 * kb) * rng.uniform(0.6, 1.5))))
    while True:
        stem, body, footer = _BUILDERS[kind](w, n, day, events, items, status)
        if len((body + footer).encode()) <= size or (events, items) == (3, 5):
            break
        events, items = max(3, events * 4 // 5), max(5, items * 4 // 5)
    pad: list[str] = []
    used = len((body + footer).encode()) + len(_PAD_HEADING[kind]) + 4
    while used < size - 60:
        line = f"- {w.filler()}"
        pad.append(line)
        used += len(line.encode()) + 1
    text = body + ("\n\n" + _PAD_HEADING[kind] + "\n" + "\n".join(pad) if pad else "") + "\n" + footer + "\n"
    folder = f"{day.year}/q{(day.month - 1) // 3 + 1}" if rng.random() < 0.85 else ""
    return _Doc(kind, stem, stem, folder, text)


def _file_name(doc: _Doc, rng: random.Random) -> str:
    if doc.kind == "meeting":
        return f"{doc.stem}.md"
    return f"{doc.stem}{'.txt' if doc.kind == 'escalation' and rng.random() < 0.6 else '.md'}"


def generate(root: Path, count: int, seed: int = 1) -> list[Path]:
    """Write *count* case files under *root* and return their paths (the same bytes for the same seed)."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    kinds = [k for k, weight in KIND_WEIGHTS for _ in range(weight)]
    written: list[Path] = []
    for n in range(1, count + 1):
        doc = _document(rng, n, kinds[rng.randrange(len(kinds))])
        folder = root / doc.folder if doc.folder else root
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / _file_name(doc, rng)
        path.write_bytes(doc.text.encode("utf-8"))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.generate", description=__doc__.split("\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    paths = generate(args.dir, args.count, args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} case files, {total / 1e6:.1f} MB, under {args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
