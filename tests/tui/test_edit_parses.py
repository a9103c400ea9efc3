"""An edit parses its file once: the patch it verifies.

The bytes it reads come with their case from the store when the store holds that version; the app puts
the verified case of its own write into the store (no second read and parse), and the watcher's event
for the same bytes finds them already parsed.  The counters wrap the parser's and the
edit document's module functions (counting calls; what they return is untouched).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from oncall_tui.core.edits import SetPriority, apply_edit, undo
from oncall_tui.core.edits import patching as edit_lines
from oncall_tui.core.parse import case as parse_case
from oncall_tui.core.storage import Storage
from oncall_tui.core.store import CaseStore
from oncall_tui.tui.app import OncallApp
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, wait_for, wait_loaded

TIMEOUT = 30.0  # only catches a hang


@pytest.fixture
def calls(monkeypatch) -> Counter:
    """How often the parser (``parse``) and the edit document's tree (``doc``) are built from now on."""
    counted: Counter = Counter()

    def counting(name: str, function):  # noqa: ANN001, ANN202
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            counted[name] += 1
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(parse_case, "parse_text", counting("parse", parse_case.parse_text))
    monkeypatch.setattr(edit_lines, "build", counting("doc", edit_lines.build))
    return counted


async def test_space_on_an_item_parses_the_file_once(tmp_path: Path, calls: Counter) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets"))
    path = tmp_path / "CE1001.md"
    before = path.read_bytes()
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)  # the watcher is in place
        await pilot.press("3")
        items = app.main.items
        await wait_for(pilot, lambda: items.selected_item() is not None, TIMEOUT)
        calls.clear()
        await pilot.press("space")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        table = app.main.table
        await wait_for(pilot, lambda: table.get_cell("CE1001.md", "items").plain == "0/2", TIMEOUT)
        await pilot.pause(0.6)  # the watcher's own event for the write arrives
        case = app.store.get("CE1001.md")
        assert case is not None and case.source.sha256 == Storage(tmp_path).read("CE1001.md").sha256
        assert case.source.mtime_ns == path.stat().st_mtime_ns
    # Before: 4 parses (the edit's read, its verified patch, the app's re-read, the watcher's) and a Doc;
    # now the bytes read come parsed from the store and only the verified patch is parsed.
    assert calls == Counter(parse=1, doc=1), calls


def test_the_store_takes_a_written_case_without_parsing_it_again(tmp_path: Path, calls: Counter) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets", priority="High"))
    store, storage = CaseStore(tmp_path), Storage(tmp_path)
    store.load_all(save_cache=False)
    result = apply_edit(storage, "CE1001.md", SetPriority("P1"))
    calls.clear()
    change = store.apply_written(result.rel, result.data, result.case)
    assert change is not None and change.updated == ("CE1001.md",)
    assert store.get("CE1001.md").priority == "P1"
    assert store.refresh(["CE1001.md"]).updated == ()  # the watcher's event: the same bytes, nothing new
    assert calls["parse"] == 0
    fresh = CaseStore(tmp_path)
    fresh.load_all(save_cache=False)
    assert fresh.get("CE1001.md") == store.get("CE1001.md")  # what a fresh read gives, to the byte and stamp


def test_a_written_case_is_not_taken_when_the_file_changed_again(tmp_path: Path) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets", priority="High"))
    store, storage = CaseStore(tmp_path), Storage(tmp_path)
    store.load_all(save_cache=False)
    result = apply_edit(storage, "CE1001.md", SetPriority("P1"))
    (tmp_path / "CE1001.md").write_bytes(result.data.replace(b"Acme Rockets", b"Acme Jets"))
    assert store.apply_written(result.rel, result.data, result.case) is None  # the caller re-reads it
    assert store.get("CE1001.md").priority == "P2"
    assert store.refresh(["CE1001.md"]).updated == ("CE1001.md",)
    assert (store.get("CE1001.md").customer, store.get("CE1001.md").priority) == ("Acme Jets", "P1")
    (tmp_path / "CE1001.md").unlink()
    assert store.apply_written(result.rel, result.data, result.case) is None


def test_undo_is_taken_into_the_store_as_written(tmp_path: Path, calls: Counter) -> None:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets", priority="High"))
    store, storage = CaseStore(tmp_path), Storage(tmp_path)
    store.load_all(save_cache=False)
    result = apply_edit(storage, "CE1001.md", SetPriority("P1"))
    store.apply_written(result.rel, result.data, result.case)
    back = undo(storage, result)
    assert store.apply_written(back.rel, back.data, back.case) is not None
    assert store.get("CE1001.md").priority == "P2"


def test_an_edit_takes_the_stores_reading_only_of_the_same_bytes(tmp_path: Path, calls: Counter) -> None:
    write(tmp_path, "a.md", escalation("CE1001", "Acme Rockets", priority="High"))
    write(tmp_path, "b.md", escalation("CE1001", "Bolt Logistics", priority="Low"))  # the same id: b.md shows CE1001-2
    store, storage = CaseStore(tmp_path), Storage(tmp_path)
    store.load_all(save_cache=False)
    assert store.get("b.md").id == "CE1001-2"
    calls.clear()
    result = apply_edit(storage, "b.md", SetPriority("P1"), parsed=store.parsed)  # the parser's own id, not -2
    assert calls["parse"] == 1 and result.case.id == "CE1001" and result.case.priority == "P1"
    (tmp_path / "a.md").write_bytes((tmp_path / "a.md").read_bytes().replace(b"Acme Rockets", b"Acme Jets"))
    calls.clear()
    result = apply_edit(storage, "a.md", SetPriority("P1"), parsed=store.parsed)  # the store has an older version
    assert calls["parse"] == 2 and result.case.customer == "Acme Jets"
