"""Documents in the wild: the fixture corpus in ``tests/corpus/`` read against its expected figures.

The documents under ``tests/corpus/docs/`` are invented, each in the shape of
a kind of document teams really keep (Jekyll/Hugo/Docusaurus postmortems with
front matter, the SRE-book layout, PagerDuty/Atlassian/GitLab templates,
FireHydrant milestones, Jira, Slack and Notion exports, org-mode outlines,
meeting notes).  ``tests/corpus/expected.json`` holds, per file, what a reader
finds by hand: timeline count with the first and last time, action items,
done items, owners, kind, status and how it was found, title and priority.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from oncall_tui.core.export import check, export_json, stats_by_kind
from oncall_tui.core.parse import parse_bytes, parse_text
from tests.hardening.guard import timed

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCS = CORPUS / "docs"
EXPECTED: dict[str, dict] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def figures(name: str) -> dict:
    case = parse_bytes((DOCS / name).read_bytes(), name)
    timeline, items = case.timeline, case.action_items
    return {
        "timeline": len(timeline),
        "first": timeline[0].at if timeline else None,
        "last": timeline[-1].at if timeline else None,
        "items": len(items),
        "done": sum(item.status == "done" for item in items),
        "owners": [item.owner for item in items if item.owner],
        "kind": case.kind,
        "status": case.status,
        "status_basis": case.status_basis,
        "title": case.title,
        "priority": case.priority,
        "problems": case.problems,
    }


def test_the_corpus_is_big_and_every_file_has_expected_figures() -> None:
    files = sorted(p.name for p in DOCS.iterdir() if p.is_file())
    assert files == sorted(EXPECTED)
    assert len(files) >= 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document_reads_as_expected(name: str) -> None:
    got = figures(name)
    assert not any("parser error" in p for p in got["problems"]), got["problems"]
    want = EXPECTED[name]
    assert {key: got[key] for key in want} == want


def test_corpus_aggregate_meets_the_acceptance_bar() -> None:
    """≥ 95 % of the expected events and items found, ≥ 95 % of kinds and statuses right, no crash."""
    events = items = kinds = statuses = crashes = 0
    want_events = sum(e["timeline"] for e in EXPECTED.values())
    want_items = sum(e["items"] for e in EXPECTED.values())
    for name, want in EXPECTED.items():
        got = figures(name)
        events += min(got["timeline"], want["timeline"])
        items += min(got["items"], want["items"])
        kinds += got["kind"] == want["kind"]
        statuses += (got["status"], got["status_basis"]) == (want["status"], want["status_basis"])
        crashes += any("parser error" in p for p in got["problems"])
    assert crashes == 0
    assert events >= 0.95 * want_events
    assert items >= 0.95 * want_items
    assert kinds >= 0.95 * len(EXPECTED)
    assert statuses >= 0.95 * len(EXPECTED)


# -- the rules one at a time, on small documents -------------------------------------------------


def test_front_matter_gives_fields_and_is_not_the_title_or_text() -> None:
    text = ("---\n# a YAML comment\ntitle: Queue stalled\ndate: 2024-02-01\nseverity: SEV-1\nstatus: resolved\n"
            "authors:\n  - Ana Lima\n---\n\n## Timeline\n\n- 10:00 Queue stalled\n- 10:30 Queue drained\n")
    case = parse_text(text, "q.md")
    assert case.title == "Queue stalled"
    assert (case.priority, case.status, case.status_basis, case.owner) == ("P1", "resolved", "field", "Ana Lima")
    assert [e.at for e in case.timeline] == ["2024-02-01T10:00:00", "2024-02-01T10:30:00"]
    assert case.timeline[0].line == 13  # line numbers still count the front matter
    assert case.problems == []


def test_document_date_from_the_file_name_then_title() -> None:
    body = "# Cache outage\n\n## Timeline\n\n- 09:00 Cache down\n"
    assert parse_text(body, "2023-01-12-cache.md").timeline[0].at == "2023-01-12T09:00:00"
    titled = "# 2025-09-29 Cache outage\n\n## Timeline\n\n- 09:00 Cache down\n"
    case = parse_text(titled, "cache.md")
    assert case.timeline[0].at == "2025-09-29T09:00:00"
    assert case.title == "Cache outage"
    # with no date anywhere, a bare time is not given an invented one
    undated = parse_text(body, "cache.md")
    assert undated.timeline == [] and any("has a time but no date" in p for p in undated.problems)


def test_running_date_day_headings_and_rollover() -> None:
    text = ("# Two nights\n\n## Timeline\n\n### 2020-02-20\n\n- 23:50 A\n- 00:20 B\n\n"
            "### 2020-02-22\n\n- 08:00 C\n- 07:55 D (noted late)\n")
    got = [(e.at, e.text) for e in parse_text(text, "x.md").timeline]
    assert got == [("2020-02-20T23:50:00", "A"), ("2020-02-21T00:20:00", "B"),
                   ("2020-02-22T07:55:00", "D (noted late)"), ("2020-02-22T08:00:00", "C")]


def test_zone_statement_applies_below_it_and_a_zone_on_the_time_wins() -> None:
    text = ("# Z\n\nDate: 2024-07-09\n\n## Timeline\n\n- 10:00 naive\n\nAll times are Pacific.\n\n"
            "- 11:00 pacific\n- 12:00 CET own zone\n")
    got = {e.text: e.at for e in parse_text(text, "z.md").timeline}
    assert got == {"naive": "2024-07-09T10:00:00", "pacific": "2024-07-09T11:00:00-07:00",
                   "own zone": "2024-07-09T12:00:00+01:00"}


def test_day_first_is_decided_by_the_document() -> None:
    first = "# D\n\n## Timeline\n\n- 13/03/2024 10:00 a\n- 04/03/2024 09:00 b\n"
    assert [e.at for e in parse_text(first, "d.md").timeline] == ["2024-03-04T09:00:00", "2024-03-13T10:00:00"]
    second = "# D\n\n## Timeline\n\n- 03/13/2024 10:00 a\n- 03/04/2024 09:00 b\n"
    assert [e.at for e in parse_text(second, "d.md").timeline] == ["2024-03-04T09:00:00", "2024-03-13T10:00:00"]


def test_relative_times_count_from_the_start() -> None:
    text = "# R\n\n**Start Time:** 2024-04-02 08:00 UTC\n\n## Timeline\n\n- T+0 start\n- T+5min b\n- T+1h30m c\n"
    got = [e.at for e in parse_text(text, "r.md").timeline]
    assert got == ["2024-04-02T08:00:00+00:00", "2024-04-02T08:05:00+00:00", "2024-04-02T09:30:00+00:00"]


def test_inferred_status_and_is_open() -> None:
    review = ("# Outage of the API\n\nDate: 2024-01-01\n\n## Impact\n\nAll calls failed.\n\n## Root cause\n\nA bad"
              " deploy.\n\n## Timeline\n\n- 10:00 Errors\n- 10:40 Service was restored\n")
    case = parse_text(review, "a.md")
    assert (case.kind, case.status, case.status_basis, case.is_open) == ("incident", "resolved", "inferred", False)
    ongoing = review.replace("Service was restored", "We are still investigating")
    case = parse_text(ongoing, "a.md")
    assert (case.kind, case.status, case.status_basis, case.is_open) == ("incident", None, None, True)
    written = review.replace("Date: 2024-01-01", "Date: 2024-01-01\nStatus: Monitoring")
    assert parse_text(written, "a.md").status_basis == "field"
    meeting = "# Weekly sync\n\nAttendees: Ana, Bo\n\n## Agenda\n\n- one\n"
    case = parse_text(meeting, "m.md")
    assert (case.kind, case.status, case.is_open) == ("meeting", None, False)
    note = parse_text("# Shopping list\n\n- milk\n", "n.md")
    assert (note.kind, note.is_open) == ("note", False)


def test_action_item_markers_and_owners() -> None:
    text = ("# I\n\nAttendees: Marta, Jonas\n\n## Follow-up work\n\n- [DONE] one\n- TODO(kwame): two\n- ~~three~~\n"
            "- four (done)\n- five (@lin)\n- six — Alice Smith\n- seven. Owner: Bruno\n- Marta to eight\n"
            "- nine\n  - Owner: Grace\n  - some detail\n- ten\n  - a detail bullet\n  - another one\n")
    items = parse_text(text, "i.md").action_items
    assert [(i.status, i.owner) for i in items] == [
        ("done", None), ("open", "kwame"), ("done", None), ("done", None), ("open", "lin"),
        ("open", "Alice Smith"), ("open", "Bruno"), ("open", "Marta"), ("open", "Grace"), ("open", None)]


def test_todo_with_a_due_date_in_brackets_names_no_owner() -> None:
    """``TODO(kwame)`` names the owner; ``TODO (due 2026-12-09)`` gave the owner "due 2026-12-09"."""
    items = parse_text("# I\n\n## Action items\n\n- TODO (due 2026-12-09): rotate the keys\n- TODO (Due: Friday) call back\n"
                       "- TODO (dueling banjos): tune\n", "i.md").action_items
    assert [(i.owner, i.due, i.status) for i in items] == [
        (None, "2026-12-09", "open"), (None, None, "open"), ("dueling banjos", None, "open")]


def test_status_basis_is_in_the_export(tmp_path: Path) -> None:
    for name in ("iso-z.md", "struck-items.md", "release-checklist.md"):
        shutil.copy(DOCS / name, tmp_path / name)
    exported = {case["path"]: case for case in json.loads(export_json(tmp_path))}
    assert exported["iso-z.md"]["status_basis"] == "inferred"
    assert exported["struck-items.md"]["status_basis"] == "field"
    assert exported["release-checklist.md"]["status_basis"] is None


def test_check_lists_inferred_statuses_without_failing(tmp_path: Path) -> None:
    shutil.copy(DOCS / "iso-z.md", tmp_path / "iso-z.md")
    shutil.copy(DOCS / "struck-items.md", tmp_path / "struck-items.md")
    lines, code = check(tmp_path)
    assert code == 0
    assert lines == ["iso-z.md: status inferred: resolved (no Status: line; add one if this is wrong)",
                     "2 files, 0 with problems, 1 with an inferred status"]


def test_check_stats_per_kind(tmp_path: Path) -> None:
    for name in ("iso-z.md", "struck-items.md", "retro-meeting.md", "release-checklist.md"):
        shutil.copy(DOCS / name, tmp_path / name)
    (tmp_path / "undated.md").write_text("# Outage\n\n## Impact\n\nx\n\n## Timeline\n\n- 09:00 a\n- later b\n")
    result = subprocess.run([sys.executable, "-m", "oncall_tui", "check", str(tmp_path), "--stats"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1  # the undated file has problems
    table = result.stdout.split("\n\n", 1)[1].splitlines()
    assert table == [
        "kind      files  with timeline  events  events without a time  items  inferred statuses",
        "meeting       1              0       0                      0      3                  0",
        "incident      3              2       8                      2      6                  1",
        "note          1              0       0                      0      0                  0",
        "total         5              2       8                      2      9                  1",
    ]
    cases = [parse_bytes((tmp_path / n).read_bytes(), n) for n in sorted(p.name for p in tmp_path.iterdir())]
    assert stats_by_kind(cases)["total"]["events"] == 8


# -- linear time: the new passes over long lines --------------------------------------------------

RUN = 300_000
LONG = {
    "timeline line of times": "# X\n\nDate: 2024-01-01\n\n## Timeline\n\n- " + "10:00 " * (RUN // 6) + "\n",
    "timeline line of dates": "# X\n\n## Timeline\n\n- " + "1/2/" * (RUN // 4) + "\n",
    "timeline line of month names": "# X\n\n## Timeline\n\n- " + "Mar " * (RUN // 4) + "\n",
    "timeline line of weekdays": "# X\n\n## Timeline\n\n- " + "Tuesday, " * (RUN // 9) + "\n",
    "timeline line of T+": "# X\n\n## Timeline\n\n- " + "T+" * (RUN // 2) + "\n",
    "zone statement run": "# X\n\n" + "times in (" * (RUN // 10) + "UTC\n",
    "parentheses run": "# X\n\n" + "(" * RUN + "\n",
    "label run before a stamp": "# X\n\n## Timeline\n\n- **" + "a" * RUN + ":** 10:00\n",
    "action item of struck marks": "# X\n\n## Fixes\n\n- ~~" + "~" * RUN + "x\n",
    "action item of dashes": "# X\n\n## Fixes\n\n- x" + " — A" * (RUN // 4) + "\n",
    "action item of owner notes": "# X\n\n## Fixes\n\n- x " + "owner: " * (RUN // 7) + "\n",
    "action item of TODO(": "# X\n\n## Fixes\n\n- TODO(" + "(" * RUN + "\n",
    "title of dates": "# " + "2024-01-01 " * (RUN // 11) + "\n",
    "front matter of one long line": "---\ntitle: " + "a" * RUN + "\n---\n# X\n",
    "org outline of stars": "#+TITLE: x\n" + "*" * RUN + " x\n",
    "file of one 2 MiB line": "x " * (1 << 20),
}


@pytest.mark.parametrize("text", LONG.values(), ids=list(LONG))
def test_long_lines_parse_in_linear_time(text: str) -> None:
    case, _seconds = timed("long line", lambda: parse_text(text, "2024-01-01-run.md"))
    assert not any("parser error" in p for p in case.problems), case.problems


# -- property: the new readers never raise on pieces of the shapes they read -----------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from oncall_tui.core.dates import find_full_date, guess_dayfirst, match_stamp, zone_statements  # noqa: E402

PIECES = ["2024-03-03", "13/03/2024", "03/13/2024", "11-06", "12.03.2024", "Nov 6, 2023", "6th Nov 2023",
          "Tuesday", "12 March", "10:42", "23:59:59", "7:05 pm", "PST", "CEST", "UTC+2", "GMT", "Z", "T+5min",
          "+00:05", "T+1h30m", "[", "]", "<", ">", "(", ")", "**", "~~", "—", "-", "|", ":", " ", "\n", "---",
          "#+TITLE: x", "* ", "## ", "### 2020-02-20", "- ", "All times in UTC", "times are Pacific",
          "Timeline", "Action items", "TODO(ana):", "[DONE]", "(done)", "Owner: Bo", "ACTION:", "•",
          "title: x", "date: 2024-01-01", "Severity: SEV-1", "Impact: Critical", "| Time | Event |",
          "|---|---|", "99:99", "2024-13-45", "31/02/2024", "0000-00-00", "T+", "+99:99"]
DOCS_OF_PIECES = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@given(text=DOCS_OF_PIECES)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_date_readers_never_raise(text: str) -> None:
    for start in range(0, len(text), max(1, len(text) // 8)):
        match_stamp(text[start:], 2024, True)
        match_stamp(text[start:], None, False)
    find_full_date(text, True)
    guess_dayfirst(text)
    for line, _zone in zone_statements(text):
        assert 0 <= line <= text.count("\n")


@given(text=DOCS_OF_PIECES, name=st.sampled_from(["x.md", "2023-01-12-x.md", "notes.txt"]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_documents_of_wild_pieces_parse(text: str, name: str) -> None:
    case = parse_text(text, name)
    assert not any("parser error" in p for p in case.problems), case.problems
    assert case.status_basis in (None, "field", "inferred")
    assert (case.status is None) == (case.status_basis is None)
    data = json.loads(json.dumps(case.export_dict()))
    assert "status_basis" in data
