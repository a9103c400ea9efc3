"""Triage views over a folder of cases, headless: who owns what, what is overdue, what is mine.

The TUI draws these (the action items pane's overdue and mine views, the
escalations table's owner column and its group-by-owner order); keeping them
here lets the tests pin them without a running app.  Owners are matched by
person, not by spelling (:class:`Owners`): ``Dana``, ``Dana Okafor`` and
``@dana`` are one owner within a folder.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from oncall_tui.core.later import later
from oncall_tui.core.vocabulary import PRIORITIES

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame; dates on first use
    from oncall_tui.core.dates import reachable_iso
    from oncall_tui.core.model import ActionItem, Case
else:
    reachable_iso = later(globals(), "reachable_iso", "oncall_tui.core.dates")


def natural(text: str) -> tuple:
    """``CE9`` before ``CE10``: digits compare as numbers, the rest without case."""
    return tuple(int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text))


def day_of(text: str | None) -> date | None:
    """The calendar day of a due date, whatever precision it has (None for a day the clock cannot reach)."""
    value = reachable_iso(text)
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def overdue(item: ActionItem, today: date) -> bool:
    due = day_of(item.due)
    return item.status != "done" and due is not None and due < today


@dataclass(frozen=True)
class OwnedItem:
    case: Case
    item: ActionItem


def owner_key(owner: str | None) -> str | None:
    """``@Dana`` and ``dana`` are one owner."""
    return owner.strip().lstrip("@").casefold() or None if owner else None


_NAME_SPLIT = re.compile(r"[\s._-]+")


def _tokens(name: str | None) -> tuple[str, ...]:
    """``@dana.okafor`` → ``("dana", "okafor")``."""
    return tuple(t for t in _NAME_SPLIT.split((name or "").strip().lstrip("@").casefold()) if t)


class Owners:
    """Who is who among the owners named in a folder: a person's name forms are one owner.

    ``Dana``, ``Dana Okafor``, ``@dana``, ``@dana.okafor`` and ``@dokafor``
    are one person when the folder names exactly one full name they fit
    (first name; first and last; initial and last); two Danas keep ``Dana``
    apart. *aliases* (``[user] aliases``) are more names of *me*.
    """

    def __init__(self, names: Iterable[str | None], me: str | None = None, aliases: Iterable[str] = ()) -> None:
        forms = {t for t in map(_tokens, set(names)) if t}  # each spelling once: a folder repeats its names
        fulls: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for full in (t for t in forms if len(t) >= 2):
            for short in (full[0], full[0] + full[-1], full[0][0] + full[-1]):
                fulls[short].add(full)
        self._fulls = fulls
        self._me = self._resolve(_tokens(me)) if me else None
        self._aliases = {t for t in map(_tokens, aliases) if t}

    def _resolve(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        if len(tokens) == 1:
            found = self._fulls.get(tokens[0], ())
            if len(found) == 1:
                return next(iter(found))
        return tokens

    def key(self, name: str | None) -> str | None:
        """One key per person (None for no name)."""
        tokens = _tokens(name)
        if not tokens:
            return None
        if self._me is not None and tokens in self._aliases:
            return " ".join(self._me)
        return " ".join(self._resolve(tokens))

    @property
    def me(self) -> str | None:
        return " ".join(self._me) if self._me else None

    @classmethod
    def of(cls, cases: Iterable[Case], me: str | None = None, aliases: Iterable[str] = ()) -> Owners:
        """The owners of *cases* (case owners and action item owners)."""
        names: set[str | None] = {me, *aliases}
        for case in cases:
            names.add(case.owner)
            names.update(item.owner for item in case.action_items)
        return cls(names, me, aliases)


def _priority_rank(case: Case) -> int:
    return PRIORITIES.index(case.priority) if case.priority in PRIORITIES else len(PRIORITIES)


def _open_items(cases: Iterable[Case]) -> Iterable[OwnedItem]:
    for case in cases:
        if case.is_open:
            for item in case.action_items:
                if item.status != "done":
                    yield OwnedItem(case, item)


def overdue_items(cases: Iterable[Case], today: date) -> list[OwnedItem]:
    """Every overdue item (not done, due before *today*) of every open case, across the folder: the longest
    overdue first, then the case's priority, id and the item's place in the file."""
    late = [o for o in _open_items(cases) if overdue(o.item, today)]
    late.sort(key=lambda o: (day_of(o.item.due), _priority_rank(o.case), natural(o.case.id), o.case.path, o.item.line))
    return late


def my_items(cases: Iterable[Case], today: date, me: str | None, aliases: Iterable[str] = ()) -> list[OwnedItem]:
    """The open items of open cases that *me* (``[user] name``, or one of its *aliases*) owns, in any of their
    name forms: overdue first, then by due date (none last), then the case's priority and id.  Empty without
    a name."""
    cases = list(cases)
    if not me:
        return []
    owners = Owners.of(cases, me, aliases)
    mine = owners.me
    found = [o for o in _open_items(cases) if o.item.owner and owners.key(o.item.owner) == mine]
    found.sort(key=lambda o: (not overdue(o.item, today), day_of(o.item.due) or date.max, _priority_rank(o.case),
                              natural(o.case.id), o.case.path, o.item.line))
    return found


def owner_order(case: Case, owners: Owners) -> tuple:
    """Where *case* goes when the table is grouped by owner: the user's own cases first, then each owner's
    (one person under every spelling) by name, cases with no owner last."""
    key = owners.key(case.owner)
    if key is None:
        return (2, "")
    return (0 if key == owners.me else 1, key)


def short_name(name: str, width: int) -> str:
    """*name* in at most *width* characters, a person's still recognisable: ``Dana Okafor`` → ``Dana O.``, then
    the first name; anything else is cut with an ellipsis."""
    name = " ".join(name.split())
    if len(name) <= width:
        return name
    words = name.split(" ")
    if len(words) >= 2 and (initialled := f"{words[0]} {words[-1][0]}.") and len(initialled) <= width:
        return initialled
    if len(words) >= 2 and len(words[0]) <= width:
        return words[0]
    return name[: max(0, width - 1)] + "…"
