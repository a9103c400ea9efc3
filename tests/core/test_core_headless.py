"""``oncall_tui.core`` and the headless commands must run with Textual absent.

A fresh interpreter gets a meta-path finder that refuses ``textual`` (as if it
were not installed), imports every module under ``oncall_tui.core``, then runs
``export`` and ``check`` through ``oncall_tui.cli.main``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import importlib, importlib.abc, json, pkgutil, sys

    class BlockTextual(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "textual" or name.startswith("textual."):
                raise ImportError(f"textual is blocked in this test ({name})")
            return None

    sys.meta_path.insert(0, BlockTextual())

    import oncall_tui.core
    imported = []
    for info in pkgutil.walk_packages(oncall_tui.core.__path__, "oncall_tui.core."):
        importlib.import_module(info.name)
        imported.append(info.name)

    from oncall_tui.cli import main
    folder, out = sys.argv[1], sys.argv[2]
    export_code = main(["export", folder, "--format", "json", "-o", out])
    check_code = main(["check", folder])
    print(json.dumps({
        "imported": imported,
        "export": export_code,
        "check": check_code,
        "textual_loaded": sorted(m for m in sys.modules if m == "textual" or m.startswith("textual.")),
    }))
    """
)


def test_core_and_headless_commands_run_without_textual(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "CE9001.md").write_text("# CE9001 - Customer Escalation Summary\n\nStatus: Open\n", encoding="utf-8")
    (folder / "notes.txt").write_text("Just a note\n", encoding="utf-8")
    out = tmp_path / "export.json"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder), str(out)],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "oncall_tui.core.store" in report["imported"]
    assert "oncall_tui.core.folder" in report["imported"]
    assert "oncall_tui.core.export" in report["imported"]
    assert report["export"] == 0
    assert report["check"] in (0, 1)
    assert report["textual_loaded"] == []
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [case["path"] for case in exported] == ["CE9001.md", "notes.txt"]


def test_the_blocker_really_blocks(tmp_path: Path) -> None:
    """Guards the guard: the same finder makes a direct textual import fail."""
    script = SCRIPT.split("import oncall_tui.core")[0] + "import textual\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "textual is blocked" in result.stderr
