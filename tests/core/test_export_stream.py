"""The export written in blocks is the one-shot export's text, byte for byte.

The reference is what ``export_json`` wrote before the export was streamed:
``dumps(export_cases(cases))`` (pydantic's ``model_dump`` of every case, one
``json.dumps``-equal text), DEL and the C1 controls escaped, a newline.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from oncall_tui.core import export
from oncall_tui.core.export import dumps, export_blocks, export_cases, export_json, load_store

HANG = 120.0
_C1 = re.compile("[\x7f-\x9f]")


def _one_shot(folder: Path, **load: object) -> str:
    text = dumps(export_cases(load_store(folder, **load).cases()))  # type: ignore[arg-type]
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def _hostile(folder: Path, copies: int = 0) -> Path:
    """Odd names, control and bidi characters, quotes, Latin-1, a file with problems; *copies* plain cases."""
    folder.mkdir()
    samples = {
        "ctl\nnewline \x85.md": "# Ctl \x1b[31m red \x07 bell \x9b csi \x7f del \x85 nel £ pound\n\nCustomer: A\tB\x0c\n",
        "bidi \u202e.md": "# \u202eevil\u202c name\n\nCustomer: \u200f\u2066x\u2069\n",
        'quotes "q" \\ back.md': '# "quoted" \\ back\\slash\n\n- [ ] item with "quotes" \x9c\n',
        "problems.md": "# CE1 Broken\n\nStatus: sideways\nPriority: P9\n\n## Timeline\n\n- sometime: nothing dated\n",
        "nested/deeper/x.md": "# CE2 Deep\n\nCustomer: Ünïcode Ltd\nStatus: open\n",
    }
    for name, text in samples.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(text.encode("utf-8"))
    (folder / "latin1.txt").write_bytes("Customer: Café Müller\x80\n".encode("latin-1"))
    for n in range(copies):
        (folder / f"case-{n:03d}.md").write_text(f"# CE{100 + n} Copy {n}\n\nCustomer: Co {n}\nStatus: open\n\n"
                                                 f"## Timeline\n\n- 2025-01-0{1 + n % 9} 10:00: opened\n\n"
                                                 f"## Action items\n\n- [ ] call back (owner: Ana)\n")
    return folder


@pytest.mark.parametrize("batch", [1, 2, 200])
def test_blocks_equal_the_one_shot_export(tmp_path: Path, data_dir: Path, seed_dir: Path, repo_root: Path,
                                          monkeypatch, batch: int) -> None:
    monkeypatch.setattr(export, "_BATCH", batch)  # block boundaries everywhere, and one block
    hostile = _hostile(tmp_path / "hostile")
    for folder in (hostile, data_dir, seed_dir, repo_root / "tests" / "corpus"):
        for use_cache in (False, True, True):  # parsed, then written to the cache, then read from it
            expected = _one_shot(folder, use_cache=use_cache)
            assert b"".join(export_blocks(folder, use_cache=use_cache)) == expected.encode("utf-8"), folder
            assert export_json(folder, use_cache=use_cache) == expected, folder
    text = export_json(hostile, use_cache=False)
    assert "\\u009b" in text and "\\u007f" in text and "\\u0085" in text and "£" in text  # the escapes were there


def test_an_empty_folder_is_an_empty_array(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert b"".join(export_blocks(tmp_path / "empty")) == _one_shot(tmp_path / "empty").encode() == b"[]\n"


def test_the_standard_encoder_writes_the_same_blocks(tmp_path: Path, monkeypatch) -> None:
    folder = _hostile(tmp_path / "hostile", copies=5)
    expected = _one_shot(folder, use_cache=False)
    monkeypatch.setattr(export, "_BATCH", 3)
    monkeypatch.setattr(export, "orjson", None)  # a platform without orjson's wheel
    assert b"".join(export_blocks(folder, use_cache=False)) == expected.encode("utf-8")


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8(tmp_path: Path, monkeypatch) -> None:
    """``export_json`` keeps the lone surrogate; the bytes write it as its JSON escape, so they are valid UTF-8
    and read back to the same path (the command used to end in a UnicodeEncodeError traceback with -o)."""
    folder = _hostile(tmp_path / "hostile", copies=3)
    with open(os.path.join(os.fsencode(folder), b"bad\xff name.md"), "wb") as odd:
        odd.write(b"# CE9 Odd name\n\nCustomer: X\n")
    monkeypatch.setattr(export, "_BATCH", 2)
    assert export_json(folder, use_cache=False) == _one_shot(folder, use_cache=False)
    assert "\udcff" in export_json(folder, use_cache=False)
    data = b"".join(export_blocks(folder, use_cache=False))
    assert b"\\udcff" in data and data.decode("utf-8")  # valid UTF-8, the escape in it
    assert "bad\udcff name.md" in {case["path"] for case in json.loads(data)}
    env = dict(os.environ, ONCALL_TUI_CACHE_DIR=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               HOME=str(tmp_path / "home"))
    env.pop("ONCALL_TUI_CONFIG", None)
    out = tmp_path / "out.json"
    done = subprocess.run([sys.executable, "-m", "oncall_tui", "export", str(folder), "-o", str(out)],
                          capture_output=True, env=env, timeout=HANG)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == data


def test_the_command_writes_the_one_shot_text(tmp_path: Path) -> None:
    folder = _hostile(tmp_path / "hostile", copies=205)  # more than one block of 200
    env = dict(os.environ, ONCALL_TUI_CACHE_DIR=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               HOME=str(tmp_path / "home"))
    env.pop("ONCALL_TUI_CONFIG", None)
    expected = _one_shot(folder, use_cache=False).encode("utf-8")
    out = tmp_path / "out.json"
    for extra in (["--no-cache"], [], []):  # no cache, cold cache, warm cache
        piped = subprocess.run([sys.executable, "-m", "oncall_tui", "export", str(folder), *extra],
                               capture_output=True, env=env, timeout=HANG)
        assert piped.returncode == 0, piped.stderr
        assert piped.stdout == expected
        written = subprocess.run([sys.executable, "-m", "oncall_tui", "export", str(folder), "-o", str(out), *extra],
                                 capture_output=True, env=env, timeout=HANG)
        assert written.returncode == 0, written.stderr
        assert out.read_bytes() == expected
