"""TEMPORARY stub: replaced by the real parser shortly. Same signatures."""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath

from oncall_tui.core.model import Case, SourceInfo
from oncall_tui.core.text import decode

PARSER_VERSION = 0


def parse_text(text: str, path: str) -> Case:
    first = next((ln.strip("# ").strip() for ln in text.splitlines() if ln.strip()), "")
    stem = PurePosixPath(path).stem
    return Case(id=stem, kind="note", title=first or stem, path=path)


def parse_bytes(raw: bytes, path: str, *, mtime_ns: int = 0) -> Case:
    decoded = decode(raw)
    case = parse_text(decoded.text, path)
    source = SourceInfo(
        encoding=decoded.encoding,
        bom=decoded.bom,
        newline=decoded.newline,
        size=len(raw),
        mtime_ns=mtime_ns,
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    return case.model_copy(update={"source": source, "problems": [*decoded.problems, *case.problems]})
