"""The sentiment label search that skips sections by their source lines finds what the full walk finds.

``facts._sentiment`` given the tree's lines looks only in sections whose lines hold a ``:`` and the word
"overall" (issue 14: the walk over every paragraph and list line was a tenth of a parse); given none it
walks them all, as before.  Both must agree on every document: the corpus, the seeds, ``data/``, and
a fuzz of tricky markdown with label lines put anywhere (in quotes, list items, lazy lines, tables, fences,
code, with CR line ends and NUL characters that send the text to markdown-it).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncall_tui.core.parse import tree
from oncall_tui.core.parse.facts import _sentiment
from oncall_tui.core.parse.fields import collect
from oncall_tui.core.text import decode
from tests.core.test_block_scanner import tricky_document

REPO = Path(__file__).resolve().parents[2]
LABELS = [
    "Overall sentiment: Frustrated but cooperative",
    "- Overall sentiment: Calm",
    "* **Overall sentiment:** Angry.",
    "> Overall customer sentiment: Relieved",
    "> - overall sentiment: pleased",
    "   Overall sentiment: indented",
    "    Overall sentiment: code, not a label",
    "1. __Overall sentiment__: Unhappy",
    "| Overall sentiment: | Upset |",
    "```",
    "Overall sentiment:",
    "Overall sentiment: .",
    "OVERALL SENTIMENT: Neutral",
    "overall, the sentiment: mixed",
    "Overall sentiment: Tense\r",
    "Overall sentiment: Wary \x00",
    "# Overall sentiment: a heading",
    "Overall sentiment: Setext",
    "===",
]


def _agree(text: str) -> None:
    for root, lines in (tree.build(text), tree.build_markdown(text)):
        fields = collect(root)
        assert _sentiment(root, fields, text, lines) == _sentiment(root, fields, text), text[:2000]


def test_the_corpus_seeds_and_data_agree() -> None:
    folders = [REPO / "tests" / "corpus", REPO.parent / "shared" / "seed-cases", REPO / "data"]
    paths = [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*")) if p.is_file()]
    assert len(paths) > 50
    for path in paths:
        _agree(decode(path.read_bytes()).text)


@st.composite
def labelled_document(draw) -> str:
    lines = draw(tricky_document()).split("\n")
    for at, label in draw(st.lists(st.tuples(st.integers(0, 80), st.sampled_from(LABELS)), max_size=6)):
        lines.insert(min(at, len(lines)), label)
    return "\n".join(lines)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(labelled_document())
def test_fuzzed_documents_with_labels_agree(text: str) -> None:
    _agree(text)


def test_the_skip_still_finds_a_late_label_and_reads_it_as_before() -> None:
    text = "# Case\n\nIntro: words\n\n## Notes\n\n- a\n- b\n\n## Customer\n\n> - Overall sentiment: Relieved.\n"
    root, lines = tree.build(text)
    found = _sentiment(root, collect(root), text, lines)
    assert found is not None and found.label == "Relieved" and found.basis == "label"
