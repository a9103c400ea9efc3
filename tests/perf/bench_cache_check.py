"""What the parse cache's type checks cost a warm start: the warm index with and without them.

    python -m tests.perf.bench_cache_check DIR [--cache-dir CACHE] [--rounds 7]

DIR is a case folder (``python -m tests.perf.generate DIR --count 10000 --seed 1``).
The cache is filled first if it is empty.  Then, in one process and
interleaved (the machine is shared and noisy; alternating rounds see the same
noise), the warm index is timed as the app builds it (a scan, a cache load,
10,000 lookups) once with the record checks of :mod:`oncall_tui.core.cache`
and once with them replaced by a check that accepts everything.  Prints the
median of each and their ratio, and the cache load alone the same way.
Figures only: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from pathlib import Path

from oncall_tui.core import cache_codec as cache_module  # decode_case reads the _make_* builders there
from oncall_tui.core import modelbuild
from oncall_tui.core.cache import ParseCache
from oncall_tui.core.model import ActionItem, Case, Sentiment, SourceInfo, TimelineEvent
from oncall_tui.core.store import CaseStore

_BUILDERS = {"_make_case": (Case, ("kind", "priority", "status")), "_make_event": (TimelineEvent, ()),
             "_make_item": (ActionItem, ("status", "group")), "_make_sentiment": (Sentiment, ()),
             "_make_source": (SourceInfo, ())}


def _builders(checked: bool) -> dict:
    real = modelbuild._check_expr
    if not checked:
        modelbuild._check_expr = lambda cls, scope: "True"
    try:
        return {name: modelbuild._builder(cls, shared) for name, (cls, shared) in _BUILDERS.items()}
    finally:
        modelbuild._check_expr = real


def _use(builders: dict) -> None:
    for name, make in builders.items():
        setattr(cache_module, name, make)


def _time_index(root: Path, cache_dir: Path) -> tuple[float, float, int]:
    gc.collect()
    start = time.perf_counter()
    cache = ParseCache.open(root, cache_dir)
    loaded = time.perf_counter() - start
    store = CaseStore(root, cache=cache)
    store.load_all(save_cache=False)
    total = time.perf_counter() - start
    hits = cache.hits
    del store, cache
    return total, loaded, hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    cache_dir = args.cache_dir or Path(tempfile.mkdtemp(prefix="oncall-cache-check-"))
    if len(ParseCache.open(args.folder, cache_dir)) == 0:
        print("filling the cache (a cold load) ...", flush=True)
        CaseStore(args.folder, cache=ParseCache(args.folder, cache_dir)).load_all()
    variants = {"checked": _builders(True), "unchecked": _builders(False)}
    totals: dict[str, list[float]] = {k: [] for k in variants}
    loads: dict[str, list[float]] = {k: [] for k in variants}
    for round_ in range(args.rounds):
        for name in (variants if round_ % 2 == 0 else reversed(list(variants))):
            _use(variants[name])
            total, loaded, hits = _time_index(args.folder, cache_dir)
            totals[name].append(total)
            loads[name].append(loaded)
            print(f"  round {round_ + 1} {name:9}: warm index {total:.3f} s (cache load {loaded:.3f} s), "
                  f"{hits} hits", flush=True)
    _use(variants["checked"])
    for label, figures in (("warm index", totals), ("cache load", loads)):
        checked, unchecked = statistics.median(figures["checked"]), statistics.median(figures["unchecked"])
        print(f"{label}: checked {checked:.3f} s, unchecked {unchecked:.3f} s (medians of {args.rounds}): "
              f"{checked / unchecked:.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
