"""Something other than a regular file at the parse cache's path: the start never blocks, nothing is written through.

A FIFO there used to hang the first load ("loading 0/20" forever): ``open``
waits for a writer.  Each test runs the real store in a fresh interpreter
with a hang-catching bound, then looks at what is at the cache path.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from oncall_tui.core.cache import cache_path
from tests.tui.casefiles import escalation, write

ROOT = Path(__file__).resolve().parents[2]
HANG = 30  # seconds: only catches a hang; a load of three files takes well under one

LOAD = """
import json, sys
from pathlib import Path
from oncall_tui.core.cache import ParseCache
from oncall_tui.core.store import CaseStore
folder, cache_dir = Path(sys.argv[1]), Path(sys.argv[2])
cache = ParseCache(folder, cache_dir)
store = CaseStore(folder, cache=cache)
store.load_all(save_cache=False)
flushed = cache.flush()
print(json.dumps({"cases": len(store), "hits": cache.hits, "flushed": flushed, "problem": cache.problem}))
"""


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    hour_ago = os.stat(tmp_path).st_mtime - 3600  # older than the cache's "too fresh to trust" window
    for n in range(3):
        os.utime(write(folder, f"CE{3000 + n}.md", escalation(f"CE{3000 + n}", f"Customer {n}")), (hour_ago, hour_ago))
    return folder


def _load(folder: Path, cache_dir: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", LOAD, str(folder), str(cache_dir)], cwd=ROOT, capture_output=True,
                          text=True, timeout=HANG, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _odd(kind: str, path: Path, tmp_path: Path) -> Path | None:
    """Put a *kind* at *path*; returns a file outside that must stay untouched, if any."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    elif kind == "symlink to /dev/zero":
        path.symlink_to("/dev/zero")
    elif kind == "symlink to a FIFO":
        os.mkfifo(tmp_path / "elsewhere.fifo")
        path.symlink_to(tmp_path / "elsewhere.fifo")
    elif kind == "symlink to someone's file":
        outside = tmp_path / "someones-notes.txt"
        outside.write_text("not the cache's to overwrite\n")
        path.symlink_to(outside)
        return outside
    elif kind == "dangling symlink":
        path.symlink_to(tmp_path / "nothing-here")
        return tmp_path / "nothing-here"
    return None


KINDS = ["fifo", "directory", "symlink to /dev/zero", "symlink to a FIFO", "symlink to someone's file",
         "dangling symlink"]


@pytest.mark.parametrize("kind", KINDS)
def test_an_odd_file_at_the_cache_path_neither_blocks_nor_is_written_through(kind: str, tmp_path: Path) -> None:
    folder, cache_dir = _folder(tmp_path), tmp_path / "cache"
    path = cache_path(folder, cache_dir)
    outside = _odd(kind, path, tmp_path)
    before = outside.read_bytes() if outside is not None and outside.exists() else None

    first = _load(folder, cache_dir)
    assert first["cases"] == 3 and first["hits"] == 0
    assert first["problem"], "the odd cache path is noted"
    if outside is not None:  # never written through the link
        assert (outside.read_bytes() if outside.exists() else None) == before
    if kind == "directory":  # a folder cannot be swapped for a file atomically: left alone
        assert not first["flushed"] and path.is_dir()
        return
    assert first["flushed"]
    info = os.lstat(path)
    assert stat.S_ISREG(info.st_mode), "replaced by a regular file"
    assert stat.S_IMODE(info.st_mode) == 0o600

    second = _load(folder, cache_dir)  # and the replacement is a working cache
    assert (second["cases"], second["hits"], second["problem"]) == (3, 3, None)
