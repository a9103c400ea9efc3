"""Which watcher events are passed on, and the queue that coalesces them."""

from __future__ import annotations

import threading
from pathlib import Path

from watchfiles import Change

from oncall_tui.tui.watch import ChangeQueue, relevant_paths


def test_relevant_paths_keeps_cases_and_folders_and_drops_droppings(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    root = str(tmp_path)
    batch = [
        (Change.deleted, f"{root}/CE1.md"),  # vim save: deleted and added in one batch
        (Change.added, f"{root}/CE1.md~"),
        (Change.added, f"{root}/CE1.md"),
        (Change.deleted, f"{root}/CE1.md~"),
        (Change.added, f"{root}/4913"),
        (Change.modified, f"{root}/.CE1.md.swp"),
        (Change.added, f"{root}/.git/objects/ab"),
        (Change.added, f"{root}/sub"),  # a folder: the store rescans below it
        (Change.deleted, f"{root}/gone-folder"),  # may have been a folder
        (Change.modified, f"{root}/notes.pdf"),  # not a case, not a folder
        (Change.modified, f"{root}/sub/x.TXT"),
        (Change.modified, "/elsewhere/y.md"),
        (Change.modified, root),
    ]
    assert relevant_paths(tmp_path, batch) == ["CE1.md", "sub", "gone-folder", "sub/x.TXT"]


def test_queue_coalesces_and_hands_out_once() -> None:
    q = ChangeQueue()
    assert q.put(["a.md"]) is True  # caller starts the worker
    assert q.put(["a.md", "b.md"]) is False  # worker already running: just queued
    assert q.put([], rescan=True) is False
    assert q.take() == (["a.md", "b.md"], True, False)
    assert q.take() is None  # idle again
    assert q.busy is False
    assert q.put([]) is False  # nothing to do: no worker
    assert q.put(["c.md"]) is True
    assert q.put([], suspicious=True) is False
    assert q.take() == (["c.md"], True, True)  # a suspicious rescan is a rescan
    assert q.take() is None


def test_queue_never_loses_a_path_between_threads() -> None:
    q = ChangeQueue()
    seen: list[str] = []
    workers: list[threading.Thread] = []

    def drain() -> None:
        while (batch := q.take()) is not None:
            seen.extend(batch[0])

    def producer(n: int) -> None:
        for i in range(200):
            if q.put([f"{n}-{i}.md"]):
                t = threading.Thread(target=drain)
                workers.append(t)
                t.start()

    producers = [threading.Thread(target=producer, args=(n,)) for n in range(4)]
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    for t in list(workers):
        t.join()
    assert sorted(seen) == sorted(f"{n}-{i}.md" for n in range(4) for i in range(200))
    assert q.busy is False
