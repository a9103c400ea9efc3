"""Accuracy of the domain scorer against VADER on the labelled support snippets.

Run: ``python -m tests.perf.sentiment_compare`` (VADER comes from the test
extra; the scorer itself never imports it).  Prints accuracy on the whole set
and on each fixed half, the snippets each scorer gets wrong, and the cost per
sentence of the domain scorer.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from oncall_tui.core.sentiment import classify, score_text
from tests.core.sentiment_labelled import LABELLED, as_lines, held_out_half, tuning_half

Predictor = Callable[[str], str]


def domain_predict(text: str) -> str:
    return classify(score_text(as_lines(text)))


def domain_predict_vader_cut(text: str) -> str:
    """The domain scorer with VADER's ±0.05 cut instead of its own neutral band."""
    return classify(score_text(as_lines(text)), band=0.05)


def vader_predictor() -> Predictor | None:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    analyzer = SentimentIntensityAnalyzer()

    def predict(text: str) -> str:
        compound = analyzer.polarity_scores(text.replace("\n", " "))["compound"]
        if compound >= 0.05:
            return "pos"
        if compound <= -0.05:
            return "neg"
        return "neutral"

    return predict


def accuracy(predict: Predictor, rows: list[tuple[str, str]]) -> float:
    return sum(predict(text) == gold for text, gold in rows) / len(rows)


def misses(predict: Predictor, rows: list[tuple[str, str]]) -> list[tuple[int, str, str, str]]:
    """(index in LABELLED, gold, predicted, text) for every wrong answer."""
    wrong = []
    for index, (text, gold) in enumerate(rows):
        guess = predict(text)
        if guess != gold:
            wrong.append((index, gold, guess, text))
    return wrong


def per_sentence_microseconds(rounds: int = 20) -> float:
    texts = [as_lines(text) for text, _gold in LABELLED]
    score_text(["warm up"])
    start = time.perf_counter()
    for _ in range(rounds):
        for lines in texts:
            score_text(lines)
    elapsed = time.perf_counter() - start
    return elapsed / (rounds * len(texts)) * 1e6


def main() -> int:
    predictors: dict[str, Predictor] = {"domain": domain_predict, "domain@.05": domain_predict_vader_cut}
    vader = vader_predictor()
    if vader is None:
        print("vaderSentiment is not installed (pip install -e '.[test]'); showing the domain scorer only")
    else:
        predictors["vader"] = vader
    halves = {"all": LABELLED, "tuning (even)": tuning_half(), "held-out (odd)": held_out_half()}
    counts = {gold: sum(1 for _t, g in LABELLED if g == gold) for gold in ("pos", "neg", "neutral")}
    print(f"{len(LABELLED)} snippets: {counts}")
    print(f"{'set':<22}" + "".join(f"{name:>12}" for name in predictors))
    for half, rows in halves.items():
        print(f"{half + f' ({len(rows)})':<22}"
              + "".join(f"{accuracy(p, rows):>12.3f}" for p in predictors.values()))
    for name, predict in predictors.items():
        wrong = misses(predict, LABELLED)
        print(f"\n{name} gets {len(wrong)} wrong:")
        for index, gold, guess, text in wrong:
            half = "held-out" if index % 2 else "tuning"
            print(f"  [{index:3d} {half:<8}] gold {gold:<7} got {guess:<7} {text.replace(chr(10), ' / ')[:90]}")
    print(f"\ndomain scorer: {per_sentence_microseconds():.1f} µs per snippet (mean, warm cache)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
