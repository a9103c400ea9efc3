"""A warm start gives the same cases as a cold parse: over the seeds, data/ and the corpus, every case
read back from the parse cache exports the same JSON, with its timeline events and action items of the
same classes and values, frozen, as the parser's."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

import pytest

from oncall_tui.core.cache import ParseCache
from oncall_tui.core.model import ActionItem, TimelineEvent
from oncall_tui.core.store import CaseStore

REPO = Path(__file__).resolve().parents[2]
SOURCES = {"seeds": REPO.parent / "shared" / "seed-cases", "data": REPO / "data", "corpus": REPO / "tests" / "corpus"}
OLD = 1_600_000_000_000_000_000  # 2020: far from "just modified", so every file is cached


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "cases"
    for name, source in SOURCES.items():
        assert source.is_dir(), source
        shutil.copytree(source, root / name)
    for n, path in enumerate(sorted(p for p in root.rglob("*") if p.is_file())):
        os.utime(path, ns=(OLD + n, OLD + n))
    return root


def _rows(case) -> list:
    return [[(type(e), dataclasses.astuple(e)) for e in case.timeline],
            [(type(i), dataclasses.astuple(i)) for i in case.action_items]]


def test_warm_store_equals_a_cold_parse_over_seeds_data_and_corpus(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    cold = CaseStore(root)  # no cache: every file parsed
    cold.load_all()
    CaseStore(root, cache=ParseCache(root, tmp_path / "cache")).load_all()  # parses and writes the cache
    warm = CaseStore(root, cache=ParseCache(root, tmp_path / "cache"))
    warm.load_all(freeze_gc=True)
    try:
        cold_cases, warm_cases = cold.cases(), warm.cases()
        parsed = [c for c in cold_cases if c.source.sha256]
        assert len(parsed) > 60 and warm.cache.hits == len(parsed)
        assert sum(len(c.action_items) for c in parsed) > 100 and sum(len(c.timeline) for c in parsed) > 100
        assert [c.path for c in warm_cases] == [c.path for c in cold_cases]
        for before, after in zip(cold_cases, warm_cases):
            assert json.dumps(after.export_dict()) == json.dumps(before.export_dict()), before.path
            assert after.model_dump_json() == before.model_dump_json() and after.source == before.source
            assert after == before and _rows(after) == _rows(before)
            assert after.open_items == before.open_items
            for row in (*after.timeline, *after.action_items):
                assert type(row) in (TimelineEvent, ActionItem)
                with pytest.raises(dataclasses.FrozenInstanceError):
                    row.line = 0
                assert hash(row) == hash(type(row)(**dataclasses.asdict(row)))
    finally:
        import gc

        gc.unfreeze()


def test_every_read_block_size_loads_every_record_once(tmp_path: Path, monkeypatch) -> None:
    """The load reads into one reused buffer, carrying an unfinished record to its front and growing it for a
    record longer than the buffer: any block size gives the same cases, and a damaged record costs only itself."""
    from oncall_tui.core import cache as cache_module

    root = tmp_path / "cases"
    shutil.copytree(SOURCES["seeds"], root)
    for n, path in enumerate(sorted(root.iterdir())):
        os.utime(path, ns=(OLD + n, OLD + n))
    cold = CaseStore(root, cache=ParseCache(root, tmp_path / "cache"))
    cold.load_all()
    expected = {c.path: c for c in cold.cases()}
    file = ParseCache(root, tmp_path / "cache").path
    lines = file.read_bytes().split(b"\n")
    assert len(lines) == len(expected) + 1
    sizes = sorted({len(line) + 1 for line in lines})
    for block in (1, 2, 3, 64, sizes[0] - 1, sizes[0], sizes[0] + 1, sizes[-1], sizes[-1] + 1, 1 << 22):
        monkeypatch.setattr(cache_module, "LOAD_BLOCK", block)
        cache = ParseCache.open(root, tmp_path / "cache")
        assert cache.problem is None and len(cache) == len(expected), block
        assert all(cache.lookup(*key) == expected[key[0]] for key in
                   ((c.path, s.size, s.mtime_ns) for c in expected.values() for s in [cache._slots[c.path]])), block
    damaged = [*lines[:2], lines[2][:-10] + b"X" * 10, *lines[3:]]  # the second record fails its CRC
    file.write_bytes(b"\n".join(damaged))
    for block in (3, sizes[0], 1 << 22):
        monkeypatch.setattr(cache_module, "LOAD_BLOCK", block)
        assert len(ParseCache.open(root, tmp_path / "cache")) == len(expected) - 1, block


def test_a_warm_store_holds_one_string_per_repeated_word(tmp_path: Path) -> None:
    """The cache's builders intern the fields whose few values repeat over the cases (core/modelbuild.py
    _SHARED): equal values, one object (what a warm index holds at 10,000 cases: docs/performance.md)."""
    root = _folder(tmp_path)
    CaseStore(root, cache=ParseCache(root, tmp_path / "cache")).load_all()
    warm = CaseStore(root, cache=ParseCache(root, tmp_path / "cache"))
    warm.load_all()
    cases = warm.cases()
    assert warm.cache.hits > 60
    words = {
        "kind": [c.kind for c in cases], "status": [c.status for c in cases],
        "status_basis": [c.status_basis for c in cases],
        "item status": [i.status for c in cases for i in c.action_items],
        "item group": [i.group for c in cases for i in c.action_items],
        "encoding": [c.source.encoding for c in cases if c.source.sha256],
        "newline": [c.source.newline for c in cases if c.source.sha256],
        "sentiment basis": [c.sentiment.basis for c in cases if c.sentiment],
    }
    for name, values in words.items():
        values = [v for v in values if v is not None]
        assert len({id(v) for v in values}) == len(set(values)), name
        if name in ("status_basis", "item group", "encoding", "sentiment basis"):
            assert len(values) > len(set(values)), name  # the corpus repeats these
