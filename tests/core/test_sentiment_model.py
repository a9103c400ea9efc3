"""The hybrid sentiment model (issue 21): how it combines with the rules, and that its weights are reproducible.

Accuracy figures are in ``test_sentiment_corpus.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from oncall_tui.core import sentiment
from oncall_tui.core.sentiment import classify, score_text, score_text_with_evidence
from tests.core.sentiment_corpus import SPLITS, load

ROOT = Path(__file__).resolve().parents[2]


def rules_alone(lines: list[str]) -> float | None:
    total, found, _where = sentiment._raw_score(lines, label=False)
    return sentiment._squash(total) if found else None


def test_the_model_never_erases_a_feeling_the_rules_found() -> None:
    for split in SPLITS:
        for row in load(split):
            rules = classify(rules_alone([row.text]))
            if rules != "neutral":
                assert classify(score_text([row.text])) != "neutral", row.text


def test_where_model_and_rules_agree_the_rules_score_stands() -> None:
    agreed = 0
    for row in load("dev"):
        rules = rules_alone([row.text])
        score = score_text([row.text])
        if classify(rules) == classify(score) and rules is not None:
            assert score == rules, row.text
            agreed += 1
    assert agreed > 100


def test_the_model_reads_what_the_rules_miss() -> None:
    """Over the fresh dev snippets the hybrid corrects more than it spoils."""
    rows = load("dev")
    fixed = sum(classify(rules_alone([r.text])) != r.gold and classify(score_text([r.text])) == r.gold for r in rows)
    spoiled = sum(classify(rules_alone([r.text])) == r.gold and classify(score_text([r.text])) != r.gold for r in rows)
    assert fixed >= 10 and spoiled <= fixed // 3, (fixed, spoiled)


def test_a_flipped_verdict_shows_a_sentence_that_leans_its_way() -> None:
    shown = 0
    for row in load("dev"):
        rules = classify(rules_alone([row.text]))
        score, evidence = score_text_with_evidence([row.text])
        if score is not None and classify(score) not in (rules, "neutral"):
            assert evidence and evidence in " ".join(row.text.split()), row.text
            shown += 1
    assert shown >= 5


def test_long_voice_sections_are_read_by_the_rules_alone() -> None:
    lines = ["Great, another outage on a Monday morning.", "Exactly what we needed."] * 3 + ["Thanks."]
    assert len(lines) > sentiment.MODEL_SENTENCES
    assert score_text(lines) == rules_alone(lines)


def test_without_a_feeling_word_the_model_stays_mild() -> None:
    for split in ("train", "dev"):
        for row in load(split):
            if rules_alone([row.text]) is None:
                score = score_text([row.text])
                assert score is None or abs(score) <= sentiment.MODEL_ALONE_LIMIT, row.text


@pytest.mark.slow
def test_shipped_weights_are_what_the_training_script_writes(tmp_path: Path) -> None:
    out = tmp_path / "weights.py"
    subprocess.run([sys.executable, "-m", "tests.perf.train_sentiment_model", "--write", "--out", str(out)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    assert out.read_text() == (ROOT / "oncall_tui" / "core" / "sentiment_weights.py").read_text()


def test_an_escalation_file_gets_the_hybrid_verdict(tmp_path: Path) -> None:
    """Dev snippets the rules alone misread, each as the customer's voice in a real file, parsed."""
    from oncall_tui.core.parse import parse_bytes

    rows = [r for r in load("dev") if classify(rules_alone([r.text])) != r.gold
            and classify(score_text([r.text])) == r.gold and r.gold != "neutral"]
    assert len(rows) >= 5
    for number, row in enumerate(rows):
        path = tmp_path / f"CE{9000 + number}-acme.md"
        path.write_text(f"# Escalation CE{9000 + number}\n\nCustomer: Acme Rockets\nStatus: open\n\n"
                        f"## Customer Sentiment\n\n- {row.text}\n", encoding="utf-8")
        case = parse_bytes(path.read_bytes(), path.name)
        assert case.sentiment is not None and case.sentiment.basis == "text", row.text
        assert classify(case.sentiment.score) == row.gold, row.text
        assert case.sentiment.evidence, row.text


def test_a_hard_wrapped_paragraph_reads_as_the_paragraph() -> None:
    import textwrap

    rows = [r for r in load("dev") if len(r.text) > 70]
    for row in rows:
        whole = score_text([row.text])
        for width in (40, 60):
            assert classify(score_text(textwrap.wrap(row.text, width))) == classify(whole), (width, row.text)
    text = "Thanks for the quick fix, but we still have no explanation and no guarantee. We expect better."
    score, evidence = score_text_with_evidence(textwrap.wrap(text, 30))
    assert score is not None and score < 0
    assert evidence == "Thanks for the quick fix, but we still have no explanation and no guarantee."


def test_only_lines_that_break_off_mid_sentence_are_joined() -> None:
    assert sentiment._unwrap(["- Security lead was calm", "- Mildly annoyed", "we wait."]) == \
        ["- Security lead was calm", "- Mildly annoyed we wait."]
    assert sentiment._unwrap(["It broke.", "again and again"]) == ["It broke.", "again and again"]
    assert sentiment._unwrap(["Security lead was calm", "Mildly annoyed"]) == ["Security lead was calm", "Mildly annoyed"]


def test_many_wrapped_lines_stay_linear() -> None:
    import time

    start = time.process_time()
    assert score_text(["happy and frustrated"] * 30_000) is not None
    assert time.process_time() - start < 30  # a bound that only catches a quadratic join
