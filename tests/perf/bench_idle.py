"""An idle app, and the first frame: ``python -m tests.perf.bench_idle [--seconds 20] [--runs 2] [--folder DIR]``.

A benchmark script, not a test: it prints figures and ratios, and never fails on them.

* idle CPU: each program runs on a 160x45 pseudo-terminal (answering
  Textual's synchronized-output query as a modern terminal does); once it
  has drawn its first frame it gets ``--settle`` seconds to finish loading,
  then the CPU time of its process (``utime + stime`` from ``/proc/PID/stat``,
  every thread, plus any helper processes still running) is read before and
  after ``--seconds`` of doing nothing.  The folder is not touched meanwhile.
  Programs: a bare ``textual.app.App``, a bare app with a ``DataTable`` of
  rows, ``python -m oncall_tui FOLDER`` (the dashboard) and the same with
  ``--wall``.  Each run interleaves them, so the bare app is measured on the
  same busy machine beside the app; the figure is % of one core.
* first frame: the same programs, time from spawning the process to the end
  of the first whole frame (the first synchronized update), median of the
  runs; the app's ratio is against both bare apps.

The folder defaults to the bundled ``data/``; ``--size N`` generates N case
files (``tests.perf.generate``, seed 1) under ``--work`` instead.  The parse
cache is a fresh folder per invocation, warmed by one start before measuring.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
IDLE_TARGET = 1.0
"""% of one core, dashboard and wall (issue 14)."""
FIRST_FRAME_TARGET = 1.5
"""First frame / a bare Textual app's (issue 14)."""

BARE = "from textual.app import App; App().run()"
BARE_ROWS = """
from textual.app import App
from textual.widgets import DataTable

class Rows(App):
    def compose(self):
        yield DataTable()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("id", "customer", "priority", "status", "age")
        for n in range(40):
            table.add_row(f"CE{1000 + n}", f"Customer {n}", "P2", "open", f"{n}h")

Rows().run()
"""


def _ticks(pid: int) -> int:
    """utime + stime of *pid* and its live descendants, in clock ticks."""
    total = 0
    for one in [pid, *_descendants(pid)]:
        try:
            with open(f"/proc/{one}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            out.append(child)
            todo.append(child)
    return out


class Pty:
    """A program on a 160x45 pseudo-terminal whose output is drained (and its first frame timed)."""

    def __init__(self, cmd: list[str], env: dict[str, str]) -> None:
        import fcntl
        import pty
        import struct
        import termios

        from tests.helpers.ptys import take_the_terminal

        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 160, 0, 0))
        self.start = time.monotonic()
        self.proc = subprocess.Popen(cmd, cwd=REPO, stdin=slave, stdout=slave, stderr=slave,
                                     env={**env, "TERM": "xterm-256color", "COLORTERM": "truecolor"},
                                     start_new_session=True, preexec_fn=take_the_terminal)
        os.close(slave)
        self.first_frame: float | None = None
        self.first_frame_bytes = bytearray()
        """What the program wrote up to its first frame (to see what the frame showed)."""
        self.bytes_out = 0
        self._tail = b""

    def pump(self, seconds: float) -> None:
        """Read what the program writes for *seconds* (answering the terminal queries it makes)."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.5))
            if not ready:
                continue
            try:
                data = os.read(self.master, 1 << 16)
            except OSError:
                return
            self.bytes_out += len(data)
            window, self._tail = self._tail + data, (self._tail + data)[-16:]
            if b"\x1b[?2026$p" in window:
                os.write(self.master, b"\x1b[?2026;2$y")  # "synchronized output supported"
            if self.first_frame is None:
                self.first_frame_bytes += data
                if b"\x1b[?2026l" in window or b"\x1b[45;1H" in window:
                    self.first_frame = time.monotonic() - self.start

    def until_first_frame(self, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while self.first_frame is None and time.monotonic() < end and self.proc.poll() is None:
            self.pump(0.02)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        os.close(self.master)


def measure(cmd: list[str], env: dict[str, str], settle: float, seconds: float) -> dict:
    """First frame, then the idle CPU % of one core over *seconds* after *settle*."""
    run = Pty(cmd, env)
    try:
        run.until_first_frame()
        run.pump(settle)
        ticks, wall, written = _ticks(run.proc.pid), time.monotonic(), run.bytes_out
        run.pump(seconds)
        ticks, wall = _ticks(run.proc.pid) - ticks, time.monotonic() - wall
        alive = run.proc.poll() is None
    finally:
        run.close()
    hz = os.sysconf("SC_CLK_TCK")
    return {"first_frame": run.first_frame, "first_frame_bytes": bytes(run.first_frame_bytes), "idle_pct": 100.0 * ticks / hz / wall if alive else None,
            "idle_bytes_per_s": (run.bytes_out - written) / wall}


def _app(tree: Path, *args: str) -> list[str]:
    """``python -m oncall_tui ARGS`` with *tree*'s package first on the path."""
    if tree.resolve() == REPO:
        return [sys.executable, "-m", "oncall_tui", *args]
    return [sys.executable, "-c", f"import sys, runpy; sys.path.insert(0, {str(tree.resolve())!r}); "
            f"sys.argv = ['oncall-tui', *{list(args)!r}]; runpy.run_module('oncall_tui', run_name='__main__')"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="idle seconds measured per program")
    parser.add_argument("--settle", type=float, default=5.0, help="seconds after the first frame before measuring")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--folder", type=Path, default=REPO / "data")
    parser.add_argument("--size", type=int, help="generate this many case files instead of using --folder")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bench-idle")
    parser.add_argument("--warmup", type=float, default=300.0,
                        help="at most this many seconds for the first, unmeasured start to write the parse cache")
    parser.add_argument("--no-pyc", action="store_true",
                        help="compile the app's modules from source on every start (delete oncall_tui's __pycache__ "
                             "and keep PYTHONDONTWRITEBYTECODE=1), to compare with byte-compiled starts")
    parser.add_argument("--only", help="comma-separated program names (bare, bare-rows, dashboard, wall)")
    parser.add_argument("--tree", type=Path, default=REPO,
                        help="run the app from this tree (default this checkout; e.g. a compiled copy, tests/helpers/build.py)")
    args = parser.parse_args(argv)
    folder = args.folder
    if args.size:
        folder = args.work / f"cases-{args.size}"
        if not (folder / ".complete").exists():
            from tests.perf.generate import generate

            generate(folder, args.size, seed=1)
            (folder / ".complete").write_text("seed 1\n")
    with tempfile.TemporaryDirectory(prefix="bench-idle-") as tmp:
        # Byte-compiled modules, as an installed package has them: with PYTHONDONTWRITEBYTECODE set (as on the
        # machine these figures were first taken) every start compiled the app's ~60 modules from source, and
        # the bare app's Textual is compiled in site-packages either way.
        env = {k: v for k, v in os.environ.items() if not k.startswith("ONCALL_TUI_") and k != "PYTHONDONTWRITEBYTECODE"}
        if args.no_pyc:  # as a checkout run with PYTHONDONTWRITEBYTECODE=1 starts: every module of ours from source
            import shutil

            for cached in (REPO / "oncall_tui").rglob("__pycache__"):
                shutil.rmtree(cached, ignore_errors=True)
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.update({"ONCALL_TUI_CACHE_DIR": str(Path(tmp) / "cache"), "XDG_CONFIG_HOME": str(Path(tmp) / "config")})
        programs = {
            "bare": [sys.executable, "-c", BARE],
            "bare-rows": [sys.executable, "-c", BARE_ROWS],
            "dashboard": _app(args.tree, str(folder)),
            "wall": _app(args.tree, str(folder), "--wall"),
        }
        if args.only:
            programs = {k: v for k, v in programs.items() if k in args.only.split(",")}
        warm = Pty(programs.get("dashboard", programs["bare"]), env)  # writes the parse cache
        warm.until_first_frame()
        cache_dir, sizes, end = Path(env["ONCALL_TUI_CACHE_DIR"]), [], time.monotonic() + args.warmup
        while time.monotonic() < end:  # until the cache file is written and stops growing (a cold parse)
            warm.pump(1.0)
            sizes.append(sum(p.stat().st_size for p in cache_dir.glob("*.cache")) if cache_dir.is_dir() else 0)
            if len(sizes) >= 3 and sizes[-1] and sizes[-1] == sizes[-3]:
                break
        warm.close()
        print(f"warm-up: parse cache {sizes[-1] if sizes else 0:,} bytes after {len(sizes)} s", flush=True)
        print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}; folder {folder}; "
              f"{args.seconds:.0f} s idle after {args.settle:.0f} s, {args.runs} runs interleaved", flush=True)
        results: dict[str, list[dict]] = {name: [] for name in programs}
        for run in range(1, args.runs + 1):
            for name, cmd in programs.items():
                got = measure(cmd, env, args.settle, args.seconds)
                results[name].append(got)
                idle = "exited" if got["idle_pct"] is None else f"{got['idle_pct']:.2f} %"
                print(f"  run {run} {name:<10} first frame {got['first_frame'] or 0:.3f} s  idle CPU {idle}  "
                      f"({got['idle_bytes_per_s']:.0f} bytes/s to the terminal)", flush=True)

    def med(name: str, key: str) -> float | None:
        values = [r[key] for r in results.get(name, []) if r[key] is not None]
        return statistics.median(values) if values else None

    print("summary (medians):")
    bare_idle = med("bare", "idle_pct")
    for name in programs:
        idle, frame = med(name, "idle_pct"), med(name, "first_frame")
        line = f"  {name:<10} idle {idle if idle is not None else float('nan'):6.2f} % of a core"
        if bare_idle and idle is not None:
            line += f" ({idle / bare_idle:5.1f}x bare)"
        if name in ("dashboard", "wall") and idle is not None:
            line += f"  target <= {IDLE_TARGET:.0f} %: {'met' if idle <= IDLE_TARGET else 'MISSED'}"
        print(line)
    for name in ("dashboard", "wall"):
        frame = med(name, "first_frame")
        if frame is None:
            continue
        ratios = "  ".join(f"{frame / b:.2f}x {base}" for base in ("bare", "bare-rows") if (b := med(base, "first_frame")))
        verdict = ""
        if (b := med("bare-rows", "first_frame")) is not None:
            verdict = f"  target <= {FIRST_FRAME_TARGET}x bare-rows: {'met' if frame / b <= FIRST_FRAME_TARGET else 'MISSED'}"
        print(f"  {name:<10} first frame {frame:.3f} s  {ratios}{verdict}")
    for base in ("bare", "bare-rows"):
        if (frame := med(base, "first_frame")) is not None:
            print(f"  {base:<10} first frame {frame:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
