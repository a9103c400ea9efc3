"""Issue 16 item 18, headless: overdue items across cases, mine, owners grouped, owner names shortened."""

from __future__ import annotations

from datetime import date

from oncall_tui.core.model import ActionItem, Case
from oncall_tui.core.views import Owners, my_items, overdue_items, owner_order, short_name

TODAY = date(2026, 12, 4)


def item(text: str, owner: str | None = None, due: str | None = None, status: str = "open", line: int = 1) -> ActionItem:
    return ActionItem(text=text, owner=owner, due=due, status=status, line=line)


def case(cid: str, *items: ActionItem, priority: str = "P2", owner: str | None = None, is_open: bool = True) -> Case:
    return Case(id=cid, kind="escalation", title="t", path=f"{cid}.md", priority=priority, owner=owner,
                is_open=is_open, status="in_progress" if is_open else "resolved", action_items=list(items))


CASES = [
    case("CE10", item("Call back", "Dana Okafor", "2026-12-01", line=3), item("Patch", "Sam Ito", "2026-11-20", line=4),
         item("Done already", "Dana", "2026-11-01", status="done", line=5), item("No date", "@dana", line=6),
         owner="Dana Okafor"),
    case("CE9", item("Logs to vendor", "@dana", "2026-12-01", status="in_progress", line=7),
         item("Later", "DO", "2026-12-20", line=8), item("Today is not overdue", "Sam", "2026-12-04", line=9),
         priority="P1", owner="Sam Ito"),
    case("CE11", item("Old and closed", "Dana", "2026-10-01", line=2), is_open=False, owner="Dana"),
    case("CE12", item("Someone else's", "Priya", "2026-11-30", line=2), owner=None),
]


def test_overdue_items_across_open_cases_longest_overdue_first() -> None:
    found = [(o.case.id, o.item.text) for o in overdue_items(CASES, TODAY)]
    # Not done, due before today, open cases only; the same day: the P1 case's item first.
    assert found == [("CE10", "Patch"), ("CE12", "Someone else's"), ("CE9", "Logs to vendor"), ("CE10", "Call back")]


def test_mine_by_every_name_form_and_aliases_overdue_first_then_due() -> None:
    found = [(o.case.id, o.item.text) for o in my_items(CASES, TODAY, "Dana", aliases=["DO"])]
    assert found == [("CE9", "Logs to vendor"), ("CE10", "Call back"), ("CE9", "Later"), ("CE10", "No date")]
    # Without the alias "DO" is someone else.
    assert ("CE9", "Later") not in [(o.case.id, o.item.text) for o in my_items(CASES, TODAY, "Dana")]
    assert my_items(CASES, TODAY, None) == [] and my_items(CASES, TODAY, "Nobody Here") == []


def test_owner_order_puts_mine_first_one_group_per_person_and_no_owner_last() -> None:
    owners = Owners.of(CASES, "dana")
    ordered = sorted(CASES, key=lambda c: (owner_order(c, owners), c.id))
    assert [c.id for c in ordered] == ["CE10", "CE11", "CE9", "CE12"]
    assert owner_order(CASES[0], owners) == owner_order(CASES[2], owners)  # "Dana Okafor" and "Dana"


def test_short_names_fit_their_column() -> None:
    assert short_name("Dana Okafor", 9) == "Dana O."
    assert short_name("Luca Ferrante", 9) == "Luca F."
    assert short_name("Samuel Osei", 9) == "Samuel O."
    assert short_name("Support Engineer", 9) == "Support"
    assert short_name("Bartholomew-Smythe", 9) == "Bartholo…"
    assert short_name("Sam", 9) == "Sam"
