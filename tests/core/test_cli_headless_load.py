"""export and check read the folder the way the app does: settings' size limit, parse cache, progress."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from tests.perf.generate import generate

HANG = 120.0


def _env(tmp_path: Path, cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"ONCALL_TUI_CACHE_DIR": str(cache), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "HOME": str(tmp_path / "home")})
    env.pop("ONCALL_TUI_CONFIG", None)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oncall_tui", *args], capture_output=True, text=True,
                          env=env, timeout=HANG)


def test_the_team_size_limit_reaches_export_and_check(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "CE7000.md").write_text("# CE7000 Big one\n\nCustomer: Ash Co\n\n" + "- filler line\n" * 400)
    (folder / ".oncall-tui.toml").write_text("max_file_bytes = 2048\n")
    env = _env(tmp_path, tmp_path / "cache")
    exported = json.loads(_run(["export", str(folder)], env).stdout)
    assert any("over the 2 KiB limit" in p for p in exported[0]["problems"])
    checked = _run(["check", str(folder)], env)
    assert checked.returncode == 1 and "over the 2 KiB limit" in checked.stdout


def test_export_uses_the_parse_cache_unless_told_not_to(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    generate(folder, 60, seed=3)
    old = time.time_ns() - 3_600 * 10**9  # old enough to be cached
    for path in folder.rglob("*.md"):
        os.utime(path, ns=(old, old))
    cache = tmp_path / "cache"
    env = _env(tmp_path, cache)
    uncached = _run(["export", str(folder), "--no-cache"], env)
    assert uncached.returncode == 0 and (not cache.exists() or not any(cache.iterdir()))
    cold = _run(["export", str(folder)], env)
    assert cold.returncode == 0 and [p for p in cache.iterdir() if p.is_file()]  # the cache was written
    warm = _run(["export", str(folder)], env)
    assert warm.stdout == cold.stdout == uncached.stdout  # same answer, whichever way it was read
    checked = _run(["check", str(folder), "--no-cache"], env)
    assert "60 files" in checked.stdout


def _pty_run(args: list[str], env: dict[str, str]) -> tuple[str, bytes, int]:
    """Run with standard error on a terminal and standard output piped: (stdout, terminal bytes, exit code)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "oncall_tui", *args], stdout=subprocess.PIPE,
                            stderr=follower, stdin=subprocess.DEVNULL, env=env)
    os.close(follower)
    seen = b""
    out_chunks: list[bytes] = []
    open_ends = [leader, proc.stdout.fileno()]
    deadline = time.monotonic() + HANG
    while open_ends and time.monotonic() < deadline:
        ready, _, _ = select.select(open_ends, [], [], 0.5)
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the terminal's other end closed (EIO)
                chunk = b""
            if not chunk:
                open_ends.remove(fd)
            elif fd == leader:
                seen += chunk
            else:
                out_chunks.append(chunk)
    os.close(leader)
    proc.wait(HANG)
    return b"".join(out_chunks).decode(), seen, proc.returncode


def test_progress_on_a_terminal_only(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    generate(folder, 250, seed=4)
    env = _env(tmp_path, tmp_path / "cache")
    stdout, terminal, code = _pty_run(["check", str(folder), "--no-cache"], env)
    assert code in (0, 1) and "250 files" in stdout
    assert b"reading " in terminal and b"/250 files" in terminal
    assert terminal.rstrip().endswith(b"\x1b[K")  # the progress line is wiped before the end
    piped = _run(["check", str(folder), "--no-cache"], env)
    assert "reading" not in piped.stderr and "250 files" in piped.stdout
