"""Pin the structural facts of the sample case folder ``data/``.

The app opens ``data/`` by default and the parser, panes and snapshots are
checked against it, so the folder must keep covering what the brief asks for:
all three formats, open and closed cases, repeat customers, every priority,
CRLF files of each format, a nested file. These tests read the files as bytes
and look at them with plain regular expressions, independently of the parser.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2026, 11, 24)
CASE_SUFFIXES = {".md", ".markdown", ".txt"}
OPEN_STATUSES = {None, "Open", "In Progress", "Monitoring"}
CLOSED_STATUSES = {"Resolved", "Closed"}
PRIORITY_WORDS = {"critical": "P1", "high": "P2", "medium": "P3", "low": "P4"}
ACTION_HEADING_WORDS = (
    "action items", "action plan", "next steps", "follow-ups", "commitments",
    "resolution plan", "immediate actions", "short-term fixes",
    "long-term improvements", "remediation", "corrective actions", "tasks", "to-do",
)

ESCALATION_SECTIONS = [
    "Issue Description:", "Root Cause Analysis:", "Technical Details:", "Impact Assessment:",
    "Action Plan:", "Current Status:", "Customer Sentiment:", "Next Steps:",
]
MEETING_SECTIONS = [
    "Customer Issue Summary", "Timeline of Events", "Immediate Actions Taken",
    "Customer Concerns Raised", "Resolution Plan", "Commitments Made", "Action Items",
    "Customer Feedback",
]
INCIDENT_SECTIONS = [
    "Incident Summary", "Timeline", "Root Cause", "Impact Analysis", "Resolution",
    "Immediate Actions (During Incident)", "Lessons Learned", "Action Items", "Sign-off",
]


@dataclass
class Sample:
    """One data file as bytes plus what the regexes below find in it."""

    rel: str
    raw: bytes
    text: str = ""
    lines: list[str] = field(default_factory=list)
    kind: str = ""

    def __post_init__(self) -> None:
        self.text = self.raw.decode("utf-8").replace("\r\n", "\n")
        self.lines = self.text.split("\n")
        self.kind = detect_kind(self.lines[0])

    def field(self, name: str) -> str | None:
        """A header field in any of the three syntaxes: `Key: v`, `**Key:** v`, `**Key**: v`."""
        match = re.search(rf"^(?:\*\*)?{name}(?::\*\*|\*\*:|:)[ \t]*(.+?)[ \t]*$", self.text, re.M)
        return match.group(1) if match else None

    @property
    def case_id(self) -> str:
        if self.kind == "escalation":
            return self.lines[0].split()[0]
        if self.kind == "incident":
            return self.lines[0].split(": ", 1)[1].strip()
        return Path(self.rel).stem

    @property
    def customer(self) -> str | None:
        value = self.field("Customer")
        if value is None:
            return None
        return re.sub(r"\s*\(.*\)$", "", value)

    @property
    def priority(self) -> str | None:
        value = self.field("Priority") or self.field("Severity")
        if value is None:
            return None
        if match := re.match(r"(?:P|SEV\s?)([1-4])\b", value, re.I):
            return f"P{match.group(1)}"
        return PRIORITY_WORDS[value.split()[0].lower()]

    @property
    def status(self) -> str | None:
        return self.field("Status")

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def opened(self) -> date:
        if self.kind == "escalation":
            return date.fromisoformat(self.field("Created") or "")
        if self.kind == "incident":
            return date.fromisoformat((self.field("Start Time") or "").split()[0])
        return datetime.strptime(self.field("Date") or "", "%B %d, %Y").date()

    def section(self, heading: str) -> list[str]:
        """Lines from *heading* (ATX or setext) up to the next heading of any level."""
        heads = heading_lines(self.lines)
        start = next(i for i, text in heads if text == heading)
        after = [i for i, _ in heads if i > start]
        end = after[0] if after else len(self.lines)
        return self.lines[start + 1 : end]

    def timeline(self) -> list[datetime]:
        """Explicit timeline events (meetings and incidents)."""
        if self.kind == "incident":
            day = (self.field("Start Time") or "").split()[0]
            return [
                datetime.fromisoformat(f"{day}T{m.group(1)}")
                for line in self.section("Timeline")
                if (m := re.match(r"^\*\*(\d\d:\d\d:\d\d)\*\* - \S", line))
            ]
        if self.kind == "meeting":
            year = self.opened.year
            return [
                datetime.strptime(f"{m.group(1)} {year}", "%B %d, %I:%M %p %Y")
                for line in self.section("Timeline of Events")
                if (m := re.match(r"^- \*\*([A-Z][a-z]+ \d{1,2}, \d{1,2}:\d\d [AP]M):\*\* \S", line))
            ]
        return []

    def action_lines(self) -> list[str]:
        """List items and table rows under an action heading, group labels left out."""
        heads = dict(heading_lines(self.lines))
        current = ""
        header_row_pending = False
        items: list[str] = []
        for i, line in enumerate(self.lines):
            if i in heads:
                current, header_row_pending = heads[i].lower(), True
                continue
            if not any(word in current for word in ACTION_HEADING_WORDS):
                continue
            if match := re.match(r"^\s*(?:-|\d+\.)\s+(.*)$", line):
                nxt = self.lines[i + 1] if i + 1 < len(self.lines) else ""
                if match.group(1).endswith(":") and re.match(r"^\s+-", nxt):
                    continue
                items.append(line)
            elif line.startswith("|"):
                if header_row_pending:
                    header_row_pending = False
                elif not re.match(r"^\|[-| ]+\|$", line):
                    items.append(line)
        return items


def detect_kind(first_line: str) -> str:
    if re.fullmatch(r"CE\d{4} - Customer Escalation Summary", first_line):
        return "escalation"
    if first_line == "## Customer Support Escalation Meeting Notes":
        return "meeting"
    if re.fullmatch(r"# Incident Report: INC-\d{4}-\d{4}", first_line):
        return "incident"
    return "other"


def heading_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(index, text) of ATX headings and of setext headings (line over === or ---)."""
    found = []
    for i, line in enumerate(lines):
        if match := re.match(r"^#{1,6}\s+(.*?)\s*$", line):
            found.append((i, match.group(1)))
        elif (
            line.strip()
            and not line.startswith(("-", "|", " "))
            and i + 1 < len(lines)
            and re.fullmatch(r"(=+|-+)\s*", lines[i + 1])
        ):
            found.append((i, line.strip()))
    return found


def case_paths() -> list[Path]:
    return sorted(
        p
        for p in DATA.rglob("*")
        if p.is_file()
        and p.suffix in CASE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(DATA).parts)
    )


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return [Sample(p.relative_to(DATA).as_posix(), p.read_bytes()) for p in case_paths()]


def by_kind(samples: list[Sample], kind: str) -> list[Sample]:
    return [s for s in samples if s.kind == kind]


def test_folder_holds_enough_files_of_each_format(samples: list[Sample]) -> None:
    assert len(samples) >= 18
    kinds = Counter(s.kind for s in samples)
    assert kinds["other"] == 0, [s.rel for s in samples if s.kind == "other"]
    for kind in ("escalation", "meeting", "incident"):
        assert kinds[kind] >= 5, kinds


def test_folder_holds_only_case_files_and_gitattributes() -> None:
    everything = sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*") if p.is_file())
    extras = [rel for rel in everything if Path(rel).suffix not in CASE_SUFFIXES]
    assert extras == [".gitattributes"]


def test_files_are_utf8_without_bom(samples: list[Sample]) -> None:
    for sample in samples:
        assert not sample.raw.startswith(b"\xef\xbb\xbf"), sample.rel
        sample.raw.decode("utf-8")  # raises on anything else


def test_each_format_has_a_crlf_file_and_no_file_mixes_newlines(samples: list[Sample]) -> None:
    crlf_kinds = set()
    for sample in samples:
        crlf = sample.raw.count(b"\r\n")
        lone_cr = sample.raw.count(b"\r") - crlf
        lone_lf = sample.raw.count(b"\n") - crlf
        assert lone_cr == 0, sample.rel
        assert crlf == 0 or lone_lf == 0, f"{sample.rel} mixes CRLF and LF"
        if crlf:
            crlf_kinds.add(sample.kind)
    assert crlf_kinds == {"escalation", "meeting", "incident"}


def test_gitattributes_turns_off_newline_conversion(samples: list[Sample]) -> None:
    rules = (DATA / ".gitattributes").read_bytes().decode("utf-8").splitlines()
    assert "* -text" in [rule.strip() for rule in rules]
    git = shutil.which("git")
    inside = git and subprocess.run(
        [git, "rev-parse", "--is-inside-work-tree"], cwd=DATA, capture_output=True, text=True
    ).stdout.strip() == "true"
    if not inside:
        pytest.skip("data/ is not in a git work tree here; the rule file itself is checked above")
    crlf_files = [s.rel for s in samples if b"\r\n" in s.raw]
    result = subprocess.run(
        [git, "check-attr", "text", "--", *crlf_files], cwd=DATA, capture_output=True, text=True, check=True
    )
    assert result.stdout.count(": text: unset") == len(crlf_files), result.stdout


def test_a_file_is_nested_in_a_subfolder(samples: list[Sample]) -> None:
    assert any(len(Path(s.rel).parts) >= 3 for s in samples)


def test_one_file_has_no_final_newline(samples: list[Sample]) -> None:
    """Like two of the seeds; edits must keep it that way."""
    assert any(not s.raw.endswith(b"\n") for s in samples)


def test_each_format_keeps_the_seed_structure(samples: list[Sample]) -> None:
    expected = {"escalation": ESCALATION_SECTIONS, "meeting": MEETING_SECTIONS, "incident": INCIDENT_SECTIONS}
    for sample in samples:
        heads = [text for _, text in heading_lines(sample.lines)]
        positions = [heads.index(name) for name in expected[sample.kind]]
        assert positions == sorted(positions), sample.rel
    for sample in by_kind(samples, "escalation"):
        assert sample.lines[1] == "=" * 37, sample.rel
        for key in ("Customer", "Priority", "Status", "Created", "Escalated"):
            assert re.search(rf"^{key}: \S", sample.text, re.M), (sample.rel, key)
        for key in ("Escalation Level", "Assigned Engineer", "Customer Contact"):
            assert re.search(rf"^{key}: \S", sample.text, re.M), (sample.rel, key)
        plan = sample.section("Action Plan:")
        assert sum(bool(re.match(r"^\d\. .+:$", line)) for line in plan) >= 2, sample.rel
        assert any(line.startswith("   - ") for line in plan), sample.rel
    for sample in by_kind(samples, "meeting"):
        for key in ("Date", "Time", "Location", "Attendees", "Facilitator", "Note Taker"):
            assert re.search(rf"^\*\*{key}:\*\* .+  $", sample.text, re.M), (sample.rel, key)
        assert re.search(r"^\*\*Meeting adjourned at \d{1,2}:\d\d [AP]M\*\*$", sample.text, re.M), sample.rel
    for sample in by_kind(samples, "incident"):
        summary = [line for line in sample.section("Incident Summary") if line.startswith("**")]
        assert all(line.endswith("  ") for line in summary[:-1]), sample.rel
        for key in ("Incident ID", "Title", "Severity", "Status", "Start Time", "Duration", "Customer Impact"):
            assert re.search(rf"^\*\*{key}\*\*: \S", sample.text, re.M), (sample.rel, key)
        assert sample.field("Incident ID") == sample.case_id
        assert re.search(r"^```\w*$", "\n".join(sample.section("Root Cause")), re.M), sample.rel
        assert "| ID | Action | Owner | Due Date | Status |" in sample.section("Action Items"), sample.rel
        assert re.search(r"^\*\*Incident Commander\*\*: \S", sample.text, re.M), sample.rel
        for line in sample.section("Timeline"):
            if line.startswith("**"):
                assert re.match(r"^\*\*\d\d:\d\d:\d\d\*\* - .*\S  $", line), (sample.rel, line)


def test_ids_are_unique_and_numbered_from_the_sample_ranges(samples: list[Sample]) -> None:
    ids = [s.case_id for s in samples]
    assert len(ids) == len(set(ids)), Counter(ids).most_common(3)
    for sample in by_kind(samples, "escalation"):
        assert int(sample.case_id[2:]) >= 2001
        assert Path(sample.rel).name.startswith(sample.case_id + "-")
    for sample in by_kind(samples, "incident"):
        year, number = sample.case_id.split("-")[1:]
        assert (int(year), int(number)) >= (2026, 101)
        assert Path(sample.rel).name.startswith(sample.case_id + "-")


def test_open_and_closed_counts(samples: list[Sample]) -> None:
    for sample in samples:
        assert sample.status in OPEN_STATUSES | CLOSED_STATUSES, (sample.rel, sample.status)
    assert sum(s.is_open for s in samples) >= 8
    assert sum(not s.is_open for s in samples) >= 5
    assert any(s.kind == "meeting" and s.status is None for s in samples)
    assert any(s.kind == "meeting" and s.status in CLOSED_STATUSES for s in samples)


def test_several_customers_have_more_than_one_case(samples: list[Sample]) -> None:
    counts = Counter(s.customer for s in samples if s.customer)
    repeat = [name for name, n in counts.items() if n > 1]
    assert len(repeat) >= 4, counts
    kinds_per_repeat = {name: {s.kind for s in samples if s.customer == name} for name in repeat}
    assert all(len(kinds) >= 2 for kinds in kinds_per_repeat.values()), kinds_per_repeat
    assert any(s.kind == "incident" and s.customer is None for s in samples)


def test_every_priority_level_is_present(samples: list[Sample]) -> None:
    assert {s.priority for s in samples} >= {"P1", "P2", "P3", "P4"}
    raw_values = {s.field("Priority") or s.field("Severity") for s in samples}
    assert {"Critical", "High", "Medium", "Low", "SEV2"} <= raw_values


def test_case_dates_fit_today(samples: list[Sample]) -> None:
    for sample in samples:
        opened = sample.opened
        assert opened <= TODAY, sample.rel
        if sample.is_open:
            assert (opened.year, opened.month) == (2026, 11), sample.rel
        else:
            assert date(2026, 9, 1) <= opened <= TODAY, sample.rel
    recent = [s for s in samples if s.is_open and s.opened >= date(2026, 11, 21)]
    assert len(recent) >= 4
    assert any(s.kind == "meeting" and s.opened == date(2026, 11, 23) for s in samples)
    today_incidents = [s for s in by_kind(samples, "incident") if s.opened == TODAY]
    assert today_incidents and all(s.field("End Time") is None and s.is_open for s in today_incidents)


def test_resolution_dates_follow_status(samples: list[Sample]) -> None:
    for sample in samples:
        end = {"escalation": "Resolved", "incident": "End Time"}.get(sample.kind)
        if end is None:
            continue
        assert (sample.field(end) is not None) == (not sample.is_open), sample.rel


def test_timelines_are_real_and_in_order(samples: list[Sample]) -> None:
    for sample in by_kind(samples, "meeting") + by_kind(samples, "incident"):
        events = sample.timeline()
        assert 3 <= len(events) <= 15, (sample.rel, len(events))
        assert events == sorted(events), sample.rel
        if sample.kind == "meeting":
            assert events[-1].date() <= sample.opened, sample.rel
            assert all(e.month in (9, 10, 11) for e in events), sample.rel
        elif end := sample.field("End Time"):
            assert events[-1] <= datetime.fromisoformat(end.removesuffix(" UTC")), sample.rel
    for sample in by_kind(samples, "escalation"):
        created, escalated = sample.field("Created"), sample.field("Escalated")
        assert created and escalated and created <= escalated, sample.rel


def test_action_items_are_real(samples: list[Sample]) -> None:
    for sample in samples:
        items = sample.action_lines()
        assert 5 <= len(items) <= 25, (sample.rel, len(items))


def test_meeting_action_owners_are_people_in_the_room(samples: list[Sample]) -> None:
    for sample in by_kind(samples, "meeting"):
        names = set(re.findall(r"\((\w[\w.]*)\)", sample.field("Attendees") or ""))
        for key in ("Facilitator", "Note Taker"):
            names.add((sample.field(key) or "").split()[0])
        owners = [
            m.group(1)
            for line in sample.section("Action Items")
            if (m := re.match(r"^\d+\. \*\*([^*]+):\*\* \S", line))
        ]
        assert len(owners) >= 5, sample.rel
        assert set(owners) <= names, (sample.rel, set(owners) - names)


def test_owner_due_and_checkbox_markers_appear(samples: list[Sample]) -> None:
    text_of = {s.rel: s.text for s in samples}
    assert sum("@" in "\n".join(s.action_lines()) for s in samples) >= 2
    assert sum(bool(re.search(r"\(due 2026-\d\d-\d\d\)", t)) for t in text_of.values()) >= 5
    with_boxes = [rel for rel, t in text_of.items() if re.search(r"^\s*- \[[x ]\] ", t, re.M)]
    assert 1 <= len(with_boxes) <= 2 and all(rel.endswith(".md") for rel in with_boxes)
    joined = "\n".join(text_of[rel] for rel in with_boxes)
    assert "- [x] " in joined and "- [ ] " in joined
    assert any("✅" in t and "⏳" in t for t in text_of.values())


def test_open_cases_have_overdue_and_future_due_dates(samples: list[Sample]) -> None:
    dues: list[date] = []
    for sample in samples:
        if not sample.is_open:
            continue
        for line in sample.action_lines():
            if "✅" in line or "[x]" in line:
                continue
            dues += [date.fromisoformat(d) for d in re.findall(r"\(due (\d{4}-\d\d-\d\d)\)", line)]
            if line.startswith("|"):
                dues += [date.fromisoformat(d) for d in re.findall(r"\| (\d{4}-\d\d-\d\d) \|", line)]
    assert any(d < TODAY for d in dues)
    assert any(d > TODAY for d in dues)


def test_customer_voice_ranges_from_furious_to_delighted(samples: list[Sample]) -> None:
    escalations = by_kind(samples, "escalation")
    labels = [s.field("- Overall sentiment") for s in escalations]
    assert sum(label is not None for label in labels) >= 4
    assert sum(label is None for label in labels) >= 1
    words = " ".join(label.lower() for label in labels if label)
    assert "furious" in words and "delighted" in words
    for sample in escalations:
        assert sample.section("Customer Sentiment:"), sample.rel
    for sample in by_kind(samples, "meeting"):
        feedback = "\n".join(sample.section("Customer Feedback"))
        assert re.search(r'^\*".+"\* - .+, .+$', feedback, re.M), sample.rel


def test_every_sample_file_exports_without_problems(samples: list[Sample]) -> None:
    from oncall_tui.core.parse import parse_bytes

    cases = [parse_bytes(s.raw, s.rel) for s in samples]
    for case in cases:
        assert case.problems == [], (case.path, case.problems)
        assert case.kind in {"escalation", "meeting", "incident"}, (case.path, case.kind)
    ids = [case.id for case in cases]
    assert len(ids) == len(set(ids))


# What each sample file is meant to parse to (CASE_MODEL rules), so the parser
# can be checked against the data it ships with:
# path: (id, kind, customer, priority, status, timeline events, action items, done)
INTENDED = {
    "2026/q3/2026-09-17-orchard-lane-flash-sale-review.md": (
        "2026-09-17-orchard-lane-flash-sale-review", "meeting", "Orchard Lane Retail", "P2", "closed", 6, 20, 4),
    "2026/q3/CE2001-kestrel-duplicate-meter-readings.txt": (
        "CE2001", "escalation", "Kestrel Energy", "P4", "resolved", 3, 13, 9),
    "2026/q3/INC-2026-0101-orchard-search-index-empty.md": (
        "INC-2026-0101", "incident", "Orchard Lane Retail", "P2", "resolved", 10, 14, 11),
    "2026-11-10-copperleaf-media-transcoding-backlog.md": (
        "2026-11-10-copperleaf-media-transcoding-backlog", "meeting", "Copperleaf Media", "P3", "resolved", 7, 15, 3),
    "2026-11-20-halcyon-bank-settlement-escalation.md": (
        "2026-11-20-halcyon-bank-settlement-escalation", "meeting", "Halcyon Bank", None, None, 8, 17, 3),
    "2026-11-21-granite-peak-porting-escalation.md": (
        "2026-11-21-granite-peak-porting-escalation", "meeting", "Granite Peak Telecom", "P1", "open", 6, 18, 3),
    "2026-11-23-aurora-learning-exam-week-meeting.md": (
        "2026-11-23-aurora-learning-exam-week-meeting", "meeting", "Aurora Learning", "P2", "in_progress", 7, 18, 5),
    "2026-11-23-meridian-escalation-meeting.md": (
        "2026-11-23-meridian-escalation-meeting", "meeting", "Meridian Freight", None, None, 6, 18, 3),
    "CE2002-pinecrest-report-export-timeouts.txt": (
        "CE2002", "escalation", "Pinecrest Insurance", "P3", "closed", 3, 11, 8),
    "CE2003-northwind-booking-outage.txt": (
        "CE2003", "escalation", "Northwind Clinics", "P2", "resolved", 3, 13, 9),
    "CE2004-bluefin-matchmaking-502s.md": (
        "CE2004", "escalation", "Bluefin Games", "P3", "monitoring", 2, 12, 0),
    "CE2005-meridian-tracking-event-lag.txt": (
        "CE2005", "escalation", "Meridian Freight", "P2", "in_progress", 2, 13, 0),
    "CE2006-halcyon-settlement-batch-overrun.md": (
        "CE2006", "escalation", "Halcyon Bank", "P1", "in_progress", 2, 13, 4),
    "CE2007-tidewater-audit-export-missing-field.txt": (
        "CE2007", "escalation", "Tidewater Logistics", "P4", "open", 2, 9, 0),
    "CE2008-granite-peak-porting-stale-results.txt": (
        "CE2008", "escalation", "Granite Peak Telecom", "P1", "open", 2, 13, 0),
    "INC-2026-0102-object-storage-latency.txt": (
        "INC-2026-0102", "incident", None, "P3", "resolved", 8, 12, 7),
    "INC-2026-0103-northwind-booking-migration-lock.md": (
        "INC-2026-0103", "incident", "Northwind Clinics", "P1", "resolved", 12, 17, 10),
    "INC-2026-0104-api-gateway-5xx.md": (
        "INC-2026-0104", "incident", "Bluefin Games", "P2", "monitoring", 9, 13, 5),
    "INC-2026-0105-meridian-cdc-stream-stall.md": (
        "INC-2026-0105", "incident", "Meridian Freight", "P1", "in_progress", 8, 14, 2),
    "INC-2026-0106-metrics-dashboard-gap.md": (
        "INC-2026-0106", "incident", None, "P4", "resolved", 5, 9, 5),
}


def test_intended_table_matches_the_bytes(samples: list[Sample]) -> None:
    """The table above agrees with the files' own headers and item lines."""
    assert sorted(INTENDED) == sorted(s.rel for s in samples)
    for sample in samples:
        cid, kind, customer, priority, status, events, items, _ = INTENDED[sample.rel]
        assert (cid, kind, customer, priority) == (sample.case_id, sample.kind, sample.customer, sample.priority)
        assert status == (sample.status.lower().replace(" ", "_") if sample.status else None)
        assert len(sample.action_lines()) == items, sample.rel
        if sample.kind != "escalation":
            assert len(sample.timeline()) == events, sample.rel


def test_sample_files_parse_to_their_intended_fields(samples: list[Sample]) -> None:
    from oncall_tui.core.parse import parse_bytes

    for sample in samples:
        case = parse_bytes(sample.raw, sample.rel)
        cid, kind, customer, priority, status, events, items, done = INTENDED[sample.rel]
        got = (case.id, case.kind, case.customer, case.priority, case.status)
        assert got == (cid, kind, customer, priority, status), sample.rel
        assert case.is_open == (status not in {"resolved", "closed"}), sample.rel
        assert len(case.timeline) == events, (sample.rel, len(case.timeline))
        assert len(case.action_items) == items, (sample.rel, len(case.action_items))
        assert sum(item.status == "done" for item in case.action_items) == done, sample.rel
