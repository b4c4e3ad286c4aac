"""What every resource client shares: one way to send a call and unwrap its envelope."""

from __future__ import annotations

import enum
import functools
import inspect
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Required, TypedDict, TypeVar, Unpack, overload

from .. import _wire
from .._config import RequestOptions
from .._errors import ConfigurationError
from .._response import APIResponse, invalid_answer, payload
from .._transport import Transport
from ..pagination import Pager, PageSpec
from ..pagination._page import ModelSource

__all__ = [
    "BOOL",
    "EXPAND",
    "INT",
    "OMITTED",
    "SINCE",
    "SORT",
    "TEXT",
    "TIMESTAMP",
    "Expand",
    "Omitted",
    "Query",
    "Resource",
    "Sort",
    "When",
    "bool_param",
    "check_id",
    "check_page_size",
    "compact",
    "expand_param",
    "id_of",
    "int_id",
    "int_param",
    "invalid_answer",
    "payload",
    "query_from",
    "sort_param",
    "spelled_out",
    "text_param",
    "timestamp_param",
    "target_and_body",
    "to_wire_body",
]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

#: A date/time argument: a timezone-aware ``datetime`` or an ISO 8601 string.
When = datetime | str
#: Sort keys: ``"+email,-signup_dts"`` or a list of such keys.
Sort = str | list[str] | tuple[str, ...]
#: Parts to include: ``"billing,shipping"`` or a list of parts.
Expand = str | list[str] | tuple[str, ...]


def check_id(name: str, value: object, kind: type = int) -> object:
    """Refuse a missing, empty or wrongly typed identifier before any request is sent."""
    if value is None:
        raise ConfigurationError(f"{name} is required")
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigurationError(f"{name} must be an int, got {type(value).__name__}")
        if value < 0:
            raise ConfigurationError(f"{name} must not be negative, got {value}")
        return value
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a str, got {type(value).__name__}")
    if not value.strip():
        raise ConfigurationError(f"{name} must not be empty")
    return value


def int_id(name: str, value: object) -> int:
    """:func:`check_id` for an integer identifier, returned as the ``int`` it checked."""
    check_id(name, value)
    assert isinstance(value, int)
    return value


class Omitted(enum.Enum):
    """The type of :data:`OMITTED`: an argument that was not passed at all (not even None)."""

    OMITTED = enum.auto()


#: The default of an optional positional argument whose None must still be refused, so that
#: ``update(42, None)`` says "customer must be a Customer or a dict" rather than guessing.
OMITTED: Final = Omitted.OMITTED


def id_of(name: str, value: object, model: type, id_attr: str, kind: type = int) -> Any:
    """The identifier given as itself or as the model that carries it (``delete(customer)``).

    Args:
        name: The parameter's name, for messages (``customer_profile_oid``).
        value: The identifier, or a ``model`` instance whose ``id_attr`` holds it.
        model: The model class that may stand for its identifier.
        id_attr: The model's field that holds the identifier.
        kind: ``int`` or ``str``, as for :func:`check_id`.
    """
    if isinstance(value, model):
        carried = getattr(value, id_attr)
        if carried is None:
            raise ConfigurationError(
                f"{name}: the {model.__name__} given has no {id_attr} (None); pass one "
                f"returned by UltraCart (get(), insert(), a listing) or the {name} itself"
            )
        return check_id(f"{model.__name__}.{id_attr}", carried, kind)
    return check_id(name, value, kind)


def target_and_body(
    first: object,
    body: object,
    *,
    model: type,
    body_name: str,
    id_name: str,
    id_attr: str,
    kind: type = int,
) -> tuple[Any, Any]:
    """The identifier and wire body of an update called as ``update(body)`` or
    ``update(id, body)``.

    With one argument (``body`` is :data:`OMITTED`), ``first`` is the model (or a dict of
    wire names) and the identifier is its ``id_attr``; with two, ``first`` is the identifier.
    """
    if body is not OMITTED:
        return check_id(id_name, first, kind), to_wire_body(body_name, body, model)
    if not isinstance(first, model | Mapping):
        raise ConfigurationError(
            f"{body_name} is required: call update({body_name}) with a {model.__name__} "
            f"that has its {id_attr}, or update({id_name}, {body_name}); "
            f"got only a {type(first).__name__}"
        )
    carried = first.get(id_attr) if isinstance(first, Mapping) else getattr(first, id_attr)
    if carried is None:
        raise ConfigurationError(
            f"{body_name}.{id_attr} is None: pass a {model.__name__} returned by UltraCart "
            f"(get(), insert(), a listing), or call update({id_name}, {body_name})"
        )
    identifier = check_id(f"{body_name}.{id_attr}", carried, kind)
    return identifier, to_wire_body(body_name, first, model)


def check_page_size(value: object, maximum: int) -> int:
    """A page size between 1 and the endpoint's documented maximum."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"page_size must be an int, got {type(value).__name__}")
    if not 1 <= value <= maximum:
        raise ConfigurationError(f"page_size must be between 1 and {maximum}, got {value}")
    return value


def expand_param(expand: str | list[str] | tuple[str, ...] | None) -> str | None:
    """``expand=`` as a list or a comma string, sent as UltraCart's comma string."""
    expected = "a list of strings or a comma-separated string"
    return ",".join(_comma_parts("expand", expand, expected)) or None


def _comma_parts(name: str, value: object, expected: str) -> list[str]:
    """The non-empty, stripped parts of a comma string or of a list of strings (none for
    None); anything else is refused as not being ``expected``."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    elif not isinstance(value, list | tuple):
        raise ConfigurationError(f"{name} must be {expected}, got {type(value).__name__}")
    for part in value:
        if not isinstance(part, str):
            raise ConfigurationError(
                f"{name} must hold strings, got {type(part).__name__} ({part!r})"
            )
    return [part.strip() for part in value if part.strip()]


def text_param(name: str, value: object) -> str | None:
    """A string query filter; None leaves it out."""
    if value is None or isinstance(value, str):
        return value
    raise ConfigurationError(f"{name} must be a str, got {type(value).__name__}")


def int_param(name: str, value: object) -> int | None:
    """An integer query filter; None leaves it out."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an int, got {type(value).__name__}")
    return value


def bool_param(name: str, value: object) -> bool | None:
    """A boolean query filter (sent as ``true``/``false``); None leaves it out."""
    if value is None or isinstance(value, bool):
        return value
    raise ConfigurationError(f"{name} must be a bool, got {type(value).__name__}")


def timestamp_param(name: str, value: object) -> str | None:
    """A date/time filter given as an aware ``datetime`` or a string, sent as ISO 8601.

    A naive ``datetime`` is refused: UltraCart compares in the merchant's time zone and
    this machine's may differ, so guessing one (local time or UTC) would shift the filter
    by hours without a word. A string is sent as given.
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ConfigurationError(
                f"{name} must be a timezone-aware datetime (e.g. datetime.now(UTC)) "
                f"or an ISO 8601 string, got a naive datetime {value.isoformat()!r}"
            )
        # UltraCart's own samples send seconds or milliseconds, never microseconds.
        return value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    raise ConfigurationError(
        f"{name} must be a datetime or an ISO 8601 string, got {type(value).__name__}"
    )


def sort_param(sort: str | list[str] | tuple[str, ...] | None) -> str | None:
    """``sort=`` as a comma string (``"+email,-signup_dts"``) or a list of keys, each with an
    optional ``+``/``-`` prefix. The transport percent-encodes ``+`` so it survives."""
    if sort is None:
        return None
    joined = ",".join(_comma_parts("sort", sort, "a string or a list of strings"))
    if not joined:
        raise ConfigurationError("sort must name at least one field")
    return joined


def compact(params: Mapping[str, object]) -> dict[str, object]:
    """Query parameters without the ones left out (None), so resume points and the
    export's "did the caller choose a sort" check see only what is sent."""
    return {key: value for key, value in params.items() if value is not None}


@dataclass(frozen=True, slots=True)
class Query:
    """How one keyword filter goes out: the check that refuses a wrong value (naming the
    keyword) and the query parameter's UltraCart name (``None``: the keyword itself).

    Declared once, as ``Annotated`` metadata on the filters' ``TypedDict``, which also types
    the method's ``**filters`` (so editors complete the keywords and mypy checks them)::

        class WidgetFilters(TypedDict, total=False):
            email: Annotated[str | None, TEXT]
            since: Annotated[datetime | str | None, SINCE]  # sent as _since

        def list(self, **filters: Unpack[WidgetFilters]) -> Pager[Widget]:
            params = query_from(WidgetFilters, filters, method="WidgetsResource.list")
    """

    check: Callable[[str, Any], object]
    wire: str | None = None


def _sort_check(_name: str, value: Any) -> str | None:
    return sort_param(value)


def _expand_check(_name: str, value: Any) -> str | None:
    return expand_param(value)


#: A string filter, sent under its own name.
TEXT: Final = Query(text_param)
#: An integer filter, sent under its own name.
INT: Final = Query(int_param)
#: A boolean filter (``true``/``false``), sent under its own name.
BOOL: Final = Query(bool_param)
#: A date/time filter (aware ``datetime`` or ISO 8601 string), sent under its own name.
TIMESTAMP: Final = Query(timestamp_param)
#: ``since=``: only records created or modified since then, sent as ``_since``.
SINCE: Final = Query(timestamp_param, "_since")
#: ``sort=``: sort keys, sent as ``_sort`` (see :func:`sort_param`).
SORT: Final = Query(_sort_check, "_sort")
#: ``expand=``: parts to include, sent as ``_expand`` (see :func:`expand_param`).
EXPAND: Final = Query(_expand_check, "_expand")


@functools.cache
def _queries(filters: type) -> tuple[tuple[str, Query], ...]:
    """The keys of a filters ``TypedDict`` that carry a :class:`Query`, in declared order."""
    found = []
    for name, hint in typing.get_type_hints(filters, include_extras=True).items():
        for meta in getattr(hint, "__metadata__", ()):
            if isinstance(meta, Query):
                found.append((name, meta))
                break
    return tuple(found)


def query_from(filters: type, given: Mapping[str, object], *, method: str) -> dict[str, object]:
    """The query parameters for the keyword filters ``given`` to ``method``: each checked and
    named as its :class:`Query` on the ``filters`` ``TypedDict`` says, in declared order, the
    ones left out (None) dropped. Keys without a :class:`Query` (``page_size``) are the
    caller's to read.

    Raises:
        TypeError: A keyword ``filters`` does not declare, worded as Python words it for
            any call with an unknown keyword.
        ConfigurationError: A value of the wrong type.
    """
    for name in given:
        if name not in filters.__annotations__:
            raise TypeError(f"{method}() got an unexpected keyword argument {name!r}")
    return compact(
        {q.wire or name: q.check(name, given.get(name)) for name, q in _queries(filters)}
    )


def spelled_out(filters: type, **defaults: object) -> Callable[[F], F]:
    """Show a method's ``**filters: Unpack[filters]`` keywords to runtime introspection.

    Editors and type checkers read the keywords from ``Unpack``; ``help()``, IPython and
    :func:`inspect.signature` read ``__signature__``, which this builds from the same
    ``TypedDict``: each key a keyword-only parameter, default None unless ``defaults`` gives
    one, placed before the method's own keywords (``options``).
    """

    def decorate(method: F) -> F:
        signature = inspect.signature(method)
        own = [p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD]
        first_keyword = next((i for i, p in enumerate(own) if p.kind is p.KEYWORD_ONLY), len(own))
        spelled = [
            inspect.Parameter(
                name, inspect.Parameter.KEYWORD_ONLY, default=defaults.get(name), annotation=hint
            )
            for name, hint in typing.get_type_hints(filters).items()
        ]
        parameters = [*own[:first_keyword], *spelled, *own[first_keyword:]]
        method.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
        return method

    return decorate


def to_wire_body(name: str, body: object, model: type) -> Any:
    """A request body given as a model or a plain dict, in wire form."""
    if isinstance(body, model):
        return _wire.unstructure(body)
    if isinstance(body, Mapping):
        return dict(body)
    raise ConfigurationError(
        f"{name} must be a {model.__name__} or a dict, got {type(body).__name__}"
    )


class SendArgs(TypedDict, total=False):
    """The keywords of :meth:`Resource._send`, passed on to the transport as they are."""

    path_params: Mapping[str, object] | None
    params: Mapping[str, object] | None
    json: Any
    idempotent: Required[bool]
    expects_body: bool
    options: Required[RequestOptions | None]


class Resource:
    """Base of the resource clients: holds the transport, unwraps envelopes."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def _send(self, method: str, path: str, **request: Unpack[SendArgs]) -> APIResponse:
        return await self._transport.request(method, path, **request)

    async def _get(
        self,
        path: str,
        path_params: Mapping[str, object] | None = None,
        *,
        params: Mapping[str, object] | None = None,
        options: RequestOptions | None,
    ) -> APIResponse:
        """A GET: it only reads, so it is retried after an ambiguous failure."""
        return await self._send(
            "GET", path, path_params=path_params, params=params, idempotent=True, options=options
        )

    async def _delete(
        self, path: str, path_params: Mapping[str, object], *, options: RequestOptions | None
    ) -> None:
        """A DELETE: retried (deleting twice leaves the same state), its answer not read."""
        await self._send(
            "DELETE",
            path,
            path_params=path_params,
            idempotent=True,
            expects_body=False,
            options=options,
        )

    @overload
    def _unwrap(self, response: APIResponse, key: None, model: type[T]) -> T: ...
    @overload
    def _unwrap(self, response: APIResponse, key: str, model: type[T]) -> T: ...
    def _unwrap(self, response: APIResponse, key: str | None, model: type[T]) -> T:
        """The payload of an envelope (``data[key]``) structured as ``model``; with no key,
        the whole body is the model."""
        data = response.data
        if key is not None:
            if not isinstance(data, dict) or key not in data:
                raise invalid_answer(response, f"without {key!r} in its body", data)
            data = data[key]
        try:
            return _wire.structure(data, model)
        except _wire.WireFormatError as exc:
            problem = f"with a {key or 'body'} that is not a {model.__name__}: {exc}"
            raise invalid_answer(response, problem, data) from exc

    def _unwrap_list(self, response: APIResponse, key: str, model: type[T]) -> list[T]:
        """A list payload (``data[key]``) structured as models; a missing list is empty."""
        items = payload(response, key)
        if items is None:
            return []
        try:
            return _wire.structure_list(items, model)
        except _wire.WireFormatError as exc:
            # Same error as _unwrap: the caller catches APIError, not the wire layer's own.
            problem = f"with a {key!r} that is not a list of {model.__name__}: {exc}"
            raise invalid_answer(response, problem, response.data) from exc

    def _unwrap_value(self, response: APIResponse, key: str, kind: type[T]) -> T:
        """A scalar or list payload (``data[key]``) checked to be a ``kind`` (``str``,
        ``int``, ``list``), for envelopes whose payload is not a model."""
        value = payload(response, key)
        if isinstance(value, bool) and kind is not bool:
            value = None  # a JSON true is not a count
        if not isinstance(value, kind):
            problem = f"without a {kind.__name__} {key!r} in its body"
            raise invalid_answer(response, problem, response.data)
        return value

    def _pager(self, spec: PageSpec, model: ModelSource[T]) -> Pager[T]:
        """A pager over a ``_limit/_offset`` operation; ``model`` may be a function that
        returns the class, so a caller who reads ``page.raw`` only never imports it."""
        return Pager(self._transport, spec, model)
