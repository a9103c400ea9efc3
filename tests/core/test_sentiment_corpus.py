"""The scorer on the invented support-language corpus (issue 21): well-formed splits and accuracy.

Figures (``python -m tests.perf.sentiment_corpus_compare --test``), each
held-out split scored once, before it was folded into the tuning data:

===========  =======  =======  ===========  ==========
split        overall  hard     VADER        VADER hard
===========  =======  =======  ===========  ==========
test1 (88)   85.2 %   81.7 %   44.3 %       39.4 %
test2 (112)  83.0 %   80.2 %   51.8 %       45.8 %
test3 (113)  69.9 %   67.0 %   43.4 %       39.2 %
test4 (112)  70.5 %   65.6 %   47.3 %       42.7 %
test (98)    74.5 %   71.8 %   45.9 %       41.2 %
===========  =======  =======  ===========  ==========

The issue's target (>= 90 % overall, >= 80 % on the hard classes of an
untouched split) is not met: the lexicon-and-rules scorer fits what it was
tuned on (98.2 % on train, dev and test1-4, 761/775) far better than new
support idiom, where each fresh split brought wordings no rule had seen.
The floors below guard what was measured; the target stays an expected
failure until a scorer meets it.
"""

from __future__ import annotations

from collections import Counter

import pytest

from oncall_tui.core.sentiment import classify, score_text
from tests.core.sentiment_corpus import EASY, SPLITS, TUNING, Snippet, load

HARD_CLASSES = {"contrast", "sarcasm", "negation", "stopped", "formal", "topic", "hedge", "shorthand", "relief",
                "thanks_named", "paragraph"}


def accuracy(rows: list[Snippet]) -> float:
    return sum(classify(score_text([row.text])) == row.gold for row in rows) / len(rows)


def vader_accuracy(rows: list[Snippet]) -> float:
    from tests.perf.sentiment_compare import vader_predictor

    predict = vader_predictor()
    assert predict is not None, "vaderSentiment is a test dependency"
    return sum(predict(row.text) == row.gold for row in rows) / len(rows)


def test_corpus_is_well_formed() -> None:
    rows = {split: load(split) for split in SPLITS}
    everything = [row for split in SPLITS for row in rows[split]]
    assert len(everything) >= 400
    texts = [row.text for row in everything]
    assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]
    assert {row.gold for row in everything} == {"pos", "neg", "neutral"}
    assert {row.cls for row in everything} == HARD_CLASSES | EASY
    for split in SPLITS:
        assert {row.cls for row in rows[split]} == HARD_CLASSES | EASY, split  # every class in every split
    assert sum(row.hard for row in rows["test"]) >= 80


def test_tuning_splits_are_read_right() -> None:
    rows = [row for split in TUNING for row in load(split)]
    assert accuracy(rows) >= 0.86  # rules alone: 0.883 (1041/1179) with the 404 fresh snippets in train and dev


def test_held_out_split_floor_and_lead_over_vader() -> None:
    rows = load("test")
    hard = [row for row in rows if row.hard]
    assert accuracy(rows) >= 0.72  # measured 0.745 (73/98)
    assert accuracy(hard) >= 0.68  # measured 0.718 (61/85)
    assert accuracy(rows) >= vader_accuracy(rows) + 0.2  # VADER 0.459


@pytest.mark.xfail(strict=True, reason="issue 21 target not met: 74.5 % overall, 71.8 % hard on the held-out split")
def test_held_out_split_meets_the_issue_target() -> None:
    rows = load("test")
    assert accuracy(rows) >= 0.90
    assert accuracy([row for row in rows if row.hard]) >= 0.80
