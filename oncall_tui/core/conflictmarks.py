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


def first_side(text: str) -> str:
    """*text* with each conflict block reduced to its first side ("ours"): the marker lines, a base section
    and the other side become empty lines, so every other line keeps its number.

    The parser reads this, so a file mid-conflict shows as the case it was (with a problem), not as the
    two versions run together (a ``=======`` line would even turn the line above it into a heading).
    """
    lines = text.split("\n")
    state = "out"
    for i, line in enumerate(lines):
        bare = line.rstrip("\r")
        if state == "out":
            if bare.startswith("<<<<<<<") and (len(bare) == 7 or bare[7] in " \t"):
                state, lines[i] = "ours", ""
        elif state in ("ours", "base") and bare.startswith("|||||||"):
            state, lines[i] = "base", ""
        elif state in ("ours", "base") and bare.rstrip(" \t") == "=======":
            state, lines[i] = "theirs", ""
        elif state == "base":
            lines[i] = ""
        elif state == "theirs":
            if bare.startswith(">>>>>>>") and (len(bare) == 7 or bare[7] in " \t"):
                state = "out"
            lines[i] = ""
    return "\n".join(lines)


def conflict_problem(line: int) -> str:
    return (f"{CONFLICT_PROBLEM} (line {line}: <<<<<<< … ======= … >>>>>>> markers): the file holds two "
            "versions; resolve it (or pick a side in the conflict view) before editing")
