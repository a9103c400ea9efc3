"""Which of the parser's hot modules a release build compiles, and which of them this process runs compiled.

``pip install .`` compiles :data:`MODULES` with mypyc (see ``setup.py``):
the same source, type-checked and turned into C, about a fifth fewer
instructions per parsed file (docs/performance.md).  The ``.py`` files ship
beside the compiled ones, so a build without a C compiler, an editable
install and ``ONCALL_TUI_PURE=1`` (:data:`PURE_ENV`) all run the same code as plain Python.
This module imports nothing of the project: ``setup.py`` reads it by path.
"""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES

PURE_ENV = "ONCALL_TUI_PURE"
"""Set (to anything) when building, this keeps the parser plain Python; not a setting of the app."""

MODULES: tuple[str, ...] = (
    "oncall_tui.core.dates",
    "oncall_tui.core.parse.actions",
    "oncall_tui.core.parse.fields",
    "oncall_tui.core.parse.scan",
    "oncall_tui.core.parse.scan_lines",
    "oncall_tui.core.parse.scan_runs",
    "oncall_tui.core.parse.timeline",
    "oncall_tui.core.parse.tree",
    "oncall_tui.core.parse.facts",
    "oncall_tui.core.parse.title",
    "oncall_tui.core.sentiment_rules",
    "oncall_tui.core.sentiment_model",
    "oncall_tui.core.sentiment",
)
"""Dotted names; each must type-check under mypy, which mypyc enforces at run time.

Left out on purpose: ``core.datewords`` (compiled, its lazy pattern holder,
whose ``__getattr__`` reads the instance's ``__dict__``, crashed the process
with a segmentation fault on the first seed); ``core.text`` (mypyc refuses
its surrogate literals); ``core.sentiment_lexicon`` (it reads ``re``'s
internals, and its time is regex compiling, which compiling cannot speed).
Add a module only with tests/core/test_compiled.py passing: a compiled
module's mistakes can crash the process, not just raise.
"""


def compiled() -> list[str]:
    """Those of :data:`MODULES` this process has imported from a compiled extension."""
    found = []
    for name in MODULES:
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None) or ""
        if path.endswith(tuple(EXTENSION_SUFFIXES)):
            found.append(name)
    return found


def describe() -> str:
    """``parser compiled (mypyc)`` or ``parser in pure Python``, for ``--version``; imports the parser to tell."""
    import oncall_tui.core.parse  # noqa: F401  (imports every module of MODULES)

    names = compiled()
    if len(names) == len(MODULES):
        return "parser compiled (mypyc)"
    if names:
        return f"parser partly compiled ({len(names)} of {len(MODULES)} modules)"
    return "parser in pure Python"
