"""Parse time of 2 MiB files of every awkward shape against the normal per-KB cost.

Run: ``python -m tests.perf.bench_shapes [--only NAME] [--limit SECONDS]``
(prints figures; not a test).

The floor is measured in the same run: the parse time per KB of the seed
cases, scaled to the shape's size.  A ratio near 1 means the shape costs what
ordinary text costs; a ratio far above 1 is a super-linear pass.  Each shape
is parsed in a child process killed after ``--limit`` seconds (default 120),
so a quadratic pass shows as "> limit" instead of running for hours.
Times are CPU seconds of the parsing process (``time.process_time``): on a
shared machine wall time also counts the neighbours.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZE = 2 * 1024 * 1024 - 256
"""Just under the reader's limit (``folder.DEFAULT_MAX_BYTES``, 2 MiB)."""

HEAD = "# Escalation CE9999\n\nCustomer: Acme Rockets\nStatus: open\n\n"
VOICE = HEAD + "## Customer Sentiment\n\n"


def _fill(head: str, unit: str, tail: str = "", size: int = SIZE) -> bytes:
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return (head + unit * count + tail).encode()


def _nested_list(size: int) -> bytes:
    """Ever deeper list items (``- a`` indented two more spaces each level) until *size*."""
    parts = [HEAD]
    total = len(HEAD)
    depth = 0
    while total < size:
        line = "  " * depth + "- a\n"
        if total + len(line) > size:
            break
        parts.append(line)
        total += len(line)
        depth += 1
    return "".join(parts).encode()


def _nested_list_levels(levels: int, size: int) -> bytes:
    """*levels* list levels, each one character indented one more than its parent's text (``-`` lists nest at 2)."""
    # A child item nests when indented at least to its parent's content: two more spaces a level.
    # 50,000 levels at two spaces each is ~5 GB of indentation, so past what fits the shape
    # restarts its indentation: many runs of nesting as deep as the size allows.
    parts = [HEAD]
    total = len(HEAD)
    depth = 0
    made = 0
    while total < size and made < levels:
        line = "  " * depth + "- a\n"
        if total + len(line) > size:
            break
        parts.append(line)
        total += len(line)
        made += 1
        depth = depth + 1 if len(line) < 4000 else 0
    return "".join(parts).encode()


def _ordered_nested(size: int) -> bytes:
    """Nested lists in the cheapest form per level: ``1. `` markers inside list items on one line."""
    return _fill(HEAD, "- ", "a\n", size)


def _quote_levels(size: int) -> bytes:
    return _fill(HEAD, ">", " a\n", size)


SHAPES: dict[str, callable] = {
    "sentiment words, one line": lambda n: _fill(VOICE, "not happy but frustrated and very angry ", "\n", n),
    "sentiment words, no negator": lambda n: _fill(VOICE, "happy frustrated angry glad ", "\n", n),
    "sentiment words, concessive": lambda n: _fill(VOICE, "while happy ", "\n", n),
    "sentiment words, nobody": lambda n: _fill(VOICE, "nobody happy ", "\n", n),
    "sentiment words, hard-wrapped lines": lambda n: _fill(VOICE, "happy but frustrated\n", "", n),
    "sentiment label, one line": lambda n: _fill(HEAD + "Overall sentiment: ", "not happy but frustrated ", "\n", n),
    "one 2 MiB word in voice": lambda n: _fill(VOICE, "a", "\n", n),
    "brackets [[[[ in voice": lambda n: _fill(VOICE, "[", "\n", n),
    "brackets (((( in voice": lambda n: _fill(VOICE, "(", "\n", n),
    "stars **** in voice": lambda n: _fill(VOICE, "*", "\n", n),
    "backticks in voice": lambda n: _fill(VOICE, "`", "\n", n),
    "underscores in voice": lambda n: _fill(VOICE, "_", "\n", n),
    "brackets [[[[ heading": lambda n: _fill(HEAD + "## ", "[", "\n", n),
    "mixed [a]( in voice": lambda n: _fill(VOICE, "[a](", "\n", n),
    "nested lists (2-space steps)": _nested_list,
    "50,000 one-line list levels '- - - a'": _ordered_nested,
    "quote levels >>>>>": _quote_levels,
    "nested quotes, a line each": lambda n: _fill(HEAD, "> ", "a\n", n),
    "100,000+ headings": lambda n: _fill(HEAD, "## Customer feedback\nok\n", "", n),
    "table rows": lambda n: _fill(HEAD + "## Action Items\n\n| Task | Owner |\n|---|---|\n", "| do it | bob |\n", "", n),
    "one huge table row": lambda n: _fill(HEAD + "## Action Items\n\n| Task | Owner |\n|---|---|\n|", " a |", "\n", n),
    "timeline items": lambda n: _fill(HEAD + "## Timeline\n\n", "- **10:00** - thing happened\n", "", n),
    "action items": lambda n: _fill(HEAD + "## Action Items\n\n", "- [ ] do it @bob (due 2026-01-01)\n", "", n),
    "prose lines in voice": lambda n: _fill(VOICE, "We are not happy with the outage, but the team helped.\n", "", n),
}


def _seed_files() -> list[Path]:
    folders = [ROOT.parent / "shared" / "seed-cases", ROOT / "data"]
    return [p for f in folders if f.is_dir() for p in sorted(f.rglob("*")) if p.is_file() and p.suffix in (".md", ".txt")]


def _per_byte() -> float:
    """Median parse seconds per byte of the seeds and sample files (best of five per file)."""
    from oncall_tui.core.parse import parse_bytes

    rates = []
    for path in _seed_files():
        raw = path.read_bytes()
        parse_bytes(raw, path.name)
        best = min(_timed(parse_bytes, raw, path.name) for _ in range(5))
        rates.append(best / len(raw))
    return statistics.median(rates)


def _timed(fn, *args) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def _child(raw: bytes, out) -> None:
    from oncall_tui.core.parse import parse_bytes

    parse_bytes(b"# warm\n\n## Customer Sentiment\n\nok\n", "warm.md")
    start = time.process_time()
    case = parse_bytes(raw, "shape.md")
    out.send((time.process_time() - start, type(case).__name__, "; ".join(case.problems)[:60]))


def run_shape(raw: bytes, limit: float) -> tuple[float | None, str]:
    """Parse *raw* in a child process; (seconds, note) or (None, why) when it failed or passed *limit*."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(raw, send), daemon=True)
    proc.start()
    send.close()
    if not receive.poll(limit):
        proc.kill()
        proc.join()
        return None, f"> {limit:.0f} s (killed)"
    try:
        seconds, kind, problems = receive.recv()
    except EOFError:
        proc.join()
        return None, f"child died (exit {proc.exitcode})"
    proc.join()
    return seconds, f"{kind}; {problems}" if problems else kind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only shapes whose name contains this")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a shape is killed")
    args = parser.parse_args(argv)
    per_byte = _per_byte()
    print(f"normal cost: {per_byte * 1024 * 1e3:.3f} ms per KB (seed and sample files) "
          f"-> {per_byte * SIZE:.2f} s for {SIZE / 1048576:.2f} MiB")
    print(f"{'shape':42} {'bytes':>9} {'parse s':>8} {'ratio':>7}  note")
    for name, make in SHAPES.items():
        if args.only and args.only not in name:
            continue
        raw = make(SIZE)
        seconds, note = run_shape(raw, args.limit)
        shown = f"{seconds:8.2f}" if seconds is not None else f"{'-':>8}"
        ratio = f"{seconds / (per_byte * len(raw)):6.2f}x" if seconds is not None else f"{'-':>7}"
        print(f"{name:42} {len(raw):9d} {shown} {ratio}  {note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
