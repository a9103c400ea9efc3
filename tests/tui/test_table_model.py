"""The cases table's rows without Textual: filter, sort, cursor, chunks, flashes, pins (no app needed)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from oncall_tui.core.model import Case
from oncall_tui.tui.table_model import CHUNK, FLASH_LIMIT, TableModel
from oncall_tui.tui.widgets.table_lines import LineCache
from oncall_tui.tui.widgets.case_cells import COLUMN_INDEX, Painter, row_look

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


def case(path: str, **fields) -> Case:
    fields.setdefault("id", path.split(".")[0])
    fields.setdefault("kind", "escalation")
    fields.setdefault("title", "t")
    fields.setdefault("status", "open")
    return Case(path=path, **fields)


def model(*, clock: list[float] | None = None, **kwargs) -> TableModel:
    ticks = clock if clock is not None else [0.0]
    return TableModel(lambda: NOW, lambda c, now, flashing, unseen: row_look(
        c, now, flashing=flashing, unseen=unseen, paint=Painter()), clock=lambda: ticks[0], **kwargs)


def patch_all(table: TableModel, cases: list[Case]) -> None:
    table.queue(table.set_cases(cases))
    while not table.settled:
        batch, last = table.next_batch()
        table.patch(batch, final=last)


def ids(table: TableModel) -> list[str]:
    return [table.case(p).id for p in table.rows]


CASES = [
    case("a.md", priority="P3", customer="Acme"),
    case("b.md", priority="P1", customer="Bank of Bees", owner="Ana"),
    case("c.md", priority="P2", customer="Cedar", owner="Bo"),
    case("d.md", priority="P1", customer="Dune", is_open=False, status="resolved"),
]


def test_open_only_filter_and_sort_give_the_rows() -> None:
    table = model()
    table.sort_mode = "priority"
    patch_all(table, CASES)
    assert ids(table) == ["b", "c", "a"] and table.total == 4  # the resolved case is hidden
    table.open_only = False
    table.queue(table.known(), redraw=False)
    table.patch(table.next_batch()[0])
    assert ids(table) == ["b", "d", "c", "a"]
    table.filter_text = "bee"
    table.queue(table.known(), redraw=False)
    table.patch(table.next_batch()[0])
    assert ids(table) == ["b"]


def test_the_cursor_follows_its_case_through_changes_and_sorts() -> None:
    table = model()
    table.sort_mode = "priority"
    patch_all(table, CASES)
    table.hold_cursor()
    table.cursor = table.index_of("a.md")
    # a.md becomes P1: it moves to the top, the cursor goes with it
    moved = case("a.md", priority="P1", customer="Zinc")
    table.update({"a.md": moved}.get, ["a.md"])
    table.queue(["a.md"])
    out = table.patch(table.next_batch()[0])
    assert out.cursor == table.index_of("a.md") == 0 and out.redraw_all
    table.cursor = out.cursor
    table.sort_mode = "customer"
    moved_order, cursor = table.resort_all()
    assert moved_order and table.rows[cursor] == "a.md" == table.rows[-1]


def test_a_case_hidden_for_a_moment_gets_the_cursor_back() -> None:
    table = model()
    table.sort_mode = "priority"
    patch_all(table, CASES)
    table.cursor = table.index_of("c.md")
    half_written = case("c.md", priority="P2", is_open=False, status="resolved")
    table.update({"c.md": half_written}.get, ["c.md"])
    table.queue(["c.md"])
    out = table.patch(table.next_batch()[0])
    assert "c.md" not in table.rows
    table.cursor = out.cursor
    table.update({"c.md": CASES[2]}.get, ["c.md"])
    table.queue(["c.md"])
    out = table.patch(table.next_batch()[0])
    assert table.rows[out.cursor] == "c.md"


def test_big_updates_come_in_chunks_top_rows_first() -> None:
    table = model()
    table.sort_mode = "id"
    many = [case(f"x{n:05d}.md", id=f"CE{n:05d}") for n in range(CHUNK * 2 + 10)]
    table.queue(table.set_cases(reversed(many)))
    first, last = table.next_batch()
    assert len(first) == CHUNK and not last
    assert first[:3] == ["x00000.md", "x00001.md", "x00002.md"]  # an empty table fills from the top
    table.patch(first, final=False)
    while not table.settled:
        batch, last = table.next_batch()
        table.patch(batch, final=last)
    assert last and table.rows == sorted(table.rows) and len(table.rows) == len(many)


def test_rows_first_drawn_when_asked_and_a_change_repaints_only_its_row() -> None:
    table = model()
    patch_all(table, CASES)
    assert table.looks.drawn() == set()  # nothing made before it is drawn
    serial, look = table.look("b.md")
    assert look.cells[COLUMN_INDEX["customer"]].plain == "Bank of Bees"
    assert table.look("b.md")[0] == serial  # the same look, the same serial
    renamed = case("b.md", priority="P1", customer="Bees Ltd", owner="Ana")
    table.update({"b.md": renamed}.get, ["b.md"])
    table.queue(["b.md"])
    out = table.patch(table.next_batch()[0])
    assert out.repaint == ["b.md"]
    new_serial, look = table.look("b.md")
    assert new_serial != serial and look.cells[COLUMN_INDEX["customer"]].plain == "Bees Ltd"
    assert table.look("d.md") is None  # not shown


def test_flashes_only_for_a_few_rows_and_end_on_their_clock() -> None:
    clock = [100.0]
    table = model(clock=clock)
    patch_all(table, CASES)
    known = table.known()
    assert not table.looks.flash([c.path for c in CASES] * (FLASH_LIMIT // 4 + 1), known)  # a bulk change: no flash
    assert table.looks.flash(["a.md", "c.md"], known, quiet={"c.md"})
    assert set(table.looks.flashes) == {"a.md"}
    assert table.looks.end_flashes() == ([], 1.5)
    clock[0] += 2
    assert table.looks.end_flashes() == (["a.md"], None)


def test_owner_grouping_puts_yours_first() -> None:
    table = model(user_name="Bo")
    table.sort_mode = "owner"
    patch_all(table, CASES)
    assert ids(table)[0] == "c"
    assert table.is_mine("Bo") and not table.is_mine("Ana")


def test_pinned_priority_leads_only_when_the_rows_do_not_fit() -> None:
    table = model(pin_priority="P1")
    table.sort_mode = "customer"
    rows = [case(f"r{n}.md", customer=f"Cust {n}", priority="P1" if n in (5, 7) else "P3") for n in range(8)]
    table.lines = 20
    patch_all(table, rows)
    assert ids(table) == [f"r{n}" for n in range(8)] and table.pinned == 0  # all fit: the table's own order
    assert table.set_lines(4)  # no longer fit: the P1s lead
    table.resort_all()
    assert ids(table)[:2] == ["r5", "r7"] and table.pinned == 2
    assert table.set_lines(2) is False and table.pinned == 1  # never all lines: the cursor needs one


def test_tick_names_only_rows_whose_time_cells_changed() -> None:
    now = [NOW]
    table = TableModel(lambda: now[0], lambda c, at, flashing, unseen: row_look(
        c, at, flashing=flashing, unseen=unseen, paint=Painter()))
    table.open_only = False
    patch_all(table, [case("a.md", opened_at="2026-11-24T11:00:00+00:00"), case("z.md", status="resolved",
                                                                              is_open=False)])
    table.look("a.md")
    assert table.tick() == (True, [])  # the first minute's time-to-breach order is due; no cell changed yet
    table.resort_all()
    assert table.tick() == (False, [])
    now[0] = NOW + timedelta(hours=1)
    assert table.tick() == (True, ["a.md"])  # an hour on: its age cell reads differently, and the order is due


def test_line_cache_keeps_the_most_recent() -> None:
    cache: LineCache[str, int] = LineCache(size=2)
    made: list[str] = []
    for key in ["a", "b", "a", "c", "b"]:
        cache.get(key, lambda k=key: made.append(k) or len(made))
    assert made == ["a", "b", "c", "b"] and len(cache) == 2
