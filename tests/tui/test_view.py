"""The panes' arithmetic: ages, order, filter, merged timeline, owners, moods."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from oncall_tui.core.model import ActionItem, Case, Sentiment, SourceInfo, TimelineEvent
from oncall_tui.tui import view

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


def case(path: str, **fields) -> Case:
    fields.setdefault("id", path.split(".")[0])
    fields.setdefault("kind", "escalation")
    fields.setdefault("title", "t")
    return Case(path=path, **fields)


def test_human_age() -> None:
    assert view.human_age(timedelta(seconds=45)) == "45s"
    assert view.human_age(timedelta(minutes=12, seconds=5)) == "12m"
    assert view.human_age(timedelta(hours=3, minutes=59)) == "3h"
    assert view.human_age(timedelta(days=2, hours=23)) == "2d"
    assert view.human_age(timedelta(days=13)) == "13d"
    assert view.human_age(timedelta(days=21)) == "3w"
    assert view.human_age(timedelta(days=800)) == "2y"
    assert view.human_age(timedelta(seconds=-5)) == "0s"
    assert view.human_age(timedelta(hours=-2)) == "soon"


def test_age_uses_clock_zone_for_naive_and_dates_and_stops_at_resolution() -> None:
    naive = case("a.md", opened_at="2026-11-24T08:00:00")
    assert view.age(naive, NOW) == timedelta(hours=4)
    day = case("b.md", opened_at="2026-11-22")
    assert view.age(day, NOW) == timedelta(days=2, hours=12)
    closed = case("c.md", opened_at="2026-11-20", resolved_at="2026-11-21", status="resolved", is_open=False)
    assert view.age(closed, NOW) == timedelta(days=1)
    assert view.age(case("d.md"), NOW) is None


def test_priority_then_oldest_order_and_unknowns_last() -> None:
    cases = [
        case("p2new.md", priority="P2", opened_at="2026-11-23"),
        case("none.md", opened_at="2026-01-01"),
        case("p1.md", priority="P1", opened_at="2026-11-23"),
        case("p2old.md", priority="P2", opened_at="2026-11-01"),
        case("p2nodate.md", priority="P2"),
    ]
    rows = view.visible(cases, open_only=True, query="", sort="priority", now=NOW)
    assert [c.path for c in rows] == ["p1.md", "p2old.md", "p2new.md", "p2nodate.md", "none.md"]


def test_other_sorts() -> None:
    a = case("a.md", id="CE10", customer="Zeta", opened_at="2026-11-01", source=SourceInfo(mtime_ns=1))
    b = case("b.md", id="CE9", customer="alpha", opened_at="2026-11-20", source=SourceInfo(mtime_ns=5))
    order = lambda sort: [c.path for c in view.visible([a, b], open_only=False, query="", sort=sort, now=NOW)]  # noqa: E731
    assert order("age") == ["a.md", "b.md"]
    assert order("changed") == ["b.md", "a.md"]
    assert order("customer") == ["b.md", "a.md"]
    assert order("id") == ["b.md", "a.md"]  # natural: CE9 before CE10


def test_filter_words_match_id_customer_title_owner_and_open_only() -> None:
    a = case("a.md", id="CE1", customer="Halcyon Bank", title="Batch overrun", owner="Ravi")
    b = case("b.md", id="CE2", customer="Kestrel", title="Meter", status="closed", is_open=False)
    assert view.matches(a, "halcyon batch")
    assert view.matches(a, "RAVI")
    assert not view.matches(a, "halcyon kestrel")
    assert [c.path for c in view.visible([a, b], open_only=True, query="", sort="id", now=NOW)] == ["a.md"]
    assert [c.path for c in view.visible([a, b], open_only=False, query="meter", sort="id", now=NOW)] == ["b.md"]


def test_merged_timeline_newest_first_open_cases_only() -> None:
    a = case("a.md", timeline=[TimelineEvent(at="2026-11-20T10:00:00+00:00", text="a1", line=1),
                               TimelineEvent(at="2026-11-22", text="a2", line=2)])
    b = case("b.md", timeline=[TimelineEvent(at="2026-11-21T09:00:00+00:00", text="b1", line=1),
                               TimelineEvent(at="not a date", text="b?", line=2)])
    c = case("c.md", status="closed", is_open=False, timeline=[TimelineEvent(at="2026-11-23", text="c1", line=1)])
    texts = [m.event.text for m in view.merged_timeline([a, b, c])]
    assert texts == ["a2", "b1", "a1", "b?"]


def test_items_by_owner_merges_spellings_puts_overdue_first_and_unassigned_last() -> None:
    today = date(2026, 11, 24)
    a = case("a.md", action_items=[
        ActionItem(text="late", owner="dana", due="2026-11-20", line=1),
        ActionItem(text="later", owner="Dana", due="2026-12-01", line=2),
        ActionItem(text="done", owner="Dana", status="done", line=3),
        ActionItem(text="nobody", line=4),
    ])
    b = case("b.md", action_items=[ActionItem(text="soon", owner="@dana", due="2026-11-25", line=1),
                                   ActionItem(text="amy", owner="Amy", line=2)])
    closed = case("c.md", is_open=False, status="closed", action_items=[ActionItem(text="x", owner="Zed", line=1)])
    groups = view.items_by_owner([a, b, closed], today)
    assert [owner for owner, _ in groups] == ["Amy", "Dana", None]
    assert [o.item.text for o in groups[1][1]] == ["late", "soon", "later"]
    assert view.overdue(groups[1][1][0].item, today)
    assert not view.overdue(ActionItem(text="d", due="2026-11-20", status="done", line=1), today)
    mine = view.items_by_owner([a, b, closed], today, me="@DANA ")
    assert [owner for owner, _ in mine] == ["Dana", "Amy", None]  # the user's own items first
    assert view.items_by_owner([a, b, closed], today, me="nobody-here") == groups


def test_customer_moods_worst_first_with_scores_in_time_order() -> None:
    s = lambda x: Sentiment(label=None, score=x, basis="text")  # noqa: E731
    cases = [
        case("a1.md", customer="A", opened_at="2026-11-01", sentiment=s(0.5), status="closed", is_open=False),
        case("a2.md", customer="A", opened_at="2026-11-10", sentiment=s(-0.4)),
        case("b1.md", customer="B", opened_at="2026-11-05", sentiment=s(-0.9)),
        case("c1.md", customer="C", opened_at="2026-11-05", status="closed", is_open=False, sentiment=s(-1)),
        case("d1.md", customer="D"),
    ]
    moods = view.customer_moods(cases)
    assert [m.customer for m in moods] == ["B", "A", "D"]
    assert moods[1].scores == [0.5, -0.4]
    assert moods[2].worst is None
    assert view.sparkline([-1.0, 0.0, 1.0]) == "▁▅█"


def test_time_column_names_the_zone_and_adds_no_seconds() -> None:
    """Issue 16: ``18:48`` is not shown as ``18:48:00``; the zone is shown where the file gives one."""
    assert view.time_column("2025-01-14T14:23:47+00:00") == "2025-01-14 14:23:47 UTC"
    assert view.time_column("2026-11-24T18:48:00+01:00") == "2026-11-24 18:48 +01:00"
    assert view.time_column("2024-10-23T08:00:00") == "2024-10-23 08:00"
    assert view.time_column("2024-01-14") == "2024-01-14"
    assert view.plural(1, "event") == "1 event" and view.plural(0, "event") == "0 events"
