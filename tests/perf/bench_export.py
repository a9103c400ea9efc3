"""``oncall-tui export`` of two checkouts side by side, in alternating rounds (issue 14 item 3).  Not a test.

Each round runs ``python -m oncall_tui export FOLDER -o OUT`` as a fresh
process from each checkout (its directory first on ``sys.path``), old and
new alternating (A B B A …), each with its own parse cache
(``--cache-dir``/old and /new, filled by one untimed cold export first), and
prints per run and as medians: wall time, user + system CPU and the peak RSS
of the child (``os.wait4``), and the md5 of what each wrote.  ``--check``
runs ``check`` instead; ``--no-cache`` passes it on (the cold path).

Example (the branch against its branch point)::

    git archive <commit> oncall_tui | tar -x -C /tmp/before
    python -m tests.perf.generate /tmp/gen10k --count 10000 --seed 1
    python -m tests.perf.bench_export /tmp/gen10k --old /tmp/before --rounds 4
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(tree: Path, args: list[str], cache: Path, out: Path) -> tuple[float, float, float, str]:
    """(wall s, user+sys s, peak RSS MiB, md5 of the output) of one export in a fresh process."""
    env = dict(os.environ, ONCALL_TUI_CACHE_DIR=str(cache))
    start = time.perf_counter()
    with open(out, "wb") as sink:
        child = subprocess.Popen([sys.executable, "-m", "oncall_tui", *args], cwd=tree, env=env, stdout=sink)
        _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        raise SystemExit(f"{tree}: exit {child.returncode}")
    digest = hashlib.md5(out.read_bytes()).hexdigest()[:12]
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, digest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--old", type=Path, required=True, help="a checkout holding oncall_tui/")
    parser.add_argument("--new", type=Path, default=REPO)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/bench-export-cache"))
    parser.add_argument("--check", action="store_true", help="time `check` instead of `export`")
    parser.add_argument("--no-cache", action="store_true")
    opts = parser.parse_args(argv)
    command = ["check", str(opts.folder)] if opts.check else ["export", str(opts.folder)]
    if opts.no_cache:
        command.append("--no-cache")
    sides = {"old": opts.old.resolve(), "new": opts.new.resolve()}
    out = opts.cache_dir / "out"
    opts.cache_dir.mkdir(parents=True, exist_ok=True)
    for name, tree in sides.items():  # fill each side's cache (untimed)
        _run(tree, command, opts.cache_dir / name, out)
    figures: dict[str, list[tuple[float, float, float, str]]] = {name: [] for name in sides}
    for n in range(opts.rounds):
        order = ("old", "new") if n % 2 == 0 else ("new", "old")
        for name in order:
            wall, cpu, rss, digest = _run(sides[name], command, opts.cache_dir / name, out)
            figures[name].append((wall, cpu, rss, digest))
            print(f"round {n + 1} {name}: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MiB, md5 {digest}", flush=True)
    for name, runs in figures.items():
        walls, cpus, rsss = zip(*((w, c, r) for w, c, r, _d in runs))
        print(f"{name}: median {statistics.median(walls):.2f} s wall, {statistics.median(cpus):.2f} s CPU, "
              f"{statistics.median(rsss):.0f} MiB peak RSS; outputs {sorted({d for *_x, d in runs})}")
    old_wall = statistics.median(w for w, *_x in figures["old"])
    new_wall = statistics.median(w for w, *_x in figures["new"])
    print(f"wall ratio old/new: {old_wall / new_wall:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
