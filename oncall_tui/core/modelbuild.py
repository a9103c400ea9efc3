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

from oncall_tui.core.model import ActionItem, Case, Sentiment, SourceInfo, TimelineEvent

_MODELS = (Case, TimelineEvent, ActionItem, Sentiment, SourceInfo)
_FIELDS = {cls: frozenset(cls.model_fields) for cls in _MODELS}
_FIELDS_SET = {cls: set(cls.model_fields) for cls in _MODELS}  # shared: the models are frozen
_new = object.__new__
# BaseModel's three slots, set through their descriptors (the fields go in one by one: see _builder).
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__

_intern = sys.intern
_SHARED = {ActionItem: ("status", "group"), Case: ("kind", "priority", "status")}
"""Fields with few distinct values, one string object each: JSON gives every item of a case its own copy
of "open" and of its group's name."""

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


def _check_expr(cls: type, scope: dict[str, object], positional: bool = False) -> str:
    """One ``and`` of every field's type check, over a dict named ``v`` (a loop over the fields costs twice);
    *positional*: over a list of the values in field order."""
    fields = [(i, n, f.annotation) for i, (n, f) in enumerate(cls.model_fields.items())
              if not (cls is Case and n in _BUILT_BY_DECODE)]
    return " and ".join(_type_check(cls, n, a, f"v[{i if positional else repr(n)}]", scope)
                        for i, n, a in fields) or "True"


def _builder(cls: type, shared: tuple[str, ...] = (), positional: bool = False) -> Callable[[object], object]:
    """A function making *cls* with exactly the given values as its fields, as ``model_construct`` would, at
    less cost; *shared* fields get interned (see :data:`_SHARED`).

    The function is compiled for its class, with every field's type check (:func:`_check_expr`) and
    interning spelled out inline, so a call looks nothing up and calls nothing more (there is one a
    timeline event and action item).  A record with the right CRC but a wrong type (a crafted or buggy cache file) is a
    ValueError (TypeError for an unhashable value), so the caller drops it and the file is parsed again.
    """
    scope: dict[str, object] = {
        "cls": cls, "fields": _FIELDS[cls], "fields_set": _FIELDS_SET[cls], "_intern": _intern, "_new": _new,
        "_set_attr": object.__setattr__, "_set_fields_set": _set_fields_set, "_set_extra": _set_extra,
        "_set_private": _set_private, "_problem": f"a value does not fit {cls.__name__}",
    }
    check = _check_expr(cls, scope, positional)
    names = list(cls.model_fields)
    at = {name: (str(i) if positional else repr(name)) for i, name in enumerate(names)}
    intern = "".join(f"    if v[{at[key]}] is not None:\n        v[{at[key]}] = _intern(v[{at[key]}])\n" for key in shared)
    # One attribute at a time, always in the model's field order, rather than ``__dict__ = v``: CPython then
    # keeps the values inline in the object with the class's shared keys instead of a dict of its own
    # (less memory an object: see docs/performance.md).
    fill = "".join(f"    _set_attr(model, {name!r}, v[{at[name]}])\n" for name in names)
    shape = f"v.__class__ is not list or len(v) != {len(names)}" if positional else \
        "v.__class__ is not dict or v.keys() != fields"
    source = (
        "def make(v):\n"
        f"    if {shape} or not ({check}):\n"
        "        raise ValueError(_problem)\n"
        f"{intern}"
        "    model = _new(cls)\n"
        f"{fill}"
        "    _set_fields_set(model, fields_set)\n"
        "    _set_extra(model, None)\n"
        "    _set_private(model, None)\n"
        "    return model\n"
    )
    exec(source, scope)  # noqa: S102 (built from our own models' annotations, never from input)
    return scope["make"]  # type: ignore[return-value]

_make_case = _builder(Case, _SHARED[Case])
_make_event = _builder(TimelineEvent, positional=True)
_make_item = _builder(ActionItem, _SHARED[ActionItem], positional=True)
_make_sentiment = _builder(Sentiment)
_make_source = _builder(SourceInfo)


def action_item(text: str, owner: str | None = None, due: str | None = None, status: str = "open", line: int = 0,
                group: str | None = None, ref: str | None = None) -> ActionItem:
    """``ActionItem(...)`` with these values, through the builder: a ValueError where validation would fail."""
    return _make_item([text, owner, due, status, line, group, ref])  # type: ignore[return-value]


def timeline_event(at: str, text: str, line: int) -> TimelineEvent:
    """``TimelineEvent(...)`` with these values, through the builder: a ValueError where validation would fail."""
    return _make_event([at, text, line])  # type: ignore[return-value]
