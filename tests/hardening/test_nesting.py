"""Deep nesting: markdown-it stops at ``maxNesting`` (which keeps recursion shallow), and now says so.

Past the limit markdown-it drops blocks without a word: the inside of the
container, and for a list item everything to the end of the enclosing
blocks, often the rest of the file.  With the commonmark preset's 20 that
was a ten-level list; the limit is now 100 (50 list levels), and whatever
is still past it is named in a problem with its lines.
"""

from __future__ import annotations

import sys
import threading

import pytest

from oncall_tui.core.parse import parse_text
from oncall_tui.core.parse.tree import NESTING_LIMIT
from tests.hardening.guard import timed

LIST_LEVELS = NESTING_LIMIT // 2  # a list level is a list and an item


def nested_list(depth: int) -> str:
    return "# Outline\n\n" + "".join("  " * i + f"- level {i}\n" for i in range(depth))


def nested_quotes(depth: int) -> str:
    return "# Quotes\n\n" + "".join(">" * (i + 1) + f" quote {i}\n\n" for i in range(depth))


AFTER = "\n## Action Items\n\n- [ ] still read\n"


def test_a_twelve_level_outline_is_read_whole() -> None:
    """Twelve levels lost the rest of the file under the preset's limit of 20."""
    case = parse_text(nested_list(12) + AFTER, "x.md")
    assert case.problems == []
    assert [item.text for item in case.action_items] == ["still read"]


def test_the_deepest_list_that_fits_is_read_without_a_problem() -> None:
    case = parse_text(nested_list(LIST_LEVELS - 1) + AFTER, "x.md")
    assert case.problems == []
    assert [item.text for item in case.action_items] == ["still read"]


def test_one_level_more_names_the_lines_that_were_not_read() -> None:
    text = nested_list(LIST_LEVELS) + AFTER
    case = parse_text(text, "x.md")
    last = len(text.rstrip("\n").split("\n"))
    assert case.problems == [
        f"lines {LIST_LEVELS + 2}-{last} not read: lists or quotes nested too deeply (markdown depth over 100)"
    ]
    assert case.action_items == []  # markdown-it skipped to the end of the outer list: the file says so


def test_quotes_nest_to_the_limit_and_one_more_is_reported() -> None:
    assert parse_text(nested_quotes(NESTING_LIMIT - 1), "q.md").problems == []
    problems = parse_text(nested_quotes(NESTING_LIMIT), "q.md").problems
    assert len(problems) == 1 and "nested too deeply" in problems[0], problems


@pytest.mark.parametrize("text", [
    "- " * 5000 + "x\n",
    ">" * 5000 + " x\n",
    "> - 1. " * 3000 + "x\n",
    "".join("  " * i + "- x\n" for i in range(1000)),
    "".join(">" * i + " x\n" for i in range(1, 1400)),
], ids=["list-5000", "quote-5000", "mixed-9000", "indented-list-1000", "quote-lines-1400"])
def test_thousands_of_levels_become_a_problem_not_a_recursion_error(text: str) -> None:
    case, _ = timed("deep nesting", lambda: parse_text(text, "deep.md"))
    assert any("nested too deeply" in p for p in case.problems), case.problems
    assert not any("RecursionError" in p or "parser error" in p for p in case.problems)


def test_one_line_of_5000_quotes_names_line_one() -> None:
    assert parse_text(">" * 5000 + " x\n", "q.md").problems == [
        "line 1 not read: lists or quotes nested too deeply (markdown depth over 100)"
    ]


def test_deep_nesting_parses_in_a_worker_thread_at_the_default_recursion_limit() -> None:
    """Worker threads parse too; the deepest input must fit in Python's default limit with room to spare."""
    results: list = []
    text = nested_list(LIST_LEVELS - 1) + AFTER + "\n" + ">" * 5000 + " x\n\n" + "- " * 5000 + "y\n"

    def work() -> None:
        results.append(parse_text(text, "deep.md"))

    old = sys.getrecursionlimit()
    sys.setrecursionlimit(600)  # well under the default 1,000
    try:
        thread = threading.Thread(target=work)
        thread.start()
        thread.join(60)
    finally:
        sys.setrecursionlimit(old)
    assert results, "the parse did not finish"
    case = results[0]
    assert not any("RecursionError" in p or "parser error" in p for p in case.problems), case.problems
    assert sum("nested too deeply" in p for p in case.problems) == 2
    assert [item.text for item in case.action_items] == ["still read"]
