"""The whole-text tests done with ``str.find`` give what the regexes they replaced give (issue 14, cold index).

A regex whose first character is a class or an alternation (``[Tt](?:ime|IME)``, the people words, ``overall``
ignoring case) scans a 5 KB case file at a fraction of ``str.find``'s speed; the fast versions must answer
exactly as the regexes (kept as the oracles) on any text, including non-ASCII letters whose case folding
``re`` treats specially (``ſ``, ``K``, ``İ``) and words split across lines.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from oncall_tui.core import datewords
from oncall_tui.core.datewords import _TIME_WORD, next_time_word, zone_statements
from oncall_tui.core.parse import facts

PIECES = ["time", "Time", "TIME", "tIME", "tIme", "ime", "IME", "T", "t", "im", "e", "overall", "OVERALL", "OverAll",
          "overal", "l", ":", "\n", " ", "x", "ſ", "K", "İ", "é", "(UTC)", "All times in UTC", "Timeline (PDT)",
          "| Time (UTC) |", "Attendees", "ATTENDEES", "articipants", "Present", "People", "ho was there",
          "esponders", "ttendance", "PEOPLE", "Who", "was", "there", "\r"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=60)


def _zone_statements_by_regex(text: str) -> list:
    """zone_statements as it was, with the regex search for the word."""
    real = datewords.next_time_word

    def by_regex(text: str, pos: int, _caps: bool) -> int:
        found = _TIME_WORD.search(text, pos)
        return -1 if found is None else found.start()

    datewords.next_time_word = by_regex
    try:
        return zone_statements(text)
    finally:
        datewords.next_time_word = real


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=50))
def test_next_time_word_is_the_regex_search(text: str, pos: int) -> None:
    found = _TIME_WORD.search(text, pos)
    assert next_time_word(text, pos, "IME" in text) == (-1 if found is None else found.start())


@settings(max_examples=200, deadline=None)
@given(texts)
def test_zone_statements_are_unchanged(text: str) -> None:
    assert zone_statements(text) == _zone_statements_by_regex(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_people_and_overall_tests_are_the_regexes(text: str) -> None:
    assert facts.may_name_people(text) == (facts.PEOPLE_WORD.search(text) is not None)
    assert facts._says_overall(text) == (facts._OVERALL.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_marked_lines_are_the_per_line_search(text: str) -> None:
    lines = text.split("\n")
    expected = [n for n, line in enumerate(lines) if ":" in line and facts._OVERALL.search(line) is not None]
    assert facts._marked_lines(lines) == expected


def test_examples() -> None:
    assert next_time_word("a Time b", 0, False) == 2
    assert next_time_word("ime time", 0, False) == 4
    assert next_time_word("xTIME", 0, True) == 1
    assert next_time_word("xTIME", 0, False) == -1  # the caller says whether IME is there
    assert facts._marked_lines(["Overall: x", "overall", "a: OVERALL overall", "ſ: overall"]) == [0, 2, 3]
    assert facts.may_name_people("## Who was there") and not facts.may_name_people("nobody")


def _newline_by_counts(text: str) -> str:
    crlf = text.count("\r\n")
    cr, lf = text.count("\r") - crlf, text.count("\n") - crlf
    best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"), key=lambda pair: pair[0])
    return best[1] if best[0] else "\n"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["\r\n", "\r", "\n", "x", " "]), max_size=12).map("".join))
def test_detect_newline_is_the_counts(text: str) -> None:
    from oncall_tui.core.text import detect_newline

    assert detect_newline(text) == _newline_by_counts(text)
