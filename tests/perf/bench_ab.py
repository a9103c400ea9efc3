"""Two checkouts side by side, in alternating rounds: the per-file parse and the warm index.

On a shared machine only figures taken in the same run compare; this runs
each checkout's code in its own fresh process (``PYTHONPATH`` set to the
checkout), alternating A, B, B, A… and prints medians of CPU time
(``time.process_time``) and the peak RSS (``VmHWM``).  Not a test.

* ``parse FOLDER``: CPU per file of ``parse_bytes`` over every file of
  FOLDER, and of ``tree.build`` inside it; the rest ("own code") is the
  project's per-file code after the block scanner (fields, timeline, action
  items, sentiment, the model).
* ``app FOLDER``: the real app on a pseudo-terminal (``bench.py``'s app
  child), warm from each side's parse cache (filled as for ``warm``): start
  → table filled, the app's CPU time and its peak RSS.  As in daily use, the
  app has run on the folder before: each side has its own state folder
  (``--cache-dir``/NAME/state) holding a seen mark written by its own code
  (the app then reads it at start and writes one as it quits).
* ``warm FOLDER``: a plain read of every file (scan + read), then, in a
  fresh process per checkout, ``CaseStore(FOLDER, cache=ParseCache(FOLDER))
  .load_all(freeze_gc=True)`` as the app does, from that checkout's own
  parse cache (written first by a cold load in that checkout, in
  ``--cache-dir``/NAME).

Example (the branch against its branch point)::

    git worktree add /tmp/before <commit>      # or: git archive <commit> oncall_tui | tar -x -C /tmp/before
    python -m tests.perf.generate /tmp/gen10k --count 10000 --seed 1
    python -m tests.perf.bench_ab warm /tmp/gen10k --old /tmp/before --new . --rounds 4
    python -m tests.perf.bench_ab parse /tmp/gen500 --old /tmp/before --new . --rounds 4
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _vmhwm_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child_parse(folder: Path) -> dict:
    import oncall_tui.core.parse.case as case_module
    from oncall_tui.core.parse import parse_bytes
    from oncall_tui.core.parse import tree

    blobs = [(str(p), p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]
    spent = [0.0]
    build = tree.build

    def timed_build(text: str):
        start = time.process_time()
        try:
            return build(text)
        finally:
            spent[0] += time.process_time() - start

    case_module.build = timed_build  # the name case.py calls; the same function, timed
    for name, raw in blobs[:50]:
        parse_bytes(raw, name)
    spent[0] = 0.0
    start = time.process_time()
    for name, raw in blobs:
        parse_bytes(raw, name)
    total = time.process_time() - start
    n = len(blobs)
    return {"files": n, "parse_ms": total / n * 1e3, "build_ms": spent[0] / n * 1e3}


def child_plain(folder: Path) -> dict:
    from oncall_tui.core.folder import scan

    start = time.process_time()
    entries, _ = scan(folder)
    total = 0
    for entry in entries:
        with open(getattr(entry, "path", None) or entry.abs, "rb") as handle:
            total += len(handle.read())
    return {"plain_s": time.process_time() - start, "bytes": total}


def child_warm(folder: Path, fill: bool) -> dict:
    from oncall_tui.core.cache import ParseCache
    from oncall_tui.core.store import CaseStore

    start = time.process_time()
    store = CaseStore(folder, cache=ParseCache(folder), workers=None if fill else 1)
    store.load_all(save_cache=fill, freeze_gc=True)
    return {"warm_s": time.process_time() - start, "hits": store.cache.hits, "cases": len(store),
            "rss_mb": _vmhwm_mb()}


def child_mark(folder: Path) -> dict:
    """A seen mark of the folder as the app writes when it quits (in ``ONCALL_TUI_STATE_DIR``)."""
    from datetime import datetime

    from oncall_tui.core.cache import ParseCache
    from oncall_tui.core.changes import SeenMarks, Snapshot
    from oncall_tui.core.store import CaseStore

    store = CaseStore(folder, cache=ParseCache(folder))  # warm: the fill before wrote the cache
    store.load_all(save_cache=False)
    path = SeenMarks(folder).save(Snapshot.of(store.cases(), datetime.now().astimezone(), "close"))
    return {"mark_bytes": path.stat().st_size}


def child_bare(report: Path) -> None:
    """The floor: a bare Textual app on the same terminal, its peak RSS once its first frame is drawn."""
    from textual.app import App
    from textual.widgets import Static

    class Bare(App):
        def compose(self):
            yield Static("bare")

        def on_mount(self) -> None:
            self.call_after_refresh(self.done)

        def done(self) -> None:
            report.write_text(json.dumps({"filled_at": time.time(), "rows": 0, "cases": 0, "rss_mb": _vmhwm_mb(),
                                          "cpu_s": time.process_time()}))
            self.exit()

    Bare().run()


STATE_DIR = "state"
"""Under each side's cache folder: its state folder (seen marks) for ``app``."""


def _run(checkout: Path, cache_dir: Path | None, *args: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ONCALL_TUI_CACHE_DIR", "ONCALL_TUI_STATE_DIR")}
    env["PYTHONPATH"] = f"{checkout.resolve()}{os.pathsep}{REPO}"  # the checkout's oncall_tui first; this script's
    if cache_dir is not None:
        env["ONCALL_TUI_CACHE_DIR"] = str(cache_dir)
        env["ONCALL_TUI_STATE_DIR"] = str(cache_dir / STATE_DIR)
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], env=env, cwd=checkout,
                         capture_output=True, text=True, check=False)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def _app(checkout: Path, cache_dir: Path, folder: Path) -> dict:
    """The app of *checkout* (its ``oncall_tui`` found first from its folder), warm from *cache_dir*."""
    import tempfile

    from tests.perf.bench import pty_run

    report = Path(tempfile.mkdtemp(prefix="bench-ab-app-")) / "report.json"
    out = pty_run([sys.executable, "-m", "tests.perf.bench", "--child", "app", str(folder), str(cache_dir), str(report)],
                  report=report, timeout=600, cwd=checkout.resolve(),
                  env_extra={"PYTHONPATH": str(REPO), "ONCALL_TUI_STATE_DIR": str(cache_dir / STATE_DIR)})
    if "filled" not in out:
        raise RuntimeError(f"the app of {checkout} did not report: {out}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_ab", description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("parse", "warm", "app"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, default=REPO)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/oncall-bench-ab-cache"))
    args = parser.parse_args(argv)
    return _compare(args)


def _bare() -> dict:
    import tempfile

    from tests.perf.bench import pty_run

    report = Path(tempfile.mkdtemp(prefix="bench-ab-bare-")) / "report.json"
    return pty_run([sys.executable, str(Path(__file__).resolve()), "--child", "bare", str(report)], report=report,
                   timeout=120, env_extra={"PYTHONPATH": str(REPO)})


def _child(argv: list[str]) -> int:
    mode, folder = argv[1], Path(argv[2])
    if mode == "bare":
        child_bare(folder)
        return 0
    result = {"parse": child_parse, "plain": child_plain, "warm": lambda f: child_warm(f, False),
              "fill": lambda f: child_warm(f, True), "mark": child_mark}[mode](folder)
    print(json.dumps(result))
    return 0


def _compare(args: argparse.Namespace) -> int:
    sides = {"old": args.old, "new": args.new}
    caches = {name: args.cache_dir / name for name in sides}
    if args.what in ("warm", "app"):
        for name, checkout in sides.items():
            caches[name].mkdir(parents=True, exist_ok=True)
            _run(checkout, caches[name], "--child", "fill", str(args.folder))  # cold, writes the cache
            if args.what == "app":
                _run(checkout, caches[name], "--child", "mark", str(args.folder))  # the app ran here before
    results: dict[str, list[dict]] = {"old": [], "new": []}
    plain: list[dict] = []
    for index in range(args.rounds):
        order = ("old", "new") if index % 2 == 0 else ("new", "old")
        if args.what == "warm":
            plain.append(_run(args.new, None, "--child", "plain", str(args.folder)))
        if args.what == "app":
            plain.append(_bare())
        for name in order:
            if args.what == "app":
                results[name].append(_app(sides[name], caches[name], args.folder))
                continue
            results[name].append(_run(sides[name], caches[name], "--child", args.what, str(args.folder)))
    print(f"{args.what} over {args.folder}, medians of {args.rounds} alternating rounds (process_time)")
    if args.what == "parse":
        own = {}
        for name, rows in results.items():
            parse = statistics.median(r["parse_ms"] for r in rows)
            build = statistics.median(r["build_ms"] for r in rows)
            own[name] = statistics.median(r["parse_ms"] - r["build_ms"] for r in rows)
            print(f"  {name} ({sides[name]}): parse {parse:.3f} ms/file, tree build {build:.3f}, own code {own[name]:.3f}")
        print(f"  own code old/new: {own['old'] / own['new']:.2f}x faster")
    elif args.what == "app":
        print(f"  bare Textual app (the floor): peak RSS {max(p['rss_mb'] for p in plain):.0f} MiB")
        for name, rows in results.items():
            filled = statistics.median(r["filled"] for r in rows)
            cpu = statistics.median(r["cpu"] for r in rows)
            rss = max(r["rss_mb"] for r in rows)
            print(f"  {name} ({sides[name]}): start -> table filled {filled:.2f} s, app CPU {cpu:.2f} s, "
                  f"peak RSS {rss:.0f} MiB, rows {rows[-1]['rows']}, cases {rows[-1]['cases']}")
    else:
        base = statistics.median(p["plain_s"] for p in plain)
        print(f"  plain read (scan + read every byte): {base:.3f} s")
        for name, rows in results.items():
            warm = statistics.median(r["warm_s"] for r in rows)
            rss = max(r["rss_mb"] for r in rows)
            print(f"  {name} ({sides[name]}): warm index {warm:.3f} s ({warm / base:.2f}x the plain read), "
                  f"peak RSS {rss:.0f} MiB, hits {rows[-1]['hits']}/{rows[-1]['cases']}")
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]) if sys.argv[1:2] == ["--child"] else main())
