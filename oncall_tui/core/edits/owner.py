"""The case's owner (``Assigned Engineer:``, ``Incident Commander:``, ``Facilitator:``, ``Owner:`` …).

The field the parser reads the owner from is patched in place, in its own key
style; a case with none gets an ``Owner:`` line after its header fields,
written like its neighbours (:func:`~oncall_tui.core.edits.fields._new_field_ops`).
As with every edit, the patch is taken only if the re-parsed case differs
from the old one in its owner alone, and reads the name as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from oncall_tui.core.edits.fields import _new_field_ops
from oncall_tui.core.edits.patching import (
    FIELD_LINE, Doc, EditRefused, NothingToChange, Op, Patched, Set, choose, differences, each_with, model_dict, one_line,
)
from oncall_tui.core.model import Case
from oncall_tui.core.parse.fields import collect

OWNER_KEYS = ("assigned engineer", "incident commander", "facilitator", "owner", "assignee", "assigned to",
              "incident lead", "case owner", "incident owner", "ic", "incident manager", "postmortem owner", "dri")


def owner_patch(raw: bytes, case: Case, owner: str) -> Patched:
    owner = one_line(owner, "owner")
    if case.owner == owner:
        raise NothingToChange(f"{case.id}: owner is already {owner}")
    doc = Doc(raw)
    found = collect(doc.root).get(*OWNER_KEYS)
    ops: list[list[Op]] = []
    if found is not None:
        line = doc.lines[found.line]
        m = FIELD_LINE.match(line)
        if m is None:
            raise EditRefused("the owner line could not be read")
        ops = [[Set(found.line, line[: m.start("value")] + owner + line[m.end("value"):])]]
    else:
        ops = [[op] for op in _new_field_ops(doc, "Owner", owner)]

    def check(old: Case, new: Case) -> str | None:
        if new.owner != owner:
            return f"the owner would read as {new.owner!r}"
        before, after = model_dict(old, lines=False), model_dict(new, lines=False)
        before["owner"] = owner
        return differences(before, after)

    return choose(doc, case, each_with(ops, check), lambda new: f"{case.id}: owner set to {owner}")


@dataclass(frozen=True, slots=True)
class SetOwner:
    owner: str

    def patch(self, raw: bytes, case: Case) -> Patched:
        return owner_patch(raw, case, self.owner)
