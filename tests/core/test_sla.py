"""SLA clocks from priority, opening time and the team's targets."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from oncall_tui.core.config import SlaSettings, load_settings
from oncall_tui.core.model import ActionItem, Case, TimelineEvent
from oncall_tui.core.sla import breached_count, short_span, sla_clock

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


def case(priority: str | None = "P1", opened: str | None = "2026-11-24T10:00:00+00:00", is_open: bool = True,
         status: str | None = "in_progress", **fields) -> Case:
    """An answered case by default (in progress), so its clock is the resolution clock."""
    return Case(id="CE1", kind="escalation", title="t", path="CE1.md", priority=priority, opened_at=opened,
                is_open=is_open, status=status, **fields)


def test_time_left_and_time_over_against_the_priority_target() -> None:
    targets = SlaSettings()  # P1: resolution 4h
    left = sla_clock(case(), targets, NOW)
    assert left is not None and left.remaining == timedelta(hours=2) and not left.breached
    assert left.text == "2h left"
    over = sla_clock(case(opened="2026-11-24T07:25:00+00:00"), targets, NOW)
    assert over is not None and over.breached and over.text == "35m over"
    exactly = sla_clock(case(opened="2026-11-24T08:00:00+00:00"), targets, NOW)
    assert exactly is not None and not exactly.breached and exactly.text == "<1m left"


def test_a_date_alone_counts_from_midnight_and_p4_gives_a_week() -> None:
    clock = sla_clock(case(priority="P4", opened="2026-11-20"), SlaSettings(), NOW)
    assert clock is not None and clock.due == datetime(2026, 11, 27, tzinfo=timezone.utc)
    assert clock.text == "2d12h left"


def test_no_clock_for_closed_unprioritised_or_undated_cases() -> None:
    targets = SlaSettings()
    assert sla_clock(case(is_open=False), targets, NOW) is None
    assert sla_clock(case(priority=None), targets, NOW) is None
    assert sla_clock(case(opened=None), targets, NOW) is None
    assert sla_clock(case(opened="not a date"), targets, NOW) is None


def test_team_targets_from_a_settings_file_change_the_clock(tmp_path) -> None:
    settings = tmp_path / "s.toml"
    settings.write_text('[sla.P1]\nfirst_response = "10m"\nresolution = "1h"\n', encoding="utf-8")
    targets = load_settings(config_path=settings, environ={}).settings.sla
    clock = sla_clock(case(), targets, NOW)
    assert clock is not None and clock.breached and clock.text == "1h over"
    assert breached_count([case(), case(priority="P3"), case(is_open=False)], targets, NOW) == 1


def test_short_span_keeps_two_units() -> None:
    assert short_span(timedelta(days=3, hours=4, minutes=5)) == "3d4h"
    assert short_span(timedelta(hours=1, minutes=5)) == "1h5m"
    assert short_span(timedelta(seconds=30)) == "<1m"


def test_an_unanswered_case_runs_against_its_first_response_target() -> None:
    targets = SlaSettings()  # P1: first response 15m, resolution 4h
    fresh = sla_clock(case(status="open", opened="2026-11-24T11:50:00+00:00"), targets, NOW)
    assert fresh is not None and fresh.target == "response" and fresh.remaining == timedelta(minutes=5)
    assert fresh.short == "r5m" and not fresh.breached
    ignored = sla_clock(case(status=None, opened="2026-11-24T11:00:00+00:00"), targets, NOW)
    assert ignored is not None and ignored.breached and ignored.short == "r-45m"
    assert breached_count([case(status="open", opened="2026-11-24T11:00:00+00:00")], targets, NOW) == 1
    # Answered: the timeline went on after the opening, or an item was started, or the status moved on.
    opened = "2026-11-24T11:00:00+00:00"
    later = TimelineEvent(at="2026-11-24T11:10:00+00:00", text="Engineer joined", line=9)
    at_open = TimelineEvent(at="2026-11-24T11:00:00+00:00", text="Opened", line=8)
    assert sla_clock(case(status="open", opened=opened, timeline=[at_open]), targets, NOW).target == "response"
    for answered in (
        case(status="open", opened=opened, timeline=[at_open, later]),
        case(status="open", opened=opened, action_items=[ActionItem(text="x", status="in_progress", line=3)]),
        case(status="monitoring", opened=opened),
    ):
        clock = sla_clock(answered, targets, NOW)
        assert clock is not None and clock.target == "resolution" and clock.short == "3h"


def test_the_table_cell_fits_its_column_even_years_over() -> None:
    from oncall_tui.tui.widgets.cases import COLUMNS

    width = dict((key, w) for key, _, w in COLUMNS)["sla"]
    years_over = sla_clock(case(opened="2024-01-25"), SlaSettings(), NOW)  # the CE1006 seed, answered
    assert years_over is not None and years_over.short == "-1034d"
    unanswered = sla_clock(case(status="open", opened="2024-01-25"), SlaSettings(), NOW)
    assert unanswered is not None and unanswered.short == "r-1034d"
    worst = sla_clock(case(status="open", opened="2026-09-01", priority="P4"), SlaSettings(), NOW)
    assert worst is not None and worst.short == "r-83d12h"  # two units up to 99 days
    for clock in (years_over, unanswered, worst):
        assert len(clock.short) <= width
