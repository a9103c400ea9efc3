"""Fuzzing: mutated sample files through parse → export → every edit kind → re-parse.

The mutations are the ones real folders see: lines cut, sections duplicated,
parts of another file spliced in, markup (``[bold]``, ``[/]``,
``[@click=app.quit]``) and control characters typed into lines, and the
file saved in another encoding or with other line endings.  For each
mutant: the parser never raises and its case survives ``json.dumps``; each
edit either gives bytes or says ``EditRefused``/``NothingToChange``; the
bytes re-parse to the case the edit promised; and difflib finds no change
outside the lines the edit targets.

The default run is derandomized (the same examples every time, so it never
fails for someone else by chance); the ``slow`` variant draws afresh.
"""

from __future__ import annotations

import difflib
import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncall_tui.core.edits import (
    AddActionItem,
    AddTimelineEntry,
    EditRefused,
    SetItemStatus,
    SetPriority,
    SetSentiment,
    SetStatus,
    ToggleItem,
)
from oncall_tui.core.edits.patching import find_item, find_row
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.parse.tree import build
from oncall_tui.core.text import decode
from tests.hardening.guard import no_hang

REPO = Path(__file__).resolve().parents[2]
SOURCES = [REPO / "data", REPO.parent / "shared" / "seed-cases"]
CORPUS: list[tuple[str, str]] = [
    (path.name, path.read_text(encoding="utf-8"))
    for folder in SOURCES if folder.is_dir()
    for path in sorted(folder.rglob("*")) if path.is_file() and path.suffix in (".md", ".txt")
]
INJECTED = ["[bold]", "[/]", "[@click=app.quit]x[/]", "[red]alert[/red]", "list[i]", "\x1b[31m", "\x1b]0;pwned\x07",
            "\x00", "\x85", "\x9b", "\u202e", "\u2066", "\t", "\x0c", "\x7f", "\u2028", "\r", "**", "`", "|", "✅", "⏳"]
TEXTS = ["Call [bold]Acme[/] back", "Check list[i] and [@click=app.quit]x[/]", "Restart the database",
         "Ünïcödé ✅ note — done?", "Page \x1b[31mred\x1b[0m team", "[/]", "  padded  "]
LABELS = ["Relieved", "Frustrated but [bold]patient[/]", "Angry", "Cautiously optimistic"]
NEWLINE = re.compile(r"(\r\n|\r|\n)")

OUTCOMES: dict[str, int] = {}
"""How often each edit kind wrote or refused (printed with -s)."""


def _lines(text: str) -> list[str]:
    """Lines with their endings, split the way the edits split them."""
    parts = NEWLINE.split(text)
    return [line + end for line, end in zip(parts[0::2], [*parts[1::2], ""])]


def _sections(lines: list[str]) -> list[tuple[int, int]]:
    starts = [i for i, line in enumerate(lines)
              if line.startswith("#") or (i + 1 < len(lines) and re.match(r"^[=-]{3,}\s*$", lines[i + 1]))]
    return [(a, b) for a, b in zip(starts, [*starts[1:], len(lines)])]


@st.composite
def mutants(draw) -> bytes:
    """A sample file, mutated, in some encoding and newline style."""
    name, text = draw(st.sampled_from(CORPUS))
    lines = _lines(text)
    for _ in range(draw(st.integers(0, 5))):
        if not lines:
            break
        op = draw(st.sampled_from(["cut", "splice", "dup_section", "inject", "inject", "swap"]))
        at = draw(st.integers(0, len(lines) - 1))
        if op == "cut":
            del lines[at:at + draw(st.integers(1, 12))]
        elif op == "splice":
            other = _lines(draw(st.sampled_from(CORPUS))[1])
            start = draw(st.integers(0, len(other) - 1))
            lines[at:at] = other[start:start + draw(st.integers(1, 25))]
        elif op == "dup_section":
            sections = _sections(lines)
            if sections:
                a, b = draw(st.sampled_from(sections))
                lines[b:b] = lines[a:b]
        elif op == "inject":
            line = lines[at]
            pos = draw(st.integers(0, len(line.rstrip("\r\n"))))
            lines[at] = line[:pos] + draw(st.sampled_from(INJECTED)) + line[pos:]
        else:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
    text = "".join(lines)
    style = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16", "crlf", "cr", "no-eol"]))
    if style == "crlf":
        text = re.sub(r"\r\n|\r|\n", "\r\n", text)
    elif style == "cr":
        text = re.sub(r"\r\n|\r|\n", "\r", text)
    elif style == "no-eol":
        text = text.rstrip("\r\n")
    encoding = style if style in ("utf-8-sig", "cp1252", "utf-16") else "utf-8"
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")


def _edits(draw, case: Case) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    if case.action_items:
        item = draw(st.sampled_from(case.action_items))
        out.append(("toggle item", ToggleItem(item)))
        out.append(("set item status", SetItemStatus(item, draw(st.sampled_from(["open", "in_progress", "done"])))))
    out.append(("add action item", AddActionItem(draw(st.sampled_from(TEXTS)), draw(st.sampled_from([None, "Dana"])),
                                                 draw(st.sampled_from([None, "2026-12-01"])))))
    out.append(("add timeline entry", AddTimelineEntry(datetime(2026, 11, 21, 9, 30), draw(st.sampled_from(TEXTS)))))
    out.append(("set status", SetStatus(draw(st.sampled_from(["open", "in_progress", "monitoring", "resolved", "closed"])))))
    out.append(("set priority", SetPriority(draw(st.sampled_from(["P1", "P2", "P3", "P4"])))))
    out.append(("set sentiment", SetSentiment(draw(st.sampled_from(LABELS)))))
    return out


def _item_lines(text: str, item_line: int) -> set[int]:
    """0-based lines of the item starting at 1-based *item_line*: its list item's span, or its table row."""
    root, _ = build(text)

    class _Doc:  # find_item/find_row only walk the tree
        pass

    doc = _Doc()
    doc.root = root  # type: ignore[attr-defined]
    line = item_line - 1
    if find_row(doc, line) is not None:  # type: ignore[arg-type]
        return {line}
    found = find_item(doc, line)  # type: ignore[arg-type]
    if found is None:
        return {line}
    return set(range(found[1].line, max(found[1].end, line + 1)))


def _check_diff(kind: str, before: str, after: str, edit, case: Case) -> None:
    """difflib over lines: what changed must be what *kind* may change."""
    old, new = _lines(before), _lines(after)
    ops = [op for op in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes() if op[0] != "equal"]
    assert ops, f"{kind}: bytes changed but no line did"
    last = len(old) - 1

    def gains_newline(i1: int, i2: int, j1: int, j2: int) -> bool:
        """The old last line, without an ending, kept as it was but given one (an append after it)."""
        return i2 - i1 == 1 and i1 == last and not NEWLINE.search(old[last]) and new[j1].rstrip("\r\n") == old[last]

    if kind in ("toggle item", "set item status"):
        allowed = _item_lines(before, edit.item.line)
        for tag, i1, i2, j1, j2 in ops:
            assert tag == "replace" and i2 - i1 == j2 - j1, f"{kind}: {tag} {old[i1:i2]!r} -> {new[j1:j2]!r}"
            assert set(range(i1, i2)) <= allowed, f"{kind}: changed lines {i1}-{i2}, item at {sorted(allowed)}"
    elif kind in ("add action item", "add timeline entry"):
        for tag, i1, i2, j1, j2 in ops:
            assert tag == "insert" or (tag == "replace" and gains_newline(i1, i2, j1, j2)), \
                f"{kind}: {tag} {old[i1:i2]!r} -> {new[j1:j2]!r}"
    else:  # a header field or the sentiment line: one line rewritten, or new lines inserted
        replaced = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in ops if tag == "replace" and not gains_newline(i1, i2, j1, j2)]
        assert not any(tag == "delete" for tag, *_ in ops), f"{kind}: deleted lines"
        if replaced:
            assert len(ops) == 1 and replaced[0][1] - replaced[0][0] == 1 and replaced[0][3] - replaced[0][2] == 1, \
                f"{kind}: {[(t, old[a:b], new[c:d]) for t, a, b, c, d in ops]}"


def _run(raw: bytes, draw) -> None:
    with no_hang("parse a mutant"):
        case = parse_bytes(raw, "mutant.md")
    json.dumps(case.export_dict(), ensure_ascii=False)
    decoded = decode(raw)
    for kind, edit in _edits(draw, case):
        with no_hang(kind):
            try:
                patched = edit.patch(raw, case)
            except EditRefused as exc:
                assert str(exc), f"{kind}: a refusal must say why"
                OUTCOMES[f"{kind}: refused"] = OUTCOMES.get(f"{kind}: refused", 0) + 1
                continue
        OUTCOMES[f"{kind}: written"] = OUTCOMES.get(f"{kind}: written", 0) + 1
        assert patched.data != raw
        again = parse_bytes(patched.data, "mutant.md")
        assert again.export_dict() == patched.case.export_dict(), f"{kind}: the re-parse differs from the promise"
        json.dumps(again.export_dict(), ensure_ascii=False)
        after = decode(patched.data)
        assert (after.encoding, after.bom) == (decoded.encoding, decoded.bom), f"{kind}: encoding changed"
        assert after.problems == ()
        _check_diff(kind, decoded.text, after.text, edit, case)


@settings(max_examples=120, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutants(), st.data())
def test_mutated_samples_through_parse_export_and_every_edit(raw: bytes, data) -> None:
    _run(raw, data.draw)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutants(), st.data())
def test_mutated_samples_many_more_random(raw: bytes, data) -> None:
    _run(raw, data.draw)


def teardown_module() -> None:
    if OUTCOMES:
        print("\nedit outcomes over the mutants:", ", ".join(f"{k} {v}" for k, v in sorted(OUTCOMES.items())))
