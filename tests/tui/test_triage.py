"""Issue 16 in the TUI: problems not counted as open, ids kept, new-case times, layout, vi keys, help, the wall's clock."""

from __future__ import annotations

from pathlib import Path

from oncall_tui.tui.app import OncallApp
from tests.tui.conftest import frozen_now, screen_text, wait_for, wait_loaded

REAL = "# CE2005 - Customer Escalation Summary\n\n**Customer:** Kestrel Foods\n**Priority:** P2\n**Status:** Open\n"


async def test_empty_blank_bom_and_binary_files_are_not_counted_as_open_escalations(tmp_path: Path) -> None:
    (tmp_path / "CE2005.md").write_text(REAL, encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"\n  \n")
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbf")
    (tmp_path / "binary.md").write_bytes(bytes(range(256)) * 4)
    app = OncallApp(tmp_path, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.main.table.shown_paths == ["CE2005.md"]
        assert "Open escalations (1 of 5)" in screen_text(app)
        await pilot.pause(1.1)
        assert app.info.problems == 4  # still listed, as problems
