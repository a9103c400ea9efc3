"""Seen marks held compactly (core/seenrecords.py): the same values as the dicts they replace, the same diff,
and a file that is still one JSON document, read a case a line."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest

from oncall_tui.core import seenmarks
from oncall_tui.core.changes import SeenMarks, Snapshot, diff, render
from oncall_tui.core.seenmarks import _keyed, event_keys, item_keys
from oncall_tui.core.seenrecords import KEYS, SeenCase, read_lines
from oncall_tui.core.store import CaseStore
from tests.core.handover_cases import write_folder
from tests.perf.generate import generate

MARKED = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parents[2]


def eager_record(case) -> dict:
    """What a snapshot kept of a case before it was held compactly: a dict of plain values (the old code)."""
    sentiment = case.sentiment
    return {
        "id": case.id, "kind": case.kind, "title": case.title, "open": case.is_open,
        "status": case.status, "priority": case.priority, "owner": case.owner, "customer": case.customer,
        "sentiment": None if sentiment is None else [sentiment.label, round(sentiment.score, 3)],
        "events": event_keys(case),
        "items": [[key, item.status] for key, item in zip(item_keys(case), case.action_items)],
        "problems": _keyed(list(case.problems)),
    }


def eager_file(cases, taken_at: datetime, root: Path, user: str) -> bytes:
    """A snapshot file as the old code wrote it: one document on one line."""
    return orjson.dumps({"format": "oncall-tui-seen", "version": 2, "root": str(root), "user": user,
                         "taken_at": taken_at.isoformat(), "reason": "mark",
                         "cases": {case.path: eager_record(case) for case in cases}})


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> list:
    """Generated cases (every kind, items, events, sentiments), the handover folder and the sample data."""
    out = []
    for folder in (tmp_path_factory.mktemp("gen"), write_folder(tmp_path_factory.mktemp("handover") / "cases"),
                   ROOT / "data"):
        if folder.name.startswith("gen"):
            generate(folder, 60, seed=3)
        store = CaseStore(folder)
        store.load_all(save_cache=False)
        out.extend(store.cases())
    return out


def test_a_compact_record_reads_as_the_dict_it_replaces(cases):
    for case in cases:
        seen = SeenCase.of(case)
        eager = eager_record(case)
        assert dict(seen) == eager and list(seen) == list(KEYS) == list(eager)
        assert all(seen[key] == eager[key] and seen.get(key) == eager.get(key) for key in KEYS)
        assert seen == eager and len(seen) == len(eager)
        assert seen.get("nothing") is None and "events" in seen
        with pytest.raises(KeyError):
            seen["nothing"]
    assert any(case.action_items for case in cases) and any(case.timeline for case in cases)


def test_the_file_is_one_document_with_a_case_a_line_and_reads_back_the_same(cases, tmp_path):
    snapshot = Snapshot.of(cases[:70], MARKED, "mark")
    data = snapshot.to_json(tmp_path, "Dana")
    value = json.loads(data)  # any JSON reader takes it whole, as before
    assert value["cases"] == {case.path: eager_record(case) for case in cases[:70]}
    assert value["format"] == "oncall-tui-seen" and value["version"] == 2 and value["reason"] == "mark"
    assert data.count(b"\n") == len(snapshot.cases) + 1
    assert read_lines((data,)) is not None
    back = Snapshot.from_json(data)
    assert back.taken_at == MARKED and back.reason == "mark"
    assert all(type(record) is SeenCase for record in back.cases.values())
    assert {path: dict(record) for path, record in back.cases.items()} == value["cases"]
    for size in (1, 7, 300, 4096):  # read in blocks of any size: the same
        pieces = [data[i:i + size] for i in range(0, len(data), size)]
        head, cases = read_lines(iter(pieces))
        assert head["taken_at"] == MARKED.isoformat() and {p: dict(r) for p, r in cases.items()} == value["cases"]
    empty = Snapshot.of([], MARKED, "close").to_json(tmp_path, "Dana")
    assert json.loads(empty)["cases"] == {} and Snapshot.from_json(empty).cases == {}


def test_an_older_file_on_one_line_reads_as_the_same_snapshot(cases, tmp_path):
    old = eager_file(cases, MARKED, tmp_path, "Dana")
    assert b"\n" not in old and read_lines((old,)) is None
    snapshot = Snapshot.from_json(old)
    assert all(type(record) is SeenCase for record in snapshot.cases.values())  # compacted after the read
    assert {path: dict(record) for path, record in snapshot.cases.items()} == json.loads(old)["cases"]


def changed(cases) -> list:
    """Some cases closed, an item done, an event added, a case gone."""
    out = []
    for n, case in enumerate(cases[1:]):
        if n % 5 == 0:
            case = case.model_copy(update={"status": "resolved", "is_open": False, "owner": "Somebody New"})
        if n % 7 == 0 and case.action_items:
            items = list(case.action_items)
            items[0] = type(items[0])(**{**{f: getattr(items[0], f) for f in ("text", "line", "owner", "due")},
                                         "status": "done" if items[0].status != "done" else "open"})
            case = case.model_copy(update={"action_items": items})
        if n % 9 == 0 and case.timeline:
            event = case.timeline[0]
            case = case.model_copy(update={"timeline": [*case.timeline, type(event)(at=event.at, text="later",
                                                                                   line=event.line + 1)]})
        out.append(case)
    return out


def test_the_diff_of_a_compact_snapshot_is_the_diff_of_the_dicts(cases, tmp_path):
    marks = SeenMarks(tmp_path / "cases", "Dana", state_dir=tmp_path / "state")
    marks.save(Snapshot.of(cases, MARKED, "mark"))
    compact = marks.latest()
    eager = Snapshot(MARKED, "mark", {case.path: eager_record(case) for case in cases})
    later = changed(cases)
    for now in (NOW, NOW + timedelta(days=40)):
        a, b = diff(compact, later, now), diff(eager, later, now)
        assert render(a, now) == render(b, now)
        assert [(g.path, g.changes) for g in a.groups] == [(g.path, g.changes) for g in b.groups]
    assert len(diff(compact, later, NOW)) > 10


@pytest.mark.parametrize("bend", [
    lambda r: r["events"].append(True),          # a bool is not a digest (the diff drops it)
    lambda r: r["events"].append(-1),            # nor a negative number
    lambda r: r["problems"].append(1 << 64),     # nor one over 64 bits
    lambda r: r["items"].append([5]),            # an item without its status
    lambda r: r["items"].append(["5", "open"]),  # a key that is not a number
    lambda r: r.update(sentiment=["x", "high"]),
    lambda r: r.update(open=1),
    lambda r: r.update(extra="field"),
    lambda r: r.pop("kind"),
])
def test_a_hand_edited_record_stays_the_dict_it_was_read_as(cases, tmp_path, bend):
    case = next(c for c in cases if c.action_items and c.timeline)
    record = eager_record(case)
    bend(record)
    data = json.dumps({"format": "oncall-tui-seen", "version": 2, "root": "/x", "user": "Dana",
                       "taken_at": MARKED.isoformat(), "reason": "mark", "cases": {case.path: record}},
                      separators=(",", ":")).encode()
    for layout in (data, data[:-2].replace(b'"cases":{', b'"cases":{\n') + b"\n}}"):  # one line; a case a line
        got = Snapshot.from_json(layout).cases[case.path]
        assert type(got) is dict and got == record
        assert render(diff(Snapshot(MARKED, "mark", {case.path: got}), [case], NOW), NOW) == render(
            diff(Snapshot(MARKED, "mark", {case.path: record}), [case], NOW), NOW)


def test_a_mark_is_read_from_its_file_a_block_at_a_time(cases, tmp_path, monkeypatch):
    marks = SeenMarks(tmp_path / "cases", "Dana", state_dir=tmp_path / "state")
    saved = marks.save(Snapshot.of(cases, MARKED, "mark"))
    reads: list[int] = []
    real = Snapshot.read

    def read(handle, path=None):
        got = handle.read

        def counted(size=-1):
            reads.append(size)
            return got(size)

        handle.read = counted
        return real(handle, path)

    monkeypatch.setattr(seenmarks, "READ_BLOCK", 4096)
    monkeypatch.setattr(Snapshot, "read", staticmethod(read))
    back = marks.latest()
    assert len(reads) > 3 and set(reads) == {4096}  # never the whole file at once
    assert {p: dict(r) for p, r in back.cases.items()} == {c.path: eager_record(c) for c in cases}
    saved.write_bytes(eager_file(cases, MARKED, tmp_path, "Dana"))  # an older file, on one line
    reads.clear()
    back = marks.latest()
    assert reads[-1] == seenmarks.MAX_SNAPSHOT_BYTES + 1  # read whole
    assert {p: dict(r) for p, r in back.cases.items()} == {c.path: eager_record(c) for c in cases}
    monkeypatch.setattr(seenmarks, "MAX_SNAPSHOT_BYTES", 10_000)  # too big to read, either way
    assert marks.latest() is None
    marks.save(Snapshot.of(cases, MARKED, "mark"))
    assert marks.latest() is None


def test_a_torn_or_bent_file_reads_as_the_whole_document_would(cases, tmp_path):
    data = Snapshot.of(cases[:5], MARKED, "mark").to_json(tmp_path, "Dana")
    lines = data.split(b"\n")
    assert Snapshot.from_json(data[: len(data) // 2]) is None  # torn mid-case
    assert Snapshot.from_json(data[:-1]) is None  # torn at the very end
    no_comma = b"\n".join([lines[0], lines[1][:-1], *lines[2:]])
    assert read_lines((no_comma,)) is None and Snapshot.from_json(no_comma) is None
    not_object = b"\n".join([lines[0], b'"x.md":[1,2],', *lines[1:]])
    assert Snapshot.from_json(not_object) is None  # as before: every record must be an object
    pretty = json.dumps(json.loads(data), indent=2).encode()
    got = Snapshot.from_json(pretty)  # laid out otherwise: read whole, the same values
    assert {p: dict(r) for p, r in got.cases.items()} == {p: dict(r) for p, r in Snapshot.from_json(data).cases.items()}


def test_a_lone_surrogate_in_a_title_is_written_and_read_back(cases, tmp_path):
    case = cases[0].model_copy(update={"title": "bad \udcff name"})
    marks = SeenMarks(tmp_path / "cases", "Dana", state_dir=tmp_path / "state")
    marks.save(Snapshot.of([case, *cases[1:3]], MARKED, "close"))
    back = marks.latest()
    assert back is not None and back.cases[case.path]["title"] == "bad \udcff name"
    assert dict(back.cases[case.path]) == eager_record(case)
