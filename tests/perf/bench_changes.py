"""What the seen marks cost on a big folder: ``python -m tests.perf.bench_changes [--count N]``.

Prints, for a generated folder of N cases (default 10,000): taking a snapshot of the parsed cases, writing it
to the state folder, reading it back, the diff against the live cases (nothing changed, and 1% of the cases
changed), and the handover draft, each the best of three runs, with the snapshot's size.  The app takes a
snapshot on quit and on m; the diff runs on start and on c.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from oncall_tui.core.changes import SeenMarks, Snapshot, diff
from oncall_tui.core.handover import handover_markdown
from oncall_tui.core.store import CaseStore
from tests.perf.generate import generate


def best(fn, runs: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_STATE_HOME"] = str(Path(tmp) / "state")
        folder = Path(tmp) / "cases"
        generate(folder, args.count)
        store = CaseStore(folder)
        store.load_all()
        cases = store.cases()
        now = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
        marks = SeenMarks(folder, "bench")
        t_snap, snap = best(lambda: Snapshot.of(cases, now, "mark"))
        t_save, path = best(lambda: marks.save(snap))
        t_load, loaded = best(lambda: marks.latest())
        t_same, report = best(lambda: diff(loaded, cases, now))
        changed = [c.model_copy(update={"status": "resolved", "is_open": False}) if i % 100 == 0 else c
                   for i, c in enumerate(cases)]
        t_diff, report1 = best(lambda: diff(loaded, changed, now))
        t_draft, _ = best(lambda: handover_markdown(cases, report1, now))
        size = path.stat().st_size
        print(f"cases: {len(cases):,}  snapshot file: {size / 1e6:.1f} MB ({size / len(cases):.0f} B a case)")
        for name, seconds in (("snapshot of the cases", t_snap), ("write to the state folder", t_save),
                              ("read the newest back", t_load), ("diff, nothing changed", t_same),
                              ("diff, 1% closed", t_diff), ("handover draft", t_draft)):
            print(f"{name:<28} {seconds * 1000:8.1f} ms  ({seconds / len(cases) * 1e6:.1f} µs a case)")
        print(f"changes found: {len(report)} unchanged, {len(report1)} with 1% closed")


if __name__ == "__main__":
    main()
