"""How editors and tools really write files, replayed with the same system calls in the same order.

Each function changes ``root/rel`` (or the whole folder) the way the named
program does and returns what the file should now say, so a test can check
the app ends equal to the disk.  They block (some pause on purpose), so the
tests run them in a thread while the app's loop keeps going.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from tests.hardening.hostile import escalation


def version(cid: str, n: int) -> str:
    """The *n*-th version of case *cid*: the customer name carries the version."""
    return escalation(cid, f"{cid} v{n}")


def _write_new(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def vim_default(root: Path, rel: str, text: str) -> None:
    """``:w`` with writebackup and backupcopy=auto: probe file 4913, rename to x~, new inode, backup removed."""
    path = root / rel
    probe = path.parent / "4913"
    _write_new(probe, "")
    os.unlink(probe)
    backup = path.with_name(path.name + "~")
    os.rename(path, backup)
    _write_new(path, text)
    shutil.copymode(backup, path)
    os.unlink(backup)


def vim_backupcopy_yes(root: Path, rel: str, text: str) -> None:
    """``:set backupcopy=yes``: the backup is a copy, the file is truncated and rewritten in place (same inode)."""
    path = root / rel
    backup = path.with_name(path.name + "~")
    shutil.copyfile(path, backup)
    with open(path, "r+b") as fh:
        fh.truncate(0)
        fh.write(text.encode("utf-8"))
        fh.flush()
        os.fsync(fh.fileno())
    os.unlink(backup)


def emacs(root: Path, rel: str, text: str) -> None:
    """Emacs: a lock symlink ``.#x.md -> user@host.pid:boot`` while modified, ``x.md~`` backup kept, new file."""
    path = root / rel
    lock = path.with_name(".#" + path.name)
    os.symlink(f"oncall@workstation.{os.getpid()}:1700000000", lock)
    time.sleep(0.05)  # the user types
    backup = path.with_name(path.name + "~")
    os.rename(path, backup)  # first save of the session: the original becomes the backup
    _write_new(path, text)
    os.unlink(lock)


def temp_and_rename(root: Path, rel: str, text: str) -> None:
    """Atomic save as most tools do it: a hidden temp file beside it, fsync, rename over."""
    path = root / rel
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _write_new(tmp, text)
    os.replace(tmp, path)


def sed_in_place(root: Path, rel: str, text: str) -> None:
    """GNU ``sed -i``: writes ``sedXXXXXX`` (no suffix) in the same folder, then renames it over the file."""
    path = root / rel
    tmp = path.parent / "sedAb12Cd"
    _write_new(tmp, text)
    shutil.copymode(path, tmp)
    os.rename(tmp, path)


def truncate_pause_write(root: Path, rel: str, text: str, pause: float = 0.1) -> None:
    """A naive writer: ``open(path, "w")`` truncates, then the content follows after a pause."""
    path = root / rel
    with open(path, "w", encoding="utf-8") as fh:
        fh.flush()
        time.sleep(pause)  # the app sees an empty file in between
        fh.write(text)


EDITOR_SAVES = {
    "vim default (rename to x~, 4913 probe, new inode)": vim_default,
    "vim backupcopy=yes (truncate and rewrite in place)": vim_backupcopy_yes,
    "emacs (lock symlink, x~ backup kept)": emacs,
    "temp file + rename": temp_and_rename,
    "sed -i (sedXXXXXX + rename)": sed_in_place,
    "truncate, 100 ms pause, write": truncate_pause_write,
}


# --------------------------------------------------------------------------- whole-folder changes


def _branch(to: str, count: int) -> dict[str, int]:
    """File name → index on branch *to*; twenty files exist on one branch only."""
    return {f"CE{5000 + (i if to == 'a' or i >= 20 else i + 1000)}.md": i for i in range(count)}


def branch_files(root: Path, branch: str, count: int = 200) -> None:
    """The folder as branch *branch* has it: *count* cases, most shared between branches, some not."""
    for name, i in _branch(branch, count).items():
        _write_new(root / name, escalation(name[:-3], f"Branch {branch} #{i}"))


def git_checkout(root: Path, to: str, count: int = 200) -> None:
    """``git checkout``: files only on the old branch unlinked, every changed file unlinked and written anew."""
    want = _branch(to, count)
    for path in root.glob("CE*.md"):
        if path.name not in want:
            os.unlink(path)
    for name, i in want.items():
        path = root / name
        if path.exists():
            os.unlink(path)
        _write_new(path, escalation(name[:-3], f"Branch {to} #{i}"))


def delete_and_recreate(root: Path, cases: int = 5) -> None:
    """``rm -rf folder && mkdir folder`` and a fresh set of cases written into it."""
    shutil.rmtree(root)
    time.sleep(0.3)
    root.mkdir()
    for i in range(cases):
        _write_new(root / f"CE{6000 + i}.md", escalation(f"CE{6000 + i}", f"Recreated #{i}"))


def rename_away_and_back(root: Path, away: Path) -> None:
    """``mv folder folder.bak`` … ``mv folder.bak folder``, with a file edited while it was away."""
    os.rename(root, away)
    time.sleep(0.8)
    victim = next(iter(sorted(away.glob("*.md"))))
    _write_new(victim, escalation(victim.stem, "Edited While Away"))
    _write_new(away / "CE6100.md", escalation("CE6100", "Added While Away"))
    os.rename(away, root)
