"""The case view reads its file as the store does: within the size limit, never through a link out."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Markdown

from oncall_tui.tui.app import OncallApp
from tests.helpers.config_settings import app_settings
from oncall_tui.tui.screens.case import CaseScreen, read_document
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, wait_for, wait_loaded

TIMEOUT = 30.0  # only catches a hang
LIMIT = 2048


def big_case(folder: Path) -> Path:
    text = escalation("CE1001", "Acme Rockets") + "\nNotes:\n------\n" + "The SECRET-TAIL line.\n" * 300
    write(folder, "CE1001.md", text)
    path = folder / "CE1001.md"
    assert path.stat().st_size > LIMIT
    return path


def test_a_file_over_the_limit_is_not_read_at_all(tmp_path: Path, monkeypatch) -> None:
    big_case(tmp_path)
    read_bytes: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        read_bytes.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counting_read)
    text = read_document(tmp_path, "CE1001.md", LIMIT)
    assert "over the 2 KiB limit" in text and "SECRET" not in text and "Acme" not in text, text
    assert sum(read_bytes) == 0
    assert "Acme Rockets" in read_document(tmp_path, "CE1001.md", LIMIT * 100)


def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    folder, outside = tmp_path / "cases", tmp_path / "outside.md"
    folder.mkdir()
    outside.write_text(escalation("CE9999", "Elsewhere Inc"))
    (folder / "CE9999.md").symlink_to(outside)
    text = read_document(folder, "CE9999.md", LIMIT * 100)
    assert "could not be read" in text and "Elsewhere" not in text, text


async def test_the_case_view_of_a_file_over_the_limit_says_so(tmp_path: Path) -> None:
    big_case(tmp_path)
    app = OncallApp(tmp_path, app_settings(max_file_bytes=LIMIT), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        case = app.store.get("CE1001.md")
        assert case is not None
        app.open_case(case)
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen) and app.screen.loaded, TIMEOUT)
        shown = app.screen.query_one(Markdown).source
        assert "over the 2 KiB limit" in shown and "SECRET" not in shown, shown
