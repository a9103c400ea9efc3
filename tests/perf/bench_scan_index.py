"""Cold index with and without the block scanner, side by side: ``python -m tests.perf.bench_scan_index``.

A benchmark script, not a test.  The pool's workers are fresh interpreters,
so a switch in the parent cannot turn the scanner off in them; instead the
"before" runs import the parser of a base commit (``git archive`` of
``--base`` into a temporary folder, put first on ``PYTHONPATH``), and the
"after" runs import this checkout.  Each run is a fresh process that indexes
the same generated folder (``tests.perf.generate``, seed 1) cold — no parse
cache — with the store's default pool, exactly as ``bench.py``'s "cold"
figure; the two alternate for ``--rounds`` rounds and the medians are
compared as a ratio.

Options: ``--size N`` (default 10000), ``--base REV`` (default: the commit
before the scanner), ``--work DIR`` (generated folders are kept there and
reused), ``--rounds R`` (default 2).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BASE = "6079063"
"""The commit before the block scanner (markdown-it's block pass only)."""

CHILD = """
import json, sys, time
from pathlib import Path
import oncall_tui
from oncall_tui.core.store import CaseStore
root = Path(sys.argv[1])
start = time.perf_counter()
store = CaseStore(root, cache=None, workers=None)
store.load_all(save_cache=False, freeze_gc=True)
print(json.dumps({"seconds": time.perf_counter() - start, "cases": len(store), "package": oncall_tui.__file__}))
"""


def run(code_dir: Path, root: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code_dir))
    env["ONCALL_TUI_CACHE_DIR"] = tempfile.mkdtemp(prefix="scan-index-cache-")
    done = subprocess.run([sys.executable, "-c", CHILD, str(root)], cwd=code_dir, env=env,
                          capture_output=True, text=True, timeout=1800)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"index run in {code_dir} failed: {done.stderr.strip()[-500:]}")
    result = json.loads(lines[-1])
    if not result["package"].startswith(str(code_dir)):
        raise RuntimeError(f"the run meant for {code_dir} imported {result['package']}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_scan_index", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--base", default=BASE)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "oncall-tui-bench")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)

    root = args.work / f"cases-{args.size}"
    if not (root / ".complete").exists():
        from tests.perf.generate import generate

        generate(root, args.size, seed=1)
        (root / ".complete").write_text("seed 1\n")
    with tempfile.TemporaryDirectory(prefix="scan-index-base-") as base_dir:
        archive = subprocess.run(["git", "archive", args.base], cwd=REPO, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", base_dir], input=archive, check=True)
        runs: dict[str, list[float]] = {"before": [], "after": []}
        for round_no in range(args.rounds):
            for label, code in (("before", Path(base_dir)), ("after", REPO)):
                result = run(code, root)
                runs[label].append(result["seconds"])
                print(f"round {round_no + 1}: {label:6} ({'base ' + args.base if label == 'before' else 'this checkout'}) "
                      f"cold index of {result['cases']} files: {result['seconds']:.2f} s", flush=True)
    before = statistics.median(runs["before"])
    after = statistics.median(runs["after"])
    print(f"cold index, {args.size} files, default pool: markdown-it only {before:.2f} s, scanner first {after:.2f} s, "
          f"ratio {after / before:.2f}x (medians of {args.rounds} alternating rounds; {os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
