"""Git sharing cycle times (issue 18): a bare remote by file path and two clones in a temporary folder.

Prints, per kind of cycle, the median and max wall time over ROUNDS rounds, beside the floor of this
machine: one ``git rev-parse HEAD`` process (the cost of starting git at all).

    python -m tests.perf.bench_gitsync [--rounds 20]

Kinds: ``nothing`` (fetch, nothing to do), ``push`` (one local commit), ``pull`` (fast-forward one
remote commit), ``rebase`` (both sides committed to different parts: a rebase in a temporary work
tree), ``replay`` (both sides appended at the same place: git conflicts, the app's edit is applied
again), ``commit`` (one edit committed alone).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from oncall_tui.core.edits import AddTimelineEntry, SetPriority, ToggleItem, apply_edit
from oncall_tui.core.gitedits import commit_edit
from oncall_tui.core.gitsync import Repo
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.storage import Storage
from tests.gitrepos import CASE, make_team


def _edit(clone: Path, edit) -> float:  # noqa: ANN001
    result = apply_edit(Storage(clone), CASE, edit)
    began = time.perf_counter()
    commit_edit(Repo.open(clone), clone, edit, result)
    return time.perf_counter() - began


def _timed(clone: Path) -> tuple[float, str]:
    repo = Repo.open(clone)
    began = time.perf_counter()
    outcome = repo.sync().outcome
    return time.perf_counter() - began, outcome


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    root = Path(tempfile.mkdtemp(prefix="bench-gitsync-"))
    empty = root / "gitconfig"
    empty.write_text("", encoding="utf-8")
    os.environ["GIT_CONFIG_GLOBAL"] = str(empty)
    os.environ["GIT_CONFIG_NOSYSTEM"] = "1"
    (root / "team").mkdir()
    team = make_team(root / "team")
    times: dict[str, list[float]] = {k: [] for k in ("floor", "commit", "nothing", "push", "pull", "rebase", "replay")}
    start = datetime(2026, 11, 4, 8, 0, tzinfo=timezone.utc)
    for n in range(rounds):
        began = time.perf_counter()
        subprocess.run(["git", "rev-parse", "HEAD"], cwd=team.a, capture_output=True, check=True)
        times["floor"].append(time.perf_counter() - began)
        times["nothing"].append(_timed(team.a)[0])
        item = parse_bytes((team.a / CASE).read_bytes(), CASE).action_items[n % 5]
        times["commit"].append(_edit(team.a, ToggleItem(item)))
        times["push"].append(_timed(team.a)[0])
        times["pull"].append(_timed(team.b)[0])
        _edit(team.a, SetPriority("P1" if n % 2 else "P3"))
        _edit(team.b, AddTimelineEntry(start + timedelta(days=30, minutes=n), f"B event {n}"))
        assert _timed(team.a)[1] == "synced"
        spent, outcome = _timed(team.b)
        assert outcome == "synced", outcome
        times["rebase"].append(spent)
        assert _timed(team.a)[1] == "synced"
        _edit(team.a, AddTimelineEntry(start + timedelta(days=60, minutes=2 * n), f"A late {n}"))
        _edit(team.b, AddTimelineEntry(start + timedelta(days=60, minutes=2 * n + 1), f"B late {n}"))
        assert _timed(team.a)[1] == "synced"
        spent, outcome = _timed(team.b)
        assert outcome == "synced", outcome
        times["replay"].append(spent)
        assert _timed(team.a)[1] == "synced"
    floor = statistics.median(times["floor"])
    print(f"{rounds} rounds; floor (one git process): {floor * 1000:.1f} ms median")
    print(f"{'kind':8} {'median ms':>10} {'max ms':>8} {'× floor':>8}")
    for kind, values in times.items():
        if kind == "floor":
            continue
        median = statistics.median(values)
        print(f"{kind:8} {median * 1000:10.1f} {max(values) * 1000:8.1f} {median / floor:8.1f}")


if __name__ == "__main__":
    main()
