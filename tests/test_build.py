"""The build's promises that need no build: the source tree stays plain Python, and the test suite's mypy is the
one ``pip install .`` compiles the parser with (see ``setup.py`` and tests/core/test_compiled.py)."""

from __future__ import annotations

import tomllib
from importlib.machinery import EXTENSION_SUFFIXES

from oncall_tui.compiled import MODULES, compiled
from tests.helpers.repo import REPO_ROOT


def test_the_source_tree_holds_no_compiled_modules() -> None:
    """A compiled module beside its ``.py`` (``setup.py build_ext --inplace`` in the checkout) would run instead of
    the source, silently ignoring every edit to it."""
    found = [str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "oncall_tui").rglob("*")
             if p.name.endswith(tuple(EXTENSION_SUFFIXES))]
    assert found == [], "remove these (build in a copy of the checkout instead): " + ", ".join(found)
    assert compiled() == []


def test_the_tests_build_with_the_mypy_the_install_builds_with() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build = [r for r in project["build-system"]["requires"] if r.startswith("mypy")]
    tests = [r for r in project["project"]["optional-dependencies"]["test"] if r.startswith("mypy")]
    assert build == tests and len(build) == 1 and "==" in build[0]


def test_every_compiled_module_is_a_module_of_the_package() -> None:
    for name in MODULES:
        assert (REPO_ROOT / (name.replace(".", "/") + ".py")).is_file(), name
