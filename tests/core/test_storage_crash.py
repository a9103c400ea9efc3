"""Crash safety: a writer killed with SIGKILL at random moments never leaves a partial file.

A child process loops ``Storage.write`` alternating two known ~20 KB versions;
the parent kills it at a random moment, then checks that the file is exactly
one of the two versions and that a fresh Storage's cleanup leaves no temp
files.  ``ONCALL_CRASH_ROUNDS`` (default 200) sets the number of kills.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from oncall_tui.core.storage import TEMP_SUFFIX, Storage

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")]

ROUNDS = int(os.environ.get("ONCALL_CRASH_ROUNDS", "200"))
NAME = "INC-2026-0999.md"


def _versions() -> tuple[bytes, bytes]:
    """Two different ~20 KB files (LF and CRLF), so a mix of both can never pass for either."""
    rng = random.Random(7)
    a = ["# Incident Report: INC-2026-0999", ""]
    b = ["# Incident Report: INC-2026-0999", ""]
    while min(sum(len(line) + 1 for line in lines) for lines in (a, b)) < 20_000:
        i = len(a)
        a.append(f"- **{i // 60 % 24:02d}:{i % 60:02d}** - event {rng.random():.12f} in version A")
        b.append(f"* {i:04d}: version B says {rng.random():.12f} instead")
    return ("\n".join(a) + "\n").encode(), ("\r\n".join(b) + "\r\n").encode()


CHILD = textwrap.dedent(
    """
    import sys
    from oncall_tui.core.storage import Storage
    root, name, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    a = open(sys.argv[4], "rb").read()
    b = open(sys.argv[5], "rb").read()
    s = Storage(root)
    if mode == "replace":
        s._swap = None
    snap = s.read(name)
    sys.stdout.write("ready\\n"); sys.stdout.flush()
    while True:
        new = b if snap.data == a else a
        s.write(name, new, expected_sha256=snap.sha256)
        snap = s.read(name)
    """
)


def _temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX)]


@pytest.mark.parametrize("mode", ["exchange", "replace"])
def test_sigkill_never_leaves_a_partial_file(tmp_path: Path, mode: str):
    if mode == "exchange" and Storage(tmp_path)._swap is None:
        pytest.skip("renameat2 is not available on this platform")
    a, b = _versions()
    assert len(a) >= 20_000 and len(b) >= 20_000 and a != b
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / NAME).write_bytes(a)
    (tmp_path / "a").write_bytes(a)
    (tmp_path / "b").write_bytes(b)
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    rounds = max(1, ROUNDS // 2)
    seen = {a: 0, b: 0}
    leftovers = 0
    for _ in range(rounds):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), NAME, mode, str(tmp_path / "a"), str(tmp_path / "b")],
            stdout=subprocess.PIPE,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == b"ready\n"
            # A random moment inside the write loop (each write fsyncs, so a few ms each).
            time.sleep(rng.uniform(0, 0.025))
            child.send_signal(signal.SIGKILL)
        finally:
            child.kill()
            child.wait()
            if child.stdout:
                child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        data = (folder / NAME).read_bytes()
        assert data in seen, f"partial or foreign content after SIGKILL ({len(data)} bytes)"
        seen[data] += 1
        if _temp_files(folder):
            leftovers += 1
        Storage(folder).cleanup_temp_files(max_age=0)
        assert _temp_files(folder) == []
        assert sorted(p.name for p in folder.iterdir()) == [NAME]
    print(f"\n{mode}: {rounds} kills; ended on A {seen[a]}x, B {seen[b]}x; temp file left behind in {leftovers} rounds")
    if rounds >= 50:
        # The kills must land inside the write loop (both versions seen) and often
        # between creating a temp file and swapping it in (leftovers to clean up).
        assert seen[a] and seen[b] and leftovers
