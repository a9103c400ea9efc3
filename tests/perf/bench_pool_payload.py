"""What the parent pays per case for a pool worker's result: the packed JSON it gets today, or plain values.

Issue 14 asked whether the pool should send plain tuples (pickled by
multiprocessing) instead of ``pack(encode_case(case))``.  The parent's part of
today's round trip is ``unpack`` + ``orjson.loads`` + the builders
(:func:`~oncall_tui.core.cache_codec.decode_case`); with plain values it would
be ``pickle.loads`` + the same builders, and the cache would still need the
encoded bytes (sent as well, or encoded in the parent at the flush).  This
prints the per-case CPU of each step over the records of a filled parse cache,
so the trade can be read off.  Not a test.

    python -m tests.perf.generate /tmp/gen10k --count 10000 --seed 1
    python -m tests.perf.bench_pool_payload /tmp/gen10k --cache-dir /tmp/payload-cache
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import time
from pathlib import Path

import orjson


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_pool_payload", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/oncall-bench-payload-cache"))
    parser.add_argument("--cases", type=int, default=3000)
    args = parser.parse_args(argv)
    os.environ["ONCALL_TUI_CACHE_DIR"] = str(args.cache_dir)
    from oncall_tui.core.cache import ParseCache
    from oncall_tui.core.cache_codec import decode_case, encode_case, pack, unpack
    from oncall_tui.core.store import CaseStore

    cache = ParseCache(args.folder)
    if not cache.path.exists():
        CaseStore(args.folder, cache=cache).load_all(save_cache=True)  # cold: fills the cache
    cases = [decode_case(bytes(payload)) for *_rest, payload in cache._records(cache.path.read_bytes())]
    cases = cases[: args.cases]
    encoded = [encode_case(case) for case in cases]
    packed = [pack(payload) for payload in encoded]
    values = [orjson.loads(payload) for payload in encoded]
    pickled = [pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL) for value in values]
    count = len(cases)

    def per_case(step) -> float:
        gc.disable()
        try:
            start = time.process_time()
            step()
            return (time.process_time() - start) / count * 1e6
        finally:
            gc.enable()

    rows = [
        ("worker: encode_case", per_case(lambda: [encode_case(case) for case in cases])),
        ("worker: pack (zlib level 1)", per_case(lambda: [pack(payload) for payload in encoded])),
        ("parent: unpack", per_case(lambda: [unpack(payload) for payload in packed])),
        ("parent: orjson.loads", per_case(lambda: [orjson.loads(payload) for payload in encoded])),
        ("parent: pickle.loads of the same values (plain tuples/lists)", per_case(lambda: [pickle.loads(p) for p in pickled])),
        ("parent: unpack + decode_case (today, builders included)", per_case(lambda: [decode_case(unpack(p)) for p in packed])),
    ]
    print(f"{count} cases from {args.folder}; CPU per case (process_time)")
    for name, micros in rows:
        print(f"  {name:62s} {micros:7.1f} us")
    print(f"  bytes per case: packed {sum(map(len, packed)) / count:.0f}, JSON {sum(map(len, encoded)) / count:.0f}, "
          f"pickled values {sum(map(len, pickled)) / count:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
