"""Build hook only: every piece of metadata lives in pyproject.toml.

The repository keeps its sample cases in ``data/`` at the top level, where
people browse and edit them.  A wheel needs them inside the package, so the
build copies ``data/`` to ``oncall_tui/sample_data/`` in the build tree
(``oncall_tui.paths.bundled_data_dir`` finds either place), and the bundled
``themes/`` to ``oncall_tui/themes/`` likewise.

A wheel (``pip install .``) also compiles the parser's hot modules with
mypyc (``oncall_tui/compiled.py`` lists them; docs/performance.md has the
figures).  The ``.py`` files ship too, so the build falls back to plain
Python, saying why, when mypyc or a C compiler is missing or fails.  It stays
pure for an editable install (compiled files beside the sources would
silently hide edits to them) and with ``ONCALL_TUI_PURE=1``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
COMPILING_COMMANDS = {"bdist_wheel", "build", "build_ext"}
"""The commands that make compiled files: a wheel, or an explicit build (an editable install runs none of them)."""


class BuildWithSampleData(build_py):
    """``build_py`` that also ships ``data/`` as ``oncall_tui/sample_data/``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads data/ from the checkout itself
        themes = Path(self.build_lib) / "oncall_tui" / "themes"
        shutil.copytree(HERE / "themes", themes, dirs_exist_ok=True)
        source = HERE / "data"
        if not source.is_dir():
            self.warn("data/ not found: the wheel will have no sample cases")
            return
        target = Path(self.build_lib) / "oncall_tui" / "sample_data"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(".*", "__pycache__"))


def _say(message: str) -> None:
    print(f"oncall-tui build: {message}", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """``build_ext`` whose failure leaves a pure-Python build instead of no build at all."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # no compiler, no Python headers, a compiler error
            _say(f"compiling the parser failed ({type(error).__name__}: {error}); installing it as plain Python")
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)  # a part-built set would not import


def _compiled_modules() -> list:
    """mypyc's extensions for ``oncall_tui.compiled.MODULES``, or none for a pure build (saying why, but for an
    editable install or a command that builds nothing)."""
    spec = importlib.util.spec_from_file_location("_oncall_tui_compiled", HERE / "oncall_tui" / "compiled.py")
    listing = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(listing)
    if os.environ.get(listing.PURE_ENV):
        _say(f"{listing.PURE_ENV} is set: the parser stays plain Python")
        return []
    if not COMPILING_COMMANDS.intersection(sys.argv[1:]):
        return []
    paths = [str(Path(*name.split(".")).with_suffix(".py")) for name in listing.MODULES]
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not installed: the parser stays plain Python")
        return []
    try:
        # Only the compiled modules must type-check; the libraries they import need not be in the build's
        # environment (what mypy cannot see stays a plain Python object in the compiled code).
        options = ["--follow-imports=silent", "--ignore-missing-imports", "--cache-dir", os.path.join("build", "mypy-cache")]
        return mypycify([*options, *paths], opt_level="3")
    except (Exception, SystemExit) as error:  # mypy's type errors end in SystemExit
        _say(f"mypyc could not compile the parser ({error!r}); it stays plain Python")
        return []


setup(cmdclass={"build_py": BuildWithSampleData, "build_ext": OptionalBuildExt}, ext_modules=_compiled_modules())
