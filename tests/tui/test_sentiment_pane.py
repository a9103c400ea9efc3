"""The sentiment pane says which sentence decided a score read from the customer's words (issue 21)."""

from __future__ import annotations

from pathlib import Path

from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.screens.pickers import FormScreen
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, screen_segments, screen_text, wait_for, wait_loaded

TIMEOUT = 8.0
VOICE = (
    "- Thanks for the call on Friday.\n"
    "- Great, another outage [b]again[/b] \x1b]0;PWNED\x07 on a Monday. Exactly what we needed.\n"
)


def _mood(app: OncallApp) -> str:
    return str(app.main.sentiment.query_one("#mood").render())


async def test_pane_shows_the_deciding_sentence_as_literal_text_and_m_still_sets_the_verdict(tmp_path: Path) -> None:
    text = escalation("CE1001", "Acme Rockets").replace("Overall sentiment: Frustrated but cooperative\n", VOICE)
    path = write(tmp_path, "CE1001.md", text)
    app = OncallApp(tmp_path, now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        case = app.store.get("CE1001.md")
        assert case.sentiment is not None and case.sentiment.basis == "text" and case.sentiment.score < 0
        assert case.sentiment.evidence.startswith("Great, another outage [b]again[/b]")
        await wait_for(pilot, lambda: "decided by" in _mood(app), TIMEOUT)
        shown = screen_text(app)
        assert "decided by" in shown and "Great, another outage [b]again[/b]" in shown
        assert "\\x1b]0;PWNED\\x07" in shown  # the escape is shown, not obeyed
        assert not any("\x1b" in seg.text or "\x07" in seg.text for seg in screen_segments(app) if not seg.control)
        # A human verdict wins and the pane says so; no deciding sentence is shown for a label.
        await pilot.press("M")
        await wait_for(pilot, lambda: isinstance(app.screen, FormScreen), TIMEOUT)
        await pilot.press(*"Relieved after the fix", "enter")
        await wait_for(pilot, lambda: b"Overall sentiment: Relieved after the fix" in path.read_bytes(), TIMEOUT)
        await wait_for(pilot, lambda: app.store.get("CE1001.md").sentiment.basis == "label", TIMEOUT)
        await wait_for(pilot, lambda: "Relieved after the fix" in _mood(app), TIMEOUT)
        assert "decided by" not in _mood(app)
        assert app.store.get("CE1001.md").sentiment.evidence is None
