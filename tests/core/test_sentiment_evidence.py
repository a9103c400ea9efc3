"""`oncall-tui export` carries the sentence that decided a score read from the customer's words (issue 21)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAD = "# {cid} escalation\n\nCustomer: Example Freight\nStatus: open\n\n## Customer Sentiment\n\n"

VOICES = {
    # id: (voice lines, sign, deciding sentence)
    "CE1": ("- Thanks for joining the call on Tuesday.\n"
            "- Wonderful, the label printer queue is down again. Just what our warehouse needed.\n",
            -1, "Wonderful, the label printer queue is down again."),
    "CE2": ("- The rollback took a while.\n- Many thanks to Ingrid for staying on the bridge until the last truck left.\n",
            1, "Many thanks to Ingrid for staying on the bridge until the last truck left."),
    "CE3": ("- Your engineer was courteous throughout; however, our contract is now under review by procurement.\n",
            -1, "however, our contract is now under review by procurement."),
    "CE4": ("- Please send the ticket numbers for this escalation.\n", 0, None),
}


def _export(folder: Path) -> dict[str, dict]:
    out = subprocess.run([sys.executable, "-m", "oncall_tui", "export", str(folder), "--format", "json"],
                         check=True, capture_output=True, text=True, timeout=120).stdout
    return {item["id"]: item for item in json.loads(out)}


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("cases")
    for cid, (voice, _sign, _sentence) in VOICES.items():
        (folder / f"{cid}.md").write_text(HEAD.format(cid=cid) + voice, encoding="utf-8")
    (folder / "CE5.md").write_text(HEAD.format(cid="CE5") + "Overall sentiment: Relieved\n", encoding="utf-8")
    return _export(folder)


@pytest.mark.parametrize("cid", ["CE1", "CE2"])
def test_export_names_the_deciding_sentence(exported: dict[str, dict], cid: str) -> None:
    voice, sign, sentence = VOICES[cid]
    sentiment = exported[cid]["sentiment"]
    assert sentiment["basis"] == "text"
    assert (sentiment["score"] > 0.1) if sign > 0 else (sentiment["score"] < -0.1), sentiment
    assert sentiment["evidence"] == sentence


def test_contrast_decides_against_the_praise_before_it(exported: dict[str, dict]) -> None:
    sentiment = exported["CE3"]["sentiment"]
    assert sentiment["score"] < -0.1, sentiment
    assert sentiment["evidence"] == VOICES["CE3"][2]


def test_a_neutral_request_about_an_escalation_has_no_score(exported: dict[str, dict]) -> None:
    assert exported["CE4"]["sentiment"] is None


def test_a_human_verdict_has_no_evidence(exported: dict[str, dict]) -> None:
    sentiment = exported["CE5"]["sentiment"]
    assert sentiment["basis"] == "label" and sentiment["label"] == "Relieved" and sentiment["evidence"] is None
