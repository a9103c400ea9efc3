"""The catalogue of hostile and broken inputs the hardening tests feed everywhere.

Two kinds: :data:`BYTE_CASES` are file contents (they go through the parser
directly, and into folders as files); :func:`make_fs_cases` builds the things
only a file system can hold (a 50 MB sparse file, a FIFO, symlink loops, a
folder named like a case).  Each entry says what must come out: a case with
a problem containing some words, a plain case, or a skip with a reason.
"""

from __future__ import annotations

import codecs
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from oncall_tui.core.model import Case
from oncall_tui.core.store import CaseStore

MiB = 1024 * 1024


def escalation(cid: str = "CE9001", customer: str = "Acme Rockets", *, title: str = "Customer Escalation Summary",
               nl: str = "\n", extra: str = "") -> str:
    """A small, valid escalation summary (setext style) whose fields the checks look for."""
    head = f"{cid} - {title}"
    lines = [
        head, "=" * max(3, len(head)), "",
        f"Customer: {customer}", "Priority: High", "Status: Open", "Created: 2026-11-20", "",
        "Timeline:", "---------", "- 2026-11-20 09:00: Customer reported the outage", "",
        "Next Steps:", "-----------", "- [ ] Call the customer (due 2026-11-22)", "- [x] Restart the service", "",
        "Customer Sentiment:", "-------------------", "Overall sentiment: Frustrated but cooperative",
    ]
    text = nl.join(lines) + nl
    return text + extra


Check = Callable[[Case], None]


@dataclass(frozen=True)
class ByteCase:
    """File contents and what parsing them must give."""

    name: str
    """The kind of input, as the docs table names it."""
    rel: str
    data: bytes
    problem: str | None = None
    """A word the case's problems must contain; None: no problem is required."""
    check: Check | None = None
    clean: bool = False
    """True: the case must have no problems at all (a valid file in an unusual form)."""


def _fields_ok(customer: str = "Acme Rockets") -> Check:
    def check(case: Case) -> None:
        assert case.kind == "escalation", case.kind
        assert case.customer == customer, case.customer
        assert case.priority == "P2" and case.status == "open", (case.priority, case.status)
        assert len(case.action_items) == 2, case.action_items
        assert case.sentiment is not None and case.sentiment.label == "Frustrated but cooperative"

    return check


def _nested_list_lines(depth: int) -> bytes:
    return "".join("  " * i + f"- level {i}\n" for i in range(depth)).encode()


def _ragged_table() -> bytes:
    return (
        "# CE9020 - Customer Escalation Summary\n\nCustomer: Ragged Co\n\n## Action Items\n\n"
        "| Task | Owner | Due | Status |\n|---|---|---|---|\n"
        "| only one cell |\n"
        "| two | cells |\n"
        "| a | b | 2026-11-30 | Done | extra | cells | beyond |\n"
        "|\n"
        "| | | | |\n"
        "no pipes at all in this row\n"
        "| last | Dana | tomorrow | In Progress |\n"
    ).encode()


def _ragged_check(case: Case) -> None:
    assert case.customer == "Ragged Co"
    texts = [item.text for item in case.action_items]
    assert "only one cell" in texts and "a" in texts, texts


def _mostly_utf8_with_a_bad_byte() -> bytes:
    good = escalation("CE9010", "Café Zürich — ✅ déjà vu").encode("utf-8")
    return good.replace(b"Priority", b"Pri\xffority", 1)


def _invalid_utf8_check(case: Case) -> None:
    assert case.source.encoding in ("cp1252", "latin-1"), case.source.encoding


def _utf16_truncated() -> bytes:
    return codecs.BOM_UTF16_LE + escalation("CE9022").encode("utf-16-le")[:-1]


def _mixed_endings() -> bytes:
    lines = escalation("CE9014").split("\n")
    ends = ["\r\n", "\n", "\r"]
    return "".join(line + ends[i % 3] for i, line in enumerate(lines[:-1])).encode()


BYTE_CASES: tuple[ByteCase, ...] = (
    ByteCase("0-byte file", "empty.md", b"", problem="empty file"),
    ByteCase("binary", "binary.md", random.Random(7).randbytes(64 * 1024), problem="NUL"),
    ByteCase("single 1 MB line", "one-line.md", (b"word [x] **b** `c` <d> " * 50_000)[:MiB]),
    ByteCase("1 MB line: field with a run of spaces", "spaces-field.md",
             b"# CE9002 - Customer Escalation Summary\n\nCustomer: a" + b" " * MiB + b"b\nStatus: open"
             + b"\t" * 100_000 + b"x\nPriority: P" + b" " * 100_000 + b"1\n"),
    ByteCase("1 MB line: sentiment label with leading spaces", "spaces-label.md",
             b"# X\n\npara\n" + b" " * MiB + b"Overall sentiment: ok" + b" " * 100_000 + b"fine\n"),
    ByteCase("1 MB line: action item with runs of spaces and brackets", "spaces-item.md",
             b"# X\n\n## Action Items\n\n- [ ] do" + b" " * 500_000 + b"it (owner" + b" " * 100_000 + b"(due"
             + b"(" * 100_000 + b"\n"),
    ByteCase("1 MB line: customer of parentheses", "parens.md",
             b"# CE9003 - Customer Escalation Summary\n\nCustomer: " + b"(" * 500_000 + b"\n"),
    ByteCase("1 MB line: voice of dots", "dots.md",
             b"# X\n\n## Customer Feedback\n\nThey are angry" + b"." * 500_000 + b"x\n"),
    ByteCase("1 MB line: title of dashes", "dashes.md", b"# T" + b"-" * 500_000 + b"x\n"),
    ByteCase("'[' * 80000", "brackets.md", b"[" * 80_000),
    ByteCase("'[' * 80000 in a title", "brackets-title.md", b"# " + b"[" * 80_000 + b"\n"),
    ByteCase("nested lists, 5,000 levels on one line", "nested-list.md", b"- " * 5000 + b"deep\n",
             problem="nested too deeply"),
    ByteCase("nested lists, 1,000 indented levels", "nested-list-lines.md", _nested_list_lines(1000),
             problem="nested too deeply"),
    ByteCase("nested quotes, 5,000 levels", "nested-quote.md", b">" * 5000 + b" deep\n",
             problem="nested too deeply"),
    ByteCase("nested quotes and lists mixed, 5,000 levels", "nested-mixed.md", b"> - " * 5000 + b"deep\n",
             problem="nested too deeply"),
    ByteCase("ragged tables", "ragged.md", _ragged_table(), check=_ragged_check),
    ByteCase("invalid UTF-8", "invalid-utf8.md", _mostly_utf8_with_a_bad_byte(), problem="not valid UTF-8",
             check=_invalid_utf8_check),
    ByteCase("latin-1/cp1252", "cp1252.md", escalation("CE9011", "Café Müller – Zürich").encode("cp1252"),
             check=_fields_ok("Café Müller – Zürich"), clean=True),
    ByteCase("latin-1 only (bytes cp1252 leaves undefined)", "latin1.md",
             escalation("CE9015", "M\x81ller").encode("latin-1"), check=_fields_ok("M\x81ller"), clean=True),
    ByteCase("UTF-16 with BOM", "utf16.md", escalation("CE9012", "Ünïcode Ltd").encode("utf-16"),
             check=_fields_ok("Ünïcode Ltd"), clean=True),
    ByteCase("UTF-16 with BOM, truncated", "utf16-cut.md", _utf16_truncated(), problem="not valid utf-16"),
    ByteCase("CR-only line endings", "cr.md", escalation("CE9013", nl="\r").encode(), check=_fields_ok(),
             clean=True),
    ByteCase("mixed line endings", "mixed.md", _mixed_endings(), check=_fields_ok(), clean=True),
    ByteCase("no trailing newline", "no-eol.md", escalation("CE9016").rstrip("\n").encode(), check=_fields_ok(),
             clean=True),
    ByteCase("NUL in a field", "nul.md", escalation("CE9017", "Nul\x00Corp").encode(), problem="NUL"),
    ByteCase("C0/C1 controls and escape sequences", "controls.md",
             escalation("CE9018", "Ctl\x85\x9b31m\x1b]0;pwned\x07\x1b[2J Corp").encode()),
    ByteCase("RLO and other bidi controls", "bidi.md",
             escalation("CE9019", "Evil \u202egnp.exe\u202c \u2066iso\u2069 Corp").encode()),
    ByteCase("markup in every field", "markup.md",
             escalation("CE9021", "[@click=app.quit]x[/] [bold]B[/bold]", title="[red]t[/] list[i]").encode()),
)


# --------------------------------------------------------------------------- file-system cases


@dataclass
class FsCase:
    """Something only a folder can hold, and what the store must make of it."""

    name: str
    rel: str
    outcome: str
    """``problem``: a case whose problems contain *words*; ``skipped``: a skip whose reason does;
    ``folder``: not a case itself, but the case inside it is read."""
    words: str
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def make_fs_cases(root: Path, outside: Path) -> list[FsCase]:
    """Create every file-system special under *root* (*outside*: a folder beside it)."""
    out: list[FsCase] = []

    big = root / "huge-50mb.md"
    with open(big, "wb") as fh:  # sparse: created in microseconds, never filled
        fh.truncate(50 * MiB)
    out.append(FsCase("50 MB file (sparse)", "huge-50mb.md", "problem", "over the 2 MiB limit"))

    (root / "folder.md").mkdir()
    (root / "folder.md" / "CE9030.md").write_text(escalation("CE9030", "Inside Folder"), encoding="utf-8")
    out.append(FsCase("a directory named x.md", "folder.md", "folder", "folder.md/CE9030.md",
                      note="a folder is a folder: it is walked, and the case inside it is read"))

    os.mkfifo(root / "fifo.md")
    out.append(FsCase("a FIFO named x.md", "fifo.md", "skipped", "FIFO"))

    os.symlink("loop-b.md", root / "loop-a.md")
    os.symlink("loop-a.md", root / "loop-b.md")
    out.append(FsCase("symlink loop", "loop-a.md", "skipped", "symlink loop"))

    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.md").write_text(escalation("CE9031", "Outside Corp"), encoding="utf-8")
    os.symlink(outside / "secret.md", root / "escape.md")
    out.append(FsCase("symlink out of the folder", "escape.md", "skipped", "outside the case folder"))

    os.symlink(outside, root / "escape-dir")
    out.append(FsCase("symlink to a folder outside", "escape-dir", "skipped", "outside the case folder"))

    os.symlink("nowhere.md", root / "dangling.md")
    out.append(FsCase("broken symlink", "dangling.md", "skipped", "broken symlink"))

    (root / "dup-a.md").write_text(escalation("CE9040", "Twin One"), encoding="utf-8")
    (root / "dup-b.md").write_text(escalation("CE9040", "Twin Two"), encoding="utf-8")
    out.append(FsCase("duplicate ids", "dup-b.md", "problem", "duplicate id CE9040"))
    return out


def write_byte_cases(root: Path, cases: tuple[ByteCase, ...] = BYTE_CASES) -> None:
    for case in cases:
        path = root / case.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(case.data)


def good_cases(root: Path) -> dict[str, str]:
    """Two ordinary cases that must keep showing whatever else the folder holds (rel → id)."""
    (root / "good").mkdir(parents=True, exist_ok=True)
    (root / "good" / "CE1001.md").write_text(escalation("CE1001", "Good Customer One"), encoding="utf-8")
    (root / "good" / "CE1002.md").write_text(escalation("CE1002", "Good Customer Two"), encoding="utf-8")
    return {"good/CE1001.md": "CE1001", "good/CE1002.md": "CE1002"}


def assert_hostile_outcomes(store: CaseStore, fs_cases: list[FsCase], good: dict[str, str]) -> None:
    """The expectations every reader of the folder (store, refresh, app) must meet."""
    for hostile in BYTE_CASES:
        case = store.get(hostile.rel)
        assert case is not None, f"{hostile.name}: {hostile.rel} not shown"
        if hostile.problem:
            assert any(hostile.problem in p for p in case.problems), (hostile.name, case.problems)
        if hostile.clean:
            assert case.problems == [], (hostile.name, case.problems)
        if hostile.check:
            hostile.check(case)
    skipped = store.skipped
    for fs in fs_cases:
        if fs.outcome == "problem":
            case = store.get(fs.rel)
            assert case is not None and any(fs.words in p for p in case.problems), (fs.name, case)
        elif fs.outcome == "skipped":
            assert store.get(fs.rel) is None, fs.name
            assert fs.words in skipped.get(fs.rel, ""), (fs.name, skipped)
        else:  # a folder: not a case, its contents are
            assert store.get(fs.rel) is None and fs.rel not in skipped, fs.name
            assert store.get(fs.words) is not None, fs.name
    for rel, case_id in good.items():
        case = store.get(rel)
        assert case is not None and case.id == case_id and case.problems == [], case
        assert case.customer.startswith("Good Customer")
    assert store.get("escape.md") is None and store.by_id("CE9031") is None  # nothing leaked from outside
