"""Storage: atomic, conflict-checked, read-only-guarded writes on real files."""

from __future__ import annotations

import ast
import builtins
import errno
import io
import os
import stat
import time
from pathlib import Path

import pytest

from oncall_tui.core import storage as storage_mod
from oncall_tui.core import swap as swap_mod
from oncall_tui.core.storage import (
    TEMP_SUFFIX,
    ConflictError,
    OwnWrites,
    ReadError,
    ReadOnlyError,
    Storage,
    StorageError,
    WriteError,
    sha256_of,
)
from tests.helpers.audit import calls, offenders, string_args

SAMPLES = [
    b"CE1001 - Customer Escalation Summary\n=====\n\nStatus: Open\n",
    b"\xef\xbb\xbf# Title\r\n\r\n**Status**: Resolved  \r\n",
    "Kunde: M\u00fcller GmbH\nStatus: Offen\n".encode("latin-1"),
    b"no trailing newline",
    b"",
]


def listing(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(TEMP_SUFFIX)]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "cases"
    root.mkdir()
    (root / "case.md").write_bytes(SAMPLES[0])
    return root


@pytest.fixture(params=["exchange", "replace"])
def store(request, folder: Path) -> Storage:
    """Both install paths: renameat2 exchange (Linux) and the portable fallback."""
    s = Storage(folder)
    if request.param == "replace":
        s._swap = None
    elif s._swap is None:
        pytest.skip("renameat2 is not available on this platform")
    return s


# ----------------------------------------------------------------------------- happy path


@pytest.mark.parametrize("data", SAMPLES)
def test_round_trip_keeps_bytes(store: Storage, folder: Path, data: bytes):
    before = store.read("case.md")
    result = store.write("case.md", data, expected_sha256=before.sha256)
    assert (folder / "case.md").read_bytes() == data
    snap = store.read("case.md")
    assert snap.data == data
    assert snap.sha256 == result.sha256 == sha256_of(data)
    assert snap.size == result.size == len(data)
    assert snap.mtime_ns == result.mtime_ns
    assert temp_files(folder) == []


def test_no_op_write_gives_identical_bytes(store: Storage, folder: Path):
    snap = store.read("case.md")
    store.write("case.md", snap.data, expected_sha256=snap.sha256)
    assert (folder / "case.md").read_bytes() == SAMPLES[0]


def test_mode_is_kept(store: Storage, folder: Path):
    os.chmod(folder / "case.md", 0o640)
    snap = store.read("case.md")
    store.write("case.md", b"changed\n", expected_sha256=snap.sha256)
    assert stat.S_IMODE(os.stat(folder / "case.md").st_mode) == 0o640
    os.chmod(folder / "case.md", 0o600)
    snap = store.read("case.md")
    store.write("case.md", b"again\n", expected_sha256=snap.sha256)
    assert stat.S_IMODE(os.stat(folder / "case.md").st_mode) == 0o600


def test_write_replaces_the_inode_so_readers_see_whole_versions(store: Storage, folder: Path):
    inode = os.stat(folder / "case.md").st_ino
    with open(folder / "case.md", "rb") as reader:
        store.write("case.md", b"new\n", expected_sha256=sha256_of(SAMPLES[0]))
        assert reader.read() == SAMPLES[0]  # an open reader keeps the old version
    assert os.stat(folder / "case.md").st_ino != inode


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_new_file_gets_0644_under_umask(store: Storage, folder: Path, umask: int):
    old = os.umask(umask)
    try:
        store.write("new.md", b"# New\n", expected_sha256=None)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(folder / "new.md").st_mode) == 0o644 & ~umask
    assert (folder / "new.md").read_bytes() == b"# New\n"


def test_create_in_subfolder_and_rel_keys(store: Storage, folder: Path):
    (folder / "2026").mkdir()
    result = store.write("2026/inc.md", b"x\n", expected_sha256=None)
    assert store.is_own_write("2026/inc.md", result.sha256)
    assert store.is_own_write(folder / "2026" / "inc.md", result.sha256)
    assert store.rel(folder / "2026" / "inc.md") == "2026/inc.md"


# ----------------------------------------------------------------------------- conflicts


def test_external_change_is_a_conflict_and_survives(store: Storage, folder: Path):
    snap = store.read("case.md")
    (folder / "case.md").write_bytes(b"someone else\n")
    with pytest.raises(ConflictError) as info:
        store.write("case.md", b"mine\n", expected_sha256=snap.sha256)
    assert (folder / "case.md").read_bytes() == b"someone else\n"
    assert info.value.expected_sha256 == snap.sha256
    assert info.value.actual_sha256 == sha256_of(b"someone else\n")
    assert "changed on disk" in str(info.value)
    assert temp_files(folder) == []


def test_change_in_the_last_instant_is_put_back(folder: Path, monkeypatch):
    """A write that lands after the hash check but before the swap is not lost."""
    s = Storage(folder)
    if s._swap is None:
        pytest.skip("the exchange path needs renameat2")
    real = swap_mod.other_writers
    calls = []

    def check_then_interfere(fd):
        # The last check before the swap: the hash matched; now an editor saves.
        answer = real(fd)
        if not calls:
            calls.append(fd)
            interloper = folder / ".editor-save"
            interloper.write_bytes(b"edited in vim\n")
            os.replace(interloper, folder / "case.md")
        return answer

    monkeypatch.setattr(swap_mod, "other_writers", check_then_interfere)
    with pytest.raises(ConflictError):
        s.write("case.md", b"mine\n", expected_sha256=sha256_of(SAMPLES[0]))
    assert (folder / "case.md").read_bytes() == b"edited in vim\n"
    assert temp_files(folder) == []


def test_create_refuses_existing_file(store: Storage, folder: Path):
    with pytest.raises(ConflictError) as info:
        store.write("case.md", b"x", expected_sha256=None)
    assert "already exists" in str(info.value)
    assert (folder / "case.md").read_bytes() == SAMPLES[0]


def test_create_refuses_file_that_appears_meanwhile(store: Storage, folder: Path, monkeypatch):
    real = store._write_temp

    def write_temp_then_someone_creates(target, data, original, source):
        tmp = real(target, data, original, source)
        (folder / "new.md").write_bytes(b"theirs\n")
        return tmp

    monkeypatch.setattr(store, "_write_temp", write_temp_then_someone_creates)
    with pytest.raises(ConflictError):
        store.write("new.md", b"mine\n", expected_sha256=None)
    assert (folder / "new.md").read_bytes() == b"theirs\n"
    assert temp_files(folder) == []


# ----------------------------------------------------------------------------- failures


def test_disk_full_during_write_leaves_original(store: Storage, folder: Path, monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_mod.os, "write", full)
    with pytest.raises(WriteError) as info:
        store.write("case.md", b"x" * 10000, expected_sha256=sha256_of(SAMPLES[0]))
    monkeypatch.undo()
    assert info.value.reason == "disk_full"
    assert "disk full" in str(info.value)
    assert (folder / "case.md").read_bytes() == SAMPLES[0]
    assert temp_files(folder) == []


def test_disk_full_at_fsync_leaves_original(store: Storage, folder: Path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_mod.os, "fsync", full)
    with pytest.raises(WriteError) as info:
        store.write("case.md", b"y\n", expected_sha256=sha256_of(SAMPLES[0]))
    monkeypatch.undo()
    assert info.value.reason == "disk_full"
    assert (folder / "case.md").read_bytes() == SAMPLES[0]
    assert temp_files(folder) == []


def test_short_writes_are_completed(store: Storage, folder: Path, monkeypatch):
    real = os.write
    monkeypatch.setattr(storage_mod.os, "write", lambda fd, data: real(fd, bytes(data[:7])))
    data = bytes(range(256)) * 40
    store.write("case.md", data, expected_sha256=sha256_of(SAMPLES[0]))
    monkeypatch.undo()
    assert (folder / "case.md").read_bytes() == data


def test_permission_denied_leaves_original(store: Storage, folder: Path, monkeypatch):
    if os.geteuid() == 0:
        # root ignores directory permissions, so simulate the kernel's refusal
        # at the point where the temp file would be created.
        real = os.open

        def refuse(path, flags, *args, **kwargs):
            if flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(path, flags, *args, **kwargs)

        monkeypatch.setattr(storage_mod.os, "open", refuse)
    else:
        os.chmod(folder, 0o555)
    try:
        with pytest.raises(WriteError) as info:
            store.write("case.md", b"x", expected_sha256=sha256_of(SAMPLES[0]))
    finally:
        monkeypatch.undo()
        os.chmod(folder, 0o755)
    assert info.value.reason == "permission"
    assert "permission denied" in str(info.value)
    assert (folder / "case.md").read_bytes() == SAMPLES[0]
    assert temp_files(folder) == []


def test_read_only_file_is_not_replaced(store: Storage, folder: Path):
    """A real refusal, also as root: a rename would otherwise replace a chmod 444 file."""
    os.chmod(folder / "case.md", 0o444)
    with pytest.raises(WriteError) as info:
        store.write("case.md", b"x", expected_sha256=sha256_of(SAMPLES[0]))
    with pytest.raises(WriteError):
        store.remove("case.md", expected_sha256=sha256_of(SAMPLES[0]))
    assert info.value.reason == "permission" and "permission denied" in str(info.value)
    assert (folder / "case.md").read_bytes() == SAMPLES[0]
    assert stat.S_IMODE(os.stat(folder / "case.md").st_mode) == 0o444
    assert temp_files(folder) == []


def test_read_only_file_system_is_named(store: Storage, folder: Path, monkeypatch):
    def erofs(path, flags, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(storage_mod.os, "open", erofs)
    with pytest.raises(WriteError) as info:
        store.write("case.md", b"x", expected_sha256=sha256_of(SAMPLES[0]))
    monkeypatch.undo()
    assert info.value.reason == "read_only_fs"
    assert "read-only file system" in str(info.value)


def test_file_vanished_before_write(store: Storage, folder: Path):
    snap = store.read("case.md")
    (folder / "case.md").unlink()
    with pytest.raises(WriteError) as info:
        store.write("case.md", b"x", expected_sha256=snap.sha256)
    assert info.value.reason == "vanished"
    assert "vanished" in str(info.value)
    assert listing(folder) == []


def test_file_vanished_just_before_swap(store: Storage, folder: Path, monkeypatch):
    real = store._write_temp

    def write_temp_then_delete(target, data, original, source):
        tmp = real(target, data, original, source)
        (folder / "case.md").unlink()
        return tmp

    monkeypatch.setattr(store, "_write_temp", write_temp_then_delete)
    with pytest.raises(WriteError) as info:
        store.write("case.md", b"x", expected_sha256=sha256_of(SAMPLES[0]))
    assert info.value.reason == "vanished"
    assert listing(folder) == []  # not resurrected, no temp file


def test_folder_vanished(tmp_path: Path):
    root = tmp_path / "cases"
    (root / "sub").mkdir(parents=True)
    s = Storage(root)
    (root / "sub").rmdir()
    with pytest.raises(WriteError) as info:
        s.write("sub/new.md", b"x", expected_sha256=None)
    assert info.value.reason == "vanished"


def test_read_errors_are_user_facing(store: Storage, folder: Path):
    with pytest.raises(ReadError) as info:
        store.read("missing.md")
    assert info.value.reason == "vanished"
    (folder / "dir.md").mkdir()
    with pytest.raises(ReadError):
        store.read("dir.md")


# ----------------------------------------------------------------------------- paths


@pytest.mark.parametrize("rel", ["../outside.md", "/etc/passwd", "..", "sub/../../x.md"])
def test_paths_outside_root_are_refused(store: Storage, folder: Path, rel: str):
    with pytest.raises(WriteError) as info:
        store.write(rel, b"x", expected_sha256=None)
    assert info.value.reason == "outside_root"
    assert not (folder.parent / "outside.md").exists()


def test_symlinked_folder_leading_outside_is_refused(store: Storage, folder: Path, tmp_path: Path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (folder / "link").symlink_to(elsewhere)
    with pytest.raises(WriteError):
        store.write("link/x.md", b"x", expected_sha256=None)
    assert list(elsewhere.iterdir()) == []


def test_symlinked_file_is_not_written_through(store: Storage, folder: Path):
    (folder / "alias.md").symlink_to(folder / "case.md")
    with pytest.raises(WriteError) as info:
        store.write("alias.md", b"x", expected_sha256=sha256_of(SAMPLES[0]))
    assert info.value.reason == "not_a_file"
    assert (folder / "alias.md").is_symlink()
    assert (folder / "case.md").read_bytes() == SAMPLES[0]


def test_temp_names_are_reserved(store: Storage):
    with pytest.raises(WriteError):
        store.write(".x.md.0123456789ab.oncall-tmp", b"x", expected_sha256=None)


# ----------------------------------------------------------------------------- read-only


def _forbid_write_opens(monkeypatch) -> list[str]:
    attempts: list[str] = []
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    real_os_open, real_open = os.open, builtins.open

    def guarded_os_open(path, flags, *args, **kwargs):
        if flags & write_flags:
            attempts.append(f"os.open({path}, {flags:#o})")
            raise AssertionError("opened for writing in read-only mode")
        return real_os_open(path, flags, *args, **kwargs)

    def guarded_open(file, mode="r", *args, **kwargs):
        if any(ch in mode for ch in "wax+"):
            attempts.append(f"open({file}, {mode})")
            raise AssertionError("opened for writing in read-only mode")
        return real_open(file, mode, *args, **kwargs)

    def guarded_rename(*args, **kwargs):
        attempts.append(f"rename{args}")
        raise AssertionError("renamed in read-only mode")

    monkeypatch.setattr(os, "open", guarded_os_open)
    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    for name in ("replace", "rename", "unlink", "link"):
        monkeypatch.setattr(os, name, guarded_rename)
    return attempts


def test_read_only_refuses_before_opening_anything(folder: Path, monkeypatch):
    (folder / ".case.md.0123456789ab.oncall-tmp").write_bytes(b"stale")
    os.utime(folder / ".case.md.0123456789ab.oncall-tmp", (1, 1))
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    s = Storage(folder, read_only=True)
    attempts = _forbid_write_opens(monkeypatch)

    assert s.read("case.md").data == SAMPLES[0]  # reading still works
    with pytest.raises(ReadOnlyError) as info:
        s.write("case.md", b"x", expected_sha256=sha256_of(SAMPLES[0]))
    assert isinstance(info.value, PermissionError) and isinstance(info.value, StorageError)
    assert "read-only" in str(info.value)
    with pytest.raises(ReadOnlyError):
        s.write("new.md", b"x", expected_sha256=None)
    with pytest.raises(ReadOnlyError):
        s.remove("case.md", expected_sha256=sha256_of(SAMPLES[0]))
    assert s.cleanup_temp_files(max_age=0) == []

    monkeypatch.undo()
    assert attempts == []
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert after == before


# Writes that are not to a case folder: the settings file, the export's own output, /dev/null.
NOT_CASE_WRITES = {
    "core/config/writing.py": None,  # the whole module: settings TOML, never a case file
    "core/config/validated.py": None,  # the whole module: validated settings and themes in the user cache folder
    "core/cache.py": None,  # the whole module: the parse cache under the user cache folder
    "cli.py": ("os.open(os.devnull",),
    # the whole module: exports and settings outside the case folder, and the temp files storage hands it
    "core/atomic.py": None,
    "core/pool.py": ("open(os.devnull",),  # a descriptor for the pool's resource tracker under Textual
    "core/changes.py": None,  # the whole module: seen marks under the user state folder, never the case folder
    "core/seenmarks.py": None,  # the seen marks, split out of core/changes.py: the user state folder
    # git's own state (.git/oncall-tui-conflicts.json), temp files and the temporary rebase work tree, all
    # outside the case folder; case files in the user's work tree change only through git itself
    "core/gitsync.py": None,
    "core/gitconflicts.py": None,  # the conflict state file in the git folder and temp files for merge-file
    "core/gitrebase.py": None,  # the temporary rebase work tree, outside the case folder
    "tui/screens/conflict.py": ("os.unlink(path)",),  # the temp file (outside the folder) edited to resolve
}


def _write_calls(tree: ast.AST):
    for node, name, text in calls(tree):
        func = node.func
        if isinstance(func, ast.Attribute) and name in {"write_text", "write_bytes", "unlink", "rmtree", "replace", "rename"}:
            owner = ast.unparse(func.value)
            # str.replace(old, new) has two arguments; Path.replace(target) one; os.replace two.
            if name in {"replace", "rename"} and owner not in {"os", "shutil"} and len(node.args) != 1:
                continue
            yield node.lineno, text
        elif name == "open":
            flags = any(flag in text for flag in ("O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"))
            if flags or any(set(mode) & set("wax+") for mode in string_args(node)):
                yield node.lineno, text


STORAGE = {"core/storage.py", "core/swap.py"}  # storage, and its half that swaps a temp file in


def test_only_storage_opens_files_for_writing():
    """Statically: nothing in the package but storage (storage.py, swap.py) opens, renames or deletes files."""
    assert offenders(_write_calls, NOT_CASE_WRITES, skip=STORAGE) == []


# ----------------------------------------------------------------------------- own writes and cleanup


def test_own_writes_are_recognised(store: Storage, folder: Path):
    result = store.write("case.md", b"v2\n", expected_sha256=sha256_of(SAMPLES[0]))
    assert store.is_own_write("case.md", result.sha256)
    assert not store.is_own_write("case.md", sha256_of(SAMPLES[0]))
    assert not store.is_own_write("other.md", result.sha256)
    assert not store.is_own_write("../case.md", result.sha256)


def test_own_writes_expire():
    now = [100.0]
    record = OwnWrites(window=5.0, clock=lambda: now[0])
    record.record("a.md", "abc")
    now[0] += 4.9
    assert record.contains("a.md", "abc")
    now[0] += 0.2
    assert not record.contains("a.md", "abc")
    assert len(record) == 0


def test_failed_write_is_not_recorded(store: Storage, folder: Path):
    (folder / "case.md").write_bytes(b"theirs")
    with pytest.raises(ConflictError):
        store.write("case.md", b"mine", expected_sha256=sha256_of(SAMPLES[0]))
    assert len(store.recent_writes) == 0


def test_cleanup_removes_only_stale_temp_files(folder: Path):
    (folder / "sub").mkdir()
    stale = [folder / ".case.md.0123456789ab.oncall-tmp", folder / "sub" / ".x.md.abcdefabcdef.oncall-tmp"]
    fresh = folder / ".case.md.fedcba987654.oncall-tmp"
    unrelated = [folder / ".case.md.swp", folder / "notes.oncall-tmp", folder / ".y.md.xyz.oncall-tmp"]
    for path in [*stale, fresh, *unrelated]:
        path.write_bytes(b"partial")
    old = time.time() - 60
    for path in [*stale, *unrelated]:
        os.utime(path, (old, old))
    removed = Storage(folder).cleanup_temp_files()
    assert sorted(removed) == sorted(p.relative_to(folder).as_posix() for p in stale)
    assert all(not p.exists() for p in stale)
    assert fresh.exists() and all(p.exists() for p in unrelated)
    assert (folder / "case.md").read_bytes() == SAMPLES[0]


# ----------------------------------------------------------------------------- remove (undo of a create)


def test_remove_checks_the_hash(store: Storage, folder: Path):
    result = store.write("new.md", b"mine\n", expected_sha256=None)
    (folder / "new.md").write_bytes(b"edited since\n")
    with pytest.raises(ConflictError):
        store.remove("new.md", expected_sha256=result.sha256)
    assert (folder / "new.md").read_bytes() == b"edited since\n"
    store.remove("new.md", expected_sha256=sha256_of(b"edited since\n"))
    assert not (folder / "new.md").exists()
    assert listing(folder) == ["case.md"]


def test_write_scanner_catches_the_usual_forms():
    source = (
        'open(p, "w")\nopen(p, mode="ab")\nPath(p).write_text("x")\nos.open(p, os.O_WRONLY | os.O_CREAT)\n'
        'tmp.replace(target)\nos.replace(a, b)\n"x".replace("a", "b")\nopen(p)\nopen(p, "rb")\nos.open(p, os.O_RDONLY)\n'
    )
    found = [text for _, text in _write_calls(ast.parse(source))]
    assert len(found) == 6
    assert not any("rb" in text or "O_RDONLY" in text or '"a", "b"' in text for text in found)
