"""A disposable, persistent parse cache: a warm start without re-parsing.

Parsing costs ~3 ms a file; reading a cached result costs ~50 µs.  The cache
is one file per case folder under the user cache folder
(``$ONCALL_TUI_CACHE_DIR``, else ``$XDG_CACHE_HOME/oncall-tui``, else
``~/.cache/oncall-tui``), named by a hash of the folder's resolved path.
It is never authoritative: an entry is used only when the file's relative
path, size and version stamp all match, under the same parser version and
model schema, and anything wrong with the file (corrupt, truncated, another
version's, unreadable, unwritable) just means a miss.  Nothing here raises.

File layout (UTF-8 text, one record a line, so it can be appended to)::

    {"format": ..., "version": 1, "parser": N, "schema": "...", "root": "..."}
    <crc32 hex> TAB <size> TAB <version stamp> TAB <rel as JSON> TAB <case as JSON>

In the case's JSON, each timeline event and action item is an array of its
fields' values in the model's field order (``["2024-03-01T10:00", "Paged", 12]``)
rather than an object: a tenth less file to read and check, and a list is about
half the cost of a dict for orjson to build and for the builder to read.

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
Building that way takes a third of the time of ``model_validate`` and
shares one fields-set per model class, which matters for memory at 10,000
cases.  A hit is returned only for the exact key.

Writes: a few new records are appended in one ``write``; otherwise the whole
file is rewritten to a temporary file and moved into place with
``os.replace``, so a reader never sees half a file.  The cache writes only
in its own folder, never in the case folder (that is ``storage.py``'s job).
Callers decide when to :meth:`ParseCache.flush` (off the event loop).
"""

from __future__ import annotations

import errno
import gc
import hashlib
import json
import os
import secrets
import stat
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import UnionType
from typing import Literal, Union, get_args, get_origin

import orjson
from pydantic import BaseModel

from oncall_tui.paths import CACHE_DIR_ENV, user_dir  # noqa: F401 (CACHE_DIR_ENV named for importers)
from oncall_tui.core.model import ActionItem, Case, Sentiment, SourceInfo, TimelineEvent
from oncall_tui.core.parse import PARSER_VERSION
from oncall_tui.core.sentiment import SCORER_VERSION

FORMAT = "oncall-tui-parse-cache"
FILE_VERSION = 3
"""2: records keyed on a stamp of mtime, ctime and inode (1 was mtime alone); 3: events and items as arrays."""
RACY_NS = 2_000_000_000
"""A file modified this recently may change again within the same mtime tick: not cached."""
MAX_FILE_BYTES = 1 << 30
LOAD_BLOCK = 1 << 22
_OPEN_FLAGS = os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
"""Every open of the cache path: a FIFO there must not block the start, a symlink must not be followed."""


def version_stamp(mtime_ns: int, ctime_ns: int, ino: int) -> int:
    """One integer for a version of a file: changes when its mtime, ctime or inode does."""
    digest = hashlib.blake2b(b"%d:%d:%d" % (mtime_ns, ctime_ns, ino), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1

_MODELS = (Case, TimelineEvent, ActionItem, Sentiment, SourceInfo)
_FIELDS = {cls: frozenset(cls.model_fields) for cls in _MODELS}
_FIELDS_SET = {cls: set(cls.model_fields) for cls in _MODELS}  # shared: the models are frozen
_new = object.__new__
# BaseModel's three slots, set through their descriptors (the fields go in one by one: see _builder).
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
    """``$ONCALL_TUI_CACHE_DIR``, else ``$XDG_CACHE_HOME/oncall-tui``, else the platform's (:func:`~oncall_tui.paths.user_dir`)."""
    return user_dir("cache")


def cache_path(root: Path, cache_dir: Path | None = None) -> Path:
    """The cache file of the case folder *root*."""
    real = os.path.realpath(Path(root).expanduser())
    name = hashlib.sha256(os.fsencode(real)).hexdigest()[:32]
    return (cache_dir if cache_dir is not None else default_cache_dir()) / f"{name}.cache"


# -- encoding one case ---------------------------------------------------------------------------


_EVENT_FIELDS = tuple(TimelineEvent.model_fields)
_ITEM_FIELDS = tuple(ActionItem.model_fields)
_ROWS = {"timeline", "action_items"}


def encode_case(case: Case) -> bytes:
    """The case, including its ``source`` (which the export leaves out), as one line of JSON; its events and
    items as arrays of their fields (see the module docstring)."""
    body = case.model_dump_json(exclude=_ROWS)
    events = orjson.dumps([[getattr(e, name) for name in _EVENT_FIELDS] for e in case.timeline])
    items = orjson.dumps([[getattr(i, name) for name in _ITEM_FIELDS] for i in case.action_items])
    return b"".join((body[:-1].encode("utf-8"), b',"timeline":', events, b',"action_items":', items,
                     b',"source":', case.source.model_dump_json().encode("utf-8"), b"}"))


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


_BUILT_BY_DECODE = frozenset({"timeline", "action_items", "sentiment", "source"})
"""Case fields that :func:`decode_case` turns into models itself (their builders check them)."""
_ENCODINGS = frozenset({"utf-8", "utf-16-le", "utf-16-be", "cp1252", "latin-1"})
_NEWLINES = frozenset({"\n", "\r\n", "\r"})
_SETS = {("SourceInfo", "encoding"): _ENCODINGS, ("SourceInfo", "newline"): _NEWLINES}
"""Strings the rest of the app passes on to codecs and writes: only the values :mod:`core.text` produces."""


def _type_check(cls: type, name: str, annotation: object, value: str, scope: dict[str, object]) -> str:
    """A Python expression that is true when *value* (an expression) has the type the field declares.

    Derived from the model's annotations, so a model change cannot leave the check behind; an annotation
    this does not know stops the import (add it here).  Sets it needs are put in *scope*.  Spelled for
    speed (~0.16 µs for an action item): ``x.__class__ in {str, NoneType}`` rather than ``x is None or
    isinstance(x, str)``, and a Literal by membership alone (only a str can equal a str; an unhashable
    value raises TypeError, which the loader treats like a failed check).
    """
    origin, args = get_origin(annotation), get_args(annotation)
    optional = origin in (Union, UnionType) and type(None) in args
    if optional:
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"cache: no type check for {cls.__name__}.{name}: {annotation!r}")
        annotation = rest[0]
        origin, args = get_origin(annotation), get_args(annotation)
    allowed: frozenset[object] | None = None
    if origin is Literal:
        allowed = frozenset(args)
    elif annotation is str and (cls.__name__, name) in _SETS:
        allowed = _SETS[(cls.__name__, name)]
    if allowed is not None:
        set_name = f"_allowed_{name}"
        scope[set_name] = allowed | {None} if optional else allowed
        return f"{value} in {set_name}"
    if annotation in (str, int, bool):  # exact classes: a bool is not an int here, nor an int a bool
        if optional:
            scope[f"_or_none_{annotation.__name__}"] = frozenset({annotation, type(None)})
            return f"{value}.__class__ in _or_none_{annotation.__name__}"
        return f"{value}.__class__ is {annotation.__name__}"
    if annotation is float and not optional:  # the only float field is a score in [-1, 1]; NaN fails the bounds
        return f"({value}.__class__ is float and -1.0 <= {value} <= 1.0)"
    if origin is list and args == (str,) and not optional:
        return f"({value}.__class__ is list and (not {value} or all(x.__class__ is str for x in {value})))"
    raise TypeError(f"cache: no type check for {cls.__name__}.{name}: {annotation!r}")


def _check_expr(cls: type, scope: dict[str, object], positional: bool = False) -> str:
    """One ``and`` of every field's type check, over a dict named ``v`` (a loop over the fields costs twice);
    *positional*: over a list of the values in field order."""
    fields = [(i, n, f.annotation) for i, (n, f) in enumerate(cls.model_fields.items())
              if not (cls is Case and n in _BUILT_BY_DECODE)]
    return " and ".join(_type_check(cls, n, a, f"v[{i if positional else repr(n)}]", scope)
                        for i, n, a in fields) or "True"


def _builder(cls: type, shared: tuple[str, ...] = (), positional: bool = False) -> Callable[[object], object]:
    """A function making *cls* with exactly the given values as its fields, as ``model_construct`` would, at a
    third of the cost; *shared* fields get interned (see :data:`_SHARED`).

    The function is compiled for its class, with every field's type check (:func:`_check_expr`) and
    interning spelled out inline, so a call looks nothing up and calls nothing more (~0.3 million of them
    at 10,000 cases).  A record with the right CRC but a wrong type (a crafted or buggy cache file) is a
    ValueError (TypeError for an unhashable value), so the caller drops it and the file is parsed again.
    """
    scope: dict[str, object] = {
        "cls": cls, "fields": _FIELDS[cls], "fields_set": _FIELDS_SET[cls], "_intern": _intern, "_new": _new,
        "_set_attr": object.__setattr__, "_set_fields_set": _set_fields_set, "_set_extra": _set_extra,
        "_set_private": _set_private, "_problem": f"cache record does not fit {cls.__name__}",
    }
    check = _check_expr(cls, scope, positional)
    names = list(cls.model_fields)
    at = {name: (str(i) if positional else repr(name)) for i, name in enumerate(names)}
    intern = "".join(f"    if v[{at[key]}] is not None:\n        v[{at[key]}] = _intern(v[{at[key]}])\n" for key in shared)
    # One attribute at a time, always in the model's field order, rather than ``__dict__ = v``: CPython then
    # keeps the values inline in the object with the class's shared keys instead of a dict of its own
    # (~190 bytes less an object; at 10,000 cases ~300,000 items and events: see docs/performance.md).
    fill = "".join(f"    _set_attr(model, {name!r}, v[{at[name]}])\n" for name in names)
    shape = f"v.__class__ is not list or len(v) != {len(names)}" if positional else \
        "v.__class__ is not dict or v.keys() != fields"
    source = (
        "def make(v):\n"
        f"    if {shape} or not ({check}):\n"
        "        raise ValueError(_problem)\n"
        f"{intern}"
        "    model = _new(cls)\n"
        f"{fill}"
        "    _set_fields_set(model, fields_set)\n"
        "    _set_extra(model, None)\n"
        "    _set_private(model, None)\n"
        "    return model\n"
    )
    exec(source, scope)  # noqa: S102 (built from our own models' annotations, never from input)
    return scope["make"]  # type: ignore[return-value]


_make_case = _builder(Case, _SHARED[Case])
_make_event = _builder(TimelineEvent, positional=True)
_make_item = _builder(ActionItem, _SHARED[ActionItem], positional=True)
_make_sentiment = _builder(Sentiment)
_make_source = _builder(SourceInfo)


def decode_case(payload: bytes | memoryview | str) -> Case:
    """Inverse of :func:`encode_case` for trusted input; raises ValueError when the shape is wrong."""
    values = orjson.loads(payload)  # about half json's time on the cache's records (measured at 10,000)
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


class ParseCache:
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
        if self._odd:
            return False
        fd = self._open(os.O_RDWR | os.O_APPEND)  # one descriptor, checked to be a regular file, for both
        if fd is None:
            return False
        try:
            if os.pread(fd, len(self._header) + 1, 0) != self._header + b"\n":
                return False
            lines = [line for rel, slot in dirty.items() if (line := self._record(rel, slot)) is not None]
            data = b"".join(b"\n" + line for line in lines)
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
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _OPEN_FLAGS, 0o600)
            with os.fdopen(fd, "wb") as handle:
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
            os.replace(temp, self.path)  # replaces a FIFO or a symlink at the path itself, never its target
        except BaseException:
            try:
                os.unlink(temp)
            except OSError:
                pass
            raise
        self._records_on_disk = count
        self._odd = False
