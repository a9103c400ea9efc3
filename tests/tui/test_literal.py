"""literal(): file text can neither style nor steer the terminal."""

from __future__ import annotations

from oncall_tui.tui.literal import has_unsafe, literal, plain


def test_markup_stays_text() -> None:
    text = literal("[bold]x[/] [@click=app.quit]y[/] list[i]")
    assert text.plain == "[bold]x[/] [@click=app.quit]y[/] list[i]"
    assert text.spans == []


def test_controls_become_visible_escapes() -> None:
    text = literal("a\x1b]0;pwned\x07b\x1b[31mc\x00d\x7fe\x9bf")
    assert text.plain == "a\\x1b]0;pwned\\x07b\\x1b[31mc␀d\\x7fe\\x9bf"
    assert not has_unsafe(text.plain)
    dim = [text.plain[s.start : s.end] for s in text.spans if s.style == "dim"]
    assert dim == ["\\x1b", "\\x07", "\\x1b", "␀", "\\x7f", "\\x9b"]


def test_bidi_overrides_and_separators_are_escaped() -> None:
    s = "abc\u202edcb\u2066x\u2069\u200f\u2028"
    assert plain(s) == "abc\\u202edcb\\u2066x\\u2069\\u200f\\u2028"


def test_newlines_kept_only_when_asked() -> None:
    assert plain("a\nb") == "a\\x0ab"
    assert literal("a\r\nb\tc", newlines=True).plain == "a\nb c"


def test_empty_and_none() -> None:
    assert literal(None).plain == ""
    assert literal("").plain == ""


def test_ordinary_unicode_untouched() -> None:
    s = "Müller — 東京 ✅ «ok»"
    assert plain(s) == s
