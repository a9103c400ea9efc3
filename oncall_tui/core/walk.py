"""What a :meth:`~oncall_tui.core.store.CaseStore.refresh` of one path reads and drops.

A path may be a file (re-read), a folder (rescanned below it) or gone (it
goes, with whatever was indexed or skipped below it).  The walk only fills
the store's two batches: ``results`` (path → read result, None to drop) and
``skips`` (path → skip reason, None to clear).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from oncall_tui.core.folder import Entry, Skipped, scan, stat_entry
from oncall_tui.core.model import Case

Read = Callable[[Entry], "tuple[Entry, Case] | None"]
Below = Callable[[str], "tuple[list[str], list[str]]"]


class FolderWalk:
    """Refresh batches for paths of one folder; *read* reads a file, *below* says what the store has under a path
    (the indexed paths and the skipped ones, ``""`` for the whole folder)."""

    def __init__(self, root: Path, read: Read, below: Below) -> None:
        self.root = root
        self._read = read
        self._below = below

    def refresh_one(self, rel: str, results: dict, skips: dict) -> None:
        path = self.root.joinpath(*PurePosixPath(rel).parts) if rel else self.root
        try:
            lst = os.lstat(path)
        except OSError:
            lst = None
        if lst is not None and stat.S_ISDIR(lst.st_mode):
            self._rescan_below(rel, results, skips)
            return
        # Gone, or not a folder any more: whatever was indexed below it goes.
        if rel:
            self._drop_below(rel, results, skips)
        found = stat_entry(self.root, rel) if rel else None
        if isinstance(found, Entry):
            results[rel] = self._read(found)
            skips[rel] = None
        else:
            results[rel] = None
            skips[rel] = found.reason if isinstance(found, Skipped) else None

    def _drop_below(self, rel: str, results: dict, skips: dict) -> None:
        indexed, skipped = self._below(rel)
        for below in indexed:
            results.setdefault(below, None)
        for below in skipped:
            skips.setdefault(below, None)

    def _rescan_below(self, rel: str, results: dict, skips: dict) -> None:
        try:
            entries, skipped = scan(self.root, rel)
        except OSError:
            entries, skipped = [], []
        self._drop_below(rel, results, skips)
        results[rel] = None  # a folder is never a case itself
        skips[rel] = None
        for entry in entries:
            results[entry.rel] = self._read(entry)
            skips[entry.rel] = None
        for skip in skipped:
            skips[skip.rel] = skip.reason
        results.pop("", None)
        skips.pop("", None)
