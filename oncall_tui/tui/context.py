"""What screens and panes may know about the app they run in, as one typed, frozen value.

Widgets and screens never reach up into the app for its attributes (``getattr(self.app, "sla")``):
they ask :func:`context_of` for the :class:`ViewContext`, which the app builds once from its
settings.  The app is seen through a small protocol, so no widget imports the app module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Protocol, runtime_checkable

from textual.dom import DOMNode

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.sla import DEFAULT_TARGETS


def local_now() -> datetime:
    """The wall clock, aware, in the machine's zone."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class ViewContext:
    """The facts a view reads from its app: the clock, SLA targets, who is looking, what is allowed."""

    now: Callable[[], datetime] = local_now
    sla: SlaSettings = DEFAULT_TARGETS
    user_name: str | None = None
    user_aliases: tuple[str, ...] = ()
    read_only: bool = False
    wall: bool = False
    keymap: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


DEFAULT_CONTEXT = ViewContext()


@runtime_checkable
class HasViewContext(Protocol):
    """An app that hands out a :class:`ViewContext` (the real app does; a bare test app does not)."""

    @property
    def view_context(self) -> ViewContext: ...


def context_of(node: DOMNode) -> ViewContext:
    """The context of the app *node* runs in; the defaults when it is not an oncall-tui app."""
    app = node.app
    return app.view_context if isinstance(app, HasViewContext) else DEFAULT_CONTEXT
