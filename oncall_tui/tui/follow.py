"""Open views follow the store: the app publishes each applied change on a Textual signal.

A case view subscribes on mount (:func:`follow_case`) and is handed the new version of its own case, or
None when the file went away.  The app never looks for open views, and no view reaches into the app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual.dom import DOMNode
from textual.signal import Signal

if TYPE_CHECKING:
    from oncall_tui.core.model import Case


@dataclass(frozen=True)
class CasesUpdated:
    """The store applied a change: *paths* were added, updated or removed; *get* reads the store now."""

    paths: frozenset[str]
    get: Callable[[str], Case | None]


@runtime_checkable
class FollowsStore(Protocol):
    """An app that publishes :class:`CasesUpdated` (the real app does; a bare test app does not)."""

    @property
    def cases_updated(self) -> Signal[CasesUpdated]: ...


def follow_case(node: DOMNode, path: Callable[[], str], update: Callable[[Case | None], None]) -> None:
    """Call *update* with the new version of the case at ``path()`` each time the store changes it.

    Subscribe from ``on_mount`` (Textual refuses a node that is not running); the subscription ends with
    the node.
    """
    app = node.app
    if not isinstance(app, FollowsStore):
        return

    def changed(news: CasesUpdated) -> None:
        if path() in news.paths:
            update(news.get(path()))

    app.cases_updated.subscribe(node, changed, immediate=True)
