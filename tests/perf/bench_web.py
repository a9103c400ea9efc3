"""``oncall-tui serve`` in headless Chromium: ``python -m tests.perf.bench_web [--rounds 5]``.

A benchmark script, not a test: it prints figures beside their targets and
never fails on them (tests/web/test_browser.py checks the same things, with
the issue's 5-second bounds).  Each round starts ``oncall-tui serve`` on a
copy of data/, opens the page in a fresh browser context, and times:

* first figures: page opened → the status bar's open count readable on the page;
* new file: a case file written → the page's open count one higher (target 5 s);
* tab closed: the browser context closed → its app process gone (target 5 s);
* server stop: SIGTERM with a tab still open → the server has exited.

Needs /usr/bin/chromium and Playwright's Python package.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from tests.helpers.repo import REPO_ROOT
from tests.tui.casefiles import escalation, write
from tests.helpers.web import CHROMIUM, CHROMIUM_ARGS, alive, open_count, serving

TARGETS = {"first figures": None, "new file": 5.0, "tab closed": 5.0, "server stop": None}


def _until(predicate, limit: float = 60.0) -> float:
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > limit:
            raise TimeoutError("gave up after 60 s")
        time.sleep(0.02)
    return time.monotonic() - start


def one_round(browser, work: Path, index: int) -> dict[str, float]:
    folder = work / f"cases-{index}"
    shutil.copytree(REPO_ROOT / "data", folder)
    figures: dict[str, float] = {}
    with serving(folder) as served:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        start = time.monotonic()
        page.goto(served.url)
        _until(lambda: open_count(page) is not None)
        figures["first figures"] = time.monotonic() - start
        count = open_count(page)
        write(folder, "CE9901-bench.txt", escalation("CE9901", "Bench Works", priority="Critical"))
        figures["new file"] = _until(lambda: open_count(page) == count + 1)
        pid = served.sessions()[0]
        closing = time.monotonic()
        context.close()
        _until(lambda: not alive(pid))
        figures["tab closed"] = time.monotonic() - closing
        second = browser.new_context()
        page = second.new_page()
        page.goto(served.url)
        _until(lambda: open_count(page) is not None)
        stopping = time.monotonic()
        served.process.terminate()
        served.process.wait(timeout=60)
        figures["server stop"] = time.monotonic() - stopping
        second.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    rounds: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for index in range(args.rounds):
                rounds.append(one_round(browser, Path(tmp), index))
        finally:
            browser.close()
    print(f"oncall-tui serve in headless Chromium, {args.rounds} rounds on a copy of data/")
    for name, target in TARGETS.items():
        values = [figures[name] for figures in rounds]
        line = f"  {name:<14} median {statistics.median(values):6.2f} s  max {max(values):6.2f} s"
        if target is not None:
            line += f"  target {target:.0f} s  ratio {max(values) / target:4.2f}"
        print(line)


if __name__ == "__main__":
    main()
