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
from pathlib import Path, PurePosixPath

from oncall_tui.core.atomic import fsync_folder as _fsync_folder
from oncall_tui.core.atomic import write_all as _write_all
from oncall_tui.core.folder import DEFAULT_MAX_BYTES
from oncall_tui.core.reader import TooBig, UnsafePath, format_size, open_beneath, other_writers, read_fd, writer_names

TEMP_SUFFIX = ".oncall-tmp"
OWN_WRITE_WINDOW = 5.0
"""Seconds during which a write is remembered as the app's own."""
SETTLE = 0.5
"""How long a read for an edit waits for another program to finish writing the file."""
STALE_TEMP_AGE = 5.0
"""Temporary files older than this are leftovers of a crash and may be removed."""
RESTORED_WATCH = 0.05
"""After putting another program's version back, how long to watch that it stays: a program that read our
version in the moment it was in place may save on top of it (and of theirs) just after."""

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
    ``read_only_fs``, ``not_a_file``, ``outside_root``, ``hard_links``,
    ``too_big``, ``kept_aside`` (another program saved twice during the swap:
    its in-between version was kept beside the file under a ``.conflict-``
    name), ``other``.
    """


class ReadError(StorageError):
    """A case file could not be read (vanished, permission, not a file, over the limit)."""


class BusyError(StorageError):
    """Another program is writing the file right now; nothing was written."""

    reason = "busy"


def _busy(key: str, fd: int | None) -> BusyError:
    names = writer_names(fd) if fd is not None else []
    who = f" ({', '.join(names)})" if names else ""
    return BusyError(f"{key} is being written by another program{who}; the edit was not written. "
                     "Try again when it has finished.", path=key)


def _unsafe(exc: UnsafePath, key: str, *, reading: bool) -> StorageError:
    cls = ReadError if reading else WriteError
    what = "not read" if reading else "refused"
    return cls(f"{key}: not a regular file inside the case folder (a link, folder or special file); {what}",
               path=key, reason="not_a_file" if exc.reason == "not_a_file" else "outside_root")


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


def _hash_beneath(root: Path, rel: str) -> str | None:
    """Hash of the regular file *rel* inside *root*, None when nothing is there.

    Opened through :func:`~oncall_tui.core.reader.open_beneath`: a FIFO or a
    link swapped in cannot block or redirect the check.
    """
    try:
        fd = open_beneath(root, rel)
    except FileNotFoundError:
        return None
    try:
        return sha256_of(read_fd(fd).data)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- storage


class Storage:
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
                raise _unsafe(exc, key, reading=True) from exc
            except OSError as exc:
                raise _explain(exc, key, reading=True) from exc
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
                    raise _explain(exc, key, reading=True) from exc
                if time.monotonic() >= deadline:
                    raise _busy(key, fd)
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
            raise _explain(exc, key) from exc
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
            raise _explain(exc, key) from exc
        finally:
            if held is not None:
                os.close(held)
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

    def _open_original(self, key: str) -> int:
        """A read-only descriptor of the file about to be replaced (opened safely, never blocking)."""
        try:
            return open_beneath(self._real_root, key)
        except UnsafePath as exc:
            raise _unsafe(exc, key, reading=False) from exc
        except FileNotFoundError as exc:
            raise WriteError(f"{key}: the file vanished (deleted or moved) since it was read; nothing was written",
                             path=key, reason="vanished") from exc

    def _check_before(self, key: str, target: Path, expected: str | None) -> os.stat_result | None:
        """Early refusal (before any temp file exists): existence, kind, links, size, hash."""
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

    def _write_temp(self, target: Path, data: bytes, original: os.stat_result | None, source: int | None) -> Path:
        """Write *data* to a fresh hidden temp file beside *target*, synced, with the right mode.

        The file is created private (0600) and given the original's mode,
        owner and extended attributes (ACLs included) before its first byte
        is written, so nobody can read a secret case through the temp file.
        """
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")
        # The only open-for-writing in the package; callers passed the read-only guard.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(tmp, flags, 0o600 if original is not None else 0o644)
        try:
            try:
                if original is not None:
                    os.fchmod(fd, stat.S_IMODE(original.st_mode))
                    if os.geteuid() == 0 and (original.st_uid, original.st_gid) != (os.getuid(), os.getgid()):
                        try:
                            os.fchown(fd, original.st_uid, original.st_gid)
                        except OSError:
                            pass
                if source is not None:
                    _copy_xattrs(source, fd)
                _write_all(fd, data)
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

    def _install_over(self, key: str, tmp: Path, target: Path, expected: str, held: int, ours: str) -> None:
        """Swap *tmp* into place if the file still has *expected* and nobody is writing it.

        *held* is a descriptor of the file as it was opened for this write.
        Before the swap: its bytes must still hash to *expected* and no other
        process may hold it open for writing (a bot appending through a held
        descriptor, a program in the middle of a chunked write: swapping the
        file away would send the rest of their bytes into a deleted file).
        After the swap, what was replaced is checked the same way and put back
        if anyone wrote it meanwhile.
        """
        try:
            now = open_beneath(self._real_root, key)  # what is at the path now, not what *held* saw
        except FileNotFoundError:
            raise self._conflict(key, expected, None) from None
        try:
            actual = sha256_of(read_fd(now).data)
            if actual != expected:
                raise self._conflict(key, expected, actual)
            if other_writers(now) or other_writers(held):
                raise _busy(key, now)
        finally:
            os.close(now)
        if self._swap is not None:
            try:
                self._swap(os.fsencode(tmp), os.fsencode(target), _RENAME_EXCHANGE)
            except OSError as exc:
                if exc.errno not in _UNSUPPORTED:
                    raise
            else:
                problem, theirs = self._replaced_problem(key, tmp, expected)
                if problem is not None:
                    # Someone wrote between our check and the swap: put their file back.
                    self._put_back(key, tmp, target, ours)
                    if theirs is not None:
                        self._watch_restored(key, target, theirs, held)
                    raise problem
                _unlink_quietly(tmp)
                return
        os.replace(tmp, target)

    def _replaced_problem(self, key: str, tmp: Path, expected: str) -> tuple[StorageError | None, bytes | None]:
        """Why the version an exchange just took out of place must go back (or None), and its bytes."""
        rel = PurePosixPath(key).with_name(tmp.name).as_posix()
        try:
            fd = open_beneath(self._real_root, rel)
        except OSError:
            return self._conflict(key, expected, None), None
        try:
            data = read_fd(fd).data
            replaced = sha256_of(data)
            if replaced != expected:
                return self._conflict(key, expected, replaced), data
            if other_writers(fd):
                return _busy(key, fd), data
        finally:
            os.close(fd)
        return None, None

    def _watch_restored(self, key: str, target: Path, theirs: bytes, held: int) -> None:
        """Keep *theirs* (the version just put back) aside if it is replaced again within :data:`RESTORED_WATCH`.

        Our version was in place for a moment; a program that read it then and saves its own change on top
        would otherwise drop what *theirs* held and ours did not.  Their bytes are then kept under a visible
        ``.conflict-`` name, written as any temp file is (the original's mode, owner and attributes from
        *held*), then renamed (raises WriteError ``kept_aside``).
        """
        time.sleep(RESTORED_WATCH)
        if _hash_beneath(self._real_root, key) == sha256_of(theirs):
            return
        keep = target.with_name(f"{target.name}.conflict-{secrets.token_hex(3)}")
        os.rename(self._write_temp(target, theirs, os.fstat(held), held), keep)
        _fsync_folder(target.parent)
        raise WriteError(f"{key}: saved by another program twice while writing; nothing of ours was kept and "
                         f"their earlier version was kept as {keep.name}", path=key, reason="kept_aside")

    def _put_back(self, key: str, tmp: Path, target: Path, ours: str) -> None:
        """Undo an exchange that replaced someone else's version.

        Afterwards *tmp* should hold our own bytes (hash *ours*) and is
        removed by the caller.  If yet another version was saved at the path
        after our swap, that one is now at *tmp*: it is kept under a visible
        ``.conflict-`` name instead of being removed.
        """
        assert self._swap is not None
        try:
            self._swap(os.fsencode(tmp), os.fsencode(target), _RENAME_EXCHANGE)
        except OSError as exc:
            # Their version is at *tmp*: keep it under a visible name rather than lose it.
            keep = target.with_name(f"{target.name}.conflict-{secrets.token_hex(3)}")
            os.rename(tmp, keep)
            raise WriteError(f"{key}: changed on disk while writing; the other version was saved as {keep.name}",
                             path=key, reason="other") from exc
        if _hash_beneath(self._real_root, PurePosixPath(key).with_name(tmp.name).as_posix()) != ours:
            keep = target.with_name(f"{target.name}.conflict-{secrets.token_hex(3)}")
            os.rename(tmp, keep)
            raise WriteError(f"{key}: changed on disk twice while writing; nothing of ours was kept and the "
                             f"version saved in between was kept as {keep.name}", path=key, reason="kept_aside")

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
            actual = _hash_beneath(self._real_root, PurePosixPath(key).with_name(aside.name).as_posix())
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


def _copy_xattrs(source: int, dest: int) -> None:
    """Give *dest* the extended attributes of *source* (user tags, ACLs, labels) where the system allows."""
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(source)
    except OSError:
        return  # no extended attributes on this file system
    for name in names:
        try:
            os.setxattr(dest, name, os.getxattr(source, name))
        except OSError:
            continue  # e.g. security.* without the privilege: the rest still carry over


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
