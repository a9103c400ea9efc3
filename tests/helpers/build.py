"""A copy of the package with the parser compiled as ``pip install .`` compiles it (``setup.py``, mypyc).

For tests/core/test_compiled.py and the benchmarks: a checkout's own tree
must stay plain Python (a compiled module beside its ``.py`` runs instead
of it), so the build happens in a copy.  Usable as a script::

    python -m tests.helpers.build /tmp/compiled      # then: bench_cold ... --new /tmp/compiled
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers.repo import REPO_ROOT

BUILD_TIMEOUT = 900  # only catches a hang: the build takes ~30 s


def copy_package(to: Path, source: Path = REPO_ROOT) -> Path:
    """*to* (created) holding *source*'s package, build files, sample cases and themes (a checkout that runs),
    without compiled or cached files."""
    to.mkdir(parents=True)
    shutil.copytree(source / "oncall_tui", to / "oncall_tui",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(source / name, to / name)
    for name in ("data", "themes"):  # what a checkout's app reads beside the package (oncall_tui/paths.py)
        shutil.copytree(source / name, to / name)
    return to


def build_in_place(folder: Path, **env: str) -> subprocess.CompletedProcess:
    """``setup.py build_ext --inplace`` in *folder* (a :func:`copy_package`), with *env* added and no
    ``ONCALL_TUI_*`` variable of this process's."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ONCALL_TUI_")}
    return subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=folder,
                          env={**clean, **env}, capture_output=True, text=True, timeout=BUILD_TIMEOUT)


def extensions(folder: Path) -> list[str]:
    """The compiled modules built in place in *folder* (the package's and mypyc's shared one beside it), as
    relative paths."""
    found = [*folder.glob("*.so"), *(folder / "oncall_tui").rglob("*.so")]
    return sorted(str(p.relative_to(folder)) for p in found)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.helpers.build NEW_FOLDER", file=sys.stderr)
        return 2
    folder = copy_package(Path(argv[0]))
    built = build_in_place(folder)
    sys.stderr.write(built.stderr[-2000:] if built.returncode else "")
    print(f"{folder}: {len(extensions(folder))} compiled modules, exit {built.returncode}")
    return built.returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
