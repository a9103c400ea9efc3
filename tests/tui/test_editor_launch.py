"""``E`` hands the terminal to $VISUAL/$EDITOR: a file name never runs a command, and a missing or failing
editor always gives the screen back with one clear message (issue 20 item 1, issue 16 item 1).

The terminal tests run the real ``oncall-tui`` command on a pseudo-terminal with real editor processes:
a fake editor (a script) that records its argv, vim itself, a missing one and one that dies by a signal.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from oncall_tui.tui.editing import editor_command, run_editor
from tests.tui.casefiles import escalation, write
from tests.tui.terminal import Terminal

HOSTILE_NAME = "+!touch PWNED;.md"
FAKE_EDITOR = """#!{python}
import json, os, signal, sys
with open({record!r}, "w") as out:
    json.dump(sys.argv, out)
how = {how!r}
if how == "signal":
    os.kill(os.getpid(), signal.SIGKILL)
sys.exit(3 if how == "fail" else 0)
"""


def fake_editor(bin_dir: Path, name: str, record: Path, how: str = "ok") -> Path:
    """An executable called *name* that writes its argv to *record*, then exits 0, 3 ("fail") or dies."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    script = bin_dir / name
    script.write_text(FAKE_EDITOR.format(python=sys.executable, record=str(record), how=how))
    script.chmod(0o755)
    return script


def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    write(folder, HOSTILE_NAME, escalation("CE1001", "Acme Rockets"))
    return folder


# -- the command ------------------------------------------------------------------------------


@pytest.mark.parametrize("editor", ["vim", "/usr/bin/vim.tiny", "nvim", "nano", "emacs -nw", "emacsclient -t"])
def test_known_editors_get_the_line_then_dashdash_then_the_absolute_path(tmp_path: Path, editor: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    argv = editor_command({"EDITOR": editor}, Path(".") / HOSTILE_NAME, 7)
    assert argv == [*editor.split(), "+7", "--", str(tmp_path / HOSTILE_NAME)]


def test_any_other_editor_gets_only_the_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert editor_command({"VISUAL": "code --wait"}, Path("-rf.md"), 3) == ["code", "--wait", str(tmp_path / "-rf.md")]
    # No shell: a $EDITOR with shell syntax is words, never a command line.
    assert editor_command({"EDITOR": "ed; touch x"}, Path("a.md"), 1) == ["ed;", "touch", "x", str(tmp_path / "a.md")]


def test_the_file_argument_never_reads_as_an_option_or_a_command(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in (HOSTILE_NAME, "-c!touch x.md", "--cmd=x.md", "+5.md"):
        for editor in ("vim", "nano", "mystery-editor"):
            path = editor_command({"EDITOR": editor}, Path(name), 1)[-1]
            assert path.startswith("/") and path.endswith(name)


def test_run_editor_reports_each_failure_and_never_raises(tmp_path: Path) -> None:
    record = tmp_path / "argv.json"
    assert run_editor([str(fake_editor(tmp_path / "bin", "ok-editor", record)), "x"]) is None
    assert json.loads(record.read_text())[1:] == ["x"]
    assert "was not found" in run_editor([str(tmp_path / "nvim-not-installed"), "x"])
    not_executable = tmp_path / "not-executable"
    not_executable.write_text("#!/bin/sh\n")
    assert "cannot be run" in run_editor([str(not_executable), "x"])
    assert "exited with status 3" in run_editor([str(fake_editor(tmp_path / "bin", "failing", record, "fail"))])
    assert "killed by SIGKILL" in run_editor([str(fake_editor(tmp_path / "bin", "dying", record, "signal"))])


# -- the real app on a real terminal ---------------------------------------------------------


def start_and_press_e(folder: Path, editor: str, home: Path) -> Terminal:
    """The app in *folder* (opened as ``.``, as the report did) with EDITOR=*editor*; E pressed on the case."""
    term = Terminal.oncall(".", cwd=folder, env={"EDITOR": editor, "VISUAL": "", "HOME": str(home),
                                                  "ONCALL_TUI_CONFIG": "", "XDG_CONFIG_HOME": str(home / "cfg")})
    if not (term.wait_for("CE1001", 30) and term.wait_for("Acme", 30)):
        term.close()  # never leave the app running behind a failed test
        raise AssertionError(term.text()[-2000:])
    term.settle(quiet=1.0)
    term.send("E")
    return term


def quits(term: Terminal) -> bool:
    term.settle(quiet=0.5)
    term.send("q")
    return term.exited_within(45)


def test_e_with_vim_named_editor_gets_an_absolute_path_after_dashdash(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    record = tmp_path / "argv.json"
    editor = fake_editor(tmp_path / "bin", "vim", record)
    with start_and_press_e(folder, str(editor), tmp_path) as term:
        assert _wait_file(record, term), term.text()[-2000:]
        assert json.loads(record.read_text()) == [str(editor), "+1", "--", str(folder.resolve() / HOSTILE_NAME)]
        assert quits(term), "q did not end the app after the editor returned"
    assert not (folder / "PWNED").exists()


@pytest.mark.slow  # real vim on a pty; the fake-editor test above runs in the fast suite
@pytest.mark.skipif(shutil.which("vim") is None, reason="vim is not installed: the fake-editor test above still runs")
def test_e_with_real_vim_does_not_run_the_file_name(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    (tmp_path / ".vimrc").write_text("")
    with start_and_press_e(folder, "vim -i NONE", tmp_path) as term:
        mark = term.mark()
        assert term.wait_for("Acme Rockets", 60, since=mark), "vim did not show the file"
        term.settle(quiet=0.5)
        term.send("\x1b:qa!\r")
        assert term.wait_for("CE1001", 60, since=term.mark()), "the app did not come back"
        assert quits(term)
    assert not (folder / "PWNED").exists(), "the file name ran a shell command in vim"


@pytest.mark.parametrize(("how", "message"), [
    ("missing", "was not found"),
    # The same path as "missing" on the terminal (run_editor's answer, covered for each case above): slow.
    pytest.param("signal", "killed by SIGKILL", marks=pytest.mark.slow),
    pytest.param("fail", "exited with status 3", marks=pytest.mark.slow),
])
def test_a_missing_or_failing_editor_gives_the_screen_back_with_one_message(tmp_path: Path, how: str,
                                                                          message: str) -> None:
    folder = hostile_folder(tmp_path)
    if how == "missing":
        editor = "/nonexistent/nvim-not-installed"  # short: a long temp path wrapped the message on screen
    else:
        editor = str(fake_editor(tmp_path / "bin", "my-editor", tmp_path / "argv.json", how))
    with start_and_press_e(folder, editor, tmp_path) as term:
        mark = term.mark()
        assert term.wait_for_words(message, 60, since=mark), term.screen_text(mark)[-3000:]
        assert quits(term), "q did not end the app after the editor failed: it hangs suspended"


def _wait_file(path: Path, term: Terminal, timeout: float = 20.0) -> bool:
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if path.exists() and path.stat().st_size:
            return True
        time.sleep(0.05)
    return False
