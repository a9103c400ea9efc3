"""Where the bundled sample cases live.

From a source checkout (or an editable install) the repository's ``data/``
is used directly, so edits to the samples show at once.  An installed wheel
carries a copy as ``oncall_tui/sample_data/`` (``setup.py`` copies it in at
build time).
"""

from __future__ import annotations

from pathlib import Path

from oncall_tui.core.folder import is_case_name

_PACKAGE_DIR = Path(__file__).resolve().parent


def _holds_case_files(folder: Path) -> bool:
    if not folder.is_dir():
        return False
    return any(path.is_file() and is_case_name(path.relative_to(folder).as_posix()) for path in folder.rglob("*"))


def bundled_data_dir() -> Path:
    """The sample case folder the app opens when given none."""
    checkout = _PACKAGE_DIR.parent
    source_data = checkout / "data"
    if (checkout / "pyproject.toml").is_file() and _holds_case_files(source_data):
        return source_data
    return _PACKAGE_DIR / "sample_data"
