"""plain()'s fast paths against markdown-it's inline parser, their oracle.

:func:`tree.plain` skips markdown-it for text without markup and for text whose only markup is
one ``*``/``**`` span at its start (``**Owner:** Ana``).  Whatever it returns must be what
:func:`tree._plain_markdown` (markdown-it alone) returns: checked on hand-picked strings around the
flanking rules, on every piece of inline text of the seeds and ``data/``, and on generated strings
over an alphabet of stars, spaces of several kinds, ASCII and Unicode punctuation and letters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncall_tui.core.parse import tree
from oncall_tui.core.text import decode

REPO = Path(__file__).resolve().parents[2]

CASES = [
    "**Owner:** Ana Lima", "**Owner**: Ana", "*\"It broke again.\"* - Dana, ops", "**a**", "*a*", "**a**b", "*a*b",
    "** a**", "**a **", "**a** ", "* a*", "*a *", "**:**", "**.**x", "**.** x", "*.*.", "*(a)*b", "**a**.",
    "**a**\u00a0b", "**a\u00a0**b", "**\u2003a**", "**a\u2003**", "*a\n*", "**a\nb** c", "**a**\nb", "*é*ü", "**€**x",
    "**a**\u3000x", "*a**", "**a*", "***a***", "**a** **b**", "**a*b**", "*a**b*", "**", "*", "* *", "****",
    "**a**_b", "**a** `c`", "**a** [x](y)", "*a* &amp;", "*\u200ba*", "*a\u200b*", "**-**1", "*1*-", "*a*\u2019s",
    "**x:**\t  y", "*\t*", "**a\r**", "**\x85a**",
]


@pytest.mark.parametrize("raw", CASES)
def test_hand_picked(raw: str) -> None:
    assert tree.plain(raw) == tree._plain_markdown(raw)


def test_fast_path_taken() -> None:
    """The shapes the generated and real files use most skip markdown-it."""
    for raw in ("**Owner:** Ana Lima", "*\"It broke again.\"* - Dana, ops", "**Next steps:**"):
        assert tree._one_emphasis(raw) == tree._plain_markdown(raw)
    assert tree._one_emphasis("** a**") is None  # the opener cannot open: markdown-it decides


def _inline_pieces(root: tree.Section):
    for section in root.walk():
        yield section.title
        stack = list(section.blocks)
        while stack:
            block = stack.pop()
            if isinstance(block, tree.Para):
                yield block.raw
                yield from (text for _, text in block.raw_lines())
            elif isinstance(block, tree.ListBlock):
                for item in block.items:
                    stack.extend([item.para] if item.para else [])
                    stack.extend(item.children)
            elif isinstance(block, tree.Quote):
                stack.extend(block.children)
            elif isinstance(block, tree.Table):
                yield from block.header
                yield from (cell for row in block.rows for cell in row.cells)


def test_every_piece_of_the_seeds_and_data() -> None:
    folders = [REPO.parent / "shared" / "seed-cases", REPO / "data", REPO / "tests" / "corpus"]
    files = [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*")) if p.is_file()]
    assert files
    checked = 0
    for path in files:
        root, _ = tree.build(decode(path.read_bytes()).text)
        for raw in _inline_pieces(root):
            assert tree.plain(raw) == tree._plain_markdown(raw), (path.name, raw)
            checked += 1
    assert checked > 1000


SAFE = ["*", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u200b", "\x85", "a", "Z", "é", "1", ":", ".", "-",
        "\"", "'", "(", ")", "€", "\u2019", "«", "x y"]
MARKUP = ["_", "`", "&", "\\", "[", "]", "!", "<", "**"]


@st.composite
def starry(draw) -> str:
    """Mostly one leading span and a tail without other markup (the fast path's shape); sometimes any mix."""
    safe = st.lists(st.sampled_from(SAFE), max_size=6).map("".join)
    if draw(st.integers(0, 5)) == 0:
        return draw(st.lists(st.sampled_from(SAFE + MARKUP), max_size=10).map("".join))
    star = draw(st.sampled_from(["*", "**"]))
    return star + draw(safe) + star + draw(safe)


def test_fuzz_reaches_the_fast_path() -> None:
    """The fuzz is not vacuous: a good share of its strings take the fast path."""
    taken = []

    @settings(max_examples=300, deadline=None, database=None)
    @given(starry())
    def probe(raw: str) -> None:
        taken.append(raw[:1] == "*" and tree._one_emphasis(raw) is not None)

    probe()
    assert sum(taken) > len(taken) // 5


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(starry())
def test_fuzz_against_markdown_it(raw: str) -> None:
    assert tree.plain(raw) == tree._plain_markdown(raw)


@pytest.mark.slow
@settings(max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(starry())
def test_fuzz_against_markdown_it_long(raw: str) -> None:
    assert tree.plain(raw) == tree._plain_markdown(raw)
