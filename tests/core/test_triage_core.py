"""Issue 16, core side: what counts as open, which file keeps an id, owners' name forms, new cases' times."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oncall_tui.core.store import CaseStore

REAL = "# CE2005 - Customer Escalation Summary\n\n**Customer:** Kestrel Foods\n**Priority:** P2\n**Status:** Open\n"


def load(root: Path) -> CaseStore:
    store = CaseStore(root)
    store.load_all()
    return store


# --------------------------------------------------------------------------- item 10: problems, not open cases


@pytest.mark.parametrize(("name", "raw"), [
    ("empty.md", b""),
    ("blank.txt", b"  \n\n\t\n"),
    ("bom-only.md", b"\xef\xbb\xbf"),
    ("binary.md", bytes(range(256)) * 8),
    ("nul-escalation.md", b"# CE3001 - Customer Escalation Summary\n\x00\x00\x01\x02"),
], ids=["empty", "blank", "bom-only", "binary", "nul-escalation"])
def test_empty_blank_bom_only_and_binary_files_are_problems_not_open(tmp_path: Path, name: str, raw: bytes) -> None:
    (tmp_path / name).write_bytes(raw)
    (tmp_path / "CE2005.md").write_text(REAL, encoding="utf-8")
    store = load(tmp_path)
    case = store.get(name)
    assert case.problems, "the file is listed with its problem"
    assert case.is_open is False
    assert [c.path for c in store.cases() if c.is_open] == ["CE2005.md"]


def test_an_unreadable_file_is_not_open(tmp_path: Path, monkeypatch) -> None:
    import errno

    (tmp_path / "denied.md").write_text(REAL.replace("CE2005", "CE2006"), encoding="utf-8")
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if str(path).endswith("denied.md"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    case = load(tmp_path).get("denied.md")
    assert case.problems == ["could not read: permission denied"] and case.is_open is False


# --------------------------------------------------------------------------- item 11: a stray copy keeps its hands off the id

ORIGINAL = "CE2005-kestrel-billing.txt"


def test_a_copy_dropped_in_later_gets_the_suffix_not_the_original(tmp_path: Path) -> None:
    (tmp_path / ORIGINAL).write_text(REAL, encoding="utf-8")
    store = load(tmp_path)
    copy = tmp_path / "CE2005-copy.txt"  # sorts before the original by path
    copy.write_bytes((tmp_path / ORIGINAL).read_bytes())
    change = store.refresh(["CE2005-copy.txt"])
    assert change.added == ("CE2005-copy.txt",) and change.updated == ()
    assert store.get(ORIGINAL).id == "CE2005" and store.get(ORIGINAL).problems == []
    assert store.get("CE2005-copy.txt").id == "CE2005-2"
    assert store.by_id("CE2005").path == ORIGINAL


def test_a_fresh_load_gives_the_id_to_the_oldest_file_then_by_path(tmp_path: Path) -> None:
    original = tmp_path / ORIGINAL
    original.write_text(REAL, encoding="utf-8")
    copy = tmp_path / "CE2005-copy.txt"
    copy.write_bytes(original.read_bytes())
    third = tmp_path / "CE2005-z.txt"
    third.write_bytes(original.read_bytes())
    os.utime(original, ns=(1_000_000_000, 1_000_000_000))
    os.utime(copy, ns=(3_000_000_000, 3_000_000_000))
    os.utime(third, ns=(2_000_000_000, 2_000_000_000))
    for _ in range(2):  # the same answer every time
        store = load(tmp_path)
        assert {c.path: c.id for c in store.cases()} == {
            ORIGINAL: "CE2005", "CE2005-z.txt": "CE2005-2", "CE2005-copy.txt": "CE2005-3"}
    os.utime(third, ns=(1_000_000_000, 1_000_000_000))  # same age as the original: path order
    store = load(tmp_path)
    assert store.get("CE2005-z.txt").id == "CE2005-2" and store.get(ORIGINAL).id == "CE2005"


def test_when_the_holder_is_deleted_the_oldest_remaining_file_takes_the_id(tmp_path: Path) -> None:
    original = tmp_path / ORIGINAL
    original.write_text(REAL, encoding="utf-8")
    store = load(tmp_path)
    for name, ns in (("CE2005-b.txt", 3_000_000_000), ("CE2005-c.txt", 2_000_000_000)):
        (tmp_path / name).write_bytes(original.read_bytes())
        os.utime(tmp_path / name, ns=(ns, ns))
    store.refresh(["CE2005-b.txt", "CE2005-c.txt"])
    assert store.get(ORIGINAL).id == "CE2005"
    original.unlink()
    store.refresh([ORIGINAL])
    assert store.get("CE2005-c.txt").id == "CE2005" and store.get("CE2005-b.txt").id == "CE2005-2"
