"""Instructions per file of the parse, two checkouts side by side, counted by valgrind (callgrind).

CPU time on the shared 2-core machine moves by ±10 % between rounds; the number of instructions a
process executes does not move with the load.  For each checkout this runs three fresh processes
under ``valgrind --tool=callgrind`` (``PYTHONPATH`` set to the checkout) that read every file of
FOLDER and then do nothing more (``none``), build the section tree of each (``tree``: ``decode`` and
``tree.build``), or ``parse_bytes`` each (``parse``); each first parses the first 20 files so that
lazily compiled patterns and imports are not counted.  ``parse - none`` is the parse, ``tree - none``
the tree build, the difference the project's own code after the tree (as ``bench_ab parse``'s
"own code").  Instructions are not time (a regex instruction and an allocation differ), but a ratio
of them tracks the CPU ratio of pure-Python code well.  Needs valgrind; ~50x slower than a plain
run, so use a few hundred files.  Not a test.

    python -m tests.perf.parse_instructions /tmp/gen300 --old /tmp/before --new .
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from pathlib import Path
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.parse.tree import build
from oncall_tui.core.text import decode
folder, mode = Path(sys.argv[1]), sys.argv[2]
blobs = [(p.relative_to(folder).as_posix(), p.read_bytes()) for p in sorted(folder.rglob('*')) if p.is_file()]
for name, raw in blobs[:20]:
    parse_bytes(raw, name)
if mode == 'parse':
    for name, raw in blobs:
        parse_bytes(raw, name)
elif mode == 'tree':
    for name, raw in blobs:
        build(decode(raw).text)
"""


def instructions(checkout: Path, folder: Path, mode: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", CHILD, str(folder), mode],
        env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True, check=True,
    )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.parse_instructions", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--old", type=Path, required=True, help="the other checkout (a folder holding oncall_tui/)")
    parser.add_argument("--new", type=Path, default=REPO)
    args = parser.parse_args(argv)
    count = sum(1 for p in args.folder.rglob("*") if p.is_file())
    figures = {}
    for name, checkout in (("old", args.old), ("new", args.new)):
        none, tree, parse = (instructions(checkout, args.folder, mode) for mode in ("none", "tree", "parse"))
        figures[name] = (parse - none) / count, (tree - none) / count
        whole, built = figures[name]
        print(f"  {name} ({checkout}): parse {whole / 1e6:.3f} M instructions/file, tree build {built / 1e6:.3f},"
              f" own code {(whole - built) / 1e6:.3f}")
    (old_whole, old_tree), (new_whole, new_tree) = figures["old"], figures["new"]
    print(f"  parse old/new: {old_whole / new_whole:.3f}x; own code old/new: "
          f"{(old_whole - old_tree) / (new_whole - new_tree):.3f}x ({count} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
