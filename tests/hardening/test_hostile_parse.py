"""Hostile bytes straight through the parser and the export: never an exception, never a hang.

Each input of :data:`~tests.hardening.hostile.BYTE_CASES` must give a case
that survives the JSON export and validates again, with the problem it is
expected to carry (or none, for valid files in unusual encodings).
"""

from __future__ import annotations

import json

import pytest

from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes
from tests.hardening.guard import timed
from tests.hardening.hostile import BYTE_CASES, ByteCase


def exported(case: Case) -> dict:
    """The case through ``json.dumps`` and back, validated against the model again."""
    data = json.loads(json.dumps(case.export_dict(), ensure_ascii=False))
    assert Case.model_validate(data).export_dict() == data
    return data


@pytest.mark.parametrize("hostile", BYTE_CASES, ids=[c.rel for c in BYTE_CASES])
def test_hostile_bytes_parse_to_a_case(hostile: ByteCase) -> None:
    case, _seconds = timed(hostile.name, lambda: parse_bytes(hostile.data, hostile.rel))
    data = exported(case)
    assert data["path"] == hostile.rel
    assert data["id"] and data["kind"] in ("escalation", "meeting", "incident", "note")
    assert not any("parser error" in p or "RecursionError" in p for p in case.problems), case.problems
    if hostile.problem is not None:
        assert any(hostile.problem in p for p in case.problems), case.problems
    if hostile.clean:
        assert case.problems == []
    if hostile.check is not None:
        hostile.check(case)


def test_real_cp1252_text_is_not_called_broken_utf8() -> None:
    """Legacy files full of accents have many bad UTF-8 bytes and no valid sequences: they are fine."""
    text = "# CE9050 - Customer Escalation Summary\n\nCustomer: Société Générale – Zürich “quoted”\n"
    case = parse_bytes(text.encode("cp1252"), "legacy.md")
    assert case.problems == [] and case.customer == "Société Générale – Zürich “quoted”"


def test_broken_utf8_is_refused_by_edits_rather_than_written_back_as_cp1252() -> None:
    from oncall_tui.core.edits import EditRefused, set_status

    hostile = next(c for c in BYTE_CASES if c.rel == "invalid-utf8.md")
    case = parse_bytes(hostile.data, hostile.rel)
    with pytest.raises(EditRefused):
        set_status(hostile.data, case, "resolved")
