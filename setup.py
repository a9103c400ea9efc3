"""Build hook only: every piece of metadata lives in pyproject.toml.

The repository keeps its sample cases in ``data/`` at the top level, where
people browse and edit them.  A wheel needs them inside the package, so the
build copies ``data/`` to ``oncall_tui/sample_data/`` in the build tree
(``oncall_tui.paths.bundled_data_dir`` finds either place), and the bundled
``themes/`` to ``oncall_tui/themes/`` likewise.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


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


setup(cmdclass={"build_py": BuildWithSampleData})
