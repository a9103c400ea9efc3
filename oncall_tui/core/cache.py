"""A disposable, persistent parse cache: a warm start without re-parsing.

Reading a cached result costs a small part of a parse (figures in docs/performance.md).  The cache
is one file per case folder under the user cache folder
(``$ONCALL_TUI_CACHE_DIR``, else ``$XDG_CACHE_HOME/oncall-tui``, else
the platform's cache folder), named by a hash of the folder's resolved path.
It is never authoritative: an entry is used only when the file's relative
path, size and version stamp all match, under the same parser version and
model schema, and anything wrong with the file (corrupt, truncated, another
version's, unreadable, unwritable) just means a miss.  Nothing here raises.

File layout (UTF-8 text, one record a line, so it can be appended to)::

    {"format": ..., "version": 1, "parser": N, "schema": "...", "root": "..."}
    <crc32 hex> TAB <size> TAB <version stamp> TAB <rel as JSON> TAB <case as JSON>

In the case's JSON, each timeline event and action item is an array of its
fields' values in the model's field order (``["2024-03-01T10:00", "Paged", 12]``)
rather than an object: less file to read and check, and a list is cheaper than a
dict for orjson to build and for the builder to read.

The version stamp is the caller's integer for "this version of the file"; the
store gives one made of mtime, ctime and inode (:func:`version_stamp`), since
a rewrite can put size and mtime back (``touch -d``, sync tools, ``git
checkout``) but never the change time.

Each record's CRC is seeded with the header's, so a torn or flipped line,
or a line appended under another header, fails its check and is skipped; a
later record for the same path wins.  Records are decoded as the file is
read and built straight into the frozen models without pydantic's
validation: they were produced by ``model_dump_json`` of this schema
(fingerprinted in the header) and passed their CRC.  A CRC proves nothing
against a crafted file, so the builder checks every object's field names
and every field's type (one compiled expression per model, derived from its
annotations: a timeline ``at`` that is a table, an unknown status, a score
out of range); a record that fails is dropped and its file parsed again.
Building that way is cheaper than ``model_validate`` and shares one
fields-set per model class, which matters for memory with many cases (the
codec is :mod:`oncall_tui.core.cache_codec`; the file's reads and writes are
:mod:`oncall_tui.core.cache_file`).  A hit is returned only for the exact key.

Writes: a few new records are appended in one ``write``; otherwise the whole
file is rewritten through :func:`~oncall_tui.core.atomic.write_atomic`
(a temporary file moved into place), so a reader never sees half a file.  The cache writes only
in its own folder, never in the case folder (that is ``storage.py``'s job).
Callers decide when to :meth:`ParseCache.flush` (off the event loop).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import zlib
from pathlib import Path

from oncall_tui.core.model import Case
from oncall_tui.core.parse import PARSER_VERSION
from oncall_tui.core.sentiment import SCORER_VERSION
from oncall_tui.core.cache_codec import (  # noqa: F401 (encode_case, pack, unpack: re-exported)
    decode_case,
    encode_case,
    pack,
    paused_gc,
    unpack,
)
from oncall_tui.core.cache_file import _CacheFile, _Slot
from oncall_tui.paths import CACHE_DIR_ENV, user_dir  # noqa: F401 (CACHE_DIR_ENV named for importers)
from oncall_tui.core.modelbuild import _MODELS

FORMAT = "oncall-tui-parse-cache"
FILE_VERSION = 3
"""2: records keyed on a stamp of mtime, ctime and inode (1 was mtime alone); 3: events and items as arrays."""
RACY_NS = 2_000_000_000
"""A file modified this recently may change again within the same mtime tick: not cached."""
LOAD_BLOCK = 1 << 22


def version_stamp(mtime_ns: int, ctime_ns: int, ino: int) -> int:
    """One integer for a version of a file: changes when its mtime, ctime or inode does."""
    digest = hashlib.blake2b(b"%d:%d:%d" % (mtime_ns, ctime_ns, ino), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1

def schema_fingerprint() -> str:
    """A hash of the models' field names, types and defaults: a model change invalidates the cache."""
    parts: list = [
        (cls.__name__, [(name, repr(f.annotation), repr(f.default)) for name, f in cls.model_fields.items()])
        for cls in _MODELS
    ]
    parts.append(("sentiment scorer", SCORER_VERSION))  # a scorer change re-scores every cached case
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def default_cache_dir() -> Path:
    """``$ONCALL_TUI_CACHE_DIR``, else ``$XDG_CACHE_HOME/oncall-tui``, else the platform's (:func:`~oncall_tui.paths.user_dir`)."""
    return user_dir("cache")


def cache_path(root: Path, cache_dir: Path | None = None) -> Path:
    """The cache file of the case folder *root*."""
    real = os.path.realpath(Path(root).expanduser())
    name = hashlib.sha256(os.fsencode(real)).hexdigest()[:32]
    return (cache_dir if cache_dir is not None else default_cache_dir()) / f"{name}.cache"


class ParseCache(_CacheFile):
    """Parsed cases of one folder by (rel, size, mtime_ns); see the module docstring."""

    def __init__(self, root: Path, cache_dir: Path | None = None, *, day_first: bool | str = "auto") -> None:
        """*day_first* is the ``[parse] day_first`` setting the cases are parsed with: part of the header,
        so a file written under another setting is a miss (re-parsed), never served."""
        self.root = os.path.realpath(Path(root).expanduser())
        self.path = cache_path(Path(self.root), cache_dir)
        self.day_first = day_first
        header = {"format": FORMAT, "version": FILE_VERSION, "parser": PARSER_VERSION,
                  "schema": schema_fingerprint(), "root": self.root, "day_first": day_first}
        self._header = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
        self._seed = zlib.crc32(self._header)
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._slots: dict[str, _Slot] = {}
        self._forgotten: set[str] = set()
        self._records_on_disk = 0
        self._loaded = False
        self._odd = False  # something other than a regular file is at the cache path: never append to it
        self.hits = 0
        self.misses = 0
        self.problem: str | None = None
        """Why the file on disk was not used (None: it was, or there was none)."""

    @classmethod
    def open(cls, root: Path, cache_dir: Path | None = None, *, day_first: bool | str = "auto") -> ParseCache:
        """The cache of *root*, loaded now from disk if a usable file is there.

        ``ParseCache(root)`` is the lazy form: it reads the file on first use,
        so it can be made on the UI thread and first used in a worker.
        """
        cache = cls(root, cache_dir, day_first=day_first)
        cache._ensure_loaded()
        return cache

    def __len__(self) -> int:
        self._ensure_loaded()
        with self._lock:
            return len(self._slots)

    # -- reading -----------------------------------------------------------------------------

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            with self._flush_lock:
                if not self._loaded:
                    self._load()
                    self._loaded = True

    def _load(self) -> None:
        """Read the file a block at a time, decoding records as they come.

        Decoding at once, rather than at lookup, means the file's bytes are
        never all held beside the models they become (less peak memory for
        the same work).
        """
        handle = self._open()
        if handle is None:
            return
        count = 0
        with handle, paused_gc():
            try:
                if handle.readline().rstrip(b"\n") != self._header:
                    self.problem = "cache written by another version or for another folder"
                    return
                rest = b""
                while True:
                    block = handle.read(LOAD_BLOCK)
                    cut = block.rfind(b"\n") if block else len(rest)
                    if block and cut < 0:
                        rest += block
                        continue
                    chunk, rest = (b"\n" + rest + block[:cut], block[cut + 1:]) if block else (b"\n" + rest, b"")
                    for _line, rel, size, mtime, payload in self._records(chunk):
                        count += 1
                        try:
                            case = decode_case(payload)
                            if case.path != rel:
                                raise ValueError("cache record is for another path")
                        except (ValueError, TypeError, RecursionError):
                            self._slots.pop(rel, None)  # a later good record may still come
                            continue
                        self._slots[rel] = _Slot(size, mtime, case)
                    if not block:
                        break
            except OSError as exc:
                self.problem = f"cache unreadable: {exc.strerror or exc}"
        self._records_on_disk = count

    def lookup(self, rel: str, size: int, stamp: int) -> Case | None:
        """The cached case of *rel* if it was parsed from exactly this size and version stamp, else None."""
        self._ensure_loaded()
        with self._lock:
            slot = self._slots.get(rel)
            if slot is None or slot.size != size or slot.mtime_ns != stamp:
                self.misses += 1
                return None
            self.hits += 1
            return slot.case

    # -- updating ----------------------------------------------------------------------------

    def store(self, case: Case, packed: bytes | None = None, stamp: int | None = None) -> bool:
        """Remember *case* under its path, size and *stamp*; False when it is too fresh to trust.

        *packed* is ``pack(encode_case(case))`` when the caller already has it
        (the process pool sends cases that way).  *stamp* is what
        :meth:`lookup` will be asked with (the store's :func:`version_stamp`;
        the case's mtime when not given).
        """
        self._ensure_loaded()
        size, mtime_ns = case.source.size, case.source.mtime_ns
        if mtime_ns <= 0 or time.time_ns() - mtime_ns < RACY_NS:
            return False  # an older entry may stay: its key no longer matches, so it is never used
        if stamp is not None:
            mtime_ns = stamp
        with self._lock:
            slot = self._slots.get(case.path)
            if slot is not None and slot.case is case and (slot.size, slot.mtime_ns) == (size, mtime_ns):
                return True
            self._slots[case.path] = _Slot(size, mtime_ns, case, packed=packed, dirty=True)
            self._forgotten.discard(case.path)
        return True

    def forget(self, rel: str) -> None:
        """Drop *rel* (the file is gone, or its entry must not be trusted)."""
        self._ensure_loaded()
        with self._lock:
            if self._slots.pop(rel, None) is not None:
                self._forgotten.add(rel)

    def retain(self, rels: set[str] | frozenset[str]) -> None:
        """Forget every entry whose path is not in *rels* (after a full scan)."""
        self._ensure_loaded()
        with self._lock:
            for rel in [r for r in self._slots if r not in rels]:
                del self._slots[rel]
                self._forgotten.add(rel)

    # -- writing -----------------------------------------------------------------------------

    def flush(self) -> bool:
        """Write what changed since the last flush; True when the file is up to date.

        Never raises: an unwritable cache folder only means the next start is cold.
        """
        self._ensure_loaded()
        with self._flush_lock:
            with self._lock:
                dirty = {rel: slot for rel, slot in self._slots.items() if slot.dirty}
                forgotten = set(self._forgotten)
                live = len(self._slots)
            if not dirty and not forgotten:
                return True
            try:
                appended = not forgotten and self._try_append(dirty, live)
                if not appended:
                    self._rewrite()
            except OSError as exc:
                self.problem = f"cache not written: {exc.strerror or exc}"
                return False
            with self._lock:
                for rel, slot in dirty.items():
                    if self._slots.get(rel) is slot:
                        slot.dirty = False
                        slot.packed = None
                self._forgotten -= forgotten
            return True
