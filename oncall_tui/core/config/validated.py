"""What pydantic accepted before, kept so a start with the same input imports no pydantic.

Settings: the key is the merged table of every layer (files, environment,
flags) as read, with a fingerprint of the model's source: the same input to
the same model gives the same settings.  Theme files (:mod:`oncall_tui.core.themes`):
the key is the file's path and stat (size, mtime_ns, inode).  Only what passed
validation is kept for settings, so a wrong file still gets pydantic's check
and its message each time.  Each cache is a small JSON file in the cache
folder; when it cannot be read or written, the input is simply validated again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from oncall_tui.paths import user_dir

SETTINGS_FILE = "settings-validated.json"
KEEP = 8
"""Settings entries kept (a few folders with their own team files, a few environments)."""


def fingerprint(*sources: Path) -> str:
    """A digest of the validating modules' source: a changed model never reads an old entry."""
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key_of(*parts: Any) -> str:
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _path(file_name: str) -> Path:
    return user_dir("cache") / file_name


def entries(file_name: str = SETTINGS_FILE) -> dict[str, Any]:
    """Every entry of one cache file (empty when it is missing or unreadable)."""
    try:
        data = json.loads(_path(file_name).read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def cached(key: str, file_name: str = SETTINGS_FILE) -> Any:
    """The value stored for *key*, or None."""
    return entries(file_name).get(key)


def remember(key: str, value: Any, file_name: str = SETTINGS_FILE, keep: int = KEEP) -> None:
    """Keep *value* for *key* (the newest *keep* entries); a failure to write is no error."""
    from oncall_tui.core.atomic import write_atomic

    kept = {k: v for k, v in entries(file_name).items() if k != key}
    kept[key] = value
    kept = dict(list(kept.items())[-keep:])
    try:
        path = _path(file_name)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(kept, ensure_ascii=False).encode("utf-8", "surrogatepass"), mode=0o600)
    except (OSError, ValueError):
        pass
