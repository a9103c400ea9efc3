"""Parse time per file for the seeds and the sample folder, against a plain read.

Also the share of markdown-it's own block pass in the whole parse: the floor
under the cold index that our code cannot lower (see ``tests/perf/README.md``).

With the block scanner (``core/parse/scan.py``): the share of documents it
hands back to markdown-it, the share of list items its run-of-items path
reads, and the parse per file with markdown-it alone against the scanner
first, measured side by side in the same run (the two paths alternate, so
the machine's load hits both alike).

Run: ``python -m tests.perf.bench_parse [REPEAT] [--generated N]`` (prints
figures; not a test).  ``--generated N`` also writes N files with
``tests/perf/generate.py`` (seed 1) into a temporary folder and measures them.
``--folder DIR [passes]`` gives the per-file parse CPU time over a folder such
as ``python -m tests.perf.generate``'s instead; ``--tree-hashes DIR...`` prints
a hash of every file's tree, to compare two checkouts' trees.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from oncall_tui.core.parse import parse_bytes, tree
from oncall_tui.core.parse.scan import scan
from oncall_tui.core.text import decode

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


def _with_scanner(on: bool, fn):
    old = tree.SCANNER
    tree.SCANNER = on
    try:
        return fn()
    finally:
        tree.SCANNER = old


def handed_back(texts: list[str]) -> int:
    """How many of *texts* the scanner declines (markdown-it reads them)."""
    return sum(scan(text.replace("\r\n", "\n").replace("\r", "\n"), tree._NODES) is None for text in texts)


def item_runs(texts: list[str]) -> tuple[int, int]:
    """List items read by the scanner's run-of-items path (``scan_runs.item_run``), and all list items."""
    from oncall_tui.core.parse.scan import _Scanner

    real = _Scanner.item_run
    read = [0, 0]

    def counting(self, i, end, marker, items):
        before = len(items)
        answer = real(self, i, end, marker, items)
        read[0] += len(items) - before
        return answer

    def count(blocks) -> None:
        for block in blocks:
            if isinstance(block, tree.ListBlock):
                read[1] += len(block.items)
                for item in block.items:
                    count(item.children)
            elif isinstance(block, tree.Quote):
                count(block.children)

    _Scanner.item_run = counting
    try:
        for text in texts:
            scanned = scan(text.replace("\r\n", "\n").replace("\r", "\n"), tree._NODES)
            for section in scanned[0].walk() if scanned else ():
                count(section.blocks)
    finally:
        _Scanner.item_run = real
    return read[0], read[1]


def compare(label: str, blobs: list[tuple[str, bytes]], rounds: int) -> None:
    """Parse per file and tree build per file, markdown-it alone vs scanner first, alternating rounds."""
    texts = [decode(raw).text for _, raw in blobs]
    back = handed_back(texts)
    print(f"{label}: {len(blobs)} files, handed back to markdown-it: {back} ({back / len(blobs):.1%})")
    read, items = item_runs(texts)
    print(f"  list items read by the scanner's item runs: {read} of {items} ({read / max(items, 1):.1%})")
    parse = {False: [], True: []}
    build = {False: [], True: []}
    for _ in range(rounds):
        for on in (False, True):
            start = time.perf_counter()
            _with_scanner(on, lambda: [parse_bytes(raw, name) for name, raw in blobs])
            parse[on].append(time.perf_counter() - start)
            start = time.perf_counter()
            _with_scanner(on, lambda: [tree.build(text) for text in texts])
            build[on].append(time.perf_counter() - start)
    n = len(blobs)
    for what, samples in (("whole parse (parse_bytes)", parse), ("tree build (tree.build)", build)):
        before = statistics.median(samples[False]) / n
        after = statistics.median(samples[True]) / n
        print(f"  {what:27} markdown-it {before * 1e3:6.2f} ms/file   scanner {after * 1e3:6.2f} ms/file   "
              f"ratio {after / before:.2f}x   (median of {rounds} alternating rounds)")


def generated(count: int, rounds: int) -> None:
    from tests.perf.generate import generate

    with tempfile.TemporaryDirectory(prefix="bench-parse-") as folder:
        paths = generate(Path(folder), count, seed=1)
        blobs = [(p.name, p.read_bytes()) for p in paths]
    compare(f"generated (seed 1)", blobs, rounds)


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_parse", description=__doc__.split("\n")[0])
    parser.add_argument("repeat", nargs="?", type=int, default=30, help="timing repeats per seed file")
    parser.add_argument("--generated", type=int, default=0, metavar="N", help="also measure N generated files")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds for the side-by-side figures")
    args = parser.parse_args(argv)
    main(args.repeat)
    blobs = [(p.name, p.read_bytes()) for p in _files()]
    compare("seeds + data/", blobs, max(args.rounds, 10))
    if args.generated:
        generated(args.generated, args.rounds)
    return 0


def _markdown_share(blobs: list[tuple[Path, bytes]], repeat: int) -> None:
    """All files through markdown-it's block pass (the parser's first step) against the whole parse."""
    from oncall_tui.core.parse.tree import markdown

    md = markdown()
    texts = [raw.decode("utf-8", "replace") for _, raw in blobs]
    block_s = _time(lambda: [md.parse(text) for text in texts], max(3, repeat // 5))
    whole_s = _time(lambda: _with_scanner(False, lambda: [parse_bytes(raw, path.name) for path, raw in blobs]),
                    max(3, repeat // 5))
    print(f"markdown-it block pass: {block_s / len(blobs) * 1e3:.2f} ms a file of {whole_s / len(blobs) * 1e3:.2f} ms "
          f"({block_s / whole_s:.0%} of the parse by markdown-it alone)")


def folder_main(folder: Path, repeat: int) -> int:
    """Per-file parse time over every case file of *folder* (e.g. ``python -m tests.perf.generate``'s output).

    CPU time of the process (``time.process_time``), the least of *repeat*
    passes: on a shared machine the least is the figure least disturbed by
    other work.  Also one 2 MiB file of one long line, which must stay well
    under a second.
    """
    files = [p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix in (".md", ".markdown", ".txt")]
    blobs = [(p.name, p.read_bytes()) for p in files]
    parse_bytes(blobs[0][1], "warmup.md")
    passes = []
    for _ in range(repeat):
        start = time.process_time()
        for name, raw in blobs:
            parse_bytes(raw, name)
        passes.append((time.process_time() - start) / len(blobs))
    print(f"{folder}: {len(blobs)} files, parse CPU per file: min {min(passes) * 1e3:.3f} ms, "
          f"median {statistics.median(passes) * 1e3:.3f} ms over {repeat} passes")
    long_line = ("x " * (1 << 20)).encode()
    start = time.process_time()
    parse_bytes(long_line, "long.md")
    print(f"one 2 MiB line: {time.process_time() - start:.3f} s")
    return 0


def tree_hashes(folders: list[Path]) -> int:
    """Print, for every file under *folders*, a hash of its whole tree (``tree.build``: every section, block,
    item, row, line map and inline source, and the lines), to compare two checkouts' trees with ``cmp``
    (run by path from outside both, so that ``PYTHONPATH`` picks the checkout)::

        cd /tmp; PYTHONPATH=/tmp/base python $REPO/tests/perf/bench_parse.py --tree-hashes /tmp/gen10k > old.txt
        PYTHONPATH=$REPO python $REPO/tests/perf/bench_parse.py --tree-hashes /tmp/gen10k > new.txt
        cmp old.txt new.txt
    """
    import hashlib

    from tests.core.test_block_scanner import dump

    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                root, lines = tree.build(decode(path.read_bytes()).text)
                digest = hashlib.sha1(repr((dump(root), lines)).encode("utf-8", "surrogateescape")).hexdigest()
                print(f"{path}\t{digest}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--tree-hashes"]:
        sys.exit(tree_hashes([Path(a) for a in args[1:]]))
    if "--folder" in args:
        at = args.index("--folder")
        folder_arg = Path(args[at + 1])
        rest = args[:at] + args[at + 2:]
        sys.exit(folder_main(folder_arg, int(rest[0]) if rest else 5))
    sys.exit(cli())
