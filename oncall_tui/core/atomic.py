"""Replace a file outside the case folder (an export, a settings file) all at once.

The new bytes go to a private temp file beside the target, are flushed to
disk, and only then take the target's name: a full disk, a crash or a
killed process leaves the previous file as it was, never a truncated one.
Case files have their own, stricter path (:mod:`oncall_tui.core.storage`).
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path


def write_atomic(path: Path | str, data: bytes, *, mode: int | None = None) -> None:
    """Write *data* to *path* atomically; raises OSError with the target unchanged on any failure.

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
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
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
        dir_fd = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the rename is done
    finally:
        os.close(dir_fd)
