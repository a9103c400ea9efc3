"""The duplicate-id bookkeeping of a :class:`~oncall_tui.core.store.CaseStore`.

Ids must be unique in a folder.  The parser's id of every file is kept with
the paths that hold it, sorted; from them each group's ids are assigned
afresh: the file first keeps the id, the others get ``-2``, ``-3``… and a
problem that names the holder.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

from oncall_tui.core.folder import Entry
from oncall_tui.core.model import Case

_SUFFIXED = re.compile(r"^(.*)-(\d+)$")


class IdGroups:
    """Parser id → the paths holding it, sorted (only the store's update thread changes it)."""

    def __init__(self) -> None:
        self._paths: dict[str, list[str]] = {}

    def add(self, base: str, rel: str) -> None:
        bisect.insort(self._paths.setdefault(base, []), rel)

    def remove(self, base: str, rel: str) -> None:
        group = self._paths.get(base)
        if group is None:
            return
        at = bisect.bisect_left(group, rel)
        if at < len(group) and group[at] == rel:
            del group[at]
        if not group:
            del self._paths[base]

    def paths(self, base: str) -> Iterable[str]:
        return self._paths.get(base, ())

    @staticmethod
    def widen(affected: set[str]) -> set[str]:
        """*affected* and the groups they move: a base id "X-2" appearing or going away moves the suffixes of "X"."""
        return affected | {m.group(1) for m in map(_SUFFIXED.match, list(affected)) if m}

    def assign(
        self, base: str, raw: Mapping[str, Case], entries: Mapping[str, Entry], before: Mapping[str, Case | None],
    ) -> list[tuple[str, Case]]:
        """Ids for one group: the file that had *base* first keeps it, the rest get -2, -3… past any real id.

        "First" is the file that already holds *base* in this store (a stray
        copy dropped in later never takes it), else the oldest modification
        time, then the path, so a fresh load is deterministic. Suffixed ids
        never collide across groups (``X-n`` splits back into one base), only
        with base ids, which are the keys of the groups.  Returns (path, case
        as shown) for each path of the group.
        """
        rels = self._paths.get(base, [])
        if len(rels) > 1:
            holder = next((rel for rel in rels if (old := before.get(rel)) is not None and old.id == base), None)

            def first(rel: str) -> tuple[bool, int, str]:
                entry = entries.get(rel)
                return rel != holder, entry.mtime_ns if entry is not None else 0, rel

            rels = sorted(rels, key=first)
        shown: list[tuple[str, Case]] = []
        n = 1
        for index, rel in enumerate(rels):
            case = raw[rel]
            if index == 0:
                final = case
            else:
                n += 1
                while f"{base}-{n}" in self._paths:
                    n += 1
                new_id = f"{base}-{n}"
                problem = f"duplicate id {base} (also in {rels[0]}); shown as {new_id}"
                final = case.model_copy(update={"id": new_id, "problems": [*case.problems, problem]})
                old = before.get(rel)
                if old is not None and old == final:
                    final = old
            shown.append((rel, final))
        return shown
