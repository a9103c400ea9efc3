"""Accuracy of the domain scorer and VADER on the invented support corpus, per split and class.

Run: ``python -m tests.perf.sentiment_corpus_compare [--test] [--misses]``.
Without ``--test`` only train, dev and test1-5 are scored (the splits used
while tuning); ``--test`` adds the held-out split.  ``--misses`` lists the
snippets the domain scorer gets wrong in the splits shown.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from oncall_tui.core.sentiment import classify, score_text
from tests.core.sentiment_corpus import load
from tests.perf.sentiment_compare import vader_predictor


def domain(text: str) -> str:
    return classify(score_text([text]))


def table(rows, predictors) -> list[str]:
    out = []
    per: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        for name, predict in predictors.items():
            good = predict(row.text) == row.gold
            for key in (row.cls, "ALL", "HARD" if row.hard else "EASY"):
                per[key][name][0] += good
                per[key][name][1] += 1
    names = list(predictors)
    out.append(f"{'class':16} {'n':>4} " + " ".join(f"{n:>8}" for n in names))
    for key in sorted(per, key=lambda k: (k in ("ALL", "HARD", "EASY"), k)):
        n = per[key][names[0]][1]
        out.append(f"{key:16} {n:4d} " + " ".join(f"{per[key][p][0] / n:8.1%}" for p in names))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--test", action="store_true", help="also score the held-out test split")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    predictors = {"domain": domain}
    vader = vader_predictor()
    if vader is not None:
        predictors["vader"] = vader
    splits = ["train", "dev", "test1", "test2", "test3", "test4", "test5"] + (["test"] if args.test else [])
    for split in splits:
        rows = load(split)
        print(f"== {split} ({len(rows)} snippets)")
        print("\n".join(table(rows, predictors)))
        if args.misses:
            for row in rows:
                guess = domain(row.text)
                if guess != row.gold:
                    print(f"  MISS {row.cls:12} gold={row.gold:7} got={guess:7} {score_text([row.text])}  {row.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
