"""The title's "Customer X reported that …" trim without a regex compiled per customer, against that regex.

:func:`case._less_reported` matches the pattern's parts one by one; :func:`case._less_reported_by_regex`
is the original (one ``re.sub`` with the customer's escaped name in the pattern), kept as the oracle.
"""

from __future__ import annotations

import random

import pytest

from oncall_tui.core.parse.title import _less_reported, _less_reported_by_regex

PARTS = ["the ", "The  ", "customer ", "Customer\t", "cuſtomer ", "CUSTOMER ", "Acme ", "acme  ", "ACME ", "Kasa ",
         "Kaſa ", "\u212aasa ", "has ", "h\u0430s ", "reported ", "Reported ", "is reporting ", "is report\u0131ng ",
         "\u0130s reporting ", "noticed ", "that ", "the thing broke.", "x", " ", "\n", "observed", "Acme-Co ",
         "a.b ", "\u0130stanbul ", "\u00dcnited ", "customerAcme ", "experienced", " raised  "]
NAMES = [None, "", "Acme", "acme", "Kasa", "Acme-Co", "a.b", " Acme", "\u00dcnited", "\u0130stanbul", "Acme ", "K"]


@pytest.mark.parametrize(("sentence", "customer", "expected"), [
    ("Customer Acme reported that the export fails", "Acme", "the export fails"),
    ("The customer has reported slow pages", "Bluefin", "slow pages"),
    ("Customer acme noticed errors", "ACME", "errors"),
    ("Customer Bluefin-2 observed lag", None, "lag"),
    ("Customers reported lag", "Acme", "Customers reported lag"),
])
def test_examples(sentence: str, customer: str | None, expected: str) -> None:
    assert _less_reported(sentence, customer) == expected == _less_reported_by_regex(sentence, customer)


def test_random_sentences_against_the_regex() -> None:
    """Sentences glued from pieces around the pattern's edges (case folds ſ, K, İ, ı; spaces; names)."""
    rng = random.Random(14)
    changed = 0
    for _ in range(20_000):
        sentence = "".join(rng.choice(PARTS) for _ in range(rng.randint(1, 7)))
        customer = rng.choice(NAMES)
        fast = _less_reported(sentence, customer)
        assert fast == _less_reported_by_regex(sentence, customer), (sentence, customer)
        changed += fast != sentence
    assert changed > 200  # the trim itself was exercised, not only its misses
