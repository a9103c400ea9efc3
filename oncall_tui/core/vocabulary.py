"""The words of the case model, defined once: priorities, statuses, their labels, the mood bands.

Everything that names a priority or a status (the model, the edits, the
templates, the settings, the views, the screen) reads it from here.  The
module imports nothing from the project and no pydantic, so the screen can
use it before the first frame.

Spellings: the *value* (``in_progress``) is what the model and the JSON
export carry; the *label* (``In Progress``) is what an edit writes into a
case file; the *word* (``in progress``) is what the screen shows.  The
parser reads many more spellings (``core/parse/fields.py``: ``pending``,
``sev1``, ``critical`` …) and maps them to these values.
"""

from __future__ import annotations

from typing import Literal, get_args

Priority = Literal["P1", "P2", "P3", "P4"]
Status = Literal["open", "in_progress", "waiting", "monitoring", "resolved", "closed"]
"""``waiting``: the case waits on someone outside the team; its SLA clock is paused."""
ItemStatus = Literal["open", "in_progress", "done"]

PRIORITIES: tuple[str, ...] = get_args(Priority)
CASE_STATUSES: tuple[str, ...] = get_args(Status)
ITEM_STATUSES: tuple[str, ...] = get_args(ItemStatus)

CLOSED_STATUSES: frozenset[str] = frozenset({"resolved", "closed"})
"""A case with one of these statuses is no longer open (no SLA clock, not on the wall)."""

PRIORITY_WORDS: dict[str, str] = {"P1": "Critical", "P2": "High", "P3": "Medium", "P4": "Low"}
"""How an escalation's header spells a priority (``Priority: Critical``)."""

STATUS_LABELS: dict[str, str] = {
    "open": "Open", "in_progress": "In Progress", "waiting": "Waiting", "monitoring": "Monitoring",
    "resolved": "Resolved", "closed": "Closed",
}
"""A status as an edit writes it into a case file (``Status: In Progress``)."""

STATUS_WORDS: dict[str, str] = {value: label.lower() for value, label in STATUS_LABELS.items()}
"""A status as the screen shows it (``in progress``)."""

ITEM_WORDS: dict[str, str] = {value: value.replace("_", " ") for value in ITEM_STATUSES}
"""An action item's status in words (``in progress``), on screen and in edit messages."""

# -- mood -------------------------------------------------------------------------------------
# A sentiment score runs from -1 (angry) to +1 (pleased).  Two bands, because they answer two
# different questions:
#
# - POLARITY_BAND: does the text carry a feeling at all?  The scorer (core/sentiment.py) calls a
#   score inside it neutral, and gives any text it reads as positive or negative a score at least
#   this far from zero.  Its accuracy on the labelled corpora and the trained model are measured
#   with this band, so it is part of the scorer.
# - MOOD_BAND: is the feeling strong enough to colour a row?  The screen (tui/view.mood_word)
#   shows a score inside it grey and neutral, so a red or green mark means a clear feeling, not
#   one faint word.  A score between the two bands has a polarity but is drawn neutral.

POLARITY_BAND = 0.1
MOOD_BAND = 0.2
