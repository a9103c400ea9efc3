"""Faults while an edit is written: the edit fails with a clear message, the file keeps its bytes, no temp file stays.

Faults are injected at the system calls :mod:`oncall_tui.core.storage`
makes (``os.write``, ``os.fsync``, ``os.open`` of the temp file, the rename
swap), only for the temp file, so everything else runs for real.  We run as
root, where ``chmod`` cannot make a file or folder unwritable, so permission
and read-only faults are simulated the same way; the file's own read-only
mode, which storage honours even for root, is tested for real.
"""

from __future__ import annotations

import errno
import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from oncall_tui.core import storage as storage_module
from oncall_tui.core.edits import AddTimelineEntry, EditRefused, SetStatus, apply_edit
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.storage import TEMP_SUFFIX, Storage, StorageError, WriteError
from tests.hardening.guard import no_hang

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "CE2004-bluefin-matchmaking-502s.md"
REL = "case.md"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copyfile(SAMPLE, tmp_path / REL)
    (tmp_path / "other.md").write_text("# CE1 - Customer Escalation Summary\n", encoding="utf-8")
    return tmp_path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in (REL, "other.md"))


def _is_temp_fd(fd: int) -> bool:
    try:
        return os.readlink(f"/proc/self/fd/{fd}").endswith(TEMP_SUFFIX)
    except OSError:
        return False


def _fail_write_to_temp(monkeypatch, code: int, *, after: int = 0) -> None:
    """``os.write`` to the temp file writes *after* bytes, then fails with *code*."""
    real = os.write

    def write(fd, data):
        if _is_temp_fd(fd):
            if after:
                real(fd, bytes(data[:after]))
            raise OSError(code, os.strerror(code))
        return real(fd, data)

    monkeypatch.setattr(os, "write", write)


def _fail_fsync_of_temp(monkeypatch, code: int) -> None:
    real = os.fsync

    def fsync(fd):
        if _is_temp_fd(fd):
            raise OSError(code, os.strerror(code))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def _fail_temp_create(monkeypatch, code: int) -> None:
    """The folder refuses new files (what a read-only folder or file system does)."""
    real = os.open

    def open_(path, flags, *args, **kwargs):
        if str(path).endswith(TEMP_SUFFIX) and flags & os.O_CREAT:
            raise OSError(code, os.strerror(code), str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)


def _fail_swap(monkeypatch, storage: Storage, code: int) -> None:
    def swap(src, dst, flags):
        raise OSError(code, os.strerror(code), os.fsdecode(dst))

    monkeypatch.setattr(storage, "_swap", swap)
    monkeypatch.setattr(os, "replace", lambda *a, **k: (_ for _ in ()).throw(OSError(code, os.strerror(code))))


FAULTS = {
    "disk full on write": (lambda mp, st: _fail_write_to_temp(mp, errno.ENOSPC), "disk full"),
    "disk full half way through the write": (lambda mp, st: _fail_write_to_temp(mp, errno.ENOSPC, after=100),
                                             "disk full"),
    "quota exceeded on write": (lambda mp, st: _fail_write_to_temp(mp, errno.EDQUOT), "disk full"),
    "disk full on fsync": (lambda mp, st: _fail_fsync_of_temp(mp, errno.ENOSPC), "disk full"),
    "I/O error on fsync": (lambda mp, st: _fail_fsync_of_temp(mp, errno.EIO), "could not write"),
    "permission denied creating the temp file": (lambda mp, st: _fail_temp_create(mp, errno.EACCES),
                                                 "permission denied"),
    "folder on a read-only file system": (lambda mp, st: _fail_temp_create(mp, errno.EROFS), "read-only file system"),
    "no space for a new directory entry": (lambda mp, st: _fail_temp_create(mp, errno.ENOSPC), "disk full"),
    "rename fails (I/O error)": (lambda mp, st: _fail_swap(mp, st, errno.EIO), "could not write"),
    "rename refused (permission)": (lambda mp, st: _fail_swap(mp, st, errno.EPERM), "permission denied"),
}


@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
@pytest.mark.parametrize("edit", [SetStatus("resolved"), AddTimelineEntry(datetime(2026, 11, 21, 9, 30), "Paged the DB team")],
                         ids=["set-status", "add-timeline"])
def test_a_fault_while_writing_leaves_the_file_as_it_was(folder: Path, monkeypatch, fault: str, edit) -> None:
    before = (folder / REL).read_bytes()
    stat_before = os.stat(folder / REL)
    storage = Storage(folder)
    inject, words = FAULTS[fault]
    inject(monkeypatch, storage)
    with no_hang(fault), pytest.raises(StorageError) as caught:
        apply_edit(storage, REL, edit)
    monkeypatch.undo()
    message = str(caught.value)
    assert message.startswith(f"{REL}: "), message
    assert words in message and "left as it was" in message, message
    assert isinstance(caught.value, WriteError)
    assert (folder / REL).read_bytes() == before
    assert os.stat(folder / REL).st_ino == stat_before.st_ino  # not even replaced by an identical copy
    assert _leftovers(folder) == []  # no temp file left behind
    assert not storage.is_own_write(REL, storage_module.sha256_of(before))


def test_the_same_edit_works_without_a_fault(folder: Path) -> None:
    """The control: the edits above fail only because of the injected faults."""
    storage = Storage(folder)
    result = apply_edit(storage, REL, SetStatus("resolved"))
    assert parse_bytes((folder / REL).read_bytes(), REL).status == "resolved"
    assert result.previous != result.data and _leftovers(folder) == []


def test_a_read_only_file_is_refused_even_for_root(folder: Path) -> None:
    before = (folder / REL).read_bytes()
    os.chmod(folder / REL, 0o444)
    with pytest.raises(WriteError) as caught:
        apply_edit(Storage(folder), REL, SetStatus("resolved"))
    assert caught.value.reason == "permission" and "read-only" in str(caught.value)
    assert (folder / REL).read_bytes() == before and _leftovers(folder) == []


def test_chmod_on_the_folder_does_not_stop_root(folder: Path) -> None:
    """Why the read-only-folder case is simulated: as root a 0555 folder still takes new files."""
    if os.geteuid() != 0:
        pytest.skip("only meaningful as root")
    os.chmod(folder, 0o555)
    try:
        (folder / "probe.md").write_text("x", encoding="utf-8")
        assert (folder / "probe.md").exists()
    finally:
        os.chmod(folder, 0o755)


def test_the_file_removed_between_read_and_write(folder: Path, monkeypatch) -> None:
    storage = Storage(folder)
    real_read = storage.read

    def read_then_lose(rel):
        snap = real_read(rel)
        os.unlink(folder / REL)  # someone deletes it while we patch
        return snap

    monkeypatch.setattr(storage, "read", read_then_lose)
    with pytest.raises(WriteError) as caught:
        apply_edit(storage, REL, SetStatus("resolved"))
    assert caught.value.reason == "vanished" and "vanished" in str(caught.value)
    assert not (folder / REL).exists()  # the edit did not bring it back from its memory
    assert _leftovers(folder) == []


def test_the_file_removed_after_the_temp_file_was_written(folder: Path, monkeypatch) -> None:
    """Gone in the last moment before the swap: refused, temp file removed, nothing recreated."""
    storage = Storage(folder)
    real_write_temp = storage._write_temp

    def write_temp_then_lose(target, data, original, source):
        tmp = real_write_temp(target, data, original, source)
        os.unlink(folder / REL)
        return tmp

    monkeypatch.setattr(storage, "_write_temp", write_temp_then_lose)
    with pytest.raises(WriteError) as caught:
        apply_edit(storage, REL, SetStatus("resolved"))
    assert caught.value.reason == "vanished"
    assert not (folder / REL).exists() and _leftovers(folder) == []


def test_the_folder_removed_between_read_and_write(folder: Path, monkeypatch) -> None:
    storage = Storage(folder)
    real_read = storage.read
    moved = folder.parent / (folder.name + "-moved")

    def read_then_move_folder(rel):
        snap = real_read(rel)
        os.rename(folder, moved)
        return snap

    monkeypatch.setattr(storage, "read", read_then_move_folder)
    with pytest.raises(WriteError) as caught:
        apply_edit(storage, REL, SetStatus("resolved"))
    assert caught.value.reason == "vanished"
    assert not folder.exists()
    assert (moved / REL).read_bytes() == SAMPLE.read_bytes()
    assert sorted(p.name for p in moved.iterdir()) == sorted([REL, "other.md"])


def test_an_edit_that_cannot_be_verified_writes_nothing(folder: Path) -> None:
    """Refusals are not faults, but they share the promise: no write, no temp file."""
    before = (folder / REL).read_bytes()
    with pytest.raises(EditRefused):
        apply_edit(Storage(folder), REL, SetStatus("monitoring"))  # it already is: nothing to change
    assert (folder / REL).read_bytes() == before and _leftovers(folder) == []
