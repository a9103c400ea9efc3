"""The export's JSON is the standard library's ``indent=2`` JSON, whichever encoder made it.

Same values always; the same text too, except for floats Python writes with
an exponent (``1e-07``; orjson writes ``1e-7`` or ``0.0001``), which the
export's values (scores to two decimals) never are.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from oncall_tui.core import export
from oncall_tui.core.export import dumps, export_cases, load_store

_scalars = st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | \
    st.floats(allow_nan=False, allow_infinity=False) | st.text()
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) |
                       st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)


def _standard(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(_values)
def test_dumps_equals_the_standard_encoder(data: object) -> None:
    text = dumps(data)
    assert json.loads(text) == data
    if not _exponent_floats(data):
        assert text == _standard(data)


def _exponent_floats(data: object) -> bool:
    """Floats that Python writes with an exponent (the encoders spell those differently)."""
    if isinstance(data, float):
        return "e" in repr(data)
    if isinstance(data, list):
        return any(_exponent_floats(v) for v in data)
    if isinstance(data, dict):
        return any(_exponent_floats(v) for v in data.values())
    return False


def test_the_fast_encoder_is_really_used() -> None:
    assert export.orjson is not None  # a dependency: without it the equality tests above prove nothing new


def test_exports_of_the_bundled_and_hostile_folders_are_the_standard_text(data_dir: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    samples = {
        "controls.md": "# Ctl \x1b[31m red \x07 bell \x9b csi \x7f del\n\nCustomer: A\tB\x0c\n",
        "bidi.md": "# \u202eevil\u202c name\n\nCustomer: \u200f\u2066x\u2069\n",
        "quotes.md": '# "quoted" \\ back\\slash\n\n- [ ] item with "quotes"\n',
        "surrogates.txt": "Customer: \udcff odd\n",
    }
    for name, text in samples.items():
        (hostile / name).write_bytes(text.encode("utf-8", "surrogateescape"))
    (hostile / "latin1.txt").write_bytes("Customer: Café Müller\n".encode("latin-1"))
    for folder in (data_dir, hostile):
        cases = export_cases(load_store(folder, use_cache=False).cases())
        assert dumps(cases) == _standard(cases)
