"""Differential check: another checkout's parser against this one's, byte for byte, on whole folders.

Each side runs in a fresh process with ``PYTHONPATH`` set to its checkout and
writes, for every file under the given folders, ``parse_bytes``'s case as the
cache and the export see it (``model_dump_json`` and the ``source``); the two
outputs must be identical.  Used for parser speed-ups that must not change a
single result (issue 14).  Not a test: it needs the other checkout.

    git archive <commit> oncall_tui | tar -x -C /tmp/before     # the old parser, outside the repo
    python -m tests.perf.generate /tmp/gen500 --count 500 --seed 1
    python -m tests.perf.parse_diff --old /tmp/before /tmp/gen500 tests/corpus ../shared/seed-cases data
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def dump(out: Path, folders: list[Path]) -> int:
    from oncall_tui.core.parse import parse_bytes

    count = 0
    with open(out, "w", encoding="utf-8", errors="surrogateescape") as handle:
        for folder in folders:
            for path in sorted(folder.rglob("*")):
                if not path.is_file():
                    continue
                case = parse_bytes(path.read_bytes(), path.relative_to(folder).as_posix(), mtime_ns=123)
                handle.write(f"{path}\t{case.model_dump_json()}\t{case.source.model_dump_json()}\n")
                count += 1
    return count


def _side(checkout: Path, out: Path, folders: list[Path]) -> None:
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    code = ("import sys, oncall_tui; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
            "from parse_diff import dump; print(oncall_tui.__file__, dump(Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]]))")
    result = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(out), *map(str, folders)],
                            env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True, check=True)
    print(f"  {result.stdout.strip()} files")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.parse_diff", description=__doc__.split("\n")[0])
    parser.add_argument("--old", type=Path, required=True, help="the other checkout (a folder holding oncall_tui/)")
    parser.add_argument("--new", type=Path, default=REPO)
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    folders = [f.resolve() for f in args.folders]
    with tempfile.TemporaryDirectory(prefix="parse-diff-") as work:
        old, new = Path(work) / "old.txt", Path(work) / "new.txt"
        _side(args.old, old, folders)
        _side(args.new, new, folders)
        old_lines = old.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
        new_lines = new.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    differ = [(a, b) for a, b in zip(old_lines, new_lines) if a != b]
    if len(old_lines) != len(new_lines) or differ:
        for a, b in differ[:5]:
            print(f"DIFFERENT: {a.split(chr(9))[0]}\n  old {a[:300]}\n  new {b[:300]}")
        print(f"{len(differ)} of {len(old_lines)} files differ")
        return 1
    print(f"identical: {len(old_lines)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
