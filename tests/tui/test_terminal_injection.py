"""No file name, folder name or file content reaches the terminal as a control sequence (issue 20 item 2).

The real ``oncall-tui`` runs on a pseudo-terminal over a folder whose names and contents carry
terminal-steering bytes: an OSC 0 "set the window title" and an OSC 52 "write the clipboard" in file
names, ESC, C1 (``\\x9b``, a one-byte CSI) and BEL in titles, customers, owners, timeline and item text,
and markup (``[@click=app.quit]``, ``[/]``).  Every byte the app writes is recorded while the test goes
through each surface: the dashboard and its status bar, the case view, the help, a dialog, the
"status is already …" toast built from a case id taken from a file name, the theme problem toast
(a theme file with a hostile name), the problem list, the command palette, the news box after changes
on disk, and the wall screen.  The payloads must never appear as bytes; their visible escapes must.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from oncall_tui.tui.app import OncallApp
from tests.helpers.tui import frozen_now, wait_for, wait_loaded
from tests.tui.terminal import TEXTUAL_OSC, Terminal

ESC, BEL, C1 = "\x1b", "\x07", "\x9b"
HOSTILE_NAME = f"c{ESC}]0;PWNED-TITLE{BEL}.md"
CLIPBOARD_NAME = f"{ESC}]52;c;SGVsbG8={BEL}.md"
NEW_NAME = f"n{ESC}]0;NEWFILE{BEL}.md"
THEME_NAME = f"bad{ESC}]0;THEME{BEL}.toml"
FOLDER_NAME = f"team{ESC}]0;DIR{BEL}"

# Bytes that would steer a terminal: none may come from the files.  Every BEL of the files ends one of
# their strings (a lone BEL may be the app's own bell, so it is looked for with what precedes it), and
# the only OSC sequences allowed are Textual's own (22: pointer shape, 8: a link).
PAYLOADS = [b"\x1b]0;", b"\x1b]52;", b"\xc2\x9b", b"\x1b[77;66H", b"\x1b[5;31m",
            *(word + b"\x07" for word in (b"PWNED-TITLE", b"SGVsbG8=", b"bell", b"OWNER", b"U0VOVA==",
                                          b"NEWFILE", b"THEME", b"DIR", b"T1", b"T2"))]
OWN_OSC = (b"\x1b]22;", b"\x1b]8;")


def case_text(title: str, customer: str, event: str, item: str, *, priority: str = "P1", created: str = "2026-11-20") -> str:
    return f"""{title}
=====

Customer: {customer}
Priority: {priority}
Status: Open
Created: {created}
Assigned Engineer: Jo{ESC}]0;OWNER{BEL}

Timeline:
---------
- 2026-11-20 09:00: {event}

Next Steps:
-----------
- [ ] {item}

Customer Sentiment:
-------------------
Overall sentiment: Angry{ESC}]52;c;U0VOVA=={BEL}
"""


def hostile_folder(root: Path) -> Path:
    folder = root / FOLDER_NAME
    folder.mkdir(parents=True)
    (folder / HOSTILE_NAME).write_bytes(case_text(
        f"Hostile {ESC}]0;T1{BEL} title", f"Cust{C1}5;31m", f"evt {ESC}[77;66H bell{BEL}",
        "do [@click=app.quit]x[/] now").encode())
    (folder / CLIPBOARD_NAME).write_bytes(case_text(
        f"CE2001 - Another {ESC}]0;T2{BEL}", f"Acme{ESC}[5;31m", "plain event", f"item {C1}0m here",
        priority="P2", created="2026-11-19").encode())  # breached a day earlier: the hostile case is the top row
    themes = root / "cfg" / "oncall-tui" / "themes"
    themes.mkdir(parents=True)
    (themes / THEME_NAME).write_text("not = [valid\n")
    return folder


def start(root: Path, folder: Path, *args: str) -> Terminal:
    term = Terminal.oncall(str(folder), *args, cwd=root,
                           env={"HOME": str(root), "XDG_CONFIG_HOME": str(root / "cfg"), "EDITOR": "true"})
    if not (term.wait_for("CE2001", 30) and term.wait_for("PWNED-TITLE", 30)):
        term.close()  # never leave the app running behind a failed test
        raise AssertionError(term.text()[-3000:])
    term.settle(quiet=1.0)
    return term


def press(term: Terminal, *keys: str) -> None:
    for key in keys:
        term.send(key)
        time.sleep(0.3)
        term.settle(quiet=0.4)


def assert_no_payload(output: bytes) -> None:
    found = {p: output.count(p) for p in PAYLOADS if p in output}
    assert not found, f"terminal sequences from the files reached the terminal: {found}"
    clean = TEXTUAL_OSC.sub(b"", output)
    osc = {clean[i:i + 12] for i in range(len(clean)) if clean.startswith(b"\x1b]", i)
           and not clean.startswith(OWN_OSC, i)}
    assert not osc, f"OSC sequences that are not Textual's own: {osc}"


@pytest.mark.slow  # a real app on a pty, 20-40 s; the Pilot tests below check the same text paths
def test_dashboard_case_view_help_dialogs_toasts_palette_and_news_send_no_file_escape(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    with start(tmp_path, folder) as term:
        press(term, "\r")            # the case view of the selected (hostile) case
        assert term.wait_for("Back", 30)
        press(term, "\x1b", "?")     # the help
        press(term, "\x1b", "3")     # the items pane: the item with markup
        press(term, "S")             # a dialog titled with the case id
        mark = term.mark()
        press(term, "\r")            # the current status again: "<id>: status is already Open"
        assert term.wait_for_words("status is already", 30, since=mark)
        press(term, "p", "\x1b")     # the problem list
        press(term, "\x10", "Host", "\x1b", "\x10", "CE", "\x1b")  # the command palette, twice
        # The news box: a case changed on disk, and a new file with a hostile name.
        hostile = folder / HOSTILE_NAME
        hostile.write_bytes(hostile.read_bytes().replace(b"- [ ]", b"- [x]"))
        mark = term.mark()
        (folder / NEW_NAME).write_bytes(case_text("New one", "Zed", "x", "y", priority="P4").encode())
        assert term.wait_for("NEWFILE", 45, since=mark), "the news box never showed the new file"
        term.settle(quiet=1.0)
        output = term.text()
        term.send("q")
        assert term.exited_within(45)
    assert_no_payload(output)
    # ...and everything was shown, as visible escapes.
    assert b"c\\x1b]0;PWNED-TITLE\\x07: status is already Open" in output  # the toast, one plain string
    assert b"THEME" in output and b"bad\\x1b]0;THEME" in output  # the theme problem toast
    for seen in (b"PWNED-TITLE", b"]52;c;SGVsbG8=", b"NEWFILE", b"DIR", b"\\x9b", b"[@click=app.quit]x[/]"):
        assert seen in output, seen


@pytest.mark.slow  # a real app on a pty, 20-40 s; the Pilot tests below check the same text paths
def test_wall_screen_sends_no_file_escape(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path)
    with start(tmp_path, folder, "--wall", "--cycle", "5") as term:  # the cycle reaches both cases
        press(term, "n", "n", "b")
        output = term.text()
        term.send("q")
        assert term.exited_within(45)
    assert_no_payload(output)
    assert b"PWNED-TITLE" in output and b"\\x1b" in output


async def test_every_toast_is_literal_text(tmp_path: Path) -> None:
    """The app's notify escapes whatever it is given, from any caller (Textual's own included)."""
    folder = hostile_folder(tmp_path)
    app = OncallApp(folder, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.notify(f"x{ESC}]52;c;QQ=={BEL} [b]y[/b] {C1}", title=f"t{ESC}]0;T{BEL}", markup=True)
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: any("already" in n.message for n in app.toasts))
        for note in app.toasts:
            assert not any(ch in note.message + note.title for ch in (ESC, BEL, C1)), note
            assert not note.markup
        messages = [n.message for n in app.toasts]
        assert "x\\x1b]52;c;QQ==\\x07 [b]y[/b] \\x9b" in messages
        assert any(m.startswith("c\\x1b]0;PWNED-TITLE\\x07: status is already") for m in messages), messages


@pytest.fixture(autouse=True)
def _no_user_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ONCALL_TUI_CONFIG", "VISUAL"):
        monkeypatch.delenv(name, raising=False)
