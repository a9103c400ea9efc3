"""The sentiment pane: the selected case's mood, then every customer with open cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

import time
from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import OptionList, Static

from oncall_tui.tui import palette, view
from oncall_tui.tui.keys import bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.titles import set_titles
from oncall_tui.tui.widgets.listpane import READING, ListPane, Row, layout, loaded

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

BAR_HALF = 10
SPARK_WIDTH = 12
CUSTOMERS_EVERY = 1.0
"""Seconds between rebuilds of the customer list while changes keep coming."""


def score_bar(score: float, fill_style: Style | str = "") -> Text:
    """``−1 ─────█████│─────────── +1``: the score as a bar growing from the centre."""
    score = max(-1.0, min(1.0, score))
    cells = round(abs(score) * BAR_HALF)
    text = Text("−1 ", style="dim")
    if score < 0:
        text.append("─" * (BAR_HALF - cells), style="dim")
        text.append("█" * cells, style=fill_style)
    else:
        text.append("─" * BAR_HALF, style="dim")
    text.append("│", style="bold")
    if score > 0:
        text.append("█" * cells, style=fill_style)
        text.append("─" * (BAR_HALF - cells), style="dim")
    else:
        text.append("─" * BAR_HALF, style="dim")
    text.append(" +1", style="dim")
    return text


class CustomerList(ListPane):
    """Customers with open cases, worst first; Enter filters the cases table by the customer."""

    BINDINGS = [bind("sentiment.filter", "select")]

    class FilterCustomer(Message):
        def __init__(self, customer: str) -> None:
            super().__init__()
            self.customer = customer

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._moods: list[view.CustomerMood] = []

    def show_moods(self, moods: Sequence[view.CustomerMood]) -> None:
        self._moods = list(moods)
        signature = tuple((m.customer, m.worst, tuple(m.scores), m.open_cases) for m in moods)
        self.redraw(keep_place=True, signature=(signature, self.app.theme, loaded(self.app)))

    def build_rows(self, width: int) -> list[Row]:
        moods = self._moods
        if not moods:
            return self.empty_row("No customers with open cases.")
        spark_width = max(1, max(min(len(m.scores), SPARK_WIDTH) for m in moods))
        rows = []
        for mood in moods:
            word = view.mood_word(mood.worst)
            style = palette.mood_style(self.app, word)
            spark = view.sparkline(mood.scores[-SPARK_WIDTH:])
            worst = f"{mood.worst:+.2f}" if mood.worst is not None else "  —"
            prompt = layout(
                self.console,
                width,
                literal(mood.customer),
                [(Text(view.MOOD_GLYPHS[word], style=style), 1)],
                [
                    (Text(f"{mood.open_cases} open", style="dim"), 8),
                    (Text(spark or "·", style=style), spark_width),
                    (Text(worst, style=style), 5),
                ],
                wrap=False,
            )
            rows.append(Row(prompt, mood.customer))
        return rows

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = event.option_index
        if 0 <= index < len(self._moods):
            self.post_message(self.FilterCustomer(self._moods[index].customer))


class SentimentPane(Vertical):
    """Label, score bar and basis of the selected case, above the customer list."""

    ALLOW_MAXIMIZE = True

    _mood_lines = -1
    _customers_timer: Timer | None = None
    _customers_at: float = -CUSTOMERS_EVERY
    _customer_cases: Sequence[Case] = ()

    def compose(self) -> ComposeResult:
        yield Static("", id="mood", markup=False)
        yield CustomerList(id="customers")

    def on_mount(self) -> None:
        set_titles(self, "Sentiment", None)

    def show_case(self, case: Case | None) -> None:
        """The selected case's label, score bar and basis."""
        title = Text("Sentiment")
        if case is not None:
            title.append(" · ")
            title.append_text(literal(case.id))
        set_titles(self, title, None)
        mood = self.query_one("#mood", Static)
        text = self._describe(case)
        lines = text.plain.count("\n")
        mood.update(text, layout=lines != self._mood_lines)  # a relayout only when its height can change
        self._mood_lines = lines

    def show_customers(self, cases: Sequence[Case], *, burst: bool = False) -> None:
        """Every customer with open cases, worst first: now, or, for a *burst* of changes, once a second.

        Rebuilding the list for hundreds of customers is the costliest redraw
        on the dashboard, and a storm of saves would ask for it several times
        a second; the last state always gets drawn.
        """
        self._customer_cases = cases
        if not burst and self._customers_timer is not None:
            self._customers_timer.stop()  # "now" wins over a redraw a burst left due later
            self._customers_timer = None
        if self._customers_timer is not None:
            return  # a redraw is already due and will take these cases
        wait = self._customers_at + CUSTOMERS_EVERY - time.monotonic()
        if wait <= 0 or not burst:
            self._redraw_customers()
        else:
            self._customers_timer = self.set_timer(wait, self._redraw_customers)

    def _redraw_customers(self) -> None:
        self._customers_timer = None
        self._customers_at = time.monotonic()
        self.query_one(CustomerList).show_moods(view.customer_moods(self._customer_cases))

    def _describe(self, case: Case | None) -> Text:
        if case is None:
            return Text("No case selected." if loaded(self.app) else READING, style="dim")
        sentiment = case.sentiment
        if sentiment is None:
            return Text("No customer sentiment in this case.", style="dim")
        word = view.mood_word(sentiment.score)
        style = palette.mood_style(self.app, word)
        text = Text()
        if sentiment.label:
            text.append_text(literal(sentiment.label, style="bold"))
        else:
            text.append(f"{word} (scored from the customer's words)", style="bold")
        text.append("\n")
        text.append_text(score_bar(sentiment.score, style))
        text.append(f"  {sentiment.score:+.2f}", style=style)
        basis = "human verdict in the file" if sentiment.basis == "label" else "customer's own words"
        text.append(f"\nbasis: {basis}", style="dim")
        if sentiment.basis == "text" and sentiment.evidence:
            text.append("\ndecided by: ", style="dim")
            text.append_text(literal(f"\u201c{sentiment.evidence}\u201d", style="italic"))
        return text
