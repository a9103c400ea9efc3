"""The path → Case index of one case folder, kept in step with the disk.

The disk is the only truth: every method re-reads what it is told about (or
what a full compare finds) and reports what changed as a :class:`Change`.
Parsing happens outside the lock, so the UI thread's :meth:`CaseStore.cases`
and :meth:`CaseStore.get` never wait for file I/O; updates are serialised by
a second lock because the TUI runs them from one worker but nothing forbids
more.

Ids must be unique in a folder.  The parser's own result is kept per path,
and the ids are assigned afresh after every batch: the file first in path
order keeps an id, the others get ``-2``, ``-3``… and a problem that names
the holder.  Assignment depends only on what is on disk, so removing one of
the clashing files gives the same ids as a fresh load would.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from functools import partial
from pathlib import Path

from oncall_tui.core.cache import ParseCache, paused_gc, version_stamp
from oncall_tui.core.change import Change  # (also re-exported: callers import it from here)
from oncall_tui.core.folder import DEFAULT_MAX_BYTES, Entry, scan, stat_entry
from oncall_tui.core.idgroups import IdGroups
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.pool import parse_many
from oncall_tui.core.casefile import read_case
from oncall_tui.core.reader import format_size  # noqa: F401 (re-exported)
from oncall_tui.core.reader import read_beneath
from oncall_tui.core.relpath import folder_key
from oncall_tui.core.walk import FolderWalk

Parse = Callable[..., Case]


def _version(entry: Entry) -> tuple:
    """What tells two versions of a file apart without reading it.

    ctime and inode are in it because a rewrite can restore size and mtime
    (``touch -d``, sync tools, ``git checkout``) but never the change time.
    """
    return entry.size, entry.mtime_ns, entry.ctime_ns, entry.ino, os.fspath(entry.path)


def _stamp(entry: Entry) -> int:
    """The parse cache's key for this version of the file (see :func:`_version`)."""
    return version_stamp(entry.mtime_ns, entry.ctime_ns, entry.ino)


def _with_mtime(case: Case, mtime_ns: int) -> Case:
    if case.source.mtime_ns == mtime_ns:
        return case
    return case.model_copy(update={"source": case.source.model_copy(update={"mtime_ns": mtime_ns})})


def _same_or_parse(known: Case, parse: Parse, data: bytes, rel: str, *, mtime_ns: int = 0) -> Case:
    """*known* (with this version's mtime) when *data* are the bytes it was parsed from, else a parse."""
    if rel == known.path and hashlib.sha256(data).hexdigest() == known.source.sha256:
        return _with_mtime(known, mtime_ns)
    return parse(data, rel, mtime_ns=mtime_ns)


def _compare(before: dict[str, Case | None], now: dict[str, Case]) -> Change:
    """What became of the paths in *before* (their cases before an update) in *now*."""
    added, updated, removed = [], [], []
    for rel, old_case in before.items():
        new_case = now.get(rel)
        if old_case is None and new_case is not None:
            added.append(rel)
        elif old_case is not None and new_case is None:
            removed.append(rel)
        elif new_case is not old_case:
            updated.append(rel)
    return Change(tuple(sorted(added)), tuple(sorted(updated)), tuple(sorted(removed)))


class LoadCancelled(Exception):
    """:meth:`CaseStore.load_all` stopped because the store was closed."""


class CaseStore:
    """All cases of one folder, by path and by id."""

    def __init__(
        self,
        root: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        parse: Parse = parse_bytes,
        cache: ParseCache | None = None,
        workers: int | None = None,
        day_first: bool | str = "auto",
    ) -> None:
        """*cache* (the real parser only) makes :meth:`load_all` warm; *workers* sizes its process pool.

        *day_first* is the ``[parse] day_first`` setting the real parser reads numeric dates with, in
        process and in the pool; a *cache* must have been made with the same (its header keeps it).
        """
        self.given_root = Path(root)
        self.root = Path(os.path.realpath(Path(root).expanduser()))
        self.max_bytes = max_bytes
        self.day_first = day_first
        if parse is parse_bytes and cache is not None and cache.day_first != day_first:
            raise ValueError(f"parse cache made for day_first={cache.day_first!r}, store reads with {day_first!r}")
        self._parse = parse if parse is not parse_bytes or day_first == "auto" else partial(parse_bytes, day_first=day_first)
        self.cache = cache if parse is parse_bytes else None
        self._workers = workers if parse is parse_bytes else 1  # a custom parser stays in process
        self._real_parser = parse is parse_bytes
        self._lock = threading.RLock()
        self._update_lock = threading.Lock()
        self._entries: dict[str, Entry] = {}
        self._raw: dict[str, Case] = {}
        self._cases: dict[str, Case] = {}
        self._by_id: dict[str, str] = {}
        self._groups = IdGroups()  # parser id -> paths holding it, sorted
        self._skipped: dict[str, str] = {}
        self._sorted: tuple[Case, ...] | None = None
        self._closed = threading.Event()
        self._walk = FolderWalk(self.root, self._read, self._below)
        self.pooled = 0
        """How many files of the last :meth:`load_all` the process pool parsed."""
        self.pool_error: str | None = None
        """Why the last :meth:`load_all`'s pool failed (the files were then parsed in process)."""

    def close(self) -> None:
        """Stop a :meth:`load_all` under way (it raises :class:`LoadCancelled` within one chunk of files,
        its process pool shut down) so an app quitting during a cold start of a big folder exits at once."""
        self._closed.set()

    # -- reading (any thread) -------------------------------------------------

    def get(self, rel: str) -> Case | None:
        with self._lock:
            return self._cases.get(rel)

    def by_id(self, case_id: str) -> Case | None:
        with self._lock:
            rel = self._by_id.get(case_id)
            return self._cases.get(rel) if rel is not None else None

    def snapshot(self) -> tuple[Case, ...]:
        """Every case, sorted by path, as one shared value: the same tuple until the store changes, so the
        table, the screens and the status bar read one sort per change."""
        with self._lock:
            if self._sorted is None:
                self._sorted = tuple(self._cases[rel] for rel in sorted(self._cases))
            return self._sorted

    def cases(self) -> list[Case]:
        """A snapshot of every case, sorted by path (a list of the caller's own)."""
        return list(self.snapshot())

    @property
    def skipped(self) -> dict[str, str]:
        """Case-named paths that were skipped, with the reason (a snapshot)."""
        with self._lock:
            return dict(self._skipped)

    def __len__(self) -> int:
        with self._lock:
            return len(self._cases)

    # -- updating (one worker thread) ------------------------------------------

    def load_all(
        self, progress: Callable[[int, int], None] | None = None, *, save_cache: bool = True, freeze_gc: bool = False,
        found: Callable[[list[Case]], None] | None = None, one_shot: bool = False,
    ) -> Change:
        """Read the whole folder afresh; *progress* gets (done, total) as files are read.

        Files whose size and mtime match the parse cache are not read; the
        rest are parsed (in a process pool when there are many) and cached,
        and the cache is written after the index is updated (with *save_cache*
        False, by :meth:`save_cache` when the caller has shown the result).
        *freeze_gc* (the app) keeps the new index out of the cyclic collector's
        passes for good (see :func:`~oncall_tui.core.cache.paused_gc`).
        *found* hears the cases as they are read (the cache's hits first, in
        one list), before any is in the index: provisional, for a screen to
        show while a cold load goes on (ids not yet made unique).  *one_shot*: ``export``, ``check``
        (payloads uncompressed; with *freeze_gc*, frozen as the pool ends: in the app, the screen's garbage too).
        """
        with self._update_lock, ExitStack() as warm:
            entries, skipped = scan(self.root)
            total = len(entries)
            if progress is not None:
                progress(0, total)
            results: dict[str, tuple[Entry, Case] | None] = {}
            cache = self.cache
            todo = entries
            if cache is not None:
                warm.enter_context(paused_gc())
                for entry in entries:
                    hit = cache.lookup(entry.rel, entry.size, _stamp(entry))
                    if hit is not None:
                        results[entry.rel] = (entry, hit)
                todo = [entry for entry in entries if entry.rel not in results]
                if todo:
                    # Files to parse: the collector runs again (parse trees are cyclic).  With none, it stays
                    # paused until the index is built (and frozen, with *freeze_gc*): re-enabled between, its
                    # first pass walked every model the cache had just built (~0.15 s at 10,000 cases).
                    warm.close()
            done = len(results)
            if found is not None and results:
                found([case for _entry, case in results.values()])
            if progress is not None and done:
                progress(done, total)
            closed = self._closed
            self.pooled, self.pool_error = 0, None

            def pool_failed(exc: BaseException) -> None:
                self.pool_error = f"{type(exc).__name__}: {exc}"

            for item in parse_many(
                self.root, todo, workers=self._workers, max_bytes=self.max_bytes, parse=self._parse, on_error=pool_failed,
                day_first=self.day_first, packed=not one_shot, freeze=freeze_gc and one_shot,
            ):
                if closed.is_set():
                    raise LoadCancelled(f"stopped after {done} of {total} files")
                results[item.rel] = item.result
                if item.payload is not None:
                    self.pooled += 1
                if found is not None and item.result is not None:
                    found([item.result[1]])
                if cache is not None and item.result is not None and item.result[1].source.sha256:
                    # parsed from bytes: placeholders are not kept
                    cache.store(item.result[1], item.payload, _stamp(item.result[0]))
                done += 1
                if progress is not None:
                    progress(done, total)
            with self._lock:
                for rel in self._raw.keys() - results.keys():
                    results[rel] = None
                self._skipped = {s.rel: s.reason for s in skipped}
                with paused_gc(freeze=freeze_gc):
                    change = self._apply(results)
        if cache is not None:
            cache.retain({entry.rel for entry in entries})
            if save_cache:
                self.save_cache()
        return change

    def save_cache(self) -> None:
        """Write what the parse cache learnt (outside the update lock: a refresh need not wait for it)."""
        if self.cache is not None:
            self.cache.flush()

    def rescan(self) -> Change:
        """Compare the whole folder with the index by (size, mtime_ns) and catch up."""
        with self._update_lock:
            entries, skipped = scan(self.root)
            with self._lock:
                known = dict(self._entries)
                vanished = self._raw.keys() - {e.rel for e in entries}
            results: dict[str, tuple[Entry, Case] | None] = {rel: None for rel in vanished}
            for entry in entries:
                old = known.get(entry.rel)
                if old is None or _version(old) != _version(entry):
                    results[entry.rel] = self._read(entry)
            with self._lock:
                self._skipped = {s.rel: s.reason for s in skipped}
                return self._apply(results)

    def refresh(self, paths: Iterable[str | Path]) -> Change:
        """Re-read exactly *paths* (absolute or relative to the folder).

        A path that is gone is removed, together with anything indexed below
        it (a deleted folder); a folder is rescanned below it.
        """
        with self._update_lock:
            rels = list(dict.fromkeys(r for r in (self._to_rel(p) for p in paths) if r is not None))
            results: dict[str, tuple[Entry, Case] | None] = {}
            skips: dict[str, str | None] = {}
            for rel in rels:
                self._walk.refresh_one(rel, results, skips)
            with self._lock:
                for rel, reason in skips.items():
                    if reason is None:
                        self._skipped.pop(rel, None)
                    else:
                        self._skipped[rel] = reason
                return self._apply(results)

    def parsed(self, rel: str, sha256: str) -> Case | None:
        """The parser's own reading of *rel* (before ids are made unique) when the index holds the version whose
        bytes hash to *sha256* and was read with the default settings (those an edit verifies with); else None."""
        if self._parse is not parse_bytes:
            return None
        with self._lock:
            case = self._raw.get(rel)
        return case if case is not None and case.source.sha256 == sha256 else None

    def apply_written(self, rel: str, data: bytes, case: Case) -> Change | None:
        """Index *case*, the real parser's reading of *data*, which this app has just written to *rel*.

        The file is read (not parsed) to take its version: when it holds exactly *data*, *case* goes in as a
        refresh would have put it; otherwise (changed again meanwhile, gone, or a store with its own parse
        settings) nothing happens and None says the caller must :meth:`refresh` it.
        """
        if self._parse is not parse_bytes:  # the case was read with the default settings
            return None
        with self._update_lock:
            found = stat_entry(self.root, rel)
            if not isinstance(found, Entry):
                return None
            try:
                got = read_beneath(self.root, rel, self.max_bytes)
            except OSError:
                return None
            if not got.stable or got.data != data or case.path != rel:
                return None
            st = got.stat
            entry = Entry(rel, found.path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
            with self._lock:
                self._skipped.pop(rel, None)
                return self._apply({rel: (entry, _with_mtime(case, st.st_mtime_ns))})

    # -- internals --------------------------------------------------------------

    def _to_rel(self, path: str | Path) -> str | None:
        """The folder-relative posix path of *path*, or None when it is outside the folder."""
        return folder_key(path, self.root, Path(os.path.abspath(self.given_root)))

    def _below(self, rel: str) -> tuple[list[str], list[str]]:
        """The indexed and the skipped paths below folder *rel* (``""``: all of them)."""
        with self._lock:
            if rel == "":
                return list(self._raw), list(self._skipped)
            prefix = rel + "/"
            return [r for r in self._raw if r.startswith(prefix)], [r for r in self._skipped if r.startswith(prefix)]

    def _read(self, entry: Entry) -> tuple[Entry, Case] | None:
        """Read and parse one file (see :func:`~oncall_tui.core.casefile.read_case`); bytes the index already
        holds for it (the watcher's event for this app's own write, a touch) are not parsed again."""
        known = self._raw.get(entry.rel)
        if known is None or not known.source.sha256 or not self._real_parser:
            return read_case(self.root, entry, self.max_bytes, self._parse)
        return read_case(self.root, entry, self.max_bytes, partial(_same_or_parse, known, self._parse))

    def _apply(self, results: dict[str, tuple[Entry, Case] | None]) -> Change:
        """Put read results in the index (caller holds the lock) and say what changed.

        Only the id groups the batch touches are re-assigned, so one saved
        file costs the same in a folder of ten cases or ten thousand.
        """
        before: dict[str, Case | None] = {}
        affected: set[str] = set()
        for rel, result in results.items():
            before.setdefault(rel, self._cases.get(rel))
            old = self._raw.get(rel)
            if old is not None:
                self._groups.remove(old.id, rel)
                affected.add(old.id)
            if result is None:
                self._entries.pop(rel, None)
                self._raw.pop(rel, None)
                continue
            entry, case = result
            self._entries[rel] = entry
            case = old if old == case else case
            self._raw[rel] = case
            self._groups.add(case.id, rel)
            affected.add(case.id)
        affected = self._groups.widen(affected)
        for base in affected:
            for rel in self._groups.paths(base):
                before.setdefault(rel, self._cases.get(rel))
        for rel, old_case in before.items():
            if old_case is not None and self._by_id.get(old_case.id) == rel:
                del self._by_id[old_case.id]
            self._cases.pop(rel, None)
        for base in affected:
            for rel, final in self._groups.assign(base, self._raw, self._entries, before):
                self._cases[rel] = final
                self._by_id[final.id] = rel
        change = _compare(before, self._cases)
        if change:
            self._sorted = None
        return change
