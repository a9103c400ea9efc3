"""A labelled set of invented support-language snippets (issue 21), split once before tuning.

``{train,dev,test1..test5,test}.tsv`` hold ``class``, ``gold`` (pos / neg / neutral)
and ``text``.  The first 438 snippets were written for this project in one
go, then split per class with ``random.Random(21)``, 60 / 20 / 20 into
train / dev / test1, before the scorer was changed.  Train and dev were used
while tuning; test1 was scored once at the end of that tuning (85.2 %
overall, 81.7 % on the hard classes; VADER 44.3 % and 39.4 %), which was
below the target, and from then on test1 counts as seen (tuning data).
test2 holds 112 further snippets written after that and committed before
any further change; scored once, it gave 83.0 % overall and 80.2 % on the
hard classes (VADER 51.8 % and 45.8 %), still below the target, and became
tuning data in turn.  test3 (113 snippets, written after that round) scored
69.9 % overall and 67.0 % hard (VADER 43.4 % and 39.2 %) and became tuning
data too.  test4 (112 snippets, written after that round; the scorer then
changed only for speed, every score checked unchanged) scored 70.5 %
overall, 65.6 % hard (VADER 47.3 % and 42.7 %) and became tuning data.
``test.tsv`` is the fifth held-out set (98 snippets), written after that
and committed before the scorer changed again, scored once at the end:
74.5 % overall, 71.8 % hard (VADER 45.9 % and 41.2 %)
(``python -m tests.perf.sentiment_corpus_compare --test``).

The hybrid model (rules plus a linear model over their findings and the
words) brought a further 404 snippets, written in one go before the model
was trained, split per class with ``random.Random(2112)``, 75 / 25, and
appended to ``train`` (303, from row 263) and ``dev`` (101, from row 89):
``fresh(split)`` gives them (and the second batch below).  The rule scorer was never tuned on them (it
read 70.0 % of the train part and 67.3 % of the dev part; VADER 45.9 % and
52.5 %), so the fresh dev rows are the ones that tell how a setting of the
model generalises.  A second fresh batch of 60 (written after the first
model was trained, to cover plain complaints and shaken confidence that it
misread) was split the same way with ``random.Random(2113)``: 46 to train,
14 to dev.  ``test`` was scored by the hybrid twice and never trained or
tuned on: 92.9 % overall, 91.8 % hard at the end (see
``test_sentiment_corpus.py``).  ``test5`` (81 snippets, every class) was
written after that hybrid was trained and scored once by it: 85.2 %
overall, 84.9 % hard (rules alone 61.7 % and 58.9 %, VADER 45.7 % and
43.8 %); its misses were read, so it counts as seen.  Folding it into train
and dev did not help the fresh dev rows (113-116 of 135 right against 117
without it, one to ten averaged shuffles), so the shipped model is trained
without it and it stays a second, once-seen check.

Classes: ``contrast`` (a *but / however / still / unfortunately* clause
carries the verdict), ``sarcasm``, ``negation`` (scope to the clause end),
``stopped`` (stopped / no longer complaining is good news), ``formal``
(contractual and commercial escalation with no emotion words), ``topic``
(incident vocabulary in a neutral request), ``hedge`` (reserved judgement),
``shorthand`` (chat approvals), ``relief``, ``thanks_named``, ``paragraph``
(multi-sentence customer messages), and the easy ``plain_pos``,
``plain_neg`` and ``plain_neutral``.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
SPLITS = ("train", "dev", "test1", "test2", "test3", "test4", "test5", "test")
TUNING = ("train", "dev", "test1", "test2", "test3", "test4", "test5")
EASY = frozenset({"plain_pos", "plain_neg", "plain_neutral"})


class Snippet(NamedTuple):
    cls: str
    gold: str
    text: str

    @property
    def hard(self) -> bool:
        return self.cls not in EASY


def load(split: str) -> list[Snippet]:
    rows = (HERE / f"{split}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [Snippet(*row.split("\t")) for row in rows if row]


FRESH_FROM = {"train": 262, "dev": 88}
"""Rows (after the header) from which each split holds the snippets written for the hybrid model."""


def fresh(split: str) -> list[Snippet]:
    """The snippets of *split* written for the hybrid model, which the rule scorer was never tuned on."""
    return load(split)[FRESH_FROM.get(split, 0):]
