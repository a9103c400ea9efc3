"""Settings for an app made in a test: ``OncallApp(folder, app_settings(user__name="Dana"), now=..., watch=False)``.

Keys are the settings' own names, a section's key written with ``__`` for the dot
(``wall__cycle_seconds=3600``, ``user__aliases=("DO",)``); a whole section may be
given as its model (``git=GitSettings(...)``).  Values are not validated, so a test
may use one the settings files could not (a 0.2 s wall cycle).  *user_file* is the
settings file the app saves the theme to and finds user themes beside (none by
default); *sources* says where remapped keys came from (``{"keys.items.all": Source(...)}``).
Git is off unless a test gives ``git=`` (the sample folder is inside this repository's work tree).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from oncall_tui.core.config import GitSettings, LoadedSettings, Settings, Source


def app_settings(*, user_file: Path | None = None, sources: Mapping[str, Source] | None = None,
                 **values: Any) -> LoadedSettings:
    settings = Settings()
    values.setdefault("git", GitSettings(enabled=False))
    sections: dict[str, dict[str, Any]] = {}
    top: dict[str, Any] = {}
    for name, value in values.items():
        section, _, key = name.partition("__")
        if key:
            sections.setdefault(section, {})[key] = value
        else:
            top[section] = value
    for section, update in sections.items():
        top[section] = getattr(settings, section).model_copy(update=update)
    return LoadedSettings(settings.model_copy(update=top), dict(sources or {}), user_file)
