"""Bytes to text and back, keeping encoding, BOM and newline style; and text made safe to show.

A case file is decoded as UTF-8 (with or without a BOM), then UTF-16 when it
starts with a UTF-16 BOM, and otherwise as cp1252 with latin-1 as the last
resort, which can decode any byte string.  :func:`encode` is the exact
inverse for text that the encoding can represent, so that an edit can be
written back with every untouched byte as it was.

:func:`escape_controls` is the one spelling of characters a terminal would
act on instead of print, for the TUI (:mod:`oncall_tui.tui.literal` builds
its styled text on it) and for the headless ``check`` report alike.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    bom: bool
    newline: str
    problems: tuple[str, ...] = ()


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _broken_utf8(raw: bytes, error: UnicodeDecodeError) -> str | None:
    """A problem when *raw* is UTF-8 with a few bad bytes rather than a cp1252/latin-1 file.

    Read as cp1252, such a file turns every accent and ``✅`` into mojibake
    (and done items into open ones), so it must not pass silently.  Real
    cp1252 text has almost no valid UTF-8 sequences; broken UTF-8 has more
    of them than bad bytes.
    """
    valid = len(_UTF8_SEQUENCE.findall(raw))
    if not valid:
        return None
    invalid = len(raw.decode("utf-8", errors="replace").split("\ufffd")) - 1 - raw.count(b"\xef\xbf\xbd")
    if valid <= invalid:
        return None
    return (f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); read byte by byte "
            "as cp1252, so accented letters and symbols show wrongly")


def detect_newline(text: str) -> str:
    """The file's dominant newline: ``\\r\\n``, ``\\r`` or ``\\n``."""
    if "\r" not in text:
        return "\n"  # what the counts below give then, whatever the count of "\n"
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"), key=lambda pair: pair[0])
    return best[1] if best[0] else "\n"


def decode(raw: bytes) -> Decoded:
    """Decode *raw* and remember how it was stored."""
    problems: list[str] = []
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                problems.append(f"not valid {encoding} after its BOM ({exc.reason} at byte {exc.start})")
                text = raw[len(bom):].decode(encoding, errors="replace")
            return Decoded(text, encoding, True, detect_newline(text), tuple(problems))
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as error:
        broken = _broken_utf8(raw, error)
        if broken is not None:
            problems.append(broken)
        try:
            text = raw.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
            encoding = "latin-1"
    return Decoded(text, encoding, False, detect_newline(text), tuple(problems))


def encode(text: str, encoding: str, bom: bool) -> bytes:
    """Inverse of :func:`decode` (raises ``UnicodeEncodeError`` if it cannot be)."""
    body = text.encode(encoding)
    if not bom:
        return body
    for mark, name in _BOMS:
        if name == encoding:
            return mark + body
    return body


# -- text to show: every character a terminal would act on made visible -------------------------

BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029"
"""Bidi embeddings, overrides and isolates, the marks, and the separators that reorder or break lines."""
SURROGATES = "\ud800-\udfff"
"""Lone surrogates: a file name that is not UTF-8, read with ``surrogateescape``; no output can encode them."""
UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI}{SURROGATES}]")
UNSAFE_NO_NEWLINE = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{BIDI}{SURROGATES}]")


def escape_char(char: str) -> str:
    """The visible spelling of one unsafe character: ``␀``, a space for a tab, ``\\x1b``, ``\\u202e``."""
    code = ord(char)
    if code == 0:
        return "␀"
    if code == 0x09:
        return " "
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def escape_controls(s: str, *, newlines: bool = False) -> str:
    """*s* with every C0/C1 control, DEL and bidi control spelled visibly (see :func:`escape_char`).

    ``newlines=True`` keeps line breaks (``\\r\\n`` becomes ``\\n``); otherwise a newline is ``\\x0a`` and
    the result is one line.
    """
    if newlines:
        s = s.replace("\r\n", "\n")
    pattern = UNSAFE_NO_NEWLINE if newlines else UNSAFE
    return pattern.sub(lambda m: escape_char(m.group()), s)


def has_unsafe(s: str) -> bool:
    """True when *s* holds a character that :func:`escape_controls` would escape."""
    return UNSAFE.search(s) is not None
