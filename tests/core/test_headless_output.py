"""Headless output: a closed, unwritable or abandoned standard output, and what reaches a CI log.

Each test runs the real ``python -m oncall_tui`` in a subprocess: ``>&-``
(descriptor 1 closed), ``1</dev/null`` (open, but not for writing),
``>/dev/full`` (no space), and ``| head -c 10`` (the reader leaves).  The
first three are a message on standard error and exit 2; the last is a quiet
exit, as ``cat`` or ``grep`` would (``check`` still exits 1 for a folder
with problems).  None is a traceback.  ``check``'s
report spells control and bidi characters the way the TUI shows them; the
JSON export stays exact JSON (its string escapes cover control characters;
bidi characters in it are data).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
COMMANDS = {"export": ["export", str(DATA)], "check": ["check", str(DATA)], "config show": ["config", "show"]}
REDIRECTS = {
    "closed": ">&-",
    "not writable": "1</dev/null",
    "disk full": ">/dev/full",
}


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONCALL_TUI_")}
    env.update(PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path / "xdg"), ONCALL_TUI_CACHE_DIR=str(tmp_path / "cache"))
    return env


def _shell(line: str, args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    """``sh -c`` running *line* with ``$@`` = python -m oncall_tui ARGS."""
    return subprocess.run(["sh", "-c", line, "sh", sys.executable, "-m", "oncall_tui", *args], cwd=ROOT,
                          capture_output=True, timeout=120, env=_env(tmp_path))


@pytest.mark.parametrize("redirect", list(REDIRECTS))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_unusable_standard_output_is_a_message_and_exit_2(command: str, redirect: str, tmp_path: Path) -> None:
    if redirect == "disk full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")  # pragma: no cover (Linux has it)
    done = _shell(f'"$@" {REDIRECTS[redirect]}', COMMANDS[command], tmp_path)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Exception ignored" not in err, err[-3000:]
    assert done.returncode == 2, err
    assert err.startswith("oncall-tui: ") and "standard output" in err, err


def _many_problem_files(folder: Path, count: int = 3000) -> Path:
    """*count* empty case files: each one a problem line in check, an object in export (past a pipe's 64 KiB)."""
    for n in range(count):
        sub = folder / f"batch-{n // 500}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"case-number-{n:05}.md").write_bytes(b"")
    return folder


@pytest.mark.parametrize("command", ["export", "check"])
def test_a_reader_that_leaves_early_ends_the_output_quietly(command: str, tmp_path: Path) -> None:
    folder = _many_problem_files(tmp_path / "cases")
    done = _shell('"$@" | head -c 10 >/dev/null', [command, str(folder)], tmp_path)
    piped = subprocess.Popen([sys.executable, "-m", "oncall_tui", command, str(folder)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(tmp_path))
    assert piped.stdout is not None
    assert len(piped.stdout.read(10)) == 10
    piped.stdout.close()  # the reader leaves with most of the output unread
    _, err = piped.communicate(timeout=120)
    for stderr in (done.stderr, err):
        text = stderr.decode("utf-8", "replace")
        assert "Traceback" not in text and "Exception ignored" not in text and "Broken pipe" not in text, text[-3000:]
    assert piped.returncode == (1 if command == "check" else 0)  # check: the folder's problems are still the answer


# -- what check writes into a CI log ----------------------------------------------------------------------

HOSTILE_NAMES = [
    "invoice\u202etxt.exe.md",  # right-to-left override: reads as "invoiceexe.txt"
    "isolate\u2066x\u2069.md",
    "esc\x1b]0;PWNED\x07title.md",  # OSC: sets the terminal title
    "csi\x9b31mred.md",  # C1 CSI
    "mark\u200fand\u061csep\u2028.md",
]
UNSAFE_BYTES = [b"\x1b", b"\x07", "\x9b".encode(), "\u202e".encode(), "\u2066".encode(), "\u2069".encode(),
                "\u200f".encode(), "\u061c".encode(), "\u2028".encode()]


def _hostile_folder(folder: Path) -> Path:
    """Every hostile name holds case CE1001: all but the first get a problem that quotes the first's path."""
    from tests.tui.casefiles import escalation

    folder.mkdir(parents=True)
    for name in HOSTILE_NAMES:
        (folder / name).write_text(escalation("CE1001", "Acme\u202e\x1b[5m\x9b2J", priority="zzz"), encoding="utf-8")
        os.utime(folder / name, ns=(1_700_000_000 * 10**9,) * 2)  # one age: the shared id goes by path order
    return folder


def test_check_escapes_control_and_bidi_characters_as_the_tui_does(tmp_path: Path) -> None:
    from oncall_tui.tui.literal import plain

    folder = _hostile_folder(tmp_path / "cases")
    done = subprocess.run([sys.executable, "-m", "oncall_tui", "check", str(folder)], cwd=ROOT, capture_output=True,
                          timeout=120, env=_env(tmp_path))
    assert done.returncode == 1, done.stderr
    for unsafe in UNSAFE_BYTES:
        assert unsafe not in done.stdout, (unsafe, done.stdout)
    out = done.stdout.decode("utf-8")
    first, *others = sorted(HOSTILE_NAMES)
    for name in HOSTILE_NAMES:  # the same spelling as the TUI's literal text
        assert f"{plain(name)}: line 5: unknown priority 'zzz'" in out, out
    for name in others:  # a problem text quoting another file's name
        assert f"{plain(name)}: duplicate id CE1001 (also in {plain(first)}); shown as CE1001-" in out, out
    assert len(out.splitlines()) == 2 * len(HOSTILE_NAMES) - 1 + 1  # one line per problem, and the summary


def test_the_json_export_stays_exact(tmp_path: Path) -> None:
    folder = _hostile_folder(tmp_path / "cases")
    done = subprocess.run([sys.executable, "-m", "oncall_tui", "export", str(folder)], cwd=ROOT, capture_output=True,
                          timeout=120, env=_env(tmp_path))
    assert done.returncode == 0, done.stderr
    for control in (b"\x1b", b"\x07", "\x9b".encode()):  # written as \u001b, \u0007, \u009b
        assert control not in done.stdout
    assert "\u202e".encode() in done.stdout  # bidi characters are data in JSON: left as they are
    cases = json.loads(done.stdout)
    assert sorted(c["path"] for c in cases) == sorted(HOSTILE_NAMES)  # exactly the names, controls and all
    assert all(c["customer"] == "Acme\u202e\x1b[5m\x9b2J" for c in cases)
