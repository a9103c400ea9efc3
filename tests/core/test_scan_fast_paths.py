"""The block scanner's one-line list item path builds what its general path builds (issue 14, cold index).

``_Scanner.one_line_item`` answers, for an item whose first line is a paragraph of its own, what
``tokenize``/``block``/``paragraph`` would; turned off (always "not mine"), the scanner takes the general
path for every item.  Both must give the same tree (or both hand the document back) on the block scanner's
fuzz of tricky lines and of mutated case files, and on generated case files, where the path must be taken.
"""

from __future__ import annotations

from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncall_tui.core.parse import scan as scan_module
from oncall_tui.core.parse import tree
from tests.core.test_block_scanner import BASES, dump, mutated_document, normal, tricky_document

@contextmanager
def general_path_only():
    real = scan_module._Scanner.one_line_item
    scan_module._Scanner.one_line_item = lambda *_args: False
    try:
        yield
    finally:
        scan_module._Scanner.one_line_item = real


@contextmanager
def no_item_runs():
    """Without the run-of-items path (tests/core/test_scan_item_runs.py), which takes most one-line items first."""
    real = scan_module._Scanner.item_run
    scan_module._Scanner.item_run = lambda _self, i, _end, marker, _items: (i, marker)
    try:
        yield
    finally:
        scan_module._Scanner.item_run = real


def scans_alike(text: str, slower):
    """The scanner as it is and inside the context *slower* (a fast path off) agree: both hand the document
    back, or both give the same tree and lines; returns the first answer."""
    fast = scan_module.scan(normal(text), tree._NODES)
    with slower():
        slow = scan_module.scan(normal(text), tree._NODES)
    assert (fast is None) == (slow is None)
    if fast is not None:
        assert dump(fast[0]) == dump(slow[0]), text[:2000]
        assert fast[1] == slow[1]
    return fast


def both_ways(text: str):
    with no_item_runs():
        return scans_alike(text, general_path_only)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(tricky_document(), mutated_document()))
def test_fuzzed_documents_scan_alike_with_and_without_the_one_line_item_path(text: str) -> None:
    both_ways(text)


def test_generated_case_files_take_the_path_and_scan_alike() -> None:
    taken = []
    real = scan_module._Scanner.one_line_item

    def counting(self, *args):
        answer = real(self, *args)
        taken.append(answer)
        return answer

    scan_module._Scanner.one_line_item = counting
    try:
        for text in BASES:
            assert both_ways(text) is not None
    finally:
        scan_module._Scanner.one_line_item = real
    assert sum(taken) > len(taken) / 2  # most items of a case file are one line each


def _marker_by_regex(c: str, p: int):
    from oncall_tui.core.parse.scan_lines import _BULLET, _ORDERED

    m = _ORDERED.match(c, p)
    if m is not None:
        return True, m.end(), m.group(1), int(c[p:m.end() - 1])
    m = _BULLET.match(c, p)
    return (False, m.end(), c[p], 0) if m is not None else None


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["-", "*", "+", " ", "1", "23", ".", ")", "x", "٣", "\r", "-- ", "1234567890"]),
                max_size=8).map("".join), st.integers(min_value=0, max_value=12))
def test_the_list_marker_test_is_the_regexes(line: str, start: int) -> None:
    from oncall_tui.core.parse.scan_lines import _Lines

    lines = _Lines([line, ""], 1, tree._NODES)
    lines.bm[0], lines.sh[0] = start, 0
    assert lines.marker(0) == _marker_by_regex(line, start)
    assert lines.marker(0) == _marker_by_regex(line, start)  # asked again: the remembered answer
