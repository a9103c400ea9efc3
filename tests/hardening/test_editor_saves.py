"""Editor and tool save patterns against the running app (real watcher): the panes end equal to the disk.

Each pattern runs in a thread (they pause the way the programs do) while
the app's loop keeps going; then the app's store and table must equal a
fresh read of the folder within a few seconds, the edited case shows its
new content in the side panes, and no editor dropping became a case.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from oncall_tui.tui.app import OncallApp
from tests.hardening.helpers import wait_until_equal_to_disk
from tests.hardening.hostile import escalation
from tests.hardening.saves import (
    EDITOR_SAVES,
    branch_files,
    delete_and_recreate,
    git_checkout,
    rename_away_and_back,
    version,
)
from tests.helpers.tui import frozen_now, wait_loaded

SETTLE = 30.0  # only catches a hang
"""Seconds the app may take to catch up with one save: the poll returns as soon as it has."""

TIMINGS: dict[str, float] = {}
"""Seconds each pattern took to show (printed with -s; the docs table quotes them)."""


def _folder(root: Path, count: int = 3) -> list[str]:
    root.mkdir(parents=True, exist_ok=True)
    rels = []
    for i in range(count):
        rel = f"CE{3000 + i}.md"
        (root / rel).write_text(version(f"CE{3000 + i}", 0), encoding="utf-8")
        rels.append(rel)
    return rels


async def _settle_watcher(pilot) -> None:
    await pilot.pause(0.3)


@pytest.mark.parametrize("save", list(EDITOR_SAVES.values()), ids=list(EDITOR_SAVES))
async def test_editor_save_ends_equal_to_disk(tmp_path: Path, save) -> None:
    root = tmp_path / "cases"
    rels = _folder(root)
    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await _settle_watcher(pilot)
        table = app.main.table
        target = rels[1]
        assert table.select_path(target)
        for n in (1, 2, 3):  # three saves in a row, as a user pressing :w repeatedly
            await asyncio.to_thread(save, root, target, version("CE3001", n))
            took = await wait_until_equal_to_disk(pilot, root, SETTLE, what=f"{save.__name__} #{n}")
            TIMINGS[f"{save.__name__} #{n}"] = took
            assert app.store.get(target).customer == f"CE3001 v{n}"
            assert table.get_cell(target, "customer").plain == f"CE3001 v{n}"
        # No dropping (x.md~, 4913, .#x.md, sedXXXX, temp files) ever became a case or a skip.
        assert sorted(c.path for c in app.store.cases()) == rels
        assert app.store.skipped == {}
        # The side panes follow the selected case, which is still the edited one.
        assert table.selected_path == target
        assert app.main.sentiment is not None and app.main.timeline.row_texts


async def test_git_checkout_of_200_files_at_once(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    branch_files(root, "a")
    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await _settle_watcher(pilot)
        assert len(app.store) == 200
        for to in ("b", "a", "b"):
            start = time.monotonic()
            await asyncio.to_thread(git_checkout, root, to)
            await wait_until_equal_to_disk(pilot, root, SETTLE * 2, what=f"checkout {to}")
            TIMINGS[f"git checkout {to}"] = time.monotonic() - start
            customers = {c.customer for c in app.store.cases()}
            assert customers == {f"Branch {to} #{i}" for i in range(200)}
        assert app.main.table.row_count == 200


async def test_folder_deleted_and_recreated(tmp_path: Path) -> None:
    root = tmp_path / "cases"
    _folder(root)
    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await _settle_watcher(pilot)
        for round_ in range(2):
            start = time.monotonic()
            await asyncio.to_thread(delete_and_recreate, root)
            await wait_until_equal_to_disk(pilot, root, SETTLE, what=f"recreated #{round_}")
            TIMINGS[f"folder deleted and re-created #{round_}"] = time.monotonic() - start
            assert sorted(c.id for c in app.store.cases()) == [f"CE{6000 + i}" for i in range(5)]
        # The new folder is followed: a later save shows.
        await _settle_watcher(pilot)
        (root / "CE6001.md").write_text(escalation("CE6001", "After The Return"), encoding="utf-8")
        await wait_until_equal_to_disk(pilot, root, SETTLE, what="edit after re-creation")
        assert not app.info.folder_missing


async def test_folder_renamed_away_and_back(tmp_path: Path) -> None:
    root = tmp_path / "cases"
    _folder(root)
    app = OncallApp(root, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await _settle_watcher(pilot)
        start = time.monotonic()
        await asyncio.to_thread(rename_away_and_back, root, tmp_path / "cases.bak")
        await wait_until_equal_to_disk(pilot, root, SETTLE, what="renamed back")
        TIMINGS["folder renamed away and back"] = time.monotonic() - start
        assert app.store.by_id("CE3000").customer == "Edited While Away"
        assert app.store.by_id("CE6100") is not None
        await _settle_watcher(pilot)
        (root / "CE3002.md").write_text(escalation("CE3002", "Followed Again"), encoding="utf-8")
        await wait_until_equal_to_disk(pilot, root, SETTLE, what="edit after the return")
        assert not app.info.folder_missing


def teardown_module() -> None:
    if TIMINGS:
        print("\nsave pattern → seconds until the app equalled the disk")
        for name, seconds in TIMINGS.items():
            print(f"  {name}: {seconds:.2f}")
