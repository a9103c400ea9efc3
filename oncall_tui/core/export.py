"""The headless commands' work: the JSON export and the folder ``check``.

Both read the folder through :class:`~oncall_tui.core.store.CaseStore`, so
they see exactly what the TUI sees (same file rules, same unique ids), and
both run without Textual.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from oncall_tui.core.folder import DEFAULT_MAX_BYTES

try:
    import orjson
except ImportError:  # a platform without its wheel: the standard encoder gives the same text
    orjson = None  # type: ignore[assignment]

from oncall_tui.core.model import Case, Sentiment
from oncall_tui.core.store import CaseStore
from oncall_tui.core.text import escape_controls


def _one_line(text: str) -> str:
    """Control and bidi characters spelled as the TUI shows them (``\\x1b``, ``\\u202e``): a file name with a
    newline stays one report line, and nothing in a file name or a quote from a file steers a CI log's terminal."""
    return escape_controls(text)


def export_cases(cases: Iterable[Case]) -> list[dict]:
    """The export contract's objects, sorted by path."""
    return [case.export_dict() for case in sorted(cases, key=lambda c: c.path)]


Progress = Callable[[int, int], None]


def load_store(root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, use_cache: bool = True,
               progress: Progress | None = None, day_first: bool | str = "auto", freeze_gc: bool = False) -> CaseStore:
    """A store with the whole folder read, as the app reads it; raises OSError when *root* is not a folder.

    Like the app it uses the parse cache (*use_cache*; a warm run reads
    cached cases instead of parsing) and the process pool for a cold run
    of many files, and honours the size limit of the settings (*max_bytes*).
    *progress* hears (done, total) as files are read; *day_first* is the ``[parse] day_first`` setting.
    *freeze_gc* (a one-shot command) moves the cases out of the cyclic GC's sight for good, as the app does
    (:meth:`CaseStore.load_all`): its first pass no longer walks them, nor does the one at the process's exit.
    """
    cache = None
    if use_cache:
        from oncall_tui.core.cache import ParseCache

        cache = ParseCache(root, day_first=day_first)
    store = CaseStore(root, max_bytes=max_bytes, cache=cache, day_first=day_first)
    store.load_all(progress, freeze_gc=freeze_gc, one_shot=True)
    return store


_C1 = re.compile("[\x7f-\x9f]")


def dumps(data: object) -> str:
    """``json.dumps(data, indent=2, ensure_ascii=False)``, the same text, made by orjson when it can.

    The standard library encodes with its pure-Python encoder as soon as
    ``indent`` is given (60 % of a warm export of 2,000 cases); orjson writes
    the same bytes ~14x faster.  What orjson refuses (an integer past 64 bits,
    such as the mtime of a file touched into the year 9999; a lone surrogate)
    goes the standard way.
    """
    if orjson is not None:
        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
        except (orjson.JSONEncodeError, TypeError, UnicodeDecodeError):
            pass
    return json.dumps(data, indent=2, ensure_ascii=False)


def export_json(root: Path, **load: object) -> str:
    """The folder as the contract's JSON array, with a trailing newline.

    Non-ASCII text stays as it is (bidi characters are data here), but DEL
    and the C1 controls are written as ``\\u0080``-style escapes like the C0
    controls ``json.dumps`` escapes itself: the same JSON values, and no byte
    a terminal acts on when the export is printed.  They can only occur
    inside strings, so the substitution cannot touch the JSON's structure.
    The text is :func:`export_blocks`' (a lone surrogate, from a file name
    that is not UTF-8, stays in the text, as ``json.dumps`` leaves it).
    """
    cases = load_store(root, **load).cases()  # type: ignore[arg-type]
    return "".join(b if type(b) is str else b.decode("utf-8") for b in _blocks(cases))


def export_blocks(root: Path, **load: object) -> Iterator[bytes]:
    """:func:`export_json`'s text as UTF-8 blocks, to write one by one; the folder is read before this returns.

    A lone surrogate (a file name that is not UTF-8, read with ``surrogateescape``) cannot be UTF-8: it is
    written as its JSON escape (``\\udcff``), so the output is valid UTF-8 and a JSON reader gets the same
    string back.  It can only occur inside a string, so the substitution cannot touch the JSON's structure.
    """
    cases = load_store(root, **load).cases()  # type: ignore[arg-type]
    return (b if type(b) is bytes else _utf8(b) for b in _blocks(cases))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(lambda m: "\\u%04x" % ord(m.group()), text).encode("utf-8")


_BATCH = 200  # cases a block: ~1.3 MB of JSON for generated cases, few writes and little memory
_CASE_FIELDS = tuple(name for name, info in Case.model_fields.items() if not info.exclude)
_SENTIMENT_FIELDS = tuple(Sentiment.model_fields)
_C1_BYTES = re.compile(rb"\x7f|\xc2[\x80-\x9f]")  # DEL, and U+0080..U+009F in UTF-8


def _escape_c1(match: re.Match) -> bytes:
    return b"\\u%04x" % ord(match.group().decode("utf-8"))


def _fields(case: Case) -> dict:
    """The case's export object for orjson: :meth:`Case.export_dict`'s keys, in its order, with the events and
    items left as the dataclasses they are (orjson writes a dataclass's fields in order, as pydantic dumps them)
    and the sentiment as a dict.  A tenth of ``model_dump``'s cost; the same JSON (tests/core/test_export_stream.py)."""
    obj = {name: getattr(case, name) for name in _CASE_FIELDS}
    sentiment = obj["sentiment"]
    if sentiment is not None:
        obj["sentiment"] = {name: getattr(sentiment, name) for name in _SENTIMENT_FIELDS}
    return obj


def _batch_json(cases: list[Case]) -> bytes | str:
    """The cases as :func:`dumps` writes them inside the array: each indented by two, ``,\\n`` between them.

    bytes from orjson; str from the standard encoder when orjson refuses a
    value (as :func:`dumps` does), which may hold a lone surrogate.
    """
    if orjson is not None:
        try:
            raw = orjson.dumps([_fields(c) for c in cases], option=orjson.OPT_INDENT_2)[2:-2]
        except (orjson.JSONEncodeError, TypeError):
            pass
        else:  # two memchr scans; the regex (15x slower: its first byte is a choice) only where it can match
            return _C1_BYTES.sub(_escape_c1, raw) if b"\x7f" in raw or b"\xc2" in raw else raw
    text = json.dumps([c.export_dict() for c in cases], indent=2, ensure_ascii=False)[2:-2]
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _blocks(cases: Iterable[Case]) -> Iterator[bytes | str]:
    """The export, in blocks of :data:`_BATCH` cases: the same text as ``dumps(export_cases(cases))`` with the
    C1 escapes and a newline, which ``json.dumps`` of a list is: ``[\\n``, the items joined by ``,\\n``, ``\\n]``."""
    ordered = sorted(cases, key=lambda c: c.path)
    if not ordered:
        yield b"[]\n"
        return
    yield b"[\n"
    for start in range(0, len(ordered), _BATCH):
        block = _batch_json(ordered[start:start + _BATCH])
        if start:
            yield b",\n" if type(block) is bytes else ",\n"
        yield block
    yield b"\n]\n"


def check(root: Path, *, stats: bool = False, **load: object) -> tuple[list[str], int]:
    """One ``path: problem`` line per problem and per skipped file, then a summary.

    The exit code is 1 when any case file has a problem, or when there is no case file at all
    ("no case files found": usually the wrong folder).  Skipped files (a
    symlink out of the folder, a FIFO) are listed but do not fail the check:
    they are usually there on purpose and are not case files.  A status the
    parser inferred (no ``Status:`` line) is listed too, so a team can write
    one where it disagrees; it is not a problem.  With *stats*, a table per
    kind of what was read follows (:func:`corpus_stats`).
    """
    store = load_store(root, **load)  # type: ignore[arg-type]
    lines: list[str] = []
    with_problems = 0
    inferred = 0
    cases = store.cases()
    for case in sorted(cases, key=lambda c: c.path):
        if case.problems:
            with_problems += 1
        lines.extend(f"{_one_line(case.path)}: {_one_line(problem)}" for problem in case.problems)
        if case.status_basis == "inferred":
            inferred += 1
            lines.append(f"{_one_line(case.path)}: status inferred: {case.status} (no Status: line; add one if this is wrong)")
    skipped = store.skipped
    lines.extend(f"{_one_line(rel)}: skipped: {_one_line(reason)}" for rel, reason in sorted(skipped.items()))
    if not len(store):  # a wrong folder (or an empty one) must not pass as a clean one
        lines.append("no case files found" + (f" ({len(skipped)} skipped)" if skipped else ""))
        return lines, 1
    summary = f"{len(store)} files, {with_problems} with problems"  # numbers only: nothing to escape
    if skipped:
        summary += f", {len(skipped)} skipped"
    if inferred:
        summary += f", {inferred} with an inferred status"
    lines.append(summary)
    if stats:
        lines.append("")
        lines.extend(corpus_stats(cases))
    return lines, 1 if with_problems else 0


_NO_TIME = ("timeline entry has no time", "timeline row has no time", "has a time but no date")
STATS_COLUMNS = ("files", "with timeline", "events", "events without a time", "items", "inferred statuses")


def stats_by_kind(cases: Iterable[Case]) -> dict[str, dict[str, int]]:
    """Per kind (and ``total``): files, files with a timeline, events found, timeline entries whose time
    or date could not be read, action items found, statuses inferred."""
    table: dict[str, dict[str, int]] = {}
    for case in cases:
        for key in (case.kind, "total"):
            row = table.setdefault(key, dict.fromkeys(STATS_COLUMNS, 0))
            row["files"] += 1
            row["with timeline"] += bool(case.timeline)
            row["events"] += len(case.timeline)
            row["events without a time"] += sum(1 for p in case.problems if any(m in p for m in _NO_TIME))
            row["items"] += len(case.action_items)
            row["inferred statuses"] += case.status_basis == "inferred"
    order = ["escalation", "meeting", "incident", "note", "handover", "total"]
    return {kind: table[kind] for kind in order if kind in table}


def corpus_stats(cases: Iterable[Case]) -> list[str]:
    """:func:`stats_by_kind` as an aligned text table."""
    table = stats_by_kind(cases)
    widths = [max(len("kind"), *(len(k) for k in table))] + [len(c) for c in STATS_COLUMNS]
    out = ["  ".join([f"{'kind':<{widths[0]}}"] + [f"{c:>{w}}" for c, w in zip(STATS_COLUMNS, widths[1:])])]
    for kind, row in table.items():
        out.append("  ".join([f"{kind:<{widths[0]}}"] + [f"{row[c]:>{w}}" for c, w in zip(STATS_COLUMNS, widths[1:])]))
    return out
