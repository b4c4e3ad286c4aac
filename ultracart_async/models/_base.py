"""The base class of every UltraCart model: equality, a redacting repr, and the wire form.

Hand-written (the generated modules import it), so it is linted, type-checked and tested like
the rest of the SDK. The wire rules themselves live in :mod:`ultracart_async._wire`, the one
converter of the SDK; the methods here are its public face on each model.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, Self

import attrs
import orjson

from ultracart_async._errors import ConfigurationError

if TYPE_CHECKING:
    from ultracart_async._wire import FieldIssue

__all__ = ["SECRET_PATTERN", "UltraCartModel"]

#: Wire names whose values are secrets. ``tools/generate_models.py`` marks the fields that
#: match as ``repr=False``; the repr also hides unknown keys of ``extra_fields`` that match.
#: The generator keeps a copy of this pattern (it runs before the package can be imported);
#: a test keeps the two equal.
SECRET_PATTERN: Final = r"password|secret|token|api_key|jwt|card_number|card_verification|cvv"


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class UltraCartModel:
    """Base class of every UltraCart model.

    Every field is optional and defaults to ``None``, which means "not sent": ``None`` fields
    are left out when a model is sent to UltraCart. Enumerations are open: a value this SDK
    does not know is kept as a plain ``str``. Timestamps are ``datetime`` objects; one that
    is not changed is sent back exactly as UltraCart sent it.

    Two models are equal when they are of the same class and every field, ``extra_fields``
    included, is equal. The repr shows the fields that are not ``None``, never a secret.
    Models are mutable, so they are not hashable.

    :meth:`to_dict` / :meth:`to_json` give the wire form and :meth:`from_dict` /
    :meth:`from_json` read it, with the same rules as the API calls::

        customer = Customer.from_json(cached_bytes)
        customer.email = "new@example.com"
        payload = customer.to_dict()  # what update() would send
    """

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Wire keys this model does not know, with their values exactly as received.

    A known field whose value had the wrong type (or a timestamp that did not parse) is
    ``None`` and its value is kept here under its wire name. Everything in this dict is sent
    back unchanged, so a get, change, update round trip never loses data; a field set on the
    model wins over an entry of the same name here.
    """

    _wire_timestamps: dict[str, str] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )
    # Why: the original string of each timestamp, so an unchanged timestamp goes back out
    # byte for byte (UltraCart varies formats, e.g. milliseconds). Strings only, not the
    # parsed values too: a dict of strings is not tracked by the cyclic garbage collector,
    # which a page of customers would otherwise make rescan thousands more objects.
    # Private to ultracart_async._wire.

    # Why one __eq__ and one __repr__ here rather than attrs' (eq=False, repr=False on every
    # model): attrs compiles both for each class, which was over half the import time of the
    # ~190 models. Declared (not only assigned) so that type checkers, pyright's
    # --verifytypes included, know every model's __hash__ is None rather than guessing.
    __hash__: ClassVar[None] = None  # type: ignore[assignment]

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

    # ------------------------------------------------------------------ the wire form

    def to_dict(self) -> dict[str, Any]:
        """The model as UltraCart JSON: a new dict of wire names and JSON values.

        For a model read from UltraCart this equals what was received, with one exception:
        a field UltraCart sent as an explicit ``null`` is left out, because ``None`` means
        "not sent" (it is also left out of every request body). Unknown keys
        (``extra_fields``) are included, and unchanged timestamps keep their original text.
        For a model you built or changed, it is the wire form of the current values: exactly
        the body an update would send. The dict shares nothing with the model.

        Example::

            customer = await uc.customers.get(oid)
            Customer.from_dict(customer.to_dict()) == customer  # True
        """
        from ultracart_async import _wire  # why here: _wire imports this module

        data: dict[str, Any] = _wire.unstructure(self)
        return data

    def to_json(self) -> bytes:
        """:meth:`to_dict` encoded as compact UTF-8 JSON, as sent to UltraCart.

        Raises:
            ConfigurationError: A value set on the model has no JSON form (a ``set``, an
                integer beyond 64 bits, ...); the message names the model and the problem.

        Example::

            path.write_bytes(customer.to_json())
        """
        try:
            return orjson.dumps(self.to_dict())
        except orjson.JSONEncodeError as exc:
            raise ConfigurationError(
                f"{self.__class__.__name__}.to_json(): a value has no JSON form: {exc}"
            ) from None

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        on_issue: Callable[[FieldIssue], None] | None = None,
    ) -> Self:
        """Build the model from UltraCart JSON already decoded (a dict of wire names).

        The same rules as a response: unknown keys go to ``extra_fields``, and a value of the
        wrong type never raises: its field is left ``None``, the value is kept in
        ``extra_fields`` and reported (logged, and passed to ``on_issue`` if given).

        Raises:
            ConfigurationError: ``data`` is not a mapping.

        Example::

            customer = Customer.from_dict({"customer_profile_oid": 5, "email": "a@b.co"})
        """
        from ultracart_async import _wire  # why here: _wire imports this module

        if not isinstance(data, Mapping):
            raise ConfigurationError(
                f"{cls.__name__}.from_dict() needs a dict of wire names, got {type(data).__name__}"
            )
        record = data if isinstance(data, dict) else dict(data)
        return _wire.structure(record, cls, on_issue=on_issue)

    @classmethod
    def from_json(
        cls,
        data: bytes | bytearray | memoryview | str,
        *,
        on_issue: Callable[[FieldIssue], None] | None = None,
    ) -> Self:
        """Build the model from UltraCart JSON text (one object), as :meth:`from_dict` does.

        Raises:
            ConfigurationError: ``data`` is not JSON, or not a JSON object.

        Example::

            customer = Customer.from_json(path.read_bytes())
        """
        if not isinstance(data, bytes | bytearray | memoryview | str):
            raise ConfigurationError(
                f"{cls.__name__}.from_json() needs bytes or str, got {type(data).__name__}"
            )
        try:
            decoded = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise ConfigurationError(f"{cls.__name__}.from_json(): not valid JSON: {exc}") from None
        if not isinstance(decoded, dict):
            raise ConfigurationError(
                f"{cls.__name__}.from_json() needs a JSON object, got "
                f"{_A_KIND.get(json_kind(decoded), 'an array')}"
            )
        return cls.from_dict(decoded, on_issue=on_issue)


def json_kind(value: object) -> str:
    """The JSON type of ``value`` (``"null"``, ``"boolean"``, ``"integer"``, ``"number"``,
    ``"string"``, ``"object"``, ``"array"``, else its Python type's name), for messages
    that must not contain the value itself."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


# from_json() names what it got with an article, and any number as "a number".
_A_KIND: Final = {
    "null": "null",
    "boolean": "a boolean",
    "integer": "a number",
    "number": "a number",
    "string": "a string",
}


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
_SECRET_KEY: Final = re.compile(SECRET_PATTERN, re.IGNORECASE)


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
