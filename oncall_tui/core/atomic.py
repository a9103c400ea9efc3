"""Replace a file all at once: the one way the package writes a temp file and swaps it in.

The new bytes go to a private temp file beside the target, are flushed to
disk, and only then take the target's name: a full disk, a crash or a
killed process leaves the previous file as it was, never a truncated one.
:func:`write_atomic` does it for files outside the case folder (an export, a
settings file); case files are swapped by :mod:`oncall_tui.core.storage`
with stricter checks, from a temp file made by :func:`write_temp` too.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterable
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


def temp_beside(target: Path, suffix: str = ".tmp") -> Path:
    """A fresh hidden name beside *target*: ``.NAME.<12 hex>SUFFIX``."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{suffix}")


def unlink_quietly(path: Path) -> None:
    """Remove *path*; that it is already gone is no error."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def write_temp(tmp: Path, data: bytes | Iterable[bytes], *, mode: int | None,
               prepare: Callable[[int], None] | None = None) -> Path:
    """Create *tmp* (never an existing name or a link), give it *data* (bytes, or blocks of them), flush it
    to disk; returns *tmp*.

    With a *mode* the file is created private (0600) and given *mode*, then
    *prepare* (owner, extended attributes) runs on its descriptor, all before
    its first byte is written; without one it is created 0644 less the
    umask's bits.  On any failure *tmp* is removed and the error raised.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags, 0o600 if mode is not None else 0o644)
    try:
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            if prepare is not None:
                prepare(fd)
            for block in (data,) if isinstance(data, bytes) else data:
                write_all(fd, block)
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        unlink_quietly(tmp)
        raise
    return tmp


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
    tmp = write_temp(temp_beside(target), data, mode=mode)
    try:
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
