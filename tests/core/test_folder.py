"""Which files of a real folder are cases, which are skipped, and why."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path, PurePosixPath

import pytest

from oncall_tui.core.folder import Entry, Skipped, is_case_name, scan, stat_entry


def write(root: Path, rel: str, text: str = "# A case\n") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rels(entries) -> list[str]:
    return [e.rel for e in entries]


@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        ("a.md", True),
        ("A.MD", True),
        ("notes.Markdown", True),
        ("x.txt", True),
        ("deep/er/x.TXT", True),
        ("x.rst", False),
        ("md", False),
        (".md", False),
        (".hidden.md", False),
        (".git/HEAD.md", False),
        ("sub/.oncall-tui/cache.md", False),
        ("x.md~", False),
        ("x.md.swp", False),
        ("x.md.swo", False),
        ("x.md.swx", False),
        (".#x.md", False),
        ("4913", False),
        ("x.md.tmp", False),
        ("", False),
    ],
)
def test_is_case_name(rel: str, expected: bool) -> None:
    assert is_case_name(PurePosixPath(rel)) is expected


def test_scan_finds_case_files_at_any_depth_sorted(tmp_path: Path) -> None:
    for rel in ["b.md", "a/z.txt", "a/b/c.markdown", "A.MD", "readme.rst", "image.png"]:
        write(tmp_path, rel)
    entries, skipped = scan(tmp_path)
    assert rels(entries) == sorted(["b.md", "a/z.txt", "a/b/c.markdown", "A.MD"])
    assert skipped == []
    entry = entries[0]
    assert entry.abs.read_text() == "# A case\n"
    assert entry.size == len("# A case\n")
    assert entry.mtime_ns == os.stat(entry.abs).st_mtime_ns


def test_scan_ignores_hidden_and_droppings_silently(tmp_path: Path) -> None:
    write(tmp_path, "keep.md")
    for rel in [".hidden.md", ".git/x.md", "sub/.cache/y.md", "keep.md~", ".keep.md.swp", "keep.md.swp",
                "x.swo", ".#keep.md", "4913", "sub/4913", "save.tmp"]:
        write(tmp_path, rel)
    entries, skipped = scan(tmp_path)
    assert rels(entries) == ["keep.md"]
    assert skipped == []


def test_folder_named_like_a_case_is_descended_not_read(tmp_path: Path) -> None:
    write(tmp_path, "x.md/inner.md")
    entries, skipped = scan(tmp_path)
    assert rels(entries) == ["x.md/inner.md"]
    assert skipped == []
    found = stat_entry(tmp_path, "x.md")
    assert isinstance(found, Skipped) and "folder" in found.reason


def test_fifo_named_like_a_case_is_skipped_without_blocking(tmp_path: Path) -> None:
    write(tmp_path, "ok.md")
    os.mkfifo(tmp_path / "pipe.md")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(scan(tmp_path)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert result, "scan blocked on a FIFO"
    entries, skipped = result[0]
    assert rels(entries) == ["ok.md"]
    assert skipped == [Skipped("pipe.md", "a FIFO, not a regular file")]
    assert stat_entry(tmp_path, "pipe.md") == Skipped("pipe.md", "a FIFO, not a regular file")


def test_socket_named_like_a_case_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        monkeypatch.chdir(tmp_path)  # AF_UNIX paths are short; bind relative to the folder
        sock.bind("s.md")
        _, skipped = scan(tmp_path)
    finally:
        sock.close()
    assert [(s.rel, "socket" in s.reason) for s in skipped] == [("s.md", True)]


def test_symlink_to_a_file_inside_is_followed(tmp_path: Path) -> None:
    target = write(tmp_path, "real/case.md", "# Real\n")
    (tmp_path / "link.md").symlink_to(target)
    (tmp_path / "rel-link.md").symlink_to("real/case.md")
    entries, skipped = scan(tmp_path)
    assert rels(entries) == ["link.md", "real/case.md", "rel-link.md"]
    assert skipped == []
    link = next(e for e in entries if e.rel == "link.md")
    assert link.size == len("# Real\n")
    assert isinstance(stat_entry(tmp_path, "link.md"), Entry)


def test_symlinks_out_broken_and_looping_are_skipped_with_reasons(tmp_path: Path) -> None:
    root = tmp_path / "cases"
    root.mkdir()
    outside = write(tmp_path, "secret.md")
    (root / "out.md").symlink_to(outside)
    (root / "broken.md").symlink_to(root / "nowhere.md")
    (root / "loop.md").symlink_to(root / "loop2.md")
    (root / "loop2.md").symlink_to(root / "loop.md")
    entries, skipped = scan(root)
    assert entries == []
    reasons = {s.rel: s.reason for s in skipped}
    assert set(reasons) == {"out.md", "broken.md", "loop.md", "loop2.md"}
    assert reasons["out.md"].startswith("symlink points outside the case folder")
    assert reasons["broken.md"] == "broken symlink"
    assert reasons["loop.md"] == reasons["loop2.md"] == "symlink loop"
    assert stat_entry(root, "out.md") == Skipped("out.md", reasons["out.md"])


def test_symlinked_folders_are_never_descended(tmp_path: Path) -> None:
    root = tmp_path / "cases"
    write(root, "inner/a.md")
    write(tmp_path, "elsewhere/b.md")
    (root / "inside-link").symlink_to(root / "inner")
    (root / "outside-link").symlink_to(tmp_path / "elsewhere")
    (root / "inner" / "up").symlink_to(root)  # a loop back to the top
    entries, skipped = scan(root)
    assert rels(entries) == ["inner/a.md"]
    assert [s.rel for s in skipped] == ["outside-link"]
    assert "outside" in skipped[0].reason
    assert stat_entry(root, "outside-link/b.md") is None
    assert stat_entry(root, "inside-link/a.md") is None


def test_case_folder_given_through_a_symlink(tmp_path: Path) -> None:
    write(tmp_path, "real/a.md")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    entries, _ = scan(tmp_path / "alias")
    assert rels(entries) == ["a.md"]
    assert isinstance(stat_entry(tmp_path / "alias", "a.md"), Entry)


def test_stat_entry_for_missing_and_ignored_paths(tmp_path: Path) -> None:
    write(tmp_path, "x.md~")
    assert stat_entry(tmp_path, "gone.md") is None
    assert stat_entry(tmp_path, "x.md~") is None
    assert stat_entry(tmp_path, "sub/gone.md") is None


def test_scan_below_limits_to_a_subtree_with_root_relative_paths(tmp_path: Path) -> None:
    write(tmp_path, "a/one.md")
    write(tmp_path, "a/b/two.md")
    write(tmp_path, "c/three.md")
    (tmp_path / "a" / "up.md").symlink_to(tmp_path / "c" / "three.md")
    entries, _ = scan(tmp_path, "a")
    assert rels(entries) == ["a/b/two.md", "a/one.md", "a/up.md"]
    assert scan(tmp_path, ".hidden") == ([], [])


def test_scan_of_a_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        scan(tmp_path / "nope")
    write(tmp_path, "file.md")
    with pytest.raises(NotADirectoryError):
        scan(tmp_path / "file.md")


def test_scan_makes_no_path_objects_until_asked(tmp_path: Path) -> None:
    """A warm start never opens the files, so the scan keeps their paths as strings; ``abs`` makes the Path once."""
    write(tmp_path, "sub/a.md")
    (entry,), _ = scan(tmp_path)
    assert type(entry.path) is str and entry.path == os.path.join(os.path.realpath(tmp_path), "sub", "a.md")
    assert entry._abs is None
    assert entry.abs == Path(entry.path) and entry.abs is entry.abs
    assert entry.abs.read_text() == "# A case\n"
