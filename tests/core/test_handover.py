"""The handover draft and the customer status update draft (core/handover.py), without Textual."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from oncall_tui.core.changes import Snapshot, diff
from oncall_tui.core.config import SlaSettings
from oncall_tui.core.handover import (
    ASKS,
    SECTIONS,
    handover_file_name,
    handover_markdown,
    open_cases,
    previous_handover,
    save_handover,
    status_update_entry,
    status_update_text,
)
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.sla import sla_clock
from oncall_tui.core.store import CaseStore
from tests.core.handover_cases import escalation, write_folder

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
MARKED = datetime(2026, 11, 24, 6, 0, tzinfo=timezone.utc)


def sections(markdown: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = None
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = line[3:]
            out[current] = []
        elif current is not None and line.strip():
            out[current].append(line)
    return out


def folder_with_a_shift(tmp_path: Path) -> tuple[CaseStore, Snapshot]:
    folder = write_folder(tmp_path / "cases")
    store = CaseStore(folder)
    store.load_all()
    mark = Snapshot.of(store.cases(), MARKED, "mark")
    (folder / "CE7001-lumen.md").write_text(escalation(
        "CE7001", "Lumen Rail", priority="P1", status="In Progress", sentiment="Furious, threatening to cancel",
        events=("2026-11-20 09:00 UTC: Customer reported failed card payments",
                "2026-11-24 08:15 UTC: Hotfix deployed to the EU region")))
    store.rescan()
    return store, mark


def test_every_section_matches_the_cases(tmp_path):
    store, mark = folder_with_a_shift(tmp_path)
    cases = store.cases()
    report = diff(mark, cases, NOW)
    sla = SlaSettings()
    text = handover_markdown(cases, report, NOW, sla=sla, user="Dana")
    assert text.splitlines()[0] == "# Shift handover — 2026-11-24 12:00 (Dana)"
    parts = sections(text)
    assert list(parts) == list(SECTIONS)
    lumen, orchard = store.get("CE7001-lumen.md"), store.get("CE7002-orchard.md")
    tldr = parts["TL;DR"][0]
    breached = sum(1 for c in (lumen, orchard) if sla_clock(c, sla, NOW).breached)
    assert tldr == (f"2 open cases (P1 1, P2 1); {breached} past SLA; 1 overdue item; "
                    f"{len(report)} changes this shift; 1 waiting on the customer.")
    opened = parts["Open cases by priority"]
    assert opened[0] == "- **P1 CE7001** Lumen Rail — Payments from Lumen Rail fail at random"
    assert opened[1] == f"  - status: in progress · owner: Ines Varga · SLA: {sla_clock(lumen, sla, NOW).text}"
    assert opened[2] == "  - last event: 08:15 Hotfix deployed to the EU region"
    assert opened[3] == "  - next: Send the incident summary (due 2026-11-30) (unassigned)"
    assert opened[4] == "- **P2 CE7002** Orchard Bank — Payments from Orchard Bank fail at random"
    assert opened[5].startswith("  - status: open · owner: Tariq Bell · SLA: ")
    assert opened[6] == "  - last event: 2026-11-22 12:30 Waiting on customer for the failing request ids"
    assert opened[7] == "  - next: Collect request ids from Orchard Bank (due 2026-11-23) (unassigned)"
    assert len(opened) == 8  # CE7003 is resolved: not listed
    assert parts["Overdue items"] == ["- CE7002: Collect request ids from Orchard Bank (due 2026-11-23) (unassigned)"]
    shift = parts["Changes this shift"]
    assert shift[0] == "Since 06:00."
    assert "- CE7001 Payments from Lumen Rail fail at random" in shift
    assert "  - 08:15 event: Hotfix deployed to the EU region" in shift
    assert parts["Sentiment moved"][0].startswith("- CE7001: sentiment: -0.38 (Annoyed but patient) → -")
    assert parts["Waiting on the customer"] == [
        "- CE7002 Orchard Bank (last: 2026-11-22 12:30 Waiting on customer for the failing request ids)"]
    assert parts[ASKS] == ["- "]


def test_the_draft_is_a_handover_case_never_an_open_escalation(tmp_path):
    store, mark = folder_with_a_shift(tmp_path)
    text = handover_markdown(store.cases(), diff(mark, store.cases(), NOW), NOW, user="Dana")
    rel = handover_file_name(NOW, "Dana Okafor")
    assert rel == "handovers/2026-11-24-1200-dana-okafor.md"
    case = parse_bytes(text.encode(), rel)
    assert (case.kind, case.is_open, case.status, case.priority, case.problems) == ("handover", False, None, None, [])
    assert case.action_items == [] and case.timeline == []  # its lists are about other cases, not its own
    assert (case.customer, case.owner, case.sentiment) == (None, None, None)
    path = store.root / rel
    path.parent.mkdir()
    path.write_text(text)
    store.rescan()
    assert store.get(rel).kind == "handover"
    assert [c.id for c in open_cases(store.cases())] == ["CE7001", "CE7002"]
    assert previous_handover(store.cases()).path == rel


def test_a_document_that_only_mentions_a_handover_keeps_its_kind():
    text = escalation("CE7009", "Birch Labs").replace("Payments from", "Handover notes say payments from")
    assert parse_bytes(text.encode(), "CE7009.md").kind == "escalation"
    note = parse_bytes(b"# Handover checklist\n\n- pass the pager\n", "checklist.md")
    assert note.kind != "handover"  # no "Handed over:" line: not one the app wrote


def test_status_update_draft_uses_only_the_cases_own_words(tmp_path):
    store, _mark = folder_with_a_shift(tmp_path)
    lumen = store.get("CE7001-lumen.md")
    text = status_update_text(lumen, NOW)
    assert text.splitlines()[0] == "Hello Lumen Rail team, an update on CE7001 (Payments from Lumen Rail fail at random)."
    assert "Customer reported failed card payments" in text and "Hotfix deployed to the EU region" in text
    assert "Current status: in progress." in text
    assert "Next steps: Send the incident summary (due 2026-11-30)." in text
    assert text.rstrip().endswith("Next update:")
    entry = status_update_entry(text)
    assert "\n" not in entry and entry.startswith("Customer update sent: Hello Lumen Rail team")


def test_save_handover_writes_a_new_file_and_read_only_writes_nothing(tmp_path):
    import pytest

    from oncall_tui.core.edits import EditRefused
    from oncall_tui.core.storage import ReadOnlyError, Storage

    store, mark = folder_with_a_shift(tmp_path)
    text = handover_markdown(store.cases(), diff(mark, store.cases(), NOW), NOW, user="Dana")
    with pytest.raises(ReadOnlyError):
        save_handover(Storage(store.root, read_only=True), text, NOW, "Dana")
    assert not (store.root / "handovers").exists()  # not even the folder
    storage = Storage(store.root)
    first = save_handover(storage, text, NOW, "Dana")
    second = save_handover(storage, text, NOW, "Dana")  # the same minute: never replaces the first
    assert (first.rel, second.rel) == ("handovers/2026-11-24-1200-dana.md", "handovers/2026-11-24-1200-dana-2.md")
    assert (store.root / first.rel).read_text() == text and first.case.kind == "handover"
    with pytest.raises(EditRefused):  # the title line gone: it would not read back as a handover
        save_handover(storage, text.split("\n", 1)[1], NOW, "Dana")


def test_an_audited_edit_writes_the_field_and_its_timeline_entry_at_once(tmp_path):
    from oncall_tui.core.edits import SetPriority, apply_edit
    from oncall_tui.core.edits.audit import Audited, audit_text
    from oncall_tui.core.storage import Storage

    folder = write_folder(tmp_path / "cases")
    path = folder / "CE7002-orchard.md"
    before = path.read_text().splitlines()
    result = apply_edit(Storage(folder), "CE7002-orchard.md", Audited(SetPriority("P1"), "priority", NOW, "Dana"))
    after = path.read_text().splitlines()
    added = [line for line in after if line not in before]
    assert added == ["Priority: P1", "- 2026-11-24 12:00 UTC: Priority: P2 → P1 (by Dana)"]
    assert len(after) == len(before) + 1
    assert result.case.priority == "P1" and result.case.timeline[-1].text == "Priority: P2 → P1 (by Dana)"
    assert audit_text("status", "in_progress", "resolved") == "Status: In progress → Resolved"


def test_the_owner_edit_patches_the_owner_field_or_adds_one(tmp_path):
    import pytest

    from oncall_tui.core.edits import EditRefused, apply_edit
    from oncall_tui.core.edits.owner import SetOwner
    from oncall_tui.core.storage import Storage

    folder = write_folder(tmp_path / "cases")
    folder.joinpath("INC-9.md").write_text(
        "# INC-9 Incident Report\n\n**Severity:** SEV2\n**Status:** Investigating\n\n## Timeline\n\n- 10:00 UTC - Alert fired\n")
    storage = Storage(folder)
    result = apply_edit(storage, "CE7001-lumen.md", SetOwner("Tariq Bell"))
    assert result.case.owner == "Tariq Bell" and b"Assigned Engineer: Tariq Bell\n" in result.data
    before = folder.joinpath("INC-9.md").read_text().splitlines()
    result = apply_edit(storage, "INC-9.md", SetOwner("Ines Varga"))
    after = folder.joinpath("INC-9.md").read_text().splitlines()
    assert [line for line in after if line not in before] == ["**Owner:** Ines Varga"] and result.case.owner == "Ines Varga"
    with pytest.raises(EditRefused):
        apply_edit(storage, "INC-9.md", SetOwner("Eve\nStatus: Closed"))


def test_save_handover_never_writes_through_a_handovers_link(tmp_path):
    import pytest

    from oncall_tui.core.storage import Storage, StorageError

    folder = write_folder(tmp_path / "cases")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (folder / "handovers").symlink_to(outside)
    with pytest.raises(StorageError):
        save_handover(Storage(folder), handover_markdown([], None, NOW), NOW, "Dana")
    assert list(outside.iterdir()) == []
