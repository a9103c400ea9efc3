"""The block scanner's run-of-items path builds what its general path and markdown-it build (issue 14).

``_Runs.item_run`` reads runs of one-line list items in one loop and hands an item back to the general path
(``list_block``/``one_line_item``/``tokenize``) whenever markdown-it might do something else with it.  Turned
off (every item handed back), the scanner takes the general path; both must give the same tree, and the tree
markdown-it gives, on documents made of the lines that can make a list item more than one line of text:
lists indented 0–6 spaces, ``1)`` and ``1.``, empty items, lazy continuation lines, setext underlines, ``---``
and ``* * *``, fences, headings, quotes, tables right after a list, loose and tight lists, nested items.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncall_tui.core.parse import scan as scan_module
from oncall_tui.core.parse import tree
from oncall_tui.core.parse.scan_lines import _HEADING, opener
from tests.core.test_block_scanner import BASES, check, mutated_document, tricky_document
from tests.core.test_scan_fast_paths import _marker_by_regex, no_item_runs, scans_alike


def same_both_ways(text: str):
    """The scanner with and without item runs agree (both hand back, or the same tree); also markdown-it's."""
    fast = scans_alike(text, no_item_runs)
    check(text)
    return fast


_ITEM_MARKERS = ("- ", "- ", "* ", "+ ", "1. ", "1. ", "2. ", "1) ", "3) ", "-", "1.", "-  ", "-    ", "-     ",
                 "- - ", "* * ", "> - ")
_ITEM_TEXTS = ("text", "text", "**Owner:** Ann", "*note*", "`code` here", "- nested", "* x", "1. x", "2) y",
               "# heading", "#tag", "> quoted", "```", "~~~ x", "---", "***", "___", "===", "a | b", "| a |", "",
               " ", ":", "_x_", "+", "+x", "12) x", "123x", "[x] done", "  two spaces", "x ---", "9.")
_OTHER_LINES = ("", "", "", "   ", "lazy continuation", "  indented continuation", "    four in", "      six in",
                "---", "===", "* * *", "***", "- - -", "___", "```", "~~~", "``` py", "# Heading", "## Sub",
                "#nope", "> quote", "| a | b |", "|---|---|", "a | b", "-|-", ":", "+", "1.5 not a marker",
                "  - nested", "    - deeper", "   1) three in", "  ```", "  > q", "  # h")


@st.composite
def list_line(draw) -> str:
    indent = " " * draw(st.integers(0, 6))
    return indent + draw(st.sampled_from(_ITEM_MARKERS)) + draw(st.sampled_from(_ITEM_TEXTS))


@st.composite
def list_document(draw) -> str:
    """Runs of list items with the lines that end, continue or interrupt them in between."""
    lines = draw(st.lists(st.one_of(list_line(), list_line(), list_line(), st.sampled_from(_OTHER_LINES)),
                          min_size=1, max_size=20))
    if draw(st.integers(0, 5)) == 0:
        lines = ["> " + line for line in lines]  # the whole document in a quote (bMarks past the ">")
    elif draw(st.integers(0, 5)) == 0:
        lines = ["- " + lines[0]] + ["  " + line for line in lines[1:]]  # inside an item
    return "\n".join(lines) + draw(st.sampled_from(("", "\n")))


DOCUMENTS = st.one_of(list_document(), list_document(), tricky_document(), mutated_document())


@pytest.mark.parametrize("examples", [700, pytest.param(6_000, marks=pytest.mark.slow)])
def test_documents_scan_alike_with_and_without_item_runs(examples: int) -> None:
    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(DOCUMENTS)
    def alike(text: str) -> None:
        same_both_ways(text)

    alike()


@pytest.mark.parametrize("text", [
    "- a\n- b\n- c\n",                      # the plain run
    "- a\n- b\n\n- c\n",                    # loose
    "- a\n- b\n\n  more of b\n- c\n",       # an item going on after an empty line
    "- a\nlazy\n- b\n",                     # a lazy continuation line
    "- a\n---\n- b\n",                      # a rule ends the list (no setext: the line is outdented)
    "- a\n  ---\n",                          # a setext heading inside the item
    "- a\n* * *\n",                          # a rule made of the other bullet
    "- a\n* b\n",                            # another bullet: another list
    "1. a\n2) b\n",                          # another delimiter: another list
    "1. a\n1. b\n10. c\n",                   # the content column moves with the marker
    "- a\n-\n- c\n",                         # an empty item in the run
    "- a\n```\nx\n```\n",                    # a fence after the run
    "- a\n| x | y |\n|---|---|\n",           # a table right after a list
    "- a\n    - b\n",                        # four spaces in: a child list of a
    "  - a\n      - b\n",                    # indented list, indented child
    "- a\n     - b\n",                       # five spaces past the list: lazy text, not a marker
    "- a\n > q\n",                           # a quote ends the item and the list
    "> - a\n> - b\nlazy\n",                  # items in a quote, then a lazy line
    "- a\n# H\n- b\n",                       # a heading ends the list
    "- **Owner:** Ann\n- **Due:** Friday\n", # the commonest case-file shape
    "-     code in an item\n- b\n",          # five spaces after the marker: code
    "- [ ] \n\n- ",                           # an empty last item after a run (found by the slow fuzz)
    "-    a\n\n    - b\n",                   # after an empty line, a marker 4 columns in: not this list's
    "-    a\n    - b\n",                     # the same without the empty line: lazy text of a
    "1. parent\n   - child a\n   - child b\n2. other\n   - child c\n",  # items with a list inside
    "- a\n  1. one\n",                      # an ordered list from 1 interrupts the item's paragraph
    "- a\n  2. two\n",                      # from 2 it does not: continuation text
    "- a\n  -\n- b\n",                     # nor does an empty item
    "- a\n  ===\n",                         # a setext heading in the item
    "- a\n  ***\n- b\n",                   # a rule in the item
    "- a\n  # h\n- b\n",                   # a heading in the item
    "- a\n  ```\n  x\n  ```\n- b\n",       # a fence in the item
    "- a\n  > q\n  lazy\n- b\n",           # a quote in the item
    "- a\n  | x |\n  |---|\n",              # a table in the item
    "- a\n  - b\n\n  more\n- c\n",         # a child list, then more of the item after an empty line
], ids=repr)
def test_hand_picked_lists_scan_alike_with_and_without_item_runs(text: str) -> None:
    assert same_both_ways(text) is not None


def _items_in(blocks: list) -> int:
    count = 0
    for block in blocks:
        if isinstance(block, tree.ListBlock):
            count += len(block.items) + sum(_items_in(item.children) for item in block.items)
        elif isinstance(block, tree.Quote):
            count += _items_in(block.children)
    return count


def test_generated_case_files_read_most_items_in_runs() -> None:
    """The path is not vacuous: on generated case files it reads most list items itself."""
    read = []
    real = scan_module._Scanner.item_run

    def counting(self, i, end, marker, items):
        before = len(items)
        answer = real(self, i, end, marker, items)
        read.append(len(items) - before)
        return answer

    scan_module._Scanner.item_run = counting
    try:
        items = 0
        for text in BASES:
            scanned = same_both_ways(text)
            assert scanned is not None
            items += sum(_items_in(section.blocks) for section in scanned[0].walk())
    finally:
        scan_module._Scanner.item_run = real
    assert sum(read) > 0.6 * items


def _opener_by_regex(c: str, p: int):
    """What ``opener`` answers, from the rules' definitions (CommonMark's, as markdown-it reads them)."""
    fence = re.match(r"`{3,}|~{3,}", c[p:])
    if fence and not (c[p] == "`" and "`" in c[p + fence.end():]):
        return "fence"
    if c[p] == ">":
        return "quote"
    if re.fullmatch(r"([*_-]) *(?:\1 *){2,}", c[p:]):
        return "hr"
    if _HEADING.match(c, p):
        return "heading"
    return _marker_by_regex(c, p)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["-", "*", "_", "+", " ", "  ", "1", ".", ")", "#", ">", "`", "~", "x", "|", ":",
                                 "**", "--", "```", "=", "٣"]), min_size=1, max_size=9).map("".join),
       st.integers(min_value=0, max_value=3))
def test_what_a_line_opens_is_the_rules_definitions(line: str, start: int) -> None:
    if start < len(line):
        assert opener(line, start) == _opener_by_regex(line, start)
