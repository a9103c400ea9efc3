"""Every figure CASE_MODEL.md lists for the five seed documents, pinned."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from oncall_tui.core.parse import parse_bytes


def _case(seed_dir: Path, prefix: str):
    path = next(seed_dir.glob(f"{prefix}_*"))
    return parse_bytes(path.read_bytes(), path.name)


@pytest.fixture
def seeds(seed_dir: Path):
    return {prefix: _case(seed_dir, prefix) for prefix in ("000", "001", "002", "003", "004")}


def _statuses(case) -> Counter:
    return Counter(item.status for item in case.action_items)


@pytest.mark.parametrize(
    ("prefix", "case_id", "kind", "customer", "priority", "status", "is_open", "opened", "resolved", "owner"),
    [
        ("000", "CE1001", "escalation", "Sterling Group", "P3", "resolved", False, "2024-01-14", "2024-01-17", "Support Engineer"),
        ("001", "CE1006", "escalation", "Vantage", "P2", "in_progress", True, "2024-01-25", None, "Senior Network Engineer"),
        ("002", "CE1010", "escalation", "Solstice", "P4", "resolved", False, "2024-02-06", "2024-02-08", "Support Engineer"),
        ("003", "003_4d113a8d3e35793a", "meeting", "TechCorp", None, None, True, "2024-10-23T08:00:00", None, "Maria Sanchez"),
        ("004", "INC-2025-0023", "incident", None, "P1", "resolved", False, "2025-01-14T14:23:47+00:00", "2025-01-14T15:08:22+00:00", "Sarah Mitchell"),
    ],
)
def test_seed_header_facts(seeds, prefix, case_id, kind, customer, priority, status, is_open, opened, resolved, owner):
    case = seeds[prefix]
    assert case.id == case_id
    assert case.kind == kind
    assert case.customer == customer
    assert case.priority == priority
    assert case.status == status
    assert case.is_open is is_open
    assert case.opened_at == opened
    assert case.resolved_at == resolved
    assert case.owner == owner
    assert case.problems == []
    assert case.path.startswith(prefix + "_")


def test_incident_title_leaves_out_id_and_boilerplate(seeds):
    assert seeds["004"].title == "Database Connection Pool Exhaustion - Production"
    for prefix in ("000", "001", "002", "003"):
        title = seeds[prefix].title
        assert title and "Customer Escalation Summary" not in title and "CE10" not in title


@pytest.mark.parametrize(("prefix", "count"), [("000", 3), ("001", 2), ("002", 3), ("003", 6), ("004", 12)])
def test_seed_timeline_counts(seeds, prefix, count):
    timeline = seeds[prefix].timeline
    assert len(timeline) == count
    keys = [event.at for event in timeline]
    assert keys == sorted(keys), "timeline is sorted by time"


def test_escalation_timeline_comes_from_header_dates(seeds):
    assert [(e.at, e.text, e.line) for e in seeds["000"].timeline] == [
        ("2024-01-14", "Created", 7),
        ("2024-01-15", "Escalated", 8),
        ("2024-01-17", "Resolved", 9),
    ]
    assert [e.text for e in seeds["001"].timeline] == ["Created", "Escalated"]


def test_meeting_timeline_times_take_the_document_year(seeds):
    events = seeds["003"].timeline
    assert events[0].at == "2024-10-23T08:00:00"
    assert events[0].text == "Customer reported system slowdown"
    assert events[0].line == 17
    assert events[-1].at == "2024-10-25T14:00:00"
    assert events[-1].text == "Escalation meeting called"


def test_incident_timeline_times_take_date_and_zone_from_start_time(seeds):
    events = {event.at: event for event in seeds["004"].timeline}
    alert = events["2025-01-14T14:23:47+00:00"]
    assert alert.text.startswith("Alert fired: ")
    assert alert.line == 16
    assert events["2025-01-14T15:08:22+00:00"].text == "Incident closed"
    # Start and End Time coincide with explicit events, so they add none of their own.
    assert not any(event.text in ("Start Time", "End Time") for event in events.values())


@pytest.mark.parametrize(
    ("prefix", "total", "done", "in_progress", "open_"),
    [("000", 13, 9, 0, 4), ("001", 13, 0, 0, 13), ("002", 13, 9, 0, 4), ("003", 26, 4, 0, 22), ("004", 19, 11, 7, 1)],
)
def test_seed_action_item_counts(seeds, prefix, total, done, in_progress, open_):
    case = seeds[prefix]
    counts = _statuses(case)
    assert len(case.action_items) == total
    assert (counts["done"], counts["in_progress"], counts["open"]) == (done, in_progress, open_)
    lines = [item.line for item in case.action_items]
    assert lines == sorted(lines), "items are in document order"


def test_escalation_action_plan_groups_and_next_steps(seeds):
    items = seeds["000"].action_items
    assert [item.group for item in items[:9]] == ["Immediate (0-4 hours)"] * 3 + ["Short-term (4-24 hours)"] * 3 + ["Long-term (1-7 days)"] * 3
    assert all(item.status == "done" for item in items[:9])
    assert [item.text for item in items[9:]] == [
        "Monitor connection pool performance for 1 week",
        "Schedule follow-up review call",
        "Share best practices documentation",
        "Close CE after 7-day monitoring period",
    ]
    assert all(item.status == "open" and item.group is None for item in items[9:])
    # An escalation still in progress has done nothing of its plan yet.
    assert all(item.status == "open" for item in seeds["001"].action_items)


def test_meeting_action_items(seeds):
    items = seeds["003"].action_items
    taken = items[:4]
    assert all(item.status == "done" and item.owner is None for item in taken)
    assert taken[0].text == "Database Recovery: Full restore from backup completed"
    groups = Counter(item.group for item in items)
    assert groups["Short-term (Next 24 hours)"] == 3
    assert groups["Medium-term (Next 2 weeks)"] == 3
    assert groups["Long-term (Next 3 months)"] == 3
    assert groups["To Customer"] == 4
    assert groups["Internal Commitments"] == 4
    owned = [item for item in items if item.owner]
    assert [item.owner for item in owned] == ["Maria", "Tom", "James", "Alex", "Emily"]
    assert owned[0].text == "Send detailed incident report by EOD today"
    assert owned[0].due == "2024-10-25"
    assert owned[0].line == 73


def test_incident_action_items(seeds):
    items = seeds["004"].action_items
    resolution, table = items[:14], items[14:]
    assert Counter(item.status for item in resolution) == {"done": 9, "in_progress": 5}
    assert [(i.ref, i.owner, i.due, i.status) for i in table] == [
        ("AI-2025-001", "DB Team", "2025-01-20", "done"),
        ("AI-2025-002", "Platform", "2025-01-25", "in_progress"),
        ("AI-2025-003", "QA Team", "2025-01-30", "open"),
        ("AI-2025-004", "Platform", "2025-01-22", "done"),
        ("AI-2025-005", "DB Team", "2025-01-27", "in_progress"),
    ]
    assert table[0].text == "Add index review to code review checklist"
    assert table[0].line == 171
    # "Recommendations" and "What Went Well" lists are not action items.
    assert not any("playbook: Detect" in item.text or "Fast detection" in item.text for item in items)


def test_seed_sentiment(seeds):
    relieved = seeds["000"].sentiment
    assert relieved.label == "Relieved and confident in platform stability"
    assert relieved.basis == "label" and relieved.score > 0.2
    dissatisfied = seeds["001"].sentiment
    assert dissatisfied.label == "Dissatisfied and concerned about reliability"
    assert dissatisfied.basis == "label" and dissatisfied.score < -0.2
    understanding = seeds["002"].sentiment
    assert understanding.label == "Dissatisfied but understanding"
    assert understanding.basis == "label" and understanding.score < 0
    assert understanding.score > dissatisfied.score, "'but understanding' softens the verdict"
    voice = seeds["003"].sentiment
    assert voice.label is None and voice.basis == "text" and voice.score < 0
    assert seeds["004"].sentiment is None


def test_seed_json_export_shape(seeds):
    for case in seeds.values():
        data = case.export_dict()
        assert set(data) >= {"id", "kind", "title", "path", "customer", "priority", "status", "is_open",
                             "opened_at", "resolved_at", "owner", "timeline", "action_items", "sentiment", "problems"}
        assert "source" not in data
