from __future__ import annotations

import codecs
from datetime import date, timezone

import pytest

from oncall_tui.core.dates import Context, iso, parse_moment, relative_day, sort_key
from oncall_tui.core.text import decode, encode


@pytest.mark.parametrize(
    "raw",
    [
        b"plain\nunix\n",
        b"dos\r\nlines\r\n",
        b"old mac\rlines\r",
        codecs.BOM_UTF8 + "bom \u2713\n".encode(),
        "caf\u00e9 cp1252 \u20ac\n".encode("cp1252"),
        bytes(range(256)),
        "utf-16 \u2713\r\n".encode("utf-16"),
    ],
)
def test_decode_encode_round_trip(raw):
    decoded = decode(raw)
    assert encode(decoded.text, decoded.encoding, decoded.bom) == raw


def test_decode_remembers_style():
    decoded = decode(codecs.BOM_UTF8 + b"a\r\nb\r\n")
    assert (decoded.encoding, decoded.bom, decoded.newline) == ("utf-8", True, "\r\n")
    assert decode("\u00e9\n".encode("latin-1")).encoding == "cp1252"


DOC = Context(date(2025, 1, 14), timezone.utc)


@pytest.mark.parametrize(
    ("text", "ctx", "expected"),
    [
        ("2024-01-14", Context(), "2024-01-14"),
        ("2025-01-14 14:23:47 UTC", Context(), "2025-01-14T14:23:47+00:00"),
        ("2025-01-14T14:23:47+02:00", Context(), "2025-01-14T14:23:47+02:00"),
        ("14:23:47", DOC, "2025-01-14T14:23:47+00:00"),
        ("October 25, 2024", Context(), "2024-10-25"),
        ("October 23, 8:00 AM", Context(date(2024, 10, 25)), "2024-10-23T08:00:00"),
        ("Oct 3rd 2024 at 9:15 pm", Context(), "2024-10-03T21:15:00"),
        ("12:00 AM", Context(date(2024, 1, 1)), "2024-01-01T00:00:00"),
    ],
)
def test_parse_moment(text, ctx, expected):
    moment = parse_moment(text, ctx)
    assert moment is not None and iso(moment) == expected


@pytest.mark.parametrize("text", ["not a date", "25:61", "2024-13-45", "October 40, 2024", "13:00 PM"])
def test_parse_moment_rejects(text):
    assert parse_moment(text, Context(date(2024, 1, 1))) is None


def test_time_without_document_date_is_unknown():
    assert parse_moment("14:00", Context()) is None


def test_relative_days():
    friday = Context(date(2024, 10, 25))
    assert relative_day("EOD today", friday) == date(2024, 10, 25)
    assert relative_day("tomorrow", friday) == date(2024, 10, 26)
    assert relative_day("Monday", friday) == date(2024, 10, 28)
    assert relative_day("someday", friday) is None


def test_sort_key_orders_zones_and_dates():
    values = ["2025-01-14T15:00:00+00:00", "2025-01-14T16:30:00+02:00", "2025-01-13", None]
    assert sorted(values, key=sort_key) == ["2025-01-13", "2025-01-14T16:30:00+02:00", "2025-01-14T15:00:00+00:00", None]
