"""A disposable, persistent parse cache: a warm start without re-parsing.

Parsing costs ~3 ms a file; reading a cached result costs ~50 µs.  The cache
is one file per case folder under the user cache folder
(``$ONCALL_TUI_CACHE_DIR``, else ``$XDG_CACHE_HOME/oncall-tui``, else
``~/.cache/oncall-tui``), named by a hash of the folder's resolved path.
It is never authoritative: an entry is used only when the file's relative
path, size and ``mtime_ns`` all match, under the same parser version and
model schema, and anything wrong with the file (corrupt, truncated, another
version's, unreadable, unwritable) just means a miss.  Nothing here raises.

File layout (UTF-8 text, one record a line, so it can be appended to)::

    {"format": ..., "version": 1, "parser": N, "schema": "...", "root": "..."}
    <crc32 hex> TAB <size> TAB <mtime_ns> TAB <rel as JSON> TAB <case as JSON>

Each record's CRC is seeded with the header's, so a torn or flipped line,
or a line appended under another header, fails its check and is skipped; a
later record for the same path wins.  Records are decoded as the file is
read and built straight into the frozen models without re-validation: they
were produced by ``model_dump_json`` of this schema (fingerprinted in the
header) and passed their CRC, and the builder still checks every object's
field names.  Building that way takes a third of the time of
``model_validate`` and shares one fields-set per model class, which matters
for memory at 10,000 cases.  A hit is returned only for the exact key.

Writes: a few new records are appended in one ``write``; otherwise the whole
file is rewritten to a temporary file and moved into place with
``os.replace``, so a reader never sees half a file.  The cache writes only
in its own folder, never in the case folder (that is ``storage.py``'s job).
Callers decide when to :meth:`ParseCache.flush` (off the event loop).
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import secrets
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from oncall_tui.core.config import CACHE_DIR_ENV
from oncall_tui.core.model import ActionItem, Case, Sentiment, SourceInfo, TimelineEvent
from oncall_tui.core.parse import PARSER_VERSION
from oncall_tui.core.sentiment import SCORER_VERSION

FORMAT = "oncall-tui-parse-cache"
FILE_VERSION = 1
RACY_NS = 2_000_000_000
"""A file modified this recently may change again within the same mtime tick: not cached."""
MAX_FILE_BYTES = 1 << 30
LOAD_BLOCK = 1 << 22

_MODELS = (Case, TimelineEvent, ActionItem, Sentiment, SourceInfo)
_FIELDS = {cls: frozenset(cls.model_fields) for cls in _MODELS}
_FIELDS_SET = {cls: set(cls.model_fields) for cls in _MODELS}  # shared: the models are frozen
_new = object.__new__
_set_dict = BaseModel.__dict__["__dict__"].__set__
# BaseModel's __dict__ and three slots, set through their descriptors (the fastest way to build a model).
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def schema_fingerprint() -> str:
    """A hash of the models' field names, types and defaults: a model change invalidates the cache."""
    parts: list = [
        (cls.__name__, [(name, repr(f.annotation), repr(f.default)) for name, f in cls.model_fields.items()])
        for cls in _MODELS
    ]
    parts.append(("sentiment scorer", SCORER_VERSION))  # a scorer change re-scores every cached case
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def default_cache_dir() -> Path:
    """``$ONCALL_TUI_CACHE_DIR``, else ``$XDG_CACHE_HOME/oncall-tui``, else ``~/.cache/oncall-tui``."""
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and os.path.isabs(os.path.expanduser(xdg)) else Path.home() / ".cache"
    return base / "oncall-tui"


def cache_path(root: Path, cache_dir: Path | None = None) -> Path:
    """The cache file of the case folder *root*."""
    real = os.path.realpath(Path(root).expanduser())
    name = hashlib.sha256(os.fsencode(real)).hexdigest()[:32]
    return (cache_dir if cache_dir is not None else default_cache_dir()) / f"{name}.cache"


# -- encoding one case ---------------------------------------------------------------------------


def encode_case(case: Case) -> bytes:
    """The case, including its ``source`` (which the export leaves out), as one line of JSON."""
    body = case.model_dump_json()
    return (body[:-1] + ',"source":' + case.source.model_dump_json() + "}").encode("utf-8")


_intern = sys.intern
_SHARED = {ActionItem: ("status", "group"), Case: ("kind", "priority", "status")}
"""Fields with few distinct values, one string object each: JSON gives every one of ~20 items a case its
own copy of "open" and of its group's name; shared, 10,000 cases took ~21 MiB less (warm store's peak RSS
259.5 -> 238 MiB, measured with /proc/self/status)."""


def pack(payload: bytes) -> bytes:
    """*payload* compressed for the wait between a cold parse and the cache write.

    A cold start of 10,000 cases held ~44 MB of payloads until the cache was
    written (after the table fills); compressed they are ~12 MB, for ~35 µs a
    case in the pool's workers and ~15 µs to unpack (measured on the generated
    cases).  The cache file itself stays plain, so a warm start never unpacks.
    """
    return zlib.compress(payload, 1)


def unpack(packed: bytes) -> bytes:
    return zlib.decompress(packed)


def _builder(cls: type, shared: tuple[str, ...] = ()) -> Callable[[object], object]:
    """A function making *cls* with exactly the given values as its fields, as ``model_construct`` would, at a
    third of the cost; *shared* fields get interned (see :data:`_SHARED`).

    One closure per class, so a call looks nothing up (0.44 µs for a timeline event, 0.64 µs for an action
    item, against 0.61 and 0.77 µs with the class passed in; ~0.3 million of them at 10,000 cases).
    """
    fields, fields_set, name = _FIELDS[cls], _FIELDS_SET[cls], cls.__name__

    def make(values: object) -> object:
        if type(values) is not dict or values.keys() != fields:
            raise ValueError(f"cache record does not fit {name}")
        for key in shared:
            value = values[key]
            if value is not None:
                values[key] = _intern(value)  # TypeError for a non-string: the record is dropped
        model = _new(cls)
        _set_dict(model, values)
        _set_fields_set(model, fields_set)
        _set_extra(model, None)
        _set_private(model, None)
        return model

    return make


_make_case = _builder(Case, _SHARED[Case])
_make_event = _builder(TimelineEvent)
_make_item = _builder(ActionItem, _SHARED[ActionItem])
_make_sentiment = _builder(Sentiment)
_make_source = _builder(SourceInfo)


def decode_case(payload: bytes | memoryview | str) -> Case:
    """Inverse of :func:`encode_case` for trusted input; raises ValueError when the shape is wrong."""
    values = json.loads(payload if isinstance(payload, str) else str(payload, "utf-8"))
    if type(values) is not dict:
        raise ValueError("cache record is not an object")
    timeline, items, sentiment = values.get("timeline"), values.get("action_items"), values.get("sentiment")
    if type(timeline) is not list or type(items) is not list:
        raise ValueError("cache record has no lists")
    values["timeline"] = [_make_event(event) for event in timeline]
    values["action_items"] = [_make_item(item) for item in items]
    if sentiment is not None:
        values["sentiment"] = _make_sentiment(sentiment)
    values["source"] = _make_source(values.get("source"))
    return _make_case(values)  # type: ignore[return-value]


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def paused_gc(*, freeze: bool = False) -> Iterator[None]:
    """Pause the cyclic GC while building many objects that are all kept (3x faster at 10k cases).

    *freeze* moves everything alive at the end into the permanent generation
    (``gc.freeze()``) before the collector runs again, so its next pass does
    not walk the objects just made (0.3-0.4 s at 10,000 cases).  Cyclic
    garbage among them is then never collected: for an index that lives as
    long as the process.
    """
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if freeze:
                gc.freeze()
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()


# -- the cache ------------------------------------------------------------------------------------


@dataclass
class _Slot:
    size: int
    mtime_ns: int
    case: Case
    packed: bytes | None = None  # the encoded case, packed, while it waits to be written
    dirty: bool = False


class ParseCache:
    """Parsed cases of one folder by (rel, size, mtime_ns); see the module docstring."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        self.root = os.path.realpath(Path(root).expanduser())
        self.path = cache_path(Path(self.root), cache_dir)
        header = {"format": FORMAT, "version": FILE_VERSION, "parser": PARSER_VERSION,
                  "schema": schema_fingerprint(), "root": self.root}
        self._header = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
        self._seed = zlib.crc32(self._header)
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._slots: dict[str, _Slot] = {}
        self._forgotten: set[str] = set()
        self._records_on_disk = 0
        self._loaded = False
        self.hits = 0
        self.misses = 0
        self.problem: str | None = None
        """Why the file on disk was not used (None: it was, or there was none)."""

    @classmethod
    def open(cls, root: Path, cache_dir: Path | None = None) -> ParseCache:
        """The cache of *root*, loaded now from disk if a usable file is there.

        ``ParseCache(root)`` is the lazy form: it reads the file on first use,
        so it can be made on the UI thread and first used in a worker.
        """
        cache = cls(root, cache_dir)
        cache._ensure_loaded()
        return cache

    def __len__(self) -> int:
        self._ensure_loaded()
        with self._lock:
            return len(self._slots)

    # -- reading -----------------------------------------------------------------------------

    def _read_file(self) -> bytes | None:
        try:
            with open(self.path, "rb") as handle:
                if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
                    self.problem = "cache file too large"
                    return None
                return handle.read()
        except FileNotFoundError:
            return None
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
                name = json.loads(data[t3 + 1:t4])
            except ValueError:
                continue
            if type(name) is str:
                yield view[start:end], name, size, mtime, view[t4 + 1:end]

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            with self._flush_lock:
                if not self._loaded:
                    self._load()
                    self._loaded = True

    def _load(self) -> None:
        """Read the file a block at a time, decoding records as they come.

        Decoding at once, rather than at lookup, means the file's bytes are
        never all held beside the models they become: at 10,000 cases that
        is ~50 MB less peak memory for the same work.
        """
        try:
            handle = open(self.path, "rb")
        except FileNotFoundError:
            return
        except OSError as exc:
            self.problem = f"cache unreadable: {exc.strerror or exc}"
            return
        count = 0
        with handle, paused_gc():
            try:
                if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
                    self.problem = "cache file too large"
                    return
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

    def lookup(self, rel: str, size: int, mtime_ns: int) -> Case | None:
        """The cached case of *rel* if it was parsed from exactly this size and mtime, else None."""
        self._ensure_loaded()
        with self._lock:
            slot = self._slots.get(rel)
            if slot is None or slot.size != size or slot.mtime_ns != mtime_ns:
                self.misses += 1
                return None
            self.hits += 1
            return slot.case

    # -- updating ----------------------------------------------------------------------------

    def store(self, case: Case, packed: bytes | None = None) -> bool:
        """Remember *case* under its path, size and mtime; False when it is too fresh to trust.

        *packed* is ``pack(encode_case(case))`` when the caller already has it
        (the process pool sends cases that way).
        """
        self._ensure_loaded()
        size, mtime_ns = case.source.size, case.source.mtime_ns
        if mtime_ns <= 0 or time.time_ns() - mtime_ns < RACY_NS:
            return False  # an older entry may stay: its key no longer matches, so it is never used
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

    def _try_append(self, dirty: dict[str, _Slot], live: int) -> bool:
        """Append *dirty* when they are few and the file on disk is ours; else False."""
        if len(dirty) > max(64, live // 8) or self._records_on_disk + len(dirty) > 2 * live + 256:
            return False
        try:
            with open(self.path, "rb") as handle:
                if handle.readline().rstrip(b"\n") != self._header:
                    return False
        except OSError:
            return False
        lines = [line for rel, slot in dirty.items() if (line := self._record(rel, slot)) is not None]
        data = b"".join(b"\n" + line for line in lines)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        self._records_on_disk += len(lines)
        return True

    def _rewrite(self) -> None:
        """The whole file anew: our entries, plus other writers' records for paths we do not know.

        Records are written one at a time, never joined: at 10,000 cases the
        file is ~45 MB, and a joined copy beside the lines was ~90 MB of peak
        memory just after a cold start.
        """
        with self._lock:
            slots = dict(self._slots)
            forgotten = set(self._forgotten)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        count = 0
        try:
            with open(temp, "wb") as handle:
                handle.write(self._header)
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
                        handle.write(b"\n")
                        handle.write(line)
                        count += 1
                del line, _payload, existing  # the views into the old file first, then its bytes
                for rel, slot in slots.items():
                    record = self._record(rel, slot)
                    if record is not None:
                        handle.write(b"\n")
                        handle.write(record)
                        count += 1
            os.replace(temp, self.path)
        except BaseException:
            try:
                os.unlink(temp)
            except OSError:
                pass
            raise
        self._records_on_disk = count
