"""Long lines that made the parser's regexes (and markdown-it's inline pass) super-linear.

Each context held a pattern that backtracked over a run of spaces, dots,
dashes or parentheses: seconds at 20,000 characters, hours at 1 MB.  Now
each must parse a 300,000-character run well inside the hang guard, and the
values read from ordinary lines must not change.
"""

from __future__ import annotations

import json

import pytest

from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_text
from oncall_tui.core.parse.tree import PLAIN_LIMIT, plain
from tests.hardening.guard import timed


def exported(case: Case) -> dict:
    data = json.loads(json.dumps(case.export_dict(), ensure_ascii=False))
    assert Case.model_validate(data).export_dict() == data
    return data


# -- the super-linear passes found while building the catalogue, one context each -----------------

RUN = 300_000
"""Long enough that a quadratic pass takes minutes, short enough that a linear one takes milliseconds."""

LONG_RUNS = {
    "field value with a run of spaces": "# X\n\nCustomer: a" + " " * RUN + "b\n",
    "field value with a run of tabs": "# X\n\nStatus: open" + "\t" * RUN + "x\n",
    "field value with a run of no-break spaces": "# X\n\nOwner: a" + "\u00a0" * RUN + "b\n",
    "priority with spaces before the digit": "# X\n\nPriority: P" + " " * RUN + "x\n",
    "status with spaces before a bracket": "# X\n\nStatus: in" + " " * RUN + "x(\n",
    "customer of open parentheses": "# X\n\nCustomer: " + "(" * RUN + "\n",
    "customer of spaces before a parenthesis": "# X\n\nCustomer: a" + " " * RUN + "x(y\n",
    "sentiment label after leading spaces": "# X\n\npara\n" + " " * RUN + "Overall sentiment: ok\n",
    "sentiment label with a run of spaces": "# X\n\nOverall sentiment: ok" + " " * RUN + "fine\n",
    "sentiment label with spaces before the colon": "# X\n\nOverall sentiment" + " " * RUN + "x\n",
    "action item with a run of spaces": "# X\n\n## Action Items\n\n- do" + " " * RUN + "it\n",
    "action item of '(owner' notes": "# X\n\n## Action Items\n\n- x " + "(owner" * (RUN // 6) + "\n",
    "action item of '(due' notes": "# X\n\n## Action Items\n\n- x " + "(due" * (RUN // 4) + "\n",
    "customer voice of dots": "# X\n\n## Customer Feedback\n\nangry" + "." * RUN + "x\n",
    "customer voice of exclamation marks": "# X\n\n## Customer Feedback\n\nangry" + "!" * RUN + "x\n",
    "title of dashes": "# T" + "-" * RUN + "x\n",
    "title of colons and spaces": "# T" + ": " * (RUN // 2) + "x\n",
    "title of brackets": "# " + "[" * RUN + "\n",
    "title of image openers": "# " + "![" * (RUN // 2) + "\n",
}


@pytest.mark.parametrize("text", LONG_RUNS.values(), ids=list(LONG_RUNS))
def test_long_runs_parse_in_linear_time(text: str) -> None:
    case, _seconds = timed("long run", lambda: parse_text(text, "run.md"))
    exported(case)
    assert not any("parser error" in p for p in case.problems), case.problems


def test_long_runs_keep_what_they_mean() -> None:
    """The faster patterns read the same values as before."""
    case = parse_text(
        "# CE1 - Customer Escalation Summary\n\nCustomer: TechCorp (Enterprise client)   Inc\n"
        "Priority: SEV - 2\nStatus: In Progress - since Monday\n\n## Action Items\n\n"
        "- Rotate keys (owner: Dana) now (due 2026-12-01) [done]\n- Write runbook (due )\n",
        "x.md",
    )
    assert (case.customer, case.priority, case.status) == ("TechCorp Inc", "P2", "in_progress")
    first, second = case.action_items
    assert (first.text, first.owner, first.due, first.status) == ("Rotate keys now (due 2026-12-01)", "Dana", "2026-12-01", "done")
    assert second.due is None  # an empty "(due )" is not "today"


def test_very_long_inline_text_is_kept_whole() -> None:
    head = "**bold** " * 10
    tail = "[" * (PLAIN_LIMIT + 5)
    shown = plain(head + tail)
    assert shown.startswith("bold bold")
    assert shown.endswith("[" * 100) and shown.count("[") >= PLAIN_LIMIT
