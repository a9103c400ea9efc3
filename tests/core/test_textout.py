"""Text out: ``export --format md`` and ``--format csv`` (``--items``), safe against formula injection."""

from __future__ import annotations

import csv
import os
import io
from datetime import datetime, timezone
from pathlib import Path

from oncall_tui.cli import main
from oncall_tui.core.export import load_store
from oncall_tui.core.textout import CASE_COLUMNS, ITEM_COLUMNS, cases_csv, digest_markdown, items_csv, safe_cell
from tests.core.handover_cases import escalation, write_folder

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_case_with_the_parsed_fields(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    cases = load_store(folder, use_cache=False).cases()
    text = cases_csv(cases)
    assert text.splitlines()[0] == ",".join(CASE_COLUMNS)
    got = rows(text)
    assert [r["id"] for r in got] == ["CE7001", "CE7002", "CE7003"]
    orchard = got[1]
    case = next(c for c in cases if c.id == "CE7002")
    assert (orchard["priority"], orchard["status"], orchard["is_open"], orchard["owner"], orchard["customer"]) == \
        ("P2", "open", "true", "Tariq Bell", "Orchard Bank")
    assert orchard["last_event"] == "Waiting on customer for the failing request ids"
    assert orchard["open_items"] == "2" and orchard["sentiment_score"] == str(case.sentiment.score)
    items = rows(items_csv(cases))
    assert items_csv(cases).splitlines()[0] == ",".join(ITEM_COLUMNS)
    assert len(items) == sum(len(c.action_items) for c in cases)
    assert items[2]["case_id"] == "CE7002" and items[2]["text"].startswith("Collect request ids")
    assert items[2]["due"] == "2026-11-23" and items[2]["status"] == "open"


def test_csv_cells_from_files_cannot_become_formulas_or_controls(tmp_path: Path) -> None:
    hostile = escalation("CE7666", "=HYPERLINK(\"http://evil.example\",\"x\")", owner="@SUM A1:A9",
                         items=("[ ] +cmd|' /C calc'!A0", "[ ] -2+3 (due 2026-11-30)"),
                         events=("2026-11-20 09:00 UTC: =1+1 looks harmless",))
    folder = write_folder(tmp_path / "cases", {"evil.md": hostile.replace("Payments from", "Pay\x1b[2Jments from")})
    cases = load_store(folder, use_cache=False).cases()
    text = cases_csv(cases) + items_csv(cases)
    assert "\x1b" not in text and "\\x1b" in text
    for row in rows(cases_csv(cases)) + rows(items_csv(cases)):
        for column, value in row.items():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), (column, value)
            if value.startswith("-"):
                assert column == "sentiment_score" and float(value) < 0  # our own number, not file text
    got = rows(cases_csv(cases))[0]
    assert got["customer"] == "'=HYPERLINK"  # (the parser drops the parenthesised part)
    assert got["owner"] == "'@SUM A1:A9"
    assert got["last_event"] == "'=1+1 looks harmless"
    assert [r["text"] for r in rows(items_csv(cases))] == ["'+cmd|' /C calc'!A0", "'-2+3 (due 2026-11-30)"]
    assert safe_cell("\tx") == "' x" and safe_cell(-0.5) == "-0.5" and safe_cell(None) == ""  # a tab is shown as a space


def test_markdown_digest_lists_open_cases_by_priority(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "cases")
    text = digest_markdown(load_store(folder, use_cache=False).cases(), NOW, folder="cases")
    lines = text.splitlines()
    assert lines[0] == "# Open cases — cases" and lines[2] == "2 open cases at 2026-11-24T12:00+00:00."
    assert [line for line in lines if line.startswith("## ")] == ["## P1", "## P2"]
    assert [line.split("**")[1] for line in lines if line.startswith("- **")] == ["P1 CE7001", "P2 CE7002"]
    assert "CE7003" not in text  # resolved


def test_cli_export_md_and_csv(tmp_path: Path, capsys) -> None:
    folder = write_folder(tmp_path / "cases")
    cases = load_store(folder, use_cache=False).cases()
    assert main(["export", str(folder), "--format", "csv", "--no-cache"]) == 0
    assert capsys.readouterr().out == cases_csv(cases)
    assert main(["export", str(folder), "--format", "csv", "--items", "--no-cache"]) == 0
    assert capsys.readouterr().out == items_csv(cases)
    target = tmp_path / "digest.md"
    assert main(["export", str(folder), "--format", "md", "-o", str(target)]) == 0
    assert target.read_text().startswith("# Open cases — cases\n")
    assert main(["export", str(folder), "--items"]) == 2
    assert "--items goes with --format csv" in capsys.readouterr().err


def test_check_stats_count_handover_files(tmp_path: Path) -> None:
    from oncall_tui.core.export import stats_by_kind
    from oncall_tui.core.handover import handover_markdown

    folder = write_folder(tmp_path / "cases")
    cases = load_store(folder, use_cache=False).cases()
    (folder / "handovers").mkdir()
    (folder / "handovers" / "2026-11-24-1200-dana.md").write_text(handover_markdown(cases, None, NOW, user="Dana"))
    table = stats_by_kind(load_store(folder, use_cache=False).cases())
    assert list(table) == ["escalation", "handover", "total"] and table["handover"]["files"] == 1


def test_a_file_name_that_is_not_utf8_is_spelt_visibly_in_the_csv(tmp_path: Path, monkeypatch) -> None:
    """A lone surrogate (a non-UTF-8 file name) is spelt ``\\udcff`` as the screen spells it; the CSV ended in a
    UnicodeEncodeError traceback before."""
    folder = tmp_path / "cases"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"CE9\xff odd.md"), "wb") as odd:
        odd.write(b"# CE9 Odd name\n\nCustomer: X\nStatus: open\n")
    monkeypatch.setenv("ONCALL_TUI_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out.csv"
    assert main(["export", str(folder), "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8"))))
    assert rows[1][CASE_COLUMNS.index("path")] == "CE9\\udcff odd.md"
