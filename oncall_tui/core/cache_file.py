"""The parse cache's file: opened safely, its records checked, appended to or rewritten atomically.

The layout is described in :mod:`oncall_tui.core.cache`; :class:`~oncall_tui.core.cache.ParseCache`
holds the entries and decides when to read and write.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from oncall_tui.core.atomic import write_all, write_atomic
from oncall_tui.core.cache_codec import encode_case, unpack
from oncall_tui.core.model import Case

MAX_FILE_BYTES = 1 << 30
_OPEN_FLAGS = os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
"""Every open of the cache path: a FIFO there must not block the start, a symlink must not be followed."""


def _loads_name(raw: bytes) -> object:
    """A record's path, written by ``json.dumps``: orjson reads it at a fraction of json's cost, json the rest
    (a name with a lone surrogate, which only json reads back)."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)


@dataclass(slots=True)
class _Slot:
    size: int
    mtime_ns: int
    """The version stamp (named for what it was in format 1)."""
    case: Case
    packed: bytes | None = None  # the encoded case, packed, while it waits to be written
    dirty: bool = False


class _CacheFile:
    """The file half of :class:`~oncall_tui.core.cache.ParseCache` (which sets these attributes)."""

    path: Path
    problem: str | None
    _header: bytes
    _seed: int
    _odd: bool
    _records_on_disk: int
    _lock: threading.Lock
    _slots: dict[str, _Slot]
    _forgotten: set[str]

    def _open(self, flags: int = os.O_RDONLY):
        """The cache file opened for reading (or with *flags*), or None when there is none or it is odd.

        Never blocks and never follows a link: a FIFO, a device, a directory or
        a symlink (to ``/dev/zero``, or to someone's file) at the cache path
        is not read and not written through; it is noted in :attr:`problem`
        and the next flush replaces it with a regular file (``os.replace``
        swaps the path itself, atomically), or fails and leaves it alone.
        """
        try:
            fd = os.open(self.path, flags | _OPEN_FLAGS)
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENXIO, errno.EISDIR):  # a link, a socket, a folder
                self._odd = True
                self.problem = "cache path is not a regular file; it will be replaced"
            else:
                self.problem = f"cache unreadable: {exc.strerror or exc}"
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                self._odd = True
                self.problem = "cache path is not a regular file; it will be replaced"
                os.close(fd)
                return None
            os.set_blocking(fd, True)
            if info.st_size > MAX_FILE_BYTES:
                self.problem = "cache file too large"
                os.close(fd)
                return None
        except OSError as exc:
            os.close(fd)
            self.problem = f"cache unreadable: {exc.strerror or exc}"
            return None
        return os.fdopen(fd, "rb") if flags == os.O_RDONLY else fd

    def _read_file(self) -> bytes | None:
        handle = self._open()
        if handle is None:
            return None
        try:
            with handle:
                return handle.read()
        except OSError as exc:
            self.problem = f"cache unreadable: {exc.strerror or exc}"
            return None

    def _records(self, data: bytes) -> Iterator[tuple[memoryview, str, int, int, memoryview]]:
        """(line, rel, size, mtime_ns, payload) of every record of *data* (header line first) that passes its check.

        Line and payload are views into *data*, so nothing is copied.
        """
        seed = self._seed
        view = memoryview(data)
        find = data.find
        pos = find(b"\n") + 1
        while 0 < pos < len(data):
            end = find(b"\n", pos)
            end = len(data) if end < 0 else end
            start, tabs = pos, []
            pos = end + 1
            at = start
            for _ in range(4):
                at = find(b"\t", at, end)
                if at < 0:
                    break
                tabs.append(at)
                at += 1
            if len(tabs) != 4:
                continue
            t1, t2, t3, t4 = tabs
            try:
                if int(data[start:t1], 16) != zlib.crc32(view[t1 + 1:end], seed):
                    continue
                size, mtime = int(data[t1 + 1:t2]), int(data[t2 + 1:t3])
                name = _loads_name(data[t3 + 1:t4])
            except ValueError:
                continue
            if type(name) is str:
                yield view[start:end], name, size, mtime, view[t4 + 1:end]

    def _record(self, rel: str, slot: _Slot) -> bytes | None:
        if slot.packed is not None:
            payload = unpack(slot.packed)
        else:
            try:
                payload = encode_case(slot.case)
            except Exception:  # a case that cannot be encoded is simply not cached
                return None
        body = b"%d\t%d\t%s\t%s" % (slot.size, slot.mtime_ns, json.dumps(rel).encode(), payload)
        return b"%08x\t%s" % (zlib.crc32(body, self._seed), body)

    def _try_append(self, dirty: dict[str, _Slot], live: int) -> bool:
        """Append *dirty* when they are few and the file on disk is ours; else False."""
        if len(dirty) > max(64, live // 8) or self._records_on_disk + len(dirty) > 2 * live + 256:
            return False
        if self._odd:
            return False
        fd = self._open(os.O_RDWR | os.O_APPEND)  # one descriptor, checked to be a regular file, for both
        if fd is None:
            return False
        try:
            if os.pread(fd, len(self._header) + 1, 0) != self._header + b"\n":
                return False
            lines = [line for rel, slot in dirty.items() if (line := self._record(rel, slot)) is not None]
            write_all(fd, b"".join(b"\n" + line for line in lines))
        finally:
            os.close(fd)
        self._records_on_disk += len(lines)
        return True

    def _rewrite(self) -> None:
        """The whole file anew (:func:`~oncall_tui.core.atomic.write_atomic`): our entries, plus other writers'
        records for paths we do not know.  Records go out in blocks of :data:`WRITE_BLOCK`, never joined into
        one copy of the file, which would double the peak memory just after a cold start."""
        with self._lock:
            slots = dict(self._slots)
            forgotten = set(self._forgotten)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        written = [0]
        write_atomic(self.path, _blocks(self._rewritten(slots, forgotten, written)), mode=0o600)
        self._records_on_disk = written[0]
        self._odd = False

    def _rewritten(self, slots: dict[str, _Slot], forgotten: set[str], written: list[int]) -> Iterator[bytes]:
        """The new file's pieces: the header, then each record after a line break (counted in *written*)."""
        yield self._header
        existing = self._read_file()
        line = _payload = None
        if existing is not None and existing.startswith(self._header + b"\n"):
            for line, rel, size, mtime, _payload in self._records(existing):
                slot = slots.get(rel)
                if slot is None and rel in forgotten:
                    continue
                if slot is not None:
                    if slot.dirty or (size, mtime) != (slot.size, slot.mtime_ns):
                        continue
                    slots.pop(rel)  # unchanged: copy the bytes through
                # else another process's entry: keep it
                yield b"\n"
                yield line
                written[0] += 1
        del line, _payload, existing  # the views into the old file first, then its bytes
        for rel, slot in slots.items():
            record = self._record(rel, slot)
            if record is not None:
                yield b"\n"
                yield record
                written[0] += 1


WRITE_BLOCK = 1 << 20
"""Bytes gathered before each write of a rewrite (one system call a block, not one a record)."""


def _blocks(pieces: Iterator[bytes | memoryview]) -> Iterator[bytes]:
    """*pieces* joined into blocks of about :data:`WRITE_BLOCK` bytes."""
    block: list[bytes | memoryview] = []
    size = 0
    for piece in pieces:
        block.append(piece)
        size += len(piece)
        if size >= WRITE_BLOCK:
            yield b"".join(block)
            block, size = [], 0
    if block:
        yield b"".join(block)
