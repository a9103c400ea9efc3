"""Bytes to text and back, keeping encoding, BOM and newline style.

A case file is decoded as UTF-8 (with or without a BOM), then UTF-16 when it
starts with a UTF-16 BOM, and otherwise as cp1252 with latin-1 as the last
resort, which can decode any byte string.  :func:`encode` is the exact
inverse for text that the encoding can represent, so that an edit can be
written back with every untouched byte as it was.
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
