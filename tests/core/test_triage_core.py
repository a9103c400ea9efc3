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
