"""Parallel cold parsing: many files through a process pool, results as they come.

Parsing is pure Python, so threads cannot help; processes can, on as many
cores as the machine has.  A pool costs a start-up (the ``forkserver``
method's is safe in a process that already runs threads, as the TUI does;
see :func:`start_method`), so it is used only when
there are at least :data:`POOL_MIN_FILES` files to parse; below that the
files are read in process.  Workers send each case back as :func:`~oncall_tui.core.cache_codec.encode_case`
bytes, compressed: cheaper to move than pickled models, exactly what the
parse cache stores (so the parent never encodes them again), and a quarter
of the size while they wait for the cache to be written.  Any pool failure
falls back to reading the rest in process: the result is the same, only
slower.

Results are yielded chunk by chunk in completion order, so a caller can show
progress while the index fills.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import NamedTuple

from oncall_tui.core.cache_codec import decode_case, encode_case, pack, paused_gc, unpack
from oncall_tui.core.casefile import Parse, read_case
from oncall_tui.core.folder import DEFAULT_MAX_BYTES, Entry
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes

POOL_MIN_FILES = 500
"""Below this many files the pool's start-up costs more than it saves (measured: docs/performance.md)."""
CHUNK = 32
"""Files per task: small enough for smooth progress, large enough to amortise a round trip."""

ReadResult = tuple[Entry, Case] | None
Read = Callable[[Entry], ReadResult]


class Parsed(NamedTuple):
    """One file's outcome: ``result`` as :func:`~oncall_tui.core.casefile.read_case` gives it; ``payload`` the encoded case, if any,
    zlib-compressed (see :func:`~oncall_tui.core.cache_codec.pack`)."""

    rel: str
    result: ReadResult
    payload: bytes | None


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _local_reader(root: Path, max_bytes: int, day_first: bool | str = "auto", parse: Parse | None = None) -> Read:
    """The in-process reader: :func:`~oncall_tui.core.casefile.read_case` of *root* with the size limit,
    parsing with *parse* (default: :func:`~oncall_tui.core.parse.parse_bytes` with the ``[parse] day_first``
    setting)."""
    if parse is None:
        parse = parse_bytes if day_first == "auto" else partial(parse_bytes, day_first=day_first)
    return partial(read_case, Path(os.path.realpath(root)), max_bytes=max_bytes, parse=parse)


_worker_reader: tuple[tuple[str, int, bool | str], Read] | None = None


def _read_chunk(root: str, max_bytes: int, chunk: Sequence[tuple[str, str, int, int, int, int]],
                day_first: bool | str = "auto", packed: bool = True) -> list[tuple]:
    """In a worker: read and parse *chunk*; cases go back encoded, compressed with *packed* (or as models if
    encoding fails)."""
    global _worker_reader
    key = (root, max_bytes, day_first)
    if _worker_reader is None or _worker_reader[0] != key:
        _worker_reader = (key, _local_reader(Path(root), max_bytes, day_first))
    read = _worker_reader[1]
    out: list[tuple] = []
    for rel, path, *version in chunk:
        result = read(Entry(rel, path, *version))
        if result is None:
            out.append((rel, None, None, None))
            continue
        entry, case = result
        stamp = (os.fspath(entry.path), entry.size, entry.mtime_ns, entry.ctime_ns, entry.ino)
        try:
            payload = encode_case(case)
            out.append((rel, stamp, pack(payload) if packed else payload, None))
        except Exception:
            out.append((rel, stamp, None, case))
    return out


def _parsed(row: tuple) -> Parsed:
    rel, stamp, payload, case = row
    if stamp is None:
        return Parsed(rel, None, None)
    entry = Entry(rel, stamp[0], *stamp[1:])
    if payload is not None:
        case = decode_case(unpack(payload))
    return Parsed(rel, (entry, case), payload)


def _serial(entries: Iterable[Entry], read: Read) -> Iterator[Parsed]:
    for entry in entries:
        yield Parsed(entry.rel, read(entry), None)


def start_method() -> str:
    """``fork`` when this process runs one thread (cheapest, and it re-imports nothing), else ``forkserver``.

    Forking a process that runs other threads (the TUI's event loop, the
    watcher) can deadlock the child on a lock some thread held; the fork
    server is a clean single-threaded process started once.  It does
    re-import the main script in each worker, as ``spawn`` does, which is
    harmless for ``python -m oncall_tui`` and the ``oncall-tui`` script.
    """
    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


@contextmanager
def _stderr_with_a_descriptor() -> Iterator[None]:
    """Give ``sys.stderr`` a real file descriptor while the pool starts its helper processes.

    Under Textual, ``sys.stderr`` is the app's capture, whose ``fileno()`` is
    -1; multiprocessing's resource tracker hands that number to the child it
    spawns, and the spawn fails (``ValueError: bad value(s) in fds_to_keep``),
    so the pool never ran inside the app.  The tracker gets ``/dev/null``
    instead (anything it printed would land on the TUI's screen anyway).
    """
    current = sys.stderr
    try:
        usable = current is None or current.fileno() >= 0
    except Exception:  # no descriptor at all: multiprocessing skips it
        usable = True
    if usable:
        yield
        return
    with open(os.devnull, "w") as null:
        sys.stderr = null
        try:
            yield
        finally:
            if sys.stderr is null:  # unless someone else replaced it meanwhile
                sys.stderr = current


def _context(method: str):
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["oncall_tui.core.pool"])
    return ctx


def parse_many(
    root: Path,
    entries: Sequence[Entry],
    *,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    parse: Parse | None = None,
    min_files: int | None = None,
    chunk: int = CHUNK,
    method: str | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    day_first: bool | str = "auto",
    packed: bool = True,
    freeze: bool = False,
) -> Iterator[Parsed]:
    """Read and parse *entries* of the folder *root*; one :class:`Parsed` per entry, as they finish.

    *parse* is what the in-process reader parses with (the store's; by default ``parse_bytes`` with
    *day_first*); the pool's workers use ``parse_bytes`` with *day_first*.  Serial when there are fewer than
    *min_files* (default :data:`POOL_MIN_FILES`) entries or one worker.
    Entries a worker parsed come with their ``payload``; *on_error* hears why
    the pool failed, if it did (the rest is then parsed in process).  *day_first* is the
    ``[parse] day_first`` setting; *packed*: payloads compressed (:func:`~oncall_tui.core.cache_codec.pack`).
    *freeze*: what is alive when the pool is done goes to the collector's permanent generation before it runs
    again (the caller keeps every case for good, as :meth:`CaseStore.load_all` with ``freeze_gc``): else its
    first pass walks every model just built (~0.14 s at 10,000 cases, after the workers are done).
    """
    root = Path(os.path.realpath(root))
    local = _local_reader(root, max_bytes, day_first, parse)
    workers = default_workers() if workers is None else workers
    min_files = POOL_MIN_FILES if min_files is None else min_files
    if workers <= 1 or len(entries) < max(min_files, 2):
        yield from _serial(entries, local)
        return
    done: set[str] = set()
    pending: set[Future] = set()
    executor: ProcessPoolExecutor | None = None
    try:
        rows = [(e.rel, os.fspath(e.path), e.size, e.mtime_ns, e.ctime_ns, e.ino) for e in entries]
        with _stderr_with_a_descriptor():  # the helper processes start here and at the first submits
            executor = ProcessPoolExecutor(workers, mp_context=_context(method or start_method()))
            pending = {executor.submit(_read_chunk, str(root), max_bytes, rows[i:i + chunk], day_first, packed)
                       for i in range(0, len(rows), chunk)}
        # The parent only builds models that all live on (the parse trees are the workers'): the collector's
        # passes over them were ~30 % of the parent's CPU while the workers had the cores (docs/performance.md).
        with paused_gc(freeze=freeze):
            # as_completed waits on every future once; wait(FIRST_COMPLETED) in a loop locked and hooked all the
            # pending ones again for each chunk (~0.15 s of the parent's CPU at 10,000 files, 313 chunks).
            for future in as_completed(set(pending)):
                pending.discard(future)
                for item in [_parsed(row) for row in future.result()]:
                    done.add(item.rel)
                    yield item
    except GeneratorExit:
        raise
    except Exception as exc:
        # A broken pool (killed worker, no /dev/shm, pickling trouble): finish in process.
        if on_error is not None:
            on_error(exc)
        yield from _serial((e for e in entries if e.rel not in done), local)
    finally:
        if executor is not None:
            for future in pending:
                future.cancel()
            executor.shutdown(wait=True, cancel_futures=True)
