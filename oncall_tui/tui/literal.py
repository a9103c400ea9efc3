"""File text → display text that can neither style nor steer the terminal.

Everything shown in the TUI that came from a case file goes through here.
The result is a :class:`rich.text.Text` built from plain strings, so square
brackets are just characters (``[@click=app.quit]`` cannot become a link),
and every character that a terminal would act on instead of print is
replaced by a visible, dimmed escape:

* NUL shows as ``␀``; other C0 controls, DEL and C1 controls as ``\\x1b``;
* bidi embedding/override/isolate characters (U+202A–U+202E, U+2066–U+2069)
  and the marks and separators that reorder or break lines (U+200E, U+200F,
  U+061C, U+2028, U+2029) as ``\\u202e``;
* a tab becomes one space; a newline is kept only when asked for.
"""

from __future__ import annotations

from rich.text import Text

from oncall_tui.core.text import UNSAFE as _UNSAFE
from oncall_tui.core.text import UNSAFE_NO_NEWLINE as _UNSAFE_NO_NEWLINE
from oncall_tui.core.text import escape_char, has_unsafe  # noqa: F401 (has_unsafe: re-exported)

ESCAPE_STYLE = "dim"


def literal(s: str | None, *, style: str = "", newlines: bool = False) -> Text:
    """*s* as plain display text with unsafe characters made visible.

    ``newlines=True`` keeps line breaks (for multi-line blocks); otherwise
    they are shown as ``\\x0a`` so one-line fields stay on one line.
    """
    text = Text(style=style, end="", no_wrap=False)
    if not s:
        return text
    pattern = _UNSAFE_NO_NEWLINE if newlines else _UNSAFE
    if newlines:
        s = s.replace("\r\n", "\n")
    pos = 0
    for match in pattern.finditer(s):
        if match.start() > pos:
            text.append(s[pos : match.start()])
        char = match.group()
        shown = escape_char(char)
        text.append(shown, style="" if char == "\t" else ESCAPE_STYLE)
        pos = match.end()
    if pos < len(s):
        text.append(s[pos:])
    return text


def plain(s: str | None) -> str:
    """The same visible spelling as :func:`literal`, as a plain one-line string."""
    return literal(s).plain


def message(s: object) -> str:
    """A message for a toast, a title or a sub-title: *s* (a str or a Text) as plain text with every unsafe
    character spelt as :func:`literal` spells it, line breaks kept.  Pass it on with ``markup=False``
    (:meth:`~oncall_tui.tui.app.OncallApp.notify` does): then brackets are only characters too."""
    raw = s.plain if isinstance(s, Text) else str(s)
    return literal(raw, newlines=True).plain
