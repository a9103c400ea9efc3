"""Bytes to text and back, keeping encoding, BOM and newline style.

A case file is decoded as UTF-8 (with or without a BOM), then UTF-16 when it
starts with a UTF-16 BOM, and otherwise as cp1252 with latin-1 as the last
resort, which can decode any byte string.  :func:`encode` is the exact
inverse for text that the encoding can represent, so that an edit can be
written back with every untouched byte as it was.
"""

from __future__ import annotations

import codecs
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
    except UnicodeDecodeError:
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
