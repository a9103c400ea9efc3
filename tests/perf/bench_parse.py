"""Parse time per file for the seeds and the sample folder, against a plain read.

Also the share of markdown-it's own block pass in the whole parse: the floor
under the cold index that our code cannot lower (see ``tests/perf/README.md``).

Run: ``python -m tests.perf.bench_parse`` (prints figures; not a test).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from oncall_tui.core.parse import parse_bytes

ROOT = Path(__file__).resolve().parents[2]


def _files() -> list[Path]:
    folders = [ROOT.parent / "shared" / "seed-cases", ROOT / "data"]
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix in (".md", ".txt")]


def _time(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main(repeat: int = 30) -> int:
    files = _files()
    blobs = [(p, p.read_bytes()) for p in files]
    parse_bytes(blobs[0][1], "warmup.md")  # builds the one MarkdownIt instance
    print(f"{'file':58} {'bytes':>7} {'parse ms':>9} {'read ms':>8} {'ratio':>7}")
    totals = []
    for path, raw in blobs:
        parse_s = _time(lambda: parse_bytes(raw, path.name), repeat)
        read_s = _time(path.read_bytes, repeat)
        totals.append(parse_s)
        name = str(path.relative_to(ROOT.parent))[-58:]
        print(f"{name:58} {len(raw):7d} {parse_s * 1e3:9.2f} {read_s * 1e3:8.3f} {parse_s / read_s:7.0f}x")
    print(f"median parse per file: {statistics.median(totals) * 1e3:.2f} ms; max {max(totals) * 1e3:.2f} ms; files {len(totals)}")
    _markdown_share(blobs, repeat)
    return 0


def _markdown_share(blobs: list[tuple[Path, bytes]], repeat: int) -> None:
    """All files through markdown-it's block pass (the parser's first step) against the whole parse."""
    from oncall_tui.core.parse.tree import markdown

    md = markdown()
    texts = [raw.decode("utf-8", "replace") for _, raw in blobs]
    block_s = _time(lambda: [md.parse(text) for text in texts], max(3, repeat // 5))
    whole_s = _time(lambda: [parse_bytes(raw, path.name) for path, raw in blobs], max(3, repeat // 5))
    print(f"markdown-it block pass: {block_s / len(blobs) * 1e3:.2f} ms a file of {whole_s / len(blobs) * 1e3:.2f} ms "
          f"({block_s / whole_s:.0%} of the parse)")


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
