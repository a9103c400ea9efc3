"""Every per-file step is linear in the file's size: no shape of a file at the 2 MiB limit hangs the parse.

Each parse runs in a child process with a generous bound (only a hang can
reach it: a linear parse of 2 MiB takes seconds, a quadratic one minutes to
hours), and must come back with a Case; problems are allowed.  The figures
per shape against the normal per-KB cost are printed by
``python -m tests.perf.bench_shapes``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.perf.bench_shapes import SHAPES, SIZE, VOICE, run_shape

BOUND = 60.0
"""Seconds: a hang catcher, not a timing target (the slowest shape takes ~15 s on a loaded 2-core machine)."""


def _voice(line: str, size: int) -> bytes:
    return (VOICE + line * max(1, (size - len(VOICE)) // len(line)) + "\n").encode()


@pytest.mark.parametrize("text, size", [
    # 57 KB of this took 7.0 s before the negation scan was bounded, 230 KB about two minutes.
    ("happy frustrated angry glad ", 230_000),
    # Each "while" halved the rest of its clause word by word: quadratic in the clause.
    ("while happy ", 230_000),
    # The stem lookup sliced the token once per length: 200,000 characters took 8.6 s, 600,000 over a minute.
    ("a", 600_000),
])
def test_long_sentiment_lines_parse_within_the_bound(text: str, size: int) -> None:
    seconds, note = run_shape(_voice(text, size), BOUND)
    assert seconds is not None, note
    assert note.startswith("Case"), note


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SHAPES))
def test_every_shape_at_the_size_limit_parses_to_a_case(name: str) -> None:
    raw = SHAPES[name](SIZE)
    assert 2 * 1024 * 1024 - 4096 < len(raw) <= 2 * 1024 * 1024
    seconds, note = run_shape(raw, BOUND)
    assert seconds is not None, f"{name}: {note}"
    assert note.startswith("Case"), f"{name}: {note}"


# -- the thematic-break rule behind a fast rejection reads every document as markdown-it does ------

def _blocks(md, text: str) -> list[tuple]:
    return [(t.type, t.tag, tuple(t.map or ()), t.markup, t.level) for t in md.parse(text)]


_LINE = st.text(alphabet=" \t-*_ab>1.", max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=8))
def test_fast_rule_check_keeps_markdown_its_blocks(lines: list[str]) -> None:
    from markdown_it import MarkdownIt

    from oncall_tui.core.parse.tree import NESTING_LIMIT, markdown

    plain_md = MarkdownIt("commonmark", {"html": False, "maxNesting": NESTING_LIMIT}).enable("table")
    plain_md.core.ruler.disable(["inline", "text_join"])
    text = "\n".join(lines) + "\n"
    assert _blocks(markdown(), text) == _blocks(plain_md, text)


@pytest.mark.parametrize("text", ["***\n", "- - -\n", "_ _ _ _\n", "- a\n  ***\n", "> ---\n", "* * * x\n", "-- -\n"])
def test_rules_still_read_as_rules(text: str) -> None:
    test_fast_rule_check_keeps_markdown_its_blocks.hypothesis.inner_test(text.splitlines())
