"""The status bar on a narrow terminal: details give way, alarms never do.

A long folder path used to push the git conflict badge (and anything after the counts) past the right
edge, where the line's ellipsis cut it: at 100 columns a clone in a deep folder never showed CONFLICT.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from textual.app import App, ComposeResult

from oncall_tui.tui.widgets.status import StatusBar, StatusInfo

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
DEEP = "/home/someone/work/teams/payments/escalations/clones/engineer-b/cases-2026"


class Bar(App):
    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")


def busy_info(**extra: object) -> StatusInfo:
    values: dict = dict(folder=DEEP, counts={"P1": 4, "P2": 3, "P3": 1, "P4": 1, "-": 2},
                        last_change=NOW - timedelta(hours=1), problems=2, loading=None, git="main ↑1 ↓0",
                        git_synced=None, git_conflicts=1, git_error="could not reach origin")
    values.update(extra)
    return StatusInfo(**values)


async def line_at(width: int, info: StatusInfo) -> str:
    app = Bar()
    async with app.run_test(size=(width, 5)) as pilot:
        bar = app.query_one(StatusBar)
        bar.show(info, NOW)
        await pilot.pause()
        return bar._shown.plain if bar._shown is not None else ""


@pytest.mark.parametrize("width", [100, 120, 160])
async def test_alarms_and_counts_stay_on_a_narrow_bar(width: int) -> None:
    line = await line_at(width, busy_info(read_only=True))
    seen = line[:width]  # what the terminal shows (git's own words come last and may be cut)
    for alarm in (" READ-ONLY ", "11 open: P1 4 P2 3 P3 1 P4 1", "2 files have problems", " CONFLICT ",
                  " GIT ERROR "):
        assert alarm in seen, (width, line)


async def test_a_conflict_shows_at_80_columns_under_a_deep_folder() -> None:
    line = await line_at(80, busy_info(git_error=None))
    assert len(line) <= 80 and " CONFLICT " in line and "2 files have problems" in line, line


async def test_details_go_first_and_come_back_when_there_is_room() -> None:
    wide = await line_at(240, busy_info())
    assert "(1h ago)" in wide and "…" + DEEP[-31:] in wide and "git main ↑1 ↓0" in wide and "–2" in wide
    narrow = await line_at(100, busy_info())
    assert "(1h ago)" not in narrow and " CONFLICT " in narrow


async def test_a_short_line_is_unchanged() -> None:
    line = await line_at(160, busy_info(folder="data", git=None, git_conflicts=0, git_error=None, problems=0))
    local = (NOW - timedelta(hours=1)).astimezone(NOW.tzinfo)
    assert line == f" data │ 11 open: P1 4 P2 3 P3 1 P4 1 –2 │ changed {local:%H:%M:%S} (1h ago) │ no problems"
