"""The hybrid model of the customer-sentiment scorer: features of a text and the trained weights.

The rules' per-sentence findings (:func:`~oncall_tui.core.sentiment_rules._raw_score`) and the words become
features of a three-class logistic regression whose weights ship as text in ``sentiment_weights``.
"""

from __future__ import annotations

import math

from oncall_tui.core.sentiment_rules import (
    _BREAKS,
    _CEASE,
    _CONCESSIVE,
    _CONTRAST,
    _JOINS,
    _NEGATORS,
    _TURNS,
    _is_contrast,
    _valence,
)

ALPHA = 6.0
"""Squashing constant: a sum of about 2.5 (one clear feeling word) gives ~0.7."""


_WORD_FEATURE_LIMIT = 600
"""Tokens of a text that become word features (a 2 MB line is not read word by word twice)."""


_FEATURE_SPECIAL = _BREAKS | _CONTRAST | _TURNS | _JOINS | _NEGATORS | _CEASE | {"yet"}


def _sign(score: float) -> str:
    return "p" if score > 0.3 else "n" if score < -0.3 else "0"


def _features(feats: list, total: float, found: bool) -> dict[str, float]:
    """The hybrid model's features of one text: the rule scorer's sentence-level findings and its words.

    *feats* holds, per sentence, what ``_raw_score`` saw: (tokens, weighted
    score, carried feeling, hedged, request, sarcastic, contrast opener,
    place as in ``_raw_score``).
    Words are the normalised tokens after phrase substitution (so a phrase
    such as "invoking the service credit clause" is one marker ``~n``), with
    ``n:`` inside a negation's scope (to the next break, join or contrast)
    and also ``a:`` after a contrast, plus bigrams.
    """
    out: dict[str, float] = {"bias": 1.0}
    get = out.get
    squashed = total / math.sqrt(total * total + ALPHA)
    out["rs"] = squashed
    out["r:" + (_sign(squashed) if found else "none")] = 1.0
    count = len(feats)
    out[f"ns:{min(count, 4)}"] = 1.0
    budget = _WORD_FEATURE_LIMIT
    high = low = 0.0
    for k, (tokens, score, _hit, hedged, request, sarcastic, opener, _where) in enumerate(feats):
        mark = _sign(score)
        high, low = max(high, score), min(low, score)
        out["s:" + mark] = out.get("s:" + mark, 0.0) + 1.0
        if k == count - 1:
            out["last:" + mark] = 1.0
        if k == 0:
            out["first:" + mark] = 1.0
        if hedged:
            out["hedge"] = 1.0
        if request:
            out["req:" + mark] = 1.0
        if sarcastic:
            out["sarc"] = 1.0
        if opener:
            out["open:" + mark] = 1.0
        if budget <= 0:
            continue
        negated = False
        after = opener
        conceded = tokens[0] in _CONCESSIVE  # "although the outage lasted hours, ...": up to the first break
        prev = "<s>"
        for i, token in enumerate(tokens[:budget]):
            special = token in _FEATURE_SPECIAL
            if special and token in _BREAKS:
                negated, conceded, prev = False, False, token
                continue
            value = _valence(token)
            if conceded:
                out["c:" + token] = 1.0
                if value:
                    key = "cv:+" if value > 0 else "cv:-"
                    out[key] = get(key, 0.0) + 1.0
                prev = token
                continue
            if special:
                if _is_contrast(tokens, i) or token in _TURNS:
                    after, negated = True, False
                elif token in _JOINS:
                    negated = False
            name = ("n:" if negated else "w:") + token
            out[name] = get(name, 0.0) + 1.0
            if after:
                out["a:" + token] = 1.0
            out["b:" + prev + " " + token] = 1.0
            if len(token) > 5:  # a word's first five letters: "reassuring" helps read "reassured"
                out[("np:" if negated else "p:") + token[:5]] = 1.0
            if value:
                key = ("nv:" if negated else "v:") + ("+" if value > 0 else "-") + ("2" if abs(value) >= 2 else "1")
                out[key] = get(key, 0.0) + 1.0
            if special and (token in _NEGATORS or token in _CEASE):  # "stopped complaining" as "no complaints"
                negated = True
            prev = token
        budget -= len(tokens)
    out["hi"] = high / math.sqrt(high * high + ALPHA)
    out["lo"] = low / math.sqrt(low * low + ALPHA)
    return out


_WEIGHTS: dict[str, tuple[float, float]] = {}


def _weights() -> dict[str, tuple[float, float]]:
    """The model's weights, parsed from ``sentiment_weights`` on first use (a few milliseconds)."""
    if not _WEIGHTS:
        from oncall_tui.core.sentiment_weights import WEIGHTS_TEXT

        cells = WEIGHTS_TEXT.replace("\n", "\t").split("\t")[:-1]
        _WEIGHTS.update(zip(cells[0::3], zip(map(float, cells[1::3]), map(float, cells[2::3]))))
    return _WEIGHTS


MODEL_SENTENCES = 5
"""Longer texts (a whole voice section of notes) are read by the rules alone: the model was trained on
snippets of one to four sentences."""
OVERRIDE_MARGIN = 0.1
"""How much likelier than the rules' class the model's class must be to replace it (chosen on dev)."""
MODEL_ALONE_LIMIT = 0.3
"""The largest score the model gives a text in which the rules found no feeling at all."""


def model_probabilities(features: dict[str, float]) -> tuple[float, float, float]:
    """The hybrid model's (neg, neutral, pos) probabilities for one text's features."""
    neg = pos = 0.0
    weights = _WEIGHTS or _weights()
    for name, value in features.items():
        pair = weights.get(name)
        if pair is not None:
            neg += value * pair[0]
            pos += value * pair[1]
    top = max(neg, pos, 0.0)
    e_neg, e_neutral, e_pos = math.exp(neg - top), math.exp(-top), math.exp(pos - top)
    norm = e_neg + e_neutral + e_pos
    return e_neg / norm, e_neutral / norm, e_pos / norm
