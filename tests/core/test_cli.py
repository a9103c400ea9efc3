"""The command line: dispatch, export, check, errors, and the TUI hand-off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from oncall_tui import __version__
from oncall_tui.cli import main
from oncall_tui.core.export import check, export_cases, export_json
from oncall_tui.paths import bundled_data_dir

REPO_ROOT = Path(__file__).resolve().parents[2]


def write(root: Path, rel: str, data: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "cases"
    write(root, "b/second.md", "# Second case at Café Zoë\n\nSome text.\n")
    write(root, "a-first.txt", "First case\n==========\n\nPlain text, naïve café.\n")
    return root


def test_export_json_is_a_sorted_array_with_contract_fields(folder: Path, capsys) -> None:
    assert main(["export", str(folder), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("]\n")
    data = json.loads(out)
    assert [item["path"] for item in data] == ["a-first.txt", "b/second.md"]
    for item in data:
        assert {"id", "kind", "title", "path", "customer", "priority", "status", "is_open", "opened_at",
                "resolved_at", "owner", "timeline", "action_items", "sentiment", "problems"} <= set(item)
        assert "source" not in item
    assert out == export_json(folder)
    assert "Café Zoë" in out  # not \u-escaped
    assert data[1]["title"].endswith("Café Zoë")


def test_export_format_defaults_to_json_and_writes_a_file(folder: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "out.json"
    assert main(["export", str(folder), "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == export_json(folder)
    assert main(["export", str(folder), "--format", "yaml"]) == 2


def test_export_keeps_non_ascii_as_utf8(tmp_path: Path) -> None:
    write(tmp_path, "u.md", "# Café Ünïcode — 東京\n")
    text = export_json(tmp_path)
    assert "\\u" not in text
    assert json.loads(text)[0]["path"] == "u.md"


def test_export_cases_sorts_by_path(folder: Path) -> None:
    from oncall_tui.core.export import load_store

    cases = load_store(folder).cases()
    assert [d["path"] for d in export_cases(reversed(cases))] == ["a-first.txt", "b/second.md"]


def test_export_of_a_broken_file_still_exports_it_with_problems(tmp_path: Path, capsys) -> None:
    write(tmp_path, "ok.md", "# Fine\n")
    write(tmp_path, "big.md", b"#" * (2 * 1024 * 1024 + 1))
    write(tmp_path, "binary.txt", bytes(range(256)) * 4)
    assert main(["export", str(tmp_path)]) == 0
    data = {item["path"]: item for item in json.loads(capsys.readouterr().out)}
    assert set(data) == {"ok.md", "big.md", "binary.txt"}
    assert data["big.md"]["problems"] == ["not read: 2 MiB is over the 2 MiB limit"]
    assert data["big.md"]["kind"] == "note"


def test_check_lists_problems_and_skips_and_fails_on_problems(tmp_path: Path, capsys) -> None:
    write(tmp_path, "ok.md", "# Fine\n")
    write(tmp_path, "big.md", b"#" * (3 * 1024 * 1024))
    write(tmp_path.parent / "outside", "x.md", "# Elsewhere\n")
    (tmp_path / "link.md").symlink_to(tmp_path.parent / "outside" / "x.md")
    assert main(["check", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "big.md: not read: 3 MiB is over the 2 MiB limit"
    assert lines[1].startswith("link.md: skipped: symlink points outside the case folder")
    assert lines[-1] == "2 files, 1 with problems, 1 skipped"
    assert check(tmp_path) == (lines, 1)


def test_check_of_a_clean_folder_exits_zero(tmp_path: Path, capsys) -> None:
    write(tmp_path, "one.md", "# One\n\nA short note.\n")
    write(tmp_path, "sub/two.txt", "Two\n===\n\nAnother note.\n")
    assert main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["2 files, 0 with problems"]


def test_check_reports_duplicate_ids(tmp_path: Path) -> None:
    write(tmp_path, "a/same.md", "# One\n")
    write(tmp_path, "b/same.md", "# Two\n")
    lines, code = check(tmp_path)
    assert code == 1
    assert any(line.startswith("b/same.md: duplicate id same (also in a/same.md); shown as same-2") for line in lines)


@pytest.mark.parametrize("command", [["export"], ["check"], []])
def test_missing_folder_is_a_clear_error_with_exit_2(tmp_path: Path, command: list[str], capsys) -> None:
    missing = tmp_path / "nope"
    assert main([*command, str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == f"oncall-tui: no such folder: {missing}"
    assert captured.out == ""


def test_a_file_given_as_folder_is_an_error(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, "x.md", "# X\n")
    assert main(["check", str(path)]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_version(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"oncall-tui {__version__} (parser in pure Python)"


def test_usage_errors_exit_2(capsys) -> None:
    assert main(["export"]) == 2
    assert main(["--no-such-option"]) == 2
    assert "usage:" in capsys.readouterr().err


class FakeApp:
    """Stands in for the Textual app so dispatch can be tested without a terminal."""

    runs: list[dict] = []
    return_code: int | None = None  # as Textual's App after a clean exit

    def __init__(self, folder: Path, settings=None, *, read_only: bool = False, wall: bool = False) -> None:  # noqa: ANN001
        given = settings.settings  # the LoadedSettings the command line hands over
        self.kwargs = {"folder": folder, "read_only": read_only or given.read_only, "theme": given.theme}

    def run(self) -> None:
        FakeApp.runs.append(self.kwargs)


@pytest.fixture
def fake_tui(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    module = types.ModuleType("oncall_tui.tui.app")
    module.OncallApp = FakeApp
    monkeypatch.setitem(sys.modules, "oncall_tui.tui.app", module)
    FakeApp.runs = []
    return FakeApp.runs


def test_tui_gets_the_folder_and_options(folder: Path, fake_tui: list[dict]) -> None:
    assert main([str(folder), "--read-only", "--theme", "oncall-light"]) == 0
    assert fake_tui == [{"folder": folder, "read_only": True, "theme": "oncall-light"}]


def test_a_folder_named_like_a_command_opens_in_the_tui(tmp_path: Path, fake_tui: list[dict],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "export").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["./export"]) == 0
    assert fake_tui[0]["folder"] == Path("./export")


def test_tui_defaults_to_the_bundled_samples(fake_tui: list[dict]) -> None:
    assert main([]) == 0
    assert fake_tui[0]["folder"] == bundled_data_dir()


def test_tui_import_failure_is_a_clear_error(folder: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "oncall_tui.tui.app", None)  # makes the import raise ImportError
    assert main([str(folder)]) == 1
    assert "the terminal UI could not be loaded" in capsys.readouterr().err


def test_bundled_data_dir_in_a_checkout_is_the_repo_data(data_dir: Path) -> None:
    assert bundled_data_dir() == data_dir.resolve()
    assert any(data_dir.rglob("*.md"))


def test_export_through_the_console_entry_point(folder: Path) -> None:
    """``python -m oncall_tui`` end to end, and piping into a reader that stops early."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    result = subprocess.run([sys.executable, "-m", "oncall_tui", "export", str(folder)],
                            capture_output=True, env=env, timeout=60, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.decode("utf-8"))[0]["path"] == "a-first.txt"
    for i in range(200):
        write(folder, f"more/{i:03}.md", f"# Case {i}\n" + "text\n" * 50)
    proc = subprocess.Popen([sys.executable, "-m", "oncall_tui", "export", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO_ROOT)
    assert proc.stdout is not None
    proc.stdout.read(10)
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err
    assert proc.returncode == 0


def test_check_keeps_a_file_name_with_control_characters_on_one_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "evil\nname\x1b[31m.md")
    lines, code = check(tmp_path)
    assert code == 1  # nothing but the skipped FIFO: no case files
    # spelled as the TUI shows it (oncall_tui.core.text.escape_controls): a newline is \x0a there too
    assert lines == ["evil\\x0aname\\x1b[31m.md: skipped: a FIFO, not a regular file", "no case files found (1 skipped)"]
