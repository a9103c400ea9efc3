"""Settings: one validated model, read from layered TOML files, env and flags.

Precedence, lowest first: built-in defaults < the case folder's
``.oncall-tui.toml`` (team defaults) < the user's file < ``ONCALL_TUI_*``
environment variables < command-line flags.  The layers are merged as raw
tables first and validated once, while a provenance map remembers which
layer set each key, so an error names the file that is wrong and
``config show`` can say where every value came from.  Nothing is guessed: an
unknown key or a bad value is a :class:`ConfigError` and the app refuses to
start.

The modules, lightest first (the first four import no pydantic):

- ``names``: constants, :class:`ConfigError`, durations, :class:`Source`;
- ``places``: the user file, its themes folder, ``~/`` paths in messages;
- ``tomlfile``: reading one TOML file safely;
- ``values``: the settings as the app holds them (:class:`Settings` and its sections, frozen dataclasses);
- ``model``: the same validated by pydantic (bounds, the messages' expectations);
- ``env``: the ``ONCALL_TUI_*`` variables;
- ``messages``: validation errors in the settings author's words;
- ``loading``: the layers merged and validated (:func:`load_settings`);
- ``writing``: ``config show``, ``config init``, saving the theme.

Every name is importable from here (``from oncall_tui.core.config import
SlaSettings``); a name is looked up in the lightest module that has it, so
``DEFAULT_THEME`` or ``display_path`` imports no pydantic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES = ("names", "places", "tomlfile", "values", "env", "validated", "loading", "writing", "model", "messages")

if TYPE_CHECKING:
    from oncall_tui.core.config.env import *  # noqa: F403
    from oncall_tui.core.config.loading import *  # noqa: F403
    from oncall_tui.core.config.messages import *  # noqa: F403
    from oncall_tui.core.config.model import *  # noqa: F403
    from oncall_tui.core.config.names import *  # noqa: F403
    from oncall_tui.core.config.places import *  # noqa: F403
    from oncall_tui.core.config.tomlfile import *  # noqa: F403
    from oncall_tui.core.config.values import *  # noqa: F403
    from oncall_tui.core.config.writing import *  # noqa: F403


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    for module_name in _MODULES:
        module = importlib.import_module(f"{__name__}.{module_name}")
        if name in vars(module):
            globals()[name] = value = vars(module)[name]
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
