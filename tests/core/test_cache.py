"""The parse cache: hits only on an exact key, misses (never raises) on anything doubtful."""

from __future__ import annotations

import json
import multiprocessing
import os
import zlib
from pathlib import Path

import pytest

from oncall_tui.core import cache as cache_module
from oncall_tui.core.cache import ParseCache, cache_path, decode_case, default_cache_dir, encode_case
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seed-cases"
OLD = 1_600_000_000_000_000_000  # 2020: far from "just modified"


def _folder(tmp_path: Path, count: int = 6) -> Path:
    """A case folder with the seeds (and copies) whose mtimes are safely in the past."""
    root = tmp_path / "cases"
    (root / "2024").mkdir(parents=True)
    seeds = sorted(SEEDS.iterdir())
    for n in range(count):
        target = root / ("2024" if n % 2 else "") / f"case-{n}.md"
        target.write_bytes(seeds[n % len(seeds)].read_bytes())
        os.utime(target, ns=(OLD + n, OLD + n))
    return root


def _parse(root: Path, rel: str) -> Case:
    path = root / rel
    return parse_bytes(path.read_bytes(), rel, mtime_ns=path.stat().st_mtime_ns)


def _rels(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.md"))


def _filled(root: Path, cache_dir: Path) -> dict[str, Case]:
    cache = ParseCache.open(root, cache_dir)
    cases = {rel: _parse(root, rel) for rel in _rels(root)}
    for case in cases.values():
        assert cache.store(case)
    assert cache.flush()
    return cases


def _key(case: Case) -> tuple[str, int, int]:
    return case.path, case.source.size, case.source.mtime_ns


def test_round_trip_is_exact_for_every_seed(tmp_path: Path) -> None:
    for seed in sorted(SEEDS.iterdir()):
        case = parse_bytes(seed.read_bytes(), seed.name, mtime_ns=OLD)
        back = decode_case(encode_case(case))
        assert back == case and back.source == case.source
        assert back.model_dump() == case.model_dump() and back.export_dict() == case.export_dict()
        assert back.open_items == case.open_items
        # The fields set is shared between decoded models: a copy must not change it for the others.
        copy = back.model_copy(update={"id": "OTHER"})
        assert copy.id == "OTHER" and back.id == case.id
        assert back.model_fields_set == set(Case.model_fields)


def test_hit_after_reopen_and_miss_for_unknown(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    cache = ParseCache.open(root, tmp_path / "cache")
    assert cache.problem is None and len(cache) == len(cases)
    for case in cases.values():
        hit = cache.lookup(*_key(case))
        assert hit == case and hit.source == case.source
    assert cache.lookup("nope.md", 10, OLD) is None
    assert (cache.hits, cache.misses) == (len(cases), 1)


def test_changed_size_or_mtime_is_never_trusted(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    cache = ParseCache.open(root, tmp_path / "cache")
    rel, size, mtime = _key(next(iter(cases.values())))
    assert cache.lookup(rel, size + 1, mtime) is None
    assert cache.lookup(rel, size, mtime + 1) is None
    assert cache.lookup(rel, size, mtime) is not None


def test_other_parser_version_or_schema_is_ignored_then_rebuilt(tmp_path: Path, monkeypatch) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    monkeypatch.setattr(cache_module, "PARSER_VERSION", 999)
    cache = ParseCache.open(root, tmp_path / "cache")
    assert len(cache) == 0 and "another version" in (cache.problem or "")
    assert all(cache.lookup(*_key(c)) is None for c in cases.values())
    case = next(iter(cases.values()))
    cache.store(case)
    assert cache.flush()
    again = ParseCache.open(root, tmp_path / "cache")
    assert len(again) == 1 and again.lookup(*_key(case)) == case
    monkeypatch.setattr(cache_module, "schema_fingerprint", lambda: "another-schema")
    assert len(ParseCache.open(root, tmp_path / "cache")) == 0


@pytest.mark.parametrize("damage", ["garbage", "empty", "truncated", "header-only", "binary"])
def test_corrupt_file_is_ignored(tmp_path: Path, damage: str) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    path = cache_path(root, tmp_path / "cache")
    data = path.read_bytes()
    path.write_bytes({
        "garbage": b"not a cache\n{]\n",
        "empty": b"",
        "truncated": data[: len(data) // 2],
        "header-only": data.split(b"\n")[0],
        "binary": os.urandom(5000),
    }[damage])
    cache = ParseCache.open(root, tmp_path / "cache")
    found = {rel: cache.lookup(*_key(case)) for rel, case in cases.items()}
    for rel, hit in found.items():
        assert hit is None or hit == cases[rel]  # a surviving whole record may hit; nothing wrong does
    if damage != "truncated":
        assert set(found.values()) == {None}
    else:
        assert None in found.values()  # the cut record and those after it are gone


def test_flipped_byte_loses_only_that_record(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    path = cache_path(root, tmp_path / "cache")
    lines = path.read_bytes().split(b"\n")
    victim = bytearray(lines[2])
    at = victim.index(b'"title":"') + 10
    victim[at] ^= 0x01
    lines[2] = bytes(victim)
    path.write_bytes(b"\n".join(lines))
    cache = ParseCache.open(root, tmp_path / "cache")
    hits = [cache.lookup(*_key(c)) for c in cases.values()]
    assert sum(h is None for h in hits) == 1
    assert all(h == c for h, c in zip(hits, cases.values()) if h is not None)


def test_well_checksummed_record_of_the_wrong_shape_is_a_miss(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    path = cache_path(root, tmp_path / "cache")
    cache = ParseCache(root, tmp_path / "cache")
    header = path.read_bytes().split(b"\n")[0]
    seed = zlib.crc32(header)
    bad = {}
    for n, (rel, case) in enumerate(cases.items()):
        payload = [b'{"id": 1}', b"[1, 2]", b'{"timeline": [], "action_items": [{"text": 1}]}', b"\xff\xfe",
                   b'"just a string"', encode_case(case.model_copy(update={"path": "elsewhere.md"}))][n % 6]
        body = b"%d\t%d\t%s\t%s" % (case.source.size, case.source.mtime_ns, json.dumps(rel).encode(), payload)
        bad[rel] = b"%08x\t%s" % (zlib.crc32(body, seed), body)
    path.write_bytes(b"\n".join([header, *bad.values()]))
    cache = ParseCache.open(root, tmp_path / "cache")
    assert len(cache) == 0
    assert all(cache.lookup(*_key(c)) is None for c in cases.values())


def test_just_modified_file_is_not_cached(tmp_path: Path) -> None:
    root = tmp_path / "cases"
    root.mkdir()
    (root / "fresh.md").write_bytes((SEEDS / "000_2167d527ff639e12.txt").read_bytes())
    case = _parse(root, "fresh.md")
    cache = ParseCache.open(root, tmp_path / "cache")
    assert cache.store(case) is False
    assert cache.lookup(*_key(case)) is None


def test_later_record_wins_and_forget_drops_it(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    rel, case = next(iter(cases.items()))
    changed = case.model_copy(update={"title": "Changed title"})
    cache = ParseCache.open(root, tmp_path / "cache")
    cache.store(changed)
    assert cache.flush()
    path = cache_path(root, tmp_path / "cache")
    assert path.read_bytes().count(b"\n") == len(cases) + 1  # appended, not rewritten
    assert ParseCache.open(root, tmp_path / "cache").lookup(*_key(case)).title == "Changed title"
    cache.forget(rel)
    assert cache.flush()
    assert path.read_bytes().count(b"\n") == len(cases) - 1  # rewritten: header and the other records
    reopened = ParseCache.open(root, tmp_path / "cache")
    assert reopened.lookup(*_key(case)) is None and len(reopened) == len(cases) - 1


def test_retain_forgets_paths_that_are_gone(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    keep = set(list(cases)[:2])
    cache = ParseCache.open(root, tmp_path / "cache")
    cache.retain(keep)
    assert cache.flush()
    assert len(ParseCache.open(root, tmp_path / "cache")) == 2


def test_unwritable_cache_dir_works_without_cache(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    cache = ParseCache.open(root, blocker / "cache")
    case = _parse(root, _rels(root)[0])
    assert cache.store(case)
    assert cache.lookup(*_key(case)) == case  # still useful in memory
    assert cache.flush() is False and cache.problem
    assert len(ParseCache.open(root, blocker / "cache")) == 0


def test_cache_location(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ONCALL_TUI_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("ONCALL_TUI_CACHE_DIR")
    assert default_cache_dir() == tmp_path / "xdg" / "oncall-tui"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "oncall-tui"
    root = _folder(tmp_path)
    (tmp_path / "link").symlink_to(root)
    assert cache_path(tmp_path / "link", tmp_path) == cache_path(root, tmp_path)
    assert cache_path(root, tmp_path) != cache_path(tmp_path, tmp_path)


def _writer(root: str, cache_dir: str, rels: list[str], rounds: int) -> None:
    """One process storing its own cases (and one shared) and flushing over and over."""
    for n in range(rounds):
        cache = ParseCache.open(Path(root), Path(cache_dir))
        for rel in rels:
            cache.store(_parse(Path(root), rel))
        if n % 3 == 2:
            cache.forget(rels[0])  # force a full rewrite now and then
        cache.flush()


def test_concurrent_writers_never_corrupt_the_file(tmp_path: Path) -> None:
    root = _folder(tmp_path, count=12)
    rels = _rels(root)
    expected = {rel: _parse(root, rel) for rel in rels}
    ctx = multiprocessing.get_context("fork")
    halves = [rels[:6] + [rels[-1]], rels[6:]]
    procs = [ctx.Process(target=_writer, args=(str(root), str(tmp_path / "cache"), half, 25)) for half in halves]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    cache = ParseCache.open(root, tmp_path / "cache")
    assert cache.problem is None and len(cache) > 0
    leftovers = [p for p in (tmp_path / "cache").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    for rel, case in expected.items():
        hit = cache.lookup(*_key(case))
        assert hit is None or hit == case


def test_lazy_cache_reads_its_file_on_first_use(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    lazy = ParseCache(root, tmp_path / "cache")  # no I/O yet
    cache_path(root, tmp_path / "cache").unlink()
    assert lazy.lookup(*_key(next(iter(cases.values())))) is None  # the file was gone at first use
    lazy_again = ParseCache(root, tmp_path / "cache")
    _filled(root, tmp_path / "cache")
    assert all(lazy_again.lookup(*_key(c)) == c for c in cases.values())


def test_store_second_load_comes_from_the_cache_and_sees_changes(tmp_path: Path) -> None:
    from oncall_tui.core.store import CaseStore

    root = _folder(tmp_path, count=8)
    (root / "unreadable.md").write_bytes(b"x" * 10000)
    os.utime(root / "unreadable.md", ns=(OLD, OLD))
    plain = CaseStore(root, max_bytes=9500)
    plain.load_all()
    first = CaseStore(root, max_bytes=9500, cache=ParseCache(root, tmp_path / "cache"))
    first.load_all()
    assert first.cases() == plain.cases()
    warm_cache = ParseCache(root, tmp_path / "cache")
    warm = CaseStore(root, max_bytes=9500, cache=warm_cache)
    warm.load_all()
    assert warm.cases() == plain.cases() and [c.source for c in warm.cases()] == [c.source for c in plain.cases()]
    parsed = len([c for c in plain.cases() if c.source.sha256])
    assert warm_cache.hits == parsed  # the oversize placeholder is never cached: it is re-checked
    # A changed file is re-read; a removed one leaves the cache.
    changed = root / "case-0.md"
    changed.write_bytes(changed.read_bytes().replace(b"Priority: Medium", b"Priority: Low"))
    os.utime(changed, ns=(OLD + 99, OLD + 99))
    (root / "2024" / "case-1.md").unlink()
    again_cache = ParseCache(root, tmp_path / "cache")
    again = CaseStore(root, max_bytes=9500, cache=again_cache)
    again.load_all()
    assert again.get("case-0.md").priority == "P4"
    assert again.get("2024/case-1.md") is None
    assert again_cache.hits == parsed - 2
    assert len(ParseCache.open(root, tmp_path / "cache")) == parsed - 1


def test_store_with_custom_parser_ignores_the_cache(tmp_path: Path) -> None:
    from oncall_tui.core.store import CaseStore

    root = _folder(tmp_path, count=3)
    calls: list[str] = []

    def parse(raw: bytes, path: str, *, mtime_ns: int = 0) -> Case:
        calls.append(path)
        return parse_bytes(raw, path, mtime_ns=mtime_ns)

    for _ in range(2):
        CaseStore(root, parse=parse, cache=ParseCache(root, tmp_path / "cache")).load_all()
    assert len(calls) == 6
    assert not cache_path(root, tmp_path / "cache").exists()


@pytest.mark.parametrize("block", [1, 97, 4096])
def test_records_split_across_read_blocks_load_whole(tmp_path: Path, monkeypatch, block: int) -> None:
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    monkeypatch.setattr(cache_module, "LOAD_BLOCK", block)
    cache = ParseCache.open(root, tmp_path / "cache")
    assert all(cache.lookup(*_key(c)) == c for c in cases.values())


def test_decoded_cases_share_their_few_distinct_strings() -> None:
    """Statuses and groups repeat across ~20 items a case: one string object each, not one per item."""
    from oncall_tui.core.parse import parse_text

    text = "# CE1\n\n**Customer:** Acme\n**Priority:** P2\n\n## Action items\n\n- [ ] one\n- [ ] two\n"
    first, second = (decode_case(encode_case(parse_text(text, name))) for name in ("a.md", "b.md"))
    items = [*first.action_items, *second.action_items]
    assert len(items) == 4 and all(item.status == "open" for item in items)
    assert len({id(item.status) for item in items}) == 1
    assert first.priority is second.priority and first.kind is second.kind
    assert first == decode_case(encode_case(first))  # equal values, only shared


def test_a_cache_from_another_sentiment_scorer_is_not_trusted(tmp_path: Path, monkeypatch) -> None:
    """Issue 21: scores and the evidence field changed; a cache written by the old scorer is re-parsed."""
    root = _folder(tmp_path)
    cases = _filled(root, tmp_path / "cache")
    assert len(ParseCache.open(root, tmp_path / "cache")) == len(cases)
    monkeypatch.setattr(cache_module, "SCORER_VERSION", cache_module.SCORER_VERSION - 1)
    assert len(ParseCache.open(root, tmp_path / "cache")) == 0

