"""The block scanner (core/parse/scan.py) against markdown-it, its oracle.

Whenever the scanner accepts a document, its section tree must be the one
markdown-it's block pass gives (every section, paragraph, list, item,
table, row and opaque block, with the same source lines and inline
source); when it is not sure it returns ``None`` and markdown-it reads the
document.  Inputs: the seeds, ``data/``, ``tests/corpus/`` if present, the
hostile inputs of tests/hardening, 2,000 generated case files, and a
hypothesis fuzz of tricky lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncall_tui.core.parse import parse_bytes, tree
from oncall_tui.core.parse.scan import scan
from oncall_tui.core.text import decode
from tests.hardening.hostile import BYTE_CASES
from tests.hardening.test_long_lines import LONG_RUNS
from tests.hardening.test_nesting import AFTER, LIST_LEVELS, nested_list, nested_quotes
from tests.helpers.parse_dump import tree_dump as dump
from tests.perf.generate import KIND_WEIGHTS, _document, generate

REPO = Path(__file__).resolve().parents[2]


def normal(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check(text: str) -> bool:
    """Assert the scanner agrees with markdown-it on *text*; True when the scanner accepted it."""
    scanned = scan(normal(text), tree._NODES)
    oracle_root, oracle_lines = tree.build_markdown(text)
    built_root, built_lines = tree.build(text)
    assert dump(built_root) == dump(oracle_root)
    assert built_lines == oracle_lines
    if scanned is None:
        return False
    assert dump(scanned[0]) == dump(oracle_root), text[:2000]
    assert scanned[1] == oracle_lines
    return True


def files_in(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.suffix in (".md", ".txt", ".markdown")]


def text_of(path: Path) -> str:
    return decode(path.read_bytes()).text


# --------------------------------------------------------------------------- real files


def test_seeds_and_data_scan_to_markdown_its_tree(seed_dir: Path, data_dir: Path) -> None:
    files = files_in(seed_dir, data_dir, REPO / "tests" / "corpus")
    assert len(files) >= 20
    accepted = sum(check(text_of(p)) for p in files)
    # the scanner reads these itself (0 handed back when this was written); a few may go to markdown-it later
    assert accepted >= 0.9 * len(files)


def test_seeds_and_data_parse_to_the_same_case_with_and_without_the_scanner(seed_dir, data_dir, monkeypatch) -> None:
    for path in files_in(seed_dir, data_dir):
        raw = path.read_bytes()
        monkeypatch.setattr(tree, "SCANNER", True)
        scanned = parse_bytes(raw, path.name).model_dump()
        monkeypatch.setattr(tree, "SCANNER", False)
        oracle = parse_bytes(raw, path.name).model_dump()
        assert scanned == oracle, path.name


@pytest.mark.parametrize("count", [300, pytest.param(2000, marks=pytest.mark.slow)])
def test_generated_files_scan_to_markdown_its_tree(tmp_path: Path, count: int) -> None:
    paths = generate(tmp_path, count, seed=1)
    assert len(paths) == count
    accepted = sum(check(text_of(p)) for p in paths)
    assert accepted == count  # the generator writes nothing the scanner hands back


# --------------------------------------------------------------------------- hostile inputs


@pytest.mark.parametrize("hostile", BYTE_CASES, ids=[c.rel for c in BYTE_CASES])
def test_hostile_bytes_scan_to_markdown_its_tree(hostile) -> None:
    check(decode(hostile.data).text)


@pytest.mark.parametrize("text", [
    nested_list(12), nested_list(LIST_LEVELS) + AFTER, nested_list(LIST_LEVELS + 1) + AFTER,
    nested_quotes(5) + AFTER, "- " * 60 + "deep\n" + AFTER, "1. " * 30 + "x\n",
    *LONG_RUNS.values(),
], ids=lambda t: repr(t[:24]))
def test_nesting_and_long_runs_scan_to_markdown_its_tree(text: str) -> None:
    check(text)


def test_what_the_scanner_hands_back() -> None:
    handed_back = [
        "[label]: /url\n\ntext\n", "- [a]: /url\n", "- a\n\tb\n", "# T\x00\n", "- " * 60 + "deep\n",
        ">" * 60 + " deep\n", "> - " * 30 + "deep\n",
    ]
    for text in handed_back:
        assert scan(normal(text), tree._NODES) is None, text
        check(text)


def test_quotes_lists_and_tables_are_read_by_the_scanner() -> None:
    for text in ("# T\n\n- a\n  1) b\n\n| x |\n|---|\n| 1 |\n",
                 "# T\n\n> quoted\nlazy line\n> - item\n>   more\n\n- item\n  > quoted in a list\n"):
        assert scan(normal(text), tree._NODES) is not None, text
        check(text)


# --------------------------------------------------------------------------- fuzz

_MARKERS = ("", "", "", "- ", "* ", "+ ", "-", "*", "1. ", "2. ", "1) ", "3) ", "10. ", "1.", "0. ", "1234567890. ",
            "# ", "## ", "###### ", "####### ", "#", "> ", ">", "```", "~~~", "````", "``` py", "~~~ info `x`",
            "```a`b", "    ", "- [ ] ", "- [x] ", "1. [ ] ", "- - ", "> - ", "- > ", "> > ", ">> ", "> 1. ",
            ">    ", "> ```", "> | a |")
_TEXTS = ("", "text", "Key: value", "**Owner:** Ann", "a | b", "| a | b |", "|---|---|", "| --- | :-: |",
          "---", "===", "***", "___", "- - -", "* * *", "--", "==", "= =", "-- -", "```", "~~~", "#", "# x #",
          "x ###", "[label]", "[label]: /url", "[x]", "\\| escaped", "a \\| b | c", ":--|--:", "|", "||",
          "`code`", "<div>", "2024-01-05 10:00 - event", "  trailing  ", "---:|:---", "-|-", "|-", "tab\there")


@st.composite
def tricky_line(draw) -> str:
    if draw(st.integers(0, 5)) == 0:
        return " " * draw(st.integers(0, 3))  # blank (maybe spaces only)
    indent = " " * draw(st.integers(0, 6))
    marker = draw(st.sampled_from(_MARKERS))
    text = draw(st.sampled_from(_TEXTS))
    tail = " " * draw(st.sampled_from((0, 0, 0, 1, 2)))
    return indent + marker + text + tail


@st.composite
def tricky_document(draw) -> str:
    lines = draw(st.lists(tricky_line(), min_size=1, max_size=24))
    newline = draw(st.sampled_from(("\n", "\n", "\n", "\r\n", "\r")))
    end = draw(st.sampled_from(("", newline)))
    return newline.join(lines) + end


def _base_documents() -> list[str]:
    import random

    rng = random.Random(3)
    kinds = [kind for kind, _weight in KIND_WEIGHTS]
    return [_document(rng, n, kinds[n % len(kinds)]).text for n in range(1, 13)]


BASES = _base_documents()


@st.composite
def mutated_document(draw) -> str:
    """A generated case file with tricky lines put in, lines re-indented, removed or given a tail."""
    lines = draw(st.sampled_from(BASES)).split("\n")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines)))
        op = draw(st.sampled_from(("insert", "insert", "indent", "delete", "blank", "tail")))
        if op == "insert":
            lines.insert(at, draw(tricky_line()))
        elif op == "blank":
            lines.insert(at, "")
        elif at < len(lines):
            if op == "indent":
                lines[at] = " " * draw(st.integers(0, 6)) + lines[at].lstrip(" ")
            elif op == "delete":
                del lines[at]
            else:
                lines[at] += draw(st.sampled_from(("  ", " |", " ---", ":", " #")))
    return "\n".join(lines)


def _fuzz(text: str) -> None:
    check(text)


FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=15_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(tricky_document())
def test_fuzzed_documents_scan_to_markdown_its_tree(text: str) -> None:
    _fuzz(text)


@FAST
@given(mutated_document())
def test_fuzzed_case_files_scan_to_markdown_its_tree(text: str) -> None:
    _fuzz(text)


@pytest.mark.slow
@SLOW
@given(tricky_document())
def test_many_fuzzed_documents_scan_to_markdown_its_tree(text: str) -> None:
    _fuzz(text)


@pytest.mark.slow
@settings(max_examples=5_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_document())
def test_many_fuzzed_case_files_scan_to_markdown_its_tree(text: str) -> None:
    _fuzz(text)


def test_the_fuzz_mostly_reaches_the_scanner() -> None:
    """The fuzz is not vacuous: most documents it draws are read by the scanner, not handed back."""
    seen = accepted = 0

    @settings(max_examples=300, deadline=None, database=None)
    @given(tricky_document())
    def count(text: str) -> None:
        nonlocal seen, accepted
        seen += 1
        accepted += scan(normal(text), tree._NODES) is not None

    count()
    assert seen >= 100 and accepted >= 0.3 * seen


@pytest.mark.parametrize("text", ["> ```\n> ", "> ```\n>", "- ```\n  ", "- > ```\n  > ", "> ```\n> \n",
                                  "> > ```\n> > \n---", "> > ```\n> > \n> ---", "- > ```\n  > \nx"])
def test_an_unclosed_fence_ending_on_an_empty_last_line(text: str) -> None:
    """markdown-it stops an unclosed fence before an empty last line with no line break after it
    (it reads past the source's end there); the scanner does the same (found by the slow fuzz run)."""
    assert check(text)
