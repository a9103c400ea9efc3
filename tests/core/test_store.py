"""The path → Case index against real files: loads, refreshes, rescans, ids."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from oncall_tui.core import store as store_module
from oncall_tui.core.model import Case
from oncall_tui.core.store import CaseStore, Change, format_size


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def fake_parse(raw: bytes, path: str, *, mtime_ns: int = 0) -> Case:
    """Reads ``id: X`` and ``title: Y`` lines, so tests control ids without the real parser."""
    fields = {}
    for line in raw.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    stem = Path(path).stem
    return Case(id=fields.get("id", stem), kind="note", title=fields.get("title", stem), path=path)


def make_store(root: Path, **kwargs) -> CaseStore:
    store = CaseStore(root, parse=fake_parse, **kwargs)
    store.load_all()
    return store


def ids(store: CaseStore) -> dict[str, str]:
    return {case.path: case.id for case in store.cases()}


def test_change_is_truthy_only_with_changes() -> None:
    assert not Change()
    assert Change(added=("a.md",))
    assert Change(removed=("a.md",))


def test_load_all_reads_every_case_and_reports_progress(tmp_path: Path) -> None:
    write(tmp_path, "b.md", "id: B\ntitle: Bee")
    write(tmp_path, "a/c.txt", "id: C")
    write(tmp_path, ".hidden.md", "id: H")
    calls: list[tuple[int, int]] = []
    store = CaseStore(tmp_path, parse=fake_parse)
    change = store.load_all(progress=lambda done, total: calls.append((done, total)))
    assert change == Change(added=("a/c.txt", "b.md"))
    assert calls == [(0, 2), (1, 2), (2, 2)]
    assert [c.path for c in store.cases()] == ["a/c.txt", "b.md"]
    assert store.get("b.md").title == "Bee"
    assert store.by_id("C").path == "a/c.txt"
    assert store.by_id("H") is None
    assert len(store) == 2
    assert store.root == tmp_path.resolve()


def test_default_parser_is_used_and_gets_mtime(tmp_path: Path) -> None:
    path = write(tmp_path, "n.md", "Just a note\n")
    store = CaseStore(tmp_path)
    store.load_all()
    case = store.get("n.md")
    assert case is not None and case.path == "n.md"
    assert case.source.mtime_ns == os.stat(path).st_mtime_ns
    assert case.source.size == path.stat().st_size


def test_refresh_after_write_modify_delete(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    assert len(store) == 0
    path = write(tmp_path, "x.md", "id: X1")
    assert store.refresh([path]) == Change(added=("x.md",))
    path.write_text("id: X1\ntitle: changed", encoding="utf-8")
    assert store.refresh(["x.md"]) == Change(updated=("x.md",))
    assert store.get("x.md").title == "changed"
    assert store.refresh(["x.md"]) == Change()  # same bytes, same stat: nothing changed
    path.unlink()
    assert store.refresh([str(path)]) == Change(removed=("x.md",))
    assert store.get("x.md") is None and store.by_id("X1") is None


def test_refresh_after_rename(tmp_path: Path) -> None:
    old = write(tmp_path, "old.md", "id: R")
    store = make_store(tmp_path)
    new = tmp_path / "sub" / "new.md"
    new.parent.mkdir()
    old.rename(new)
    change = store.refresh([old, new])
    assert change == Change(added=("sub/new.md",), removed=("old.md",))
    assert store.by_id("R").path == "sub/new.md"


def test_vim_style_save_ends_with_one_updated_case(tmp_path: Path) -> None:
    path = write(tmp_path, "x.md", "id: V\ntitle: before")
    store = make_store(tmp_path)
    backup = tmp_path / "x.md~"
    events: list[Path] = []
    path.rename(backup)
    events += [path, backup]
    assert store.refresh([path, backup]) == Change(removed=("x.md",))  # the watcher may flush mid-save
    write(tmp_path, "x.md", "id: V\ntitle: after")
    events.append(path)
    backup.unlink()
    events.append(backup)
    assert store.refresh(events) == Change(added=("x.md",))
    assert [(c.path, c.id, c.title) for c in store.cases()] == [("x.md", "V", "after")]
    assert store.skipped == {}


def test_vim_style_save_in_one_batch(tmp_path: Path) -> None:
    path = write(tmp_path, "x.md", "id: V\ntitle: before")
    store = make_store(tmp_path)
    backup = tmp_path / "x.md~"
    path.rename(backup)
    write(tmp_path, "x.md", "id: V\ntitle: after")
    backup.unlink()
    assert store.refresh([path, backup, path, backup]) == Change(updated=("x.md",))
    assert [(c.path, c.title) for c in store.cases()] == [("x.md", "after")]


def test_refresh_of_a_folder_rescans_below_it(tmp_path: Path) -> None:
    write(tmp_path, "top.md", "id: T")
    write(tmp_path, "d/a.md", "id: A")
    store = make_store(tmp_path)
    write(tmp_path, "d/b.md", "id: B")
    write(tmp_path, "d/e/c.md", "id: C")
    (tmp_path / "d" / "a.md").unlink()
    change = store.refresh([tmp_path / "d"])
    assert change == Change(added=("d/b.md", "d/e/c.md"), removed=("d/a.md",))
    assert set(ids(store)) == {"top.md", "d/b.md", "d/e/c.md"}


def test_refresh_of_a_deleted_folder_removes_everything_below(tmp_path: Path) -> None:
    write(tmp_path, "d/a.md", "id: A")
    write(tmp_path, "d/e/b.md", "id: B")
    write(tmp_path, "dd.md", "id: DD")
    store = make_store(tmp_path)
    for path in [tmp_path / "d/e/b.md", tmp_path / "d/a.md"]:
        path.unlink()
    (tmp_path / "d" / "e").rmdir()
    (tmp_path / "d").rmdir()
    assert store.refresh(["d"]) == Change(removed=("d/a.md", "d/e/b.md"))
    assert ids(store) == {"dd.md": "DD"}


def test_refresh_ignores_paths_outside_and_droppings(tmp_path: Path) -> None:
    root = tmp_path / "cases"
    write(root, "a.md", "id: A")
    store = make_store(root)
    elsewhere = write(tmp_path, "other.md", "id: O")
    write(root, "4913", "")
    write(root, "a.md.swp", "junk")
    assert store.refresh([elsewhere, root / "4913", root / "a.md.swp", "../other.md"]) == Change()
    assert ids(store) == {"a.md": "A"}


def test_refresh_with_paths_through_the_given_symlinked_root(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "alias").symlink_to(real)
    store = make_store(tmp_path / "alias")
    write(real, "a.md", "id: A")
    assert store.refresh([tmp_path / "alias" / "a.md"]) == Change(added=("a.md",))
    assert store.root == real.resolve()


def test_refresh_records_and_clears_skips(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    os.mkfifo(tmp_path / "p.md")
    assert store.refresh(["p.md"]) == Change()
    assert store.skipped == {"p.md": "a FIFO, not a regular file"}
    (tmp_path / "p.md").unlink()
    write(tmp_path, "p.md", "id: P")
    assert store.refresh(["p.md"]) == Change(added=("p.md",))
    assert store.skipped == {}


def test_file_replaced_by_a_folder(tmp_path: Path) -> None:
    path = write(tmp_path, "x.md", "id: X")
    store = make_store(tmp_path)
    path.unlink()
    write(tmp_path, "x.md/inner.md", "id: I")
    assert store.refresh([path]) == Change(added=("x.md/inner.md",), removed=("x.md",))


def test_oversize_file_is_not_read_but_listed_with_a_problem(tmp_path: Path) -> None:
    big = tmp_path / "huge-log.txt"
    big.write_bytes(b"x" * (3 * 1024 * 1024 + 100_000))
    calls: list[str] = []

    def spy(raw: bytes, path: str, *, mtime_ns: int = 0) -> Case:
        calls.append(path)
        return fake_parse(raw, path, mtime_ns=mtime_ns)

    store = CaseStore(tmp_path, parse=spy)
    store.load_all()
    case = store.get("huge-log.txt")
    assert calls == []
    assert (case.id, case.kind, case.title) == ("huge-log", "note", "huge-log.txt")
    assert case.problems == ["not read: 3.1 MiB is over the 2 MiB limit"]


def test_size_limit_is_configurable_and_boundary_is_inclusive(tmp_path: Path) -> None:
    write(tmp_path, "ten.md", "id: TENTEN")  # 10 bytes
    assert make_store(tmp_path, max_bytes=10).get("ten.md").problems == []
    assert make_store(tmp_path, max_bytes=9).get("ten.md").problems == ["not read: 10 bytes is over the 9 bytes limit"]


def test_format_size() -> None:
    assert format_size(900) == "900 bytes"
    assert format_size(2 * 1024 * 1024) == "2 MiB"
    assert format_size(int(52.4 * 1024 * 1024)) == "52.4 MiB"
    assert format_size(1536) == "1.5 KiB"


def test_unreadable_file_is_a_case_with_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "locked.md", "id: L")
    write(tmp_path, "fine.md", "id: F")
    real_open = os.open

    def deny(path, flags, *args, **kwargs):  # tests run as root, where chmod 000 does not stop reads
        if str(path).endswith("locked.md"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(store_module.os, "open", deny)
    store = make_store(tmp_path)
    case = store.get("locked.md")
    assert (case.id, case.kind) == ("locked", "note")
    assert case.problems == ["could not read: permission denied"]
    assert store.get("fine.md").problems == []


def test_a_parser_crash_becomes_a_problem(tmp_path: Path) -> None:
    write(tmp_path, "bad.md", "boom")

    def explode(raw: bytes, path: str, *, mtime_ns: int = 0) -> Case:
        raise ValueError("cannot cope")

    store = CaseStore(tmp_path, parse=explode)
    store.load_all()
    assert store.get("bad.md").problems == ["could not parse: ValueError: cannot cope"]


def test_duplicate_ids_get_suffixes_in_path_order(tmp_path: Path) -> None:
    """Files with the same modification time: path order decides (older files first: see test_triage_core)."""
    for rel in ("b.md", "a/b.md", "c.md"):
        os.utime(write(tmp_path, rel, "id: CE1001"), ns=(1_700_000_000_000_000_000,) * 2)
    store = make_store(tmp_path)
    assert ids(store) == {"a/b.md": "CE1001", "b.md": "CE1001-2", "c.md": "CE1001-3"}
    assert store.get("a/b.md").problems == []
    assert store.get("b.md").problems == ["duplicate id CE1001 (also in a/b.md); shown as CE1001-2"]
    assert store.by_id("CE1001-3").path == "c.md"


def test_deleting_the_holder_of_an_id_reassigns_and_reports_updates(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "id: CE1")
    write(tmp_path, "b.md", "id: CE1")
    write(tmp_path, "c.md", "id: CE1")
    write(tmp_path, "other.md", "id: OTHER")
    store = make_store(tmp_path)
    other = store.get("other.md")
    (tmp_path / "a.md").unlink()
    change = store.refresh(["a.md"])
    assert change == Change(updated=("b.md", "c.md"), removed=("a.md",))
    assert ids(store) == {"b.md": "CE1", "c.md": "CE1-2", "other.md": "OTHER"}
    assert store.get("b.md").problems == []
    assert store.get("c.md").problems == ["duplicate id CE1 (also in b.md); shown as CE1-2"]
    assert store.get("other.md") is other  # untouched cases keep their object


def test_resolving_a_clash_by_editing_one_file(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "id: CE1")
    path = write(tmp_path, "b.md", "id: CE1")
    store = make_store(tmp_path)
    path.write_text("id: CE2", encoding="utf-8")
    assert store.refresh([path]) == Change(updated=("b.md",))
    assert ids(store) == {"a.md": "CE1", "b.md": "CE2"}
    assert store.get("b.md").problems == []


def test_new_file_earlier_in_path_order_does_not_take_the_id(tmp_path: Path) -> None:
    write(tmp_path, "m.md", "id: CE1")
    store = make_store(tmp_path)
    path = write(tmp_path, "a.md", "id: CE1")
    os.utime(path, ns=(1, 1))  # even with an older mtime (a copy that kept its time): the store knew m.md first
    assert store.refresh(["a.md"]) == Change(added=("a.md",))
    assert ids(store) == {"a.md": "CE1-2", "m.md": "CE1"}


def test_suffix_skips_ids_that_exist_in_their_own_right(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "id: X")
    write(tmp_path, "b.md", "id: X")
    write(tmp_path, "c.md", "id: X-2")
    store = make_store(tmp_path)
    assert ids(store) == {"a.md": "X", "b.md": "X-3", "c.md": "X-2"}
    assert len({c.id for c in store.cases()}) == 3


def test_incremental_ids_match_a_fresh_load(tmp_path: Path) -> None:
    for name in ["a", "b", "c", "d"]:
        write(tmp_path, f"{name}.md", "id: SAME")
    store = make_store(tmp_path)
    (tmp_path / "b.md").unlink()
    write(tmp_path, "0.md", "id: SAME")
    store.refresh(["b.md", "0.md"])
    assert ids(store) == ids(make_store(tmp_path))


def test_rescan_catches_changes_the_watcher_missed(tmp_path: Path) -> None:
    keep = write(tmp_path, "keep.md", "id: K")
    edit = write(tmp_path, "edit.md", "id: E\ntitle: one")
    gone = write(tmp_path, "gone.md", "id: G")
    store = make_store(tmp_path)
    kept = store.get("keep.md")
    edit.write_text("id: E\ntitle: two, longer", encoding="utf-8")
    gone.unlink()
    write(tmp_path, "new/n.md", "id: N")
    os.mkfifo(tmp_path / "f.md")
    change = store.rescan()
    assert change == Change(added=("new/n.md",), updated=("edit.md",), removed=("gone.md",))
    assert store.get("edit.md").title == "two, longer"
    assert store.get("keep.md") is kept
    assert store.skipped == {"f.md": "a FIFO, not a regular file"}
    assert keep.exists()
    assert store.rescan() == Change()


def test_rescan_rereads_when_only_mtime_changes(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "id: A\ntitle: one")
    store = make_store(tmp_path)
    stat = path.stat()
    path.write_text("id: A\ntitle: two", encoding="utf-8")  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert store.rescan() == Change(updated=("a.md",))
    assert store.get("a.md").title == "two"


def test_load_all_again_reports_the_difference(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "id: A")
    gone = write(tmp_path, "b.md", "id: B")
    store = make_store(tmp_path)
    gone.unlink()
    write(tmp_path, "c.md", "id: C")
    assert store.load_all() == Change(added=("c.md",), removed=("b.md",))


def test_snapshots_are_safe_while_a_worker_refreshes(tmp_path: Path) -> None:
    for i in range(30):
        write(tmp_path, f"c{i:02}.md", f"id: C{i}")
    store = make_store(tmp_path)
    stop = threading.Event()
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            while not stop.is_set():
                cases = store.cases()
                assert [c.path for c in cases] == sorted(c.path for c in cases)
                assert len({c.id for c in cases}) == len(cases)
                for case in cases[:3]:
                    assert store.get(case.path) is not None
                    found = store.by_id(case.id)
                    assert found is None or found.id == case.id  # may have moved since the snapshot
                time.sleep(0.0005)  # let the writer in: the GIL would otherwise starve it
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for round_ in range(20):
            for i in range(0, 30, 3):
                write(tmp_path, f"c{i:02}.md", f"id: C{(i + round_) % 5}")
            store.refresh([f"c{i:02}.md" for i in range(0, 30, 3)])
    finally:
        stop.set()
        thread.join()
    assert errors == []
    assert ids(store) == ids(make_store(tmp_path))


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_keep_ids_equal_to_a_fresh_load(tmp_path: Path, seed: int) -> None:
    """Whatever order files come and go in, incremental ids are the same set as a fresh load's, and a file
    that held its id keeps it (a fresh load gives it to the oldest file, the running store to the one it knew)."""
    import random

    rng = random.Random(seed)
    names = ["a.md", "b.md", "c/d.md", "c/e.md", "f.md", "g/h/i.md", "z.md"]
    id_choices = ["X", "X", "X-2", "X-3", "X-2-2", "Y", "Y-1"]
    store = make_store(tmp_path)
    for _ in range(40):
        batch = rng.sample(names, rng.randint(1, 3))
        for name in batch:
            path = tmp_path / name
            if path.exists() and rng.random() < 0.4:
                path.unlink()
            else:
                write(tmp_path, name, f"id: {rng.choice(id_choices)}\ntitle: {rng.random()}")
        before = ids(store)
        held = {c.path for c in store.cases() if not c.problems}  # held the id their file gives
        change = store.refresh(batch)
        fresh = make_store(tmp_path)
        assert sorted(ids(store).values()) == sorted(ids(fresh).values())
        raw = {c.path: fake_parse((tmp_path / c.path).read_bytes(), c.path).id for c in store.cases()}
        for rel in held & raw.keys():
            if rel not in batch or raw[rel] == before[rel]:
                assert ids(store)[rel] == before[rel] == raw[rel], rel
        for case in store.cases():
            assert bool(case.problems) == (case.id != raw[case.path])
        assert {c.id: c.path for c in store.cases()} == {c.id: store.by_id(c.id).path for c in store.cases()}
        after = ids(store)
        assert set(change.added) == after.keys() - before.keys()
        assert set(change.removed) == before.keys() - after.keys()
        assert {r for r in after.keys() & before.keys() if after[r] != before[r]} <= set(change.updated)


def test_the_app_load_keeps_the_new_index_out_of_the_cyclic_collector(tmp_path: Path) -> None:
    """``freeze_gc`` (the app's first load): the collector's next passes do not walk 10,000 fresh cases."""
    import gc

    from tests.perf.generate import generate

    generate(tmp_path / "cases", 30, seed=2)
    gc.collect()
    plain = CaseStore(tmp_path / "cases")
    before = gc.get_freeze_count()
    plain.load_all()
    assert gc.get_freeze_count() == before and gc.isenabled()
    frozen = CaseStore(tmp_path / "cases")
    try:
        frozen.load_all(freeze_gc=True)
        assert gc.isenabled()
        assert gc.get_freeze_count() - before >= 30 * 10  # the cases, their timelines and items
        assert frozen.cases() == plain.cases()
    finally:
        gc.unfreeze()


def test_the_sorted_snapshot_is_one_shared_value_until_the_store_changes(tmp_path: Path) -> None:
    write(tmp_path, "b.md", "id: B")
    write(tmp_path, "a.md", "id: A")
    store = make_store(tmp_path)
    first = store.snapshot()
    assert [c.path for c in first] == ["a.md", "b.md"]
    assert store.snapshot() is first  # no sort and no copy per reader
    assert store.cases() == list(first) and store.cases() is not store.cases()  # callers' own lists
    write(tmp_path, "c.md", "id: C")
    store.refresh(["c.md"])
    second = store.snapshot()
    assert second is not first and [c.path for c in second] == ["a.md", "b.md", "c.md"]
    assert [c.path for c in first] == ["a.md", "b.md"]  # a reader's snapshot never changes under it
