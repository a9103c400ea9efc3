"""What can go wrong when storage reads or writes a case file, in words fit to show the user.

Every failure says which file and that it was left as it was; ``reason``
names the kind for code that reacts to it (a conflict is rebased, a busy
file is tried again later).
"""

from __future__ import annotations

import errno

from oncall_tui.core.reader import UnsafePath, writer_names


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


def busy(key: str, fd: int | None) -> BusyError:
    names = writer_names(fd) if fd is not None else []
    who = f" ({', '.join(names)})" if names else ""
    return BusyError(f"{key} is being written by another program{who}; the edit was not written. "
                     "Try again when it has finished.", path=key)


def unsafe(exc: UnsafePath, key: str, *, reading: bool) -> StorageError:
    cls = ReadError if reading else WriteError
    what = "not read" if reading else "refused"
    return cls(f"{key}: not a regular file inside the case folder (a link, folder or special file); {what}",
               path=key, reason="not_a_file" if exc.reason == "not_a_file" else "outside_root")


def explain(exc: OSError, path: str, *, reading: bool = False) -> StorageError:
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


def conflict(key: str, expected: str, actual: str | None) -> StorageError:
    """The file is not the version an edit was based on (*actual* None: it is gone)."""
    if actual is None:
        return vanished(key)
    return ConflictError(f"{key} changed on disk since it was read; the edit was not written",
                         path=key, expected=expected, actual=actual)


def vanished(key: str) -> WriteError:
    return WriteError(f"{key}: the file vanished (deleted or moved) since it was read; nothing was written",
                      path=key, reason="vanished")


def appeared(key: str) -> ConflictError:
    return ConflictError(f"{key}: a file with that name appeared meanwhile; nothing was written",
                         path=key, expected=None, actual="exists")
