"""One case of a seen mark as the app holds it: a compact, read-only record, and the snapshot file's lines.

A seen mark keeps, per case, a few fields and a 64-bit digest of every
timeline event, action item and problem (:mod:`oncall_tui.core.seenmarks`).
Read into dicts and lists of Python integers, the mark of 10,000 generated
cases took ~51 MiB, and the app keeps its baseline for as long as it runs;
:class:`SeenCase` holds the same values in ~1 KB a case (the digests packed
eight bytes each, the repeated words interned) and reads as the dict it
replaces (a :class:`~collections.abc.Mapping` with the same keys, in the same
order, giving equal values).  A record of any other shape (a hand-edited
file) stays the dict it was read as.

The file is still one JSON document, written with one case a line
(:func:`lines`), so it can be read a line at a time (:func:`read_lines`)
without decoding the whole document at once; the figures are in
docs/performance.md (wt-rss).  Nothing here imports Textual.
"""

from __future__ import annotations

import json
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

try:
    import orjson
except ImportError:  # a platform without its wheel: the standard module reads and writes the same JSON
    orjson = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from oncall_tui.core.model import Case

KEYS = ("id", "kind", "title", "open", "status", "priority", "owner", "customer", "sentiment", "events", "items",
        "problems")
"""A case's record in a snapshot, in the order it is written."""
_TOP = 1 << 64
_intern = sys.intern


def _digest(value: str) -> int:
    """64 bits of two C checksums, as one integer (cheaper than a hex hash).  Nothing here is secret: a
    crafted collision can only hide one change from the person's own view."""
    data = value.encode("utf-8", "surrogatepass")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def _keyed(values: list[str]) -> list[int]:
    """Digests of *values*; a repeated value's second, third… copy gets another (so two identical items stay two)."""
    keys = [_digest(value) for value in values]
    if len(set(values)) == len(values):
        return keys
    seen: dict[str, int] = {}
    for i, value in enumerate(values):
        n = seen[value] = seen.get(value, 0) + 1
        if n > 1:
            keys[i] = _digest(f"{value}\x00#{n}")
    return keys


def event_keys(case: Case) -> list[int]:
    return _keyed([f"{event.at}\x00{event.text}" for event in case.timeline])


def item_keys(case: Case) -> list[int]:
    return _keyed([item.text for item in case.action_items])


def _packed(values: object) -> bytes | None:
    """*values* (a list of digests) as eight bytes each; None when it is anything else."""
    if type(values) is not list or not set(map(type, values)) <= _INT:
        return None
    if not values:
        return b""
    try:
        return array("Q", values).tobytes()
    except OverflowError:  # below 0 or over 64 bits: not a digest of ours
        return None


_INT = {int}
_LIST = {list}
_STR = {str}
_STR_OR_NONE = {str, type(None)}
_NUMBER = {int, float}
_PAIR = {2}


def _word(value: str | None) -> str | None:
    """One string object for each repeated word (kind, status, priority, owner, customer, sentiment label): a
    mark of 10,000 cases holds ~50,000 of them."""
    return value if value is None else _intern(value)


def _unpacked(data: bytes) -> list[int]:
    values = array("Q")
    values.frombytes(data)
    return values.tolist()


class SeenCase(Mapping):
    """A snapshot's record of one case (see the module docstring); read it as the dict ``case_record`` makes."""

    __slots__ = ("_fields", "_sentiment", "_events", "_item_keys", "_item_status", "_problems")

    def __init__(self, fields: tuple, sentiment: tuple | None, events: bytes, item_keys: bytes,
                 item_status: tuple[str, ...], problems: bytes) -> None:
        self._fields = fields  # id, kind, title, open, status, priority, owner, customer
        self._sentiment = sentiment
        self._events = events
        self._item_keys = item_keys
        self._item_status = item_status
        self._problems = problems

    @classmethod
    def of(cls, case: Case) -> SeenCase:
        """What a snapshot keeps of *case*."""
        sentiment = case.sentiment
        return cls(
            (case.id, case.kind, case.title, case.is_open, case.status, case.priority, case.owner, case.customer),
            None if sentiment is None else (sentiment.label, round(sentiment.score, 3)),
            array("Q", event_keys(case)).tobytes(), array("Q", item_keys(case)).tobytes(),
            tuple(item.status for item in case.action_items), array("Q", _keyed(list(case.problems))).tobytes())

    @classmethod
    def read(cls, record: dict) -> Mapping:
        """*record* as read from a file: a :class:`SeenCase` when it has exactly the shape this module writes,
        else the dict itself (every value the same either way)."""
        if type(record) is not dict or tuple(record) != KEYS:
            return record
        id_, kind, title, is_open, status, priority, owner, customer, sentiment, events, items, problems = (
            record.values())
        events, problems = _packed(events), _packed(problems)
        if (events is None or problems is None or type(items) is not list or type(is_open) is not bool
                or not {type(id_), type(kind), type(title)} <= _STR
                or not {type(status), type(priority), type(owner), type(customer)} <= _STR_OR_NONE):
            return record
        if sentiment is not None:
            if type(sentiment) is not list or len(sentiment) != 2 or type(sentiment[0]) not in _STR_OR_NONE \
                    or type(sentiment[1]) not in _NUMBER:
                return record
            sentiment = (_word(sentiment[0]), sentiment[1])
        if items:
            if not set(map(type, items)) <= _LIST or not set(map(len, items)) <= _PAIR:
                return record
            keys, statuses = zip(*items)
            packed = _packed(list(keys))
            if packed is None or not set(map(type, statuses)) <= _STR:
                return record
        else:
            packed, statuses = b"", ()
        fields = (id_, _intern(kind), title, is_open, _word(status), _word(priority), _word(owner), _word(customer))
        return cls(fields, sentiment, events, packed, tuple(map(_intern, statuses)), problems)

    def __getitem__(self, key: str) -> Any:
        try:
            get = _GET[key]
        except (KeyError, TypeError):
            raise KeyError(key) from None
        return get(self)

    def get(self, key: str, default: Any = None) -> Any:  # Mapping's, without its exception: the diff's way in
        get = _GET.get(key) if type(key) is str else None
        return default if get is None else get(self)

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(KEYS)

    def __repr__(self) -> str:
        return f"SeenCase({dict(self)!r})"


def _field(index: int) -> Callable[[SeenCase], Any]:
    return lambda seen: seen._fields[index]


_GET: dict[str, Callable[[SeenCase], Any]] = {name: _field(i) for i, name in enumerate(KEYS[:8])}
_GET.update(
    sentiment=lambda seen: None if seen._sentiment is None else list(seen._sentiment),
    events=lambda seen: _unpacked(seen._events),
    items=lambda seen: [[key, status] for key, status in zip(_unpacked(seen._item_keys), seen._item_status)],
    problems=lambda seen: _unpacked(seen._problems),
)


# -- the file, one case a line ---------------------------------------------------------------------

def dumps(value: object) -> bytes:
    """*value* as compact JSON (orjson; the standard module for what orjson refuses, a lone surrogate)."""
    if orjson is not None:
        try:
            return orjson.dumps(value)
        except (orjson.JSONEncodeError, TypeError):
            pass
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def loads(data: bytes) -> object:
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # what orjson refuses (a lone surrogate escaped by the standard encoder) goes the standard way
    return json.loads(data)


BLOCK = 256
"""Cases a written block holds."""
HEAD_BYTES = 1 << 16
"""A first line longer than this is not a head :func:`lines` wrote."""


def lines(head: dict, cases: Mapping[str, Mapping]) -> Iterator[bytes]:
    """The JSON document ``{**head, "cases": cases}`` in blocks, one case a line: *head*'s fields and
    ``"cases":{`` on the first line, each ``"path":{record}`` on its own, ``}}`` on the last.  JSON escapes
    every newline inside a string, so a line break is only ever between cases."""
    top = dumps({**head, "cases": {}})
    yield top[:-2] + b"\n"
    block: list[bytes] = []
    last = len(cases) - 1
    for n, (path, record) in enumerate(cases.items()):
        block.append(dumps({path: dict(record)})[1:-1] + (b",\n" if n < last else b"\n"))
        if len(block) >= BLOCK:
            yield b"".join(block)
            block = []
    block.append(b"}}")
    yield b"".join(block)


def read_lines(blocks: Iterable[bytes]) -> tuple[dict, dict[str, Mapping]] | None:
    """The head and the cases of a file written by :func:`lines`, read from *blocks* (the file's bytes in
    pieces of any size) a case at a time, each kept as a :class:`SeenCase`; None when the file is not laid out
    so (the caller then reads it as one document).  A record that is not an object is kept as it is, for the
    caller to refuse."""
    head: dict | None = None
    cases: dict[str, Mapping] = {}
    held: bytes | None = None  # the last whole line: a case, followed by a comma unless it is the last
    rest = b""
    for block in blocks:
        got = (rest + block).split(b"\n")
        rest = got.pop()
        for line in got:
            if head is None:
                head = _head(line)
                if head is None:
                    return None
                continue
            if held is not None and not _case(held, ",", cases):
                return None
            held = line
        if head is None and len(rest) > HEAD_BYTES:  # one document on one line (an older file)
            return None
    if head is None or rest != b"}}" or (held is not None and not _case(held, "", cases)):
        return None
    return head, cases


def _head(line: bytes) -> dict | None:
    if not line.endswith(b'"cases":{'):
        return None
    try:
        head = loads(line + b"}}")
    except ValueError:
        return None
    return head if isinstance(head, dict) and head.get("cases") == {} else None


def _case(line: bytes, comma: str, cases: dict[str, Mapping]) -> bool:
    """Read one case's line into *cases*; *comma*: what must end it (a comma after every case but the last)."""
    if comma:
        if not line.endswith(b","):
            return False
        line = line[:-1]
    elif line.endswith(b","):
        return False
    try:
        record = loads(b"{" + line + b"}")
    except ValueError:
        return False
    if not isinstance(record, dict) or len(record) != 1:
        return False
    for path, value in record.items():
        cases[path] = SeenCase.read(value) if type(value) is dict else value
    return True


def compact(cases: dict) -> dict[str, Mapping]:
    """A whole document's cases (an older file, read at once) as :class:`SeenCase` records, in place."""
    for path, value in cases.items():
        if type(value) is dict:
            cases[path] = SeenCase.read(value)
    return cases
