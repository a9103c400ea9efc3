"""Trust: what a racing program, a swapped link or an odd file can do to reads and edits.

Each test here reproduces one of the holes of the trust issue (items 3-10 and
18) with real files, real links and real writer processes, and checks the
promise made about it: nothing from outside the folder is shown, nothing is
installed that another program was still writing, nothing is lost, nothing
blocks.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from oncall_tui.core import atomic as atomic_mod
from oncall_tui.core.edits import AddTimelineEntry, NothingToChange, SetStatus, ToggleItem, apply_edit
from oncall_tui.core.export import export_json
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.reader import UnsafePath, open_beneath, other_writers
from oncall_tui.core.storage import BusyError, ReadError, Storage, WriteError
from oncall_tui.core.store import CaseStore
from tests.helpers.config_settings import app_settings

HANG = 30.0  # seconds: a bound that only catches a hang, never a slow machine

CASE = (
    "CE4100 - Customer Escalation Summary\n"
    "====================================\n\n"
    "Customer: Lantern Freight\nPriority: High\nStatus: In Progress\nCreated: 2026-03-02 09:00 UTC\n\n"
    "Timeline:\n---------\n- 2026-03-02 09:00 UTC: Case opened\n\n"
    "Next Steps:\n-----------\n- [ ] Rotate the relay certificates\n- [ ] Confirm the backlog drained\n"
)
SECRET = "TOP-SECRET-PAYROLL-LINE"


def _folder(tmp_path: Path, text: str = CASE, name: str = "CE4100.md") -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / name).write_text(text)
    return folder


def _secret(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.md"
    secret.write_text(f"# {SECRET}\n\nCustomer: {SECRET}\n")
    secret.chmod(0o600)
    return secret


# --------------------------------------------------------------------------- 3: link swapped in


def test_reads_never_follow_a_link_out_of_the_folder(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    secret = _secret(tmp_path)
    (folder / "CE4100.md").unlink()
    (folder / "CE4100.md").symlink_to(secret)
    with pytest.raises(UnsafePath):
        open_beneath(folder, "CE4100.md")
    with pytest.raises(ReadError) as caught:
        Storage(folder).read("CE4100.md")
    assert SECRET not in str(caught.value)
    # A folder on the way that became a link is refused too.
    (folder / "sub").symlink_to(secret.parent)
    with pytest.raises(UnsafePath):
        open_beneath(folder, "sub/secret.md")


def test_a_link_inside_the_folder_is_still_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "archive").mkdir()
    (folder / "archive" / "link.md").symlink_to("../CE4100.md")
    fd = open_beneath(folder, "archive/link.md")
    try:
        assert os.read(fd, 6) == b"CE4100"
    finally:
        os.close(fd)


def test_swap_loop_never_shows_outside_content(tmp_path: Path) -> None:
    """A file swapped for a link to a secret between scan and read, thousands of times a second."""
    folder = _folder(tmp_path)
    secret = _secret(tmp_path)
    real = folder / "CE4100.md"
    regular, link = folder / ".regular", folder / ".link"
    regular.write_text(CASE)
    link.symlink_to(secret)
    stop = threading.Event()
    swaps = [0]

    def swapper() -> None:
        while not stop.is_set():
            for source in (link, regular):
                tmp = folder / ".swap"
                if source is link:
                    os.symlink(secret, tmp)
                else:
                    os.link(regular, tmp)
                os.replace(tmp, real)
                swaps[0] += 1

    thread = threading.Thread(target=swapper, daemon=True)
    thread.start()
    store = CaseStore(folder)
    storage = Storage(folder)
    seen: list[str] = []
    exports = 0
    try:
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            store.rescan()
            store.refresh([real])
            seen.extend(case.model_dump_json() for case in store.cases())
            seen.append(export_json(folder))  # one odd entry never aborts the export
            exports += 1
            try:
                seen.append(storage.read("CE4100.md").data.decode())
            except (ReadError, BusyError):
                pass
    finally:
        stop.set()
        thread.join(HANG)
    assert swaps[0] > 100 and exports > 3
    assert not [s for s in seen if SECRET in s]


# --------------------------------------------------------------------------- 4: temp file mode


def test_temp_file_is_private_before_its_first_byte(tmp_path: Path, monkeypatch) -> None:
    folder = _folder(tmp_path)
    (folder / "CE4100.md").chmod(0o600)
    modes: list[int] = []
    real_write_all = atomic_mod.write_all

    def spy(fd: int, data: bytes) -> None:
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        real_write_all(fd, data)

    monkeypatch.setattr(atomic_mod, "write_all", spy)
    apply_edit(Storage(folder), "CE4100.md", SetStatus("resolved"))
    assert modes == [0o600]
    assert stat.S_IMODE((folder / "CE4100.md").stat().st_mode) == 0o600


def test_no_reader_catches_a_secret_temp_file_open(tmp_path: Path) -> None:
    """Another process polling the folder never finds a temp file readable by others while it holds bytes."""
    big = (CASE + ("\nNotes:\n------\n" + "x" * 200 + "\n") * 4000).encode()
    folder = _folder(tmp_path, big.decode())
    (folder / "CE4100.md").chmod(0o600)
    watcher = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import os, stat, sys
        folder, stop = sys.argv[1], sys.argv[2]
        exposed = seen = 0
        while not os.path.exists(stop):
            for name in os.listdir(folder):
                if name.endswith(".oncall-tmp"):
                    try:
                        st = os.stat(os.path.join(folder, name))
                    except OSError:
                        continue
                    if st.st_size:
                        seen += 1
                        exposed += bool(st.st_mode & (stat.S_IRGRP | stat.S_IROTH))
        print(seen, exposed)
    """), str(folder), str(tmp_path / "stop")], stdout=subprocess.PIPE, text=True)
    storage = Storage(folder)
    previous = storage.read("CE4100.md").sha256
    for n in range(40):  # big writes, so that each temp file holds bytes for a while
        previous = storage.write("CE4100.md", big + b"%d\n" % n, expected_sha256=previous).sha256
    (tmp_path / "stop").touch()
    out, _ = watcher.communicate(timeout=HANG)
    seen, exposed = map(int, out.split())
    assert seen > 0  # the watcher did catch temp files with bytes in them
    assert exposed == 0, f"{exposed} of {seen} sightings of a temp file were readable by others"


# --------------------------------------------------------------------------- 5 and 10: other writers

CHUNKED_WRITER = textwrap.dedent("""
    import sys, time
    path, chunks, pause = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    data = open(path, "rb").read() + b"\\nNotes:\\n------\\n" + b"".join(
        b"- note line %d written by the sync tool\\n" % n for n in range(120))
    with open(path, "r+b") as fh:
        fh.truncate(0)
        print("truncated", flush=True)
        step = len(data) // chunks + 1
        for i in range(0, len(data), step):
            fh.write(data[i:i + step]); fh.flush()
            time.sleep(pause)
    print(len(data), flush=True)
""")


def test_an_edit_during_an_in_place_chunked_write_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = folder / "CE4100.md"
    writer = subprocess.Popen([sys.executable, "-c", CHUNKED_WRITER, str(path), "20", "0.1"],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline() == "truncated\n"
    time.sleep(0.15)  # part of it written: the file on disk is half of what it will be
    with pytest.raises(BusyError) as caught:
        apply_edit(Storage(folder), "CE4100.md", SetStatus("resolved"))
    assert "being written by another program" in str(caught.value)
    assert "pid" in str(caught.value)  # the writer is named
    full = int(writer.stdout.readline())
    writer.wait(HANG)
    assert path.stat().st_size == full  # the writer's data all there, nothing truncated by us
    result = apply_edit(Storage(folder), "CE4100.md", SetStatus("resolved"))  # and afterwards it works
    assert result.case is not None and result.case.status == "resolved"
    assert path.read_bytes().count(b"written by the sync tool") == 120


def test_an_appender_holding_its_descriptor_loses_no_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = folder / "CE4100.md"
    bot = subprocess.Popen(["sh", "-c", 'i=0; while [ $i -lt 30 ]; do i=$((i+1)); echo "heartbeat $i"; '
                                        'sleep 0.05; done >> "$1"', "bot", str(path)])
    storage = Storage(folder)
    entry = AddTimelineEntry(datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc), "Customer called back")
    refusals = 0
    written = False
    deadline = time.monotonic() + HANG
    while not written and time.monotonic() < deadline:
        try:
            apply_edit(storage, "CE4100.md", entry)
            written = True
        except BusyError:
            refusals += 1
    bot.wait(HANG)
    text = path.read_text()
    assert written and refusals >= 1  # refused while the bot held the file, written once it let go
    assert [n for n in range(1, 31) if f"heartbeat {n}\n" not in text] == []
    assert "Customer called back" in text


def test_other_writers_sees_a_held_descriptor(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = folder / "CE4100.md"
    fd = open_beneath(folder, "CE4100.md")
    try:
        assert other_writers(fd) is False
        holder = subprocess.Popen(["sh", "-c", 'exec 3>>"$1"; echo held; exec sleep 5', "h", str(path)],
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline() == "held\n"
            assert other_writers(fd) is True
        finally:
            holder.kill()
            holder.wait(HANG)
        assert other_writers(fd) is False
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- 6: stale truth


def test_toggle_never_reverts_a_change_the_screen_did_not_show(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = folder / "CE4100.md"
    shown = parse_bytes(path.read_bytes(), "CE4100.md")  # what the screen holds: item 1 open
    item = shown.action_items[0]
    assert item.status == "open"
    # A colleague ticks it; size and mtime put back as some sync tools and `touch -d` do.
    before = path.stat()
    path.write_text(CASE.replace("- [ ] Rotate", "- [x] Rotate"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(NothingToChange):
        apply_edit(Storage(folder), "CE4100.md", ToggleItem(item))
    assert "- [x] Rotate" in path.read_text()


def test_rescan_sees_a_rewrite_that_kept_size_and_mtime(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = folder / "CE4100.md"
    store = CaseStore(folder)
    store.load_all()
    assert store.get("CE4100.md").action_items[0].status == "open"
    before = path.stat()
    time.sleep(0.01)
    path.write_text(CASE.replace("- [ ] Rotate", "- [x] Rotate"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    change = store.rescan()
    assert change.updated == ("CE4100.md",)
    assert store.get("CE4100.md").action_items[0].status == "done"


# --------------------------------------------------------------------------- 7: over the limit


def test_a_file_over_the_limit_refuses_every_edit_at_once(tmp_path: Path, monkeypatch) -> None:
    folder = _folder(tmp_path, CASE + "\nNotes:\n------\n" + "- padding line\n" * 2000)
    before = (folder / "CE4100.md").read_bytes()
    parsed: list[int] = []
    monkeypatch.setattr("oncall_tui.core.edits.parse_bytes",
                        lambda *a, **k: parsed.append(1) or parse_bytes(*a, **k))
    storage = Storage(folder, max_bytes=4096)
    for edit in (SetStatus("resolved"), AddTimelineEntry(datetime(2026, 3, 2, tzinfo=timezone.utc), "x")):
        with pytest.raises(ReadError) as caught:
            apply_edit(storage, "CE4100.md", edit)
        assert caught.value.reason == "too_big" and "over the 4 KiB limit" in str(caught.value)
    with pytest.raises(WriteError) as caught:
        storage.write("CE4100.md", b"x", expected_sha256="0" * 64)
    assert caught.value.reason == "too_big"
    assert parsed == []  # never read, never parsed
    assert (folder / "CE4100.md").read_bytes() == before


async def test_the_apps_limit_reaches_the_store_and_the_edits(tmp_path: Path) -> None:
    from oncall_tui.tui.app import OncallApp

    folder = _folder(tmp_path, CASE + "\nNotes:\n------\n" + "- padding line\n" * 400)
    app = OncallApp(folder, app_settings(max_file_bytes=2048), watch=False)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.store.max_bytes == 2048 and app.storage.max_bytes == 2048
        case = app.store.get("CE4100.md")
        assert any("over the 2 KiB limit" in p for p in case.problems)


# --------------------------------------------------------------------------- 8: export on a full disk


def test_export_to_a_full_disk_keeps_the_previous_export(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    for n in range(40):
        (folder / f"CE{5000 + n}.md").write_text(CASE.replace("CE4100", f"CE{5000 + n}"))
    out = tmp_path / "export.json"
    out.write_text('["the previous export"]\n')
    # The file size limit stands in for a full disk: every write past 4 KiB fails with EFBIG.
    script = textwrap.dedent("""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        from oncall_tui.cli import main
        sys.exit(main(["export", sys.argv[1], "-o", sys.argv[2]]))
    """)
    done = subprocess.run([sys.executable, "-c", script, str(folder), str(out)],
                          capture_output=True, text=True, timeout=HANG)
    assert done.returncode == 2, done.stderr
    assert "previous file, if any, is unchanged" in done.stderr
    assert json.loads(out.read_text()) == ["the previous export"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases", "export.json"]  # no temp left
    ok = subprocess.run([sys.executable, "-m", "oncall_tui", "export", str(folder), "-o", str(out)],
                        capture_output=True, text=True, timeout=HANG)
    assert ok.returncode == 0 and len(json.loads(out.read_text())) == 41


# --------------------------------------------------------------------------- 9: xattrs and hard links


def _xattrs_supported(folder: Path) -> bool:
    try:
        os.setxattr(folder / "CE4100.md", "user.probe", b"1")
        os.removexattr(folder / "CE4100.md", "user.probe")
        return True
    except OSError:
        return False


def test_an_edit_keeps_extended_attributes(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    if not hasattr(os, "setxattr") or not _xattrs_supported(folder):
        pytest.skip(f"the file system under {tmp_path} has no user extended attributes")
    os.setxattr(folder / "CE4100.md", "user.team.label", b"payments")
    apply_edit(Storage(folder), "CE4100.md", SetStatus("resolved"))
    assert os.getxattr(folder / "CE4100.md", "user.team.label") == b"payments"


def test_a_file_with_hard_links_is_not_split(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    other = tmp_path / "elsewhere.md"
    os.link(folder / "CE4100.md", other)
    with pytest.raises(WriteError) as caught:
        apply_edit(Storage(folder), "CE4100.md", SetStatus("resolved"))
    assert caught.value.reason == "hard_links" and "2 hard links" in str(caught.value)
    assert (folder / "CE4100.md").read_text() == CASE == other.read_text()
    assert os.stat(folder / "CE4100.md").st_ino == os.stat(other).st_ino


# --------------------------------------------------------------------------- 18: blocking opens


def _within(seconds: float, func) -> object:
    box: list = []

    def run() -> None:
        try:
            box.append(("ok", func()))
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            box.append(("raised", exc))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert box, f"still blocked after {seconds} s"
    return box[0]


def test_a_fifo_swapped_in_never_blocks_an_edit_or_a_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = folder / "CE4100.md"
    storage = Storage(folder)
    snap = storage.read("CE4100.md")
    path.unlink()
    os.mkfifo(path)
    outcome, value = _within(HANG, lambda: storage.read("CE4100.md"))
    assert outcome == "raised" and isinstance(value, ReadError) and value.reason == "not_a_file"
    outcome, value = _within(HANG, lambda: storage.write("CE4100.md", b"x", expected_sha256=snap.sha256))
    assert outcome == "raised" and isinstance(value, WriteError)
    outcome, value = _within(HANG, lambda: apply_edit(storage, "CE4100.md", SetStatus("resolved")))
    assert outcome == "raised"
    store = CaseStore(folder)
    outcome, _ = _within(HANG, store.load_all)
    assert outcome == "ok" and store.get("CE4100.md") is None
    assert stat.S_ISFIFO(os.lstat(path).st_mode)  # left as it was


def test_a_warm_start_never_trusts_the_cache_over_a_rewrite_that_kept_size_and_mtime(tmp_path: Path) -> None:
    from oncall_tui.core.cache import ParseCache

    folder = _folder(tmp_path)
    path = folder / "CE4100.md"
    old = time.time_ns() - 3_600 * 10**9  # an hour ago: old enough for the cache to keep it
    os.utime(path, ns=(old, old))
    first = CaseStore(folder, cache=ParseCache.open(folder, tmp_path / "cache"))
    first.load_all()
    assert first.get("CE4100.md").action_items[0].status == "open"
    assert len(ParseCache.open(folder, tmp_path / "cache")) == 1  # the parse was cached
    path.write_text(CASE.replace("- [ ] Rotate", "- [x] Rotate"))  # a colleague ticks it ...
    os.utime(path, ns=(old, old))  # ... and the sync tool restores the mtime
    warm = CaseStore(folder, cache=ParseCache.open(folder, tmp_path / "cache"))
    warm.load_all()
    assert warm.get("CE4100.md").action_items[0].status == "done"
