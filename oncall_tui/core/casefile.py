"""One case file read and parsed: what the store and the process pool's workers both do per file.

A file that cannot be read or parsed still becomes a case (a placeholder
with its problem), so it shows up with why; a file that vanished, or stopped
being a regular file inside the folder since the scan, becomes None (the
watcher or the next scan says what it is now).  Reads go through
:mod:`oncall_tui.core.reader`, never a plain ``open``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from oncall_tui.core.folder import Entry
from oncall_tui.core.model import Case, SourceInfo
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.reader import TooBig, UnsafePath, format_size, open_beneath, read_fd

Parse = Callable[..., Case]


def placeholder(rel: str, problem: str, size: int = 0, mtime_ns: int = 0) -> Case:
    """A case for a file whose bytes could not be parsed: it still shows, with why."""
    name = PurePosixPath(rel).name
    return Case(
        id=PurePosixPath(rel).stem,
        kind="note",
        title=name,
        path=rel,
        is_open=False,  # a file that could not be read is a problem, not an open case
        problems=[problem],
        source=SourceInfo(size=size, mtime_ns=mtime_ns),
    )


def oversize(rel: str, size: int, max_bytes: int, mtime_ns: int) -> Case:
    return placeholder(rel, f"not read: {format_size(size)} is over the {format_size(max_bytes)} limit",
                       size, mtime_ns)


def _could_not_read(entry: Entry, exc: OSError) -> tuple[Entry, Case]:
    problem = f"could not read: {(exc.strerror or type(exc).__name__).lower()}"
    return entry, placeholder(entry.rel, problem, entry.size, entry.mtime_ns)


def read_case(root: Path, entry: Entry, max_bytes: int, parse: Parse = parse_bytes) -> tuple[Entry, Case] | None:
    """Read and parse *entry* of the folder *root* (its real path); None when it is gone."""
    rel = entry.rel
    try:
        fd = open_beneath(root, rel)
    except (FileNotFoundError, UnsafePath):
        return None  # gone, or swapped for a link, folder or special file since the scan: the watcher will tell
    except OSError as exc:
        return _could_not_read(entry, exc)
    try:
        got = read_fd(fd, max_bytes)
    except TooBig as exc:
        return entry, oversize(rel, exc.size, max_bytes, entry.mtime_ns)
    except OSError as exc:
        return _could_not_read(entry, exc)
    finally:
        os.close(fd)
    st = got.stat
    entry = Entry(rel, entry.path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    try:
        case = parse(got.data, rel, mtime_ns=entry.mtime_ns)
    except Exception as exc:  # the parser must never take the store down
        case = placeholder(rel, f"could not parse: {type(exc).__name__}: {exc}", len(got.data), entry.mtime_ns)
    return entry, case
