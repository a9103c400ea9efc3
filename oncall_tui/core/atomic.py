"""Replace a file outside the case folder (an export, a settings file) all at once.

The new bytes go to a private temp file beside the target, are flushed to
disk, and only then take the target's name: a full disk, a crash or a
killed process leaves the previous file as it was, never a truncated one.
Case files have their own, stricter path (:mod:`oncall_tui.core.storage`).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of *data* to *fd* (``os.write`` may take only part of it)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def fsync_folder(folder: Path) -> None:
    """Flush *folder*'s entries (a rename in it) to disk; a file system that cannot is no error."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(fd)


def write_atomic(path: Path | str, data: bytes | Iterable[bytes], *, mode: int | None = None) -> None:
    """Write *data* (bytes, or blocks of them) to *path* atomically; raises OSError with the target unchanged
    on any failure.

    The file keeps the mode it had (or gets *mode*, or 0644 less the
    umask's bits for a new file).
    """
    target = Path(path)
    if mode is None:
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            mode = None
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags, 0o600 if mode is not None else 0o644)
    try:
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            for block in (data,) if isinstance(data, bytes) else data:
                write_all(fd, block)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        fsync_folder(target.parent)
    except OSError:
        pass  # the rename is done; only its durability across a power cut is unconfirmed
