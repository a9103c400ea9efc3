"""One vocabulary: priorities, statuses and the mood bands are defined once (core/vocabulary.py)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

import oncall_tui
from oncall_tui.core import model, sentiment, vocabulary
from oncall_tui.tui import view

PACKAGE = Path(oncall_tui.__file__).parent
COPIES = {vocabulary.PRIORITIES, vocabulary.CASE_STATUSES, vocabulary.ITEM_STATUSES,
          tuple(vocabulary.STATUS_LABELS.values()), tuple(vocabulary.STATUS_WORDS.values())}


def _literal_sequences(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and node.elts and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            yield node, tuple(e.value for e in node.elts)
        if isinstance(node, ast.Dict) and node.values and all(
                isinstance(v, ast.Constant) and isinstance(v.value, str) for v in node.values):
            yield node, tuple(v.value for v in node.values)


def test_no_module_spells_the_vocabulary_out_again() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "vocabulary.py":
            continue
        for node, values in _literal_sequences(ast.parse(path.read_text(encoding="utf-8"))):
            if values in COPIES:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {values}")
    assert found == []


def test_the_model_and_the_screen_read_the_vocabulary() -> None:
    assert get_args(model.Case.model_fields["priority"].annotation)[0] is vocabulary.Priority
    assert model.CLOSED_STATUSES is vocabulary.CLOSED_STATUSES
    assert view.PRIORITIES is vocabulary.PRIORITIES
    assert view.STATUS_LABELS["in_progress"] == "in progress"
    assert vocabulary.STATUS_LABELS["in_progress"] == "In Progress"
    assert "waiting" in vocabulary.CASE_STATUSES


def test_the_two_mood_bands() -> None:
    """A score between the bands has a polarity (the scorer) but is drawn neutral (the screen)."""
    assert sentiment.NEUTRAL_BAND == vocabulary.POLARITY_BAND < vocabulary.MOOD_BAND
    between = (vocabulary.POLARITY_BAND + vocabulary.MOOD_BAND) / 2
    assert sentiment.classify(between) == "pos" and view.mood_word(between) == "neutral"
    assert sentiment.classify(-between) == "neg" and view.mood_word(-between) == "neutral"
    assert sentiment.classify(vocabulary.MOOD_BAND) == "pos" and view.mood_word(vocabulary.MOOD_BAND) == "positive"
    assert view.mood_word(-vocabulary.MOOD_BAND) == "negative"
    assert sentiment.classify(vocabulary.POLARITY_BAND / 2) == "neutral"
