"""A folder holding every hostile thing at once, through the store, ``export`` and ``check``.

Each byte case must show as a case with its problem, each file-system
special as a skip with its reason (or, for a folder named ``x.md``, as the
folder it is), the ordinary cases beside them must be read as usual, and
nothing may block: a FIFO named ``x.md`` is never opened for reading.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oncall_tui.core import walk as walk_module
from oncall_tui.core.export import check, export_json
from oncall_tui.core.folder import Entry
from oncall_tui.core.store import CaseStore
from tests.hardening.guard import no_hang
from tests.hardening.helpers import disk_view, store_view
from tests.hardening.hostile import (
    BYTE_CASES,
    MiB,
    FsCase,
    assert_hostile_outcomes,
    good_cases,
    make_fs_cases,
    write_byte_cases,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def hostile_folder(tmp_path: Path) -> tuple[Path, list[FsCase], dict[str, str]]:
    root = tmp_path / "cases"
    root.mkdir()
    write_byte_cases(root)
    fs_cases = make_fs_cases(root, tmp_path / "outside")
    good = good_cases(root)
    return root, fs_cases, good


def test_store_reads_every_hostile_input_with_a_problem_or_a_reason(hostile_folder) -> None:
    root, fs_cases, good = hostile_folder
    store = CaseStore(root)
    with no_hang("load_all over the hostile folder"):
        store.load_all()
    assert_hostile_outcomes(store, fs_cases, good)


def test_watcher_path_refresh_gives_what_a_full_load_gives(hostile_folder) -> None:
    """The watcher names paths one by one; refreshing each must end where load_all ends."""
    root, fs_cases, good = hostile_folder
    store = CaseStore(root)
    paths = [c.rel for c in BYTE_CASES] + [f.rel for f in fs_cases] + list(good) + ["dup-a.md", "loop-b.md"]
    with no_hang("refresh of every hostile path"):
        store.refresh(paths)
    assert_hostile_outcomes(store, fs_cases, good)
    assert store_view(store) == disk_view(root)
    with no_hang("refresh again"):
        assert not store.refresh(paths)  # nothing changed: nothing reported


def test_the_50_mb_file_is_refused_by_size_without_being_read(hostile_folder, monkeypatch) -> None:
    root, _fs, _good = hostile_folder
    read_from_big: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        if os.fstat(fd).st_size >= 50 * MiB:
            read_from_big.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counting_read)
    store = CaseStore(root)
    store.load_all()
    case = store.get("huge-50mb.md")
    assert case.problems == ["not read: 50 MiB is over the 2 MiB limit"]
    assert sum(read_from_big) == 0


def test_export_and_check_cover_every_hostile_input(hostile_folder) -> None:
    root, fs_cases, good = hostile_folder
    with no_hang("export"):
        exported = json.loads(export_json(root))
    paths = [item["path"] for item in exported]
    assert paths == sorted(paths)
    for hostile in BYTE_CASES:
        assert hostile.rel in paths
    for fs in fs_cases:
        assert (fs.rel in paths) == (fs.outcome == "problem"), fs.name
    assert set(good) <= set(paths)
    with no_hang("check"):
        lines, code = check(root)
    assert code == 1
    report = "\n".join(lines)
    for hostile in BYTE_CASES:
        if hostile.problem:
            assert any(line.startswith(f"{hostile.rel}: ") and hostile.problem in line for line in lines), hostile.name
    for fs in fs_cases:
        if fs.outcome == "skipped":
            assert f"{fs.rel}: skipped: " in report and fs.words in report, fs.name
    assert all("\x1b" not in line and "\x00" not in line for line in lines)  # control characters escaped
    assert lines[-1].endswith("skipped")


def test_the_command_line_never_blocks_on_the_hostile_folder(hostile_folder) -> None:
    """Real processes: a FIFO that was opened for reading would hang them until the timeout."""
    root, _fs, good = hostile_folder
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "oncall_tui", "check", str(root)], capture_output=True,
                          timeout=120, env=env, cwd=REPO)
    assert done.returncode == 1, done.stderr
    out = done.stdout.decode("utf-8")
    assert "fifo.md: skipped: a FIFO, not a regular file" in out
    done = subprocess.run([sys.executable, "-m", "oncall_tui", "export", str(root), "--format", "json"],
                          capture_output=True, timeout=120, env=env, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert set(good) <= {item["path"] for item in json.loads(done.stdout)}


def test_permission_denied_is_a_problem_on_the_case(tmp_path: Path, monkeypatch) -> None:
    """As root, ``chmod 000`` does not stop a read, so a failing open is simulated in-process."""
    (tmp_path / "denied.md").write_text("# CE9060 - Customer Escalation Summary\n", encoding="utf-8")
    os.chmod(tmp_path / "denied.md", 0)
    if os.geteuid() == 0:
        with open(tmp_path / "denied.md", "rb") as fh:  # root reads it anyway: the OS cannot show the path
            assert fh.read(1) == b"#"
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):
        if str(path).endswith("denied.md"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    store = CaseStore(tmp_path)
    store.load_all()
    assert store.get("denied.md").problems == ["could not read: permission denied"]
    lines, code = check(tmp_path)
    assert code == 1 and "denied.md: could not read: permission denied" in lines


def test_a_file_deleted_between_the_event_and_the_read(tmp_path: Path, monkeypatch) -> None:
    """The stat finds it, the open does not: the path is simply gone, with no error and no skip."""
    good = good_cases(tmp_path)
    target = tmp_path / "vanishing.md"
    target.write_text("# CE9070 - Customer Escalation Summary\n", encoding="utf-8")
    store = CaseStore(tmp_path)
    store.load_all()
    assert store.get("vanishing.md") is not None
    # refresh() stats the path in core/walk.py (FolderWalk), so that is where the stat is patched
    target.write_text("# CE9070 - Customer Escalation Summary\n\nStatus: Closed\n", encoding="utf-8")
    real_stat_entry = walk_module.stat_entry

    def stat_then_delete(root, rel):
        found = real_stat_entry(root, rel)
        if rel == "vanishing.md" and isinstance(found, Entry):
            os.unlink(target)  # the file goes between the stat and the open
        return found

    monkeypatch.setattr(walk_module, "stat_entry", stat_then_delete)
    change = store.refresh([str(target)])
    assert change.removed == ("vanishing.md",)
    assert store.get("vanishing.md") is None and "vanishing.md" not in store.skipped
    assert {c.path for c in store.cases()} == set(good)
