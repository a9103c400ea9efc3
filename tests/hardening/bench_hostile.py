"""Time every hostile parse: ``python -m tests.hardening.bench_hostile [--adversarial]``.

Prints a markdown table of parse times, slowest first, and exits 1 when a
catalogue input takes longer than the ~2 s target.  ``--adversarial`` adds
2 MiB files built to be as slow as possible per byte for markdown-it (a
list of one-character items and the like): those are reported, not held to
the target (see docs/hardening.md).  Each parse runs under the hang guard,
so a super-linear pass shows as "aborted" instead of running for hours.
"""

from __future__ import annotations

import argparse
import sys
import time

from oncall_tui.core.parse import parse_bytes, parse_text
from tests.hardening.guard import HANG_SECONDS, no_hang
from tests.hardening.hostile import BYTE_CASES
from tests.hardening.test_long_lines import LONG_RUNS

TARGET = 2.0
MAX = 2 * 1024 * 1024 - 100


def _fill(unit: str, head: str = "") -> bytes:
    return (head + unit * ((MAX - len(head)) // len(unit))).encode()


ADVERSARIAL = {
    "2 MiB of one-character list items": _fill("- a\n"),
    "2 MiB of CR-only list items": _fill("- a\r"),
    "2 MiB of headings": _fill("# h\n"),
    "2 MiB of setext headings": _fill("T\n=\n"),
    "2 MiB of table rows in an action section": _fill("| a | b |\n", "# X\n## Action Items\n| Task | Owner |\n|---|---|\n"),
    "2 MiB of timeline items": _fill("- **10:00** - thing\n", "# X\nDate: 2026-01-01\n## Timeline\n"),
    "2 MiB of action items": _fill("- [ ] do it @bob (due 2026-01-01)\n", "# X\n## Action Items\n"),
    "2 MiB of quote lines": _fill("> a\n"),
    "2 MiB of prose": _fill("word word word\n"),
}


def _time(name: str, parse) -> tuple[float | None, str]:
    try:
        with no_hang(name):
            start = time.perf_counter()
            case = parse()
            return time.perf_counter() - start, "; ".join(case.problems)[:70]
    except AssertionError:
        return None, f"aborted after {HANG_SECONDS} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--adversarial", action="store_true", help="also time the 2 MiB worst cases")
    args = parser.parse_args(argv)
    rows: list[tuple[str, str, float | None, str]] = []
    for case in BYTE_CASES:
        rows.append(("catalogue", case.name, *_time(case.name, lambda c=case: parse_bytes(c.data, c.rel))))
    for name, text in LONG_RUNS.items():
        rows.append(("300k-character run", name, *_time(name, lambda t=text: parse_text(t, "run.md"))))
    if args.adversarial:
        for name, raw in ADVERSARIAL.items():
            rows.append(("adversarial", name, *_time(name, lambda r=raw: parse_bytes(r, "adv.md"))))
    rows.sort(key=lambda r: -(r[2] if r[2] is not None else 1e9))
    print("| group | input | seconds | problems |\n|---|---|---|---|")
    for group, name, seconds, problems in rows:
        shown = f"{seconds:.3f}" if seconds is not None else "—"
        print(f"| {group} | {name} | {shown} | {problems.replace('|', '/')} |")
    over = [r for r in rows if r[0] != "adversarial" and (r[2] is None or r[2] > TARGET)]
    for group, name, seconds, _ in over:
        print(f"over the {TARGET} s target: {group}: {name}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
