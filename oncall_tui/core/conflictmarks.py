"""Git conflict markers left in a case file (a ``git pull`` or ``git merge`` that stopped half-way).

Such a file holds two versions at once: it parses with a problem, shows as
conflicted, and no edit writes to it until a person has resolved it.
"""

from __future__ import annotations

import re

CONFLICT_PROBLEM = "unresolved git conflict"
"""The start of the problem a file with conflict markers gets (edits look for it)."""

_BLOCK = re.compile(
    r"^<{7}(?:[ \t][^\n]*)?\r?\n"      # <<<<<<< ours
    r"(?:[^\n]*\n)*?"                 # our lines (and a ||||||| base section, if any)
    r"={7}[ \t]*\r?\n"                # =======
    r"(?:[^\n]*\n)*?"                 # their lines
    r">{7}(?:[ \t][^\n]*)?\r?$",      # >>>>>>> theirs
    re.M,
)


def conflict_marker_line(text: str) -> int | None:
    """The 1-based line of the first ``<<<<<<<`` of a complete conflict block in *text*, or None."""
    if "<<<<<<<" not in text:
        return None
    match = _BLOCK.search(text if text.endswith("\n") else text + "\n")
    if match is None:
        return None
    return text.count("\n", 0, match.start()) + 1


def conflict_problem(line: int) -> str:
    return (f"{CONFLICT_PROBLEM} (line {line}: <<<<<<< … ======= … >>>>>>> markers): the file holds two "
            "versions; resolve it (or pick a side in the conflict view) before editing")
