"""First frame of the dashboard, this checkout against another one, beside a bare Textual app, in one run.

    git worktree add --detach /tmp/before 534a8f4
    python -m tests.perf.bench_first_frame_ab --before /tmp/before --runs 7
    git worktree remove /tmp/before

``--after DIR`` measures another tree as "after", such as a copy with the parser compiled
(``python -m tests.helpers.build DIR``).

Each program runs on a pseudo-terminal (:func:`tests.perf.bench_idle.measure`), the three interleaved, after
two warm-up starts each (byte-compiled modules, parse cache, validated settings and themes written), all
with the same empty settings and cache folders.  Prints every start, whether its first frame showed rows
(the id of one of the folder's cases written before the frame ended), and the medians' ratios to the bare app.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from tests.perf import bench_idle

REPO = Path(__file__).resolve().parents[2]


def _app_from(root: Path, folder: Path) -> list[str]:
    """``oncall-tui FOLDER`` with *root*'s ``oncall_tui`` package first on the path."""
    return [sys.executable, "-c", f"import sys, runpy; sys.path.insert(0, {str(root)!r}); "
            f"sys.argv = ['oncall-tui', {str(folder)!r}]; runpy.run_module('oncall_tui', run_name='__main__')"]


def case_ids(folder: Path) -> list[str]:
    """The ids of *folder*'s cases (read here, with this checkout's parser)."""
    from oncall_tui.core.store import CaseStore

    store = CaseStore(folder)
    store.load_all(save_cache=False)
    return sorted({case.id for case in store.cases() if len(case.id) >= 4})


def rows_in(written: bytes, ids: list[str]) -> list[str]:
    """The ids of *ids* in a program's output up to its first frame, in the order it shows them."""
    text = written.decode("utf-8", "replace")
    return sorted((id_ for id_ in ids if id_ in text), key=text.index)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="another checkout (a worktree of an older commit)")
    parser.add_argument("--after", type=Path, default=REPO,
                        help="the checkout measured as after (default this one; e.g. a compiled copy, tests/helpers/build.py)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--folder", type=Path, default=REPO / "data")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="first-frame-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ONCALL_TUI_") and k != "PYTHONDONTWRITEBYTECODE"}
        env.update({"ONCALL_TUI_CACHE_DIR": str(Path(tmp) / "cache"), "XDG_CONFIG_HOME": str(Path(tmp) / "config")})
        programs = {"bare": [sys.executable, "-c", bench_idle.BARE], "before": _app_from(args.before, args.folder),
                    "after": _app_from(args.after, args.folder)}
        for name, cmd in programs.items():
            for _ in range(2):
                bench_idle.measure(cmd, env, 0.2 if name == "bare" else 3.0, 0.2)
        print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}; folder {args.folder}; "
              f"{args.runs} runs interleaved", flush=True)
        frames: dict[str, list[float]] = {name: [] for name in programs}
        with_rows: dict[str, int] = dict.fromkeys(programs, 0)
        ids = case_ids(args.folder)
        for run in range(1, args.runs + 1):
            for name, cmd in programs.items():
                got = bench_idle.measure(cmd, env, 0.2, 0.2)
                frame = got["first_frame"] or float("nan")
                rows = rows_in(got["first_frame_bytes"], ids)
                frames[name].append(frame)
                with_rows[name] += bool(rows)
                shown = f"rows: {', '.join(rows[:3])}{' …' if len(rows) > 3 else ''}" if rows else "no rows"
                print(f"  run {run} {name:<7} first frame {frame:.3f} s, {shown}", flush=True)
    med = {name: statistics.median(values) for name, values in frames.items()}
    print("medians: " + ", ".join(f"{name} {value:.3f} s" for name, value in med.items()))
    print("first frames with rows: " + ", ".join(f"{name} {n}/{args.runs}" for name, n in with_rows.items()))
    print(f"ratio to bare: before {med['before'] / med['bare']:.2f}x, after {med['after'] / med['bare']:.2f}x "
          "(target <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
