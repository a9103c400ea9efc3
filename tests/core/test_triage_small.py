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


def test_a_timeline_entry_is_stored_as_typed_with_its_offset(tmp_path: Path) -> None:
    from datetime import datetime, timedelta, timezone

    from oncall_tui.core import templates as T
    from oncall_tui.core.edits import AddTimelineEntry, apply_edit
    from oncall_tui.core.parse import parse_bytes
    from oncall_tui.core.storage import Storage

    plus_one = timezone(timedelta(hours=1))
    made = T.new_case(Storage(tmp_path), "incident", title="Search down", priority="P1",
                      now=datetime(2026, 12, 4, 19, 9, tzinfo=plus_one))  # its times are written in UTC
    apply_edit(Storage(tmp_path), made.rel, AddTimelineEntry(datetime(2026, 12, 4, 20, 15, tzinfo=plus_one), "Typed"))
    text = (tmp_path / made.rel).read_text()
    line = next(line for line in text.splitlines() if "Typed" in line)
    assert "20:15" in line and "+01:00" in line, line  # not converted to 19:15 UTC
    case = parse_bytes(text.encode(), made.rel)
    assert [e.at for e in case.timeline if e.text == "Typed"] == ["2026-12-04T20:15:00+01:00"]
