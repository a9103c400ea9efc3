"""What the case view hands to the Markdown widget."""

from __future__ import annotations

from oncall_tui.tui.screens.case import MAX_RENDER_BYTES, keep_header_lines, safe_markdown


def test_header_lines_keep_their_breaks_prose_does_not_change() -> None:
    text = "Customer: Halcyon Bank\nPriority: Critical\nStatus: Open\n\nThe batch ran long\nand longer."
    out = keep_header_lines(text)
    assert out.split("\n")[:3] == ["Customer: Halcyon Bank  ", "Priority: Critical  ", "Status: Open"]
    assert out.endswith("The batch ran long\nand longer.")


def test_controls_made_visible_and_big_files_cut() -> None:
    assert safe_markdown(b"a\x1b[31mb\x00c\r\nd") == "a\\x1b[31mb␀c\nd"
    big = safe_markdown(b"x" * (MAX_RENDER_BYTES + 10))
    assert big.count("x") == MAX_RENDER_BYTES and "Only the first" in big
    assert safe_markdown("ümlaut".encode("latin-1")) == "ümlaut"
