"""Parse time per file with this scorer against the scorer of an earlier commit, in one process.

Run: ``python -m tests.perf.bench_sentiment_ab [--base COMMIT] [--rounds N]``
(prints figures; not a test).

The shared machine's noise swamps a before/after of two separate runs of
``bench_parse`` (the same code measured 2.4-9.2 ms a file within a minute),
so this counts CPU time (``time.process_time``, which a busy neighbour does not
add to) and loads the earlier ``oncall_tui/core/sentiment.py`` from git beside
the current one and parses the seed and sample files with each in turn,
interleaved, keeping the best round of each.  Everything but the scorer is
the current code.  Also prints the scorers alone on the labelled snippets,
and the import and first-use cost of the hybrid model's weights.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from oncall_tui.core import sentiment as current
from oncall_tui.core.parse import facts as case_module  # the module whose _sentiment calls `scoring`
from oncall_tui.core.parse import parse_bytes
from tests.core.sentiment_labelled import LABELLED, as_lines
from tests.perf.bench_parse import _files

ROOT = Path(__file__).resolve().parents[2]


def _load_base(commit: str):
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:oncall_tui/core/sentiment.py"],
                            check=True, capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "base_sentiment.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("base_sentiment", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not hasattr(module, "score_text_with_evidence"):
        module.score_text_with_evidence = lambda lines: (module.score_text(lines), None)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="ad568a1")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    base = _load_base(args.base)
    blobs = [(p.name, p.read_bytes()) for p in _files()]
    snippets = [as_lines(text) for text, _gold in LABELLED]
    best = {"base": [float("inf")] * 2, "current": [float("inf")] * 2}
    for _ in range(args.rounds):
        for name, module in ((("current", current), ("base", base)) if _ % 2 else (("base", base), ("current", current))):
            case_module.scoring = module
            start = time.process_time()
            for path, raw in blobs:
                parse_bytes(raw, path)
            parse_s = (time.process_time() - start) / len(blobs)
            start = time.process_time()
            for lines in snippets:
                module.score_text(lines)
            score_s = (time.process_time() - start) / len(snippets)
            best[name] = [min(best[name][0], parse_s), min(best[name][1], score_s)]
    case_module.scoring = current
    for name, (parse_s, score_s) in best.items():
        print(f"{name:8} parse {parse_s * 1e3:6.3f} ms a file ({len(blobs)} files)   "
              f"scorer {score_s * 1e6:6.1f} us a snippet ({len(snippets)} labelled)")
    print(f"current / base: parse {best['current'][0] / best['base'][0]:.3f}x, "
          f"scorer {best['current'][1] / best['base'][1]:.2f}x  (best of {args.rounds} interleaved rounds)")
    if hasattr(current, "_weights"):
        # The hybrid model's weights are parsed on the first scored text: CPU time of a fresh process.
        probe = ("import time; t = time.process_time(); import oncall_tui.core.sentiment as s; "
                 "a = time.process_time(); s._weights(); b = time.process_time(); print(a - t, b - a)")
        runs = [tuple(map(float, subprocess.run([sys.executable, "-c", probe], cwd=ROOT, check=True,
                                                capture_output=True, text=True).stdout.split())) for _ in range(5)]
        print(f"import {min(r[0] for r in runs) * 1e3:.1f} ms, model weights on first use "
              f"{min(r[1] for r in runs) * 1e3:.1f} ms (CPU, best of 5 fresh processes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
