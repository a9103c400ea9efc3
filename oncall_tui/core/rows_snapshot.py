"""What the cases table's first screenful showed last time, kept so the next start paints it at once.

One small JSON file per case folder beside the parse cache (the same cache
folder, :func:`~oncall_tui.paths.user_dir`), named by a hash of the folder's
resolved path with ``.rows.json``.  It holds the rows on screen as plain text
(each row one string per table column), the open counts by priority and the
number of problem files, under a *key*: a hash the caller makes of whatever
decides those rows (the screen, sort, open-only filter, columns, settings
that change the cells, the app's version).  A start whose key differs reads
nothing.

The file is untrusted input like any other in the cache folder: it is opened
without following a link or blocking (only a regular file is read), read
only up to :data:`MAX_BYTES`, and anything not exactly of the expected shape
(wrong JSON, wrong types, too many rows or too long cells, unknown priority
names) means no snapshot.  What it holds is shown only as literal text by
the TUI.  Writes go through :func:`~oncall_tui.core.atomic.write_atomic`;
an unwritable cache folder is no error (the next start just has no rows in
its first frame).  Nothing here raises, and nothing here imports Textual.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from oncall_tui.paths import user_dir

FORMAT = "oncall-tui-rows-snapshot"
VERSION = 1
MAX_BYTES = 256 * 1024
"""A bigger file is not read at all."""
MAX_ROWS = 200
MAX_CELL = 400
"""Characters in one cell (the widest column is far narrower)."""
MAX_COUNT = 10**9


@dataclass(frozen=True)
class RowsSnapshot:
    """The rows on screen (one string per column each), open counts by priority, problem files."""

    rows: tuple[tuple[str, ...], ...]
    counts: dict[str, int] = field(default_factory=dict)
    problems: int = 0
    title: str = ""
    """The table pane's title then (``Open escalations (11 of 20)``)."""

    def to_json(self, key: str) -> bytes:
        data = {"format": FORMAT, "version": VERSION, "key": key, "rows": [list(row) for row in self.rows],
                "counts": self.counts, "problems": self.problems, "title": self.title}
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def snapshot_path(root: Path, cache_dir: Path | None = None) -> Path:
    """The snapshot file of the case folder *root*."""
    real = os.path.realpath(Path(root).expanduser())
    name = hashlib.sha256(os.fsencode(real)).hexdigest()[:32]
    return (cache_dir if cache_dir is not None else user_dir("cache")) / f"{name}.rows.json"


def key_of(*parts: object) -> str:
    """A key for the things that decide the rows (JSON-able parts; others by ``str``)."""
    text = json.dumps([FORMAT, VERSION, *parts], sort_keys=True, default=str, ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _int(value: object) -> bool:
    return type(value) is int and 0 <= value <= MAX_COUNT


def _valid(data: object, key: str, columns: int, priorities: frozenset[str]) -> RowsSnapshot | None:
    if not isinstance(data, dict) or set(data) != {"format", "version", "key", "rows", "counts", "problems", "title"}:
        return None
    if data["format"] != FORMAT or data["version"] != VERSION or data["key"] != key:
        return None
    rows, counts, problems, title = data["rows"], data["counts"], data["problems"], data["title"]
    if not isinstance(rows, list) or len(rows) > MAX_ROWS or not _int(problems):
        return None
    if not isinstance(title, str) or len(title) > MAX_CELL:
        return None
    for row in rows:
        if not isinstance(row, list) or len(row) != columns:
            return None
        if not all(isinstance(cell, str) and len(cell) <= MAX_CELL for cell in row):
            return None
    if not isinstance(counts, dict) or not set(counts) <= priorities or not all(map(_int, counts.values())):
        return None
    return RowsSnapshot(tuple(tuple(row) for row in rows), dict(counts), problems, title)


def read_snapshot(path: Path, key: str, *, columns: int, priorities: frozenset[str]) -> RowsSnapshot | None:
    """The snapshot at *path* if it is one for *key*, with rows of *columns* cells and counts only of
    *priorities*; None for a missing, unreadable, oversized, garbled or other key's file."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:  # (closes fd)
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None  # a FIFO or a device put in its place is never read (a FIFO would hang the start)
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            return None
        data = json.loads(raw)
    except (OSError, ValueError, RecursionError):
        return None
    return _valid(data, key, columns, priorities)


def write_snapshot(path: Path, data: bytes) -> bool:
    """Put *data* (:meth:`RowsSnapshot.to_json`) at *path* atomically; False if it could not be written."""
    from oncall_tui.core.atomic import write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data, mode=0o600)
    except (OSError, ValueError):
        return False
    return True
