"""Edits: byte-exact line patches, verified by re-parsing, written through Storage.

The property tests run over every case file in data/ and the seed documents,
plus CRLF, latin-1 and UTF-8-BOM variants of each, and check independently of
the code under test that (a) only the targeted lines change, every other byte
stays, and (b) the re-parsed model differs exactly as intended.
"""

from __future__ import annotations

import codecs
import difflib
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from oncall_tui.core import edits as E
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.parse.actions import status_lead
from oncall_tui.core.storage import ConflictError, ReadOnlyError, Storage, sha256_of
from oncall_tui.core.text import decode

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seed-cases"


def _case_files() -> list[Path]:
    files = sorted(p for p in DATA.rglob("*") if p.suffix in (".md", ".txt") and p.is_file())
    if SEEDS.is_dir():
        files += sorted(p for p in SEEDS.iterdir() if p.is_file())
    return files


FILES = _case_files()
VARIANTS = ("as-is", "crlf", "latin-1", "bom")


def variant(raw: bytes, kind: str) -> bytes:
    """The same document stored another way."""
    text = decode(raw).text
    if kind == "crlf":
        text = re.sub(r"\r\n|\r|\n", "\r\n", text)
        if text == decode(raw).text:  # already CRLF: the LF variant instead
            text = text.replace("\r\n", "\n")
        return text.encode("utf-8")
    if kind == "latin-1":
        # not UTF-8 any more: accented letters in prose, glyphs the encoding lacks spelled out
        text = text.replace("✅", "[x]").replace("⏳", "[ ]").replace("⚠️", "!").replace("→", "->")
        text = text.replace(" the ", " thé ").replace(" and ", " änd ")
        return text.encode("latin-1", errors="replace")
    if kind == "bom":
        return codecs.BOM_UTF8 + raw.removeprefix(codecs.BOM_UTF8)
    return raw


def lines_of(raw: bytes) -> list[str]:
    return re.split(r"\r\n|\r|\n", decode(raw).text)


def changed_span(old: bytes, new: bytes) -> tuple[int, int, int]:
    """(common prefix, end of the changed part in *old*, end in *new*)."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, len(new) - suffix


def line_starts(raw: bytes) -> list[int]:
    """Byte offset of each line (after any BOM), for the file's own encoding."""
    dec = decode(raw)
    offset = len(raw) - len(dec.text.encode(dec.encoding)) if dec.bom else 0
    starts = [offset]
    for piece in re.split(r"(\r\n|\r|\n)", dec.text)[:-1]:
        offset += len(piece.encode(dec.encoding))
        if re.fullmatch(r"\r\n|\r|\n", piece):
            starts.append(offset)
    return starts


def assert_same_storage(old: bytes, new: bytes) -> None:
    a, b = decode(old), decode(new)
    assert (b.encoding, b.bom) == (a.encoding, a.bom)
    for nl in ("\r\n", "\n", "\r"):
        if nl != a.newline:
            lone = {"\n": r"(?<!\r)\n", "\r": r"\r(?!\n)", "\r\n": r"\r\n"}[nl]
            assert len(re.findall(lone, b.text)) == len(re.findall(lone, a.text)), f"new {nl!r} line endings"


def assert_lines_replaced(old: bytes, new: bytes, allowed: set[int]) -> None:
    """Only lines in *allowed* (0-based) differ, bytes outside them are untouched."""
    a, b = lines_of(old), lines_of(new)
    assert len(a) == len(b)
    assert {i for i, (x, y) in enumerate(zip(a, b)) if x != y} <= allowed
    prefix, old_end, _ = changed_span(old, new)
    starts = line_starts(old) + [len(old)]
    first, last = min(allowed), max(allowed)
    assert prefix >= starts[first] and old_end <= starts[last + 1]
    assert_same_storage(old, new)


def assert_lines_inserted(old: bytes, new: bytes, most: int) -> list[str]:
    """*new* is *old* with up to *most* lines inserted in one place and nothing else changed."""
    a, b = lines_of(old), lines_of(new)
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    prefix, old_end, _ = changed_span(old, new)
    # Bytes: one insertion point; at most the old file's missing final newline is added.
    removed = old[prefix:old_end]
    assert removed == b"", f"bytes of the old file were changed: {removed!r}"
    inserted = b[len(a) - 1:] if not ops else None
    assert ops, "nothing was inserted"
    assert len(b) - len(a) <= most
    assert_same_storage(old, new)
    return inserted or [line for op in ops for line in b[op[3]:op[4]]]


def norm(case: Case, lines: bool = False) -> dict:
    data = case.model_dump(mode="json")
    if not lines:
        for key in ("timeline", "action_items"):
            for entry in data[key]:
                entry.pop("line")
        data["problems"] = [re.sub(r"line \d+", "line N", p) for p in data["problems"]]
    return data


def load(path: Path, kind: str = "as-is") -> tuple[bytes, Case]:
    raw = variant(path.read_bytes(), kind)
    return raw, parse_bytes(raw, path.name)


SAFE_TEXT = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'/=%+")),
    min_size=3, max_size=40,
).map(lambda s: " ".join(s.split())).filter(lambda s: len(s) >= 3 and re.match(r"[A-Za-z]", s) and not s.endswith(":"))
ANY_TEXT = st.text(min_size=1, max_size=40)
MOMENTS = st.datetimes(min_value=datetime(2019, 1, 1), max_value=datetime(2031, 12, 31))
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ----------------------------------------------------------------------------- no-op


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("kind", VARIANTS)
def test_no_op_write_gives_identical_bytes(tmp_path: Path, path: Path, kind: str):
    raw = variant(path.read_bytes(), kind)
    assert E.Doc(raw).render([]) == raw
    (tmp_path / "case.md").write_bytes(raw)
    storage = Storage(tmp_path)
    snap = storage.read("case.md")
    storage.write("case.md", snap.data, expected_sha256=snap.sha256)
    assert (tmp_path / "case.md").read_bytes() == raw


# ----------------------------------------------------------------------------- item status, every item of every file


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_item_takes_every_status(path: Path):
    raw, case = load(path)
    assert case.action_items, "sample cases all have action items"
    for index, item in enumerate(case.action_items):
        for status in E.ITEM_STATUSES:
            if item.status == status:
                with pytest.raises(E.NothingToChange):
                    E.set_item_status(raw, case, item, status)
                continue
            new = E.set_item_status(raw, case, item, status)
            after = parse_bytes(new, path.name)
            expected = norm(case, lines=True)
            expected["action_items"][index]["status"] = status
            assert norm(after, lines=True) == expected
            block_end = item.line  # a list item's tail word may sit on its last line
            while block_end < len(lines_of(raw)) and lines_of(raw)[block_end].startswith((" ", "\t")) \
                    and not re.match(r"\s*([-*+]|\d+[.)])\s", lines_of(raw)[block_end]):
                block_end += 1
            assert_lines_replaced(raw, new, set(range(item.line - 1, block_end)))


@given(data=st.data())
@PROPERTY
def test_item_status_property(data):
    path = data.draw(st.sampled_from(FILES), label="file")
    kind = data.draw(st.sampled_from(VARIANTS), label="variant")
    raw, case = load(path, kind)
    assume(case.action_items)
    index = data.draw(st.integers(0, len(case.action_items) - 1), label="item")
    status = data.draw(st.sampled_from(E.ITEM_STATUSES), label="status")
    item = case.action_items[index]
    assume(item.status != status)
    try:
        new = E.set_item_status(raw, case, item, status)
    except E.EditRefused as exc:
        # only the latin-1 variant may lack a way to write the status (no glyphs there)
        assert kind == "latin-1", str(exc)
        return
    after = parse_bytes(new, path.name)
    expected = norm(case, lines=True)
    expected["action_items"][index]["status"] = status
    assert norm(after, lines=True) == expected
    changed = {i for i, (x, y) in enumerate(zip(lines_of(raw), lines_of(new))) if x != y}
    assert item.line - 1 in changed and len(changed) <= 2
    assert_lines_replaced(raw, new, changed)


# ----------------------------------------------------------------------------- adding items


@given(data=st.data())
@PROPERTY
def test_add_action_item_property(data):
    path = data.draw(st.sampled_from(FILES), label="file")
    kind = data.draw(st.sampled_from(VARIANTS), label="variant")
    raw, case = load(path, kind)
    text = data.draw(SAFE_TEXT.filter(lambda s: status_lead(s) is None), label="text")  # see the next test
    owner = data.draw(st.none() | st.sampled_from(["Maria", "DB Team", "Priya Nair", "ops-oncall"]), label="owner")
    due = data.draw(st.none() | st.dates(min_value=datetime(2020, 1, 1).date(), max_value=datetime(2030, 12, 31).date()))
    new = E.add_action_item(raw, case, text, owner, due)
    after = parse_bytes(new, path.name)
    before_n, after_n = norm(case), norm(after)
    old_items, new_items = before_n.pop("action_items"), after_n.pop("action_items")
    assert after_n == before_n
    assert len(new_items) == len(old_items) + 1
    added = [item for item in new_items if item not in old_items]
    assert len(added) == 1
    assert [item for item in new_items if item != added[0]] == old_items
    assert added[0]["text"].startswith(text) and added[0]["owner"] == owner and added[0]["status"] == "open"
    assert added[0]["due"] == (due.isoformat() if due else None)
    inserted = assert_lines_inserted(raw, new, most=4)
    assert sum(text in line for line in inserted) == 1


@pytest.mark.parametrize("text", ["TODO", "TODO call the customer back", "todo: rotate the keys", "DONE: paged",
                                  "WIP failover drill", "[blocked] vendor ticket", "(open) runbook"])
@pytest.mark.parametrize("due", [None, "2026-12-09"])
def test_an_item_text_that_starts_with_a_status_word_is_refused_by_name(text: str, due: str | None) -> None:
    """`- [ ] TODO (due …)` reads as an open item "(due …)": the word is a status marker, not text.  The edit
    says which word and writes nothing (it said only "would not read back as intended")."""
    path = FILES[0]
    raw, case = load(path, "as-is")
    with pytest.raises(E.EditRefused, match=r"starts with '.+', which is read as the item's status") as refused:
        E.add_action_item(raw, case, text, None, due)
    assert text.split()[0].strip("[]():") in str(refused.value)  # the word, named
    assert E.add_action_item(raw, case, "call the customer back " + text, None, due)  # further on, it is text


@given(data=st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_add_action_item_with_any_text_writes_or_refuses(data):
    path = data.draw(st.sampled_from(FILES), label="file")
    raw, case = load(path, data.draw(st.sampled_from(VARIANTS), label="variant"))
    text = data.draw(ANY_TEXT, label="text")
    try:
        new = E.add_action_item(raw, case, text)
    except E.EditRefused:
        return
    after = parse_bytes(new, path.name)
    assert len(after.action_items) == len(case.action_items) + 1
    assert_lines_inserted(raw, new, most=4)


# ----------------------------------------------------------------------------- timeline


def _doc_zone(case: Case):
    for text in [e.at for e in case.timeline] + [case.opened_at or ""]:
        if "T" in text and datetime.fromisoformat(text).tzinfo:
            return datetime.fromisoformat(text).tzinfo
    return None


@given(data=st.data())
@PROPERTY
def test_add_timeline_entry_property(data):
    path = data.draw(st.sampled_from(FILES), label="file")
    kind = data.draw(st.sampled_from(VARIANTS), label="variant")
    raw, case = load(path, kind)
    moment = data.draw(MOMENTS, label="at")
    text = data.draw(SAFE_TEXT, label="text")
    new = E.add_timeline_entry(raw, case, moment, text)
    after = parse_bytes(new, path.name)
    before_n, after_n = norm(case), norm(after)
    old_events, new_events = before_n.pop("timeline"), after_n.pop("timeline")
    before_n.pop("opened_at"), after_n.pop("opened_at")
    assert after_n == before_n
    added = [e for e in new_events if e not in old_events]
    assert len(added) == 1 and added[0]["text"] == text
    zone = _doc_zone(case)
    want = moment.replace(tzinfo=zone) if zone else moment
    got = datetime.fromisoformat(added[0]["at"])
    assert (got.tzinfo is None) == (want.tzinfo is None)
    assert abs(got - want) < timedelta(minutes=1)
    # only header-date events at that same instant may give way to the explicit one
    gone = [e for e in old_events if e not in new_events]
    assert all(e["at"] == added[0]["at"] for e in gone)
    inserted = assert_lines_inserted(raw, new, most=5)
    # the entry holds the text once; a Timeline heading the edit adds may hold it too ("lin" in "Timeline")
    entries = [line for line in inserted if line.strip().strip("#").strip().rstrip(":") not in ("Timeline", "Timeline of Events")]
    assert sum(text in line for line in entries) == 1


# ----------------------------------------------------------------------------- header fields and sentiment


@given(data=st.data())
@PROPERTY
def test_status_and_priority_property(data):
    path = data.draw(st.sampled_from(FILES), label="file")
    raw, case = load(path, data.draw(st.sampled_from(VARIANTS), label="variant"))
    field = data.draw(st.sampled_from(["status", "priority"]), label="field")
    value = data.draw(st.sampled_from(E.CASE_STATUSES if field == "status" else E.PRIORITIES), label="value")
    assume(getattr(case, field) != value)
    new = (E.set_status if field == "status" else E.set_priority)(raw, case, value)
    after = parse_bytes(new, path.name)
    expected = norm(case)
    expected[field] = value
    if field == "status":
        expected["is_open"] = value not in ("resolved", "closed")
        expected["status_basis"] = "field"
    got = norm(after)
    if field == "status" and case.kind == "escalation" and expected["is_open"] != case.is_open:
        for entry in expected["action_items"] + got["action_items"]:
            entry.pop("status")
    assert got == expected
    if getattr(case, field) is None:
        assert_lines_inserted(raw, new, most=3)
    else:
        changed = {i for i, (x, y) in enumerate(zip(lines_of(raw), lines_of(new))) if x != y}
        assert len(changed) == 1
        assert_lines_replaced(raw, new, changed)


@given(data=st.data())
@PROPERTY
def test_sentiment_property(data):
    path = data.draw(st.sampled_from(FILES), label="file")
    raw, case = load(path, data.draw(st.sampled_from(VARIANTS), label="variant"))
    label = data.draw(SAFE_TEXT.filter(lambda s: not s.endswith((".", " "))), label="label")
    assume(not (case.sentiment and case.sentiment.label == label))
    new = E.set_sentiment(raw, case, label)
    after = parse_bytes(new, path.name)
    before_n, after_n = norm(case), norm(after)
    before_n.pop("sentiment")
    got = after_n.pop("sentiment")
    assert after_n == before_n
    assert got["label"] == label and got["basis"] == "label"
    if case.sentiment and case.sentiment.basis == "label":
        changed = {i for i, (x, y) in enumerate(zip(lines_of(raw), lines_of(new))) if x != y}
        assert len(changed) == 1
        assert_lines_replaced(raw, new, changed)
    else:
        assert_lines_inserted(raw, new, most=4)


# ----------------------------------------------------------------------------- styles, pinned


def seed(prefix: str) -> tuple[bytes, Case]:
    if not SEEDS.is_dir():
        pytest.skip("seed documents not available")
    path = next(SEEDS.glob(f"{prefix}_*"))
    return load(path)


def diff(old: bytes, new: bytes) -> list[str]:
    return [line for line in difflib.unified_diff(lines_of(old), lines_of(new), n=0, lineterm="")
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_list_item_gains_a_box_and_keeps_its_indent():
    raw, case = seed("001")
    item = case.action_items[0]
    assert diff(raw, E.toggle_item(raw, case, item)) == [
        "-   - Implement connection retry logic", "+   - [x] Implement connection retry logic"]


def test_glyph_items_switch_glyphs():
    raw, case = seed("004")
    item = next(i for i in case.action_items if i.text.startswith("Implement automatic slow query"))
    assert diff(raw, E.set_item_status(raw, case, item, "done")) == [
        "-1. ⏳ Implement automatic slow query detection and termination",
        "+1. ✅ Implement automatic slow query detection and termination"]


def test_table_status_cell_in_the_files_style():
    raw, case = seed("004")
    item = next(i for i in case.action_items if i.ref == "AI-2025-003")
    assert diff(raw, E.set_item_status(raw, case, item, "done"))[1] == \
        "+| AI-2025-003 | Add slow query testing to CI/CD | QA Team | 2025-01-30 | ✅ Done |"
    item = next(i for i in case.action_items if i.ref == "AI-2025-001")
    assert diff(raw, E.set_item_status(raw, case, item, "open"))[1] == \
        "+| AI-2025-001 | Add index review to code review checklist | DB Team | 2025-01-20 | Open |"


def test_aligned_table_keeps_its_column_width():
    raw = (b"# Incident Report: INC-2026-0001\n\n## Action Items\n"
           b"| ID  | Action          | Status      |\n|-----|-----------------|-------------|\n"
           b"| A-1 | Rotate the keys | In Progress |\n")
    case = parse_bytes(raw, "inc.md")
    new = E.set_item_status(raw, case, case.action_items[0], "done")
    assert new.endswith(b"| A-1 | Rotate the keys | Done        |\n")


def test_in_progress_on_a_box_item_and_back():
    raw = b"# Notes\n\n## Next Steps\n- [ ] Rotate the keys\n- [x] Tell the customer\n"
    case = parse_bytes(raw, "n.md")
    new = E.set_item_status(raw, case, case.action_items[0], "in_progress")
    assert b"- [ ] Rotate the keys (in progress)\n" in new
    again = parse_bytes(new, "n.md")
    done = E.set_item_status(new, again, again.action_items[0], "done")
    assert b"- [x] Rotate the keys\n" in done


def test_multi_line_item_gets_its_tail_word_on_the_last_line():
    raw = b"# Notes\n\n## Action Items\n- Rotate the keys on every\n  gateway node\n- Tell the customer\n"
    case = parse_bytes(raw, "n.md")
    new = E.set_item_status(raw, case, case.action_items[0], "in_progress")
    assert diff(raw, new) == ["-  gateway node", "+  gateway node (in progress)"]


def test_add_item_in_the_meeting_owner_style():
    raw, case = seed("003")
    new = E.add_action_item(raw, case, "Share the dashboard runbook", "Alex", "2024-10-30")
    assert diff(raw, new) == ["+6. **Alex:** Share the dashboard runbook (due 2024-10-30)"]


def test_add_item_to_incident_table_with_next_ref():
    raw, case = seed("004")
    new = E.add_action_item(raw, case, "Add pool alerts", "Platform", "2025-02-01")
    assert diff(raw, new) == ["+| AI-2025-006 | Add pool alerts | Platform | 2025-02-01 | Open |"]


def test_add_item_creates_setext_next_steps_for_plain_escalation():
    raw = (b"CE3001 - Customer Escalation Summary\n=====================================\n\n"
           b"Customer: Acme\nPriority: High\nStatus: Open\nCreated: 2026-01-02\n\n"
           b"Issue Description:\n-----------------\nSlow exports.\n")
    case = parse_bytes(raw, "CE3001.txt")
    new = E.add_action_item(raw, case, "Profile the export job")
    assert new == raw + b"\nNext Steps:\n-----------\n1. Profile the export job\n"


def test_add_item_creates_markdown_action_items_without_trailing_newline():
    raw, case = seed("003")
    raw = raw.replace(b"### Action Items", b"### Owners")
    case = parse_bytes(raw, "m.md")
    new = E.add_action_item(raw, case, "Book the review")
    assert new == raw + b"\n\n### Action Items\n1. Book the review"


def test_timeline_entry_in_incident_style():
    raw, case = seed("004")
    new = E.add_timeline_entry(raw, case, datetime(2025, 1, 14, 14, 50, 5), "Customer confirmed recovery")
    assert diff(raw, new) == ["+**14:50:05** - Customer confirmed recovery  "]
    lines = lines_of(new)
    index = lines.index("**14:50:05** - Customer confirmed recovery  ")
    assert lines[index - 1].startswith("**14:42:10**") and lines[index + 1].startswith("**14:55:33**")


def test_timeline_entry_on_another_day_names_the_date():
    raw, case = seed("004")
    new = E.add_timeline_entry(raw, case, datetime(2025, 1, 15, 9, 0, tzinfo=timezone.utc), "Post-mortem held")
    # a bare ISO date-time would read as zoneless, so the file's zone is spelled out
    assert diff(raw, new) == ["+**2025-01-15 09:00:00 UTC** - Post-mortem held  "]
    assert any(e.at == "2025-01-15T09:00:00+00:00" and e.text == "Post-mortem held"
               for e in parse_bytes(new, "x").timeline)


def test_timeline_entry_in_meeting_style():
    raw, case = seed("003")
    new = E.add_timeline_entry(raw, case, datetime(2024, 10, 24, 9, 30), "Customer asked for a call")
    assert diff(raw, new) == ["+- **October 24, 9:30 AM:** Customer asked for a call"]


def test_timeline_section_created_for_an_escalation():
    raw, case = seed("000")
    new = E.add_timeline_entry(raw, case, datetime(2024, 1, 15, 10, 0), "Escalated to Level 1")
    assert len(lines_of(new)) == len(lines_of(raw)) + 4
    assert lines_of(new)[8:15] == lines_of(raw)[8:10] + [
        "Timeline:", "---------", "- 2024-01-15 10:00 - Escalated to Level 1", ""] + lines_of(raw)[10:11]
    assert lines_of(new)[10:14] == ["Timeline:", "---------", "- 2024-01-15 10:00 - Escalated to Level 1", ""]


def test_status_patched_in_each_key_style():
    raw, case = seed("000")
    assert diff(raw, E.set_status(raw, case, "closed")) == ["-Status: Resolved", "+Status: Closed"]
    raw, case = seed("004")
    assert diff(raw, E.set_status(raw, case, "in_progress")) == ["-**Status**: Resolved  ", "+**Status**: In Progress  "]


def test_status_added_after_the_last_header_field():
    raw, case = seed("003")
    new = E.set_status(raw, case, "in_progress")
    assert diff(raw, new) == ["+**Status:** In Progress  "]
    assert lines_of(new)[8] == "**Status:** In Progress  "


@pytest.mark.parametrize(("prefix", "priority", "line"), [
    ("004", "P3", "+**Severity**: P3 (Medium)  "),
    ("000", "P1", "+Priority: Critical"),
    ("001", "P4", "+Priority: Low"),
])
def test_priority_keeps_the_files_way_of_writing_it(prefix, priority, line):
    raw, case = seed(prefix)
    assert diff(raw, E.set_priority(raw, case, priority))[1] == line


def test_sentiment_label_patched_or_added():
    raw, case = seed("001")
    assert diff(raw, E.set_sentiment(raw, case, "Calmer after the fix")) == [
        "-- Overall sentiment: Dissatisfied and concerned about reliability", "+- Overall sentiment: Calmer after the fix"]
    raw = b"CE1 - Customer Escalation Summary\n=====\n\nStatus: Open\n\nCustomer Sentiment:\n---\n- Angry about delays\n\nNext Steps:\n---\n1. Call\n"
    case = parse_bytes(raw, "CE1.txt")
    assert diff(raw, E.set_sentiment(raw, case, "Angry")) == ["+- Overall sentiment: Angry"]


# ----------------------------------------------------------------------------- encodings and refusals


def test_crlf_file_gets_crlf_lines():
    raw, case = seed("003")
    raw = raw.replace(b"\n", b"\r\n")
    case = parse_bytes(raw, "m.md")
    new = E.add_action_item(raw, case, "Book the review")
    assert b"\r\n6. Book the review\r\n" in new and b"\n6." not in new.replace(b"\r\n", b"")


def test_latin1_file_stays_latin1_and_refuses_what_it_cannot_hold():
    raw = "# Notes\n\nCustomer: Müller GmbH\n\n## Next Steps\n- Call Jürgen\n".encode("latin-1")
    case = parse_bytes(raw, "n.md")
    new = E.add_action_item(raw, case, "Send the café invoice")
    assert new == raw + "- Send the café invoice\n".encode("latin-1")
    with pytest.raises(E.EditRefused, match="encoding"):
        E.add_action_item(raw, case, "Ship it ✅")
    assert parse_bytes(raw, "n.md") == case


def test_bom_is_kept():
    raw = codecs.BOM_UTF8 + b"# Notes\n\nStatus: Open\n"
    new = E.set_status(raw, parse_bytes(raw, "n.md"), "resolved")
    assert new == codecs.BOM_UTF8 + b"# Notes\n\nStatus: Resolved\n"


def test_undecodable_file_is_refused():
    raw = codecs.BOM_UTF8 + b"# Notes\n\nStatus: Open \xff\n"
    with pytest.raises(E.EditRefused, match="encoding"):
        E.set_status(raw, parse_bytes(raw, "n.md"), "resolved")


@pytest.mark.parametrize("text", ["", "   ", "two\nlines", "bell\x07"])
def test_bad_text_is_refused(text):
    raw, case = seed("003")
    with pytest.raises(E.EditRefused):
        E.add_action_item(raw, case, text)


@pytest.mark.parametrize(("text", "owner"), [("Rotate keys (in progress)", None), ("Ask (owner: Bob)", None)])
def test_text_that_would_read_differently_is_refused(text, owner):
    raw, case = seed("001")
    with pytest.raises(E.EditRefused, match="would not read back"):
        E.add_action_item(raw, case, text, owner)


@pytest.mark.parametrize("text", ["# Heading", "> quoted", "1. numbered", "---", "+ plus"])
def test_leading_markup_is_escaped_not_obeyed(text):
    raw, case = seed("001")
    new = E.add_action_item(raw, case, text)
    after = parse_bytes(new, "x")
    assert len(after.action_items) == len(case.action_items) + 1
    assert [i.line for i in after.action_items[:-1]] == [i.line for i in case.action_items]


# ----------------------------------------------------------------------------- apply_edit, rebase, undo


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("seed documents not available")
    for prefix in ("001", "003", "004"):
        source = next(SEEDS.glob(f"{prefix}_*"))
        (tmp_path / source.name).write_bytes(source.read_bytes())
    return tmp_path


def _name(folder: Path, prefix: str) -> str:
    return next(folder.glob(f"{prefix}_*")).name


def test_apply_edit_writes_and_says_what_it_did(folder: Path):
    storage = Storage(folder)
    rel = _name(folder, "001")
    case = parse_bytes((folder / rel).read_bytes(), rel)
    result = E.apply_edit(storage, rel, E.ToggleItem(case.action_items[2]))
    assert result.message == "CE1006: action item 3 done"
    assert result.toast == f"CE1006: action item 3 done ({rel})"
    assert (folder / rel).read_bytes() == result.data
    assert storage.is_own_write(rel, result.sha256)
    assert result.case.action_items[2].status == "done" and not result.rebased


def test_rebase_finds_the_item_by_text_after_lines_moved(folder: Path, monkeypatch):
    storage = Storage(folder)
    rel = _name(folder, "003")
    raw = (folder / rel).read_bytes()
    case = parse_bytes(raw, rel)
    target = next(i for i in case.action_items if i.owner == "Tom")
    external = raw.replace(b"### Action Items\n", b"### Action Items\n1. **James:** Book a room\n")
    real_write = storage.write
    calls = []

    def someone_saves_first(rel_, data, *, expected_sha256):
        if not calls:
            calls.append(1)
            (folder / rel).write_bytes(external)  # between our read and our write
        return real_write(rel_, data, expected_sha256=expected_sha256)

    monkeypatch.setattr(storage, "write", someone_saves_first)
    result = E.apply_edit(storage, rel, E.ToggleItem(target))
    final = (folder / rel).read_bytes()
    assert result.rebased
    assert b"1. **James:** Book a room\n" in final  # their change kept
    assert b"[x] **Tom:** Schedule post-mortem meeting for tomorrow" in final
    assert final.count(b"[x]") == 1


def test_rebase_refuses_when_the_item_is_gone(folder: Path, monkeypatch):
    storage = Storage(folder)
    rel = _name(folder, "003")
    raw = (folder / rel).read_bytes()
    case = parse_bytes(raw, rel)
    target = next(i for i in case.action_items if i.owner == "Tom")
    external = raw.replace(b"2. **Tom:** Schedule post-mortem meeting for tomorrow\n", b"")
    real_write = storage.write

    def someone_deletes_it(rel_, data, *, expected_sha256):
        (folder / rel).write_bytes(external)
        return real_write(rel_, data, expected_sha256=expected_sha256)

    monkeypatch.setattr(storage, "write", someone_deletes_it)
    with pytest.raises(E.EditRefused, match="no longer in the file"):
        E.apply_edit(storage, rel, E.ToggleItem(target))
    assert (folder / rel).read_bytes() == external


def test_refused_edit_writes_nothing(folder: Path):
    storage = Storage(folder)
    rel = _name(folder, "001")
    before = (folder / rel).read_bytes()
    with pytest.raises(E.EditRefused):
        E.apply_edit(storage, rel, E.AddActionItem("Rotate keys (in progress)"))
    assert (folder / rel).read_bytes() == before
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_read_only_storage_refuses_edits(folder: Path):
    rel = _name(folder, "001")
    before = (folder / rel).read_bytes()
    with pytest.raises(ReadOnlyError):
        E.apply_edit(Storage(folder, read_only=True), rel, E.SetStatus("resolved"))
    assert (folder / rel).read_bytes() == before


def test_undo_restores_the_previous_bytes(folder: Path):
    storage = Storage(folder)
    rel = _name(folder, "004")
    before = (folder / rel).read_bytes()
    result = E.apply_edit(storage, rel, E.AddTimelineEntry(datetime(2025, 1, 14, 15, 1), "Status page updated"))
    assert (folder / rel).read_bytes() != before
    undone = E.undo(storage, result)
    assert (folder / rel).read_bytes() == before
    assert undone.sha256 == sha256_of(before)
    E.undo(storage, undone)  # and redo
    assert (folder / rel).read_bytes() == result.data


def test_undo_refuses_after_an_outside_change(folder: Path):
    storage = Storage(folder)
    rel = _name(folder, "004")
    result = E.apply_edit(storage, rel, E.SetPriority("P2"))
    (folder / rel).write_bytes(result.data + b"\nedited by hand\n")
    with pytest.raises(ConflictError, match="undo refused"):
        E.undo(storage, result)
    assert (folder / rel).read_bytes().endswith(b"edited by hand\n")


# ----------------------------------------------------------------------------- new cases from templates

from oncall_tui.core import templates as T  # noqa: E402

NOW = datetime(2026, 11, 24, 15, 7, 30, tzinfo=timezone.utc)


@pytest.fixture
def sample_folder(tmp_path: Path) -> Path:
    for path in DATA.rglob("*"):
        if path.is_file():
            target = tmp_path / path.relative_to(DATA)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    return tmp_path


def test_next_free_ids(sample_folder: Path, tmp_path_factory):
    storage = Storage(sample_folder)
    ce = [int(m) for p in sample_folder.rglob("*") if p.is_file()
          for m in re.findall(r"\bCE(\d{4})\b", p.name + p.read_text(errors="replace"))]
    inc = [int(m) for p in sample_folder.rglob("*") if p.is_file()
           for m in re.findall(r"\bINC-2026-(\d{4})\b", p.name + p.read_text(errors="replace"))]
    assert T.next_id(storage, "escalation", year=2026) == f"CE{max(ce) + 1}"
    assert T.next_id(storage, "incident", year=2026) == f"INC-2026-{max(inc) + 1:04d}"
    assert T.next_id(storage, "incident", year=2031) == "INC-2031-0001"
    assert T.next_id(storage, "meeting", year=2026) is None
    empty = Storage(tmp_path_factory.mktemp("empty"))
    assert T.next_id(empty, "escalation", year=2026) == "CE1001"


@pytest.mark.parametrize("kind", T.KINDS)
def test_new_case_reads_back_as_its_kind(sample_folder: Path, kind: str):
    storage = Storage(sample_folder)
    expected_id = T.next_id(storage, kind, year=2026)
    result = T.new_case(storage, kind, title="Checkout latency after deploy", customer="Acme Corp",
                        priority="P2", owner="Dana Okafor", now=NOW)
    path = sample_folder / result.rel
    assert path.read_bytes() == result.data and result.previous is None
    case = parse_bytes(path.read_bytes(), result.rel)
    assert case.kind == kind and case.problems == [] and case.customer == "Acme Corp"
    assert case.owner == "Dana Okafor" and case.title == "Checkout latency after deploy"
    if kind != "meeting":
        assert case.id == expected_id and result.rel.startswith(expected_id)
        assert case.priority == "P2" and case.status == "open"
    assert result.message == f"{case.id}: new {kind} created"
    assert storage.is_own_write(result.rel, result.sha256)
    # the next one takes the next id
    if kind != "meeting":
        again = T.new_case(storage, kind, title="Another", now=NOW)
        assert again.case.id != case.id and (sample_folder / again.rel).exists()


@pytest.mark.parametrize("kind", T.KINDS)
def test_every_edit_works_on_a_new_case(tmp_path: Path, kind: str):
    storage = Storage(tmp_path)
    rel = T.new_case(storage, kind, title="Login failures", customer="Acme", now=NOW).rel
    for edit in (E.AddActionItem("Call the customer", "Dana", "2026-11-30"), E.AddActionItem("Check logs"),
                 E.AddTimelineEntry(NOW + timedelta(minutes=20), "Rollback started"),
                 E.SetStatus("in_progress"), E.SetPriority("P1"), E.SetSentiment("Frustrated")):
        E.apply_edit(storage, rel, edit)
    case = parse_bytes((tmp_path / rel).read_bytes(), rel)
    assert [i.text.removesuffix(" (due 2026-11-30)") for i in case.action_items] == ["Call the customer", "Check logs"]
    assert [(i.owner, i.due) for i in case.action_items] == [("Dana", "2026-11-30"), (None, None)]
    E.apply_edit(storage, rel, E.ToggleItem(case.action_items[1]))
    case = parse_bytes((tmp_path / rel).read_bytes(), rel)
    assert [i.status for i in case.action_items] == ["open", "done"]
    assert any(e.text == "Rollback started" for e in case.timeline)
    assert (case.status, case.priority, case.sentiment.label, case.problems) == ("in_progress", "P1", "Frustrated", [])


def test_new_case_never_replaces_a_file(tmp_path: Path, monkeypatch):
    storage = Storage(tmp_path)
    taken = T.file_name("escalation", "CE1001", None, "To be described.", NOW)
    (tmp_path / taken).write_bytes(b"someone else's file\n")
    monkeypatch.setattr(T, "next_id", lambda *a, **k: "CE1001")  # as if the scan raced with a new file
    with pytest.raises(E.EditRefused, match="free name"):
        T.new_case(storage, "escalation", now=NOW)
    assert (tmp_path / taken).read_bytes() == b"someone else's file\n"
    assert [p.name for p in tmp_path.iterdir()] == [taken]


def test_new_case_refusals(tmp_path: Path):
    with pytest.raises(ReadOnlyError):
        T.new_case(Storage(tmp_path, read_only=True), "incident", now=NOW)
    with pytest.raises(E.EditRefused):
        T.new_case(Storage(tmp_path), "postmortem", now=NOW)
    with pytest.raises(E.EditRefused):
        T.new_case(Storage(tmp_path), "incident", title="two\x00lines", now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_undo_of_a_new_case_removes_it_only_while_unchanged(tmp_path: Path):
    storage = Storage(tmp_path)
    first = T.new_case(storage, "meeting", customer="Acme", now=NOW)
    E.undo(storage, first)
    assert list(tmp_path.iterdir()) == []
    second = T.new_case(storage, "incident", now=NOW)
    (tmp_path / second.rel).write_bytes(second.data + b"\nnotes\n")
    with pytest.raises(ConflictError):
        E.undo(storage, second)
    assert (tmp_path / second.rel).exists()


def test_a_header_whose_lines_do_not_look_like_fields_refuses_a_new_field() -> None:
    """Found by the random fuzz run: a form feed before the first ``**Date:**`` made the header paragraph's
    fields unreadable line by line, and adding a status raised IndexError instead of refusing."""
    raw = (b"\x0c**Date:** September 17, 2026  \n\n**Date:** November 20, 2026  \n**Time:** 8:30 AM  \n\n"
           b"### Customer Issue Summary\n**Customer:** Halcyon Bank  \n\n"
           b"### Action Items\n1. **Ravi:** Lead the move (due 2026-11-25)\n")
    case = parse_bytes(raw, "CE2006.md")
    assert case.status is None
    with pytest.raises(E.EditRefused, match="nothing was written"):
        E.SetStatus("open").patch(raw, case)
