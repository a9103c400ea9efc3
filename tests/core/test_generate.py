"""The benchmark generator writes case folders the parser reads as intended."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from oncall_tui.core.parse import parse_bytes
from tests.perf.generate import MAX_BYTES, MIN_BYTES, generate, main


def _digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _intended_kind(rel: str) -> str:
    name = rel.rsplit("/", 1)[-1]
    if name.startswith("CE"):
        return "escalation"
    if name.startswith("INC-"):
        return "incident"
    assert "-meeting-" in name, name
    return "meeting"


def test_generated_folder_parses_cleanly_with_intended_kinds(tmp_path: Path) -> None:
    paths = generate(tmp_path, 120, seed=7)
    assert len(paths) == 120
    kinds: Counter[str] = Counter()
    ids = set()
    open_cases = 0
    for path in paths:
        raw = path.read_bytes()
        rel = path.relative_to(tmp_path).as_posix()
        assert MIN_BYTES <= len(raw) <= MAX_BYTES, (rel, len(raw))
        case = parse_bytes(raw, rel)
        assert case.problems == [], (rel, case.problems)
        assert case.kind == _intended_kind(rel), rel
        assert 3 <= len(case.timeline) <= 43, (rel, len(case.timeline))
        assert 5 <= len(case.action_items) <= 60, (rel, len(case.action_items))
        assert case.customer and case.priority and case.status, rel
        kinds[case.kind] += 1
        ids.add(case.id)
        open_cases += case.is_open
    assert len(ids) == 120  # unique ids: no suffixes needed
    assert 50 <= kinds["escalation"] <= 90 and kinds["meeting"] >= 12 and kinds["incident"] >= 12, kinds
    assert 20 <= open_cases <= 100  # a mix of open and resolved


def test_generated_folder_is_nested_and_varied(tmp_path: Path) -> None:
    paths = generate(tmp_path, 200, seed=3)
    rels = [p.relative_to(tmp_path).as_posix() for p in paths]
    nested = [r for r in rels if r.count("/") == 2]
    assert len(nested) > 100 and len(nested) < 200  # year/quarter folders, some files at the top
    assert all(r.split("/")[1] in ("q1", "q2", "q3", "q4") for r in nested)
    sizes = sorted(p.stat().st_size for p in paths)
    assert sizes[0] < 3000 and sizes[-1] > 9000  # a spread, not one size
    assert {p.suffix for p in paths} == {".md", ".txt"}


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    generate(tmp_path / "a", 40, seed=11)
    generate(tmp_path / "b", 40, seed=11)
    generate(tmp_path / "c", 40, seed=12)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_command_line(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "out"), "--count", "5", "--seed", "2"]) == 0
    assert len([p for p in (tmp_path / "out").rglob("*") if p.is_file()]) == 5
    assert "wrote 5 case files" in capsys.readouterr().out
