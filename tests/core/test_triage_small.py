"""Issue 16 item 13, the headless small ones."""

from __future__ import annotations

from pathlib import Path

from oncall_tui.cli import main


def test_check_of_a_folder_without_case_files_says_so_and_fails(tmp_path: Path, capsys) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")  # not a case file type
    (tmp_path / "sub").mkdir()
    assert main(["check", str(tmp_path)]) == 1
    assert capsys.readouterr().out == "no case files found\n"
    (tmp_path / "CE1001.md").write_text("# CE1001 - Customer Escalation Summary\n\n**Status:** Open\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
