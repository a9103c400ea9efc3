"""Everything the parser makes of one file, as comparable bytes; and a worker that answers with them.

Used to hold the compiled parser (``setup.py``, mypyc) to the plain-Python
one: the test runs :func:`serve` in a process that imports the compiled
modules, sends it file paths, and compares its answers with
:func:`snapshot` of the same files in the test's own (plain) process.
"""

from __future__ import annotations

import dataclasses
import sys

import orjson

from oncall_tui.core.parse import parse_bytes, tree
from oncall_tui.core.text import decode


def tree_dump(node):
    """A structural dump of a section tree (sections without their parent link, which would recurse)."""
    if isinstance(node, tree.Section):
        return ("Section", node.level, node.title, node.line, node.end, node.setext,
                [tree_dump(b) for b in node.blocks], [tree_dump(c) for c in node.children], node.too_deep)
    if dataclasses.is_dataclass(node):
        return (type(node).__name__,) + tuple(tree_dump(getattr(node, f.name)) for f in dataclasses.fields(node))
    if isinstance(node, list):
        return [tree_dump(x) for x in node]
    return node


def snapshot(path: str) -> bytes:
    """The section tree and the case (read with each day-first setting) of the file at *path*, as JSON."""
    with open(path, "rb") as handle:
        raw = handle.read()
    root, lines = tree.build(decode(raw).text)
    cases = {str(setting): parse_bytes(raw, path, day_first=setting).model_dump(mode="json")
             for setting in ("auto", True, False)}
    return orjson.dumps({"tree": tree_dump(root), "lines": lines, "cases": cases}, option=orjson.OPT_SORT_KEYS)


def serve() -> None:
    """Answer each path read from standard input with its :func:`snapshot` (or what it raised), one line each;
    the first line says which of the parser's modules this process runs compiled."""
    from oncall_tui.compiled import compiled

    out = sys.stdout.buffer
    out.write(orjson.dumps({"compiled": compiled()}) + b"\n")
    out.flush()
    for line in sys.stdin.buffer:
        try:
            answer = snapshot(line.rstrip(b"\n").decode())
        except Exception as error:  # an answer that cannot match, and the worker goes on with the next path
            answer = orjson.dumps({"raised": repr(error)})
        out.write(answer + b"\n")
        out.flush()


if __name__ == "__main__":
    serve()
