"""One path normaliser (core/relpath.py): the store, storage, the watcher and git name a file by the same key."""

from __future__ import annotations

import os
from pathlib import Path

from oncall_tui.core.relpath import folder_key, real_folder, rel_under
from oncall_tui.core.storage import Storage
from oncall_tui.core.store import CaseStore
from oncall_tui.tui.watch import relevant_paths
from watchfiles import Change


def test_rel_under_names_a_path_by_the_first_base_that_holds_it(tmp_path: Path) -> None:
    real = tmp_path / "real"
    assert rel_under(real / "team" / "a.md", real) == "team/a.md"
    assert rel_under(real, real) == ""
    assert rel_under(tmp_path / "elsewhere" / "a.md", real) is None
    assert rel_under(tmp_path / "given" / "a.md", real, tmp_path / "given") == "a.md"
    assert rel_under(real / "team" / ".." / ".." / "x.md", real) is None  # climbs out by name: refused
    assert rel_under("a/b.md", "") == "a/b.md"


def test_real_folder_resolves_the_folders_but_not_the_last_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "link.md").symlink_to("elsewhere.md")
    got = real_folder(tmp_path / "alias" / "link.md")
    assert got == tmp_path.resolve() / "real" / "link.md"


def test_store_storage_and_watcher_give_one_key_for_one_file(tmp_path: Path) -> None:
    real = tmp_path / "cases"
    (real / "team").mkdir(parents=True)
    (real / "team" / "a.md").write_text("# A\n", encoding="utf-8")
    alias = tmp_path / "alias"
    alias.symlink_to(real)
    store = CaseStore(alias)
    storage = Storage(alias)
    spellings = [alias / "team" / "a.md", real / "team" / "a.md", "team/a.md"]
    assert {folder_key(p, store.root, alias) for p in spellings} == {"team/a.md"}
    assert {store._to_rel(p) for p in spellings} == {"team/a.md"}
    assert {storage.rel(p) for p in spellings} == {"team/a.md"}
    assert relevant_paths(store.root, [(Change.modified, os.fspath(real / "team" / "a.md"))]) == ["team/a.md"]


def test_outside_the_folder_has_no_key(tmp_path: Path) -> None:
    real = tmp_path / "cases"
    real.mkdir()
    (tmp_path / "other.md").write_text("x", encoding="utf-8")
    store = CaseStore(real)
    assert store._to_rel(tmp_path / "other.md") is None
    assert store._to_rel("../other.md") is None
    assert relevant_paths(store.root, [(Change.modified, os.fspath(tmp_path / "other.md"))]) == []
