"""The parser never raises and always yields a Case whose JSON validates."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes, parse_text

SEED_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "seed-cases"
DATA_DIR = Path(__file__).resolve().parents[2] / "data"


def _corpus() -> list[str]:
    texts = []
    for folder in (SEED_DIR, DATA_DIR):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and path.suffix in (".md", ".txt", ".markdown"):
                    texts.append(path.read_bytes().decode("utf-8", "replace"))
    texts.append("# Incident Report: INC-1\n\n**Severity**: P2\n\n## Timeline\n\n- **10:00** - began\n")
    return texts


CORPUS = _corpus()
HOSTILE = ["[/]", "[@click=app.quit]x[/]", "[bold]", "list[i]", "\x1b]0;pwned\x07", "\x1b[31m", "\x00",
           "\u202e", "**", "|", "---", "===", "Status: Weird", "Priority: ???", "Created: not a date",
           "**14:99:99** - bad", "- [x] done", "  - nested", "> quote", "```", "\r", "\r\n", ":"]


def _check(case: Case) -> None:
    data = json.loads(json.dumps(case.export_dict()))
    again = Case.model_validate(data)
    assert again.export_dict() == data
    assert case.kind in ("escalation", "meeting", "incident", "note")
    assert case.id


@st.composite
def mutated(draw) -> str:
    text = draw(st.sampled_from(CORPUS))
    lines = text.splitlines(keepends=True)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["cut", "dup", "inject", "swap", "truncate"]))
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        if op == "cut":
            del lines[at : at + draw(st.integers(1, 20))]
        elif op == "dup":
            end = min(len(lines), at + draw(st.integers(1, 30)))
            lines[at:at] = lines[at:end]
        elif op == "inject":
            lines.insert(at, draw(st.sampled_from(HOSTILE)) + draw(st.text(max_size=20)) + "\n")
        elif op == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        else:
            cut = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:cut]
    return "".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_documents_always_parse(text):
    _check(parse_text(text, "case.md"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_always_parse(raw):
    _check(parse_bytes(raw, "random.txt"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=1500))
def test_random_text_always_parses(text):
    _check(parse_text(text, "random.md"))


def test_problems_are_reported_not_raised():
    case = parse_text("# CE1234 - Customer Escalation Summary\n\nCustomer: Acme\nStatus: Sideways\nPriority: Whenever\nCreated: the other day\n", "x.md")
    assert case.id == "CE1234"
    assert case.status is None and case.priority is None
    assert any("unknown status" in p for p in case.problems)
    assert any("unknown priority" in p for p in case.problems)
    assert any("could not read the date" in p for p in case.problems)


def test_empty_and_binary_files_are_notes_with_problems():
    empty = parse_bytes(b"", "empty.md")
    assert empty.kind == "note" and empty.problems == ["empty file"]
    binary = parse_bytes(b"\x00\x01\x02garbage\x00", "blob.md")
    assert any("NUL" in p for p in binary.problems)


def test_timeline_entry_without_time_is_a_problem():
    text = "# Incident Report: INC-2026-0001\n\n**Start Time**: 2026-01-02 10:00 UTC\n\n## Timeline\n\n- **10:05** - paged\n- somebody looked\n"
    case = parse_text(text, "i.md")
    assert [e.text for e in case.timeline] == ["Start Time", "paged"]
    assert any("timeline entry has no time" in p for p in case.problems)


def test_checkbox_mentions_and_due_dates():
    text = (
        "# Notes\n\n## Action Items\n\n"
        "- [x] Rotate the keys @dana (due 2026-12-01)\n"
        "- [ ] Write the runbook by 2026-12-03\n"
        "- Ship the fix (in progress)\n"
    )
    items = parse_text(text, "n.md").action_items
    assert [(i.status, i.owner, i.due) for i in items] == [
        ("done", "dana", "2026-12-01"),
        ("open", None, "2026-12-03"),
        ("in_progress", None, None),
    ]
    assert items[2].text == "Ship the fix"


def test_crlf_and_cr_files_parse_like_lf(seed_dir):
    path = next(seed_dir.glob("004_*"))
    lf = parse_bytes(path.read_bytes(), path.name)
    for newline in (b"\r\n", b"\r"):
        other = parse_bytes(path.read_bytes().replace(b"\n", newline), path.name)
        assert other.export_dict() == lf.export_dict()
        assert other.source.newline == newline.decode()


def test_backslash_escapes_keep_their_character():
    text = "# Notes\n\n## Action Items\n\n- \\# not a heading\n- 1\\. not a list\n- \\*literal stars\\*\n"
    items = parse_text(text, "n.md").action_items
    assert [item.text for item in items] == ["# not a heading", "1. not a list", "*literal stars*"]
