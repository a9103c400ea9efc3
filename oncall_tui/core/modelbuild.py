"""The case models built without pydantic's validation, but with the same type checks.

A builder is a function compiled for one model class from its annotations (:func:`_builder`): it checks
every value's type and sets the fields as ``model_construct`` would, for less than a validation costs.
Used for the parse cache's records (:mod:`oncall_tui.core.cache_codec`, whose input passed a CRC but is
checked anyway) and for the parser's action items and timeline events (:func:`action_item`,
:func:`timeline_event`), whose values the parser makes itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import UnionType
from typing import Literal, Union, get_args, get_origin

from pydantic import BaseModel

from oncall_tui.core.model import ActionItem, Case, Sentiment, SourceInfo, TimelineEvent, fields_of

_MODELS = (Case, TimelineEvent, ActionItem, Sentiment, SourceInfo)
_FIELDS = {cls: frozenset(fields_of(cls)) for cls in _MODELS}
_FIELDS_SET = {cls: set(fields_of(cls)) for cls in _MODELS}  # shared: the models are frozen
_new = object.__new__
# BaseModel's three slots, set through their descriptors (the fields go in one by one: see _builder).
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__

_intern = sys.intern
_SHARED = {ActionItem: ("status", "group"), Case: ("kind", "priority", "status", "status_basis"),
           Sentiment: ("basis",), SourceInfo: ("encoding", "newline")}
"""Fields with few distinct values, one string object each: JSON gives every item of a case its own copy
of "open" and of its group's name, and every case its own "utf-8".  A field whose values are a fixed set (a
Literal, :data:`_SETS`) takes the set's own strings, hashed already by its check: nearly free.  Interning
free-text fields that repeat too (customers, owners: 468 and 480 names over 10,000 generated cases; the
items' 32 owners over 19,738 items) saved ~5 MiB of a warm index but cost ~3 % of its time (hashing each
new string): not done (docs/performance.md, wt-rss)."""

_BUILT_BY_DECODE = frozenset({"timeline", "action_items", "sentiment", "source"})
"""Case fields that :func:`decode_case` turns into models itself (their builders check them)."""
_ENCODINGS = frozenset({"utf-8", "utf-16-le", "utf-16-be", "cp1252", "latin-1"})
_NEWLINES = frozenset({"\n", "\r\n", "\r"})
_SETS = {("SourceInfo", "encoding"): _ENCODINGS, ("SourceInfo", "newline"): _NEWLINES}
"""Strings the rest of the app passes on to codecs and writes: only the values :mod:`core.text` produces."""


def _type_check(cls: type, name: str, annotation: object, value: str, scope: dict[str, object]) -> str:
    """A Python expression that is true when *value* (an expression) has the type the field declares.

    Derived from the model's annotations, so a model change cannot leave the check behind; an annotation
    this does not know stops the import (add it here).  Sets it needs are put in *scope*.  Spelled for
    speed: ``x.__class__ in {str, NoneType}`` rather than ``x is None or
    isinstance(x, str)``, and a Literal by membership alone (only a str can equal a str; an unhashable
    value raises TypeError, which the loader treats like a failed check).
    """
    origin, args = get_origin(annotation), get_args(annotation)
    optional = origin in (Union, UnionType) and type(None) in args
    if optional:
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"cache: no type check for {cls.__name__}.{name}: {annotation!r}")
        annotation = rest[0]
        origin, args = get_origin(annotation), get_args(annotation)
    allowed: frozenset[object] | None = None
    if origin is Literal:
        allowed = frozenset(args)
    elif annotation is str and (cls.__name__, name) in _SETS:
        allowed = _SETS[(cls.__name__, name)]
    if allowed is not None:
        set_name = f"_allowed_{name}"
        scope[set_name] = allowed | {None} if optional else allowed
        return f"{value} in {set_name}"
    if annotation in (str, int, bool):  # exact classes: a bool is not an int here, nor an int a bool
        if optional:
            scope[f"_or_none_{annotation.__name__}"] = frozenset({annotation, type(None)})
            return f"{value}.__class__ in _or_none_{annotation.__name__}"
        return f"{value}.__class__ is {annotation.__name__}"
    if annotation is float and not optional:  # the only float field is a score in [-1, 1]; NaN fails the bounds
        return f"({value}.__class__ is float and -1.0 <= {value} <= 1.0)"
    if origin is list and args == (str,) and not optional:
        return f"({value}.__class__ is list and (not {value} or all(x.__class__ is str for x in {value})))"
    raise TypeError(f"cache: no type check for {cls.__name__}.{name}: {annotation!r}")


def _check_expr(cls: type, scope: dict[str, object]) -> str:
    """One ``and`` of every field's type check, over a dict named ``v`` (a loop over the fields costs twice)."""
    fields = [(n, f.annotation) for n, f in fields_of(cls).items() if not (cls is Case and n in _BUILT_BY_DECODE)]
    return " and ".join(_type_check(cls, n, a, f"v[{n!r}]", scope) for n, a in fields) or "True"


def _builder(cls: type, shared: tuple[str, ...] = ()) -> Callable[[object], object]:
    """A function making *cls* with exactly the given values as its fields, as ``model_construct`` would, at
    less cost; *shared* fields get interned (see :data:`_SHARED`).

    The function is compiled for its class, with every field's type check (:func:`_check_expr`) and
    interning spelled out inline, so a call looks nothing up and calls nothing more (there is one a
    case, its sentiment and its source).  A record with the right CRC but a wrong type (a crafted or buggy cache file) is a
    ValueError (TypeError for an unhashable value), so the caller drops it and the file is parsed again.
    """
    if not issubclass(cls, BaseModel):
        raise TypeError(f"cache: {cls.__name__} rows are built by _rows_builder")
    scope: dict[str, object] = {
        "cls": cls, "fields": _FIELDS[cls], "fields_set": _FIELDS_SET[cls], "_intern": _intern, "_new": _new,
        "_set_attr": object.__setattr__, "_set_fields_set": _set_fields_set, "_set_extra": _set_extra,
        "_set_private": _set_private, "_problem": f"a value does not fit {cls.__name__}",
    }
    check = _check_expr(cls, scope)
    names = list(fields_of(cls))
    at = {name: repr(name) for name in names}
    intern = ""
    for key in shared:
        if f"_allowed_{key}" in scope:  # a fixed set of values, checked already: the set's own string
            scope[f"_one_{key}"] = {value: value for value in scope[f"_allowed_{key}"]}  # type: ignore[union-attr]
            intern += f"    v[{at[key]}] = _one_{key}[v[{at[key]}]]\n"
        else:
            intern += f"    if v[{at[key]}] is not None:\n        v[{at[key]}] = _intern(v[{at[key]}])\n"
    shape = "v.__class__ is not dict or v.keys() != fields"
    head = f"def make(v):\n    if {shape} or not ({check}):\n        raise ValueError(_problem)\n{intern}"
    # One attribute at a time, always in the model's field order, rather than ``__dict__ = v``: CPython
    # then keeps the values inline in the object with the class's shared keys instead of a dict of its
    # own (less memory an object: see docs/performance.md).
    fill = "".join(f"    _set_attr(model, {name!r}, v[{at[name]}])\n" for name in names)
    source = (head + "    model = _new(cls)\n" + fill + "    _set_fields_set(model, fields_set)\n"
              "    _set_extra(model, None)\n    _set_private(model, None)\n    return model\n")
    exec(source, scope)  # noqa: S102 (built from our own models' annotations, never from input)
    return scope["make"]  # type: ignore[return-value]


def _row_twin(cls: type, names: list[str]) -> type:
    """A plain class with *cls*'s slots, for the builder of a frozen slotted dataclass (:func:`_rows_builder`)."""
    if tuple(getattr(cls, "__slots__", ())) != tuple(names) or cls.__bases__ != (object,):
        raise TypeError(f"cache: {cls.__name__} is not a slotted dataclass of its fields")
    return type(f"_{cls.__name__}Twin", (), {"__slots__": tuple(names)})


def _rows_builder(cls: type, shared: tuple[str, ...] = ()) -> Callable[[list], list]:
    """A function making a list of *cls* (a frozen slotted dataclass: a timeline event or an action item) from a
    list of arrays of their fields' values in field order, with every field's type checked as
    :func:`_builder` does; *shared* fields get one string object per value (a Literal's own, else interned).

    Each object is made as an instance of a plain twin class with the same slots, filled by plain attribute
    stores (the fast path of CPython's interpreter), then given the real class, whose ``__setattr__``
    refuses (the layouts are the same, so ``__class__`` may be set): a fifth of what ``object.__setattr__``
    field by field costs.  One call a list, not one a row.  A wrong shape or type is a ValueError (TypeError
    for an unhashable value).
    """
    names = list(fields_of(cls))
    scope: dict[str, object] = {"cls": cls, "twin": _row_twin(cls, names), "_new": _new, "_intern": _intern,
                                "_problem": f"a value does not fit {cls.__name__}"}
    local = {name: f"f_{name}" for name in names}
    check = " and ".join(_type_check(cls, name, f.annotation, local[name], scope)
                         for name, f in fields_of(cls).items())
    values = dict(local)
    for name in shared:
        if f"_allowed_{name}" in scope:  # a Literal: its own string objects, already checked to be one
            scope[f"_one_{name}"] = {value: value for value in scope[f"_allowed_{name}"]}  # type: ignore[union-attr]
            values[name] = f"_one_{name}[{local[name]}]"
        else:
            values[name] = f"(_intern({local[name]}) if {local[name]} is not None else None)"
    fill = "".join(f"        model.{name} = {values[name]}\n" for name in names)
    source = (
        "def make(rows):\n"
        "    out = []\n"
        "    add = out.append\n"
        "    for v in rows:\n"
        "        if v.__class__ is not list:\n"
        "            raise ValueError(_problem)\n"
        f"        {', '.join(local.values())}, = v  # a list of another length: ValueError\n"
        f"        if not ({check}):\n"
        "            raise ValueError(_problem)\n"
        "        model = _new(twin)\n"
        f"{fill}"
        "        model.__class__ = cls\n"
        "        add(model)\n"
        "    return out\n"
    )
    exec(source, scope)  # noqa: S102 (built from our own models' annotations, never from input)
    return scope["make"]  # type: ignore[return-value]


_make_case = _builder(Case, _SHARED[Case])
_make_events = _rows_builder(TimelineEvent)
_make_items = _rows_builder(ActionItem, _SHARED[ActionItem])
_make_sentiment = _builder(Sentiment, _SHARED[Sentiment])
_make_source = _builder(SourceInfo, _SHARED[SourceInfo])


def action_item(text: str, owner: str | None = None, due: str | None = None, status: str = "open", line: int = 0,
                group: str | None = None, ref: str | None = None) -> ActionItem:
    """``ActionItem(...)`` with these values, through the builder: a ValueError where validation would fail."""
    return _make_items([[text, owner, due, status, line, group, ref]])[0]  # type: ignore[return-value]


def timeline_event(at: str, text: str, line: int) -> TimelineEvent:
    """``TimelineEvent(...)`` with these values, through the builder: a ValueError where validation would fail."""
    return _make_events([[at, text, line]])[0]  # type: ignore[return-value]
