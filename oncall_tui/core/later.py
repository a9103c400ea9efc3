"""A module's function imported on its first call: keeps a module off the start path without a cost per call.

``as_datetime = later(globals(), "as_datetime", "oncall_tui.core.dates")`` puts a stand-in under that name;
its first call imports the module, puts the real function in its place in *namespace* (the calling module's
globals), and calls it, so every later call is the real function's own.  (A module that copied the stand-in
with ``from … import`` keeps calling through it: it still works.)  Declare the real import under
``TYPE_CHECKING`` beside it so the checkers see the real signature.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def later(namespace: dict[str, Any], name: str, module: str, attr: str | None = None) -> Callable[..., Any]:
    """A stand-in, under *name*, for *module*'s *attr* (by default its *name*) that imports it on its first
    call (see the module docstring)."""
    real: list[Callable[..., Any]] = []

    def first_call(*args: Any, **kwargs: Any) -> Any:
        if not real:
            real.append(getattr(importlib.import_module(module), attr or name))
            namespace[name] = real[0]
        return real[0](*args, **kwargs)

    first_call.__name__ = first_call.__qualname__ = name
    first_call.__doc__ = f"{module}.{attr or name}, imported on its first call (oncall_tui.core.later)."
    return first_call
