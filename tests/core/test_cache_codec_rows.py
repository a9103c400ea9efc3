"""encode_case writes events and items as the arrays of their fields it always wrote (issue 14: cheaper rows).

The rows are now ``attrgetter`` tuples, which orjson writes as arrays; the bytes must be those of the
per-field lists (the cache files written before stay valid and decode to the same cases).
"""

from __future__ import annotations

from pathlib import Path

import orjson

from oncall_tui.core.cache_codec import _EVENT_FIELDS, _ITEM_FIELDS, _ROWS, decode_case, encode_case
from oncall_tui.core.parse import parse_bytes
from tests.perf.generate import generate

REPO = Path(__file__).resolve().parents[2]


def _by_lists(case) -> bytes:
    body = case.model_dump_json(exclude=_ROWS)
    events = orjson.dumps([[getattr(e, name) for name in _EVENT_FIELDS] for e in case.timeline])
    items = orjson.dumps([[getattr(i, name) for name in _ITEM_FIELDS] for i in case.action_items])
    return b"".join((body[:-1].encode("utf-8"), b',"timeline":', events, b',"action_items":', items,
                     b',"source":', case.source.model_dump_json().encode("utf-8"), b"}"))


def test_rows_are_written_as_before(tmp_path: Path) -> None:
    generate(tmp_path / "gen", 40, seed=7)
    paths = sorted((tmp_path / "gen").rglob("*.md")) + sorted((REPO / "data").rglob("*.md"))
    assert paths
    with_rows = 0
    for path in paths:
        case = parse_bytes(path.read_bytes(), path.name)
        with_rows += bool(case.timeline and case.action_items)
        assert encode_case(case) == _by_lists(case), path
        assert decode_case(encode_case(case)) == case
    assert with_rows > 10
