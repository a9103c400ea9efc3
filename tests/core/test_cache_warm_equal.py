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
