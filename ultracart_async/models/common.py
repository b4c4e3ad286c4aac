# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Models shared by every API group: the base class, response envelopes, shared types."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import datetime
from operator import attrgetter
from typing import Any, Final

import attrs

__all__ = [
    "BaseResponse",
    "Error",
    "ErrorResponse",
    "Property",
    "ResponseMetadata",
    "ResultSet",
    "UltraCartModel",
    "Warning",
]


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class UltraCartModel:
    """Base class of every UltraCart model.

    Every field is optional and defaults to ``None``, which means "not sent": ``None`` fields
    are left out when a model is sent to UltraCart. Enumerations are open: a value this SDK
    does not know is kept as a plain ``str``. Timestamps are ``datetime`` objects; one that
    is not changed is sent back exactly as UltraCart sent it.

    Two models are equal when they are of the same class and every field, ``extra_fields``
    included, is equal. The repr shows the fields that are not ``None``, never a secret.
    """

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Wire keys this model does not know, with their values exactly as received.

    A known field whose value had the wrong type (or a timestamp that did not parse) is
    ``None`` and its value is kept here under its wire name. Everything in this dict is sent
    back unchanged, so a get, change, update round trip never loses data; a field set on the
    model wins over an entry of the same name here.
    """

    _wire_timestamps: dict[str, tuple[datetime, str]] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )
    # Why: the parsed value and the original string of each timestamp, so an unchanged
    # timestamp goes back out byte for byte (UltraCart varies formats, e.g. milliseconds).
    # Private to ultracart_async._wire.

    # Why one __eq__ and one __repr__ here rather than attrs' (eq=False, repr=False on every
    # model): attrs compiles both for each class, which was over half the import time of the
    # ~190 models. Models are mutable, so they stay unhashable, as attrs makes them.
    __hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        plan = _plans.get(self.__class__) or _plan(self.__class__)
        return plan.values(self) == plan.values(other)

    def __repr__(self) -> str:
        # A model that contains itself shows "..." the second time, as with attrs. Why not
        # reprlib.recursive_repr: its wrapper doubles the frames of a deep tree. Why a dict and
        # no method calls around the body: they must work even at the recursion limit.
        try:
            active: dict[int, None] = _repr_context.active
        except AttributeError:
            active = _repr_context.active = {}
        key = id(self)
        if key in active:
            return "..."
        active[key] = None
        try:
            plan = _plans.get(self.__class__) or _plan(self.__class__)
            parts = []
            for name, show in plan.shown:
                value = getattr(self, name)
                if value is not None:
                    parts.append(f"{name}={show(value)}")
            if self.extra_fields:
                shown = _redacted_repr(self.extra_fields, plan.secret_keys)
                parts.append(f"extra_fields={shown}")
            return f"{self.__class__.__qualname__}({', '.join(parts)})"
        except RecursionError:
            # A tree deeper than the stack allows (Customer and Order hold each other, and a
            # tree as deep as a JSON parser allows structures fine): cut off, not raised.
            return f"{self.__class__.__qualname__}(...)"
        finally:
            del active[key]


class _ModelPlan:
    """What ``__eq__`` compares and ``__repr__`` shows of a model class, built on first use."""

    __slots__ = ("secret_keys", "shown", "values")

    def __init__(self, cls: type[UltraCartModel]) -> None:
        fields = attrs.fields(cls)
        compared = [a.name for a in fields if a.eq]
        self.values: Callable[[Any], tuple[Any, ...]]
        if len(compared) > 1:
            self.values = attrgetter(*compared)
        else:
            # attrgetter of one name returns the value itself, not a tuple.
            self.values = lambda obj: tuple(getattr(obj, name) for name in compared)
        self.shown: tuple[tuple[str, Callable[[Any], str]], ...] = tuple(
            (a.name, a.repr if callable(a.repr) else repr)
            for a in fields
            if a.repr and a.name != "extra_fields"
        )
        # A value set aside from a secret field lands in extra_fields under its wire name.
        self.secret_keys = frozenset(
            a.metadata.get("wire_name", a.name) for a in fields if not a.repr
        ) - {"extra_fields", "_wire_timestamps"}


_plans: dict[type, _ModelPlan] = {}
_repr_context: Final = threading.local()


def _plan(cls: type[UltraCartModel]) -> _ModelPlan:
    plan = _plans[cls] = _ModelPlan(cls)
    return plan


#: Keys of ``extra_fields`` (at any depth) whose values a repr does not show: the same rule
#: the generator uses to keep secret fields out of reprs, for keys this SDK does not know.
_SECRET_KEY: Final = re.compile(
    "password|secret|token|api_key|jwt|card_number|card_verification|cvv", re.IGNORECASE
)


def _redacted_repr(value: Any, secret_keys: frozenset[str] = frozenset()) -> str:
    """``repr(value)`` with the values under secret-looking keys left out."""
    if isinstance(value, dict):
        items = (
            f"{key!r}: <redacted>"
            if key in secret_keys or (isinstance(key, str) and _SECRET_KEY.search(key))
            else f"{key!r}: {_redacted_repr(item)}"
            for key, item in value.items()
        )
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_redacted_repr(item) for item in value) + "]"
    return repr(value)


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class BaseResponse(UltraCartModel):
    """The UltraCart ``BaseResponse`` object.

    Returned by: addCustomerStoreCredit.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: Warning | None = None
    """See :class:`Warning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Error(UltraCartModel):
    """The UltraCart ``Error`` object."""

    developer_message: str | None = None
    """A technical message meant to be read by a developer."""

    error_code: str | None = None
    """HTTP status code."""

    more_info: str | None = None
    """Additional information often a link to additional documentation."""

    object_id: str | None = None
    """Object id that the error is associated with."""

    user_message: str | None = None
    """An end-user friendly message suitable for display to the customer."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ErrorResponse(UltraCartModel):
    """The UltraCart ``ErrorResponse`` object."""

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: Warning | None = None
    """See :class:`Warning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Property(UltraCartModel):
    """The UltraCart ``Property`` object."""

    name: str | None = None

    value: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ResponseMetadata(UltraCartModel):
    """The UltraCart ``ResponseMetadata`` object."""

    payload_name: str | None = None
    """Payload name."""

    result_set: ResultSet | None = None
    """See :class:`ResultSet`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ResultSet(UltraCartModel):
    """The UltraCart ``ResultSet`` object."""

    count: int | None = None
    """Number of results in this set."""

    limit: int | None = None
    """Maximum number of results that can be returned in a set."""

    more: bool | None = None
    """True if there are more results to query."""

    next_offset: int | None = None
    """The next offset that you should query to retrieve more results."""

    offset: int | None = None
    """Offset of this result set (zero based)."""

    total_records: int | None = None
    """The total number of records in the result set. May be null if the number is not known and the
    client should continue iterating as long as more is true.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Warning(UltraCartModel):
    """The UltraCart ``Warning`` object."""

    more_info: str | None = None
    """Additional information often a link to additional documentation."""

    warning_code: str | None = None
    """A stable machine-readable code identifying the warning. See API docs for known values."""

    warning_message: str | None = None
    """A technical message meant to be read by a developer."""
