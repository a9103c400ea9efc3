"""Parallel cold parsing gives exactly what the serial read gives, and survives a broken pool."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oncall_tui.core import pool
from oncall_tui.core.cache import ParseCache, decode_case, unpack
from oncall_tui.core.folder import scan
from oncall_tui.core.pool import parse_many
from tests.perf.generate import generate


def _folder(tmp_path: Path, count: int = 40) -> Path:
    root = tmp_path / "cases"
    generate(root, count, seed=5)
    (root / "weird.md").write_bytes(b"\xff\xfe\x00garbage \x00 not text")
    (root / "empty.txt").write_bytes(b"")
    (root / "big.md").write_bytes(b"# big\n" + b"x" * 5000)
    return root


def _as_dict(items) -> dict:
    out = {}
    for item in items:
        assert item.rel not in out  # each entry exactly once
        out[item.rel] = item
    return out


def _same(serial: dict, parallel: dict) -> None:
    assert serial.keys() == parallel.keys()
    for rel, item in serial.items():
        other = parallel[rel]
        assert (item.result is None) == (other.result is None), rel
        if item.result is None:
            continue
        (entry, case), (entry2, case2) = item.result, other.result
        assert entry == entry2, rel
        assert case == case2 and case.source == case2.source, rel
        assert case.model_dump() == case2.model_dump(), rel


@pytest.mark.parametrize("method", ["forkserver", "fork"])
def test_pool_results_equal_serial_parse(tmp_path: Path, method: str) -> None:
    root = _folder(tmp_path)
    entries, _ = scan(root)
    serial = _as_dict(parse_many(root, entries, workers=1, max_bytes=4096))
    parallel = _as_dict(parse_many(root, entries, workers=2, min_files=0, chunk=4, max_bytes=4096, method=method))
    _same(serial, parallel)
    assert all(item.payload is None for item in serial.values())
    assert all(item.payload for item in parallel.values() if item.result is not None)
    for item in parallel.values():  # the payload is the case, encoded and packed for the wait until the cache write
        if item.result is not None:
            assert decode_case(unpack(item.payload)) == item.result[1]
    oversize = serial["big.md"].result[1]
    assert any("limit" in p for p in oversize.problems)  # the size limit reached the workers too


def test_plain_payloads_are_the_packed_ones_unpacked_and_cache_the_same_bytes(tmp_path: Path) -> None:
    """A one-shot command's pool leaves payloads uncompressed: the same cases, the same cache file."""
    import time

    root = _folder(tmp_path)
    an_hour_ago = time.time() - 3600  # the cache keeps no file saved within the last moments
    for path in root.rglob("*"):
        os.utime(path, (an_hour_ago, an_hour_ago))
    entries, _ = scan(root)
    packed = _as_dict(parse_many(root, entries, workers=2, min_files=0, chunk=4, method="fork"))
    plain = _as_dict(parse_many(root, entries, workers=2, min_files=0, chunk=4, method="fork", packed=False))
    _same(packed, plain)
    written = []
    for n, items in enumerate((packed, plain)):
        for item in items.values():
            if item.result is not None:
                assert item.payload.startswith(b"{") == (items is plain)
                assert unpack(item.payload) == unpack(packed[item.rel].payload)
        cache = ParseCache(root, tmp_path / f"cache-{n}")
        for item in sorted(items.values(), key=lambda i: i.rel):
            if item.result is not None:
                cache.store(item.result[1], item.payload, item.result[0].mtime_ns)
        cache.flush()
        written.append([p.read_bytes() for p in sorted((tmp_path / f"cache-{n}").rglob("*")) if p.is_file()])
    assert written[0] == written[1] and written[0]


def test_small_batches_stay_in_process(tmp_path: Path, monkeypatch) -> None:
    root = _folder(tmp_path, count=5)
    entries, _ = scan(root)

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a handful of files")

    monkeypatch.setattr(pool, "ProcessPoolExecutor", no_pool)
    assert len(list(parse_many(root, entries, workers=2))) == len(entries)


def _dying_chunk(*args):
    os._exit(3)  # a worker killed mid-task (OOM killer, signal)


def test_broken_pool_falls_back_in_process(tmp_path: Path, monkeypatch) -> None:
    root = _folder(tmp_path)
    entries, _ = scan(root)
    serial = _as_dict(parse_many(root, entries, workers=1))
    monkeypatch.setattr(pool, "_read_chunk", _dying_chunk)  # the fork child inherits the patch
    parallel = _as_dict(parse_many(root, entries, workers=2, min_files=0, chunk=4, method="fork"))
    _same(serial, parallel)


def test_unusable_start_method_falls_back(tmp_path: Path) -> None:
    root = _folder(tmp_path, count=8)
    entries, _ = scan(root)
    serial = _as_dict(parse_many(root, entries, workers=1))
    _same(serial, _as_dict(parse_many(root, entries, workers=2, min_files=0, method="no-such-method")))


def test_vanished_file_is_reported_as_none(tmp_path: Path) -> None:
    root = _folder(tmp_path, count=8)
    entries, _ = scan(root)
    gone = entries[3]
    os.unlink(gone.abs)
    parallel = _as_dict(parse_many(root, entries, workers=2, min_files=0, chunk=2, method="fork"))
    assert parallel[gone.rel].result is None and parallel[gone.rel].payload is None
    assert sum(item.result is not None for item in parallel.values()) == len(entries) - 1


def test_store_loads_through_the_pool_like_in_process(tmp_path: Path, monkeypatch) -> None:
    from oncall_tui.core.store import CaseStore

    root = _folder(tmp_path, count=30)
    serial = CaseStore(root, workers=1)
    serial.load_all()
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 0)
    seen: list[tuple[int, int]] = []
    parallel = CaseStore(root, workers=2)
    change = parallel.load_all(lambda done, total: seen.append((done, total)))
    assert len(change.added) == len(serial) == len(parallel)
    assert parallel.cases() == serial.cases()
    assert [c.source for c in parallel.cases()] == [c.source for c in serial.cases()]
    assert seen[0] == (0, len(serial)) and seen[-1] == (len(serial), len(serial))
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_start_method_follows_the_thread_count() -> None:
    import threading

    assert pool.start_method() in ("fork", "forkserver", "spawn")
    if threading.active_count() == 1:
        assert pool.start_method() == "fork"
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        assert pool.start_method() != "fork"  # another thread may hold a lock the child would inherit
    finally:
        stop.set()
        helper.join()


@pytest.mark.parametrize("workers", [1, 2])
def test_closing_the_store_stops_a_load_under_way(tmp_path: Path, monkeypatch, workers: int) -> None:
    """An app quitting during a cold start must not wait for the whole folder (it waited 36 s at 10,000 files)."""
    from oncall_tui.core.store import CaseStore, LoadCancelled

    root = _folder(tmp_path, count=120)
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 0)
    monkeypatch.setattr(pool, "CHUNK", 4)
    store = CaseStore(root, workers=workers)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done == 10:
            store.close()

    with pytest.raises(LoadCancelled, match="stopped after 10 of 123 files"):
        store.load_all(progress)
    assert max(seen) == 10 and len(store) == 0  # nothing half-applied


def test_a_stderr_without_a_descriptor_gets_one_while_the_pool_starts(monkeypatch) -> None:
    """Textual's stderr capture answers fileno() with -1; the resource tracker's spawn needs a real one."""
    import io
    import sys

    class Capture(io.StringIO):
        def fileno(self) -> int:
            return -1

    capture = Capture()
    monkeypatch.setattr(sys, "stderr", capture)
    with pool._stderr_with_a_descriptor():
        assert sys.stderr is not capture and sys.stderr.fileno() >= 0
    assert sys.stderr is capture
    real = sys.__stderr__
    monkeypatch.setattr(sys, "stderr", real)
    with pool._stderr_with_a_descriptor():
        assert sys.stderr is real  # a usable stderr is left alone


def test_the_store_reports_a_failed_pool(tmp_path: Path, monkeypatch) -> None:
    from oncall_tui.core.store import CaseStore

    root = _folder(tmp_path, count=8)
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 0)
    store = CaseStore(root, workers=2)
    store.load_all()
    assert store.pooled == len(store) and store.pool_error is None
    store_size = len(store)
    monkeypatch.setattr(pool, "start_method", lambda: "no-such-method")
    store.load_all()
    assert store.pooled == 0 and "no-such-method" in store.pool_error
    assert len(store) == store_size  # parsed in process instead


def test_a_cold_load_through_the_pool_writes_a_cache_a_warm_load_can_use(tmp_path: Path, monkeypatch) -> None:
    import time

    from oncall_tui.core.store import CaseStore

    root = _folder(tmp_path, count=30)
    old = time.time() - 60
    for path in root.rglob("*"):
        os.utime(path, (old, old))  # older than the cache's racy window
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 0)
    cold = CaseStore(root, cache=ParseCache(root, tmp_path / "cache"), workers=2)
    cold.load_all()
    assert cold.pooled == len(cold)
    warm_cache = ParseCache(root, tmp_path / "cache")
    warm = CaseStore(root, cache=warm_cache, workers=1)
    warm.load_all()
    assert warm_cache.hits == len(warm) == len(cold)
    assert warm.cases() == cold.cases()
    assert [c.source for c in warm.cases()] == [c.source for c in cold.cases()]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_store_tells_what_it_found_while_loading(tmp_path: Path, monkeypatch, workers: int) -> None:
    """Every case read, once, before the load returns (the cache's hits first, in one list)."""
    import time

    from oncall_tui.core.store import CaseStore

    root = _folder(tmp_path, count=30)
    old = time.time() - 60
    for path in root.rglob("*"):
        os.utime(path, (old, old))
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 0)
    batches: list[list[str]] = []
    cold = CaseStore(root, cache=ParseCache(root, tmp_path / "cache"), workers=workers)
    cold.load_all(found=lambda cases: batches.append([c.path for c in cases]))
    paths = [p for batch in batches for p in batch]
    assert sorted(paths) == sorted(c.path for c in cold.cases()) and len(paths) == len(set(paths))
    assert all(len(batch) == 1 for batch in batches)  # parsed ones one at a time, as they come

    (root / "CE-new.md").write_text("# CE-new\n\n**Customer:** Late Corp\n", encoding="utf-8")
    os.utime(root / "CE-new.md", (old, old))
    batches.clear()
    warm = CaseStore(root, cache=ParseCache(root, tmp_path / "cache"), workers=workers)
    warm.load_all(found=lambda cases: batches.append([c.path for c in cases]))
    assert sorted(batches[0]) == sorted(paths)  # every hit at once
    assert batches[1:] == [["CE-new.md"]]


def test_the_in_process_reader_parses_with_the_callers_parse_and_the_pool_needs_no_store(tmp_path: Path) -> None:
    """Issue 15: the store hands the pool its parse function (not its own ``CaseStore._read``), and the
    pool reads files through ``casefile.read_case`` like the store, so the pool imports nothing of the store."""
    import ast
    import inspect

    from oncall_tui.core.parse import parse_bytes

    root = _folder(tmp_path, count=3)
    entries, _ = scan(root)
    seen: list[str] = []

    def parse(raw: bytes, rel: str, **kwargs):
        seen.append(rel)
        return parse_bytes(raw, rel, **kwargs)

    got = _as_dict(parse_many(root, entries, workers=1, parse=parse))
    assert sorted(seen) == sorted(e.rel for e in entries)
    assert got.keys() == {e.rel for e in entries}
    tree = ast.parse(inspect.getsource(pool))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "oncall_tui.core.store" not in imported and "oncall_tui.core.store" not in inspect.getsource(pool)


def test_the_collector_stays_paused_while_the_pools_results_come_in(tmp_path: Path) -> None:
    """The parent only builds models that live on: no collector pass between chunks; on again after."""
    import gc

    root = _folder(tmp_path, count=20)
    entries, _ = scan(root)
    assert gc.isenabled()
    seen = []
    for item in parse_many(root, entries, workers=2, min_files=0, chunk=4, method="fork"):
        seen.append((item.payload is not None, gc.isenabled()))
    assert any(pooled for pooled, _enabled in seen)
    assert not any(enabled for pooled, enabled in seen if pooled)
    assert gc.isenabled()


def test_a_one_shot_frozen_load_leaves_the_collector_no_pass_over_the_new_cases(tmp_path: Path, monkeypatch) -> None:
    """A one-shot command's load (``freeze_gc``) freezes what the pool built before the collector runs again: its
    first pass after the pool walked every model just built (~0.14 s at 10,000 cases, on one core, after the
    workers were done)."""
    import gc

    from oncall_tui.core.store import CaseStore

    root = _folder(tmp_path, count=120)
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 2)  # the pool for a few files
    walked: list[int] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            walked.append(len(gc.get_objects(generation=info["generation"])))

    store = CaseStore(root, workers=2)
    gc.collect()
    gc.callbacks.append(note)
    try:
        store.load_all(freeze_gc=True, one_shot=True)
    finally:
        gc.callbacks.remove(note)
        gc.unfreeze()
    assert store.pooled == len(store) > 100
    assert max(walked, default=0) < 1_500, walked  # the cases are ~5,500 objects (the pass walked them all)


def test_the_apps_load_freezes_no_garbage_made_while_the_pool_ran(tmp_path: Path, monkeypatch) -> None:
    """The collector is paused for the whole pool (process-wide): in the app, the screen's cyclic garbage of the
    load piles up meanwhile.  Freezing at the pool's end would keep it for good (~18,000 objects more at 1,500
    files); the app's load lets the collector take it first."""
    import gc
    import weakref

    from oncall_tui.core.store import CaseStore

    class Node:
        pass

    root = _folder(tmp_path, count=60)
    monkeypatch.setattr(pool, "POOL_MIN_FILES", 2)
    made: list[weakref.ref] = []

    def progress(done: int, total: int) -> None:  # stands in for the screen, drawing as the cases come
        node = Node()
        node.self = node
        made.append(weakref.ref(node))

    for one_shot in (False, True):
        made.clear()
        gc.collect()
        try:
            CaseStore(root, workers=2).load_all(progress, freeze_gc=True, one_shot=one_shot)
            gc.collect()
            alive = sum(ref() is not None for ref in made)
        finally:
            gc.unfreeze()
        assert made and (alive == 0 if not one_shot else alive > 0), (one_shot, alive, len(made))
