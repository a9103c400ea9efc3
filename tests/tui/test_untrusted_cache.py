"""A parse-cache record with a valid CRC but wrong types is dropped and its file parsed again.

The cache file lives in the user's cache folder, but anything that can write
there (another tool, a bug, a crafted file) must not crash the app: every
record is type-checked as it is loaded.  Each test writes a real cache file,
changes one record's JSON and recomputes its CRC the way the format says
(CRC-32 of the record seeded with the header line's), so only the type check
can catch it.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

import pytest

from oncall_tui.core.cache import ParseCache, cache_path
from oncall_tui.core.model import ActionItem, TimelineEvent, fields_of
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.store import CaseStore
from oncall_tui.tui.app import OncallApp
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded

TARGET = "CE3001.md"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    hour_ago = os.stat(tmp_path).st_mtime - 3600  # older than the cache's "too fresh to trust" window
    for n in range(3):
        path = write(folder, f"CE{3000 + n}.md", escalation(f"CE{3000 + n}", f"Customer {n}",
                                                            event=f"Outage reported by customer {n}"))
        os.utime(path, (hour_ago, hour_ago))
    return folder


def _craft(folder: Path, cache_dir: Path, rel: str, change) -> None:
    """Fill the cache, then let *change* alter *rel*'s decoded record and write it back with a valid CRC."""
    store = CaseStore(folder, cache=ParseCache(folder, cache_dir))
    store.load_all()
    path = cache_path(folder, cache_dir)
    header, *records = path.read_bytes().split(b"\n")
    seed = zlib.crc32(header)
    out = [header]
    found = False
    for line in records:
        _crc, size, mtime, name, payload = line.split(b"\t", 4)
        if json.loads(name) == rel:
            record = json.loads(payload)
            change(record)
            payload = json.dumps(record).encode()
            found = True
        body = b"\t".join([size, mtime, name, payload])
        assert b"\n" not in body
        out.append(b"%08x\t%s" % (zlib.crc32(body, seed), body))
    assert found, f"{rel} was not cached"
    path.write_bytes(b"\n".join(out))


_ROW_FIELDS = {"timeline": list(fields_of(TimelineEvent)), "action_items": list(fields_of(ActionItem))}
"""The cache writes each event and item as an array of its fields in this order (core/cache.py)."""


def _set(*keys, value):
    def change(record: dict) -> None:
        path = list(keys)
        if len(path) == 3 and path[0] in _ROW_FIELDS:  # ("timeline", 0, "at"): the field's place in the array
            path[2] = _ROW_FIELDS[path[0]].index(path[2])
        node = record
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


CHANGES = {
    "timeline at is a table": _set("timeline", 0, "at", value={"evil": 1}),
    "timeline text is a number": _set("timeline", 0, "text", value=5),
    "timeline line is a string": _set("timeline", 0, "line", value="3"),
    "timeline is a table": _set("timeline", value={"at": "x"}),
    "item status unknown": _set("action_items", 0, "status", value="exploded"),
    "item line is a bool": _set("action_items", 0, "line", value=True),
    "item owner is a list": _set("action_items", 0, "owner", value=["x"]),
    "priority unknown": _set("priority", value="P9"),
    "status unhashable": _set("status", value=["open"]),
    "is_open is a string": _set("is_open", value="yes"),
    "title is null": _set("title", value=None),
    "problems hold a number": _set("problems", value=[1]),
    "sentiment score out of range": _set("sentiment", "score", value=5.0),
    "sentiment score an int": _set("sentiment", "score", value=0),
    "sentiment is a string": _set("sentiment", value="grim"),
    "source encoding unknown": _set("source", "encoding", value="rot13"),
    "source newline odd": _set("source", "newline", value="\u2028"),
    "source size a float": _set("source", "size", value=1.5),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_record_of_the_wrong_types_is_dropped_and_the_file_parsed_again(name: str, tmp_path: Path,
                                                                          own_parse_cache: Path) -> None:
    folder = _folder(tmp_path)
    _craft(folder, own_parse_cache, TARGET, CHANGES[name])
    cache = ParseCache(folder, own_parse_cache)
    store = CaseStore(folder, cache=cache)
    store.load_all()
    assert (cache.hits, cache.misses) == (2, 1)
    path = folder / TARGET
    fresh = parse_bytes(path.read_bytes(), TARGET, mtime_ns=path.stat().st_mtime_ns)
    assert store.get(TARGET) == fresh
    # The re-parse is cached again: the next start trusts the good record.
    again = ParseCache(folder, own_parse_cache)
    CaseStore(folder, cache=again).load_all()
    assert (again.hits, again.misses) == (3, 0)


async def test_selecting_the_case_of_a_crafted_record_does_not_crash_the_app(tmp_path: Path,
                                                                             own_parse_cache: Path) -> None:
    folder = _folder(tmp_path)
    _craft(folder, own_parse_cache, TARGET, CHANGES["timeline at is a table"])
    app = OncallApp(folder, now=frozen_now, watch=False)  # its parse cache is in own_parse_cache (conftest)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.main.table.select_path(TARGET)
        await wait_for(pilot, lambda: "Outage reported by customer 1" in screen_text(app))
        await pilot.press("enter")  # the case screen draws the timeline too
        await pilot.pause(0.2)
        assert "Outage reported by customer 1" in screen_text(app)
        assert app.is_running
        assert (app.store.cache.hits, app.store.cache.misses) == (2, 1)
