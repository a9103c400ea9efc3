"""The one way to open a file that lives in a case folder.

A case folder is untrusted: between the scan that saw a regular file and the
moment it is opened, anyone with write access to the folder may swap it for a
symlink to a secret elsewhere, a FIFO that blocks every read, or a device.  So
a path from the folder is never handed to ``open()`` as a whole.  It is walked
one component at a time from a descriptor of the folder itself, each step
opened with ``O_NOFOLLOW``:

* a symlinked *folder* on the way is refused (the scan never enters one);
* a symlinked *file* is followed by hand, and only while its target stays
  inside the case folder (at most :data:`MAX_LINKS` hops);
* the final open is non-blocking, and what was opened must be a regular file
  (checked on the descriptor, so nothing can be swapped in after the check).

:func:`other_writers` answers whether some other process holds a file open
for writing (a bot appending through a held descriptor, a sync tool or editor
in the middle of a chunked write): an edit must never be based on, or swap
away, a file that is still being written.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MAX_LINKS = 8
"""How many symlinks one open may follow (all of them inside the folder)."""

_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)
_FILE_FLAGS = os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | _CLOEXEC | _NOCTTY
_DIR_FLAGS = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC
_LINK_ERRNOS = {errno.ELOOP, getattr(errno, "EMLINK", -1), getattr(errno, "EFTYPE", -1)}
_CHUNK = 1 << 20


class UnsafePath(OSError):
    """The path leaves the case folder, goes through a symlinked folder, or is not a regular file."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(errno.EPERM, message)
        self.message = message
        self.reason = reason

    def __str__(self) -> str:
        return self.message


class TooBig(OSError):
    """The file is over the size limit; nothing of it was read."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"{size} bytes is over the {limit}-byte limit")
        self.size = size
        self.limit = limit


def format_size(size: int) -> str:
    """``52.4 MiB``, ``2 MiB``, ``900 bytes``: binary units, one decimal at most."""
    if size < 1024:
        return f"{size} bytes"
    value, unit = size / 1024, "KiB"
    for next_unit in ("MiB", "GiB"):
        if value < 1024:
            break
        value, unit = value / 1024, next_unit
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text} {unit}"


def _parts(rel: str) -> list[str]:
    parts = list(PurePosixPath(rel).parts)
    if not parts or any(p in ("", ".", "..") or "/" in p or "\0" in p for p in parts) or rel.startswith("/"):
        raise UnsafePath(f"{rel}: not a path inside the case folder", "outside_root")
    return parts


def _follow(root: str, rel_parts: list[str], target: str) -> list[str]:
    """The folder-relative parts of a symlink's *target*, or UnsafePath if it leaves the folder."""
    if os.path.isabs(target):
        joined = os.path.normpath(target)
        base = os.path.normpath(root)
        if joined != base and not joined.startswith(base.rstrip(os.sep) + os.sep):
            raise UnsafePath(f"{'/'.join(rel_parts)}: symlink points outside the case folder", "outside_root")
        rest = os.path.relpath(joined, base)
    else:
        rest = os.path.normpath(os.path.join(*rel_parts[:-1], target) if len(rel_parts) > 1 else target)
    if rest == "." or rest == ".." or rest.startswith(".." + os.sep) or os.path.isabs(rest):
        raise UnsafePath(f"{'/'.join(rel_parts)}: symlink points outside the case folder", "outside_root")
    return rest.split(os.sep)


def open_beneath(root: Path | str, rel: str) -> int:
    """A read-only, non-blocking descriptor of the regular file *rel* inside *root*.

    *root* should be the folder's real path.  Raises FileNotFoundError when
    nothing is there, :class:`UnsafePath` for anything the folder may not
    hand out, or another OSError.  The caller closes the descriptor.
    """
    root = os.fspath(root)
    parts = _parts(rel)
    for _hop in range(MAX_LINKS + 1):
        dir_fd = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
        try:
            for name in parts[:-1]:
                try:
                    next_fd = os.open(name, _DIR_FLAGS, dir_fd=dir_fd)
                except OSError as exc:
                    if exc.errno in _LINK_ERRNOS or exc.errno == errno.ENOTDIR:
                        raise UnsafePath(f"{rel}: reached through a symlink or a file, not a folder",
                                         "not_a_file") from exc
                    raise
                os.close(dir_fd)
                dir_fd = next_fd
            try:
                fd = os.open(parts[-1], _FILE_FLAGS, dir_fd=dir_fd)
            except OSError as exc:
                if exc.errno not in _LINK_ERRNOS:
                    raise
                target = os.readlink(parts[-1], dir_fd=dir_fd)
                parts = _follow(root, parts, target)
                continue
        finally:
            os.close(dir_fd)
        try:
            st = os.fstat(fd)
        except OSError:
            os.close(fd)
            raise
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            raise UnsafePath(f"{rel}: not a regular file", "not_a_file")
        return fd
    raise UnsafePath(f"{rel}: too many symlinks", "not_a_file")


@dataclass(frozen=True, slots=True)
class Read:
    """The bytes of one version of a file and the stat of the descriptor they came from."""

    data: bytes
    stat: os.stat_result
    stable: bool
    """False when the file changed (size, mtime or ctime) while it was being read."""


def read_fd(fd: int, max_bytes: int | None = None) -> Read:
    """Read all of *fd* (at most *max_bytes*; TooBig before reading a byte if it is larger)."""
    before = os.fstat(fd)
    if max_bytes is not None and before.st_size > max_bytes:
        raise TooBig(before.st_size, max_bytes)
    limit = (max_bytes + 1) if max_bytes is not None else None
    chunks: list[bytes] = []
    total = 0
    while limit is None or total < limit:
        want = _CHUNK if limit is None else min(_CHUNK, limit - total)
        chunk = os.read(fd, want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    data = b"".join(chunks)
    if max_bytes is not None and len(data) > max_bytes:  # grew while being read
        raise TooBig(len(data), max_bytes)
    after = os.fstat(fd)
    stable = (before.st_size, before.st_mtime_ns, before.st_ctime_ns) == (
        after.st_size, after.st_mtime_ns, after.st_ctime_ns) and after.st_size == len(data)
    return Read(data, after, stable)


def read_head(fd: int, limit: int) -> bytes:
    """At most *limit* bytes from the start of *fd* (a preview: the rest is never read)."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = os.read(fd, min(_CHUNK, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_beneath(root: Path | str, rel: str, max_bytes: int | None = None) -> Read:
    """:func:`open_beneath` then :func:`read_fd`, closing the descriptor."""
    fd = open_beneath(root, rel)
    try:
        return read_fd(fd, max_bytes)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- other writers

try:
    import fcntl
except ImportError:  # not a POSIX system
    fcntl = None  # type: ignore[assignment]
_F_SETLEASE = getattr(fcntl, "F_SETLEASE", None)
_F_SETSIG = getattr(fcntl, "F_SETSIG", None)


def other_writers(fd: int) -> bool | None:
    """Does another process hold the file of *fd* (opened read-only) open for writing?

    True or False when the system can tell, None when it cannot (no leases
    on this platform or file system, and no /proc entry names a writer).
    Linux answers through a read lease, which the kernel refuses while any
    descriptor of the file is open for writing; the lease is dropped at once.
    A lease break would be signalled with SIGURG (ignored by default) rather
    than SIGIO (which would end the process).
    """
    if _F_SETLEASE is None or _F_SETSIG is None or not hasattr(signal, "SIGURG"):
        return _proc_writers(fd)
    try:
        fcntl.fcntl(fd, _F_SETSIG, signal.SIGURG)
        fcntl.fcntl(fd, _F_SETLEASE, fcntl.F_RDLCK)
    except OSError as exc:  # EACCES: not our file and no CAP_LEASE; EINVAL: no leases here
        if exc.errno == errno.EAGAIN:
            return True
        return _proc_writers(fd)
    try:
        fcntl.fcntl(fd, _F_SETLEASE, fcntl.F_UNLCK)
    except OSError:
        pass
    return False


def _proc_writers(fd: int) -> bool | None:
    """The /proc answer to :func:`other_writers` (only processes we may look into)."""
    return True if writer_names(fd) else (False if os.path.isdir("/proc/self/fd") else None)


def writer_names(fd: int, limit: int = 3) -> list[str]:
    """``pid NNN (name)`` of processes that hold the file of *fd* open for writing, as far as /proc shows."""
    try:
        st = os.fstat(fd)
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return []
    me = os.getpid()
    found: list[str] = []
    key = (st.st_dev, st.st_ino)
    for pid in pids:
        if int(pid) == me:
            continue
        base = f"/proc/{pid}/fd"
        try:
            fds = os.listdir(base)
        except OSError:
            continue
        for name in fds:
            try:
                other = os.stat(f"{base}/{name}")
            except OSError:
                continue
            if (other.st_dev, other.st_ino) != key or not _fd_writes(pid, name):
                continue
            try:
                with open(f"/proc/{pid}/comm", "rb") as handle:
                    comm = handle.read(64).decode("utf-8", "replace").strip()
            except OSError:
                comm = "?"
            found.append(f"pid {pid} ({comm})")
            break
        if len(found) >= limit:
            break
    return found


def _fd_writes(pid: str, name: str) -> bool:
    try:
        with open(f"/proc/{pid}/fdinfo/{name}", "rb") as handle:
            for line in handle.read(4096).splitlines():
                if line.startswith(b"flags:"):
                    return int(line.split()[1], 8) & (os.O_WRONLY | os.O_RDWR) != 0
    except (OSError, ValueError, IndexError):
        return False
    return False
