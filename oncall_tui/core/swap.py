"""How storage puts a written temp file in a case file's place without losing anyone's save.

On Linux the swap is ``renameat2(RENAME_EXCHANGE)``: afterwards the temp
name holds exactly the bytes that were replaced, so a save that slipped in
after the last check is seen and put back instead of lost.  A new file is
moved in with ``RENAME_NOREPLACE`` (or a hard link), so a file that appeared
meanwhile is never overwritten.  Elsewhere it is ``os.replace`` after a hash
check.  :class:`Swapping` is the half of :class:`~oncall_tui.core.storage.Storage`
that does this; the other half decides whether a write may happen at all.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from oncall_tui.core.atomic import fsync_folder, temp_beside, unlink_quietly, write_temp
from oncall_tui.core.reader import open_beneath, other_writers, read_fd
from oncall_tui.core.storage_errors import StorageError, WriteError, appeared, busy, conflict

TEMP_SUFFIX = ".oncall-tmp"
RESTORED_WATCH = 0.05
"""After putting another program's version back, how long to watch that it stays: a program that read our
version in the moment it was in place may save on top of it (and of theirs) just after."""

_RENAME_NOREPLACE = 1
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_UNSUPPORTED = {errno.EINVAL, errno.ENOSYS, getattr(errno, "ENOTSUP", -1), getattr(errno, "EOPNOTSUPP", -1)}

Swap = Callable[[bytes, bytes, int], int]


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def renameat2() -> Swap | None:
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


def hash_beneath(root: Path, rel: str) -> str | None:
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


def sibling(key: str, name: str) -> str:
    """The key of *name* in the folder of the file *key*."""
    return PurePosixPath(key).with_name(name).as_posix()


def conflict_name(target: Path) -> Path:
    """A visible name beside *target* to keep someone else's version under (``NAME.conflict-<hex>``)."""
    return target.with_name(f"{target.name}.conflict-{secrets.token_hex(3)}")


def copy_xattrs(source: int, dest: int) -> None:
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


class Swapping:
    """Temp files beside a case file, and the swap that puts one in its place (see the module's text)."""

    _real_root: Path
    _swap: Swap | None

    def _write_temp(self, target: Path, data: bytes, original: os.stat_result | None, source: int | None) -> Path:
        """Write *data* to a fresh hidden temp file beside *target*, synced, with the right mode.

        The file is created private (0600) and given the original's mode,
        owner and extended attributes (ACLs included) before its first byte
        is written, so nobody can read a secret case through the temp file.
        """

        def like_the_original(fd: int) -> None:
            if original is not None and os.geteuid() == 0 and (original.st_uid, original.st_gid) != (
                    os.getuid(), os.getgid()):
                try:
                    os.fchown(fd, original.st_uid, original.st_gid)
                except OSError:
                    pass
            if source is not None:
                copy_xattrs(source, fd)

        mode = None if original is None else original.st_mode & 0o7777
        return write_temp(temp_beside(target, TEMP_SUFFIX), data, mode=mode, prepare=like_the_original)

    def _no_replace(self, src: Path, dst: Path) -> bool:
        """Rename *src* to *dst* only if nothing is there (FileExistsError if something is).

        False, with nothing done, where the system has no such rename.
        """
        if self._swap is None:
            return False
        try:
            self._swap(os.fsencode(src), os.fsencode(dst), _RENAME_NOREPLACE)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _UNSUPPORTED:
                raise
            return False
        return True

    def _install_new(self, key: str, tmp: Path, target: Path) -> None:
        """Move *tmp* to *target* only if nothing is there (atomic where the OS allows)."""
        try:
            if self._no_replace(tmp, target):
                return
        except FileExistsError as exc:
            raise appeared(key) from exc
        try:
            os.link(tmp, target)
        except FileExistsError as exc:
            raise appeared(key) from exc
        except OSError as exc:
            if exc.errno not in _UNSUPPORTED | {errno.EPERM}:
                raise
            if os.path.lexists(target):
                raise appeared(key) from exc
            os.replace(tmp, target)
            return
        unlink_quietly(tmp)

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
            raise conflict(key, expected, None) from None
        try:
            actual = sha256_of(read_fd(now).data)
            if actual != expected:
                raise conflict(key, expected, actual)
            if other_writers(now) or other_writers(held):
                raise busy(key, now)
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
                unlink_quietly(tmp)
                return
        os.replace(tmp, target)

    def _replaced_problem(self, key: str, tmp: Path, expected: str) -> tuple[StorageError | None, bytes | None]:
        """Why the version an exchange just took out of place must go back (or None), and its bytes."""
        try:
            fd = open_beneath(self._real_root, sibling(key, tmp.name))
        except OSError:
            return conflict(key, expected, None), None
        try:
            data = read_fd(fd).data
            replaced = sha256_of(data)
            if replaced != expected:
                return conflict(key, expected, replaced), data
            if other_writers(fd):
                return busy(key, fd), data
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
        if hash_beneath(self._real_root, key) == sha256_of(theirs):
            return
        keep = conflict_name(target)
        os.rename(self._write_temp(target, theirs, os.fstat(held), held), keep)
        fsync_folder(target.parent)
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
            keep = conflict_name(target)
            os.rename(tmp, keep)
            raise WriteError(f"{key}: changed on disk while writing; the other version was saved as {keep.name}",
                             path=key, reason="other") from exc
        if hash_beneath(self._real_root, sibling(key, tmp.name)) != ours:
            keep = conflict_name(target)
            os.rename(tmp, keep)
            raise WriteError(f"{key}: changed on disk twice while writing; nothing of ours was kept and the "
                             f"version saved in between was kept as {keep.name}", path=key, reason="kept_aside")

    def _restore_aside(self, aside: Path, target: Path) -> None:
        """Put a file moved aside (by a remove) back without clobbering a newcomer."""
        try:
            if self._no_replace(aside, target):
                return
        except FileExistsError:
            os.rename(aside, conflict_name(target))
            return
        os.rename(aside, target)
