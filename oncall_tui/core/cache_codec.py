"""One case as a line of the parse cache, and back: :func:`encode_case` and :func:`decode_case`.

See :mod:`oncall_tui.core.cache` for the file and why records are built without pydantic's validation;
the builders (:mod:`oncall_tui.core.modelbuild`) check every field's type against the models' annotations.
"""

from __future__ import annotations

import gc
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from operator import attrgetter

import orjson

from oncall_tui.core.model import ActionItem, Case, TimelineEvent, fields_of
from oncall_tui.core.modelbuild import (
    _make_case,
    _make_events,
    _make_items,
    _make_sentiment,
    _make_source,
)

_EVENT_FIELDS = tuple(fields_of(TimelineEvent))
_ITEM_FIELDS = tuple(fields_of(ActionItem))
_ROWS = {"timeline", "action_items"}
assert len(_EVENT_FIELDS) > 1 and len(_ITEM_FIELDS) > 1  # attrgetter of several names gives a tuple: a JSON array
_EVENT_ROW = attrgetter(*_EVENT_FIELDS)
_ITEM_ROW = attrgetter(*_ITEM_FIELDS)


def encode_case(case: Case) -> bytes:
    """The case, including its ``source`` (which the export leaves out), as one line of JSON; its events and
    items as arrays of their fields (see the module docstring)."""
    body = case.model_dump_json(exclude=_ROWS)
    events = orjson.dumps(list(map(_EVENT_ROW, case.timeline)))  # tuples of the fields: half a list per getattr's time
    items = orjson.dumps(list(map(_ITEM_ROW, case.action_items)))
    return b"".join((body[:-1].encode("utf-8"), b',"timeline":', events, b',"action_items":', items,
                     b',"source":', case.source.model_dump_json().encode("utf-8"), b"}"))


def pack(payload: bytes) -> bytes:
    """*payload* compressed for the wait between a cold parse and the cache write.

    A cold start holds every payload until the cache is written (after the
    table fills); compressed they take about a third of the memory.  The
    cache file itself stays plain, so a warm start never unpacks.  A one-shot
    command (``export``, ``check``) leaves its payloads plain: it holds every
    case anyway, and packing and unpacking twice cost ~60 us a case.
    """
    return zlib.compress(payload, 1)


def unpack(packed: bytes) -> bytes:
    """*packed* as :func:`pack` was given it; a plain payload (a JSON object: ``{``, where a zlib stream starts
    with ``x``) as it is."""
    return packed if packed[:1] == b"{" else zlib.decompress(packed)


def decode_case(payload: bytes | memoryview | str) -> Case:
    """Inverse of :func:`encode_case` for trusted input; raises ValueError when the shape is wrong."""
    values = orjson.loads(payload)
    if type(values) is not dict:
        raise ValueError("cache record is not an object")
    timeline, items, sentiment = values.get("timeline"), values.get("action_items"), values.get("sentiment")
    if type(timeline) is not list or type(items) is not list:
        raise ValueError("cache record has no lists")
    values["timeline"] = _make_events(timeline)
    values["action_items"] = _make_items(items)
    if sentiment is not None:
        values["sentiment"] = _make_sentiment(sentiment)
    values["source"] = _make_source(values.get("source"))
    return _make_case(values)  # type: ignore[return-value]


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def paused_gc(*, freeze: bool = False) -> Iterator[None]:
    """Pause the cyclic GC while building many objects that are all kept.

    *freeze* moves everything alive at the end into the permanent generation
    (``gc.freeze()``) before the collector runs again, so its next pass does
    not walk the objects just made.  Cyclic
    garbage among them is then never collected: for an index that lives as
    long as the process.
    """
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if freeze:
                gc.freeze()
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()
