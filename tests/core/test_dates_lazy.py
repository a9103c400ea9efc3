"""The date modules compile their larger patterns on first use, not at import (the app's first frame imports them)."""

from __future__ import annotations

import re
import subprocess
import sys

from oncall_tui.core.datewords import Patterns


def test_importing_the_date_modules_compiles_none_of_their_patterns() -> None:
    code = (
        "import oncall_tui.core.dates as d, oncall_tui.core.datewords as w, oncall_tui.core.dayfirst as f\n"
        "holders = (d._RX, w._RX, f._RX)\n"
        "print(sum(1 for h in holders for k in vars(h) if k != '_sources'))\n"
        "d.match_stamp('2024-03-05 10:00 UTC'); w.zone_statements('All times in UTC'); f.find_full_date('5 March 2024')\n"
        "print(sorted(k for h in holders for k in vars(h) if k != '_sources'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    before, after = out.stdout.splitlines()
    assert before == "0"
    assert {"ISO", "ZONE_STATEMENT", "FULL_DATE"} <= set(eval(after))  # noqa: S307 (our own printed list)


def test_a_pattern_is_compiled_once_with_its_flags() -> None:
    holder = Patterns(WORD=(r"time", re.IGNORECASE))
    first = holder.WORD
    assert first is holder.WORD
    assert first.pattern == "time" and first.flags & re.IGNORECASE
    assert holder.WORD.search("All TIMES") is not None
    try:
        holder.MISSING  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("an unknown pattern name must raise AttributeError")
