"""The ``[parse] day_first`` setting: numeric dates a document does not decide by itself.

A date that can only be read one way (``25/03/2024``, ``03/25/2024``)
decides for its whole document, whatever the setting says; otherwise the
setting does (``"auto"``: dots day-first, the rest month-first).  The setting
reaches every parse: ``parse_bytes``, the store, the process pool's workers,
the parse cache (whose header keeps it, so a changed setting re-parses),
``export`` and ``check``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oncall_tui.core.cache import ParseCache
from oncall_tui.core.config import ConfigError, load_settings
from oncall_tui.core.dates import DayFirst, guess_dayfirst
from oncall_tui.core.folder import scan
from oncall_tui.core.parse import parse_bytes, parse_text
from oncall_tui.core.pool import parse_many
from oncall_tui.core.store import CaseStore

HANG = 120.0

# Every numeric date in it reads both ways: 4 March or 3 April, 5 March or 3 May (Created is an event too).
AMBIGUOUS = """# Queue stalls at Birchwood

Customer: Birchwood Freight
Status: Open
Created: 04/03/2024

## Timeline

- 04/03/2024 09:15 Consumers stopped acknowledging
- 05/03/2024 10:40 Broker restarted, backlog drained

## Action items

- [ ] Add a lag alert (due 06/03/2024)
"""
DAY_FIRST = {"opened": "2024-03-04", "events": ["2024-03-04", "2024-03-04T09:15:00", "2024-03-05T10:40:00"], "due": "2024-03-06"}
MONTH_FIRST = {"opened": "2024-04-03", "events": ["2024-04-03", "2024-04-03T09:15:00", "2024-05-03T10:40:00"], "due": "2024-06-03"}


def _reading(case) -> dict:
    return {"opened": case.opened_at, "events": [e.at for e in case.timeline],
            "due": case.action_items[0].due if case.action_items else None}


@pytest.mark.parametrize(("setting", "expected"), [(True, DAY_FIRST), (False, MONTH_FIRST), ("auto", MONTH_FIRST)])
def test_the_setting_decides_an_ambiguous_document(setting, expected) -> None:
    case = parse_bytes(AMBIGUOUS.encode(), "CE-birchwood.md", day_first=setting)
    assert _reading(case) == expected
    assert case.problems == []
    assert _reading(parse_text(AMBIGUOUS, "CE-birchwood.md", day_first=setting)) == expected


def test_dots_are_a_hint_only_when_the_setting_is_auto() -> None:
    dotted = AMBIGUOUS.replace("/", ".")
    assert _reading(parse_text(dotted, "x.md")) == DAY_FIRST  # "auto": 04.03.2024 is read the European way
    assert _reading(parse_text(dotted, "x.md", day_first=False)) == MONTH_FIRST
    assert _reading(parse_text(dotted, "x.md", day_first=True)) == DAY_FIRST


@pytest.mark.parametrize("setting", [True, False, "auto"])
def test_a_document_that_decides_by_itself_wins_over_the_setting(setting) -> None:
    # 25/03/2024 can only be day-first, 03/25/2024 only month-first: either decides every date in its file,
    # also when it ends a sentence (its full stop is not part of a version number).
    day_first = AMBIGUOUS + "\nReviewed with the customer on 25/03/2024.\n"
    assert _reading(parse_text(day_first, "x.md", day_first=setting)) == DAY_FIRST
    month_first = AMBIGUOUS + "\nReviewed with the customer on 03/25/2024.\n"
    assert _reading(parse_text(month_first, "x.md", day_first=setting)) == MONTH_FIRST
    dotted = AMBIGUOUS.replace("/", ".") + "\nReviewed on 03/25/2024.\n"  # a decided date beats the dots too
    assert _reading(parse_text(dotted, "x.md", day_first=setting)) == MONTH_FIRST


def test_the_guess_reads_a_date_at_the_end_of_a_sentence_but_not_inside_a_figure() -> None:
    assert guess_dayfirst("The review was on 25/03/2024.") is True
    assert guess_dayfirst("(see 03/25/2024)") is False
    assert guess_dayfirst("upgraded to 1.25.03.2024 today") is None  # a version number
    assert guess_dayfirst("from 10.25.03.2024, then") is None
    assert guess_dayfirst("on 12.03.2024") is True and guess_dayfirst("on 12.03.2024", hints=False) is None
    assert bool(DayFirst("", True)) is True and bool(DayFirst("", "auto")) is False


# -- the store, the pool and the cache -----------------------------------------------------------


def _folder(tmp_path: Path, count: int = 6) -> Path:
    """*count* ambiguous cases, old enough for the parse cache to keep them."""
    root = tmp_path / "cases"
    root.mkdir()
    old = time.time_ns() - 3_600 * 10**9
    for n in range(count):
        path = root / f"CE{7100 + n}.md"
        path.write_text(AMBIGUOUS.replace("# Queue", f"# CE{7100 + n} Queue"), encoding="utf-8")
        os.utime(path, ns=(old, old))
    return root


@pytest.mark.parametrize(("setting", "expected"), [(True, DAY_FIRST), (False, MONTH_FIRST)])
def test_the_store_reads_with_the_setting(tmp_path: Path, setting, expected) -> None:
    root = _folder(tmp_path, 2)
    store = CaseStore(root, day_first=setting)
    store.load_all()
    assert [_reading(c) for c in store.cases()] == [expected, expected]
    path = root / "CE7100.md"
    path.write_text(AMBIGUOUS.replace("09:15", "09:20"), encoding="utf-8")
    store.refresh([path])  # a file re-read one at a time (the watcher's way) keeps the setting
    assert store.get("CE7100.md").timeline[1].at == expected["events"][1].replace("09:15", "09:20")


@pytest.mark.parametrize(("setting", "expected"), [(True, DAY_FIRST), (False, MONTH_FIRST)])
def test_the_pool_workers_parse_with_the_setting(tmp_path: Path, setting, expected) -> None:
    root = _folder(tmp_path, 6)
    entries, _ = scan(root)
    parsed = list(parse_many(root, entries, workers=2, min_files=0, chunk=2, method="forkserver",
                             day_first=setting))
    assert len(parsed) == 6 and all(item.payload for item in parsed)  # every file went through a worker
    assert [_reading(item.result[1]) for item in parsed] == [expected] * 6


def test_a_cache_of_another_setting_is_never_served(tmp_path: Path) -> None:
    root = _folder(tmp_path, 3)
    cache_dir = tmp_path / "cache"

    def load(setting) -> tuple[CaseStore, ParseCache]:
        cache = ParseCache(root, cache_dir, day_first=setting)
        store = CaseStore(root, cache=cache, day_first=setting)
        store.load_all()
        return store, cache

    store, cache = load(True)
    assert cache.hits == 0 and [_reading(c) for c in store.cases()] == [DAY_FIRST] * 3
    store, cache = load(True)
    assert cache.hits == 3 and [_reading(c) for c in store.cases()] == [DAY_FIRST] * 3  # warm, same setting
    store, cache = load(False)
    assert cache.hits == 0 and "another version" in (cache.problem or "")
    assert [_reading(c) for c in store.cases()] == [MONTH_FIRST] * 3  # re-parsed, not the cached day-first cases
    store, cache = load(False)
    assert cache.hits == 3 and [_reading(c) for c in store.cases()] == [MONTH_FIRST] * 3
    with pytest.raises(ValueError, match="day_first"):
        CaseStore(root, cache=ParseCache(root, cache_dir, day_first=True), day_first=False)


# -- settings, export and check -------------------------------------------------------------------


def _settings_env(tmp_path: Path) -> dict[str, str]:
    return {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")}


def test_the_setting_is_read_from_files_and_the_environment(tmp_path: Path) -> None:
    env = _settings_env(tmp_path)
    assert load_settings(environ=env).settings.parse.day_first == "auto"
    user = tmp_path / "user.toml"
    user.write_text("[parse]\nday_first = true\n", encoding="utf-8")
    loaded = load_settings(config_path=user, environ=env)
    assert loaded.settings.parse.day_first is True and loaded.source("parse.day_first").kind == "user"
    assert load_settings(config_path=user, environ={**env, "ONCALL_TUI_PARSE_DAY_FIRST": "false"}
                         ).settings.parse.day_first is False
    assert load_settings(environ={**env, "ONCALL_TUI_PARSE_DAY_FIRST": "auto"}).settings.parse.day_first == "auto"
    user.write_text('[parse]\nday_first = "sometimes"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as bad:
        load_settings(config_path=user, environ=env)
    assert str(bad.value) == f'{user}: parse.day_first: expected "auto", true or false, got "sometimes"'
    with pytest.raises(ConfigError, match='ONCALL_TUI_PARSE_DAY_FIRST: expected "auto", true or false'):
        load_settings(environ={**env, "ONCALL_TUI_PARSE_DAY_FIRST": "dmy"})


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONCALL_TUI_")}
    env.update({"ONCALL_TUI_CACHE_DIR": str(tmp_path / "cache"), **_settings_env(tmp_path)})
    return subprocess.run([sys.executable, "-m", "oncall_tui", *args], capture_output=True, text=True, env=env,
                          timeout=HANG)


def test_export_and_check_read_with_the_config_setting(tmp_path: Path) -> None:
    root = _folder(tmp_path, 2)
    (root / "CE7100.md").write_text(AMBIGUOUS.replace("- 04/03/2024 09:15", "- 04/03/2024 9.15"),
                                    encoding="utf-8")  # a time dateutil cannot read: a problem for check
    day = tmp_path / "day.toml"
    day.write_text("[parse]\nday_first = true\n", encoding="utf-8")
    month = tmp_path / "month.toml"
    month.write_text("[parse]\nday_first = false\n", encoding="utf-8")

    checked = _run(["check", str(root), "--config", str(day)], tmp_path)  # reads and caches day-first
    assert checked.returncode == 1 and "2 files, 1 with problems" in checked.stdout, checked.stderr
    cache_file = next((tmp_path / "cache").glob("*.cache"))
    assert json.loads(cache_file.read_text(encoding="utf-8").split("\n", 1)[0])["day_first"] is True

    exported = _run(["export", str(root), "--config", str(month)], tmp_path)
    assert exported.returncode == 0, exported.stderr
    by_id = {c["id"]: c for c in json.loads(exported.stdout)}
    assert by_id["CE7101"]["opened_at"] == MONTH_FIRST["opened"]  # not the day-first reading check cached
    assert [e["at"] for e in by_id["CE7101"]["timeline"]] == MONTH_FIRST["events"]

    exported = _run(["export", str(root), "--config", str(day)], tmp_path)
    by_id = {c["id"]: c for c in json.loads(exported.stdout)}
    assert by_id["CE7101"]["opened_at"] == DAY_FIRST["opened"]
    assert [e["at"] for e in by_id["CE7101"]["timeline"]] == DAY_FIRST["events"]
    (root / ".oncall-tui.toml").write_text("[parse]\nday_first = false\n", encoding="utf-8")  # a team default
    by_id = {c["id"]: c for c in json.loads(_run(["export", str(root)], tmp_path).stdout)}
    assert by_id["CE7101"]["opened_at"] == MONTH_FIRST["opened"]

    bad = tmp_path / "bad.toml"
    bad.write_text("[parse]\nday_first = 1\n", encoding="utf-8")
    refused = _run(["check", str(root), "--config", str(bad)], tmp_path)
    assert refused.returncode == 2 and "parse.day_first" in refused.stderr and refused.stdout == ""
