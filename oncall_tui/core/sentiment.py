"""Customer-sentiment scores for support language, offline and dependency-free.

Generic lexicons misread escalation notes: "While we appreciate the quick
recovery, this incident has shaken our confidence" is a complaint, "penalty
clauses" and "considering alternatives" are alarms, and "connection timeout"
is a fact rather than a feeling.  This scorer is a small lexicon with the
support domain's phrases, negation, intensifiers, contrast weighting (the
clause after *but* / the main clause after *while*/*although* counts more) and
fading of feelings the text itself marks as past ("initially frustrated").

Scores are ``x / sqrt(x*x + ALPHA)`` of the weighted sum, so they stay inside
[-1, 1], rounded to two decimals.  Everything is plain dictionaries and one
compiled regular expression: a sentence costs microseconds.

Customer voice (not verdict labels) is then read by a hybrid (issue 21): the
rules' per-sentence findings (score, contrast opener, hedge, request,
sarcasm) and the words (negation- and contrast-marked, bigrams, prefixes,
lexicon classes) feed a three-class logistic regression whose weights,
trained on the labelled corpus by ``tests/perf/train_sentiment_model.py``,
ship as text in ``sentiment_weights`` and are parsed on first use.  It may
flip or supply a polarity; it never erases one the rules found, and long
sections (more than ``MODEL_SENTENCES`` sentences) are the rules' alone.

The lexicon is in :mod:`~oncall_tui.core.sentiment_lexicon`, the rules in
:mod:`~oncall_tui.core.sentiment_rules`, the model's features and weights in
:mod:`~oncall_tui.core.sentiment_model`; this module is the entry points.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from oncall_tui.core.sentiment_model import ALPHA, _features, _weights, model_probabilities  # noqa: F401 (_weights: re-exported)
from oncall_tui.core.sentiment_rules import _PIECE_RE, _raw_score, _valence  # noqa: F401 (_valence: re-exported)
from oncall_tui.core.vocabulary import POLARITY_BAND


SCORER_VERSION = 3
"""Part of the parse cache's fingerprint: bump it when scores change, so cached cases are re-scored."""

NEUTRAL_BAND = POLARITY_BAND
"""Scores closer to zero than this read as neutral: one technical word alone
("timeouts were observed") stays neutral, one feeling word never does."""


def _squash(total: float) -> float:
    score = round(total / math.sqrt(total * total + ALPHA), 2)
    return score + 0.0  # no "-0.0"


@lru_cache(maxsize=1024)
def score_label(label: str) -> float:
    """Score in [-1, 1] of an explicit verdict ("Dissatisfied but understanding").

    A label that carries a polarity never scores 0, however faint.
    """
    total, _found, _where = _raw_score([label], label=True)
    score = _squash(total)
    if score == 0.0 and total != 0.0:
        score = math.copysign(0.01, total)
    return score


def _pieces(line: str) -> list[str]:
    """The parts ``_SENTENCE_RE.split`` gives, each with its own closing punctuation kept."""
    pieces = []
    start = 0
    for match in _PIECE_RE.finditer(line):
        pieces.append(line[start:match.end()])
        start = match.end()
    pieces.append(line[start:])
    return pieces


EVIDENCE_LIMIT = 300
"""Characters of the deciding sentence kept as evidence (a 2 MB line is not a sentence to show)."""


def score_text(lines: list[str]) -> float | None:
    """Score in [-1, 1] of the customer's own words; None when none carry feeling."""
    return score_text_with_evidence(lines)[0]


MODEL_SENTENCES = 5
"""Longer texts (a whole voice section of notes) are read by the rules alone: the model was trained on
snippets of one to four sentences."""
OVERRIDE_MARGIN = 0.1
"""How much likelier than the rules' class the model's class must be to replace it (chosen on dev)."""
MODEL_ALONE_LIMIT = 0.3
"""The largest score the model gives a text in which the rules found no feeling at all."""


def _evidence(lines: list[str], decided: tuple[int, int, int] | None) -> str | None:
    if decided is None:
        return None
    line = lines[decided[0]]
    pieces = _pieces(line)
    # Normalising keeps every sentence break, so the pieces line up; if an odd character
    # ever made them differ, the whole line is the evidence.
    piece = pieces[decided[1]] if len(pieces) == decided[2] else line
    return " ".join(piece.split()).strip("\"\u201c\u201d*_ ")[:EVIDENCE_LIMIT] or None


_WRAPPED_RE = re.compile(r"[^.!?;:\s]\s*$")


def _unwrap(lines: list[str]) -> list[str]:
    """Lines joined where a paragraph was hard-wrapped mid-sentence (no closing mark, next line in lower case).

    A wrapped sentence is one sentence to the scorer; list items and lines
    that end a sentence stay apart.  Linear: each line is looked at once.
    """
    out: list[list[str]] = []
    joining = False
    for line in lines:
        if joining and line[:1].islower():
            out[-1].append(line.strip())
        else:
            out.append([line.rstrip()])
        joining = _WRAPPED_RE.search(line[-200:]) is not None
    return [" ".join(parts) for parts in out]


def score_text_with_evidence(lines: list[str]) -> tuple[float | None, str | None]:
    """The score of :func:`score_text` and the sentence, as written, that weighed most toward it.

    The rules give a score and their findings per sentence; the hybrid model
    (``sentiment_weights``, trained on the labelled corpus) reads those
    findings and the words of a text of up to ``MODEL_SENTENCES`` sentences
    and decides between *pos* and *neg* when it finds either likelier than
    *neutral* and likelier than the rules' class by ``OVERRIDE_MARGIN``.
    Where it agrees with the rules, or reads neutral, their score stands;
    where it flips or supplies a polarity, the score is the model's margin
    with the model's sign (at most ``MODEL_ALONE_LIMIT`` when the rules found
    no feeling), and the evidence is the sentence the rules scored furthest
    that way, else the last one.
    """
    lines = _unwrap(lines)
    feats: list = []
    total, found, decided = _raw_score(lines, label=False, feats=feats)
    score = _squash(total) if found else None
    rule = guess = classify(score)
    if feats and len(feats) <= MODEL_SENTENCES:
        neg, neutral, pos = model_probabilities(_features(feats, total, found))
        if max(neg, pos) > neutral:
            guess = "neg" if neg > pos else "pos"
        probability = {"neg": neg, "neutral": neutral, "pos": pos}
        if guess != rule and probability[guess] - probability[rule] < OVERRIDE_MARGIN:
            guess = rule  # a near tie: the rules, whose reasons are known, keep their verdict
    if guess == rule or guess == "neutral":  # the model never erases a feeling the rules found
        if score is None:
            return None, None
        return score, _evidence(lines, decided) if score != 0.0 else None
    sign = 1.0 if guess == "pos" else -1.0
    score = sign * max(round(abs(pos - neg), 2), NEUTRAL_BAND)
    if not found:
        score = sign * min(abs(score), MODEL_ALONE_LIMIT)  # no word of feeling: "Failure of the nightly job."
    best = max(feats, key=lambda f: sign * f[1])
    place = best[7] if sign * best[1] > 0 else feats[-1][7]
    return score, _evidence(lines, place)


def classify(score: float | None, band: float = NEUTRAL_BAND) -> str:
    """``"pos"``, ``"neg"`` or ``"neutral"`` for a score (None is neutral)."""
    if score is None or abs(score) < band:
        return "neutral"
    return "pos" if score > 0 else "neg"
