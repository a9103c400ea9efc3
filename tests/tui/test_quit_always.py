"""``q`` ends the process within seconds whatever a worker is doing (issue 20 item 15).

Each test runs the app on a real pseudo-terminal, presses ``q`` while a worker is busy, and checks by pid
that the process is gone within :data:`HANG` seconds (a bound that only catches a hang: a clean quit
takes well under one).  Kinds of work: a parse that never returns (the store's parser blocked on an
event nobody sets: the worst case, a read hung in the kernel looks the same to Python), a FIFO named like
a case file, a file at the size limit made of one long line of sentiment words, and a cold load of a few
thousand files through the process pool.
"""

from __future__ import annotations

import os
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.tui.casefiles import escalation, write
from tests.tui.terminal import Terminal

HANG = 15.0


def quit_while_busy(term: Terminal, busy_sign: str) -> None:
    try:
        assert term.wait_for(busy_sign, 60), term.text()[-2000:]
        term.settle(quiet=0.3, timeout=3)
        term.send("q")
        assert term.exited_within(HANG), f"q did not end the process (pid {term.proc.pid}) within {HANG} s"
        assert term.proc.returncode == 0, term.text()[-2000:]
    finally:
        term.close()
    with pytest.raises(ProcessLookupError):
        os.kill(term.proc.pid, 0)  # the pid is gone (reaped), not a zombie left behind


def env_for(tmp_path: Path) -> dict[str, str]:
    return {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"), "ONCALL_TUI_CACHE_DIR": str(tmp_path / "cache")}


def some_cases(folder: Path, count: int = 3) -> None:
    for n in range(count):
        write(folder, f"CE{1000 + n}.md", escalation(f"CE{1000 + n}", f"Customer {n}"))


HUNG_APP = textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from oncall_tui.cli import run_app
    from oncall_tui.core.store import CaseStore
    from oncall_tui.tui.app import OncallApp

    never = threading.Event()

    def hung_parse(raw, path, *, mtime_ns=0):
        never.wait()  # a parse (or a read) that never returns

    folder = Path(sys.argv[1])
    sys.exit(run_app(OncallApp(folder, store=CaseStore(folder, parse=hung_parse))))
""")


def test_q_ends_the_app_while_the_first_load_is_hung(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    some_cases(folder)
    script = tmp_path / "hung_app.py"
    script.write_text(HUNG_APP)
    term = Terminal([sys.executable, str(script), str(folder)], cwd=tmp_path, env=env_for(tmp_path))
    quit_while_busy(term, "loading")


def test_q_ends_the_app_with_a_fifo_named_like_a_case_file(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    some_cases(folder)
    os.mkfifo(folder / "CE9999.md")  # nobody ever writes to it: a read would block for good
    quit_while_busy(Terminal.oncall(str(folder), cwd=tmp_path, env=env_for(tmp_path)), "CE1000")


HUNG_EDIT_APP = textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from oncall_tui.cli import run_app
    from oncall_tui.tui.app import OncallApp

    never = threading.Event()
    app = OncallApp(Path(sys.argv[1]), watch=False)
    real_read = app.storage.read

    def hung_read(rel):
        Path(sys.argv[2]).write_text("started")
        never.wait()  # an edit whose read never returns (a file that never answers)
        return real_read(rel)

    app.storage.read = hung_read
    sys.exit(run_app(app))
""")


def test_q_ends_the_app_while_an_edit_is_hung(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    some_cases(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    script = tmp_path / "hung_edit.py"
    script.write_text(HUNG_EDIT_APP)
    started = tmp_path / "edit-started"
    term = Terminal([sys.executable, str(script), str(folder), str(started)], cwd=tmp_path, env=env_for(tmp_path))
    try:
        assert term.wait_for("CE1000", 30)
        term.settle(quiet=1.0)
        term.send("3")
        term.settle(quiet=0.5)
        term.send(" ")  # toggle the highlighted item: the edit's worker hangs in its read
        for _ in range(200):
            if started.exists():
                break
            time.sleep(0.05)
        assert started.exists(), "the edit never started"
    except BaseException:
        term.close()
        raise
    quit_while_busy(term, "CE1000")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_an_edit_asked_for_just_before_q_is_still_written(tmp_path: Path) -> None:
    """Workers are daemon threads now: the command waits for the edits asked for before q."""
    folder = tmp_path / "cases"
    some_cases(folder, 1)
    path = folder / "CE1000.md"
    before = path.read_bytes()
    term = Terminal.oncall(str(folder), cwd=tmp_path, env=env_for(tmp_path))
    try:
        assert term.wait_for("CE1000", 30)
        term.settle(quiet=1.0)
        term.send("3")
        term.settle(quiet=0.5)
        term.send(" q")  # toggle the highlighted item, and quit in the same breath
        assert term.exited_within(HANG)
    finally:
        term.close()
    assert path.read_bytes() == before.replace(b"- [ ] Call the customer", b"- [x] Call the customer")


@pytest.mark.slow
def test_q_ends_the_app_while_a_file_at_the_size_limit_is_parsed(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    some_cases(folder)
    words = ("not happy angry not great frustrated never good ", "furious not satisfied ")
    line = "".join(words) * (2 * 1024 * 1024 // sum(map(len, words)))
    body = escalation("CE2000", "Big Co", event=line[: 2 * 1024 * 1024 - 2000])
    (folder / "CE2000.md").write_text(body)
    assert (folder / "CE2000.md").stat().st_size <= 2 * 1024 * 1024
    quit_while_busy(Terminal.oncall(str(folder), cwd=tmp_path, env=env_for(tmp_path)), "Open escalations")


@pytest.mark.slow
def test_q_ends_the_app_during_a_cold_load_through_the_process_pool(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    filler = "\n".join(f"- 2026-11-20 09:{n % 60:02d}: the customer wrote again about item {n}" for n in range(300))
    for n in range(2500):
        write(folder, f"CE{10000 + n}.md", escalation(f"CE{10000 + n}", f"Customer {n}", event=filler))
    quit_while_busy(Terminal.oncall(str(folder), cwd=tmp_path, env=env_for(tmp_path)), "loading")
