"""Every write to a case folder goes through here.

Why one module: the files are the only source of truth, so a write must never
leave a half-written file, never silently overwrite a change someone else made
since we read the file, and never happen at all when the app runs read-only.
This module and its swap half (:mod:`oncall_tui.core.swap`) are the only places
in the package that write to a case folder; the read-only guard runs before
anything is opened.

A write goes to a temporary file in the same folder (``.NAME.<hex>.oncall-tmp``,
hidden so the watcher and the folder scan skip it), which is flushed, fsynced,
given the original's mode and then swapped into place (how, and how a save
that slips in meanwhile is put back: :mod:`oncall_tui.core.swap`).  The folder
is fsynced after the swap.  The errors are in :mod:`oncall_tui.core.storage_errors`.
"""

from __future__ import annotations

import os
import re
import stat
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from oncall_tui.core.atomic import fsync_folder, temp_beside, unlink_quietly
from oncall_tui.core.folder import DEFAULT_MAX_BYTES
from oncall_tui.core.reader import TooBig, UnsafePath, format_size, open_beneath, other_writers, read_fd
from oncall_tui.core.relpath import real_folder, rel_under
from oncall_tui.core.storage_errors import (  # noqa: F401 (re-exported: callers import them from here)
    BusyError,
    ConflictError,
    ReadError,
    ReadOnlyError,
    StorageError,
    WriteError,
    busy,
    conflict,
    explain,
    unsafe,
    vanished,
)
from oncall_tui.core.swap import (  # noqa: F401 (TEMP_SUFFIX, RESTORED_WATCH, sha256_of: re-exported)
    RESTORED_WATCH,
    TEMP_SUFFIX,
    Swapping,
    hash_beneath,
    renameat2,
    sha256_of,
    sibling,
)

OWN_WRITE_WINDOW = 5.0
"""Seconds during which a write is remembered as the app's own."""
SETTLE = 0.5
"""How long a read for an edit waits for another program to finish writing the file."""
STALE_TEMP_AGE = 5.0
"""Temporary files older than this are leftovers of a crash and may be removed."""

_TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{12}" + re.escape(TEMP_SUFFIX) + r"$")


# --------------------------------------------------------------------------- results

@dataclass(frozen=True, slots=True)
class Snapshot:
    """The bytes of a file and what identifies that version of it."""

    data: bytes
    sha256: str
    mtime_ns: int
    size: int


@dataclass(frozen=True, slots=True)
class WriteResult:
    sha256: str
    mtime_ns: int
    size: int


class OwnWrites:
    """What the app itself wrote lately, so the watcher can tell its echoes apart."""

    def __init__(self, window: float = OWN_WRITE_WINDOW, clock: Callable[[], float] = time.monotonic) -> None:
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: deque[tuple[float, str, str]] = deque()

    def record(self, rel: str, sha256: str) -> None:
        with self._lock:
            self._prune()
            self._entries.append((self._clock(), rel, sha256))

    def contains(self, rel: str, sha256: str) -> bool:
        with self._lock:
            self._prune()
            return any(r == rel and s == sha256 for _, r, s in self._entries)

    def has_digest(self, sha256: str) -> bool:
        """Any recent write of exactly these bytes, to whatever file (a cheap first test)."""
        with self._lock:
            self._prune()
            return any(s == sha256 for _, _, s in self._entries)

    def __len__(self) -> int:
        with self._lock:
            self._prune()
            return len(self._entries)

    def _prune(self) -> None:
        horizon = self._clock() - self.window
        while self._entries and self._entries[0][0] < horizon:
            self._entries.popleft()


# --------------------------------------------------------------------------- storage


class Storage(Swapping):
    """The one door through which the app changes files in a case folder."""

    def __init__(self, root: Path | str, *, read_only: bool = False,
                 own_write_window: float = OWN_WRITE_WINDOW, max_bytes: int = DEFAULT_MAX_BYTES,
                 settle: float = SETTLE) -> None:
        """*max_bytes*: files larger than this are neither read nor edited (the store's limit)."""
        self.root = Path(root)
        self.read_only = read_only
        self.max_bytes = max_bytes
        self.settle = settle
        self._real_root = self.root.resolve()
        self.recent_writes = OwnWrites(own_write_window)
        self._swap = renameat2()

    # ----------------------------------------------------------------- paths

    def rel(self, path: Path | str) -> str:
        """The folder-relative ``/`` path of *path* (absolute or relative)."""
        return self._resolve(path)[0]

    def _resolve(self, rel: Path | str) -> tuple[str, Path]:
        """(key, absolute target); refuses anything that is not inside the root."""
        candidate = Path(rel)
        if not candidate.is_absolute():
            candidate = self.root / candidate
        name = candidate.name
        shown = str(rel)
        if name in ("", ".", ".."):
            raise WriteError(f"{shown}: not a file name inside the case folder", path=shown, reason="outside_root")
        target = real_folder(candidate)
        key = rel_under(target, self._real_root)
        if not key:
            raise WriteError(f"{shown}: outside the case folder; refused", path=shown, reason="outside_root")
        return key, target

    # ----------------------------------------------------------------- reading

    def read(self, rel: Path | str) -> Snapshot:
        """One complete version of the file: what an edit may be based on.

        Refused (never blocking) when the path is not a regular file inside
        the folder, when the file is over the size limit, and when another
        program is still writing it: a file is read only while no other
        process holds it open for writing and it did not change during the
        read; a writer gets :data:`SETTLE` seconds to finish, then
        :class:`BusyError`.
        """
        key, _target = self._resolve(rel)
        deadline = time.monotonic() + self.settle
        while True:
            try:
                fd = open_beneath(self._real_root, key)
            except UnsafePath as exc:
                raise unsafe(exc, key, reading=True) from exc
            except OSError as exc:
                raise explain(exc, key, reading=True) from exc
            try:
                try:
                    got = None if other_writers(fd) else read_fd(fd, self.max_bytes)
                    if got is not None and got.stable and not other_writers(fd):
                        st = got.stat
                        return Snapshot(got.data, sha256_of(got.data), st.st_mtime_ns, len(got.data))
                except TooBig as exc:
                    raise ReadError(f"{key}: {format_size(exc.size)} is over the {format_size(exc.limit)} limit; "
                                    "oncall-tui neither reads nor edits it", path=key, reason="too_big") from exc
                except OSError as exc:
                    raise explain(exc, key, reading=True) from exc
                if time.monotonic() >= deadline:
                    raise busy(key, fd)
            finally:
                os.close(fd)
            time.sleep(0.05)

    def exists(self, rel: Path | str) -> bool:
        return os.path.lexists(self._resolve(rel)[1])

    # ----------------------------------------------------------------- writing

    def make_folder(self, rel: Path | str) -> str:
        """Make the folder *rel* (one level, inside the case folder) unless it is there; returns its key.

        Refused in read-only mode and for anything outside the case folder; a name that is there but is
        not a folder (a file, or a link, even to a folder inside) is a WriteError, never followed.
        """
        key, target = self._resolve(rel)
        self._refuse_if_read_only(key)
        try:
            os.mkdir(target, 0o755)
        except FileExistsError:
            pass
        except OSError as exc:
            raise explain(exc, key) from exc
        if not stat.S_ISDIR(os.lstat(target).st_mode):
            raise WriteError(f"{key}: there but not a folder; nothing was written", path=key, reason="other")
        return key

    def _refuse_if_read_only(self, key: str) -> None:
        if self.read_only:
            raise ReadOnlyError(key)

    def write(self, rel: Path | str, new: bytes, *, expected_sha256: str | None) -> WriteResult:
        """Atomically replace the file with *new* if it still has *expected_sha256*.

        ``expected_sha256=None`` creates the file and refuses if it exists.
        Raises ReadOnlyError, ConflictError (the caller may rebase),
        BusyError (another program is writing the file) or WriteError; on
        any failure the file on disk is as it was.
        """
        key, target = self._resolve(rel)
        self._refuse_if_read_only(key)
        if target.name.endswith(TEMP_SUFFIX):
            raise WriteError(f"{key}: reserved temporary-file name", path=key, reason="other")
        original = self._check_before(key, target, expected_sha256)
        digest = sha256_of(new)
        tmp: Path | None = None
        held: int | None = None
        try:
            if expected_sha256 is not None:
                held = self._open_original(key)
            tmp = self._write_temp(target, new, original, held)
            if expected_sha256 is None:
                self._install_new(key, tmp, target)
            else:
                assert held is not None
                self._install_over(key, tmp, target, expected_sha256, held, digest)
            tmp = None
        except OSError as exc:
            raise explain(exc, key) from exc
        finally:
            if held is not None:
                os.close(held)
            if tmp is not None:
                unlink_quietly(tmp)
        # The new version is in place; from here on nothing may claim otherwise.
        self.recent_writes.record(key, digest)
        try:
            fsync_folder(target.parent)
        except OSError:
            pass  # the rename is done; only its durability across a power cut is unconfirmed
        try:
            st = os.stat(target)
        except OSError:
            return WriteResult(digest, 0, len(new))
        return WriteResult(digest, st.st_mtime_ns, st.st_size)

    def _open_original(self, key: str) -> int:
        """A read-only descriptor of the file about to be replaced (opened safely, never blocking)."""
        try:
            return open_beneath(self._real_root, key)
        except UnsafePath as exc:
            raise unsafe(exc, key, reading=False) from exc
        except FileNotFoundError as exc:
            raise vanished(key) from exc

    def _check_before(self, key: str, target: Path, expected: str | None) -> os.stat_result | None:
        """Early refusal (before any temp file exists): existence, kind, links, size, hash."""
        try:
            st = os.lstat(target)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise explain(exc, key) from exc
        if st is None:
            if expected is not None:
                raise vanished(key)
            if not target.parent.is_dir():
                raise WriteError(f"{key}: its folder vanished; nothing was written", path=key, reason="vanished")
            return None
        if not stat.S_ISREG(st.st_mode):
            raise WriteError(f"{key}: not a regular file (link or special file); refused", path=key, reason="not_a_file")
        if st.st_nlink > 1:
            # Replacing it would split the links: the other names would keep the old content.
            raise WriteError(f"{key}: the file has {st.st_nlink} hard links; an edit would split them, so it was "
                             "refused (edit it in your editor)", path=key, reason="hard_links")
        if st.st_size > self.max_bytes:
            raise WriteError(f"{key}: {format_size(st.st_size)} is over the {format_size(self.max_bytes)} limit; "
                             "oncall-tui neither reads nor edits it", path=key, reason="too_big")
        if not _writable(target, st):
            # A rename would replace it anyway: honour the file's own read-only mode, as editors do.
            raise WriteError(f"{key}: permission denied (the file is read-only); the file was left as it was",
                             path=key, reason="permission")
        if expected is None:
            raise ConflictError(f"{key}: a file with that name already exists; nothing was written",
                                path=key, expected=None, actual="exists")
        return st

    def remove(self, rel: Path | str, *, expected_sha256: str) -> None:
        """Delete the file if it still has *expected_sha256* (undo of a create)."""
        key, target = self._resolve(rel)
        self._refuse_if_read_only(key)
        try:
            st = os.lstat(target)
        except OSError as exc:
            raise explain(exc, key) from exc
        if not stat.S_ISREG(st.st_mode):
            raise WriteError(f"{key}: not a regular file; refused", path=key, reason="not_a_file")
        if not _writable(target, st):
            raise WriteError(f"{key}: permission denied (the file is read-only); nothing was removed",
                             path=key, reason="permission")
        # Not a temp-file name: a crash mid-remove must leave it for a human, not for cleanup.
        aside = temp_beside(target, ".oncall-removing")
        try:
            os.rename(target, aside)
            actual = hash_beneath(self._real_root, sibling(key, aside.name))
            if actual != expected_sha256:
                self._restore_aside(aside, target)
                raise conflict(key, expected_sha256, actual)
            os.unlink(aside)
            fsync_folder(target.parent)
        except OSError as exc:
            raise explain(exc, key) from exc

    # ----------------------------------------------------------------- housekeeping

    def is_own_write(self, rel: Path | str, sha256: str) -> bool:
        """Did this app write exactly these bytes to *rel* in the last few seconds?

        Asked for every file of every change the watcher reports, so the
        path is resolved (a system call per folder) only when the bytes match
        a recent write at all.
        """
        if not self.recent_writes.has_digest(sha256):
            return False
        try:
            key = self._resolve(rel)[0]
        except StorageError:
            return False
        return self.recent_writes.contains(key, sha256)

    def cleanup_temp_files(self, max_age: float = STALE_TEMP_AGE) -> list[str]:
        """Remove this app's temp files older than *max_age* seconds (crash leftovers).

        Call at app start.  Does nothing read-only: removing a file is a write.
        """
        if self.read_only:
            return []
        removed: list[str] = []
        now = time.time()
        for folder, dirs, files in os.walk(self._real_root):
            dirs[:] = [d for d in dirs if d != ".git"]
            for name in files:
                if not _TEMP_NAME.match(name):
                    continue
                path = Path(folder) / name
                try:
                    st = os.lstat(path)
                    if stat.S_ISREG(st.st_mode) and now - st.st_mtime >= max_age:
                        os.unlink(path)
                        removed.append(rel_under(path, self._real_root))
                except OSError:
                    continue
        return removed


def _writable(path: Path, st: os.stat_result) -> bool:
    """May we change this file?  Its write bits, and for non-root the access check too."""
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    return os.geteuid() == 0 or os.access(path, os.W_OK)
