"""The per-file parser's fast paths (issue 14, cold index) against the slow paths they stand for.

Each fast path below skips work whose answer is known in advance (a pattern that cannot match a text
without a ``:``, a scan of the whole text asked only when a heading could use it, a date parse for a
year already written in range); each test compares it with the slow path, kept here or reachable
through the same function, on generated documents and strings built from the pieces those paths
look at.  That the parse of whole folders is byte for byte the same is shown by
``python -m tests.perf.parse_diff`` (docs/performance.md, "wt-items").
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from oncall_tui.core.dates import Context, from_iso, is_unreachable, reachable, reachable_iso, sort_key
from oncall_tui.core.parse import actions, facts, fields, parse_text, timeline
from oncall_tui.core.parse.tree import ListBlock, Para, build

LINES = [
    "# Incident report", "## Attendees", "## Att*end*ees", "## People", "## Present:", "## Timeline",
    "## Action items", "## Actions taken", "## Customer feedback", "### Who was there", "Attendees: Ana (Bo), Cy",
    "**Attendees:** Ana Lima, Bo", "- Ana, Bo and Cy", "- **Owner:** Ana", "- Owner: Bo", "  - Due: 2024-03-08",
    "  - Status: done", "- [x] Fix it — Ana", "- TODO(bo): check", "- **14:03:00** - Alert fired", "- 14:10 paged",
    "- **March 3, 9:15 AM:** rolled back", "| Time | Event |", "|---|---|", "| 09:00 | up |", "Overall sentiment: Happy",
    "**Overall customer sentiment:** angry", "overall: fine", "OVERALL SENTIMENT: calm", "Sentiment: mixed",
    "\"This is terrible.\" - Dana", "Date: 2024-03-02", "Created: 9999-01-01", "Status: resolved", "", "  ", "- ",
    "1. **Short-term:**", "   - Add alerts by Friday", "ACTION: Bo to fix (due 2024-03-09)", "text with: colon",
    "Time: 10:00 UTC", "All times in UTC", "- Ana (owner: Cy) do it", "* overall: x", "> quoted: line",
]
documents = st.lists(st.sampled_from(LINES), max_size=30).map("\n".join)
PIECES = ["*", "**", "_", "__", "`", " ", "a", "B", ":", "-", "—", "at", "(", ")", "\t", "é", "\u00a0", "by", "due"]
strings = st.lists(st.sampled_from(PIECES), max_size=20).map("".join) | st.text(max_size=40)


@settings(max_examples=150, deadline=None)
@given(documents)
def test_people_headings_before_the_text_scan(text: str) -> None:
    """The people sections counted only when the text has a people word, as when the text was asked first."""
    root, _lines = build(text)
    found = fields.collect(root)
    slow = facts._known_people(found, root if facts.may_name_people(text) else None)
    assert facts._known_people(found, root, text) == slow


@settings(max_examples=150, deadline=None)
@given(documents)
def test_sentiment_label_searched_in_the_lines_only(text: str) -> None:
    """``overall`` looked for once, in the tree's lines: the same sentiment as looking in the text first."""
    root, lines = build(text)
    found = fields.collect(root)
    fast = facts._sentiment(root, found, text, lines)
    assert fast == facts._sentiment(root, found, text, None)
    assert fast == facts._sentiment(root, found, None, None)


def _collect_everything(root) -> list[fields.Field]:
    """collect() without its `:` tests: field_of asked of every paragraph line and every item's first line."""
    out: list[fields.Field] = []

    def blocks(items, in_list: bool) -> None:
        for block in items:
            if isinstance(block, Para):
                out.extend(f for line, text in block.raw_lines() if (f := fields.field_of(text, line, in_list)))
            elif isinstance(block, ListBlock):
                for item in block.items:
                    if item.para is not None:
                        first = item.para.raw_lines()[0][1]
                        out.extend(f for f in [fields.field_of(first, item.para.line, True)] if f)
                    blocks(item.children, True)

    for section in root.walk():
        blocks(section.blocks, False)
    return out


@settings(max_examples=150, deadline=None)
@given(documents.filter(lambda text: "|" not in text))
def test_collect_skips_only_lines_without_a_colon(text: str) -> None:
    """(Tables, read the same way on both sides, are left out of these documents.)"""
    root, _lines = build(text)
    assert fields.collect(root).all == _collect_everything(root)


@settings(max_examples=300, deadline=None)
@given(strings)
def test_clean_value_without_markup_skips_the_pattern(value: str) -> None:
    assert fields.clean_value(value) == fields._VALUE_MARKUP.sub("", value).strip()


YEARS = ["2024", "9000", "9001", "1899", "1900", "0001", "٢٠٢٤", "²⁰²⁴", "20x4", "99999"]
TAILS = ["-01-01", "-02-30", "-12-31T23:59:59+14:00", "-01-01T00:00:00-12:00", "-W01-1", "-W52-7", "-001", "-1-1",
         "-01-01T10:00", "-13-01", "", "-01", "-01-01T25:00:00"]


def _is_unreachable_by_parse(text: str | None) -> bool:
    """is_unreachable as it was: parse, then ask the year."""
    if not text:
        return False
    try:
        return not reachable(from_iso(text))
    except (ValueError, TypeError):
        return False


@settings(max_examples=300, deadline=None)
@given(st.tuples(st.sampled_from(YEARS), st.sampled_from(TAILS)).map("".join) | strings)
def test_is_unreachable_without_a_parse_for_a_year_in_range(text: str) -> None:
    assert is_unreachable(text) == _is_unreachable_by_parse(text)


@settings(max_examples=300, deadline=None)
@given(strings)
def test_separator_cut_by_a_slice(rest: str) -> None:
    assert timeline._after_separator(rest) == timeline._SEPARATOR.sub("", rest, count=1)


@settings(max_examples=300, deadline=None)
@given(strings)
def test_bold_stamp_pattern_needs_a_leading_run(raw: str) -> None:
    """_stamp_of asks _BOLD_LEAD only of stripped text starting ``**`` or ``__``: no other can match."""
    text = raw.strip()
    if text[:2] not in ("**", "__"):
        assert timeline._BOLD_LEAD.match(text) is None


@settings(max_examples=300, deadline=None)
@given(strings)
def test_details_need_a_colon(raw: str) -> None:
    if ":" not in raw:
        assert actions._DETAIL_FIELD.match(raw) is None


DUE = ["due", "by", "before", "deadline:", " ", "Friday", "tomorrow", "2024-03-08", "(due 2024-03-09)", "(", ")",
       "Mar 3", "eod", "BY", "Due", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DUE), max_size=8).map("".join) | strings)
def test_due_with_the_callers_lower_case(text: str) -> None:
    ctx = Context(date(2024, 3, 4))
    assert actions._due(text, ctx, text.lower()) == actions._due(text, ctx)


@settings(max_examples=100, deadline=None)
@given(documents)
def test_opened_at_is_the_first_event_of_the_sorted_timeline(text: str) -> None:
    """parse takes the sorted timeline's first event for the opening time, not a min() over sort_key."""
    case = parse_text(text, "case.md")
    if case.timeline:
        assert case.timeline[0].at == min(case.timeline, key=lambda e: sort_key(e.at)).at


NAMES = ["Ana", "Bo", "Lima", "ana", "É", "A", " ", "\t", "to", "will", "too", "x", "Cy ", "Dee Lane", "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NAMES), max_size=12).map("".join) | strings)
def test_lead_name_pattern_asked_only_where_it_can_match(text: str) -> None:
    if not actions._may_lead_name(text):
        assert actions._NAME_TO.match(text) is None


def test_lead_name_at_its_longest_is_still_asked() -> None:
    longest = "A" + "b" * 20 + " C" + "d" * 20 + "\twill do it"
    assert actions._NAME_TO.match(longest) is not None and actions._may_lead_name(longest)


def _sort_key_by_parse(text: str | None) -> tuple[int, str]:
    """sort_key as it was: parse, then the UTC wall time written out again."""
    if not text:
        return (1, "")
    moment = reachable_iso(text)
    if moment is None:
        return (1, text)
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return (0, moment.isoformat())


CLOCKS = ["T10:00:00", "T23:59:59", "T24:00:00", "T100000.1", "T10:00", "T10:61:00", "t10:00:00"]
OFFSETS = ["+00:00", "+14:00", "-00:00", "Z", "", "+00:00:00", "+0000"]


@settings(max_examples=400, deadline=None)
@given(st.tuples(st.sampled_from(YEARS), st.sampled_from(TAILS), st.sampled_from(CLOCKS), st.sampled_from(OFFSETS))
       .map("".join) | strings)
def test_sort_key_of_a_utc_stamp_without_a_conversion(text: str) -> None:
    assert sort_key(text) == _sort_key_by_parse(text)


TITLES = ["attendees", "Attendees", "ATTENDEES", "participants", "Present", "attendance", "responders", "people",
          "who was there", "Who Was There", " ", ":", "\u00a0", "ı", "x", "Att"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TITLES), max_size=4).map("".join) | strings)
def test_people_heading_pattern_asked_only_after_its_first_letter(title: str) -> None:
    if title.lstrip()[:1] not in facts._PEOPLE_FIRST:
        assert facts._PEOPLE_HEADING.match(title.strip()) is None


def _timeline_sections_by_recursion(root) -> list:
    """timeline_sections as it was: a recursive visit that stops at each timeline heading."""
    out: list = []

    def visit(section) -> None:
        if section.level and timeline.TIMELINE_HEADING.search(section.shown):
            out.append(section)
            return
        for child in section.children:
            visit(child)

    visit(root)
    return out


HEADINGS = ["# Report", "## Timeline", "### Timeline (UTC)", "### Day 1", "## Updates", "#### Log of events", "## Notes",
            "# Chronology", "text", "- item", "### Milestones", "## Event log", "##### Sequence of events"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(HEADINGS), max_size=14).map("\n".join))
def test_timeline_sections_without_recursion(text: str) -> None:
    root, _lines = build(text)
    assert [s.line for s in timeline.timeline_sections(root)] == [s.line for s in _timeline_sections_by_recursion(root)]


FIELD_PIECES = ["**", "__", "Date", "March 3", ",", ":", " ", "- ", "* ", "9:15 AM", "Owner", "(x)", "&", "/", "'", "\t",
                "é", "value"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FIELD_PIECES), max_size=10).map("".join) | strings)
def test_field_pattern_needs_no_comma_before_the_first_colon(text: str) -> None:
    """field_of gives up on a comma before the first `:` without asking _FIELD: it could not match."""
    colon = text.find(":")
    if colon >= 0 and "," in text[:colon]:
        assert fields._FIELD.match(text) is None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FIELD_PIECES), max_size=10).map("".join) | strings)
def test_no_field_when_only_spaces_follow_the_first_colon(text: str) -> None:
    colon = text.find(":")
    if colon >= 0 and not text[colon + 1:].strip():
        match = fields._FIELD.match(text)
        assert match is None or not match.group("value").strip()
