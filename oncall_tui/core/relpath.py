"""One way to name a file by its place in a folder: the folder-relative path with ``/`` separators.

That string is a case's key everywhere (the store's index, storage, the
watcher, git's paths, the screens).  Every place that turns a path into such
a key asks :func:`rel_under`; :func:`real_folder` is the one way to take the
symlinks out of the folders on a path without following its last part.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath


def rel_under(path: PurePath | str, *bases: PurePath | str) -> str | None:
    """*path* relative to the first of *bases* it is inside, as a ``/`` string (``""`` for a base itself).

    Purely by name (nothing is resolved; see :func:`real_folder`).  None when no
    base holds it, or when the rest would climb back out through ``..``.
    """
    candidate = PurePath(path)
    for base in bases:
        try:
            rel = candidate.relative_to(base)
        except ValueError:
            continue
        if ".." in rel.parts:
            return None
        text = rel.as_posix()
        return "" if text == "." else text
    return None


def real_folder(path: Path | str) -> Path:
    """*path* with its folder's symlinks and ``..`` resolved; the last part stays as it is (a link is not followed)."""
    candidate = Path(path)
    return Path(os.path.realpath(candidate.parent)) / candidate.name


def folder_key(path: Path | str, real_root: Path, *also: Path) -> str | None:
    """The key of *path* in the folder whose real path is *real_root*, or None when it is outside.

    A relative *path* is taken as relative to the folder already.  An absolute
    one is matched by name against *real_root* and then the other spellings of
    the folder in *also* (the path it was given as), and last with its own
    folders resolved against *real_root*.
    """
    candidate = Path(path)
    if not candidate.is_absolute():
        return rel_under(candidate, "")
    found = rel_under(candidate, real_root, *also)
    if found is None:
        found = rel_under(real_folder(candidate), real_root)
    return found
