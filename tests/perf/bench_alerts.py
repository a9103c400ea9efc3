"""What the alert watch costs the app's loop: noting 10,000 cases at start, a change to every one of them,
and the clock's tick (once a second) when no clock runs out.

Run: ``python -m tests.perf.bench_alerts`` (prints figures; not a test).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from oncall_tui.core.alerts import AlertWatch
from oncall_tui.core.config import SlaSettings
from oncall_tui.core.model import Case

N = 10_000


def main() -> None:
    now = datetime(2026, 11, 24, 12, tzinfo=timezone.utc)
    cases = [Case(id=f"CE{i}", kind="escalation", title="t", path=f"CE{i}.md", priority=f"P{1 + i % 4}",
                  status="in_progress", opened_at=(now - timedelta(minutes=i % 5000)).isoformat()) for i in range(N)]
    by_path = {case.path: case for case in cases}
    watch = AlertWatch(SlaSettings())
    start = time.perf_counter()
    watch.start(cases, now)
    started = time.perf_counter() - start
    start = time.perf_counter()
    watch.changed(list(by_path), by_path.get, now)
    changed = time.perf_counter() - start
    watch.tick(now)  # works out the next clock to run out
    start = time.perf_counter()
    for _ in range(1000):
        watch.tick(now)
    tick = (time.perf_counter() - start) / 1000
    print(f"start, {N:,} cases: {started * 1000:.1f} ms")
    print(f"a change to each of {N:,} cases: {changed * 1000:.1f} ms ({changed / N * 1e6:.1f} us a case)")
    print(f"a tick with no clock running out: {tick * 1e6:.2f} us")


if __name__ == "__main__":
    main()
