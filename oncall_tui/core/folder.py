"""Which files in a case folder are case files, and finding them.

The rules come from CASE_MODEL.md ("What a case folder holds"):

* a case file is any ``.md``/``.markdown``/``.txt`` file (suffix compared
  case-insensitively) at any depth;
* hidden files and folders and editor droppings are ignored silently, because
  they are never meant as cases and reporting them would only be noise;
* anything else that has a case name but cannot be a case (a FIFO, a socket,
  a device, a symlink that is broken, loops or leaves the folder) is skipped
  *with a reason*, so ``check`` and the TUI can say why a file is missing.

Nothing here opens a file: only ``lstat``/``stat`` are used, so a FIFO named
``x.md`` can never block a scan.  Symlinked folders are never descended:
one that points inside the folder would list the same files twice (and
could loop), one that points outside would leak files from elsewhere.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

DEFAULT_MAX_BYTES = 2 * 1024 * 1024

CASE_SUFFIXES: frozenset[str] = frozenset({".md", ".markdown", ".txt"})
_DROPPING_SUFFIXES: tuple[str, ...] = (".swp", ".swo", ".swx", "~", ".tmp")
_DROPPING_NAMES: frozenset[str] = frozenset({"4913"})


@dataclass(frozen=True, slots=True)
class Entry:
    """A case file found on disk, with the stat values that identify its version.

    *path* is the absolute path as the scan found it (a str); :attr:`abs` makes the
    :class:`~pathlib.Path` on first use, since a scan of 10,000 files spent more than half
    its time building Paths that a warm start never looks at.
    """

    rel: str
    path: str | os.PathLike[str]
    size: int
    mtime_ns: int
    ctime_ns: int = 0
    ino: int = 0
    _abs: Path | None = field(default=None, repr=False, compare=False)

    @property
    def abs(self) -> Path:
        made = self._abs
        if made is None:
            made = Path(self.path)
            object.__setattr__(self, "_abs", made)
        return made


@dataclass(frozen=True)
class Skipped:
    """A path with a case file's name that cannot be read as one, and why."""

    rel: str
    reason: str


def _is_ignored_name(name: str) -> bool:
    """Hidden entries and editor droppings: ignored silently at any depth."""
    if not name or name.startswith("."):
        return True
    if name in _DROPPING_NAMES:
        return True
    return name.lower().endswith(_DROPPING_SUFFIXES)


def is_case_name(rel: PurePosixPath | str) -> bool:
    """True when *rel* (relative to the case folder) names a case file.

    Looks at the name only, so the watcher can filter events without a
    system call.
    """
    parts = PurePosixPath(rel).parts
    if not parts or any(_is_ignored_name(part) for part in parts):
        return False
    return _has_case_suffix(parts[-1])


def _has_case_suffix(name: str) -> bool:
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in CASE_SUFFIXES


_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
)


def _kind_of(mode: int) -> str:
    return next((word for test, word in _KINDS if test(mode)), "not a regular file")


def _inside(real_root: str, target: str) -> bool:
    return target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep)


def _real(path: str) -> str | None:
    """``os.path.realpath``, or None when the path changed under it (a link swapped mid-walk: EINVAL, ELOOP…)."""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return None


def _errno_reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def _classify_symlink(real_root: str, rel: str, path: str) -> Entry | Skipped:
    """Follow a symlink with a case name: only a regular file inside the folder counts."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return Skipped(rel, "broken symlink")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Skipped(rel, "symlink loop")
        return Skipped(rel, f"symlink could not be followed: {_errno_reason(exc)}")
    target = _real(path)
    if target is None:
        return Skipped(rel, "symlink changed while it was being followed")
    if not _inside(real_root, target):
        return Skipped(rel, f"symlink points outside the case folder ({target})")
    if not stat.S_ISREG(st.st_mode):
        return Skipped(rel, f"symlink to {_kind_of(st.st_mode)}, not a regular file")
    return Entry(rel, path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _classify(real_root: str, rel: str, path: str, lst: os.stat_result) -> Entry | Skipped:
    if stat.S_ISLNK(lst.st_mode):
        return _classify_symlink(real_root, rel, path)
    if stat.S_ISREG(lst.st_mode):
        return Entry(rel, path, lst.st_size, lst.st_mtime_ns, lst.st_ctime_ns, lst.st_ino)
    return Skipped(rel, f"{_kind_of(lst.st_mode)}, not a regular file")


def stat_entry(root: Path, rel: str) -> Entry | Skipped | None:
    """What *rel* is now: a case file, a skip with a reason, or None.

    None means the path no longer exists, does not have a case name, or is
    reached through a symlinked folder (which :func:`scan` never enters).
    A symlink to a folder outside is a skip here as in :func:`scan`, so
    the watcher's refresh and a full scan report the same.
    """
    rel = PurePosixPath(rel).as_posix()
    case_name = is_case_name(PurePosixPath(rel))
    if not case_name and not is_case_name(PurePosixPath(rel) / "x.md"):
        return None  # hidden or an editor dropping
    real_root = os.path.realpath(root)
    path = os.path.join(real_root, *PurePosixPath(rel).parts)
    parent = os.path.dirname(path)
    try:
        lst = os.lstat(path)
    except OSError:
        return None
    if _real(parent) != parent:
        return None
    if not case_name:
        return _outside_folder_link(real_root, rel, path, lst)
    return _classify(real_root, rel, path, lst)


def _outside_folder_link(real_root: str, rel: str, path: str, lst: os.stat_result) -> Skipped | None:
    """A symlink (with any name) to a folder outside the case folder is skipped with a reason."""
    if not stat.S_ISLNK(lst.st_mode):
        return None
    target = _real(path)
    if target is not None and os.path.isdir(target) and not _inside(real_root, target):
        return Skipped(rel, f"symlink to a folder outside the case folder ({target})")
    return None


def scan(root: Path, below: str = "") -> tuple[list[Entry], list[Skipped]]:
    """Every case file under *root*, and the case-named paths skipped with a reason.

    *below* (a folder relative to *root*) limits the walk to that subtree;
    ``rel`` values stay relative to *root*.  Raises FileNotFoundError /
    NotADirectoryError when *root* itself is not a folder, since an empty
    result would hide a mistyped path.  Both lists are sorted by ``rel``.
    """
    real_root = os.path.realpath(root)
    if not os.path.isdir(real_root):
        if os.path.exists(real_root):
            raise NotADirectoryError(f"not a folder: {root}")
        raise FileNotFoundError(f"no such folder: {root}")
    below_parts = PurePosixPath(below).parts if below not in ("", ".") else ()
    start = os.path.join(real_root, *below_parts)
    if below_parts and (
        any(_is_ignored_name(part) for part in below_parts)
        or _real(start) != start
        or not os.path.isdir(start)
    ):
        return [], []  # hidden, reached through a symlink, or not a folder: nothing to list
    entries: list[Entry] = []
    skipped: list[Skipped] = []
    seen_dirs: set[tuple[int, int]] = set()

    stack = [(start, "/".join(below_parts) + "/" if below_parts else "")]
    while stack:  # iterative: a deep tree must not hit the recursion limit
        path, prefix = stack.pop()
        where = prefix.rstrip("/") or "."
        try:
            st = os.stat(path)
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:  # a bind mount looping back; symlinks never get here
                continue
            seen_dirs.add(key)
            with os.scandir(path) as it:
                children = list(it)
        except OSError as exc:
            skipped.append(Skipped(where, f"could not list folder: {_errno_reason(exc)}"))
            continue
        for child in children:
            name = child.name
            if _is_ignored_name(name):
                continue
            rel = prefix + name
            try:
                lst = child.stat(follow_symlinks=False)
            except OSError:
                continue  # vanished while scanning
            if stat.S_ISDIR(lst.st_mode):
                stack.append((child.path, rel + "/"))
            elif _has_case_suffix(name):
                found = _classify(real_root, rel, child.path, lst)
                (entries if isinstance(found, Entry) else skipped).append(found)
            elif (outside := _outside_folder_link(real_root, rel, child.path, lst)) is not None:
                skipped.append(outside)

    entries.sort(key=lambda e: e.rel)
    skipped.sort(key=lambda s: s.rel)
    return entries, skipped


def folder_stamps(root: Path) -> dict[str, tuple[int, int]] | None:
    """(mtime_ns, inode) of *root* and of every folder :func:`scan` would walk, by relative path; None when
    *root* cannot be listed.

    A file added, removed or renamed changes its folder's mtime, so comparing
    these finds what a full :func:`scan` would find apart from files rewritten
    in place, at the cost of one ``stat`` per folder instead of one per file.
    """
    real_root = os.path.realpath(root)
    stamps: dict[str, tuple[int, int]] = {}
    seen: set[tuple[int, int]] = set()
    stack = [(real_root, "")]
    while stack:
        path, rel = stack.pop()
        try:
            st = os.stat(path)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            stamps[rel] = (st.st_mtime_ns, st.st_ino)
            with os.scandir(path) as it:
                children = [(c.path, c.name) for c in it if not _is_ignored_name(c.name) and c.is_dir(follow_symlinks=False)]
        except OSError:
            if not rel:
                return None
            continue
        stack.extend((child, f"{rel}/{name}" if rel else name) for child, name in children)
    return stamps
