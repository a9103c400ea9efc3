"""The cold index of two checkouts side by side, in alternating rounds (issue 14's cold target).  Not a test.

Each round runs, from each checkout (its folder first on ``sys.path``), a
fresh process that loads FOLDER cold as the app does
(``CaseStore.load_all(save_cache=False, freeze_gc=True)`` with an empty
parse cache, so the process pool parses every file), then writes the cache.
It prints, per side, medians of: the wall time of the load, the CPU of the
parent process (unpacking the workers' payloads, building the models, the
store) and of the pool's workers (``RUSAGE_CHILDREN``, which includes their
start), and the cache write after.  ``--export`` times a cold
``python -m oncall_tui export FOLDER -o OUT`` instead (wall and CPU of the
whole process tree, ``ONCALL_TUI_CACHE_DIR`` an empty folder each run) and
checks both sides wrote the same bytes.

Example::

    git worktree add --detach /tmp/base-cold <commit>
    python -m tests.perf.bench_cold /tmp/gen10k --old /tmp/base-cold --new . --rounds 3
    python -m tests.perf.bench_cold /tmp/gen10k --old /tmp/base-cold --new . --rounds 2 --export
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def child(folder: Path, cache_dir: Path) -> dict:
    from oncall_tui.core.cache import ParseCache
    from oncall_tui.core.store import CaseStore

    start, cpu = time.perf_counter(), time.process_time()
    store = CaseStore(folder, cache=ParseCache(folder, cache_dir))
    store.load_all(save_cache=False, freeze_gc=True)
    wall, parent = time.perf_counter() - start, time.process_time() - cpu
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    store.save_cache()
    return {"wall": wall, "parent": parent, "workers": kids.ru_utime + kids.ru_stime,
            "save": time.perf_counter() - start, "cases": len(store), "pooled": store.pooled,
            "module": __import__("oncall_tui").__file__}


def _env(checkout: Path, cache: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ONCALL_TUI_CACHE_DIR")}
    env["PYTHONPATH"] = f"{checkout.resolve()}{os.pathsep}{REPO}"
    env["ONCALL_TUI_CACHE_DIR"] = str(cache)
    return env


def _index(checkout: Path, folder: Path) -> dict:
    cache = Path(tempfile.mkdtemp(prefix="bench-cold-"))
    try:
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(folder), str(cache)],
                             env=_env(checkout, cache), cwd=checkout, capture_output=True, text=True, check=False)
        if out.returncode:
            raise RuntimeError(out.stderr[-2000:])
        result = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    if not result["module"].startswith(str(checkout.resolve())):
        raise RuntimeError(f"{checkout}: imported {result['module']}")
    return result


def _export(checkout: Path, folder: Path) -> dict:
    cache = Path(tempfile.mkdtemp(prefix="bench-cold-"))
    target = cache / "out.json"
    try:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "oncall_tui", "export", str(folder), "-o", str(target)],
                                env=_env(checkout, cache), cwd=checkout, stdout=subprocess.DEVNULL)
        _pid, status, _usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise RuntimeError(f"{checkout}: export exit {status}")
        # the export's own CPU and its pool's (wait4 of the export counts the workers it reaped)
        usage = _usage
        digest = hashlib.md5(target.read_bytes()).hexdigest()[:12]
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "md5": digest}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_cold", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, default=REPO)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--export", action="store_true", help="time a cold `export -o` instead of the index")
    args = parser.parse_args(argv)
    sides = {"old": args.old, "new": args.new}
    runs: dict[str, list[dict]] = {"old": [], "new": []}
    for index in range(args.rounds):
        for name in (("old", "new") if index % 2 == 0 else ("new", "old")):
            result = (_export if args.export else _index)(sides[name], args.folder.resolve())
            runs[name].append(result)
            print(f"  round {index + 1} {name}: " + ", ".join(
                f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items() if k != "module"),
                flush=True)
    what = "cold export -o" if args.export else "cold index (load_all, pool)"
    print(f"{what} of {args.folder}, medians of {args.rounds} alternating rounds; load {os.getloadavg()[0]:.1f}")
    keys = ("wall", "cpu") if args.export else ("wall", "parent", "workers", "save")
    med = {name: {k: statistics.median(r[k] for r in rows) for k in keys} for name, rows in runs.items()}
    for name in sides:
        print(f"  {name} ({sides[name]}): " + ", ".join(f"{k} {med[name][k]:.2f} s" for k in keys))
    print("  new/old: " + ", ".join(f"{k} {med['new'][k] / med['old'][k]:.2f}x" for k in keys if med["old"][k]))
    if args.export:
        digests = {r["md5"] for rows in runs.values() for r in rows}
        print(f"  outputs identical: {len(digests) == 1} ({', '.join(sorted(digests))})")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(child(Path(sys.argv[2]), Path(sys.argv[3]))))
        sys.exit(0)
    sys.exit(main())
