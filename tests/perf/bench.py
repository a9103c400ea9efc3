"""Speed at scale (issue 6): ``python -m tests.perf.bench --sizes 100,1000,10000``.

A benchmark script, not a test: it prints figures and writes the markdown
table in ``docs/performance.md``.  Every figure is measured in a fresh
subprocess (so caches, imports and the GC start equal) on folders made by
``tests.perf.generate`` (seed 1), and each is set beside a floor measured
the same way in the same run:

* first frame: the app runs under a pseudo-terminal (160x45) that answers
  Textual's synchronized-output query like a modern terminal; the time from
  spawning the process to the end of the first synchronized update (the
  first whole screen) is compared with a bare ``textual.app.App``;
* index: ``CaseStore.load_all`` cold (empty parse cache), in process and
  through the pool, and warm (second start), against a scan plus a plain
  read of the same bytes;
* app start → table filled, and peak RSS (``VmHWM`` of the app process);
* save → table: the app under ``run_test`` with the real watcher; a case
  file's priority is rewritten and the clock runs until the DataTable cell
  shows the new value (50 saves, p50 / p95);
* filter keystroke: ``pilot.press`` of each key with all N rows shown, until
  the table has applied the filter (p50 / max);
* one edit: ``apply_edit`` (read, patch, re-parse to verify, atomic write).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NA = "n/a (not present yet)"
TARGETS = {"first_frame_ratio": 1.5, "cold_10k": 5.0, "warm_10k": 1.0, "warm_ratio": 20.0,
           "save_p95_ms": 150.0, "rss_mb": 300.0, "filter_ms": 50.0}


def _vmhwm_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _use_cache_dir(cache_dir: str) -> None:
    """Point the app's parse cache at *cache_dir* ("none": a new empty folder, so the start is cold)."""
    if cache_dir == "none":
        cache_dir = tempfile.mkdtemp(prefix="oncall-bench-cold-")
    os.environ["ONCALL_TUI_CACHE_DIR"] = cache_dir


# -- children: each runs in a fresh process and prints one JSON line --------------------------------


def child_plain(root: Path) -> dict:
    from oncall_tui.core.folder import scan

    start = time.perf_counter()
    entries, _ = scan(root)
    total = 0
    for entry in entries:
        with open(entry.abs, "rb") as handle:
            total += len(handle.read())
    return {"seconds": time.perf_counter() - start, "files": len(entries), "bytes": total}


def child_index(root: Path, cache_dir: str, workers: int | None) -> dict:
    import gc

    from oncall_tui.core.cache import ParseCache
    from oncall_tui.core.store import CaseStore

    cache = None if cache_dir == "none" else ParseCache(root, Path(cache_dir))
    start = time.perf_counter()
    store = CaseStore(root, cache=cache, workers=workers)
    store.load_all(save_cache=False, freeze_gc=True)  # as the app loads; it writes the cache after the table fills
    seconds = time.perf_counter() - start
    store.save_cache()
    gc_start = time.perf_counter()
    gc.collect()
    return {"seconds": seconds, "cases": len(store), "hits": cache.hits if cache else 0,
            "gc_ms": (time.perf_counter() - gc_start) * 1e3, "rss_mb": _vmhwm_mb()}


def child_app(root: Path, cache_dir: str, report: Path) -> None:
    """The real app (its parse cache in *cache_dir*) that reports when the table is filled, then exits."""
    _use_cache_dir(cache_dir)
    from textual import on

    from oncall_tui.tui.app import OncallApp
    from oncall_tui.tui.messages import Loaded, LoadFound

    import inspect

    first_rows: list[float] = []

    class BenchApp(OncallApp):
        CSS_PATH = str(Path(inspect.getfile(OncallApp)).parent / OncallApp.CSS_PATH)  # relative to app.py

        @on(LoadFound)
        def _bench_found(self, _message: LoadFound) -> None:
            if not first_rows:
                self.call_after_refresh(lambda: first_rows.append(time.time()))  # once drawn

        @on(Loaded)
        def _bench_loaded(self, _message: Loaded) -> None:
            self.set_interval(0.005, self._bench_check)

        def _bench_check(self) -> None:
            if _settled(self.main.table):  # the table patches big updates over several turns
                self.call_after_refresh(self._bench_report)

        def _bench_report(self) -> None:
            if report.exists():
                return
            data = {"filled_at": time.time(), "rows": self.main.table.row_count, "cases": len(self.store),
                    "rss_mb": _vmhwm_mb(), "first_rows_at": first_rows[0] if first_rows else None,
                    "cpu_s": time.process_time()}
            report.write_text(json.dumps(data))
            self.exit()

    BenchApp(root).run()


def _settled(table) -> bool:
    return getattr(table, "settled", True)


async def _until(check, timeout: float, step: float = 0.001) -> bool:
    end = time.perf_counter() + timeout
    while not check():
        if time.perf_counter() > end:
            return False
        await asyncio.sleep(step)
    return True


_PRIORITY_LINE = re.compile(rb"^(Priority: )(.*)$", re.MULTILINE)
_WORDS = {"P1": b"Critical", "P2": b"High", "P3": b"Medium", "P4": b"Low"}


async def child_live(root: Path, cache_dir: str, saves: int) -> dict:
    _use_cache_dir(cache_dir)
    from textual import events

    from oncall_tui.tui.app import OncallApp

    app = OncallApp(root)
    out: dict = {}
    async with app.run_test(size=(160, 45)) as pilot:
        table = app.main.table
        if not await _until(lambda: app.loaded and _settled(table), 600, 0.05):
            return {"error": "did not load"}
        await pilot.pause()
        shown = [p for p in table.shown_paths if p.rsplit("/", 1)[-1].startswith("CE")]
        picks = random.Random(2).sample(shown, min(saves, len(shown)))
        latencies = []
        for rel in picks:
            path = root / rel
            raw = path.read_bytes()
            current = table.get_cell(rel, "priority").plain
            target = random.Random(rel).choice([p for p in _WORDS if p != current])
            new = _PRIORITY_LINE.sub(lambda m: m.group(1) + _WORDS[target], raw, count=1)
            start = time.perf_counter()
            path.write_bytes(new)
            ok = await _until(lambda: table.get_cell(rel, "priority").plain == target, 5.0)
            latencies.append((time.perf_counter() - start) * 1e3 if ok else float("inf"))
            await asyncio.sleep(0.25)  # let the watcher go quiet between saves
        out["save_ms"] = latencies
        table.open_only = False
        await _until(lambda: _settled(table), 60)
        await pilot.pause()
        out["rows"] = table.row_count
        await pilot.press("slash")
        await pilot.pause()
        keys = []
        for key, char, expect in [("b", "b", "b"), ("a", "a", "ba"), ("n", "n", "ban"), ("k", "k", "bank"),
                                  ("backspace", None, "ban"), ("backspace", None, "ba"),
                                  ("backspace", None, "b"), ("backspace", None, "")]:
            # The key goes in as the terminal driver would send it (pilot.press adds idle waits of its own).
            start = time.perf_counter()
            app._driver.send_message(events.Key(key, char))
            await _until(lambda: table.filter_text == expect, 10.0)
            first = time.perf_counter()  # the first chunk of rows is patched in the same turn
            await _until(lambda: _settled(table), 30.0)
            keys.append(((first - start) * 1e3, (time.perf_counter() - start) * 1e3, table.row_count))
            await pilot.pause()
        out["filter"] = keys
    return out


def child_edit(path: Path) -> dict:
    try:
        from oncall_tui.core.edits import SetPriority, apply_edit
        from oncall_tui.core.storage import Storage
    except ImportError:
        return {"error": "n/a: edits not present"}
    storage = Storage(path.parent)
    times = []
    for n in range(22):
        start = time.perf_counter()
        try:
            apply_edit(storage, path.name, SetPriority(("P2", "P3")[n % 2]))
        except Exception:  # NothingToChange when the file already says so
            continue
        times.append((time.perf_counter() - start) * 1e3)
    return {"ms": statistics.median(times[1:]), "bytes": path.stat().st_size, "edits": len(times)}


# -- the parent ----------------------------------------------------------------------------------------


def _run_child(*args: str, timeout: float = 900) -> dict:
    cmd = [sys.executable, "-m", "tests.perf.bench", "--child", *args]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"child {' '.join(args)} failed: " + " / ".join(tail))
    return json.loads(lines[-1])


def pty_run(cmd: list[str], *, report: Path | None = None, timeout: float = 600, cwd: Path | None = None,
            env_extra: dict[str, str] | None = None) -> dict:
    """Run *cmd* on a 160x45 pseudo-terminal; time to the first whole frame, and to *report* appearing."""
    import fcntl
    import pty
    import struct
    import termios

    from tests.helpers.ptys import take_the_terminal

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 160, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor", **(env_extra or {}))
    start = time.time()
    proc = subprocess.Popen(cmd, cwd=cwd or REPO, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
                            preexec_fn=take_the_terminal)
    os.close(slave)
    first = None
    tail = b""
    try:
        while time.time() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.02)
            if ready:
                try:
                    data = os.read(master, 1 << 16)
                except OSError:
                    break
                window, tail = tail + data, (tail + data)[-16:]
                if b"\x1b[?2026$p" in window:
                    os.write(master, b"\x1b[?2026;2$y")  # "synchronized output supported"
                if first is None and (b"\x1b[?2026l" in window or b"\x1b[45;1H" in window):
                    first = time.time() - start
            if first is not None and (report is None or report.exists()) or proc.poll() is not None:
                break
    finally:
        if proc.poll() is None:
            if report is None or not report.exists():
                proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        os.close(master)
    out = {"first_frame": first}
    if report is not None and report.exists():
        data = json.loads(report.read_text())
        out.update(filled=data["filled_at"] - start, rows=data["rows"], cases=data["cases"], rss_mb=data["rss_mb"])
        if data.get("first_rows_at"):
            out["first_rows"] = data["first_rows_at"] - start
        out["cpu"] = data.get("cpu_s")
    return out


def _median(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _present(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def bench_size(n: int, work: Path, args) -> dict:
    root = work / f"cases-{n}"
    if not (root / ".complete").exists():
        shutil.rmtree(root, ignore_errors=True)
        from tests.perf.generate import generate

        generate(root, n, seed=1)
        (root / ".complete").write_text("seed 1\n")
    r: dict = {"n": n}
    r["plain"] = _median([_run_child("plain", str(root))["seconds"] for _ in range(3)])
    cache = work / f"cache-{n}"
    colds = []
    for _ in range(1 if n >= 5000 else 3):
        shutil.rmtree(cache, ignore_errors=True)
        colds.append(_run_child("index", str(root), str(cache)))
    r["cold"] = _median([c["seconds"] for c in colds])
    r["cold_serial"] = _run_child("index", str(root), "none", "--workers", "1")["seconds"]
    warms = [_run_child("index", str(root), str(cache)) for _ in range(3)]
    r["warm"] = _median([w["seconds"] for w in warms])
    r["warm_hits"] = warms[-1]["hits"]
    r["gc_ms"] = warms[-1]["gc_ms"]
    r["index_rss"] = warms[-1]["rss_mb"]
    print(f"  {n}: plain {r['plain']:.3f}s cold {r['cold']:.2f}s (in process {r['cold_serial']:.2f}s) "
          f"warm {r['warm']:.3f}s hits {r['warm_hits']}", flush=True)
    if not _present("oncall_tui.tui.app"):
        return r
    bare, app = [], []
    os.environ["ONCALL_TUI_CACHE_DIR"] = str(cache)  # the plain app runs below start warm
    for _ in range(args.repeat):
        bare.append(pty_run([sys.executable, "-c", "from textual.app import App; App().run()"])["first_frame"])
        app.append(pty_run([sys.executable, "-m", "oncall_tui", str(root)])["first_frame"])
    r["ff_bare"], r["ff_app"] = _median(bare), _median(app)
    runs = {}
    for label, cache_arg, count in (("warm", str(cache), args.repeat), ("cold", "none", 1)):
        results = []
        for _ in range(count):
            with tempfile.TemporaryDirectory() as tmp:
                report = Path(tmp) / "report.json"
                cmd = [sys.executable, "-m", "tests.perf.bench", "--child", "app", str(root), cache_arg, str(report)]
                results.append(pty_run(cmd, report=report))
        runs[label] = results
    r["ff_app_warm"] = _median([x["first_frame"] for x in runs["warm"]])
    r["filled_warm"] = _median([x.get("filled") for x in runs["warm"]])
    r["filled_cold"] = _median([x.get("filled") for x in runs["cold"]])
    r["first_rows_cold"] = _median([x.get("first_rows") for x in runs["cold"]])
    r["rss_warm"] = max((x.get("rss_mb") or 0) for x in runs["warm"])
    r["rss_cold"] = max((x.get("rss_mb") or 0) for x in runs["cold"])
    print(f"  {n}: first frame bare {r['ff_bare']:.3f}s app {r['ff_app']:.3f}s (warm cache {r['ff_app_warm']:.3f}s); "
          f"filled warm {r['filled_warm']}s cold {r['filled_cold']}s (first rows {r['first_rows_cold']}s); rss {r['rss_warm']:.0f}/{r['rss_cold']:.0f} MiB",
          flush=True)
    try:
        live = _run_child("live", str(root), str(cache), "--saves", str(args.saves), timeout=1800)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        live = {"error": str(exc)}
    if "error" not in live:
        finite = [v for v in live["save_ms"] if v != float("inf")]
        r["save_p50"], r["save_p95"] = _pct(live["save_ms"], 0.5), _pct(live["save_ms"], 0.95)
        r["save_missed"] = len(live["save_ms"]) - len(finite)
        r["filter_rows"] = live["rows"]
        r["filter_first_p50"] = statistics.median(first for first, _, _ in live["filter"])
        r["filter_first_max"] = max(first for first, _, _ in live["filter"])
        r["filter_p50"] = statistics.median(done for _, done, _ in live["filter"])
        r["filter_max"] = max(done for _, done, _ in live["filter"])
        print(f"  {n}: save p50 {r['save_p50']:.0f} ms p95 {r['save_p95']:.0f} ms; filter at {r['filter_rows']} rows: "
              f"first rows p50 {r['filter_first_p50']:.0f} max {r['filter_first_max']:.0f} ms, all rows "
              f"p50 {r['filter_p50']:.0f} max {r['filter_max']:.0f} ms", flush=True)
    else:
        print(f"  {n}: live run failed: {live['error']}", flush=True)
    return r


def _machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    ram = next((int(line.split()[1]) // 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} CPUs ({cpu}), {ram / 1024:.1f} GiB RAM, Linux {platform.release()}, Python {platform.python_version()}"


def _fmt(value, unit: str = "s", digits: int = 2) -> str:
    if value is None:
        return NA
    if unit == "ms":
        return f"{value:.0f} ms"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "n":
        return f"{value:,}"
    if unit == "x":
        return f"{value:.2f}×"
    return f"{value:.{digits}f} s"


KEEP_MARKER = "<!-- figures below are from other scripts; bench.py keeps them -->"


def write_report(results: list[dict], edit: dict, command: str, out: Path) -> str:
    sizes = [r["n"] for r in results]
    head = "| measure | " + " | ".join(f"{n:,} files" for n in sizes) + " | target (10,000) |"
    rows = [head, "|" + "---|" * (len(sizes) + 2)]

    def row(label: str, key, unit: str = "s", target: str = "", digits: int = 2) -> None:
        cells = [_fmt(key(r) if callable(key) else r.get(key), unit, digits) for r in results]
        rows.append(f"| {label} | " + " | ".join(cells) + f" | {target} |")

    def ratio(a: str, b: str):
        return lambda r: r[a] / r[b] if r.get(a) and r.get(b) else None

    row("first frame, bare Textual app", "ff_bare", digits=3)
    row("first frame, `python -m oncall_tui FOLDER`", "ff_app", digits=3)
    row("first frame ratio (app / bare)", ratio("ff_app", "ff_bare"), "x", "≤ 1.5×")
    row("first frame, app with warm parse cache", "ff_app_warm", digits=3)
    row("plain read (scan + read every byte)", "plain", digits=3)
    row("index cold, in process", "cold_serial")
    row("index cold, process pool (cache written after)", "cold", target="≤ 5 s")
    row("index warm (parse cache)", "warm", target="≤ 1 s", digits=3)
    row("index warm / plain read", ratio("warm", "plain"), "x", "≤ 20×")
    row("app start → table filled, warm", "filled_warm")
    row("app start → first rows drawn, cold", "first_rows_cold")
    row("app start → table filled, cold", "filled_cold")
    row("peak RSS of the app, warm", "rss_warm", "MiB", "≤ 300 MB")
    row("peak RSS of the app, cold", "rss_cold", "MiB", "≤ 300 MB")
    row("save → table cell updated, p50", "save_p50", "ms")
    row("save → table cell updated, p95", "save_p95", "ms", "≤ 150 ms")
    row("rows shown while filtering (before the first key)", "filter_rows", "n")
    row("filter keystroke → first rows patched, p50", "filter_first_p50", "ms")
    row("filter keystroke → first rows patched, max", "filter_first_max", "ms", "≤ 50 ms")
    row("filter keystroke → every row patched, p50", "filter_p50", "ms")
    row("filter keystroke → every row patched, max", "filter_max", "ms")
    row("full GC pass with the index loaded (frozen, as the app does)", "gc_ms", "ms")
    edit_text = f"{edit['ms']:.1f} ms ({edit['bytes'] / 1024:.1f} KB file)" if "ms" in edit else edit.get("error", NA)
    text = "\n".join([
        "# Performance",
        "",
        f"Measured on {date.today().isoformat()}: {_machine()}.",
        "",
        f"Command: `{command}`. Folders are generated by `python -m tests.perf.generate DIR --count N --seed 1`",
        "(60% escalations, 20% meetings, 20% incidents, 1-20 KB, ~10 timeline events and ~20 action items",
        "a case on average). Filter rows: the table shows all cases (`o`) while typing `bank` and deleting it.",
        "",
        *rows,
        "",
        f"One edit (read, patch, re-parse to verify, atomic write with fsync), median of 20: {edit_text}.",
        "",
        "How each figure is taken is described in `tests/perf/bench.py`; `tests/perf/README.md` explains",
        "what limits the figures that miss their targets.",
        "",
    ])
    out.parent.mkdir(parents=True, exist_ok=True)
    old = out.read_text() if out.exists() else ""
    kept = old[old.find(KEEP_MARKER):] if KEEP_MARKER in old else ""  # sections other scripts measured
    out.write_text(text + ("\n" + kept if kept else ""))
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench")
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "oncall-tui-bench")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "performance.md")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each first-frame measurement")
    parser.add_argument("--saves", type=int, default=50)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "plain":
            print(json.dumps(child_plain(Path(rest[0]))))
        elif kind == "index":
            print(json.dumps(child_index(Path(rest[0]), rest[1], args.workers)))
        elif kind == "app":
            child_app(Path(rest[0]), rest[1], Path(rest[2]))
        elif kind == "live":
            print(json.dumps(asyncio.run(child_live(Path(rest[0]), rest[1], args.saves))))
        elif kind == "edit":
            print(json.dumps(child_edit(Path(rest[0]))))
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    command = "python -m tests.perf.bench " + " ".join(argv if argv is not None else sys.argv[1:])
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        print(f"{n} files:", flush=True)
        results.append(bench_size(n, args.work, args))
    sample = args.work / "edit" / "case.txt"
    sample.parent.mkdir(exist_ok=True)
    shutil.copy(next((args.work / f"cases-{results[0]['n']}").rglob("CE*.txt")), sample)
    try:
        edit = _run_child("edit", str(sample))
    except RuntimeError as exc:
        edit = {"error": str(exc)}
    print(write_report(results, edit, command.strip(), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
