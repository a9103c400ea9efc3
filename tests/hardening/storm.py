"""A write storm from another process: ``python -m tests.hardening.storm ROOT --files 200 --rate 20 --seconds 5``.

Every 1/rate seconds every file is rewritten (in place, as most writers
do) with a new version number, so the folder never stands still.  A
separate process, like the programs that cause storms, so its work does not
share the app's interpreter lock.  Prints the number of rounds written.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from tests.hardening.hostile import escalation


def storm_text(i: int, n: int) -> bytes:
    return escalation(f"CE{7000 + i}", f"Storm {i} r{n}").encode("utf-8")


def seed(root: Path, files: int) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        (root / f"CE{7000 + i}.md").write_bytes(storm_text(i, 0))


def run(root: Path, files: int, rate: float, seconds: float) -> int:
    period = 1.0 / rate
    start = time.monotonic()
    rounds = 0
    while time.monotonic() - start < seconds:
        began = time.monotonic()
        rounds += 1
        for i in range(files):
            fd = os.open(root / f"CE{7000 + i}.md", os.O_WRONLY | os.O_TRUNC)
            try:
                os.write(fd, storm_text(i, rounds))
            finally:
                os.close(fd)
        time.sleep(max(0.0, period - (time.monotonic() - began)))
    return rounds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args(argv)
    print(run(args.root, args.files, args.rate, args.seconds), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
