"""Every write to a case folder goes through here.

Why one module: the files are the only source of truth, so a write must never
leave a half-written file, never silently overwrite a change someone else made
since we read the file, and never happen at all when the app runs read-only.
This is the only place in the package that opens a file for writing; the
read-only guard runs before anything is opened.

A write goes to a temporary file in the same folder (``.NAME.<hex>.oncall-tmp``,
hidden so the watcher and the folder scan skip it), which is flushed, fsynced,
given the original's mode and then swapped into place.  On Linux the swap is
``renameat2(RENAME_EXCHANGE)``: afterwards the temporary name holds exactly the
bytes that were replaced, so a change that slipped in after our last check is
detected and put back instead of lost.  Elsewhere it is ``os.replace`` after a
hash check.  The folder is fsynced after the swap.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import re
import secrets
import stat
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TEMP_SUFFIX = ".oncall-tmp"
OWN_WRITE_WINDOW = 5.0
"""Seconds during which a write is remembered as the app's own."""
STALE_TEMP_AGE = 5.0
"""Temporary files older than this are leftovers of a crash and may be removed."""

_TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{12}" + re.escape(TEMP_SUFFIX) + r"$")
_RENAME_NOREPLACE = 1
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


# --------------------------------------------------------------------------- errors


class StorageError(Exception):
    """A storage failure with a message fit to show the user as it is."""

    reason = "other"

    def __init__(self, message: str, *, path: str = "", reason: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        if reason is not None:
            self.reason = reason

    def __str__(self) -> str:
        return self.message


class ReadOnlyError(PermissionError, StorageError):
    """The app runs read-only: nothing was opened for writing."""

    reason = "read_only"

    def __init__(self, path: str) -> None:
        message = f"{path}: oncall-tui is running read-only; nothing was written"
        PermissionError.__init__(self, message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class ConflictError(StorageError):
    """The file on disk is not the one the edit was based on."""

    reason = "conflict"

    def __init__(self, message: str, *, path: str, expected: str | None, actual: str | None) -> None:
        super().__init__(message, path=path)
        self.expected_sha256 = expected
        self.actual_sha256 = actual


class WriteError(StorageError):
    """The write failed (permission, disk full, vanished, ...); the file is as it was.

    ``reason`` is one of ``permission``, ``disk_full``, ``vanished``,
    ``read_only_fs``, ``not_a_file``, ``outside_root``, ``other``.
    """


class ReadError(StorageError):
    """A case file could not be read (vanished, permission, not a file)."""


def _explain(exc: OSError, path: str, *, reading: bool = False) -> StorageError:
    """Turn an OSError into a user-facing error that says the file is untouched."""
    cls = ReadError if reading else WriteError
    tail = "" if reading else "; the file was left as it was"
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return cls(f"{path}: disk full (no space left on device){tail}", path=path, reason="disk_full")
    if code in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return cls(f"{path}: permission denied{tail}", path=path, reason="permission")
    if code == errno.EROFS:
        return cls(f"{path}: the folder is on a read-only file system{tail}", path=path, reason="read_only_fs")
    if code in (errno.ENOENT, errno.ENOTDIR) or isinstance(exc, FileNotFoundError):
        return cls(f"{path}: the file or its folder vanished (deleted or moved){tail}", path=path, reason="vanished")
    detail = exc.strerror or exc.__class__.__name__
    verb = "could not read" if reading else "could not write"
    return cls(f"{path}: {verb} ({detail}){tail}", path=path, reason="other")


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


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


# --------------------------------------------------------------------------- platform swap


def _renameat2() -> Callable[[bytes, bytes, int], int] | None:
    """``renameat2`` from libc, or None where the platform has none."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        func = libc.renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int

    def call(src: bytes, dst: bytes, flags: int) -> int:
        if func(_AT_FDCWD, src, _AT_FDCWD, dst, flags) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code), os.fsdecode(dst))
        return 0

    return call


_UNSUPPORTED = {errno.EINVAL, errno.ENOSYS, getattr(errno, "ENOTSUP", -1), getattr(errno, "EOPNOTSUPP", -1)}


def _hash_path(path: Path) -> str | None:
    """Hash of the regular file at *path*, None when nothing is there."""
    try:
        with open(path, "rb") as fh:
            return sha256_of(fh.read())
    except FileNotFoundError:
        return None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems cannot fsync a directory
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- storage


class Storage:
    """The one door through which the app changes files in a case folder."""

    def __init__(self, root: Path | str, *, read_only: bool = False,
                 own_write_window: float = OWN_WRITE_WINDOW) -> None:
        self.root = Path(root)
        self.read_only = read_only
        self._real_root = self.root.resolve()
        self.recent_writes = OwnWrites(own_write_window)
        self._swap = _renameat2()

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
        folder = candidate.parent.resolve()
        if not folder.is_relative_to(self._real_root):
            raise WriteError(f"{shown}: outside the case folder; refused", path=shown, reason="outside_root")
        target = folder / name
        return target.relative_to(self._real_root).as_posix(), target

    # ----------------------------------------------------------------- reading

    def read(self, rel: Path | str) -> Snapshot:
        """The file's bytes with their hash, mtime and size (one consistent version)."""
        key, target = self._resolve(rel)
        try:
            st = os.lstat(target)
            if not stat.S_ISREG(st.st_mode):
                raise ReadError(f"{key}: not a regular file", path=key, reason="not_a_file")
            with open(target, "rb") as fh:
                data = fh.read()
                st = os.fstat(fh.fileno())
        except OSError as exc:
            raise _explain(exc, key, reading=True) from exc
        return Snapshot(data, sha256_of(data), st.st_mtime_ns, len(data))

    def exists(self, rel: Path | str) -> bool:
        return os.path.lexists(self._resolve(rel)[1])

    # ----------------------------------------------------------------- writing

    def _refuse_if_read_only(self, key: str) -> None:
        if self.read_only:
            raise ReadOnlyError(key)

    def write(self, rel: Path | str, new: bytes, *, expected_sha256: str | None) -> WriteResult:
        """Atomically replace the file with *new* if it still has *expected_sha256*.

        ``expected_sha256=None`` creates the file and refuses if it exists.
        Raises ReadOnlyError, ConflictError (the caller may rebase) or
        WriteError; on any failure the file on disk is as it was.
        """
        key, target = self._resolve(rel)
        self._refuse_if_read_only(key)
        if target.name.endswith(TEMP_SUFFIX):
            raise WriteError(f"{key}: reserved temporary-file name", path=key, reason="other")
        original = self._check_before(key, target, expected_sha256)
        digest = sha256_of(new)
        tmp: Path | None = None
        try:
            tmp = self._write_temp(target, new, original)
            if expected_sha256 is None:
                self._install_new(key, tmp, target)
            else:
                self._install_over(key, tmp, target, expected_sha256)
            tmp = None
        except OSError as exc:
            raise _explain(exc, key) from exc
        finally:
            if tmp is not None:
                _unlink_quietly(tmp)
        # The new version is in place; from here on nothing may claim otherwise.
        self.recent_writes.record(key, digest)
        try:
            _fsync_folder(target.parent)
        except OSError:
            pass  # the rename is done; only its durability across a power cut is unconfirmed
        try:
            st = os.stat(target)
        except OSError:
            return WriteResult(digest, 0, len(new))
        return WriteResult(digest, st.st_mtime_ns, st.st_size)

    def _check_before(self, key: str, target: Path, expected: str | None) -> os.stat_result | None:
        """Early refusal (before any temp file exists): existence, kind, hash."""
        try:
            st = os.lstat(target)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise _explain(exc, key) from exc
        if st is None:
            if expected is not None:
                raise WriteError(f"{key}: the file vanished (deleted or moved) since it was read; nothing was written",
                                 path=key, reason="vanished")
            if not target.parent.is_dir():
                raise WriteError(f"{key}: its folder vanished; nothing was written", path=key, reason="vanished")
            return None
        if not stat.S_ISREG(st.st_mode):
            raise WriteError(f"{key}: not a regular file (link or special file); refused", path=key, reason="not_a_file")
        if not _writable(target, st):
            # A rename would replace it anyway: honour the file's own read-only mode, as editors do.
            raise WriteError(f"{key}: permission denied (the file is read-only); the file was left as it was",
                             path=key, reason="permission")
        if expected is None:
            raise ConflictError(f"{key}: a file with that name already exists; nothing was written",
                                path=key, expected=None, actual="exists")
        return st

    def _write_temp(self, target: Path, data: bytes, original: os.stat_result | None) -> Path:
        """Write *data* to a fresh hidden temp file beside *target*, synced, with the right mode."""
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")
        # The only open-for-writing in the package; callers passed the read-only guard.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            try:
                _write_all(fd, data)
                if original is not None:
                    os.fchmod(fd, stat.S_IMODE(original.st_mode))
                    if os.geteuid() == 0 and (original.st_uid, original.st_gid) != (os.getuid(), os.getgid()):
                        try:
                            os.fchown(fd, original.st_uid, original.st_gid)
                        except OSError:
                            pass
                os.fsync(fd)
            finally:
                os.close(fd)
        except BaseException:
            _unlink_quietly(tmp)
            raise
        return tmp

    def _install_new(self, key: str, tmp: Path, target: Path) -> None:
        """Move *tmp* to *target* only if nothing is there (atomic where the OS allows)."""
        if self._swap is not None:
            try:
                self._swap(os.fsencode(tmp), os.fsencode(target), _RENAME_NOREPLACE)
                return
            except OSError as exc:
                if exc.errno == errno.EEXIST:
                    raise ConflictError(f"{key}: a file with that name appeared meanwhile; nothing was written",
                                        path=key, expected=None, actual="exists") from exc
                if exc.errno not in _UNSUPPORTED:
                    raise
        try:
            os.link(tmp, target)
        except FileExistsError as exc:
            raise ConflictError(f"{key}: a file with that name appeared meanwhile; nothing was written",
                                path=key, expected=None, actual="exists") from exc
        except OSError as exc:
            if exc.errno not in _UNSUPPORTED | {errno.EPERM}:
                raise
            if os.path.lexists(target):
                raise ConflictError(f"{key}: a file with that name appeared meanwhile; nothing was written",
                                    path=key, expected=None, actual="exists") from exc
            os.replace(tmp, target)
            return
        _unlink_quietly(tmp)

    def _install_over(self, key: str, tmp: Path, target: Path, expected: str) -> None:
        """Swap *tmp* into place if the file still has *expected*; else ConflictError."""
        actual = _hash_path(target)
        if actual != expected:
            raise self._conflict(key, expected, actual)
        if self._swap is not None:
            try:
                self._swap(os.fsencode(tmp), os.fsencode(target), _RENAME_EXCHANGE)
            except OSError as exc:
                if exc.errno not in _UNSUPPORTED:
                    raise
            else:
                replaced = _hash_path(tmp)
                if replaced != expected:
                    # Someone wrote between our check and the swap: put their file back.
                    self._put_back(key, tmp, target)
                    raise self._conflict(key, expected, replaced)
                _unlink_quietly(tmp)
                return
        os.replace(tmp, target)

    def _put_back(self, key: str, tmp: Path, target: Path) -> None:
        """Undo an exchange that replaced someone else's version."""
        assert self._swap is not None
        try:
            self._swap(os.fsencode(tmp), os.fsencode(target), _RENAME_EXCHANGE)
        except OSError as exc:
            # Their version is at *tmp*: keep it under a visible name rather than lose it.
            keep = target.with_name(f"{target.name}.conflict-{secrets.token_hex(3)}")
            os.rename(tmp, keep)
            raise WriteError(f"{key}: changed on disk while writing; the other version was saved as {keep.name}",
                             path=key, reason="other") from exc

    @staticmethod
    def _conflict(key: str, expected: str, actual: str | None) -> StorageError:
        if actual is None:
            return WriteError(f"{key}: the file vanished (deleted or moved) since it was read; nothing was written",
                              path=key, reason="vanished")
        return ConflictError(f"{key} changed on disk since it was read; the edit was not written",
                             path=key, expected=expected, actual=actual)

    def remove(self, rel: Path | str, *, expected_sha256: str) -> None:
        """Delete the file if it still has *expected_sha256* (undo of a create)."""
        key, target = self._resolve(rel)
        self._refuse_if_read_only(key)
        try:
            st = os.lstat(target)
        except OSError as exc:
            raise _explain(exc, key) from exc
        if not stat.S_ISREG(st.st_mode):
            raise WriteError(f"{key}: not a regular file; refused", path=key, reason="not_a_file")
        if not _writable(target, st):
            raise WriteError(f"{key}: permission denied (the file is read-only); nothing was removed",
                             path=key, reason="permission")
        # Not a temp-file name: a crash mid-remove must leave it for a human, not for cleanup.
        aside = target.with_name(f".{target.name}.{secrets.token_hex(6)}.oncall-removing")
        try:
            os.rename(target, aside)
            actual = _hash_path(aside)
            if actual != expected_sha256:
                self._restore_aside(aside, target)
                raise self._conflict(key, expected_sha256, actual)
            os.unlink(aside)
            _fsync_folder(target.parent)
        except OSError as exc:
            raise _explain(exc, key) from exc

    def _restore_aside(self, aside: Path, target: Path) -> None:
        """Put a file moved aside by :meth:`remove` back without clobbering a newcomer."""
        if self._swap is not None:
            try:
                self._swap(os.fsencode(aside), os.fsencode(target), _RENAME_NOREPLACE)
                return
            except OSError as exc:
                if exc.errno == errno.EEXIST:
                    os.rename(aside, target.with_name(f"{target.name}.conflict-{secrets.token_hex(3)}"))
                    return
                if exc.errno not in _UNSUPPORTED:
                    raise
        os.rename(aside, target)

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
                        removed.append(path.relative_to(self._real_root).as_posix())
                except OSError:
                    continue
        return removed


def _writable(path: Path, st: os.stat_result) -> bool:
    """May we change this file?  Its write bits, and for non-root the access check too."""
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    return os.geteuid() == 0 or os.access(path, os.W_OK)


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
