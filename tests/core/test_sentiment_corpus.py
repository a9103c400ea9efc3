"""The scorer on the invented support-language corpus (issue 21): well-formed splits and accuracy.

Figures (``python -m tests.perf.sentiment_corpus_compare --test``), each
held-out split scored once by the rule scorer, before it was folded into
the tuning data:

===========  =======  =======  ===========  ==========
split        overall  hard     VADER        VADER hard
===========  =======  =======  ===========  ==========
test1 (88)   85.2 %   81.7 %   44.3 %       39.4 %
test2 (112)  83.0 %   80.2 %   51.8 %       45.8 %
test3 (113)  69.9 %   67.0 %   43.4 %       39.2 %
test4 (112)  70.5 %   65.6 %   47.3 %       42.7 %
test (98)    74.5 %   71.8 %   45.9 %       41.2 %
===========  =======  =======  ===========  ==========

The hybrid scorer (the rules' sentence-level findings and the words into a
small logistic regression, ``tests/perf/train_sentiment_model.py``, trained
on train and test1-4, settings chosen on dev, the 404 + 60 fresh snippets
of train and dev written for it) on ``test``, which it never trained or
tuned on: 92.9 % overall (91/98), 91.8 % on the hard classes (78/85);
VADER 45.9 % and 41.2 %.  ``test`` was scored twice with the hybrid: once
mid-way (91.8 %, 90.6 % hard), after which only changes that existing unit
tests and the sample data's unchanged figures asked for were made, chosen
on dev, and once at the end.  On the fresh dev snippets (115, which the
rules were never tuned on) it reads 86.1 %, 85.9 % hard (rules alone
67.3 % of the first 101; VADER 52.2 %, 47.5 % hard): the best guess of
what language it has not seen costs, since dev steered the settings.
"""

from __future__ import annotations

from collections import Counter

from oncall_tui.core.sentiment import classify, score_text
from tests.core.sentiment_corpus import EASY, SPLITS, TUNING, Snippet, fresh, load

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
    assert accuracy(rows) >= 0.95  # measured 0.968 (1276/1320 with test5); rules alone read 0.883 of train-test4


def test_held_out_split_floor_and_lead_over_vader() -> None:
    rows = load("test")
    hard = [row for row in rows if row.hard]
    assert accuracy(rows) >= 0.90  # measured 0.929 (91/98)
    assert accuracy(hard) >= 0.88  # measured 0.918 (78/85)
    assert accuracy(rows) >= vader_accuracy(rows) + 0.4  # VADER 0.459


def test_held_out_split_meets_the_issue_target() -> None:
    rows = load("test")
    assert accuracy(rows) >= 0.90
    assert accuracy([row for row in rows if row.hard]) >= 0.80


def test_snippets_written_after_the_model_floor() -> None:
    """``test5``: written after the hybrid was trained, never trained on (its misses were read once)."""
    rows = load("test5")
    assert accuracy(rows) >= 0.82  # measured 0.852 (69/81); rules alone 0.617, VADER 0.457
    assert accuracy([row for row in rows if row.hard]) >= 0.82  # measured 0.849 (62/73)


def test_fresh_dev_snippets_floor() -> None:
    """The snippets the rules were never tuned on (dev steered the model's settings, never its weights)."""
    rows = fresh("dev")
    assert accuracy(rows) >= 0.83  # measured 0.861 (99/115); rules alone 0.713
    assert accuracy([row for row in rows if row.hard]) >= 0.82  # measured 0.859 (85/99)
